"""Applying pulled changes to the branch database (DESIGN §5, pull).

A page is applied and the cursor moved in one local transaction, so a crash leaves both at
the old point. The centre names everything by UUID; here rows keep their local integer keys
and references are resolved through the UUIDs. An entity with a local operation still
waiting to be pushed is left as it is: the centre will send its state again once it has
applied that operation (push comes before pull, so this is the rare case of a scan made
while the round ran).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache, lru_cache
from typing import Any

from branchdesk.domain.readers import READER_INPUT_FIELDS, ReaderInput
from branchdesk.services.catalogue import RecordInput, record_search_text
from branchdesk.services.readers import reader_search_text
from branchdesk.store.db import db_datetime
from branchdesk.store.schema import RECORD_FIELDS
from branchdesk.store.settings import Key, read_value, write_value
from branchdesk.sync.journal import OpKind

# Which entities a waiting operation of each kind changes (payload key -> entity).
_DIRTIES: dict[str, tuple[tuple[str, str], ...]] = {
    OpKind.LEND: (("item", "item"), ("loan", "loan")),
    OpKind.RETURN: (("item", "item"), ("loan", "loan")),
    OpKind.RENEW: (("loan", "loan"),),
    OpKind.CHANGE_ITEM_STATUS: (("item", "item"),),
    OpKind.ADD_RECORD: (("record", "record"),),
    OpKind.UPDATE_RECORD: (("record", "record"),),
    OpKind.ADD_ITEM: (("item", "item"),),
    OpKind.REGISTER_READER: (("reader", "reader"),),
    OpKind.UPDATE_READER: (("reader", "reader"),),
    OpKind.REREGISTER_READER: (("reader", "reader"),),
    OpKind.BLOCK_READER: (("reader", "reader"),),
    OpKind.UNBLOCK_READER: (("reader", "reader"),),
    OpKind.RESOLVE_CONFLICT: (("conflict", "conflict"),),
}


@dataclass
class Applied:
    """What a page did, for the round's summary and the desk's refresh."""

    counts: dict[str, int] = field(default_factory=dict)
    deferred: int = 0
    # Changes this branch cannot take: a copy of another branch whose barcode a local copy
    # already has (barcodes should be unique in the library system; the centre's staff fix
    # it), and loans of such a copy. Counted and shown, never a stuck sync.
    skipped: list[str] = field(default_factory=list)

    def add(self, entity: str) -> None:
        self.counts[entity] = self.counts.get(entity, 0) + 1


def local_moment(text: str | None) -> str | None:
    """A UTC moment from the centre as the branch stores moments: local wall time."""
    if text is None:
        return None
    return _local_moment(text)


@lru_cache(maxsize=4096)  # a first pull converts 80,000 moments, most of them repeats
def _local_moment(text: str) -> str:
    return db_datetime(datetime.fromisoformat(text).astimezone().replace(tzinfo=None))


def dirty_entities(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    rows = conn.execute("SELECT kind, payload FROM journal WHERE state = 'pending'")
    for kind, payload in rows:
        keys = _DIRTIES.get(kind)
        if not keys:
            continue
        data = json.loads(payload)
        for key, entity in keys:
            if isinstance(data.get(key), str):
                found.add((entity, data[key]))
    return found


class _Ids:
    """uuid -> local id, read in bulk per page and kept as rows are added."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.known: dict[tuple[str, str], int | None] = {}

    def load(self, table: str, uuids: Iterable[str]) -> None:
        wanted = [u for u in set(uuids) if (table, u) not in self.known]
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for uuid in chunk:
                self.known[(table, uuid)] = None
            marks = ",".join("?" * len(chunk))
            query = f"SELECT uuid, id FROM {table} WHERE uuid IN ({marks})"
            for uuid, row_id in self.conn.execute(query, chunk):
                self.known[(table, uuid)] = row_id

    def get(self, table: str, uuid: str | None) -> int | None:
        if uuid is None:
            return None
        if (table, uuid) not in self.known:
            self.load(table, [uuid])
        return self.known[(table, uuid)]


@cache
def _upsert_sql(table: str, names: tuple[str, ...]) -> str:
    marks = ",".join("?" * len(names))
    sets = ",".join(f"{n}=excluded.{n}" for n in names if n != "uuid")
    return (
        f"INSERT INTO {table} ({','.join(names)}) VALUES ({marks}) "
        f"ON CONFLICT(uuid) DO UPDATE SET {sets}"
    )


