from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from branchdesk.domain.folding import search_key, search_terms
from branchdesk.domain.kazlatin import to_latin

EQUIVALENT = [
    ["abai", "Абай", "ABAI", "Abai", "АБАЙ", "abaı"],
    ["Құнанбаев", "Qunanbaev", "Kunanbaev", "ҚҰНАНБАЕВ", "QUNANBAEV", "Кунанбаев"],
    ["Жамбыл", "Jambyl", "Zhambyl", "ZHAMBYL"],
    ["Шәкәрім", "Şäkärim", "Shakarim", "ŞÄKÄRİM", "ШӘКӘРІМ", "Шакарим"],
    ["Ñ", "Ŋ", "ң", "Ң", "ñ", "ŋ", "n", "N"],
    ["Хан", "Khan", "Han", "Һан"],
    ["Юлия", "Yulia", "Iulia", "İulia", "IULIIA"],
    ["Алия", "Aliya", "Äliia", "ALIYA"],
    ["Щукин", "Shchukin", "Şçukin"],
    ["İstanbul", "istanbul", "ISTANBUL", "ıstanbul"],
    ["Ғабит Мүсірепов", "Ğabit Müsırepov", "Gabit Musirepov", "  GABIT   MUSIREPOV! "],
]


@pytest.mark.parametrize("group", EQUIVALENT, ids=lambda g: g[0])
def test_equivalence_classes(group: list[str]) -> None:
    keys = {search_key(x) for x in group}
    assert len(keys) == 1, keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Құнанбаев", "kunanbaev"),
        ("Жамбыл", "jambyl"),
        ("Шәкәрім", "shakarim"),
        ("  Мұхтар  Әуезов, 1897–1961 ", "muhtar auezov 1897 1961"),
        ("<b>%1</b>", "b 1 b"),
        ("٣ ½", "3 1 2"),
        ("", ""),
        ("!!!", ""),
        ("подъезд", "podezd"),
    ],
)
def test_exact_keys(text: str, key: str) -> None:
    assert search_key(text) == key


def test_different_names_stay_apart() -> None:
    assert search_key("Абай") != search_key("Абая Ш")
    assert search_key("Сабит") != search_key("Шабит")


def test_kazakh_latin_transliteration_meets_cyrillic() -> None:
    for name in ("Құнанбаев", "Жамбыл", "Шәкәрім", "Ғабит Мүсірепов", "Ілияс Есенберлин"):
        assert search_key(to_latin(name)) == search_key(name)


def test_search_terms() -> None:
    assert search_terms("  Абай  Құнанбайұлы ") == ["abai", "kunanbaiuly"]
    assert search_terms(" , ") == []


@given(st.text())
def test_idempotent(text: str) -> None:
    key = search_key(text)
    assert search_key(key) == key


@given(st.text())
def test_key_alphabet_and_spacing(text: str) -> None:
    key = search_key(text)
    assert re.fullmatch(r"[a-z0-9 ]*", key)
    assert "  " not in key
    assert key == key.strip()
    assert search_terms(text) == (key.split(" ") if key else [])


# Explicit alphabets: Python's str.upper() is wrong for Kazakh i/ı, which is exactly what
# the key must be immune to.
KAZAKH_CYRILLIC_LOWER = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
KAZAKH_LATIN_LOWER = "aäbdefgğhıijklmnñoöpqrsştuūüvyz"


@given(st.text(alphabet=KAZAKH_CYRILLIC_LOWER + KAZAKH_LATIN_LOWER + " -.,0123456789"))
def test_case_does_not_matter(text: str) -> None:
    assert search_key(text.upper()) == search_key(text)


@given(st.text(alphabet=KAZAKH_CYRILLIC_LOWER + " "))
def test_kazakh_turkish_upper_case_does_not_matter(text: str) -> None:
    kazakh_upper = to_latin(text.upper())
    assert search_key(kazakh_upper) == search_key(to_latin(text))
