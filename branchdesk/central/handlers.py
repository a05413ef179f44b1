"""Each operation kind, applied to central state under the branch's own domain rules.

A handler reads what it needs through its `Unit`, writes rows back with `put`, and answers
whether the operation was plainly applied or applied with a conflict. A physical fact (a
book did leave a desk, a book did come back) is always applied; a clash with what another
branch did becomes a conflict record for a person to resolve, never a silent overwrite.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from uuid6 import uuid7

from branchdesk.central import schema as t
from branchdesk.central.batch import Row, Unit
from branchdesk.central.wire import Payload, Reject
from branchdesk.domain.circulation import ItemFacts, ReaderFacts, lend_outcomes
from branchdesk.domain.model import ItemStatus, ReaderStatus
from branchdesk.domain.outcomes import Code
from branchdesk.domain.readers import READER_INPUT_FIELDS
from branchdesk.sync.journal import OpKind

_DATE_FIELDS = {"birth_date", "consent_date"}

# The statuses as stored, read once: an enum member's .value is a Python-level property,
# and a push reads them tens of thousands of times.
_ON_LOAN = str(ItemStatus.ON_LOAN)
_AVAILABLE = str(ItemStatus.AVAILABLE)
_IN_TRANSIT = str(ItemStatus.IN_TRANSIT)
_BACK_ON_SHELF = frozenset({_ON_LOAN, str(ItemStatus.LOST), _AVAILABLE})


@dataclass
class Op:
    """The operation being applied and where it comes from."""

    op_id: str
    kind: OpKind
    branch: str
    operator: str
    at: datetime  # when it happened, in UTC, corrected by the PC's clock offset
    now: datetime  # the server's clock
    conflicts: list[str] = field(default_factory=list)


Handler = Callable[[Unit, Op, Payload], None]


def _need(u: Unit, table: Any, key: str, code: str) -> Row:
    row = u.get(table, key)
    if row is None:
        raise Reject(code, uuid=key)
    return row


def _raise_conflict(
    u: Unit,
    op: Op,
    kind: str,
    branches: set[str],
    *,
    item: str | None = None,
    reader: str | None = None,
    loans: list[str] | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    uuid = str(uuid7())
    u.put(
        t.conflict,
        {
            "uuid": uuid,
            "kind": kind,
            "state": "open",
            "branches": " ".join(sorted(branches)),
            "item_uuid": item,
            "reader_uuid": reader,
            "loans": json.dumps(loans or []),
            "detail": json.dumps(detail or {}, ensure_ascii=False),
            "created_at": op.now,
            "origin_op": op.op_id,
            "resolved_at": None,
            "resolved_by": None,
            "resolution": None,
        },
    )
    op.conflicts.append(kind)


# --- readers -------------------------------------------------------------------------


def _reader_values(p: Payload, names: tuple[str, ...]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in names:
        if name in _DATE_FIELDS:
            values[name] = p.day(name, optional=True)
        else:
            # As long as the column holds (PostgreSQL refuses longer; SQLite would keep it).
            values[name] = p.opt_text(name, getattr(t.reader.c[name].type, "length", None) or 5000)
    return values


def register_reader(u: Unit, op: Op, p: Payload) -> None:
    uuid = p.text("reader", 36)
    card = p.text("card", 12)
    if u.get(t.reader, uuid) is not None:
        return  # the same registration again under another op id: nothing to add
    values = _reader_values(p, READER_INPUT_FIELDS)
    if not values.get("surname") or not values.get("name") or not values.get("category"):
        raise Reject("bad_payload", key="surname")
    u.put(
        t.reader,
        {
            "uuid": uuid,
            "card_number": card,
            **values,
            "registered_on": p.day("registered_on"),
            "home_branch": p.text("home_branch", 5),
            "card_valid_until": p.day("card_valid_until", optional=True),
            "status": ReaderStatus.ACTIVE.value,
            "block_reason": None,
            "blocked_until": None,
            "updated_at": op.at,
        },
    )


def update_reader(u: Unit, op: Op, p: Payload) -> None:
    """Field by field, in server order: the last applied edit of a field wins, edits of other
    fields made elsewhere stay."""
    row = _need(u, t.reader, p.text("reader", 36), "unknown_reader")
    fields = p.mapping("fields")
    unknown = set(fields) - set(READER_INPUT_FIELDS)
    if unknown:
        raise Reject("bad_payload", key=sorted(unknown)[0])
    row.update(_reader_values(Payload(fields, p.correction), tuple(fields)))
    if not row["surname"] or not row["name"] or not row["category"]:
        raise Reject("bad_payload", key="surname")
    row["updated_at"] = op.at
    u.put(t.reader, row)


def reregister_reader(u: Unit, op: Op, p: Payload) -> None:
    row = _need(u, t.reader, p.text("reader", 36), "unknown_reader")
    year = p.number("year")
    assert year is not None
    day = p.day("day")
    if u.get(t.reregistration, (row["uuid"], year)) is None and year != row["registered_on"].year:
        u.put(
            t.reregistration,
            {"reader_uuid": row["uuid"], "year": year, "day": day, "branch": op.branch},
            feed=False,
        )
    valid = p.day("card_valid_until", optional=True)
    if valid is not None and (row["card_valid_until"] is None or valid > row["card_valid_until"]):
        row["card_valid_until"] = valid
    row["consent_date"] = p.day("consent_date", optional=True) or row["consent_date"]
    row["updated_at"] = op.at
    u.put(t.reader, row)


def block_reader(u: Unit, op: Op, p: Payload) -> None:
    row = _need(u, t.reader, p.text("reader", 36), "unknown_reader")
    if row["status"] not in (ReaderStatus.ACTIVE.value, ReaderStatus.BLOCKED.value):
        raise Reject("card_not_active", status=row["status"])
    row.update(
        status=ReaderStatus.BLOCKED.value,
        block_reason=p.text("reason", 300),
        blocked_until=p.day("until", optional=True),
        updated_at=op.at,
    )
    u.put(t.reader, row)


def unblock_reader(u: Unit, op: Op, p: Payload) -> None:
    row = _need(u, t.reader, p.text("reader", 36), "unknown_reader")
    if row["status"] == ReaderStatus.BLOCKED.value:
        row.update(status=ReaderStatus.ACTIVE.value, block_reason=None, blocked_until=None)
        row["updated_at"] = op.at
        u.put(t.reader, row)


# --- circulation ---------------------------------------------------------------------

# What the desk lets a librarian confirm past, but what the centre must show a person when
# the branch could not have known it: another branch's block, another branch's loan.
_READER_CLASH = {Code.READER_BLOCKED, Code.READER_CANCELLED, Code.CARD_REPORTED_LOST}


# A stored status to its member, without the enum's call machinery (once per lend).
_READER_STATUS = {str(status): status for status in ReaderStatus}


def _reader_facts(reader: Row, today: date) -> ReaderFacts:
    stored = reader["status"]
    return ReaderFacts(
        card_number=reader["card_number"],
        status=_READER_STATUS.get(stored) or ReaderStatus(stored),  # an unknown one raises
        block_reason=reader["block_reason"],
        blocked_until=reader["blocked_until"],
        card_valid_until=None,  # expiry is the lending branch's call, not a clash
        registered_year=today.year,
        reregistered_years=frozenset(),
        open_loans=0,
        overdue_loans=0,
    )


def lend(u: Unit, op: Op, p: Payload) -> None:
    loan_uuid = p.text("loan", 36)
    if u.get(t.loan, loan_uuid) is not None:
        return
    item = _need(u, t.item, p.text("item", 36), "unknown_item")
    reader_uuid = p.text("reader", 36)
    reader = u.peek(t.reader, reader_uuid)  # read, never changed here
    if reader is None:
        raise Reject("unknown_reader", uuid=reader_uuid)
    lent_at = p.moment("lent_at")
    due_on = p.day("due_on")
    overridden = {o.get("code") for o in p.items("overrides") if isinstance(o, dict)}
    history = [r for r in u.loans_since(item["uuid"], lent_at) if r["uuid"] != loan_uuid]
    # Out at the same moment elsewhere: loans still open, and loans that were running then
    # and came back later (their return reached the centre before this lend did).
    others = [r for r in history if r["returned_at"] is None or r["lent_at"] <= lent_at]
    # The copy came back to a shelf after this lend: this loan cannot still be running.
    back = min(
        (r for r in history if r["returned_at"] is not None and r["returned_at"] > lent_at),
        key=lambda r: r["returned_at"],
        default=None,
    )
    other = next(iter(others), None)
    borrower = None
    if other is not None:
        owner = u.peek(t.reader, other["reader_uuid"])
        borrower = owner["card_number"] if owner else "?"
    facts = ItemFacts(
        barcode=item["barcode"],
        status=ItemStatus.AVAILABLE,  # the copy's status is the branch's physical fact
        home_branch=item["home_branch"],
        borrower_card=borrower,
    )
    # The centre checks clashes, not limits: the lending branch had its own rules.
    found = lend_outcomes(
        _reader_facts(reader, lent_at.date()), facts, (), op.branch, lent_at.date()
    )
    codes = {o.code for o in found}
    clash = {c for c in codes & _READER_CLASH if c.value not in overridden}
    if clash:
        _raise_conflict(
            u,
            op,
            "loan_to_blocked_reader",
            {op.branch, reader["home_branch"]},
            item=item["uuid"],
            reader=reader["uuid"],
            loans=[loan_uuid],
            detail={
                "card": reader["card_number"],
                "barcode": item["barcode"],
                "status": reader["status"],
                "reason": reader["block_reason"],
                "lent_at_branch": op.branch,
            },
        )
    if Code.ON_LOAN_TO_OTHER in codes or Code.ALREADY_LENT_TO_READER in codes:
        loans = others
        _raise_conflict(
            u,
            op,
            "double_loan",
            {op.branch, item["home_branch"], *(o["branch"] for o in loans)},
            item=item["uuid"],
            reader=reader["uuid"],
            loans=[*(o["uuid"] for o in loans), loan_uuid],
            detail={
                "barcode": item["barcode"],
                "cards": [borrower, reader["card_number"]],
                "branches": [*(o["branch"] for o in loans), op.branch],
            },
        )
    u.put(
        t.loan,
        {
            "uuid": loan_uuid,
            "item_uuid": item["uuid"],
            "reader_uuid": reader["uuid"],
            "branch": op.branch,
            "lent_at": lent_at,
            "due_on": due_on,
            "returned_at": None if back is None else back["returned_at"],
            "returned_branch": None if back is None else back["returned_branch"],
            "renewals": 0,
            "lent_by": op.operator,
            "returned_by": None if back is None else back["returned_by"],
        },
    )
    if back is not None:
        return  # the copy's status is what that later return made it
    item.update(status=_ON_LOAN, updated_at=lent_at)
    u.put(t.item, item)


def return_item(u: Unit, op: Op, p: Payload) -> None:
    """A return is ground truth for where the copy is: it closes every open loan on it."""
    item = _need(u, t.item, p.text("item", 36), "unknown_item")
    named = p.text("loan", 36)
    returned_at = p.moment("returned_at")
    open_uuids = u.open_loans(item["uuid"])
    loan = u.get(t.loan, named)
    if loan is not None and loan["returned_at"] is None:
        open_uuids.add(named)
    for uuid in sorted(open_uuids):
        row = u.get(t.loan, uuid)
        if row is None:
            continue
        row.update(returned_at=returned_at, returned_branch=op.branch, returned_by=op.operator)
        u.put(t.loan, row)
    if loan is not None and loan["returned_at"] is not None and named not in open_uuids:
        u.show(t.loan, named)  # already closed here: the branch gets the centre's version
    at_home = item["home_branch"] == op.branch
    status = item["status"]
    if status in _BACK_ON_SHELF:
        status = _AVAILABLE if at_home else _IN_TRANSIT
    item.update(status=status, updated_at=returned_at)
    u.put(t.item, item)


def renew(u: Unit, op: Op, p: Payload) -> None:
    loan = _need(u, t.loan, p.text("loan", 36), "unknown_loan")
    if loan["returned_at"] is not None:
        u.show(t.loan, loan["uuid"])
        raise Reject("loan_closed", loan=loan["uuid"])
    due = p.day("due_on")
    assert due is not None
    loan["due_on"] = max(loan["due_on"], due)
    loan["renewals"] += 1
    u.put(t.loan, loan)


def change_item_status(u: Unit, op: Op, p: Payload) -> None:
    item = _need(u, t.item, p.text("item", 36), "unknown_item")
    try:
        new = ItemStatus(p.text("to", 20))
    except ValueError:
        raise Reject("bad_payload", key="to") from None
    item.update(status=new.value, updated_at=op.at)
    u.put(t.item, item)


# --- catalogue -----------------------------------------------------------------------


def add_record(u: Unit, op: Op, p: Payload) -> None:
    uuid = p.text("record", 36)
    if u.get(t.record, uuid) is not None:
        return
    u.put(
        t.record,
        {
            "uuid": uuid,
            "title": p.text("title", 1000),
            "authors": p.opt_text("authors", 1000),
            "isbn": p.opt_text("isbn", 20),
            "publisher": p.opt_text("publisher", 300),
            "year": p.number("year", optional=True),
            "language": p.text("language", 5),
            "bbk": p.opt_text("bbk", 100),
            "udc": p.opt_text("udc", 100),
            "audience": p.opt_text("audience", 20) or "adult",
            "subjects": p.opt_text("subjects"),
            "control_number": p.opt_text("control_number", 50),
            "updated_at": op.at,
        },
    )


# A newer export's values, as long as each central column holds them.
_RECORD_LIMITS = {
    "title": 1000,
    "authors": 1000,
    "isbn": 20,
    "publisher": 300,
    "language": 5,
    "bbk": 100,
    "udc": 100,
    "audience": 20,
    "subjects": 5000,
    "control_number": 50,
}


def update_record(u: Unit, op: Op, p: Payload) -> None:
    """A branch's import found a newer version of a record: the fields it names change."""
    record = _need(u, t.record, p.text("record", 36), "unknown_record")
    fields = p.data.get("fields")
    if not isinstance(fields, dict) or not fields:
        raise Reject("bad_payload", key="fields")
    inner = Payload(fields, p.correction)
    for name in fields:
        if name == "year":
            record["year"] = inner.number("year", optional=True)
        elif name in _RECORD_LIMITS:
            value = inner.opt_text(name, _RECORD_LIMITS[name])
            if value is None and name in ("title", "language", "audience"):
                raise Reject("bad_payload", key=name)
            record[name] = value
        else:
            raise Reject("bad_payload", key=name)
    record["updated_at"] = op.at
    u.put(t.record, record)


