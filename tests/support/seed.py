"""Putting a branch's catalogue and readers into a central database in bulk.

A central library that is to take a branch's lends must know the branch's stock and readers,
and a fresh branch's first pull needs them in the change feed. Sending 80,000 add_record,
add_item and register_reader operations through the push would take minutes and measure the
push, not set the stage for it; this writes the same rows straight into the central tables
with executemany, plus one change-feed row per entity and audience, numbered from the
`change_seq` counter in the same transaction exactly as `feed.emit` numbers them, with the
data text made by `feed.entity_data` (what the server itself would send down).

Audiences follow `feed.emit` as if the branch had pushed its own stock: readers go to every
branch ("*"); a record goes to the branch and to the home branch of each of its copies; a
copy goes to its home branch and to the branch.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, update

from branchdesk.central import schema as t
from branchdesk.central.feed import EVERYONE, entity_data

_CHUNK = 5000  # rows per executemany: bounded memory, few round trips


@dataclass(frozen=True)
class Seeded:
    records: int
    items: int
    readers: int
    reregistrations: int
    changes: int
    cursor: int  # change_seq after the seed: a branch that has "pulled" its stock starts here
    seconds: float


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text[:10])


def _utc(text: str | None) -> datetime | None:
    """A branch moment (local wall time) as the centre keeps moments: naive UTC."""
    if text is None:
        return None
    return datetime.fromisoformat(text).astimezone(UTC).replace(tzinfo=None)


def _converters(table: Table) -> dict[str, Any]:
    """Per central column: how to turn the branch's stored text into the central value."""
    found: dict[str, Any] = {}
    for col in table.columns:
        kind = type(col.type).__name__
        if kind == "DateTime":
            found[col.name] = _utc
        elif kind == "Date":
            found[col.name] = _day
    return found


def _rows(source: sqlite3.Connection, table: Table, query: str) -> Iterator[dict[str, Any]]:
    convert = _converters(table)
    cur = source.execute(query)
    names = [d[0] for d in cur.description]
    wanted = [c.name for c in table.columns]
    missing = set(wanted) - set(names)
    assert not missing, f"{table.name}: the query gives no {sorted(missing)}"
    for values in cur:
        row = dict(zip(names, values, strict=True))
        yield {n: convert[n](row[n]) if n in convert else row[n] for n in wanted}


def _columns(table: Table, renames: dict[str, str]) -> str:
    """The branch columns that fill `table`, as a select list (x.<name> AS <central name>)."""
    out = []
    for col in table.columns:
        source = renames.get(col.name, f"x.{col.name}")
        out.append(f"{source} AS {col.name}")
    return ", ".join(out)


def _insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), _CHUNK):
        conn.execute(table.insert(), rows[start : start + _CHUNK])


def _data(conn: Connection, entity: str, row: dict[str, Any]) -> str:
    return json.dumps(entity_data(conn, entity, row), ensure_ascii=False, separators=(",", ":"))


def seed_central(engine: Engine, branch_db: Path) -> Seeded:
    """Copy the records, items, readers (with their re-registrations) of the branch database
    at `branch_db` into the central database, and feed them; one transaction."""
    started = time.perf_counter()
    with closing(sqlite3.connect(f"file:{branch_db}?mode=ro", uri=True)) as source:
        branch = json.loads(
            source.execute("SELECT value FROM setting WHERE key = 'branch_code'").fetchone()[0]
        )
        records = list(
            _rows(source, t.record, f"SELECT {_columns(t.record, {})} FROM record x ORDER BY x.id")
        )
        items = list(
            _rows(
                source,
                t.item,
                f"SELECT {_columns(t.item, {'record_uuid': 'r.uuid'})} "
                "FROM item x JOIN record r ON r.id = x.record_id ORDER BY x.id",
            )
        )
        readers = list(
            _rows(source, t.reader, f"SELECT {_columns(t.reader, {})} FROM reader x ORDER BY x.id")
        )
        reregistrations = list(
            _rows(
                source,
                t.reregistration,
                f"SELECT {_columns(t.reregistration, {'reader_uuid': 'r.uuid'})} "
                "FROM reregistration x JOIN reader r ON r.id = x.reader_id ORDER BY x.id",
            )
        )

    homes: dict[str, set[str]] = defaultdict(set)
    for item in items:
        homes[item["record_uuid"]].add(item["home_branch"])

    with engine.begin() as conn:
        _insert(conn, t.record, records)
        _insert(conn, t.item, items)
        _insert(conn, t.reader, readers)
        _insert(conn, t.reregistration, reregistrations)

        # Parents before children, audiences in sorted order: the order feed.emit writes.
        changes: list[dict[str, Any]] = []

        def feed(entity: str, uuid: str, data: str, audiences: set[str]) -> None:
            for audience in sorted(audiences):
                changes.append(
                    {
                        "audience": audience,
                        "entity": entity,
                        "uuid": uuid,
                        "deleted": False,
                        "data": data,
                        "origin_op": None,
                    }
                )

        for row in records:
            feed("record", row["uuid"], _data(conn, "record", row), {branch, *homes[row["uuid"]]})
        for row in items:
            feed("item", row["uuid"], _data(conn, "item", row), {row["home_branch"], branch})
        for row in readers:
            feed("reader", row["uuid"], _data(conn, "reader", row), {EVERYONE})

        last = conn.execute(
            update(t.counter)
            .where(t.counter.c.name == "change_seq")
            .values(value=t.counter.c.value + len(changes))
            .returning(t.counter.c.value)
        ).scalar_one()
        first = last - len(changes) + 1
        for offset, change in enumerate(changes):
            change["seq"] = first + offset
        _insert(conn, t.change, changes)

    return Seeded(
        records=len(records),
        items=len(items),
        readers=len(readers),
        reregistrations=len(reregistrations),
        changes=len(changes),
        cursor=int(last),
        seconds=time.perf_counter() - started,
    )
