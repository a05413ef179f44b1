from __future__ import annotations

import pytest

from branchdesk.domain.bbk import DEFAULT_BBK_MAP, BbkMap, DiarySection

S = DiarySection


@pytest.mark.parametrize(
    ("index", "section"),
    [
        ("84(5Каз)6-44", S.FICTION),
        ("84(2Рос=Рус)1", S.FICTION),
        ("63.3(5Каз)", S.SOCIAL_POLITICAL),
        ("60", S.SOCIAL_POLITICAL),
        ("68", S.SOCIAL_POLITICAL),
        ("86.37", S.SOCIAL_POLITICAL),
        ("87", S.SOCIAL_POLITICAL),
        ("88.4", S.SOCIAL_POLITICAL),
        ("75", S.ARTS_SPORT),  # 75 beats 7
        ("75.578", S.ARTS_SPORT),
        ("7", S.OTHER),
        ("74.200.58", S.OTHER),
        ("71", S.OTHER),
        ("79", S.OTHER),
        ("85.143(2)", S.ARTS_SPORT),
        ("81.2Каз", S.OTHER),
        ("83.3(5Каз)", S.OTHER),
        ("9", S.OTHER),
        ("92", S.OTHER),
        ("2", S.NATURAL_SCIENCE),
        ("28.6", S.NATURAL_SCIENCE),
        ("51.1", S.NATURAL_SCIENCE),
        ("3", S.TECHNICAL),
        ("4", S.AGRICULTURAL),
        ("41/42", S.AGRICULTURAL),
        (" 84 (5Каз) ", S.FICTION),  # spaces stripped
        ("8 4(5Каз)", S.FICTION),
        ("", S.UNCLASSIFIED),
        ("   ", S.UNCLASSIFIED),
        (None, S.UNCLASSIFIED),
        ("Ш5", S.UNCLASSIFIED),
        ("Д", S.UNCLASSIFIED),
        ("(5Каз)", S.UNCLASSIFIED),
        ("1", S.UNCLASSIFIED),
        (".84", S.UNCLASSIFIED),
    ],
)
def test_default_map(index: str | None, section: DiarySection) -> None:
    assert DEFAULT_BBK_MAP.section_for(index) is section


def test_dots_do_not_matter_for_prefixes() -> None:
    m = BbkMap.from_pairs([("633", "other"), ("6", "social_political")])
    assert m.section_for("63.3(5Каз)") is S.OTHER
    assert m.section_for("63.2") is S.SOCIAL_POLITICAL


def test_from_pairs_longest_prefix_regardless_of_order() -> None:
    m = BbkMap.from_pairs([("75", "arts_sport"), ("7", "other")])
    assert m.section_for("75.1") is S.ARTS_SPORT
    assert m.section_for("74") is S.OTHER
    assert m.section_for("8") is S.UNCLASSIFIED
    assert m.prefixes == (("75", S.ARTS_SPORT), ("7", S.OTHER))


@pytest.mark.parametrize(
    ("pairs", "message"),
    [
        ([("8a", "fiction")], "digits"),
        ([("", "fiction")], "digits"),
        ([("84.1", "fiction")], "digits"),
        ([("Ш5", "fiction")], "digits"),
        ([("84", "poetry")], "unknown diary section"),
        ([("84", "FICTION")], "unknown diary section"),
        ([("84", "fiction"), ("84", "other")], "twice"),
    ],
)
def test_from_pairs_validation(pairs: list[tuple[str, str]], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        BbkMap.from_pairs(pairs)
