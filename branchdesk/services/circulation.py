"""Lend, return and renew: the scans a librarian makes all day.

Each call is one unit of work: the rules run on the facts read inside the write transaction,
the loan changes and the journal operations commit together. The hot path uses Core
statements, not ORM objects: a scan is a handful of indexed reads and a few inserts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session
from uuid6 import uuid7

from branchdesk.domain.calendar import due_date, renewal_due_date
from branchdesk.domain.circulation import ItemFacts, ReaderFacts, lend_outcomes, renew_outcomes
from branchdesk.domain.codes import is_card_number, is_item_barcode, normalise_scan
from branchdesk.domain.model import ItemStatus, Loan, ReaderStatus, VisitKind
from branchdesk.domain.outcomes import Code, Outcome, Severity, outcome
from branchdesk.errors import InvalidInput
from branchdesk.services.context import BranchContext
from branchdesk.services.results import Changes, DeskResult, Override, Status, decide
from branchdesk.store.schema import (
    ItemRow,
    LoanRow,
    ReaderRow,
    RecordRow,
    ReregistrationRow,
    VisitRow,
)
from branchdesk.sync.journal import OpKind, append

# A Core result row, read by column name. Rows from different selects share the names the
# rules need (item_uuid, barcode, title, ...), which lets renew_all pass one joined row.
DbRow = Any

_LOAN_CHANGES = Changes(loans=True, catalogue=True, readers=True, visits=True, journal=True)

_ITEM_COLS = (
    ItemRow.id,
    ItemRow.uuid.label("item_uuid"),
    ItemRow.barcode,
    ItemRow.status,
    ItemRow.home_branch,
    ItemRow.item_type,
    RecordRow.title,
)
_LOAN_COLS = (
    LoanRow.id,
    LoanRow.uuid,
    LoanRow.reader_id,
    LoanRow.due_on,
    LoanRow.renewals,
    LoanRow.lent_at,
    LoanRow.branch,
    ReaderRow.card_number,
    ReaderRow.uuid.label("reader_uuid"),
)
_READER_COLS = (
    ReaderRow.id,
    ReaderRow.uuid,
    ReaderRow.card_number,
    ReaderRow.status,
    ReaderRow.block_reason,
    ReaderRow.blocked_until,
    ReaderRow.card_valid_until,
    ReaderRow.registered_on,
    ReaderRow.category,
)


def _blocked(*found: Outcome) -> DeskResult:
    return DeskResult(Status.BLOCKED, tuple(found))


def _item(session: Session, barcode: str) -> DbRow | None:
    stmt = select(*_ITEM_COLS).join(RecordRow, RecordRow.id == ItemRow.record_id)
    return session.execute(stmt.where(ItemRow.barcode == barcode)).first()


def _reader(session: Session, card: str) -> DbRow | None:
    return session.execute(select(*_READER_COLS).where(ReaderRow.card_number == card)).first()


def _open_loan(session: Session, item_id: int) -> DbRow | None:
    stmt = (
        select(*_LOAN_COLS)
        .join(ReaderRow, ReaderRow.id == LoanRow.reader_id)
        .where(LoanRow.item_id == item_id, LoanRow.returned_at.is_(None))
    )
    return session.execute(stmt).first()


def _reader_facts(session: Session, reader: DbRow, today: date) -> ReaderFacts:
    counts = session.execute(
        select(func.count(), func.coalesce(func.sum(LoanRow.due_on < today), 0)).where(
            LoanRow.reader_id == reader.id, LoanRow.returned_at.is_(None)
        )
    ).one()
    reregistered = session.execute(
        select(ReregistrationRow.year).where(
            ReregistrationRow.reader_id == reader.id, ReregistrationRow.year == today.year
        )
    ).scalars()
    return ReaderFacts(
        card_number=reader.card_number,
        status=ReaderStatus(reader.status),
        block_reason=reader.block_reason,
        blocked_until=reader.blocked_until,
        card_valid_until=reader.card_valid_until,
        registered_year=reader.registered_on.year,
        reregistered_years=frozenset(reregistered),
        open_loans=counts[0],
        overdue_loans=counts[1],
    )


def _check_scan(card: str | None, barcode: str) -> tuple[str | None, str, list[Outcome]]:
    found: list[Outcome] = []
    code = normalise_scan(barcode)
    if not is_item_barcode(code):
        found.append(outcome(Code.MALFORMED_BARCODE, barcode=code[:40]))
    if card is None:
        return None, code, found
    number = normalise_scan(card).upper()
    if not is_card_number(number):
        found.append(outcome(Code.MALFORMED_CARD, card=number[:40]))
    return number, code, found


def _check_override(override: Override | None) -> None:
    if override is not None and not override.reason.strip():
        raise InvalidInput("override_reason_required", field="reason")


def _journal_overrides(
    session: Session,
    ctx: BranchContext,
    found: list[Outcome],
    override: Override | None,
    operator: str,
    action: OpKind,
    target: str,
    now: datetime,
) -> None:
    if override is None:
        return
    for o in found:
        if o.severity is Severity.CONFIRM:
            append(
                session,
                device_id=ctx.device_id,
                branch=ctx.branch,
                operator=operator,
                kind=OpKind.OVERRIDE,
                created_local=now,
                payload={
                    "action": action.value,
                    "target": target,
                    "code": o.code.value,
                    "params": o.params,
                    "reason": override.reason.strip(),
                },
            )


def count_visit(
    session: Session,
    ctx: BranchContext,
    reader_id: int,
    reader_uuid: str,
    card: str,
    operator: str,
    kind: VisitKind,
    now: datetime,
) -> bool:
    """Count the reader's visit for today unless one is counted already (once a day)."""
    today = now.date()
    seen = session.execute(
        select(VisitRow.id).where(VisitRow.reader_id == reader_id, VisitRow.day == today).limit(1)
    ).first()
    if seen is not None:
        return False
    visit_uuid = str(uuid7())
    session.execute(
        insert(VisitRow).values(
            uuid=visit_uuid,
            day=today,
            reader_id=reader_id,
            kind=kind.value,
            branch=ctx.branch,
            recorded_by=operator,
        )
    )
    append(
        session,
        device_id=ctx.device_id,
        branch=ctx.branch,
        operator=operator,
        kind=OpKind.RECORD_VISIT,
        created_local=now,
        payload={
            "visit": visit_uuid,
            "day": today.isoformat(),
            "reader": reader_uuid,
            "card": card,
            "kind": kind.value,
        },
    )
    return True


