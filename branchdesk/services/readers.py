"""Registering and looking after readers: register, edit, re-register, block, unblock."""

from __future__ import annotations

from calendar import monthrange
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session
from uuid6 import uuid7

from branchdesk.domain.codes import MAX_CARD_SEQ, card_number, normalise_scan, parse_card
from branchdesk.domain.folding import search_key
from branchdesk.domain.model import Reader, ReaderStatus
from branchdesk.domain.readers import (
    READER_INPUT_FIELDS,
    ReaderInput,
    check_reader,
    check_text,
    filled_from_iin,
)
from branchdesk.errors import InvalidInput, NotFound, WorldError, raise_if_problem
from branchdesk.services.context import BranchContext
from branchdesk.services.results import NO_CHANGES, Changes
from branchdesk.store.queries import reader_from_row, reregistered_years
from branchdesk.store.schema import ReaderRow, ReregistrationRow
from branchdesk.store.settings import Key, get_setting, put_setting
from branchdesk.sync.journal import OpKind

_READER_CHANGES = Changes(readers=True, journal=True)


@dataclass(frozen=True)
class RegisterResult:
    reader: Reader | None
    duplicates: tuple[Reader, ...] = ()
    changes: Changes = NO_CHANGES

    @property
    def done(self) -> bool:
        return self.reader is not None


def _raise_first(data: ReaderInput, ctx: BranchContext) -> None:
    problems = check_reader(data, ctx.today(), ctx.config.age_bands)
    if problems:
        first = problems[0]
        raise InvalidInput(first.code, field=first.field, **first.params)


def clean_reader_input(data: ReaderInput) -> ReaderInput:
    """Trim spaces and turn empty strings into None, as a form leaves them."""
    values: dict[str, object] = {}
    for name, value in asdict(data).items():
        values[name] = (value.strip() or None) if isinstance(value, str) else value
    values["surname"] = values["surname"] or ""
    values["name"] = values["name"] or ""
    values["category"] = values["category"] or data.category
    return filled_from_iin(ReaderInput(**values))  # type: ignore[arg-type]


def reader_search_text(data: ReaderInput, card: str) -> str:
    parts = (data.surname, data.name, data.patronymic, card, data.iin, data.phone)
    return search_key(" ".join(p for p in parts if p))


def card_valid_until_from(ctx: BranchContext, start: date) -> date:
    months = ctx.config.card_validity_months
    year = start.year + (start.month - 1 + months) // 12
    month = (start.month - 1 + months) % 12 + 1
    return date(year, month, min(start.day, monthrange(year, month)[1]))


def find_duplicates(
    session: Session, data: ReaderInput, exclude_id: int | None = None
) -> list[Reader]:
    """Readers with the same ИИН, or the same name and birth date (folded)."""
    clauses = []
    if data.iin:
        clauses.append(ReaderRow.iin == data.iin)
    if data.birth_date is not None:
        clauses.append(ReaderRow.birth_date == data.birth_date)
    if not clauses:
        return []
    rows = session.scalars(select(ReaderRow).where(or_(*clauses))).all()
    name_key = search_key(f"{data.surname} {data.name}")
    found = []
    for row in rows:
        if row.id == exclude_id:
            continue
        same_iin = data.iin is not None and row.iin == data.iin
        same_person = row.birth_date == data.birth_date and (
            search_key(f"{row.surname} {row.name}") == name_key
        )
        if same_iin or same_person:
            found.append(reader_from_row(row))
    return found


def reader_payload(row: ReaderRow) -> dict[str, object]:
    return {
        "reader": row.uuid,
        "card": row.card_number,
        **{name: getattr(row, name) for name in READER_INPUT_FIELDS},
        "registered_on": row.registered_on,
        "home_branch": row.home_branch,
        "card_valid_until": row.card_valid_until,
    }


def register_reader(
    ctx: BranchContext, data: ReaderInput, operator: str, *, confirm_duplicate: bool = False
) -> RegisterResult:
    """Register a new reader and allocate the next card number of this branch."""
    data = clean_reader_input(data)
    _raise_first(data, ctx)
    now = ctx.now()
    with ctx.db.write() as session:
        duplicates = find_duplicates(session, data)
        if duplicates and not confirm_duplicate:
            return RegisterResult(None, tuple(duplicates))
        seq = int(get_setting(session, Key.CARD_SEQ, 0)) + 1
        if seq > MAX_CARD_SEQ:
            raise WorldError("card_numbers_exhausted")
        card = card_number(ctx.branch, seq)
        put_setting(session, Key.CARD_SEQ, seq)
        row = ReaderRow(
            uuid=str(uuid7()),
            card_number=card,
            registered_on=now.date(),
            home_branch=ctx.branch,
            card_valid_until=card_valid_until_from(ctx, now.date()),
            status=ReaderStatus.ACTIVE.value,
            search_text=reader_search_text(data, card),
            updated_at=now,
            **{name: getattr(data, name) for name in READER_INPUT_FIELDS},
        )
        session.add(row)
        session.flush()
        ctx.journal(session, OpKind.REGISTER_READER, reader_payload(row), operator, now)
        reader = reader_from_row(row)
    return RegisterResult(reader, tuple(duplicates), _READER_CHANGES)


