"""What the diary counts besides loans: visits, reading-room use, events, enquiries, refusals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from uuid6 import uuid7

from branchdesk.domain.codes import is_item_barcode, normalise_scan
from branchdesk.domain.model import Attendance, EnquiryKind, EventForm, Language, VisitKind
from branchdesk.domain.readers import check_text
from branchdesk.errors import InvalidInput, NotFound, raise_if_problem
from branchdesk.services.checks import required_text
from branchdesk.services.circulation import count_visit
from branchdesk.services.context import BranchContext
from branchdesk.services.readers import load_reader
from branchdesk.services.results import Changes
from branchdesk.store.db import sql_connection
from branchdesk.store.schema import (
    EnquiryRow,
    EventRow,
    InHouseUseRow,
    ItemRow,
    RefusalRow,
    VisitRow,
)
from branchdesk.sync.journal import OpKind

_ACTIVITY = Changes(activity=True, visits=True, journal=True)


def _reader_id(session: Session, card: str | None) -> tuple[int, str, str] | None:
    """The reader an activity is recorded for; no card means an anonymous visitor."""
    if card is None or not card.strip():
        return None
    row = load_reader(session, card)
    return row.id, row.uuid, row.card_number


def record_visit(
    ctx: BranchContext,
    card: str | None,
    operator: str,
    kind: VisitKind = VisitKind.LOAN_DESK,
) -> Changes:
    """Count a visit without a loan. A reader is counted once a day; anonymous visitors
    (card None: a reading-room guest, an internet user) each time."""
    now = ctx.now()
    with ctx.db.write() as session:
        reader = _reader_id(session, card)
        if reader is not None:
            counted = count_visit(sql_connection(session), ctx, *reader, operator, kind, now)
            return _ACTIVITY if counted else Changes()
        visit_uuid = str(uuid7())
        session.add(
            VisitRow(
                uuid=visit_uuid,
                day=now.date(),
                reader_id=None,
                kind=kind.value,
                branch=ctx.branch,
                recorded_by=operator,
            )
        )
        ctx.journal(
            session,
            OpKind.RECORD_VISIT,
            {
                "visit": visit_uuid,
                "day": now.date().isoformat(),
                "reader": None,
                "card": None,
                "kind": kind.value,
            },
            operator,
            now,
        )
    return _ACTIVITY


def record_in_house_use(
    ctx: BranchContext, barcode: str, operator: str, card: str | None = None
) -> Changes:
    """A copy read in the reading room; the diary counts it with the loans."""
    code = normalise_scan(barcode)
    if not is_item_barcode(code):
        raise InvalidInput("malformed_barcode", field="barcode", barcode=code[:40])
    now = ctx.now()
    with ctx.db.write() as session:
        item = session.execute(
            select(ItemRow.id, ItemRow.uuid).where(ItemRow.barcode == code)
        ).first()
        if item is None:
            raise NotFound("unknown_barcode", barcode=code)
        reader = _reader_id(session, card)
        use_uuid = str(uuid7())
        session.add(
            InHouseUseRow(
                uuid=use_uuid,
                day=now.date(),
                item_id=item.id,
                reader_id=reader[0] if reader else None,
                branch=ctx.branch,
                recorded_by=operator,
            )
        )
        ctx.journal(
            session,
            OpKind.IN_HOUSE_USE,
            {
                "use": use_uuid,
                "item": item.uuid,
                "barcode": code,
                "reader": reader[1] if reader else None,
                "card": reader[2] if reader else None,
                "day": now.date(),
            },
            operator,
            now,
        )
        if reader is not None:
            count_visit(
                sql_connection(session), ctx, *reader, operator, VisitKind.READING_ROOM, now
            )
    return _ACTIVITY


@dataclass(frozen=True)
class EventInput:
    title: str
    form: EventForm
    starts_at: datetime
    attendance: Attendance
    programme: str | None = None
    place: str | None = None
    audience: str | None = None
    language: Language = Language.KAZAKH
    responsible: str | None = None
    notes: str | None = None


def check_attendance(attendance: Attendance) -> None:
    if attendance.total < 0 or attendance.children < 0 or attendance.youth < 0:
        raise InvalidInput("negative_count", field="attendance")
    if attendance.children + attendance.youth > attendance.total:
        raise InvalidInput("parts_exceed_total", field="attendance", total=attendance.total)


def event_payload(event_uuid: str, title: str, data: EventInput) -> dict[str, Any]:
    """The whole event, as `record_event` journals it."""
    return {
        "event": event_uuid,
        "title": title,
        "programme": data.programme,
        "form": data.form.value,
        "starts_at": data.starts_at,
        "place": data.place,
        "audience": data.audience,
        "language": data.language.value,
        "attendance": {
            "total": data.attendance.total,
            "children": data.attendance.children,
            "youth": data.attendance.youth,
        },
        "responsible": data.responsible,
        "notes": data.notes,
    }


def record_event(ctx: BranchContext, data: EventInput, operator: str) -> str:
    """Record an event held (or planned) with its attendance; returns the event's uuid."""
    title = required_text(data.title, "title")
    check_attendance(data.attendance)
    for name in ("programme", "place", "audience", "responsible"):
        raise_if_problem(check_text(getattr(data, name), name))
    raise_if_problem(check_text(data.notes, "notes", limit=5000))
    now = ctx.now()
    event_uuid = str(uuid7())
    with ctx.db.write() as session:
        session.add(
            EventRow(
                uuid=event_uuid,
                title=title,
                programme=data.programme,
                form=data.form.value,
                starts_at=data.starts_at,
                place=data.place,
                audience=data.audience,
                language=data.language.value,
                attendance_total=data.attendance.total,
                attendance_children=data.attendance.children,
                attendance_youth=data.attendance.youth,
                responsible=data.responsible,
                notes=data.notes,
                branch=ctx.branch,
                updated_at=now,
            )
        )
        ctx.journal(
            session,
            OpKind.RECORD_EVENT,
            event_payload(event_uuid, title, data),
            operator,
            now,
        )
    return event_uuid


