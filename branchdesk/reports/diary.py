"""The library work diary's figures (reference/anchors-kazakhstan.md §3.1): per day of a
period, with the totals of the period and those from the start of the year.

Part 1, readers and visits: readers registered at this branch (by age band on the day and by
social group) and re-registered here; visits: for loans and services (desk, reading room,
internet), for events (each event's attendance, plus visits counted as event visits), and of
those children and youth (a visitor's age on the day; an event's own counts).
Part 2, loans made at this branch: by BBK section (the branch's BBK map), by the book's
language (kk, ru, other), by the reader's age band and social group.
Part 3, the events themselves. Part 4, enquiries by kind, and refusals.

The period's days are counted row by row; what is carried over from 1 January is counted
per copy, per kind of visit and per reader (each split of the diary depends on one of them
alone), so that a November diary does not walk the year loan by loan.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from branchdesk.domain.bbk import BbkMap, DiarySection
from branchdesk.domain.groups import AgeBands, AgeGroup, BandDays, SocialGroup
from branchdesk.domain.model import EnquiryKind, Language, VisitKind
from branchdesk.reports.period import Period

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


def diary(
    conn: sqlite3.Connection, branch: str, period: Period, bands: AgeBands, bbk: BbkMap
) -> Diary:
    """The diary over the branch database `conn` (plain SQL: a year is some 200,000 rows)."""
    first, last = period.year_start, period.end
    per_day: dict[date, Counter[str]] = {}
    days: dict[str, date] = {}  # the ISO texts SQLite gives, parsed once each

    def on(text: str) -> date:
        found = days.get(text)
        if found is None:
            found = days[text] = date.fromisoformat(text[:10])
        return found

    def figures(day: date) -> Counter[str]:
        found = per_day.get(day)
        if found is None:
            found = per_day[day] = Counter()
        return found

    def add(day: date, column: str, n: int = 1) -> None:
        figures(day)[column] += n

    def rows(sql: str) -> list[tuple[Any, ...]]:
        params = {
            "branch": branch,
            "first": first.isoformat(),
            "last": last.isoformat(),
            "after": (last + timedelta(1)).isoformat(),
            "start": period.start.isoformat(),
        }
        return conn.execute(sql, params).fetchall()

    # Who the readers are, once: a year's rows then need two dictionary lookups each.
    readers: dict[int, tuple[BandDays | None, str]] = {
        reader_id: (None if birth is None else BandDays.of(on(birth), bands), _social(category))
        for reader_id, birth, category in rows("SELECT id, birth_date, category FROM reader")
    }
    unknown = (None, SocialGroup.OTHER.value)

    def band(reader_id: int | None, day: date) -> AgeGroup:
        bands_of = readers.get(reader_id, unknown)[0] if reader_id is not None else None
        return AgeGroup.UNKNOWN if bands_of is None else bands_of.group_on(day)

    # Part 1: readers registered and re-registered at this branch.
    for reader_id, day in rows(
        "SELECT id, registered_on FROM reader "
        "WHERE home_branch = :branch AND registered_on BETWEEN :first AND :last"
    ):
        counts = figures(on(day))
        counts["new"] += 1
        group = band(reader_id, on(day))
        if group != AgeGroup.UNKNOWN:
            counts[f"new_age_{group}"] += 1
        counts[f"new_group_{readers[reader_id][1]}"] += 1
    for day, n in rows(
        "SELECT day, count(*) FROM reregistration "
        "WHERE branch = :branch AND day BETWEEN :first AND :last GROUP BY 1"
    ):
        add(on(day), "reregistered", n)

    # Visits: people who came, counted once a day by the desk; events count their attendance.
    for day, kind, reader_id in rows(
        "SELECT day, kind, reader_id FROM visit "
        "WHERE branch = :branch AND day >= :start AND day <= :last"
    ):
        counts = figures(on(day))
        counts["visits"] += 1
        counts["visits_services" if kind in _SERVICE_VISITS else "visits_events"] += 1
        group = band(reader_id, on(day))
        if group in (AgeGroup.CHILDREN, AgeGroup.YOUTH):
            counts[f"visits_{group}"] += 1
    events: list[DiaryEvent] = []
    for starts, form, title, programme, audience, total, children, youth in rows(
        "SELECT starts_at, form, title, programme, audience, attendance_total, "
        "attendance_children, attendance_youth FROM event "
        "WHERE starts_at >= :first AND starts_at < :after ORDER BY starts_at"
    ):
        day = on(starts)
        counts = figures(day)
        counts["visits"] += total
        counts["visits_events"] += total
        counts["visits_children"] += children
        counts["visits_youth"] += youth
        if day >= period.start:
            events.append(DiaryEvent(day, form, title, programme, audience, total, children, youth))

    # Part 2: loans made here, by what was lent and to whom. What each copy is (its BBK
    # section and language) is looked up once per copy, not joined once per loan.
    books: dict[int, tuple[str, str]] = {}
    sections: dict[str | None, str] = {}  # a catalogue has few distinct indexes
    for item_id, index, language in rows(
        "SELECT i.id, rec.bbk, rec.language FROM item i JOIN record rec ON rec.id = i.record_id"
    ):
        section = sections.get(index)
        if section is None:
            section = sections[index] = bbk.section_for(index).value
        books[item_id] = (f"loans_bbk_{section}", f"loans_lang_{_language(language)}")
    for day, item_id, reader_id in rows(
        "SELECT substr(lent_at, 1, 10), item_id, reader_id FROM loan "
        "WHERE branch = :branch AND lent_at >= :start AND lent_at < :after"
    ):
        lent_on = on(day)
        counts = figures(lent_on)
        section_column, language_column = books[item_id]
        counts["loans"] += 1
        counts[section_column] += 1
        counts[language_column] += 1
        group = band(reader_id, lent_on)
        if group != AgeGroup.UNKNOWN:
            counts[f"loans_age_{group}"] += 1
        counts[f"loans_group_{readers.get(reader_id, unknown)[1]}"] += 1
    # Before the period only the totals are carried over, and every split of the loans and
    # visits is by the copy, the kind or the reader alone: counted per copy, kind and reader,
    # not per loan or visit (a November diary would otherwise walk the whole year).
    carried: Counter[str] = Counter()
    for item_id, n in rows(
        "SELECT item_id, count(*) FROM loan "
        "WHERE branch = :branch AND lent_at >= :first AND lent_at < :start GROUP BY 1"
    ):
        section_column, language_column = books[item_id]
        carried["loans"] += n
        carried[section_column] += n
        carried[language_column] += n
    for kind, n in rows(
        "SELECT kind, count(*) FROM visit "
        "WHERE branch = :branch AND day >= :first AND day < :start GROUP BY 1"
    ):
        carried["visits"] += n
        carried["visits_services" if kind in _SERVICE_VISITS else "visits_events"] += n
    last_before = period.start - timedelta(days=1)
    turning: dict[str, list[int]] = {"loans": [], "visits": []}  # band changed: day by day
    for column, sql in (
        (
            "loans",
            "SELECT reader_id, count(*) FROM loan WHERE branch = :branch "
            "AND lent_at >= :first AND lent_at < :start GROUP BY 1",
        ),
        (
            "visits",
            "SELECT reader_id, count(*) FROM visit WHERE branch = :branch "
            "AND day >= :first AND day < :start AND reader_id IS NOT NULL GROUP BY 1",
        ),
    ):
        for reader_id, n in rows(sql):
            if column == "loans":
                carried[f"loans_group_{readers.get(reader_id, unknown)[1]}"] += n
            group = band(reader_id, first)
            if group != band(reader_id, last_before):
                turning[column].append(reader_id)
            elif group != AgeGroup.UNKNOWN and (column == "loans" or group != AgeGroup.ADULTS):
                carried[f"{column}_age_{group}" if column == "loans" else f"visits_{group}"] += n
    for column, sql in (
        (
            "loans",
            "SELECT reader_id, substr(lent_at, 1, 10), count(*) FROM loan "
            "WHERE branch = ? AND lent_at >= ? AND lent_at < ? AND reader_id IN ({}) GROUP BY 1, 2",
        ),
        (
            "visits",
            "SELECT reader_id, day, count(*) FROM visit "
            "WHERE branch = ? AND day >= ? AND day < ? AND reader_id IN ({}) GROUP BY 1, 2",
        ),
    ):
        ids = turning[column]
        if not ids:
            continue
        found_rows = conn.execute(
            sql.format(",".join("?" * len(ids))),
            (branch, first.isoformat(), period.start.isoformat(), *ids),
        )
        for reader_id, day, n in found_rows:
            group = band(reader_id, on(day))
            if column == "loans" and group != AgeGroup.UNKNOWN:
                carried[f"loans_age_{group}"] += n
            elif column == "visits" and group in (AgeGroup.CHILDREN, AgeGroup.YOUTH):
                carried[f"visits_{group}"] += n

    # Part 4: enquiries answered and books asked for that the library did not have.
    for day, kind, n in rows(
        "SELECT day, kind, count(*) FROM enquiry "
        "WHERE branch = :branch AND day BETWEEN :first AND :last GROUP BY 1, 2"
    ):
        add(on(day), "enquiries", n)
        add(on(day), f"enquiries_kind_{kind}", n)
    for day, n in rows(
        "SELECT day, count(*) FROM refusal "
        "WHERE branch = :branch AND day BETWEEN :first AND :last GROUP BY 1"
    ):
        add(on(day), "refusals", n)

    found = Diary(period, events=events, before_period=carried)
    for day in period.days():
        counts = per_day.get(day, Counter())
        found.days[day] = counts
        found.period_total.update(counts)
    for day, counts in per_day.items():
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