def _close_loan(
    session: Session, ctx: BranchContext, loan_id: int, operator: str, now: datetime
) -> None:
    session.execute(
        update(LoanRow)
        .where(LoanRow.id == loan_id)
        .values(returned_at=now, returned_branch=ctx.branch, returned_by=operator)
    )


def lend(
    ctx: BranchContext,
    card: str,
    barcode: str,
    operator: str,
    override: Override | None = None,
    due_on: date | None = None,
) -> DeskResult:
    """Lend the copy with `barcode` to the reader with `card`."""
    _check_override(override)
    number, code, found = _check_scan(card, barcode)
    if found:
        return _blocked(*found)
    assert number is not None
    now = ctx.now()
    today = now.date()
    if due_on is not None and due_on < today:
        return _blocked(outcome(Code.DUE_DATE_IN_PAST, due=due_on.isoformat()))
    with ctx.db.write() as session:
        item = _item(session, code)
        reader = _reader(session, number)
        if item is None:
            found.append(outcome(Code.UNKNOWN_BARCODE, barcode=code))
        if reader is None:
            found.append(outcome(Code.UNKNOWN_CARD, card=number))
        if item is None or reader is None:
            return _blocked(*found)
        facts = _reader_facts(session, reader, today)
        current = _open_loan(session, item.id)
        item_facts = ItemFacts(
            barcode=item.barcode,
            status=ItemStatus(item.status),
            home_branch=item.home_branch,
            borrower_card=None if current is None else current.card_number,
        )
        rule = ctx.config.policy.rule_for(reader.category, item.item_type)
        found = lend_outcomes(facts, item_facts, rule, ctx.branch, today)
        if due_on is None:
            due_on = due_date(ctx.config.calendar, today, rule.loan_days, reader.card_valid_until)
            if reader.card_valid_until is not None and due_on == reader.card_valid_until:
                found.append(outcome(Code.DUE_DATE_CLAMPED, valid_until=due_on.isoformat()))
        status = decide(found, override)
        if status is not Status.DONE:
            return DeskResult(status, tuple(found))
        loan_uuid = str(uuid7())
        if current is not None:
            # Confirmed "on loan to another reader": the earlier return was missed.
            _close_loan(session, ctx, current.id, operator, now)
            append(
                session,
                device_id=ctx.device_id,
                branch=ctx.branch,
                operator=operator,
                kind=OpKind.RETURN,
                created_local=now,
                payload={
                    "loan": current.uuid,
                    "item": item.item_uuid,
                    "barcode": item.barcode,
                    "returned_at": now.isoformat(),
                    "implicit": True,
                },
            )
        _journal_overrides(session, ctx, found, override, operator, OpKind.LEND, loan_uuid, now)
        session.execute(
            insert(LoanRow).values(
                uuid=loan_uuid,
                item_id=item.id,
                reader_id=reader.id,
                branch=ctx.branch,
                lent_at=now,
                due_on=due_on,
                renewals=0,
                lent_by=operator,
            )
        )
        session.execute(
            update(ItemRow)
            .where(ItemRow.id == item.id)
            .values(status=ItemStatus.ON_LOAN.value, updated_at=now)
        )
        append(
            session,
            device_id=ctx.device_id,
            branch=ctx.branch,
            operator=operator,
            kind=OpKind.LEND,
            created_local=now,
            payload={
                "loan": loan_uuid,
                "item": item.item_uuid,
                "barcode": item.barcode,
                "reader": reader.uuid,
                "card": reader.card_number,
                "lent_at": now.isoformat(),
                "due_on": due_on.isoformat(),
            },
        )
        count_visit(
            session,
            ctx,
            reader.id,
            reader.uuid,
            reader.card_number,
            operator,
            VisitKind.LOAN_DESK,
            now,
        )
    loan = Loan(
        uuid=loan_uuid,
        item_barcode=item.barcode,
        title=item.title,
        reader_card=reader.card_number,
        branch=ctx.branch,
        lent_at=now,
        due_on=due_on,
        returned_at=None,
        returned_branch=None,
        renewals=0,
    )
    return DeskResult(Status.DONE, tuple(found), loan, _LOAN_CHANGES)


