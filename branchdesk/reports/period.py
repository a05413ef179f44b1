"""A reporting period as the librarian names it: a month (2026-11), a quarter (2026-Q4) or a
year (2026)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from branchdesk.errors import InvalidInput

_MONTH = re.compile(r"(\d{4})-(\d{2})")
_QUARTER = re.compile(r"(\d{4})-[Qq]([1-4])")
_YEAR = re.compile(r"(\d{4})")


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
    if match := _MONTH.fullmatch(text):
        year, month = int(match[1]), int(match[2])
        if not 1 <= month <= 12:
            raise InvalidInput("bad_period", field="period", value=text[:20])
        start = date(year, month, 1)
        end = _month_end(year, month)
    elif match := _QUARTER.fullmatch(text):
        year, quarter = int(match[1]), int(match[2])
        start = date(year, 3 * quarter - 2, 1)
        end = _month_end(year, 3 * quarter)
    elif match := _YEAR.fullmatch(text):
        year = int(match[1])
        start, end = date(year, 1, 1), date(year, 12, 31)
    else:
        raise InvalidInput("bad_period", field="period", value=text[:20])
    if start.year < 1990:
        raise InvalidInput("bad_period", field="period", value=text[:20])
    if start > today:
        raise InvalidInput("in_future", field="period")
    return Period(start, end, text)


def _month_end(year: int, month: int) -> date:
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return following - timedelta(days=1)
