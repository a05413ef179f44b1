"""The library work diary's figures (reference/anchors-kazakhstan.md §3.1): per day of a
period, with the totals of the period and those from the start of the year.

Part 1, readers and visits: readers registered at this branch (by age band on the day and by
social group) and re-registered here; visits: for loans and services (desk, reading room,
internet), for events (each event's attendance, plus visits counted as event visits), and of
those children and youth (a visitor's age on the day; an event's own counts).
Part 2, loans made at this branch: by BBK section (the branch's BBK map), by the book's
language (kk, ru, other), by the reader's age band and social group.
Part 3, the events themselves. Part 4, enquiries by kind, and refusals.

Everything is counted in SQL over the span from the first of January to the period's end,
so that the figures carried over from the start of the year come from the same counts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session

from branchdesk.domain.bbk import BbkMap, DiarySection
from branchdesk.domain.groups import AgeBands, AgeGroup, SocialGroup
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


def diary(session: Session, branch: str, period: Period, bands: AgeBands, bbk: BbkMap) -> Diary:
    first, last = period.year_start, period.end
    per_day: dict[date, Counter[str]] = {}

    def add(day: date, column: str, n: int = 1) -> None:
        per_day.setdefault(day, Counter())[column] += n

    def rows(sql: str) -> list[tuple[object, ...]]:
        params = {
            "branch": branch,
            "first": first,
            "last": last,
            "after": last + timedelta(1),
            "children_max": bands.children_max,
            "youth_max": bands.youth_max,
        }
        return [tuple(r) for r in session.execute(text(sql), params)]

    # Part 1: readers registered and re-registered at this branch.
    for day, group, category, n in rows(
        f"SELECT registered_on, {age_group_sql('registered_on', 'birth_date')}, category, "
        "count(*) FROM reader "
        "WHERE home_branch = :branch AND registered_on BETWEEN :first AND :last "
        "GROUP BY 1, 2, 3"
    ):
        on, count = _day(day), _int(n)
        add(on, "new", count)
        if group != AgeGroup.UNKNOWN:
            add(on, f"new_age_{group}", count)
        add(on, f"new_group_{_social(category)}", count)
    for day, n in rows(
        "SELECT day, count(*) FROM reregistration "
        "WHERE branch = :branch AND day BETWEEN :first AND :last GROUP BY 1"
    ):
        add(_day(day), "reregistered", _int(n))

    # Visits: people who came, counted once a day by the desk; events count their attendance.
    for day, kind, group, n in rows(
        f"SELECT v.day, v.kind, {age_group_sql('v.day', 'r.birth_date')}, count(*) FROM visit v "
        "LEFT JOIN reader r ON r.id = v.reader_id "
        "WHERE v.branch = :branch AND v.day BETWEEN :first AND :last GROUP BY 1, 2, 3"
    ):
        on, count = _day(day), _int(n)
        add(on, "visits", count)
        add(on, "visits_services" if kind in _SERVICE_VISITS else "visits_events", count)
        if group in (AgeGroup.CHILDREN, AgeGroup.YOUTH):
            add(on, f"visits_{group}", count)
    events: list[DiaryEvent] = []
    for starts, form, title, programme, audience, total, children, youth in rows(
        "SELECT starts_at, form, title, programme, audience, attendance_total, "
        "attendance_children, attendance_youth FROM event "
        "WHERE starts_at >= :first AND starts_at < :after ORDER BY starts_at"
    ):
        on = _day(starts)
        total_n, children_n, youth_n = _int(total), _int(children), _int(youth)
        add(on, "visits", total_n)
        add(on, "visits_events", total_n)
        add(on, "visits_children", children_n)
        add(on, "visits_youth", youth_n)
        if on >= period.start:
            events.append(
                DiaryEvent(
                    on,
                    str(form),
                    str(title),
                    _text(programme),
                    _text(audience),
                    total_n,
                    children_n,
                    youth_n,
                )
            )

    # Part 2: loans made here, by what was lent and to whom.
    sections: dict[str | None, str] = {}  # a catalogue has few distinct indexes
    for day, index, language, group, category, n in rows(
        f"SELECT date(l.lent_at) AS d, rec.bbk, rec.language, "
        f"{age_group_sql('date(l.lent_at)', 'r.birth_date')}, r.category, count(*) "
        "FROM loan l JOIN item i ON i.id = l.item_id JOIN record rec ON rec.id = i.record_id "
        "JOIN reader r ON r.id = l.reader_id "
        "WHERE l.branch = :branch AND l.lent_at >= :first AND l.lent_at < :after "
        "GROUP BY 1, 2, 3, 4, 5"
    ):
        on, count, index_text = _day(day), _int(n), _text(index)
        section = sections.get(index_text)
        if section is None:
            section = sections[index_text] = bbk.section_for(index_text).value
        add(on, "loans", count)
        add(on, f"loans_bbk_{section}", count)
        add(on, f"loans_lang_{_language(language)}", count)
        if group != AgeGroup.UNKNOWN:
            add(on, f"loans_age_{group}", count)
        add(on, f"loans_group_{_social(category)}", count)

    # Part 4: enquiries answered and books asked for that the library did not have.
    for day, kind, n in rows(
        "SELECT day, kind, count(*) FROM enquiry "
        "WHERE branch = :branch AND day BETWEEN :first AND :last GROUP BY 1, 2"
    ):
        add(_day(day), "enquiries", _int(n))
        add(_day(day), f"enquiries_kind_{kind}", _int(n))
    for day, n in rows(
        "SELECT day, count(*) FROM refusal "
        "WHERE branch = :branch AND day BETWEEN :first AND :last GROUP BY 1"
    ):
        add(_day(day), "refusals", _int(n))

    found = Diary(period, events=events)
    for day in period.days():
        figures = per_day.get(day, Counter())
        found.days[day] = figures
        found.period_total.update(figures)
    for day, figures in per_day.items():
        if day < period.start:
            found.before_period.update(figures)
    return found


def age_group_sql(day: str, birth: str) -> str:
    """domain.groups.age_group as an SQL expression over ISO date texts, with the bands bound
    as :children_max and :youth_max: a year's loans are grouped in SQLite instead of 100,000
    rows coming back to be sorted into bands one by one (a test holds the two to the same
    answers, 29 February included)."""
    year = f"CAST(substr({day}, 1, 4) AS INTEGER)"
    leap = f"({year} % 4 = 0 AND ({year} % 100 != 0 OR {year} % 400 = 0))"
    birthday = (
        f"CASE WHEN substr({birth}, 6, 5) = '02-29' AND NOT {leap} THEN '02-28' "
        f"ELSE substr({birth}, 6, 5) END"
    )
    age = f"({year} - CAST(substr({birth}, 1, 4) AS INTEGER) - (substr({day}, 6, 5) < {birthday}))"
    return (
        f"CASE WHEN {birth} IS NULL OR {birth} > {day} THEN 'unknown' "
        f"WHEN {age} <= :children_max THEN 'children' "
        f"WHEN {age} <= :youth_max THEN 'youth' ELSE 'adults' END"
    )


def _day(value: object) -> date:
    """A day from SQLite's text or a driver's date or datetime."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _int(value: object) -> int:
    return int(str(value))


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _social(category: object) -> str:
    try:
        return SocialGroup(str(category)).value
    except ValueError:
        return SocialGroup.OTHER.value


def _language(code: object) -> str:
    found = str(code)
    return found if found in (Language.KAZAKH, Language.RUSSIAN) else Language.OTHER.value
