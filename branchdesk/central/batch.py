"""One push batch's view of the central tables, and the writes of each operation kept apart.

The batch reads what its operations name in a few queries, lets each operation work on a
private overlay (`Unit`) and folds the overlay in only when the operation succeeds: an
operation that is refused leaves no trace, exactly as if it had run in its own savepoint.
The folded writes go to the database in bulk at the end, in the batch's one transaction; if
that bulk write is refused by the database, the caller replays the batch one savepoint per
operation (`careful` mode), so one bad operation still cannot take the others down.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, select, tuple_

from branchdesk.central import bulk
from branchdesk.central import schema as t

Key = str | tuple[Any, ...]
Row = dict[str, Any]

_CHUNK = 500
_OPEN: bulk.Filter = ("returned_at", "is null", None)


@cache  # asked for every row put and read; walking the column collection is not free
def key_columns(table: Table) -> tuple[str, ...]:
    return tuple(c.name for c in table.primary_key.columns)


@cache
def _column_names(table: Table) -> tuple[str, ...]:
    return tuple(c.name for c in table.columns)  # the order of select(table)'s columns


def _key_of(table: Table, row: Mapping[str, Any]) -> Key:
    names = key_columns(table)
    return row[names[0]] if len(names) == 1 else tuple(row[n] for n in names)


class Store:
    """Rows the batch has read or written, by (table, key); None caches "not there"."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.rows: dict[tuple[str, Key], Row | None] = {}
        self.new: set[tuple[str, Key]] = set()
        self.dirty: dict[tuple[str, Key], None] = {}
        # What the database holds of each row the batch changes, as of the last write: an
        # update sets only the columns that differ, so that an unchanged indexed column (a
        # copy's barcode and home branch, when only its status moves) costs no index write.
        self.stored: dict[tuple[str, Key], Row] = {}
        self.open_by_item: dict[str, set[str]] = {}
        # Loans of a copy read or written by the batch, and from when on its closed loans
        # have been read: a lend checks the copy's history after its own moment.
        self.loans_by_item: dict[str, set[str]] = {}
        self.closed_since: dict[str, datetime] = {}
        # Entities whose state the feed must carry, in the order they were touched.
        self.touched: dict[tuple[str, Key], None] = {}

    def prefetch(self, table: Table, keys: Iterable[Key]) -> None:
        rows = self.rows
        name = table.name
        wanted = [k for k in set(keys) if (name, k) not in rows]
        if not wanted:
            return
        for key in wanted:
            rows[(name, key)] = None
        names = key_columns(table)
        if len(names) == 1:
            for found in bulk.read_in(self.conn, table, names[0], wanted):
                rows[(name, found[names[0]])] = found
            return
        # A composite key (a reader's re-registration year): one at a time, and rare.
        columns = _column_names(table)
        for start in range(0, len(wanted), _CHUNK):
            where = tuple_(*(table.c[n] for n in names)).in_(wanted[start : start + _CHUNK])
            for values in self.conn.execute(select(table).where(where)):
                found = dict(zip(columns, values, strict=True))
                rows[(name, _key_of(table, found))] = found

    def prefetch_open_loans(self, items: Iterable[str]) -> None:
        wanted = [i for i in set(items) if i not in self.open_by_item]
        for item in wanted:
            self.open_by_item[item] = set()
        for found in bulk.read_in(self.conn, t.loan, "item_uuid", wanted, _OPEN):
            self._loan_read(found)
            self.open_by_item[found["item_uuid"]].add(found["uuid"])

    def prefetch_closed_loans(self, items: Iterable[str], since: datetime) -> None:
        """Read the copies' loans closed at or after `since` (most batches: none)."""
        wanted = [
            i for i in set(items) if i not in self.closed_since or self.closed_since[i] > since
        ]
        for found in bulk.read_in(
            self.conn, t.loan, "item_uuid", wanted, ("returned_at", ">=", since)
        ):
            self._loan_read(found)
        for item in wanted:
            self.closed_since[item] = since

    def _loan_read(self, found: Row) -> None:
        self.rows.setdefault(("loan", found["uuid"]), found)
        self.loans_by_item.setdefault(found["item_uuid"], set()).add(found["uuid"])

    def loans_since(self, item: str, since: datetime) -> set[str]:
        """The copy's open loans and those closed at or after `since`, as uuids (rows that
        the batch changed since are checked by the caller)."""
        read_from = self.closed_since.get(item)
        if read_from is None or read_from > since:
            self.prefetch_closed_loans([item], since)
        return self.loans_by_item.get(item, set()) | self.open_loans(item)

    def get(self, table: Table, key: Key) -> Row | None:
        entry = (table.name, key)
        try:
            return self.rows[entry]
        except KeyError:  # not read ahead: read now
            self.prefetch(table, [key])
            return self.rows[entry]

    def open_loans(self, item: str) -> set[str]:
        if item not in self.open_by_item:
            self.prefetch_open_loans([item])
        return self.open_by_item[item]

    def fold(self, unit: Unit) -> None:
        for entry, row in unit.rows.items():
            if entry not in self.new:
                before = self.rows.get(entry)
                if before is None:
                    self.new.add(entry)
                else:
                    self.stored.setdefault(entry, before)
            self.rows[entry] = row
            self.dirty[entry] = None
            if entry[0] == "loan":
                self.loans_by_item.setdefault(row["item_uuid"], set()).add(row["uuid"])
                open_set = self.open_by_item.setdefault(row["item_uuid"], set())
                if row["returned_at"] is None:
                    open_set.add(row["uuid"])
                else:
                    open_set.discard(row["uuid"])
        for entity in unit.touched:
            self.touched.pop(entity, None)
            self.touched[entity] = None

    def write(self) -> None:
        """Send every folded write to the database: inserts and updates, in bulk."""
        # Per table: the rows to insert, and the rows to update grouped by the columns they change.
        by_table: dict[str, tuple[list[Row], dict[tuple[str, ...], list[Row]]]] = {}
        for name, key in self.dirty:
            row = self.rows[(name, key)]
            assert row is not None
            inserts, updates = by_table.setdefault(name, ([], {}))
            if (name, key) in self.new:
                inserts.append(row)
            else:
                before = self.stored.get((name, key))
                changed = _changed(row, before)
                if changed:
                    updates.setdefault(changed, []).append(row)
            self.stored[(name, key)] = row
        for name in _WRITE_ORDER:
            if name not in by_table:
                continue
            table = t.metadata.tables[name]
            inserts, updates = by_table[name]
            bulk.insert(self.conn, table, inserts)
            for changed, group in updates.items():
                bulk.update(self.conn, table, changed, group)  # SET only what changed
        self.new.clear()
        self.dirty.clear()


