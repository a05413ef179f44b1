"""Lend, return and renew: the scans a librarian makes all day.

Each call is one unit of work: the rules run on the facts read inside the write transaction,
and the loan changes and their journal operations commit together. The scan path speaks plain
SQL on the unit of work's connection (`Database.write_sql`): a scan is a handful of indexed
statements, and the desk's bar is to cost little more than SQLite itself.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from uuid6 import uuid7

from branchdesk.domain.calendar import fit_due_date, renewal_due_date
from branchdesk.domain.circulation import (
    Counted,
    ItemFacts,
    ReaderFacts,
    lend_outcomes,
    renew_outcomes,
)
from branchdesk.domain.codes import is_item_barcode, normalise_scan, parse_card
from branchdesk.domain.model import ItemStatus, Loan, ReaderStatus, VisitKind
from branchdesk.domain.outcomes import Code, Outcome, Severity, outcome
from branchdesk.errors import InvalidInput
from branchdesk.services.context import BranchContext
from branchdesk.services.results import Changes, DeskResult, Override, Status, decide
from branchdesk.store.db import db_datetime, parse_db_datetime
from branchdesk.sync.journal import OpKind

_LOAN_CHANGES = Changes(loans=True, catalogue=True, readers=True, visits=True, journal=True)

ITEM_BY_BARCODE = (
    "SELECT i.id, i.uuid AS item_uuid, i.barcode, i.status, i.home_branch, i.item_type, r.title "
    "FROM item i JOIN record r ON r.id = i.record_id WHERE i.barcode = ?"
)
_READER_COLS = (
    "id, uuid, card_number, status, block_reason, blocked_until, card_valid_until, "
    "registered_on, category"
)
_READER_BY_CARD = f"SELECT {_READER_COLS} FROM reader WHERE card_number = ?"
_READER_BY_ID = f"SELECT {_READER_COLS} FROM reader WHERE id = ?"
_LOAN_COLS = (
    "l.id, l.uuid, l.reader_id, l.due_on, l.renewals, l.lent_at, l.branch, r.card_number, "
    "r.uuid AS reader_uuid"
)
OPEN_LOAN_OF_ITEM = (
    f"SELECT {_LOAN_COLS} FROM loan l INDEXED BY ix_loan_open_item "
    "JOIN reader r ON r.id = l.reader_id WHERE l.item_id = ? AND l.returned_at IS NULL"
)
# The open-loan lookups name their partial index: without statistics SQLite picks the
# (reader, lent_at) index and walks a reader's whole history (2,787 loans: 6 ms a scan).
_READER_OPEN_LOANS = (
    f"SELECT {_LOAN_COLS}, i.uuid AS item_uuid, i.barcode, i.status, i.home_branch, "
    "i.item_type, rec.title "
    "FROM loan l INDEXED BY ix_loan_open_reader "
    "JOIN reader r ON r.id = l.reader_id JOIN item i ON i.id = l.item_id "
    "JOIN record rec ON rec.id = i.record_id "
    "WHERE l.reader_id = ? AND l.returned_at IS NULL ORDER BY l.due_on, l.id"
)
_LOAN_COUNTS = (
    "SELECT count(*), coalesce(sum(due_on < ?), 0) FROM loan INDEXED BY ix_loan_open_reader "
    "WHERE reader_id = ? AND returned_at IS NULL"
)
_OPEN_OF_TYPE = (
    "SELECT count(*) FROM loan l INDEXED BY ix_loan_open_reader JOIN item i ON i.id = l.item_id "
    "WHERE l.reader_id = ? AND l.returned_at IS NULL AND i.item_type = ?"
)
_REREGISTERED = "SELECT 1 FROM reregistration WHERE reader_id = ? AND year = ?"
_VISIT_TODAY = "SELECT 1 FROM visit WHERE reader_id = ? AND day = ? LIMIT 1"
_INSERT_VISIT = (
    "INSERT INTO visit (uuid, day, reader_id, kind, branch, recorded_by) VALUES (?, ?, ?, ?, ?, ?)"
)
_INSERT_LOAN = (
    "INSERT INTO loan (uuid, item_id, reader_id, branch, lent_at, due_on, renewals, lent_by) "
    "VALUES (?, ?, ?, ?, ?, ?, 0, ?)"
)
_CLOSE_LOAN = "UPDATE loan SET returned_at = ?, returned_branch = ?, returned_by = ? WHERE id = ?"
_SET_ITEM_STATUS = "UPDATE item SET status = ?, updated_at = ? WHERE id = ?"
_RENEW_LOAN = "UPDATE loan SET due_on = ?, renewals = renewals + 1 WHERE id = ?"


def row_cursor(conn: sqlite3.Connection) -> sqlite3.Cursor:
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row
    return cur


def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _blocked(barcode: str | None, *found: Outcome) -> DeskResult:
    return DeskResult(Status.BLOCKED, tuple(found), barcode=barcode)


def _reader_facts(cur: sqlite3.Cursor, reader: sqlite3.Row, today: date) -> ReaderFacts:
    open_loans, overdue = cur.execute(_LOAN_COUNTS, (today.isoformat(), reader["id"])).fetchone()
    reregistered = cur.execute(_REREGISTERED, (reader["id"], today.year)).fetchone()
    return ReaderFacts(
        card_number=reader["card_number"],
        status=ReaderStatus(reader["status"]),
        block_reason=reader["block_reason"],
        blocked_until=_date(reader["blocked_until"]),
        card_valid_until=_date(reader["card_valid_until"]),
        registered_year=int(reader["registered_on"][:4]),
        reregistered_years=frozenset({today.year}) if reregistered else frozenset(),
        open_loans=open_loans,
        overdue_loans=overdue,
    )


def _counted(
    cur: sqlite3.Cursor, ctx: BranchContext, reader: sqlite3.Row, item_type: str, total: int
) -> tuple[Counted, ...]:
    """The limits a lend of `item_type` keeps, each with the reader's open loans it counts
    (`total`: all of them); a count by kind costs a query only where a rule limits a kind."""
    found = []
    for limit in ctx.config.policy.limits_for(reader["category"], item_type):
        count = total
        if limit.item_type is not None:
            count = cur.execute(_OPEN_OF_TYPE, (reader["id"], limit.item_type)).fetchone()[0]
        found.append(Counted(limit, count))
    return tuple(found)


def _check_barcode(barcode: str) -> tuple[str, list[Outcome]]:
    code = normalise_scan(barcode)
    if is_item_barcode(code):
        return code, []
    return code, [outcome(Code.MALFORMED_BARCODE, barcode=code[:40])]


def _check_override(override: Override | None) -> None:
    if override is not None and not override.reason.strip():
        raise InvalidInput("override_reason_required", field="reason")


def _overrides(found: list[Outcome], override: Override | None) -> list[dict[str, Any]]:
    """The CONFIRMs a librarian went past, as the operation carries them."""
    if override is None:
        return []
    return [
        {"code": o.code.value, "params": o.params, "reason": override.reason.strip()}
        for o in found
        if o.severity is Severity.CONFIRM
    ]


def _journal_overrides(
    conn: sqlite3.Connection,
    ctx: BranchContext,
    overrides: list[dict[str, Any]],
    operator: str,
    action: OpKind,
    target: str,
    now: datetime,
) -> None:
    """The operation carries its overrides so the centre can replay it; each is also its own
    operation, so the audit of overrides does not have to dig through loans."""
    for override in overrides:
        ctx.journal(
            conn,
            OpKind.OVERRIDE,
            {"action": action.value, "target": target, **override},
            operator,
            now,
        )


def count_visit(
    conn: sqlite3.Connection,
    ctx: BranchContext,
    reader_id: int,
    reader_uuid: str,
    card: str,
    operator: str,
    kind: VisitKind,
    now: datetime,
) -> bool:
    """Count the reader's visit for today unless one is counted already (once a day)."""
    today = now.date().isoformat()
    if conn.execute(_VISIT_TODAY, (reader_id, today)).fetchone() is not None:
        return False
    visit_uuid = str(uuid7())
    conn.execute(_INSERT_VISIT, (visit_uuid, today, reader_id, kind.value, ctx.branch, operator))
    payload = {
        "visit": visit_uuid,
        "day": today,
        "reader": reader_uuid,
        "card": card,
        "kind": kind.value,
    }
    ctx.journal(conn, OpKind.RECORD_VISIT, payload, operator, now)
    return True


