"""The library work diary's figures (reference/anchors-kazakhstan.md §3.1): per day of a
period, with the totals of the period and those from the start of the year.

Part 1, readers and visits: readers registered at this branch (by age band on the day and by
social group) and re-registered here; visits: for loans and services (desk, reading room,
internet), for events (each event's attendance, plus visits counted as event visits), and of
those children and youth (a visitor's age on the day; an event's own counts).
Part 2, loans made at this branch: by BBK section (the branch's BBK map), by the book's
language (kk, ru, other), by the reader's age band and social group.
Part 3, the events themselves. Part 4, enquiries by kind, and refusals.

The period's days are counted row by row. What is carried over from 1 January is the sum of
the months before the period; a month's loans and visits, the bulk of a year's rows, are
counted once and kept in the database (reports/kept.py) until a row they were counted from
changes, the way the paper diary carries each closed month's totals forward.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from branchdesk.domain.bbk import BbkMap, DiarySection
from branchdesk.domain.groups import AgeBands, AgeGroup, BandDays, SocialGroup
from branchdesk.domain.model import EnquiryKind, Language, VisitKind
from branchdesk.reports import kept
from branchdesk.reports.period import Period, month_end

# Column names, in the order the diary prints them.
# Each split has its own word in the name: "other" is a BBK section, a language and a group.
AGES = (AgeGroup.CHILDREN, AgeGroup.YOUTH, AgeGroup.ADULTS)
READER_COLUMNS = (
    "new",
    *(f"new_age_{g}" for g in AGES),
    *(f"new_group_{g}" for g in SocialGroup),
    "reregistered",
)
VISIT_COLUMNS = ("visits", "visits_services", "visits_events", "visits_children", "visits_youth")
LOAN_COLUMNS = (
    "loans",
    *(f"loans_bbk_{s}" for s in DiarySection),
    *(f"loans_lang_{lang}" for lang in Language),
    *(f"loans_age_{g}" for g in AGES),
    *(f"loans_group_{g}" for g in SocialGroup),
)
ENQUIRY_COLUMNS = ("enquiries", *(f"enquiries_kind_{k}" for k in EnquiryKind), "refusals")
COLUMNS = READER_COLUMNS + VISIT_COLUMNS + LOAN_COLUMNS + ENQUIRY_COLUMNS

_SERVICE_VISITS = {VisitKind.LOAN_DESK, VisitKind.READING_ROOM, VisitKind.INTERNET}
_VISITS_BY_AGE = {g: f"visits_{g}" for g in (AgeGroup.CHILDREN, AgeGroup.YOUTH)}
_LOANS_BY_AGE = {g: f"loans_age_{g}" for g in AGES}
_LOANS_BY_GROUP = {g.value: f"loans_group_{g}" for g in SocialGroup}


@dataclass(frozen=True)
class DiaryEvent:
    day: date
    form: str
    title: str
    programme: str | None
    audience: str | None
    attendance: int
    children: int
    youth: int


@dataclass
class Diary:
    period: Period
    days: dict[date, Counter[str]] = field(default_factory=dict)
    period_total: Counter[str] = field(default_factory=Counter)
    before_period: Counter[str] = field(default_factory=Counter)  # 1 January to the day before
    events: list[DiaryEvent] = field(default_factory=list)

    @property
    def year_to_date(self) -> Counter[str]:
        return self.before_period + self.period_total


class _Counting:
    """What the diary's rows are counted by, read once per diary: who each reader is (age
    bands from the birth date, social group); the ISO texts SQLite gives, parsed once each."""

    def __init__(self, conn: sqlite3.Connection, branch: str, bands: AgeBands, bbk: BbkMap):
        self.conn, self.branch, self.bbk = conn, branch, bbk
        self.per_day: dict[date, Counter[str]] = {}
        self._days: dict[str, date] = {}
        self._books: dict[int, tuple[str, str]] | None = None
        self.readers: dict[int, tuple[BandDays | None, str]] = {
            reader_id: (None if birth is None else BandDays.of(self.on(birth), bands), _social(c))
            for reader_id, birth, c in self.rows("SELECT id, birth_date, category FROM reader", {})
        }

    def rows(self, sql: str, params: Mapping[str, object]) -> list[tuple[Any, ...]]:
        return self.conn.execute(sql, {"branch": self.branch, **params}).fetchall()

    def on(self, text: str) -> date:
        found = self._days.get(text)
        if found is None:
            found = self._days[text] = date.fromisoformat(text[:10])
        return found

    def figures(self, day: date, into: dict[date, Counter[str]] | None = None) -> Counter[str]:
        per_day = self.per_day if into is None else into
        found = per_day.get(day)
        if found is None:
            found = per_day[day] = Counter()
        return found

    def group(self, reader_id: int | None) -> str:
        found = self.readers.get(reader_id) if reader_id is not None else None
        return SocialGroup.OTHER.value if found is None else found[1]

    def band(self, reader_id: int | None, day: date) -> AgeGroup:
        found = self.readers.get(reader_id) if reader_id is not None else None
        return AgeGroup.UNKNOWN if found is None or found[0] is None else found[0].group_on(day)

    def books(self) -> dict[int, tuple[str, str]]:
        """Each copy's loan columns: its record's BBK section and language. Worked out once per
        distinct pair and looked up per loan: a year's 100,000 loans joined to their copies and
        records cost SQLite more than these two lists cost Python."""
        if self._books is None:
            columns_of: dict[int, tuple[str, str]] = {}
            for index, language, ids in self.rows(
                "SELECT bbk, language, group_concat(id) FROM record GROUP BY 1, 2", {}
            ):
                columns = (
                    f"loans_bbk_{self.bbk.section_for(index).value}",
                    f"loans_lang_{_language(language)}",
                )
                columns_of.update(dict.fromkeys(map(int, ids.split(",")), columns))
            self._books = {
                item_id: columns_of[record_id]
                for item_id, record_id in self.rows("SELECT id, record_id FROM item", {})
            }
        return self._books

    def readers_registered(self, first: date, last: date) -> None:
        """Part 1: readers registered and re-registered at this branch."""
        days = {"first": first.isoformat(), "last": last.isoformat()}
        for reader_id, day in self.rows(
            "SELECT id, registered_on FROM reader "
            "WHERE home_branch = :branch AND registered_on BETWEEN :first AND :last",
            days,
        ):
            counts = self.figures(self.on(day))
            counts["new"] += 1
            group = self.band(reader_id, self.on(day))
            if group != AgeGroup.UNKNOWN:
                counts[f"new_age_{group}"] += 1
            counts[f"new_group_{self.group(reader_id)}"] += 1
        for day, n in self.rows(
            "SELECT day, count(*) FROM reregistration "
            "WHERE branch = :branch AND day BETWEEN :first AND :last GROUP BY 1",
            days,
        ):
            self.figures(self.on(day))["reregistered"] += n

    def events(self, first: date, last: date) -> list[DiaryEvent]:
        """Part 3, and the visits events count: their attendance."""
        found: list[DiaryEvent] = []
        for starts, form, title, programme, audience, total, children, youth in self.rows(
            "SELECT starts_at, form, title, programme, audience, attendance_total, "
            "attendance_children, attendance_youth FROM event "
            "WHERE branch = :branch AND starts_at >= :first AND starts_at < :after "
            "ORDER BY starts_at",
            {"first": first.isoformat(), "after": (last + timedelta(1)).isoformat()},
        ):
            day = self.on(starts)
            counts = self.figures(day)
            counts["visits"] += total
            counts["visits_events"] += total
            counts["visits_children"] += children
            counts["visits_youth"] += youth
            found.append(DiaryEvent(day, form, title, programme, audience, total, children, youth))
        return found

    def enquiries(self, first: date, last: date) -> None:
        """Part 4: enquiries answered and books asked for that the library did not have."""
        days = {"first": first.isoformat(), "last": last.isoformat()}
        for day, kind, n in self.rows(
            "SELECT day, kind, count(*) FROM enquiry "
            "WHERE branch = :branch AND day BETWEEN :first AND :last GROUP BY 1, 2",
            days,
        ):
            counts = self.figures(self.on(day))
            counts["enquiries"] += n
            counts[f"enquiries_kind_{kind}"] += n
        for day, n in self.rows(
            "SELECT day, count(*) FROM refusal "
            "WHERE branch = :branch AND day BETWEEN :first AND :last GROUP BY 1",
            days,
        ):
            self.figures(self.on(day))["refusals"] += n

    def loans_and_visits(
        self, first: date, last: date, into: dict[date, Counter[str]] | None = None
    ) -> None:
        """Visits counted by the desk (once a day a person), and Part 2: loans made here, by
        what was lent (its record's BBK section and language) and to whom; into the diary's
        days, or `into`."""
        # The hot loops of a year's diary (some 200,000 rows): names bound locally, columns
        # looked up, not formatted, per row.
        days, on, readers = self._days, self.on, self.readers
        per_day = self.per_day if into is None else into
        nobody: tuple[BandDays | None, str] = (None, SocialGroup.OTHER.value)
        for day, kind, reader_id in self.rows(
            "SELECT day, kind, reader_id FROM visit "
            "WHERE branch = :branch AND day >= :first AND day <= :last",
            {"first": first.isoformat(), "last": last.isoformat()},
        ):
            came_on = days.get(day) or on(day)
            counts = per_day.get(came_on)
            if counts is None:
                counts = per_day[came_on] = Counter()
            counts["visits"] += 1
            counts["visits_services" if kind in _SERVICE_VISITS else "visits_events"] += 1
            bands_of = readers.get(reader_id, nobody)[0]
            if bands_of is not None:
                column = _VISITS_BY_AGE.get(bands_of.group_on(came_on))
                if column is not None:
                    counts[column] += 1
        books = self.books()
        for day, item_id, reader_id in self.rows(
            "SELECT substr(lent_at, 1, 10), item_id, reader_id FROM loan "
            "WHERE branch = :branch AND lent_at >= :first AND lent_at < :after",
            {"first": first.isoformat(), "after": (last + timedelta(1)).isoformat()},
        ):
            lent_on = days.get(day) or on(day)
            counts = per_day.get(lent_on)
            if counts is None:
                counts = per_day[lent_on] = Counter()
            section_column, language_column = books[item_id]
            counts["loans"] += 1
            counts[section_column] += 1
            counts[language_column] += 1
            bands_of, group = readers.get(reader_id, nobody)
            if bands_of is not None:
                column = _LOANS_BY_AGE.get(bands_of.group_on(lent_on))
                if column is not None:
                    counts[column] += 1
            counts[_LOANS_BY_GROUP[group]] += 1


def diary(
    conn: sqlite3.Connection, branch: str, period: Period, bands: AgeBands, bbk: BbkMap
) -> Diary:
    """The diary over the branch database `conn` (plain SQL: a year is some 200,000 rows).

    The months before the period are taken from those kept in the database where they are
    still true, and the others are counted and kept, in the caller's transaction if it has one
    (else in one of the diary's own). Kept months are never written over rows that changed
    since they were read (kept.keep)."""
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")  # the reads and the kept months see one state of the database
    try:
        found = _diary(conn, branch, period, bands, bbk)
    except BaseException:
        if own and conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    if own:
        conn.execute("COMMIT")
    return found


def _diary(
    conn: sqlite3.Connection, branch: str, period: Period, bands: AgeBands, bbk: BbkMap
) -> Diary:
    counting = _Counting(conn, branch, bands, bbk)
    # The small tables day by day from 1 January; loans and visits for the period's days.
    counting.readers_registered(period.year_start, period.end)
    events = [e for e in counting.events(period.year_start, period.end) if e.day >= period.start]
    counting.enquiries(period.year_start, period.end)
    counting.loans_and_visits(period.start, period.end)

    # Loans and visits before the period, month by month: kept, or counted now and kept.
    basis = kept.basis(bands, bbk)
    months = [(period.start.year, month) for month in range(1, period.start.month)]
    found_kept = kept.read(conn, branch, months, basis)
    carried: Counter[str] = Counter()
    counted: dict[tuple[int, int], Counter[str]] = {}
    for year, month in months:
        totals = found_kept.get((year, month))
        if totals is None:
            month_days: dict[date, Counter[str]] = {}
            counting.loans_and_visits(date(year, month, 1), month_end(year, month), month_days)
            totals = counted[year, month] = sum(month_days.values(), Counter())
        carried.update(totals)
    kept.keep(conn, branch, counted, basis)

    found = Diary(period, events=events, before_period=carried)
    for day in period.days():
        counts = counting.per_day.get(day, Counter())
        found.days[day] = counts
        found.period_total.update(counts)
    for day, counts in counting.per_day.items():
        if day < period.start:
            found.before_period.update(counts)
    return found


def _social(category: object) -> str:
    try:
        return SocialGroup(str(category)).value
    except ValueError:
        return SocialGroup.OTHER.value


def _language(code: object) -> str:
    found = str(code)
    return found if found in (Language.KAZAKH, Language.RUSSIAN) else Language.OTHER.value
