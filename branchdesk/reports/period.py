"""A reporting period as the librarian names it: a month (2026-11), a quarter (2026-Q4) or a
year (2026)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from branchdesk.errors import InvalidInput

_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")
_QUARTER = re.compile(r"([0-9]{4})-[Qq]([1-4])")
_YEAR = re.compile(r"([0-9]{4})")
_FIRST_YEAR = 1990  # before any branch kept its diary in branchdesk


@dataclass(frozen=True)
class Period:
    start: date  # first day
    end: date  # last day, inclusive
    name: str  # as given: 2026-11, 2026-Q4, 2026

    @property
    def year_start(self) -> date:
        return date(self.start.year, 1, 1)

    def days(self) -> list[date]:
        return [self.start + timedelta(days=n) for n in range((self.end - self.start).days + 1)]

    def months(self) -> list[tuple[int, int]]:
        return [(self.start.year, month) for month in range(self.start.month, self.end.month + 1)]


def parse_period(text: str, today: date) -> Period:
    """The period named by `text`; one that has not begun by `today` is refused."""
    text = text.strip()
    month, quarter, whole = (form.fullmatch(text) for form in (_MONTH, _QUARTER, _YEAR))
    found = month or quarter or whole
    if found is None or int(found[1]) < _FIRST_YEAR or (month and not 1 <= int(month[2]) <= 12):
        raise InvalidInput("bad_period", field="period", value=text[:20])
    year = int(found[1])
    if month:
        first = last = int(month[2])
    elif quarter:
        last = 3 * int(quarter[2])
        first = last - 2
    else:
        first, last = 1, 12
    start = date(year, first, 1)
    if start > today:  # before its end is worked out: 9999-12 ends in no year there is
        raise InvalidInput("in_future", field="period")
    return Period(start, month_end(year, last), text)


def month_end(year: int, month: int) -> date:
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return following - timedelta(days=1)