def change_status(
    conn: sqlite3.Connection,
    ctx: BranchContext,
    item: sqlite3.Row,
    new: ItemStatus,
    operator: str,
    now: datetime,
    note: str = "",
) -> None:
    """Set a copy's status and journal the change: one path for the desk and the catalogue."""
    conn.execute(_SET_ITEM_STATUS, (new.value, db_datetime(now), item["id"]))
    payload = {
        "item": item["item_uuid"],
        "barcode": item["barcode"],
        "from": item["status"],
        "to": new.value,
        "note": note,
    }
    ctx.journal(conn, OpKind.CHANGE_ITEM_STATUS, payload, operator, now)


def _close_loan(
    conn: sqlite3.Connection,
    ctx: BranchContext,
    loan: sqlite3.Row,
    item: sqlite3.Row,
    operator: str,
    now: datetime,
    *,
    implicit: bool = False,
) -> None:
    conn.execute(_CLOSE_LOAN, (db_datetime(now), ctx.branch, operator, loan["id"]))
    payload: dict[str, object] = {
        "loan": loan["uuid"],
        "item": item["item_uuid"],
        "barcode": item["barcode"],
        "reader": loan["reader_uuid"],
        "card": loan["card_number"],
        "returned_at": now,
    }
    if implicit:
        payload["implicit"] = True
    ctx.journal(conn, OpKind.RETURN, payload, operator, now)


