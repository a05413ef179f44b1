"""The change feed: what each branch receives on pull (DESIGN §5).

Every entity state a batch leaves behind is written once per audience: "*" for what every
branch needs (readers of the whole library system), or a branch code (its own catalogue and
copies, loans touching its copies or readers, conflicts that concern it). Sequence numbers
come from one counter row whose lock a push takes first and holds to its commit, so they
become visible in commit order and a cursor never skips a row that commits late.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, func, select, update

from branchdesk.central import schema as t
from branchdesk.central.batch import Key, Store
from branchdesk.central.wire import wire_row

EVERYONE = "*"
# Parents before children, so a branch can resolve every reference as it applies a page.
_RANK = {"record": 0, "item": 1, "reader": 2, "loan": 3, "conflict": 4}


def entity_data(conn: Connection, entity: str, row: dict[str, Any]) -> dict[str, Any]:
    data = wire_row(row)
    if entity == "reader":
        found = conn.execute(
            select(t.reregistration.c.year, t.reregistration.c.day, t.reregistration.c.branch)
            .where(t.reregistration.c.reader_uuid == row["uuid"])
            .order_by(t.reregistration.c.year)
        )
        data["reregistrations"] = [[y, d.isoformat(), b] for y, d, b in found]
    elif entity == "conflict":
        data["loans"] = json.loads(row["loans"])
        data["detail"] = json.loads(row["detail"])
        data["branches"] = row["branches"].split()
    return data


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
    pending: list[dict[str, Any]] = []
    sent: set[tuple[str, Key, str]] = set()

    def add(entity: str, key: Key, row: dict[str, Any] | None, audience: str) -> None:
        if (entity, key, audience) in sent:
            return
        sent.add((entity, key, audience))
        pending.append(
            {
                "audience": audience,
                "entity": entity,
                "uuid": str(key),
                "deleted": row is None,
                "data": None
                if row is None
                else json.dumps(
                    entity_data(conn, entity, row), ensure_ascii=False, separators=(",", ":")
                ),
                "origin_op": origin.get((entity, key)),
            }
        )

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
                    add("record", record["uuid"], record, audience)
                add("item", item["uuid"], item, audience)
        for audience in sorted(audiences):
            add("loan", row["uuid"], row, audience)

    ordered = sorted(store.touched, key=lambda tk: _RANK.get(tk[0], 9))
    for entity, key in ordered:
        if entity not in _RANK:
            continue
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
            add(entity, key, row, audience)
    store.touched.clear()
    return write_changes(conn, pending)


def write_changes(conn: Connection, pending: list[dict[str, Any]]) -> int:
    """Number the feed rows from the counter (its row lock is held to the commit, so numbers
    become visible in commit order) and write them."""
    if not pending:
        return 0
    last = conn.execute(
        update(t.counter)
        .where(t.counter.c.name == "change_seq")
        .values(value=t.counter.c.value + len(pending))
        .returning(t.counter.c.value)
    ).scalar_one()
    first = last - len(pending) + 1
    for offset, change in enumerate(pending):
        change["seq"] = first + offset
    conn.execute(t.change.insert(), pending)
    return len(pending)


def counter_value(conn: Connection, name: str) -> int:
    return int(conn.execute(select(t.counter.c.value).where(t.counter.c.name == name)).scalar_one())


def page(conn: Connection, branch: str, cursor: int, limit: int) -> tuple[list[str], int, bool]:
    """One page of changes after `cursor` for `branch`, each already as its JSON text (the
    stored data is spliced in, not parsed and written again): (changes, next cursor, more)."""
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
    texts = [
        f'{{"seq":{seq},"entity":{json.dumps(entity)},"uuid":{json.dumps(uuid)},'
        f'"deleted":{"true" if deleted else "false"},"data":{"null" if data is None else data}}}'
        for seq, entity, uuid, deleted, data in rows
    ]
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