def record_enquiry(
    ctx: BranchContext,
    kind: EnquiryKind,
    topic: str,
    operator: str,
    card: str | None = None,
    day: date | None = None,
) -> str:
    """An enquiry answered (справка); `day` lets the librarian enter yesterday's."""
    text = required_text(topic, "topic")
    now = ctx.now()
    if day is not None and day > now.date():
        raise InvalidInput("in_future", field="day")
    enquiry_uuid = str(uuid7())
    with ctx.db.write() as session:
        reader = _reader_id(session, card)
        session.add(
            EnquiryRow(
                uuid=enquiry_uuid,
                day=day or now.date(),
                kind=kind.value,
                topic=text,
                reader_id=reader[0] if reader else None,
                branch=ctx.branch,
                recorded_by=operator,
            )
        )
        ctx.journal(
            session,
            OpKind.RECORD_ENQUIRY,
            {
                "enquiry": enquiry_uuid,
                "kind": kind.value,
                "topic": text,
                "reader": reader[1] if reader else None,
                "day": day or now.date(),
            },
            operator,
            now,
        )
    return enquiry_uuid


def record_refusal(
    ctx: BranchContext,
    title: str,
    operator: str,
    author: str | None = None,
    card: str | None = None,
) -> str:
    """A title asked for and not held: the acquisitions list is built from these."""
    text = required_text(title, "title")
    author = (author or "").strip() or None
    raise_if_problem(check_text(author, "author"))
    now = ctx.now()
    refusal_uuid = str(uuid7())
    with ctx.db.write() as session:
        reader = _reader_id(session, card)
        session.add(
            RefusalRow(
                uuid=refusal_uuid,
                day=now.date(),
                title=text,
                author=author,
                reader_id=reader[0] if reader else None,
                branch=ctx.branch,
                recorded_by=operator,
            )
        )
        ctx.journal(
            session,
            OpKind.RECORD_REFUSAL,
            {
                "refusal": refusal_uuid,
                "title": text,
                "author": author,
                "reader": reader[1] if reader else None,
                "day": now.date(),
            },
            operator,
            now,
        )
    return refusal_uuid