def _lend_due_date(
    ctx: BranchContext,
    today: date,
    loan_days: int,
    wanted: date | None,
    valid_until: date | None,
    found: list[Outcome],
) -> date:
    """The policy's due date, or the librarian's; on an open day and within the card."""
    asked = wanted if wanted is not None else today + timedelta(days=loan_days)
    due = fit_due_date(ctx.config.calendar, today, asked, valid_until)
    if due < ctx.config.calendar.next_open_day(asked):
        found.append(outcome(Code.DUE_DATE_CLAMPED, valid_until=str(valid_until)))
    return due


def lend(
    ctx: BranchContext,
    card: str,
    barcode: str,
    operator: str,
    override: Override | None = None,
    due_on: date | None = None,
) -> DeskResult:
    """Lend the copy with `barcode` to the reader with `card`.

    `due_on` is the librarian's own due date; it too moves to an open day and stays within
    the card's validity.
    """
    _check_override(override)
    code, found = _check_barcode(barcode)
    number = parse_card(card)
    if number is None:
        found.append(outcome(Code.MALFORMED_CARD, card=normalise_scan(card)[:40]))
    if found or number is None:
        return _blocked(code, *found)
    now = ctx.now()
    today = now.date()
    if due_on is not None and due_on < today:
        return _blocked(code, outcome(Code.DUE_DATE_IN_PAST, due=due_on.isoformat()))
    with ctx.db.write_sql() as conn:
        cur = row_cursor(conn)
        item = cur.execute(ITEM_BY_BARCODE, (code,)).fetchone()
        reader = cur.execute(_READER_BY_CARD, (number,)).fetchone()
        if item is None:
            found.append(outcome(Code.UNKNOWN_BARCODE, barcode=code))
        if reader is None:
            found.append(outcome(Code.UNKNOWN_CARD, card=number))
        if item is None or reader is None:
            return _blocked(code, *found)
        facts = _reader_facts(cur, reader, today)
        current = cur.execute(OPEN_LOAN_OF_ITEM, (item["id"],)).fetchone()
        item_facts = ItemFacts(
            barcode=item["barcode"],
            status=ItemStatus(item["status"]),
            home_branch=item["home_branch"],
            borrower_card=None if current is None else current["card_number"],
        )
        rule = ctx.config.policy.rule_for(reader["category"], item["item_type"])
        limits = _counted(cur, ctx, reader, item["item_type"], facts.open_loans)
        found = lend_outcomes(facts, item_facts, limits, ctx.branch, today)
        due = _lend_due_date(ctx, today, rule.loan_days, due_on, facts.card_valid_until, found)
        status = decide(found, override)
        if status is not Status.DONE:
            return DeskResult(status, tuple(found), barcode=code)
        loan_uuid = str(uuid7())
        overrides = _overrides(found, override)
        if current is not None:
            # Confirmed "on loan to another reader": the earlier return was missed.
            _close_loan(conn, ctx, current, item, operator, now, implicit=True)
        _journal_overrides(conn, ctx, overrides, operator, OpKind.LEND, loan_uuid, now)
        conn.execute(
            _INSERT_LOAN,
            (
                loan_uuid,
                item["id"],
                reader["id"],
                ctx.branch,
                db_datetime(now),
                due.isoformat(),
                operator,
            ),
        )
        conn.execute(_SET_ITEM_STATUS, (ItemStatus.ON_LOAN.value, db_datetime(now), item["id"]))
        payload = {
            "loan": loan_uuid,
            "item": item["item_uuid"],
            "barcode": item["barcode"],
            "reader": reader["uuid"],
            "card": reader["card_number"],
            "lent_at": now,
            "due_on": due,
            "item_status_before": item["status"],
            "overrides": overrides,
        }
        ctx.journal(conn, OpKind.LEND, payload, operator, now)
        count_visit(
            conn,
            ctx,
            reader["id"],
            reader["uuid"],
            reader["card_number"],
            operator,
            VisitKind.LOAN_DESK,
            now,
        )
    loan = Loan(
        uuid=loan_uuid,
        item_barcode=item["barcode"],
        title=item["title"],
        reader_card=reader["card_number"],
        branch=ctx.branch,
        lent_at=now,
        due_on=due,
        returned_at=None,
        returned_branch=None,
        renewals=0,
    )
    return DeskResult(Status.DONE, tuple(found), loan, _LOAN_CHANGES, code)