def return_item(ctx: BranchContext, barcode: str, operator: str) -> DeskResult:
    """Take a copy back. A copy marked lost that turns up is found again."""
    _, code, found = _check_scan(None, barcode)
    if found:
        return _blocked(*found)
    now = ctx.now()
    with ctx.db.write() as session:
        item = _item(session, code)
        if item is None:
            return _blocked(outcome(Code.UNKNOWN_BARCODE, barcode=code))
        current = _open_loan(session, item.id)
        if current is None:
            if item.status != ItemStatus.LOST.value:
                return _blocked(outcome(Code.NOT_ON_LOAN, barcode=code))
            return _found_again(session, ctx, item, operator, now)
        found = []
        late_days = (now.date() - current.due_on).days
        if late_days > 0:
            found.append(outcome(Code.RETURNED_LATE, days=late_days, card=current.card_number))
        new_status = ItemStatus.AVAILABLE
        if item.home_branch != ctx.branch:
            new_status = ItemStatus.IN_TRANSIT
            found.append(outcome(Code.SEND_TO_HOME_BRANCH, branch=item.home_branch))
        _close_loan(session, ctx, current.id, operator, now)
        session.execute(
            update(ItemRow)
            .where(ItemRow.id == item.id)
            .values(status=new_status.value, updated_at=now)
        )
        append(
            session,
            device_id=ctx.device_id,
            branch=ctx.branch,
            operator=operator,
            kind=OpKind.RETURN,
            created_local=now,
            payload={
                "loan": current.uuid,
                "item": item.item_uuid,
                "barcode": item.barcode,
                "returned_at": now.isoformat(),
            },
        )
        count_visit(
            session,
            ctx,
            current.reader_id,
            current.reader_uuid,
            current.card_number,
            operator,
            VisitKind.LOAN_DESK,
            now,
        )
    loan = Loan(
        uuid=current.uuid,
        item_barcode=item.barcode,
        title=item.title,
        reader_card=current.card_number,
        branch=current.branch,
        lent_at=current.lent_at,
        due_on=current.due_on,
        returned_at=now,
        returned_branch=ctx.branch,
        renewals=current.renewals,
    )
    return DeskResult(Status.DONE, tuple(found), loan, _LOAN_CHANGES)


def _found_again(
    session: Session,
    ctx: BranchContext,
    item: DbRow,
    operator: str,
    now: datetime,
) -> DeskResult:
    session.execute(
        update(ItemRow)
        .where(ItemRow.id == item.id)
        .values(status=ItemStatus.AVAILABLE.value, updated_at=now)
    )
    append(
        session,
        device_id=ctx.device_id,
        branch=ctx.branch,
        operator=operator,
        kind=OpKind.CHANGE_ITEM_STATUS,
        created_local=now,
        payload={
            "item": item.item_uuid,
            "barcode": item.barcode,
            "from": ItemStatus.LOST.value,
            "to": ItemStatus.AVAILABLE.value,
        },
    )
    return DeskResult(
        Status.DONE,
        (outcome(Code.ITEM_FOUND, barcode=item.barcode),),
        changes=Changes(catalogue=True, journal=True),
    )