def add_item(u: Unit, op: Op, p: Payload) -> None:
    uuid = p.text("item", 36)
    if u.get(t.item, uuid) is not None:
        return
    record = _need(u, t.record, p.text("record", 36), "unknown_record")
    u.put(
        t.item,
        {
            "uuid": uuid,
            "barcode": p.text("barcode", 32),
            "inventory_number": p.opt_text("inventory_number", 50),
            "record_uuid": record["uuid"],
            "home_branch": p.opt_text("home_branch", 5) or op.branch,
            "location": p.opt_text("location", 100),
            "item_type": p.opt_text("item_type", 20) or "book",
            "status": ItemStatus.AVAILABLE.value,
            "price": p.opt_text("price", 20),
            "acquired_on": p.day("acquired_on", optional=True),
            "updated_at": op.at,
        },
    )
    u.show(t.record, record["uuid"])  # the record now has a copy at this branch


# --- the diary's activity ------------------------------------------------------------


def _fact(u: Unit, table: Any, row: Row) -> None:
    if u.get(table, row["uuid"]) is None:
        u.put(table, row, feed=False)


def _reader_ref(p: Payload) -> str | None:
    return p.opt_text("reader", 36)


def record_visit(u: Unit, op: Op, p: Payload) -> None:
    _fact(
        u,
        t.visit,
        {
            "uuid": p.text("visit", 36),
            "day": p.day("day"),
            "reader_uuid": _reader_ref(p),
            "kind": p.text("kind", 20),
            "branch": op.branch,
            "recorded_by": op.operator,
        },
    )