def return_item(ctx: BranchContext, barcode: str, operator: str) -> DeskResult:
    """Take a copy back. A copy marked lost that turns up is found again; a copy in transit
    that reaches its home branch goes back on the shelf."""
    code, found = _check_barcode(barcode)
    if found:
        return _blocked(code, *found)
    now = ctx.now()
    with ctx.db.write_sql() as conn:
        cur = row_cursor(conn)
        item = cur.execute(ITEM_BY_BARCODE, (code,)).fetchone()
        if item is None:
            return _blocked(code, outcome(Code.UNKNOWN_BARCODE, barcode=code))
        current = cur.execute(OPEN_LOAN_OF_ITEM, (item["id"],)).fetchone()
        at_home = item["home_branch"] == ctx.branch
        if current is None:
            return _check_in_without_loan(conn, ctx, item, at_home, operator, now)
        due = date.fromisoformat(current["due_on"])
        late_days = (now.date() - due).days
        if late_days > 0:
            found.append(outcome(Code.RETURNED_LATE, days=late_days, card=current["card_number"]))
        new_status = ItemStatus.AVAILABLE
        if not at_home:
            new_status = ItemStatus.IN_TRANSIT
            found.append(outcome(Code.SEND_TO_HOME_BRANCH, branch=item["home_branch"]))
        _close_loan(conn, ctx, current, item, operator, now)
        conn.execute(_SET_ITEM_STATUS, (new_status.value, db_datetime(now), item["id"]))
        count_visit(
            conn,
            ctx,
            current["reader_id"],
            current["reader_uuid"],
            current["card_number"],
            operator,
            VisitKind.LOAN_DESK,
            now,
        )
    loan = Loan(
        uuid=current["uuid"],
        item_barcode=item["barcode"],
        title=item["title"],
        reader_card=current["card_number"],
        branch=current["branch"],
        lent_at=parse_db_datetime(current["lent_at"]),
        due_on=due,
        returned_at=now,
        returned_branch=ctx.branch,
        renewals=current["renewals"],
    )
    return DeskResult(Status.DONE, tuple(found), loan, _LOAN_CHANGES, code)


def _check_in_without_loan(
    conn: sqlite3.Connection,
    ctx: BranchContext,
    item: sqlite3.Row,
    at_home: bool,
    operator: str,
    now: datetime,
) -> DeskResult:
    """A copy scanned on the return desk that nobody has on loan."""
    code = item["barcode"]
    away = outcome(Code.SEND_TO_HOME_BRANCH, branch=item["home_branch"])
    if item["status"] == ItemStatus.LOST.value:
        change_status(
            conn,
            ctx,
            item,
            ItemStatus.AVAILABLE if at_home else ItemStatus.IN_TRANSIT,
            operator,
            now,
            "found",
        )
        found = (outcome(Code.ITEM_FOUND, barcode=code),) + (() if at_home else (away,))
        return DeskResult(
            Status.DONE, found, changes=Changes(catalogue=True, journal=True), barcode=code
        )
    if item["status"] == ItemStatus.IN_TRANSIT.value and at_home:
        change_status(conn, ctx, item, ItemStatus.AVAILABLE, operator, now, "transit received")
        return DeskResult(
            Status.DONE,
            (outcome(Code.TRANSIT_RECEIVED, barcode=code),),
            changes=Changes(catalogue=True, journal=True),
            barcode=code,
        )
    refused = [outcome(Code.NOT_ON_LOAN, barcode=code)]
    if not at_home:
        refused.append(away)
    return _blocked(code, *refused)


