"""Search folding: one ASCII key for a name however it was typed.

Readers and titles arrive in Kazakh Cyrillic, Russian Cyrillic, Kazakh Latin (2021 and older
variants) and passport romanisation (ICAO: ZH, KH, SH, IU, IA), in any case. A librarian on a
Latin-only keyboard must still find "Құнанбаев" by typing "kunanbaev". Both stored text and
queries are folded with search_key(), so they meet on the same key.

The key alphabet is [a-z0-9 ]. It is deliberately lossy (қ and к, ы-а and я meet); a search
that finds a few extra rows is better than one that misses the reader standing at the desk.
"""

from __future__ import annotations

import unicodedata

# Every Kazakh and Russian Cyrillic letter (lower case), plus a few neighbours that turn up in
# pasted names, to its key letters. Ъ and Ь carry no sound of their own and are dropped.
_CYRILLIC: dict[str, str] = {
    "а": "a",
    "ә": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ғ": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "j",
    "з": "z",
    "и": "i",
    "й": "i",
    "і": "i",
    "к": "k",
    "қ": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "ң": "n",
    "о": "o",
    "ө": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ұ": "u",
    "ү": "u",
    "ў": "u",
    "ф": "f",
    "х": "h",
    "һ": "h",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "sh",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "є": "e",
    "ю": "iu",
    "я": "ia",
    "ґ": "g",
    "ј": "j",
}

# Latin letters that NFKD would fold wrongly (ş → s, ç → c) or not at all (ı, ŋ, ø, ...).
_LATIN: dict[str, str] = {
    "ı": "i",
    "ş": "sh",
    "ç": "ch",
    "q": "k",
    "ñ": "n",
    "ŋ": "n",
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "þ": "th",
}

_DIRECT = {**_CYRILLIC, **_LATIN}

# Romanisation digraphs rewritten to the key's single letters, so that "Zhambyl" meets
# "Jambyl" (Kazakh Latin Ж = J) and "Yulia" meets "Iulia" (ICAO Ю = IU). "shch" is the ICAO Щ,
# which the key spells "sh". "ii" → "i" lets "Алия" / "Äliia" (и + я) meet the passport
# "Aliya". Applied until nothing changes; every rule either shortens the text or removes a
# "y", so the loop ends.
_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("shch", "sh"),
    ("zh", "j"),
    ("kh", "h"),
    ("ya", "ia"),
    ("yu", "iu"),
    ("ii", "i"),
)

_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _fold_char(ch: str) -> str:
    """Key letters for one case-folded character; " " when it is not a letter or digit."""
    direct = _DIRECT.get(ch)
    if direct is not None:
        return direct
    if ch in _KEY_CHARS:
        return ch
    parts: list[str] = []
    for base in unicodedata.normalize("NFKD", ch):
        if unicodedata.combining(base):
            continue  # accents, cedillas and the dot of İ fold away
        mapped = _DIRECT.get(base.lower())
        if mapped is not None:
            parts.append(mapped)
        elif base.lower() in _KEY_CHARS:
            parts.append(base.lower())
        elif unicodedata.decimal(base, None) is not None:
            parts.append(str(unicodedata.decimal(base)))  # Arabic-Indic and other digits
        else:
            parts.append(" ")
    return "".join(parts)


def _rewrite_digraphs(key: str) -> str:
    while True:
        before = key
        for digraph, replacement in _DIGRAPHS:
            key = key.replace(digraph, replacement)
        if key == before:
            return key


def search_key(text: str) -> str:
    """Fold `text` to the search key: [a-z0-9 ], single spaces, no leading/trailing space.

    Idempotent: the key of a key is the key itself, so keys can be stored and re-folded safely.
    """
    # İ and ı are handled before casefold(): 'İ'.casefold() is 'i' + U+0307, and ı has no
    # case mapping to i at all. In the key every i-like letter is plain i.
    text = text.replace("İ", "i").replace("ı", "i").casefold()
    folded = "".join(_fold_char(ch) for ch in text)
    return _rewrite_digraphs(" ".join(folded.split()))


def search_terms(text: str) -> list[str]:
    """The key split into words, for building full-text prefix queries."""
    return search_key(text).split()
