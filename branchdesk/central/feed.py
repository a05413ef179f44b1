"""The change feed: what each branch receives on pull (DESIGN §5).

Every entity state a batch leaves behind is written once per audience: "*" for what every
branch needs (readers of the whole library system), or a branch code (its own catalogue and
copies, loans touching its copies or readers, conflicts that concern it). Sequence numbers
come from one counter row whose lock a push takes first and holds to its commit, so they
become visible in commit order and a cursor never skips a row that commits late.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Dialect, Table, func, select, update

from branchdesk.central import bulk
from branchdesk.central import schema as t
from branchdesk.central.batch import Key, Store
from branchdesk.central.wire import wire_value

EVERYONE = "*"
# Parents before children, so a branch can resolve every reference as it applies a page.
_RANK = {"record": 0, "item": 1, "reader": 2, "loan": 3, "conflict": 4}


# Entities whose state a branch receives as the centre holds it when the branch pulls.
STATE_TABLES: dict[str, Table] = {
    "record": t.record,
    "item": t.item,
    "reader": t.reader,
    "loan": t.loan,
    "conflict": t.conflict,
}
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


@cache
def _wire_converters(dialect: Dialect, table: Table) -> tuple[Any, ...]:
    """Per column, from what the driver returns to the value on the wire (wire_value's
    forms). A SQLite DATETIME is text as SQLAlchemy stores it ("2026-11-17 09:00:00.000000")
    and is cut into RFC 3339 without being parsed."""
    found: list[Any] = []
    postgres = dialect.name == "postgresql"
    for column in table.columns:
        kind = column.type
        if isinstance(kind, DateTime):
            found.append(wire_value if postgres else _sqlite_moment)
        elif isinstance(kind, Date):
            found.append(wire_value if postgres else None)
        else:
            found.append(kind.dialect_impl(dialect).result_processor(dialect, None))
    return tuple(found)


def _sqlite_moment(text: str) -> str:
    if len(text) == 26:
        return f"{text[:10]}T{text[11:23]}+00:00"
    return str(wire_value(datetime.fromisoformat(text)))


def wire_states(conn: Connection, entity: str, uuids: Sequence[str]) -> dict[str, str]:
    """The entities' present states as JSON texts, by uuid, as a branch receives them (a
    reader with its re-registrations; a conflict with its lists as lists)."""
    table = STATE_TABLES[entity]
    names = [c.name for c in table.columns]
    convert = _wire_converters(conn.dialect, table)
    years: dict[str, list[list[Any]]] = {}
    if entity == "reader":
        rows = bulk.read_in(conn, t.reregistration, "reader_uuid", uuids)
        for row in sorted(rows, key=lambda r: r["year"]):
            years.setdefault(row["reader_uuid"], []).append(
                [row["year"], row["day"].isoformat(), row["branch"]]
            )
    found: dict[str, str] = {}
    for values in bulk.read_stored(conn, table, "uuid", uuids):
        data = {
            name: value if fn is None or value is None else fn(value)
            for name, fn, value in zip(names, convert, values, strict=True)
        }
        if entity == "reader":
            data["reregistrations"] = years.get(data["uuid"], [])
        elif entity == "conflict":
            data["loans"] = json.loads(data["loans"])
            data["detail"] = json.loads(data["detail"])
            data["branches"] = data["branches"].split()
        found[data["uuid"]] = _JSON(data)
    return found


def _audiences(store: Store, entity: str, row: dict[str, Any], branch: str) -> set[str]:
    if entity == "reader":
        return {EVERYONE}
    if entity == "record":
        homes = store.conn.execute(
            select(t.item.c.home_branch).where(t.item.c.record_uuid == row["uuid"]).distinct()
        ).scalars()
        return {branch, *homes}
    if entity == "item":
        return {row["home_branch"], branch}
    if entity == "loan":
        item = store.get(t.item, row["item_uuid"])
        reader = store.get(t.reader, row["reader_uuid"])
        found = {row["branch"], row["returned_branch"]}
        found.add(item["home_branch"] if item else None)
        found.add(reader["home_branch"] if reader else None)
        return {b for b in found if b}
    if entity == "conflict":
        return set(row["branches"].split())
    raise ValueError(entity)


def emit(store: Store, branch: str, origin: dict[tuple[str, Key], str]) -> int:
    """Write the feed rows for every entity the batch touched; returns how many."""
    conn = store.conn
    # The rows as the driver takes them, but for their sequence number (see _write_feed).
    pending: list[tuple[Any, ...]] = []
    sent: set[tuple[str, Key, str]] = set()
    present = bulk.codec(conn, t.change).bind("deleted", False)  # rows gone are not sent

    def add(entity: str, key: Key, audience: str) -> None:
        mark = (entity, key, audience)
        if mark not in sent:
            sent.add(mark)
            # No data: the state is read when a branch pulls, the newest one.
            pending.append((audience, entity, str(key), present, None, origin.get(mark[:2])))

    def add_loan(row: dict[str, Any], audiences: set[str]) -> None:
        # A branch that sees a loan must be able to show its copy and title.
        item = store.get(t.item, row["item_uuid"])
        if item is not None:
            extra = audiences - _audiences(store, "item", item, item["home_branch"])
            # Read the record only when some audience lacks it: most loans are of the
            # branch's own copies, and a read per loan was most of a batch's queries.
            record = store.get(t.record, item["record_uuid"]) if extra else None
            for audience in sorted(extra):
                if record is not None:
                    add("record", record["uuid"], audience)
                add("item", item["uuid"], audience)
        for audience in sorted(audiences):
            add("loan", row["uuid"], audience)

    for entity, key in _in_rank_order(store.touched):
        row = store.rows.get((entity, key))
        if row is None:
            continue  # named by a refused operation and unknown here: nothing to send
        audiences = _audiences(store, entity, row, branch)
        if entity == "loan":
            add_loan(row, audiences)
            continue
        if entity == "conflict":
            # Every branch of a conflict sees every loan it names: whoever resolves it must
            # see who else has the copy.
            for loan_uuid in json.loads(row["loans"]):
                loan = store.get(t.loan, loan_uuid)
                if loan is not None:
                    add_loan(loan, audiences)
        for audience in sorted(audiences):
            add(entity, key, audience)
    store.touched.clear()
    return _write_feed(conn, pending)


def _in_rank_order(touched: Iterable[tuple[str, Key]]) -> list[tuple[str, Key]]:
    """The feed's entities, parents first and in the order touched within a kind, each
    named by a plain str: the table names they come with are SQLAlchemy's str subclass,
    which the driver would try to adapt, row by row."""
    ranked: dict[str, list[tuple[str, Key]]] = {entity: [] for entity in _RANK}
    for entity, key in touched:
        found = ranked.get(entity)
        if found is not None:
            found.append((str(entity), key))
    return [entry for entries in ranked.values() for entry in entries]


# The change table's columns after its seq, in the table's order: emit's rows are these.
_FEED_COLUMNS = ("audience", "entity", "uuid", "deleted", "data", "origin_op")
assert tuple(c.name for c in t.change.columns) == ("seq", *_FEED_COLUMNS)


def _numbered(conn: Connection, count: int) -> int:
    """Take `count` sequence numbers from the counter (its row lock is held to the commit,
    so numbers become visible in commit order); returns the first."""
    last = conn.execute(
        update(t.counter)
        .where(t.counter.c.name == "change_seq")
        .values(value=t.counter.c.value + count)
        .returning(t.counter.c.value)
    ).scalar_one()
    return int(last) - count + 1


def _write_feed(conn: Connection, rows: list[tuple[Any, ...]]) -> int:
    """Number feed rows made as the driver takes them (_FEED_COLUMNS) and write them."""
    if not rows:
        return 0
    first = _numbered(conn, len(rows))
    bulk.insert_values(conn, t.change, [(first + n, *row) for n, row in enumerate(rows)])
    return len(rows)


def write_changes(conn: Connection, pending: list[dict[str, Any]]) -> int:
    """Number the feed rows from the counter and write them."""
    if not pending:
        return 0
    first = _numbered(conn, len(pending))
    for offset, change in enumerate(pending):
        change["seq"] = first + offset
    bulk.insert(conn, t.change, pending)
    return len(pending)


def counter_value(conn: Connection, name: str) -> int:
    return int(conn.execute(select(t.counter.c.value).where(t.counter.c.name == name)).scalar_one())


def page(conn: Connection, branch: str, cursor: int, limit: int) -> tuple[list[str], int, bool]:
    """One page of changes after `cursor` for `branch`, each already as its JSON text: (changes,
    next cursor, more). A change without data of its own carries its entity's present state,
    read in one query per entity kind; an entity gone since is left out (its tombstone
    follows)."""
    rows = conn.execute(
        select(
            t.change.c.seq, t.change.c.entity, t.change.c.uuid, t.change.c.deleted, t.change.c.data
        )
        .where(t.change.c.audience.in_((EVERYONE, branch)), t.change.c.seq > cursor)
        .order_by(t.change.c.seq)
        .limit(limit + 1)
    ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    wanted: dict[str, set[str]] = {}
    for _seq, entity, uuid, deleted, data in rows:
        if data is None and not deleted and entity in STATE_TABLES:
            wanted.setdefault(entity, set()).add(uuid)
    states = {entity: wire_states(conn, entity, sorted(uuids)) for entity, uuids in wanted.items()}
    texts = []
    for seq, entity, uuid, deleted, stored in rows:
        data = stored
        if data is None and not deleted and entity in STATE_TABLES:
            data = states[entity].get(uuid)
            if data is None:
                continue
        texts.append(
            f'{{"seq":{seq},"entity":{json.dumps(entity)},"uuid":{json.dumps(uuid)},'
            f'"deleted":{"true" if deleted else "false"},"data":{data or "null"}}}'
        )
    return texts, (rows[-1][0] if rows else cursor), more


def same_change(conn: Connection, seq: int, check: str) -> bool:
    """Whether the feed still holds at `seq` the change a branch says it received there."""
    found = conn.execute(
        select(t.change.c.entity, t.change.c.uuid).where(t.change.c.seq == seq).limit(1)
    ).first()
    return found is not None and f"{found.entity}:{found.uuid}" == check


def remaining(conn: Connection, branch: str, cursor: int) -> int:
    """How many changes wait after `cursor`: the first pull's progress bar."""
    return int(
        conn.execute(
            select(func.count())
            .select_from(t.change)
            .where(t.change.c.audience.in_((EVERYONE, branch)), t.change.c.seq > cursor)
        ).scalar_one()
    )
