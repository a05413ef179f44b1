"""Kazakh Cyrillic → Kazakh Latin (2021 alphabet) transliteration.

The Kazakh UI catalogue is kept in Cyrillic; the Latin variant is generated from it so the two
never drift apart. The table is reference §5.2 (Ñ for Ң, dotless ı for І, İ/i for И and Й).

Only Cyrillic letters are rewritten: Qt placeholders (%1, %n), HTML tags, digits, punctuation and
Latin words pass through untouched, so a translated template stays a valid template.

Casing is done with explicit tables: Python's str.upper() turns i into I and ı into I, which is
wrong for Kazakh (i ↔ İ, ı ↔ I).
"""

from __future__ import annotations

from dataclasses import dataclass

# Lower-case Latin for each lower-case Cyrillic letter. Ц, Ч, Щ come from RussianLetters.
_KAZAKH: dict[str, str] = {
    "а": "a",
    "ә": "ä",
    "б": "b",
    "в": "v",
    "г": "g",
    "ғ": "ğ",
    "д": "d",
    "е": "e",
    "ё": "io",
    "ж": "j",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "қ": "q",
    "л": "l",
    "м": "m",
    "н": "n",
    "ң": "ñ",
    "о": "o",
    "ө": "ö",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ұ": "ū",
    "ү": "ü",
    "ф": "f",
    "х": "h",
    "һ": "h",
    "ш": "ş",
    "ъ": "",
    "ы": "y",
    "і": "ı",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
}

# Cyrillic upper → lower. Built explicitly rather than with str.lower() so that the set of
# letters handled is exactly the table above (other Cyrillic letters pass through).
_CYR_UPPER = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
_CYR_LOWER = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_TO_LOWER = dict(zip(_CYR_UPPER, _CYR_LOWER, strict=True))
_CYR_LETTERS = frozenset(_CYR_UPPER + _CYR_LOWER)

# Latin upper case the Kazakh way: i → İ, ı → I. Everything else in the output alphabet
# (ä ö ü ū ğ ş ñ ç and ASCII) upper-cases correctly with str.upper().
_LATIN_UPPER_SPECIAL = {"i": "İ", "ı": "I"}

_COMBINING_BREVE = "\u0306"  # и + breve = decomposed й
_COMBINING_DIAERESIS = "\u0308"  # е + diaeresis = decomposed ё


def _latin_upper(text: str) -> str:
    return "".join(_LATIN_UPPER_SPECIAL.get(ch, ch.upper()) for ch in text)


@dataclass(frozen=True)
class RussianLetters:
    """Latin spelling (lower case) of Ц, Ч and Щ, which the 2021 alphabet has no letters for.

    The reference (§5.2) calls this unsettled: the alphabet has neither C nor Ç, and the one
    public script seen uses C / Ç / Şç. The default Ts / Ch / Şç keeps Ц and Ч readable with the
    official letters plus the familiar passport digraphs (ICAO: TS, CH), and keeps Щ as Ş + Ç
    as in that script. A branch or a later decree can switch without code changes.
    """

    ts: str = "ts"
    ch: str = "ch"
    shch: str = "şç"

    def __post_init__(self) -> None:
        for value in (self.ts, self.ch, self.shch):
            if not value or value != value.lower() or any(ch in _CYR_LETTERS for ch in value):
                raise ValueError(f"expected a lower-case Latin spelling, got {value!r}")


DEFAULT_RUSSIAN = RussianLetters()
# The spelling used by the Stanza-based transliteration script (reference §5.2).
STANZA_RUSSIAN = RussianLetters(ts="c", ch="ç", shch="şç")


def _is_upper_letter(ch: str) -> bool:
    return ch.isalpha() and ch.isupper()


def _all_caps_context(text: str, start: int, end: int) -> bool:
    """Whether the capital at text[start:end] sits in an all-caps word (ЮРТА → İURTA).

    Decided from its neighbours: the next letter is a capital, or the word ends here and the
    previous letter is a capital. A lone capital (Ю, Юрта) takes title case.
    """
    nxt = text[end] if end < len(text) else ""
    if nxt.isalpha():
        return nxt.isupper()
    prev = text[start - 1] if start > 0 else ""
    return _is_upper_letter(prev)


def to_latin(text: str, russian: RussianLetters = DEFAULT_RUSSIAN) -> str:
    """Transliterate Kazakh Cyrillic in `text` to the 2021 Latin alphabet."""
    table = {**_KAZAKH, "ц": russian.ts, "ч": russian.ch, "щ": russian.shch}
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch not in _CYR_LETTERS:
            out.append(ch)
            i += 1
            continue
        lower = _TO_LOWER.get(ch, ch)
        start = i
        i += 1
        # Decomposed й / ё (base letter + combining mark) from some keyboards and PDFs.
        if i < n:
            if lower == "и" and text[i] == _COMBINING_BREVE:
                i += 1
            elif lower == "е" and text[i] == _COMBINING_DIAERESIS:
                lower = "ё"
                i += 1
        latin = table[lower]
        if ch != lower and latin:
            if len(latin) > 1 and _all_caps_context(text, start, i):
                latin = _latin_upper(latin)
            else:
                latin = _latin_upper(latin[0]) + latin[1:]
        out.append(latin)
    return "".join(out)