def in_house_use(u: Unit, op: Op, p: Payload) -> None:
    _fact(
        u,
        t.in_house_use,
        {
            "uuid": p.text("use", 36),
            "day": p.day("day"),
            "item_uuid": p.text("item", 36),
            "reader_uuid": _reader_ref(p),
            "branch": op.branch,
            "recorded_by": op.operator,
        },
    )


def record_event(u: Unit, op: Op, p: Payload) -> None:
    """An event is recorded again whole when it is edited: the latest version stands."""
    attendance = Payload(p.mapping("attendance"), p.correction)
    u.put(
        t.event,
        {
            "uuid": p.text("event", 36),
            "title": p.text("title", 500),
            "programme": p.opt_text("programme", 300),
            "form": p.text("form", 30),
            "starts_at": p.moment("starts_at", corrected=False),
            "place": p.opt_text("place", 200),
            "audience": p.opt_text("audience", 50),
            "language": p.text("language", 5),
            "attendance_total": attendance.number("total"),
            "attendance_children": attendance.number("children"),
            "attendance_youth": attendance.number("youth"),
            "responsible": p.opt_text("responsible", 200),
            "notes": p.opt_text("notes"),
            "branch": op.branch,
            "updated_at": op.at,
        },
        feed=False,
    )


def record_enquiry(u: Unit, op: Op, p: Payload) -> None:
    _fact(
        u,
        t.enquiry,
        {
            "uuid": p.text("enquiry", 36),
            "day": p.day("day"),
            "kind": p.text("kind", 20),
            "topic": p.text("topic", 500),
            "reader_uuid": _reader_ref(p),
            "branch": op.branch,
            "recorded_by": op.operator,
        },
    )