def _upsert(conn: sqlite3.Connection, table: str, row: Mapping[str, Any]) -> sqlite3.Cursor:
    """Insert or update by uuid."""
    return conn.execute(_upsert_sql(table, tuple(row)), list(row.values()))


def _put(conn: sqlite3.Connection, ids: _Ids, table: str, row: Mapping[str, Any]) -> int:
    """Insert or update by uuid; returns the local id, and remembers it. The id comes from
    the ids read in bulk, or, for a row that was not there, from the insert itself: a
    RETURNING on every statement cost more than the write (a first pull makes 80,000)."""
    key = (table, str(row["uuid"]))
    if key not in ids.known:
        ids.load(table, [key[1]])
    row_id = ids.known[key]
    cursor = _upsert(conn, table, row)
    if row_id is None:  # not there when read, nor added since: this statement inserted it
        assert cursor.lastrowid
        row_id = cursor.lastrowid
    ids.known[key] = row_id
    return row_id


def _record(data: Mapping[str, Any]) -> dict[str, Any]:
    search = RecordInput(
        title=data["title"],
        authors=data.get("authors"),
        isbn=data.get("isbn"),
        publisher=data.get("publisher"),
        bbk=data.get("bbk"),
    )
    return {
        "uuid": data["uuid"],
        **{k: data.get(k) for k in RECORD_FIELDS},
        "search_text": record_search_text(search),
        "updated_at": local_moment(data["updated_at"]),
    }


def _reader(data: Mapping[str, Any]) -> dict[str, Any]:
    fields = {name: data.get(name) for name in READER_INPUT_FIELDS}
    search = ReaderInput(**fields)  # type: ignore[arg-type]
    return {
        "uuid": data["uuid"],
        "card_number": data["card_number"],
        **fields,
        "registered_on": data["registered_on"],
        "home_branch": data["home_branch"],
        "card_valid_until": data.get("card_valid_until"),
        "status": data["status"],
        "block_reason": data.get("block_reason"),
        "blocked_until": data.get("blocked_until"),
        "search_text": reader_search_text(search, data["card_number"]),
        "updated_at": local_moment(data["updated_at"]),
    }


_ITEM_COLUMNS = (
    "barcode",
    "inventory_number",
    "home_branch",
    "location",
    "item_type",
    "status",
    "price",
    "acquired_on",
)


def apply_changes(conn: sqlite3.Connection, changes: list[dict[str, Any]]) -> Applied:
    """Apply one page inside the caller's transaction."""
    applied = Applied()
    dirty = dirty_entities(conn)
    ids = _Ids(conn)
    for table, key in (("record", "record_uuid"), ("item", "item_uuid"), ("reader", "reader_uuid")):
        ids.load(table, (c["data"][key] for c in changes if c.get("data") and c["data"].get(key)))
        ids.load(table, (c["uuid"] for c in changes if c["entity"] == table))
    for change in changes:
        entity, uuid, data = change["entity"], change["uuid"], change.get("data")
        if (entity, uuid) in dirty:
            applied.deferred += 1
            continue
        if change.get("deleted") or data is None:
            _delete(conn, entity, uuid)
            applied.add(entity)
            continue
        if entity == "record":
            _put(conn, ids, "record", _record(data))
        elif entity == "item":
            record_id = ids.get("record", data["record_uuid"])
            if record_id is None:
                applied.skipped.append(f"item {uuid}: record not received")
                continue
            row = {"uuid": uuid, **{k: data.get(k) for k in _ITEM_COLUMNS}}
            row["record_id"] = record_id
            row["updated_at"] = local_moment(data["updated_at"])
            try:
                _put(conn, ids, "item", row)
            except sqlite3.IntegrityError:
                # A failed statement leaves the transaction as it was: only it is undone.
                applied.skipped.append(f"item {uuid}: barcode {row['barcode']} taken here")
                continue
        elif entity == "reader":
            reader_id = _put(conn, ids, "reader", _reader(data))
            _reregistrations(conn, reader_id, data.get("reregistrations") or [])
        elif entity == "loan":
            item_id = ids.get("item", data["item_uuid"])
            borrower = ids.get("reader", data["reader_uuid"])
            if item_id is None or borrower is None:
                applied.skipped.append(f"loan {uuid}: its copy or reader is not here")
                continue
            _upsert(conn, "loan", _loan(data, item_id, borrower))
        elif entity == "conflict":
            _upsert(conn, "conflict", _conflict(data))
        elif entity == "rules":
            if not _apply_rules(conn, data):
                continue
        elif entity == "staff":
            _apply_staff(conn, data)
        else:
            continue  # an entity this version does not keep: newer centres may send more
        applied.add(entity)
    if applied.counts.get("reader"):
        _keep_card_counter_ahead(conn)
    return applied


