"""Correcting events after the fact, and the list of programmes events are held under.

Events are recorded by `activity.record_event`; this module changes them later (the
attendance is often counted after the event) and keeps the branch's programme list.
"""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.domain.readers import check_text
from branchdesk.errors import InvalidInput, raise_if_problem
from branchdesk.services.activity import (
    EventInput,
    check_attendance,
    event_payload,
)
from branchdesk.services.checks import required_text
from branchdesk.services.context import BranchContext
from branchdesk.store.schema import EventRow, ProgrammeRow
from branchdesk.sync.journal import OpKind

log = logging.getLogger("branchdesk")

# ProgrammeRow.name is String(300).
PROGRAMME_MAX = 300


def _checked_title(data: EventInput) -> str:
    """The same checks as `record_event` (its own helpers), so a correction can never store
    what recording would have refused."""
    title = required_text(data.title, "title")
    check_attendance(data.attendance)
    for name in ("programme", "place", "audience", "responsible"):
        raise_if_problem(check_text(getattr(data, name), name))
    raise_if_problem(check_text(data.notes, "notes", limit=5000))
    return title


def update_event(ctx: BranchContext, event_uuid: str, data: EventInput, operator: str) -> None:
    """Replace every field of an event.

    Journaled as another RECORD_EVENT with the same event uuid and the full payload: the
    latest record_event for an event uuid wins, so the centre needs no separate update kind.
    Events are never deleted, so an unknown uuid is the caller's bug (LookupError), not a
    message for the librarian.
    """
    title = _checked_title(data)
    now = ctx.now()
    with ctx.db.write() as session:
        row = session.scalar(select(EventRow).where(EventRow.uuid == event_uuid))
        if row is None:
            raise LookupError(f"no event {event_uuid}")
        row.title = title
        row.programme = data.programme
        row.form = data.form.value
        row.starts_at = data.starts_at
        row.place = data.place
        row.audience = data.audience
        row.language = data.language.value
        row.attendance_total = data.attendance.total
        row.attendance_children = data.attendance.children
        row.attendance_youth = data.attendance.youth
        row.responsible = data.responsible
        row.notes = data.notes
        row.updated_at = now
        ctx.journal(
            session, OpKind.RECORD_EVENT, event_payload(event_uuid, title, data), operator, now
        )


# Programmes are branch settings, not journaled: they are the branch's own pick list. Every
# event carries its programme's name in its journaled payload, so the centre learns each
# programme that was used from the events themselves; the journal has no operation for the
# list, and an unused entry means nothing outside the branch. Who changed it goes to the log.


def _programme_name(value: str) -> str:
    # Inner runs of spaces collapse: "Жан  жылуы" typed twice must not be two programmes.
    name = " ".join(value.split())
    if not name:
        raise InvalidInput("required", field="programme")
    raise_if_problem(check_text(name, "programme", PROGRAMME_MAX))
    return name


def _require_operator(operator: str) -> None:
    # The same rule as a journaled change: nobody changes the branch anonymously.
    if not operator.strip():
        raise InvalidInput("required", field="operator")


def _find(session: Session, name: str) -> ProgrammeRow | None:
    """The programme called `name`, ignoring case, so a retyped name finds its entry."""
    wanted = name.casefold()
    for row in session.scalars(select(ProgrammeRow)):
        if row.name.casefold() == wanted:
            return row
    return None


def _existing(session: Session, name: str) -> ProgrammeRow:
    row = _find(session, name)
    if row is None:
        # The desk offers only names from the list; another name is the caller's bug.
        raise LookupError(f"no programme {name!r}")
    return row


def add_programme(ctx: BranchContext, name: str, operator: str) -> None:
    """Add a programme to the list; adding one already there (even switched off) makes it
    active again instead of refusing, which is what the librarian meant. Not journaled:
    programmes are branch settings (see above)."""
    name = _programme_name(name)
    _require_operator(operator)
    with ctx.db.write() as session:
        row = _find(session, name)
        if row is None:
            session.add(ProgrammeRow(name=name, active=True))
        else:
            row.active = True
    log.info("programme %r added by %s", name, operator)


def rename_programme(ctx: BranchContext, old: str, new: str, operator: str) -> None:
    """Rename a programme in the list. Events keep the name they were recorded under: that
    name is in their journaled payloads, and the list only offers names for new events.

    Renaming onto a name already in the list merges the two entries (the old one goes, the
    other stays active): that is how a duplicate or misspelt entry is cleaned up. Not
    journaled: programmes are branch settings (see above).
    """
    new = _programme_name(new)
    _require_operator(operator)
    with ctx.db.write() as session:
        row = _existing(session, old)
        other = _find(session, new)
        if other is not None and other.id != row.id:
            other.active = True
            session.delete(row)
        else:
            row.name = new
    log.info("programme %r renamed to %r by %s", old, new, operator)


def set_programme_active(ctx: BranchContext, name: str, active: bool, operator: str) -> None:
    """Switch a programme off (it ends, but its events keep it) or on again. Not journaled:
    programmes are branch settings (see above)."""
    _require_operator(operator)
    with ctx.db.write() as session:
        _existing(session, name).active = active
    log.info("programme %r %s by %s", name, "activated" if active else "deactivated", operator)