def renew(
    ctx: BranchContext, barcode: str, operator: str, override: Override | None = None
) -> DeskResult:
    """Extend the open loan of one copy from today or its due date, whichever is later."""
    _check_override(override)
    _, code, found = _check_scan(None, barcode)
    if found:
        return _blocked(*found)
    now = ctx.now()
    with ctx.db.write() as session:
        item = _item(session, code)
        if item is None:
            return _blocked(outcome(Code.UNKNOWN_BARCODE, barcode=code))
        current = _open_loan(session, item.id)
        if current is None:
            return _blocked(outcome(Code.NOT_ON_LOAN, barcode=code))
        reader = session.execute(
            select(*_READER_COLS).where(ReaderRow.id == current.reader_id)
        ).one()
        facts = _reader_facts(session, reader, now.date())
        return _renew_loan(session, ctx, item, current, reader, facts, operator, override, now)


def _renew_loan(
    session: Session,
    ctx: BranchContext,
    item: DbRow,
    current: DbRow,
    reader: DbRow,
    facts: ReaderFacts,
    operator: str,
    override: Override | None,
    now: datetime,
) -> DeskResult:
    today = now.date()
    rule = ctx.config.policy.rule_for(reader.category, item.item_type)
    found = renew_outcomes(facts, current.renewals, rule, today)
    new_due = renewal_due_date(
        ctx.config.calendar, today, current.due_on, rule.renewal_days, reader.card_valid_until
    )
    status = decide(found, override)
    if status is not Status.DONE:
        return DeskResult(status, tuple(found))
    _journal_overrides(session, ctx, found, override, operator, OpKind.RENEW, current.uuid, now)
    session.execute(
        update(LoanRow)
        .where(LoanRow.id == current.id)
        .values(due_on=new_due, renewals=LoanRow.renewals + 1)
    )
    append(
        session,
        device_id=ctx.device_id,
        branch=ctx.branch,
        operator=operator,
        kind=OpKind.RENEW,
        created_local=now,
        payload={
            "loan": current.uuid,
            "item": item.item_uuid,
            "barcode": item.barcode,
            "renewed_at": now.isoformat(),
            "due_on": new_due.isoformat(),
        },
    )
    loan = Loan(
        uuid=current.uuid,
        item_barcode=item.barcode,
        title=item.title,
        reader_card=reader.card_number,
        branch=current.branch,
        lent_at=current.lent_at,
        due_on=new_due,
        returned_at=None,
        returned_branch=None,
        renewals=current.renewals + 1,
    )
    return DeskResult(Status.DONE, tuple(found), loan, _LOAN_CHANGES)


@dataclass(frozen=True)
class RenewAllResult:
    results: tuple[DeskResult, ...]
    changes: Changes


def renew_all(
    ctx: BranchContext, card: str, operator: str, override: Override | None = None
) -> RenewAllResult:
    """Renew every open loan of a reader in one unit of work.

    One query fetches all the loans with their copies and the reader's facts are read once:
    a reader with hundreds of loans must not cost hundreds of round trips (Koha bug 30004).
    """
    _check_override(override)
    number = normalise_scan(card).upper()
    if not is_card_number(number):
        refused = _blocked(outcome(Code.MALFORMED_CARD, card=number[:40]))
        return RenewAllResult((refused,), Changes())
    now = ctx.now()
    with ctx.db.write() as session:
        reader = _reader(session, number)
        if reader is None:
            return RenewAllResult((_blocked(outcome(Code.UNKNOWN_CARD, card=number)),), Changes())
        facts = _reader_facts(session, reader, now.date())
        rows = session.execute(
            select(*_LOAN_COLS, *_ITEM_COLS[1:])
            .join(ReaderRow, ReaderRow.id == LoanRow.reader_id)
            .join(ItemRow, ItemRow.id == LoanRow.item_id)
            .join(RecordRow, RecordRow.id == ItemRow.record_id)
            .where(LoanRow.reader_id == reader.id, LoanRow.returned_at.is_(None))
            .order_by(LoanRow.due_on)
        ).all()
        results = tuple(
            _renew_loan(session, ctx, row, row, reader, facts, operator, override, now)
            for row in rows
        )
    changed = any(r.done for r in results)
    return RenewAllResult(results, _LOAN_CHANGES if changed else Changes())
