"""Applying one pushed batch: exactly once, in device order, one answer per operation.

Idempotency: an op_id seen before is answered `duplicate` with the stored outcome; a
device_seq seen before under another op_id is refused. Order: a device's operations must
follow its last applied one; a hole (the centre lost operations, say it was restored from a
backup) stops the batch and tells the branch where to send from. Everything the batch does,
its answers included, commits in one durable transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, select, update
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError

from branchdesk.central import bulk
from branchdesk.central import schema as t
from branchdesk.central.batch import Key, Store, Unit
from branchdesk.central.feed import emit
from branchdesk.central.handlers import HANDLERS, PREFETCH, Op
from branchdesk.central.wire import Correction, Payload, Reject, aware, now_utc, utc
from branchdesk.sync.journal import OpKind
from branchdesk.sync.protocol import PROTOCOL_VERSION, OpIn, OpState, PushRequest, Stop

# Clock differences below this are network and processing time, not a wrong PC clock.
CLOCK_TOLERANCE = timedelta(seconds=60)


# One operation's answer: (op_id, state, code, detail), as PushAnswer's OpResult.
Answered = tuple[str, OpState, str | None, dict[str, Any] | None]


class Transient(Exception):
    """The database failed in a way worth retrying: nothing of the batch was kept."""


class Refused(Exception):
    """The whole request is not this branch's to make (answered 403, nothing changed)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass
class Outcome:
    results: list[Answered]
    stopped: Stop | None
    offset_ms: int


def clock_offset(sent_at: datetime, now: datetime) -> timedelta:
    return now - utc(sent_at)


def apply_push(
    engine: Engine, branch: str, request: PushRequest, *, offset: timedelta | None = None
) -> Outcome:
    """`offset`: the PC's clock offset when it cannot be measured from `sent_at` (a journal
    carried on a stick was written days before it is applied)."""
    now = now_utc()
    if offset is None:
        offset = clock_offset(request.sent_at, now)
    correction = Correction(offset if abs(offset) >= CLOCK_TOLERANCE else timedelta(), now)
    offset_ms = int(offset.total_seconds() * 1000)
    try:
        try:
            with engine.begin() as conn:
                return _apply(conn, branch, request, now, correction, offset_ms, careful=False)
        except (IntegrityError, DataError):
            # The database refused the bulk write (a clash with a row already there, or a
            # value its column cannot hold: too long, a NUL byte on PostgreSQL): replay one
            # savepoint per operation, so that only the operation at fault is rejected.
            with engine.begin() as conn:
                return _apply(conn, branch, request, now, correction, offset_ms, careful=True)
    except DBAPIError as exc:
        raise Transient(str(exc.orig).splitlines()[0] if exc.orig else str(exc)) from exc


