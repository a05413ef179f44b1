"""Reader groups for the diary and annual statistics (reference §3.1–3.3).

Reports count readers and loans by age band and by social group. Age is computed on the day
being reported, not stored, so a reader moves from children to youth on their birthday
without anyone editing the record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class AgeGroup(StrEnum):
    CHILDREN = "children"
    YOUTH = "youth"
    ADULTS = "adults"
    UNKNOWN = "unknown"  # no birth date recorded (or one after the reporting day)


@dataclass(frozen=True)
class AgeBands:
    """Upper ages (inclusive) of the children and youth bands.

    Children are "up to 14 inclusive" as in the diary and the 6-НК. Youth is 15–29: the Kazakh
    youth-policy law's 14–29 minus the 14-year-olds already counted as children. The 6-НК uses
    15–30, hence configurable.
    """

    children_max: int = 14
    youth_max: int = 29

    def __post_init__(self) -> None:
        if not 0 <= self.children_max < self.youth_max:
            raise ValueError("need 0 <= children_max < youth_max")


DEFAULT_AGE_BANDS = AgeBands()


def age_on(birth: date, day: date) -> int:
    """Full years of age on `day`.

    Someone born on 29 February turns a year older on 28 February in common years, by analogy
    with the civil-code rule that a term ending on a date the month lacks ends on the month's
    last day.
    """
    if day < birth:
        raise ValueError(f"{day} is before the birth date {birth}")
    try:
        birthday = birth.replace(year=day.year)
    except ValueError:  # 29 February in a common year
        birthday = date(day.year, 2, 28)
    return day.year - birth.year - (1 if day < birthday else 0)


def age_group(birth: date | None, day: date, bands: AgeBands = DEFAULT_AGE_BANDS) -> AgeGroup:
    """The age band on `day`; UNKNOWN for a missing birth date or one after `day`.

    A birth date after the reporting day is a data-entry error; counting it as unknown keeps
    the report running and visible rather than failing the whole month.
    """
    if birth is None or birth > day:
        return AgeGroup.UNKNOWN
    age = age_on(birth, day)
    if age <= bands.children_max:
        return AgeGroup.CHILDREN
    if age <= bands.youth_max:
        return AgeGroup.YOUTH
    return AgeGroup.ADULTS


def birthday(birth: date, age: int) -> date:
    """The day on which someone born on `birth` turns `age` (29 February: the 28th in common
    years, as age_on counts it)."""
    try:
        return birth.replace(year=birth.year + age)
    except ValueError:
        return date(birth.year + age, 2, 28)


@dataclass(frozen=True)
class BandDays:
    """When a reader moves from band to band: youth from one birthday, adults from another;
    age_group of a whole year's loans with two comparisons each, not a computed age each."""

    birth: date
    youth_from: date
    adults_from: date

    @classmethod
    def of(cls, birth: date, bands: AgeBands = DEFAULT_AGE_BANDS) -> BandDays:
        return cls(
            birth, birthday(birth, bands.children_max + 1), birthday(birth, bands.youth_max + 1)
        )

    def group_on(self, day: date) -> AgeGroup:
        if day < self.birth:
            return AgeGroup.UNKNOWN
        if day < self.youth_from:
            return AgeGroup.CHILDREN
        if day < self.adults_from:
            return AgeGroup.YOUTH
        return AgeGroup.ADULTS


class SocialGroup(StrEnum):
    """The diary's reader-group columns (учащиеся, студенты, служащие, рабочие, …)."""

    PRESCHOOL = "preschool"
    PUPIL = "pupil"
    STUDENT = "student"
    EMPLOYEE = "employee"  # служащие / специалисты
    WORKER = "worker"
    PENSIONER = "pensioner"
    UNEMPLOYED = "unemployed"
    OTHER = "other"
