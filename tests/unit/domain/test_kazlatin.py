from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from branchdesk.domain.kazlatin import STANZA_RUSSIAN, RussianLetters, to_latin

KAZAKH_LATIN_31 = set("AÄBDEFGĞHIİJKLMNÑOÖPQRSŞTUŪÜVYZ" + "aäbdefgğhıijklmnñoöpqrsştuūüvyz")


def test_wikipedia_sample() -> None:
    assert (
        to_latin("Бұрыңғы өткен заманда, бір данышпан кісі")
        == "Būryñğy ötken zamanda, bır danyşpan kısı"
    )


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("ЮРТА", "İURTA"),
        ("Юрта", "İurta"),
        ("юрта", "iurta"),
        ("Ю", "İu"),
        ("ЯША", "İAŞA"),
        ("Ёлка", "İolka"),
        ("ЁЛКА", "İOLKA"),
        ("Ілияс", "Iliias"),  # І → dotless: upper I, lower ı; и + я → i + ia
        ("ІЛИЯС", "ILİİAS"),
        ("иіИІ", "iıİI"),
        ("Ыбырай", "Ybyrai"),
        ("Шоқан Уәлиханов", "Şoqan Uälihanov"),
        ("ҒАЛЫМ", "ĞALYM"),
        ("Һ һ Х х", "H h H h"),
        ("Жамбыл", "Jambyl"),
        ("Ұлы Үміт Өмір Әке", "Ūly Ümıt Ömır Äke"),
        ("Ң ң", "Ñ ñ"),
        ("Эльвира", "Elvira"),
        ("подъезд", "podezd"),
    ],
)
def test_letters_and_case(cyrillic: str, latin: str) -> None:
    assert to_latin(cyrillic) == latin


def test_all_caps_sentence_with_punctuation() -> None:
    assert to_latin("ЮРТА, ЯҚ!") == "İURTA, İAQ!"
    assert to_latin("Я, Ю.") == "İa, İu."


def test_decomposed_short_i_and_yo() -> None:
    assert to_latin("Аи\u0306гүл") == "Aigül"
    assert to_latin("Е\u0308") == "İo"


@pytest.mark.parametrize(
    "text",
    [
        "%1 кітап, %n оқырман",
        "<b>Оқырман</b> <a href='x'>сілтеме</a>",
        "Abai Qunanbaiuly & Co. 2024",
    ],
)
def test_non_cyrillic_passes_through(text: str) -> None:
    out = to_latin(text)
    for token in ("%1", "%n", "<b>", "</b>", "<a href='x'>", "</a>", "Abai", "& Co. 2024"):
        assert (token in out) == (token in text)


def test_placeholders_exact() -> None:
    assert to_latin("%n кітап берілді") == "%n kıtap berıldı"
    assert to_latin("<b>%1</b> оқырман") == "<b>%1</b> oqyrman"


def test_russian_letters_default_and_options() -> None:
    assert to_latin("Цирк Чай Щука") == "Tsirk Chai Şçuka"
    assert to_latin("ЦИРК ЧАЙ ЩУКА") == "TSİRK CHAİ ŞÇUKA"
    assert to_latin("Цирк Чай Щука", STANZA_RUSSIAN) == "Cirk Çai Şçuka"
    custom = RussianLetters(ts="c", ch="ch", shch="şş")
    assert to_latin("ЦЕХ ЧЕК ЩИ", custom) == "CEH CHEK ŞŞİ"


def test_russian_letters_validation() -> None:
    with pytest.raises(ValueError, match="lower-case"):
        RussianLetters(ts="Ts")
    with pytest.raises(ValueError, match="lower-case"):
        RussianLetters(ch="")


# Every Cyrillic letter except Ц, Ч, Щ, whose default spellings use C and Ç (not in the 31).
kazakh_cyrillic = st.text(
    alphabet="АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺШЪЫІЬЭЮЯаәбвгғдеёжзийкқлмнңоөпрстуұүфхһшъыіьэюя"
)


@given(kazakh_cyrillic)
def test_output_uses_only_the_31_letters(text: str) -> None:
    assert set(to_latin(text)) <= KAZAKH_LATIN_31


NON_CYRILLIC = st.characters(max_codepoint=0x3FF) | st.characters(
    min_codepoint=0x530, codec="utf-8"
)


@given(st.text(alphabet=NON_CYRILLIC))
def test_text_without_cyrillic_is_unchanged(text: str) -> None:
    assert to_latin(text) == text
