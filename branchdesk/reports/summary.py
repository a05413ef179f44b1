"""A period's summary (reference/anchors-kazakhstan.md §3.4): readers, visits, loans, events
and the fund, the four derived indicators with the totals each is made of, loans and visits
month by month, and the events by programme and form.

Readers are the year's users: those registered or re-registered at this branch from
1 January to the period's end (the figure the annual forms count). The fund is this branch's
copies acquired by the period's end and not written off. Loans and visits are the period's,
counted as the diary counts them.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta

from branchdesk.domain.bbk import BbkMap
from branchdesk.domain.groups import AgeBands
from branchdesk.reports.diary import diary
from branchdesk.reports.period import Period


@dataclass(frozen=True)
class Indicator:
    key: str  # reading, visiting, turnover, provision
    value: float | None  # None when what it divides by is nought
    numerator: str  # the totals it is made of, by key
    denominator: str


@dataclass(frozen=True)
class EventGroup:
    programme: str | None
    form: str
    events: int
    attendance: int


@dataclass
class Summary:
    period: Period
    totals: dict[str, int]  # readers, new_readers, visits, loans, events, attendance, fund
    indicators: list[Indicator]
    months: list[tuple[int, int, int, int]]  # (year, month, loans, visits)
    events: list[EventGroup]


def summary(
    conn: sqlite3.Connection, branch: str, period: Period, bands: AgeBands, bbk: BbkMap
) -> Summary:
    params = {
        "branch": branch,
        "year_start": period.year_start.isoformat(),
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "after": (period.end + timedelta(days=1)).isoformat(),
    }

    def one(sql: str) -> int:
        return int(conn.execute(sql, params).fetchone()[0] or 0)

    readers = one(
        "SELECT count(*) FROM (SELECT id FROM reader WHERE home_branch = :branch "
        "AND registered_on BETWEEN :year_start AND :end UNION SELECT reader_id FROM "
        "reregistration WHERE branch = :branch AND day BETWEEN :year_start AND :end)"
    )
    fund = one(
        "SELECT count(*) FROM item WHERE home_branch = :branch AND status != 'withdrawn' "
        "AND (acquired_on IS NULL OR acquired_on <= :end)"
    )
    year = diary(conn, branch, Period(period.year_start, period.end, period.name), bands, bbk)
    in_period: Counter[str] = Counter()
    by_month: dict[tuple[int, int], Counter[str]] = {}
    for day, counts in year.days.items():
        by_month.setdefault((day.year, day.month), Counter()).update(counts)
        if day >= period.start:
            in_period.update(counts)
    events = [
        EventGroup(programme, form, int(n), int(came or 0))
        for programme, form, n, came in conn.execute(
            "SELECT programme, form, count(*), sum(attendance_total) FROM event "
            "WHERE branch = :branch AND starts_at >= :start AND starts_at < :after "
            "GROUP BY 1, 2 ORDER BY 1, 2",
            params,
        )
    ]
    totals = {
        "readers": readers,
        "new_readers": in_period["new"],
        "visits": in_period["visits"],
        "loans": in_period["loans"],
        "events": sum(e.events for e in events),
        "attendance": sum(e.attendance for e in events),
        "fund": fund,
    }
    return Summary(
        period=period,
        totals=totals,
        indicators=[
            _ratio("reading", totals, "loans", "readers"),
            _ratio("visiting", totals, "visits", "readers"),
            _ratio("turnover", totals, "loans", "fund"),
            _ratio("provision", totals, "fund", "readers"),
        ],
        months=[
            (y, m, counts["loans"], counts["visits"])
            for (y, m), counts in sorted(by_month.items())
            if (y, m) >= (period.start.year, period.start.month)
        ],
        events=events,
    )


def _ratio(key: str, totals: dict[str, int], top: str, bottom: str) -> Indicator:
    value = totals[top] / totals[bottom] if totals[bottom] else None
    return Indicator(key, None if value is None else round(value, 2), top, bottom)