_ABSENT = object()


def _changed(row: Row, before: Row | None) -> tuple[str, ...]:
    """The columns whose value differs (one UPDATE per set of columns), in the row's own
    order: a table's rows keep the order of its columns as read, so equal sets group."""
    if before is None:
        return tuple(sorted(row))
    try:
        return tuple([c for c, value in row.items() if value != before[c]])
    except KeyError:  # a column the stored row lacks: set it too
        return tuple([c for c, value in row.items() if value != before.get(c, _ABSENT)])


_WRITE_ORDER = (
    "record",
    "item",
    "reader",
    "reregistration",
    "loan",
    "visit",
    "in_house_use",
    "event",
    "enquiry",
    "refusal",
    "conflict",
)


class Unit:
    """One operation's reads and writes; folded into the Store only if the operation succeeds."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.rows: dict[tuple[str, Key], Row] = {}
        self.touched: list[tuple[str, Key]] = []

    def get(self, table: Table, key: Key) -> Row | None:
        found = self.rows.get((table.name, key))
        if found is None:
            found = self.store.get(table, key)
        return None if found is None else dict(found)

    def peek(self, table: Table, key: Key) -> Row | None:
        """The row as this operation sees it, for reading only: no copy is made (a lend
        reads its reader's 25 columns and changes none of them)."""
        found = self.rows.get((table.name, key))
        return found if found is not None else self.store.get(table, key)

    def put(self, table: Table, row: Row, *, feed: bool = True) -> None:
        key = _key_of(table, row)
        self.rows[(table.name, key)] = row
        if feed:
            self.touched.append((table.name, key))

    def show(self, table: Table, key: Key) -> None:
        """Carry an entity's current state in the feed without changing it (a correction)."""
        self.touched.append((table.name, key))

    def loans_since(self, item: str, since: datetime) -> list[Row]:
        """The copy's loans open now or closed at or after `since`, as this operation sees
        them."""
        uuids = self.store.loans_since(item, since)
        uuids |= {
            row["uuid"]
            for (name, _), row in self.rows.items()
            if name == "loan" and row["item_uuid"] == item
        }
        found = (self.get(t.loan, uuid) for uuid in sorted(uuids))
        return [
            row
            for row in found
            if row is not None and (row["returned_at"] is None or row["returned_at"] >= since)
        ]

    def open_loans(self, item: str) -> set[str]:
        found = set(self.store.open_loans(item))
        for (name, _key), row in self.rows.items():
            if name == "loan" and row["item_uuid"] == item:
                if row["returned_at"] is None:
                    found.add(row["uuid"])
                else:
                    found.discard(row["uuid"])
        return found