def renew(
    ctx: BranchContext, barcode: str, operator: str, override: Override | None = None
) -> DeskResult:
    """Extend the open loan of one copy from today or its due date, whichever is later."""
    _check_override(override)
    code, found = _check_barcode(barcode)
    if found:
        return _blocked(code, *found)
    now = ctx.now()
    with ctx.db.write_sql() as conn:
        cur = row_cursor(conn)
        item = cur.execute(ITEM_BY_BARCODE, (code,)).fetchone()
        if item is None:
            return _blocked(code, outcome(Code.UNKNOWN_BARCODE, barcode=code))
        current = cur.execute(OPEN_LOAN_OF_ITEM, (item["id"],)).fetchone()
        if current is None:
            return _blocked(code, outcome(Code.NOT_ON_LOAN, barcode=code))
        reader = cur.execute(_READER_BY_ID, (current["reader_id"],)).fetchone()
        facts = _reader_facts(cur, reader, now.date())
        return _renew_loan(conn, ctx, item, current, reader, facts, operator, override, now)


def _renew_loan(
    conn: sqlite3.Connection,
    ctx: BranchContext,
    item: sqlite3.Row,
    current: sqlite3.Row,
    reader: sqlite3.Row,
    facts: ReaderFacts,
    operator: str,
    override: Override | None,
    now: datetime,
) -> DeskResult:
    today = now.date()
    code = item["barcode"]
    rule = ctx.config.policy.rule_for(reader["category"], item["item_type"])
    found = renew_outcomes(facts, current["renewals"], rule, today)
    old_due = date.fromisoformat(current["due_on"])
    new_due = renewal_due_date(
        ctx.config.calendar, today, old_due, rule.renewal_days, facts.card_valid_until
    )
    if new_due <= old_due:
        # Nothing to extend: a renewal that changes nothing must not use one up.
        found.append(
            outcome(Code.RENEWAL_NEEDS_REREGISTRATION, valid_until=str(facts.card_valid_until))
        )
    status = decide(found, override)
    if status is not Status.DONE:
        return DeskResult(status, tuple(found), barcode=code)
    overrides = _overrides(found, override)
    _journal_overrides(conn, ctx, overrides, operator, OpKind.RENEW, current["uuid"], now)
    conn.execute(_RENEW_LOAN, (new_due.isoformat(), current["id"]))
    payload = {
        "loan": current["uuid"],
        "item": item["item_uuid"],
        "barcode": code,
        "reader": current["reader_uuid"],
        "card": current["card_number"],
        "renewed_at": now,
        "due_on": new_due,
        "overrides": overrides,
    }
    ctx.journal(conn, OpKind.RENEW, payload, operator, now)
    loan = Loan(
        uuid=current["uuid"],
        item_barcode=code,
        title=item["title"],
        reader_card=reader["card_number"],
        branch=current["branch"],
        lent_at=parse_db_datetime(current["lent_at"]),
        due_on=new_due,
        returned_at=None,
        returned_branch=None,
        renewals=current["renewals"] + 1,
    )
    return DeskResult(Status.DONE, tuple(found), loan, _LOAN_CHANGES, code)


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
    number = parse_card(card)
    if number is None:
        refused = _blocked(None, outcome(Code.MALFORMED_CARD, card=normalise_scan(card)[:40]))
        return RenewAllResult((refused,), Changes())
    now = ctx.now()
    with ctx.db.write_sql() as conn:
        cur = row_cursor(conn)
        reader = cur.execute(_READER_BY_CARD, (number,)).fetchone()
        if reader is None:
            refused = _blocked(None, outcome(Code.UNKNOWN_CARD, card=number))
            return RenewAllResult((refused,), Changes())
        facts = _reader_facts(cur, reader, now.date())
        # Each row carries the loan's and the copy's columns under distinct names.
        rows = cur.execute(_READER_OPEN_LOANS, (reader["id"],)).fetchall()
        results = tuple(
            _renew_loan(conn, ctx, row, row, reader, facts, operator, override, now) for row in rows
        )
    changed = any(r.done for r in results)
    return RenewAllResult(results, _LOAN_CHANGES if changed else Changes())
