from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from branchdesk.domain.groups import AgeBands, AgeGroup, SocialGroup, age_group, age_on

BIRTH = date(2010, 6, 15)


def test_age_on_birthday_boundaries() -> None:
    assert age_on(BIRTH, date(2024, 6, 14)) == 13
    assert age_on(BIRTH, date(2024, 6, 15)) == 14
    assert age_on(BIRTH, BIRTH) == 0
    with pytest.raises(ValueError, match="before the birth date"):
        age_on(BIRTH, date(2010, 6, 14))


def test_leap_day_birth() -> None:
    leapling = date(2008, 2, 29)
    assert age_on(leapling, date(2025, 2, 27)) == 16
    assert age_on(leapling, date(2025, 2, 28)) == 17  # common year: birthday on 28 Feb
    assert age_on(leapling, date(2024, 2, 28)) == 15  # leap year: not yet
    assert age_on(leapling, date(2024, 2, 29)) == 16


@pytest.mark.parametrize(
    ("day", "group"),
    [
        (date(2024, 6, 15), AgeGroup.CHILDREN),  # 14th birthday: still a child
        (date(2025, 6, 14), AgeGroup.CHILDREN),  # last day of 14
        (date(2025, 6, 15), AgeGroup.YOUTH),  # 15th birthday
        (date(2039, 6, 15), AgeGroup.YOUTH),  # 29th birthday
        (date(2040, 6, 14), AgeGroup.YOUTH),  # last day of 29
        (date(2040, 6, 15), AgeGroup.ADULTS),  # 30th birthday
    ],
)
def test_default_bands(day: date, group: AgeGroup) -> None:
    assert age_group(BIRTH, day) is group


def test_unknown_birth() -> None:
    assert age_group(None, date(2025, 1, 1)) is AgeGroup.UNKNOWN
    assert age_group(date(2026, 1, 1), date(2025, 1, 1)) is AgeGroup.UNKNOWN


def test_configurable_bands() -> None:
    six_nk = AgeBands(children_max=14, youth_max=30)
    assert age_group(BIRTH, date(2040, 6, 15), six_nk) is AgeGroup.YOUTH
    assert age_group(BIRTH, date(2041, 6, 15), six_nk) is AgeGroup.ADULTS
    with pytest.raises(ValueError, match="children_max < youth_max"):
        AgeBands(children_max=30, youth_max=29)


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2025, 12, 31)),
    st.integers(min_value=0, max_value=40_000),
)
def test_age_grows_by_at_most_one_a_day(birth: date, offset: int) -> None:
    day = birth + timedelta(days=offset)
    a = age_on(birth, day)
    assert 0 <= age_on(birth, day + timedelta(days=1)) - a <= 1
    # a full years span at least 365·a days and a+1 years at most 366·(a+1) days.
    assert (day - birth).days // 366 <= a <= (day - birth).days // 365


def test_social_groups() -> None:
    assert [g.value for g in SocialGroup] == [
        "preschool",
        "pupil",
        "student",
        "employee",
        "worker",
        "pensioner",
        "unemployed",
        "other",
    ]