def _apply(
    conn: Connection,
    branch: str,
    request: PushRequest,
    now: datetime,
    correction: Correction,
    offset_ms: int,
    *,
    careful: bool,
) -> Outcome:
    ops = request.ops
    # One batch at a time, from its first read: a batch decides on what it reads (is this
    # copy on loan?), so two branches' batches that both read "no open loan" before either
    # commits would both lend quietly, without the double_loan conflict. The change
    # counter's row is the lock (a no-op on SQLite, where BEGIN IMMEDIATE serialises).
    conn.execute(
        select(t.counter.c.value).where(t.counter.c.name == "change_seq").with_for_update()
    )
    if conn.dialect.name == "postgresql":
        # A batch reads and writes rows by their keys, a few hundred at a time. The planner
        # would scan a small table whole for a long key list (and hash-join the bulk
        # updates); the key indexes are right here at any size of the tables.
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
    device = conn.execute(
        select(t.device.c.branch, t.device.c.last_seq).where(t.device.c.device_id == request.device)
    ).first()
    if device is not None and device.branch != branch:
        raise Refused("device_of_other_branch")
    last_seq: int | None = None if device is None else int(device.last_seq)
    if device is None and request.first_seq is not None:
        last_seq = request.first_seq - 1  # a device new to us starts where its journal does
    known = _known(conn, request)
    store = Store(conn)
    named, lent_items = _named(ops)
    # The copies' open loans first: a return names its loan, which is one of them, so the
    # loan prefetch below reads only the loans not already read (a lend's new one).
    store.prefetch_open_loans(named["item"])
    for key, table in PREFETCH.items():
        store.prefetch(table, named[key])
    moments = _moments(ops, correction)
    lend = OpKind.LEND
    lent = [m for op, m in zip(ops, moments, strict=True) if op.kind is lend and m]
    if lent:
        # A lend looks for returns of its copy after its own moment (lent_at is the op's);
        # an op whose moment is off the calendar is refused by its handler, not here.
        store.prefetch_closed_loans(lent_items, min(lent) - timedelta(hours=1))
    results: list[Answered] = []
    records: list[tuple[Any, ...]] = []
    applied_at = bulk.codec(conn, t.applied_op).bind("applied_at", now)  # once for the batch
    origin: dict[tuple[str, Key], str] = {}
    stopped: Stop | None = None
    for op, at in zip(ops, moments, strict=True):
        seen = known.get(op.id)
        if seen is not None:
            results.append(_result(op.id, OpState.DUPLICATE, seen[1], {"was": seen[0]}))
            continue
        if last_seq is not None and op.seq <= last_seq:
            results.append(_result(op.id, OpState.REJECTED, "seq_reused"))
            continue
        if last_seq is not None and op.seq > last_seq + 1:
            stopped = Stop(id=op.id, reason="gap", expected_seq=last_seq + 1)
            break
        unit = Unit(store)
        state, code, detail = OpState.APPLIED, None, None
        try:
            if "\x00" in op.by:
                raise Reject("bad_payload", key="by")
            if at is None:  # past the calendar (a year-9999 clock): rejected
                raise Reject("bad_payload", key="at")
            context = Op(op_id=op.id, kind=op.kind, branch=branch, operator=op.by, at=at, now=now)
            if careful:
                with conn.begin_nested():
                    HANDLERS[op.kind](unit, context, Payload(op.p, correction))
                    store.fold(unit)
                    store.write()
            else:
                HANDLERS[op.kind](unit, context, Payload(op.p, correction))
                store.fold(unit)
        except Reject as exc:
            state, code, detail = OpState.REJECTED, exc.code, exc.detail or None
            store.touched.update(dict.fromkeys(unit.touched))  # corrections still go down
        except (IntegrityError, DataError) as exc:
            if not careful:
                raise
            state = OpState.REJECTED
            code = "conflicting_data" if isinstance(exc, IntegrityError) else "bad_payload"
            # The savepoint is gone, so is what this batch had read: read again from the
            # database, keeping what the earlier operations must still send down.
            touched = store.touched
            store = Store(conn)
            store.touched = touched
        if state is OpState.APPLIED and context.conflicts:
            state, code = OpState.CONFLICT, context.conflicts[0]
        for entity in unit.touched:
            origin[entity] = op.id
        results.append((op.id, state, code, detail))
        records.append(_record(op, request.device, branch, state, code, detail, applied_at))
        known[op.id] = (str(state), code)
        last_seq = op.seq
    store.write()
    emit(store, branch, origin)
    bulk.insert_values(conn, t.applied_op, records)
    _save_device(conn, request.device, branch, device is None, last_seq)
    conn.execute(
        update(t.branch_table)
        .where(t.branch_table.c.code == branch)
        .values(last_push_at=now, waiting=request.waiting, clock_offset_ms=offset_ms)
    )
    return Outcome(results, stopped, offset_ms)


def _result(
    op_id: str, state: OpState, code: str | None = None, detail: dict[str, Any] | None = None
) -> Answered:
    return (op_id, state, code, detail)