def _keep_card_counter_ahead(conn: sqlite3.Connection) -> None:
    """Cards this branch gave out on another PC (or before a restore) come back by pull: the
    counter must pass them, or the next registration would hand out a number again."""
    branch = read_value(conn, Key.BRANCH)
    top = conn.execute(
        "SELECT max(card_number) FROM reader WHERE card_number LIKE ?", (f"{branch}-%",)
    ).fetchone()[0]
    if top is None:
        return
    seq = int(top.rsplit("-", 1)[1])
    if int(read_value(conn, Key.CARD_SEQ, 0)) < seq:
        write_value(conn, Key.CARD_SEQ, seq)


def _loan(data: Mapping[str, Any], item_id: int, reader_id: int) -> dict[str, Any]:
    return {
        "uuid": data["uuid"],
        "item_id": item_id,
        "reader_id": reader_id,
        "branch": data["branch"],
        "lent_at": local_moment(data["lent_at"]),
        "due_on": data["due_on"],
        "returned_at": local_moment(data.get("returned_at")),
        "returned_branch": data.get("returned_branch"),
        "renewals": data["renewals"],
        "lent_by": data["lent_by"],
        "returned_by": data.get("returned_by"),
    }


def _conflict(data: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "uuid": data["uuid"],
        "kind": data["kind"],
        "state": data["state"],
        "branches": " ".join(data["branches"]),
        "item_uuid": data.get("item_uuid"),
        "reader_uuid": data.get("reader_uuid"),
        "loans": json.dumps(data["loans"]),
        "detail": json.dumps(data["detail"], ensure_ascii=False),
        "created_at": local_moment(data["created_at"]),
        "resolved_at": local_moment(data.get("resolved_at")),
        "resolved_by": data.get("resolved_by"),
        "resolution": data.get("resolution"),
        "resolving": 0,
    }


def _reregistrations(conn: sqlite3.Connection, reader_id: int, years: list[list[Any]]) -> None:
    conn.executemany(
        "INSERT INTO reregistration (reader_id, year, day, branch) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(reader_id, year) DO NOTHING",
        [
            (reader_id, int(year), date.fromisoformat(day).isoformat(), branch)
            for year, day, branch in years
        ],
    )


def _apply_rules(conn: sqlite3.Connection, data: Mapping[str, Any]) -> bool:
    """The centre's loan rules and calendar replace the branch's. A document for this branch
    wins over the common one: once one has come, common ones are ignored."""
    own = data["audience"] != "*"
    if not own and read_value(conn, _RULES_SCOPE) == "branch":
        return False
    conn.execute("DELETE FROM loan_policy")
    conn.executemany(
        "INSERT INTO loan_policy (reader_category, item_type, loan_days, max_loans, "
        "max_renewals, renewal_days) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                r["reader_category"],
                r["item_type"],
                r["loan_days"],
                r["max_loans"],
                r["max_renewals"],
                r["renewal_days"],
            )
            for r in data["policy"]
        ],
    )
    conn.execute("DELETE FROM closed_period")
    conn.executemany(
        'INSERT INTO closed_period (start, "end", note) VALUES (?, ?, ?)',
        [(c["start"], c["end"], c.get("note", "")) for c in data["closed"]],
    )
    write_value(conn, Key.WEEKLY_DAYS_OFF, data["weekly_days_off"])
    write_value(conn, _RULES_SCOPE, "branch" if own else "common")
    return True


_RULES_SCOPE = "central_rules_scope"


def _apply_staff(conn: sqlite3.Connection, data: Mapping[str, Any]) -> None:
    """An account the centre keeps for this branch; the login is what the desk knows."""
    conn.execute(
        "INSERT INTO staff (uuid, login, full_name, role, password_hash, active) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(login) DO UPDATE SET uuid = excluded.uuid, "
        "full_name = excluded.full_name, role = excluded.role, "
        "password_hash = excluded.password_hash, active = excluded.active",
        (
            data["uuid"],
            data["login"],
            data["full_name"],
            data["role"],
            data["password_hash"],
            bool(data["active"]),
        ),
    )


def _delete(conn: sqlite3.Connection, entity: str, uuid: str) -> None:
    """A tombstone: only what nothing else refers to can go (a conflict withdrawn)."""
    if entity == "conflict":
        conn.execute("DELETE FROM conflict WHERE uuid = ?", (uuid,))
