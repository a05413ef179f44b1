"""Read models for the events screen and the diary's parts 3 and 4: events, programmes,
enquiries and refusals, as frozen dataclasses."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.domain.model import (
    Attendance,
    Enquiry,
    EnquiryKind,
    Event,
    EventForm,
    Language,
    Refusal,
)
from branchdesk.store.schema import EnquiryRow, EventRow, ProgrammeRow, ReaderRow, RefusalRow


def event_from_row(row: EventRow) -> Event:
    return Event(
        uuid=row.uuid,
        title=row.title,
        programme=row.programme,
        form=EventForm(row.form),
        starts_at=row.starts_at,
        place=row.place,
        audience=row.audience,
        language=Language(row.language),
        attendance=Attendance(row.attendance_total, row.attendance_children, row.attendance_youth),
        responsible=row.responsible,
        notes=row.notes,
        branch=row.branch,
    )


def _day_span(start: date, end: date) -> tuple[datetime, datetime]:
    """From the first moment of `start` up to (not including) the day after `end`."""
    return datetime.combine(start, time()), datetime.combine(end + timedelta(days=1), time())


def events_between(session: Session, start: date, end: date) -> list[Event]:
    """Events starting on the days from `start` to `end`, both included, earliest first."""
    low, high = _day_span(start, end)
    rows = session.scalars(
        select(EventRow)
        .where(EventRow.starts_at >= low, EventRow.starts_at < high)
        .order_by(EventRow.starts_at, EventRow.id)
    )
    return [event_from_row(row) for row in rows]


def month_span(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def event_days(session: Session, year: int, month: int) -> dict[date, int]:
    """How many events each day of the month has; days without events are absent."""
    low, high = _day_span(*month_span(year, month))
    # A branch holds a few dozen events a month: counting in Python keeps the stored
    # datetime format SQLite's business.
    starts = session.scalars(
        select(EventRow.starts_at).where(EventRow.starts_at >= low, EventRow.starts_at < high)
    )
    return dict(Counter(moment.date() for moment in starts))


def programmes(session: Session, active_only: bool = True) -> list[str]:
    """Programme names in the order they were added (the seed keeps the ЦБС's own order)."""
    stmt = select(ProgrammeRow.name).order_by(ProgrammeRow.id)
    if active_only:
        stmt = stmt.where(ProgrammeRow.active.is_(True))
    return list(session.scalars(stmt))


def enquiries_on(session: Session, day: date) -> list[Enquiry]:
    """The enquiries answered on `day`, in the order they were recorded."""
    rows = session.execute(
        select(EnquiryRow, ReaderRow.card_number)
        .outerjoin(ReaderRow, ReaderRow.id == EnquiryRow.reader_id)
        .where(EnquiryRow.day == day)
        .order_by(EnquiryRow.id)
    ).all()
    return [
        Enquiry(
            uuid=row.uuid,
            day=row.day,
            kind=EnquiryKind(row.kind),
            topic=row.topic,
            reader_card=card,
            branch=row.branch,
        )
        for row, card in rows
    ]


def refusals_between(session: Session, start: date, end: date) -> list[Refusal]:
    """Titles refused from `start` to `end`, both included, in the order they were asked."""
    rows = session.execute(
        select(RefusalRow, ReaderRow.card_number)
        .outerjoin(ReaderRow, ReaderRow.id == RefusalRow.reader_id)
        .where(RefusalRow.day >= start, RefusalRow.day <= end)
        .order_by(RefusalRow.day, RefusalRow.id)
    ).all()
    return [
        Refusal(
            uuid=row.uuid,
            day=row.day,
            title=row.title,
            author=row.author,
            reader_card=card,
            branch=row.branch,
        )
        for row, card in rows
    ]