def record_refusal(u: Unit, op: Op, p: Payload) -> None:
    _fact(
        u,
        t.refusal,
        {
            "uuid": p.text("refusal", 36),
            "day": p.day("day"),
            "title": p.text("title", 500),
            "author": p.opt_text("author", 300),
            "reader_uuid": _reader_ref(p),
            "branch": op.branch,
            "recorded_by": op.operator,
        },
    )


def override(u: Unit, op: Op, p: Payload) -> None:
    """An audit fact only: the operation it belongs to carries it too."""
    p.text("action", 40)
    p.text("code", 60)


# --- conflicts -----------------------------------------------------------------------

RESOLUTIONS = ("close_loan", "keep_both", "dismiss")


def resolve_conflict(u: Unit, op: Op, p: Payload) -> None:
    """A person's decision on a conflict. `close_loan` ends the loan the person found wrong
    (the copy is not with that reader); the others only close the conflict."""
    row = _need(u, t.conflict, p.text("conflict", 36), "unknown_conflict")
    if op.branch not in row["branches"].split():
        raise Reject("not_your_conflict")
    action = p.text("action", 20)
    if action not in RESOLUTIONS:
        raise Reject("bad_payload", key="action")
    if row["state"] != "open":
        u.show(t.conflict, row["uuid"])
        return
    if action == "close_loan":
        loan_uuid = p.text("loan", 36)
        if loan_uuid not in json.loads(row["loans"]):
            raise Reject("bad_payload", key="loan")
        loan = _need(u, t.loan, loan_uuid, "unknown_loan")
        if loan["returned_at"] is None:
            loan.update(returned_at=op.at, returned_branch=op.branch, returned_by=op.operator)
            u.put(t.loan, loan)
    row.update(
        state="resolved",
        resolved_at=op.now,
        resolved_by=f"{op.branch}/{op.operator}",
        resolution=json.dumps(
            {"action": action, "note": p.opt_text("note", 500)}, ensure_ascii=False
        ),
    )
    u.put(t.conflict, row)