def load_reader(session: Session, card: str) -> ReaderRow:
    """The reader's row for a typed or scanned card number, or a clear refusal."""
    number = parse_card(card)
    if number is None:
        raise InvalidInput("malformed_card", field="card", card=normalise_scan(card)[:40])
    row = session.scalars(select(ReaderRow).where(ReaderRow.card_number == number)).first()
    if row is None:
        raise NotFound("unknown_card", card=number)
    return row


def update_reader(ctx: BranchContext, card: str, data: ReaderInput, operator: str) -> Reader:
    """Save an edited record; only the fields that changed travel in the journal."""
    data = clean_reader_input(data)
    _raise_first(data, ctx)
    now = ctx.now()
    with ctx.db.write() as session:
        row = load_reader(session, card)
        if data.iin and data.iin != row.iin:
            for other in find_duplicates(session, data, exclude_id=row.id):
                if other.iin == data.iin:
                    raise InvalidInput("duplicate_iin", field="iin", card=other.card_number)
        changed = {
            name: getattr(data, name)
            for name in READER_INPUT_FIELDS
            if getattr(row, name) != getattr(data, name)
        }
        if changed:
            for name, value in changed.items():
                setattr(row, name, value)
            row.search_text = reader_search_text(data, row.card_number)
            row.updated_at = now
            ctx.journal(
                session,
                OpKind.UPDATE_READER,
                {"reader": row.uuid, "card": row.card_number, "fields": changed},
                operator,
                now,
            )
        return reader_from_row(row, reregistered_years(session, row.id))


def reregister_reader(
    ctx: BranchContext, card: str, operator: str, consent_date: date | None = None
) -> Reader:
    """Re-register for the current year: new consent, card valid for another period."""
    now = ctx.now()
    today = now.date()
    if consent_date is not None and consent_date > today:
        raise InvalidInput("in_future", field="consent_date")
    with ctx.db.write() as session:
        row = load_reader(session, card)
        if row.status == ReaderStatus.CANCELLED.value:
            raise InvalidInput("reader_cancelled", field="card", card=row.card_number)
        years = reregistered_years(session, row.id)
        if today.year not in years and today.year != row.registered_on.year:
            session.add(
                ReregistrationRow(reader_id=row.id, year=today.year, day=today, branch=ctx.branch)
            )
        row.card_valid_until = card_valid_until_from(ctx, today)
        row.consent_date = consent_date or today
        row.updated_at = now
        ctx.journal(
            session,
            OpKind.REREGISTER_READER,
            {
                "reader": row.uuid,
                "card": row.card_number,
                "year": today.year,
                "day": today,
                "card_valid_until": row.card_valid_until,
                "consent_date": row.consent_date,
            },
            operator,
            now,
        )
        session.flush()
        return reader_from_row(row, reregistered_years(session, row.id))


def block_reader(
    ctx: BranchContext, card: str, reason: str, operator: str, until: date | None = None
) -> Reader:
    reason = reason.strip()
    if not reason:
        raise InvalidInput("required", field="reason")
    raise_if_problem(check_text(reason, "reason"))
    now = ctx.now()
    if until is not None and until < now.date():
        raise InvalidInput("in_past", field="until")
    with ctx.db.write() as session:
        row = load_reader(session, card)
        if row.status not in (ReaderStatus.ACTIVE.value, ReaderStatus.BLOCKED.value):
            # A cancelled card or one reported lost stays so; unblocking must not revive it.
            raise InvalidInput(
                "card_not_active", field="card", card=row.card_number, status=row.status
            )
        row.status = ReaderStatus.BLOCKED.value
        row.block_reason = reason
        row.blocked_until = until
        row.updated_at = now
        ctx.journal(
            session,
            OpKind.BLOCK_READER,
            {"reader": row.uuid, "card": row.card_number, "reason": reason, "until": until},
            operator,
            now,
        )
        return reader_from_row(row, reregistered_years(session, row.id))


def unblock_reader(ctx: BranchContext, card: str, operator: str) -> Reader:
    now = ctx.now()
    with ctx.db.write() as session:
        row = load_reader(session, card)
        if row.status == ReaderStatus.BLOCKED.value:
            row.status = ReaderStatus.ACTIVE.value
            row.block_reason = None
            row.blocked_until = None
            row.updated_at = now
            ctx.journal(
                session,
                OpKind.UNBLOCK_READER,
                {"reader": row.uuid, "card": row.card_number},
                operator,
                now,
            )
        return reader_from_row(row, reregistered_years(session, row.id))