def answer_text(outcome: Outcome, server_time: datetime) -> str:
    """The PushAnswer as JSON text, written out directly: at 1,000 results a batch, building
    and serialising pydantic models cost more than the answer is worth."""
    results = ",".join(
        # An op id is a UUID's text (PushRequest checks it): nothing in it to escape.
        f'{{"id":"{op_id}","state":"{state}","code":null,"detail":null}}'
        if code is None and detail is None
        else f'{{"id":{_text(op_id)},"state":"{state}","code":{_text(code)},'
        f'"detail":{"null" if detail is None else _text(detail)}}}'
        for op_id, state, code, detail in outcome.results
    )
    stopped = "null" if outcome.stopped is None else outcome.stopped.model_dump_json()
    return (
        f'{{"protocol":{PROTOCOL_VERSION},"server_time":"{aware(server_time).isoformat()}",'
        f'"clock_offset_ms":{outcome.offset_ms},"results":[{results}],"stopped":{stopped}}}'
    )


_text = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str).encode


def _named(ops: list[OpIn]) -> tuple[dict[str, set[str]], set[str]]:
    """What the payloads name under each key the batch reads ahead, as far as the database
    can be asked about it: a NUL byte cannot even be sent to PostgreSQL (its operation is
    rejected by the payload check instead of failing the batch's reads). Also the copies
    that lends name, apart."""
    found: dict[str, set[str]] = {key: set() for key in PREFETCH}
    lent: set[str] = set()
    lend = OpKind.LEND
    for op in ops:
        for key, value in op.p.items():
            named = found.get(key)
            if named is not None and isinstance(value, str) and "\x00" not in value:
                named.add(value)
                if key == "item" and op.kind is lend:
                    lent.add(value)
    return found, lent


def _known(conn: Connection, request: PushRequest) -> dict[str, Any]:
    """Operations of this batch processed before: op_id -> (state, code)."""
    ids = [op.id for op in request.ops]
    return {
        row["op_id"]: (row["state"], row["code"])
        for row in bulk.read_in(conn, t.applied_op, "op_id", ids)
    }


def _moments(ops: list[OpIn], correction: Correction) -> list[datetime | None]:
    """Each operation's moment on the server's clock, once for the batch; None for one that
    falls off the calendar (its operation is rejected)."""
    found: list[datetime | None] = []
    moment = correction.moment
    for op in ops:
        try:
            found.append(moment(op.at))
        except OverflowError:  # what server_moment refuses; the loop rejects the operation
            found.append(None)
    return found


# applied_op's columns, in the table's order: _record makes its rows as the driver takes them.
_RECORD_COLUMNS = (
    "op_id",
    "device_id",
    "device_seq",
    "branch",
    "kind",
    "operator",
    "state",
    "code",
    "detail",
    "created_local",
    "applied_at",
)
assert tuple(c.name for c in t.applied_op.columns) == _RECORD_COLUMNS


def _record(
    op: OpIn,
    device: str,
    branch: str,
    state: OpState,
    code: str | None,
    detail: dict[str, Any] | None,
    applied_at: Any,
) -> tuple[Any, ...]:
    """The operation's applied_op row as the driver takes it (`applied_at` already is): at
    10,000 rows a push, a dict per row and its conversion were a measurable share."""
    return (
        op.id,
        device,
        op.seq,
        branch,
        str(op.kind),  # an OpKind is a StrEnum: its text is its value
        op.by.replace("\x00", "\ufffd"),  # the record must be kept on any database
        str(state),
        code,
        None if detail is None else json.dumps(detail, ensure_ascii=False, default=str),
        op.at.isoformat(),
        applied_at,
    )


def _save_device(conn: Connection, device: str, branch: str, new: bool, last: int | None) -> None:
    if last is None:
        return
    if new:
        conn.execute(t.device.insert().values(device_id=device, branch=branch, last_seq=last))
    else:
        conn.execute(update(t.device).where(t.device.c.device_id == device).values(last_seq=last))