HANDLERS: dict[OpKind, Handler] = {
    OpKind.REGISTER_READER: register_reader,
    OpKind.UPDATE_READER: update_reader,
    OpKind.REREGISTER_READER: reregister_reader,
    OpKind.BLOCK_READER: block_reader,
    OpKind.UNBLOCK_READER: unblock_reader,
    OpKind.LEND: lend,
    OpKind.RETURN: return_item,
    OpKind.RENEW: renew,
    OpKind.OVERRIDE: override,
    OpKind.RECORD_VISIT: record_visit,
    OpKind.IN_HOUSE_USE: in_house_use,
    OpKind.RECORD_EVENT: record_event,
    OpKind.RECORD_ENQUIRY: record_enquiry,
    OpKind.RECORD_REFUSAL: record_refusal,
    OpKind.ADD_RECORD: add_record,
    OpKind.ADD_ITEM: add_item,
    OpKind.UPDATE_RECORD: update_record,
    OpKind.CHANGE_ITEM_STATUS: change_item_status,
    OpKind.RESOLVE_CONFLICT: resolve_conflict,
}

# Payload keys that name an entity by uuid: a batch reads them all in a few queries.
PREFETCH: dict[str, Any] = {
    "reader": t.reader,
    "item": t.item,
    "loan": t.loan,
    "record": t.record,
    "conflict": t.conflict,
    # The diary's facts: each is looked up once to keep a resend from counting it twice.
    "visit": t.visit,
    "use": t.in_house_use,
    "event": t.event,
    "enquiry": t.enquiry,
    "refusal": t.refusal,
}
