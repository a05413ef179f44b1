"""Putting a branch's catalogue and readers into a central database in bulk.

A central library that is to take a branch's lends must know the branch's stock and readers,
and a fresh branch's first pull needs them in the change feed. Sending 80,000 add_record,
add_item and register_reader operations through the push would take minutes and measure the
push, not set the stage for it; this writes the same rows straight into the central tables
(executemany on the driver; COPY on PostgreSQL), plus one change-feed row per entity and
audience, numbered from the `change_seq` counter in the same transaction exactly as
`feed.emit` numbers them. As in the feed a push writes, the rows carry no data: a pull reads
each entity's present state.

Audiences follow `feed.emit` as if the branch had pushed its own stock: readers go to every
branch ("*"); a record goes to the branch and to the home branch of each of its copies; a
copy goes to its home branch and to the branch.

    stock = read_stock(branch_db)          # once: 50,000 copies take a few seconds
    seeded = seed_central(engine, stock)   # per central database
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections import defaultdict
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, update

from branchdesk.central import schema as t
from branchdesk.central.feed import EVERYONE

_CHUNK = 5000  # rows per executemany: bounded memory, few round trips


@dataclass(frozen=True)
class Seeded:
    records: int
    items: int
    readers: int
    reregistrations: int
    changes: int
    cursor: int  # change_seq after the seed: a branch that has "pulled" its stock starts here
    check: str  # and its pull check: the last change, as "entity:uuid"
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


def _rows(source: sqlite3.Connection, table: Table, query: str) -> list[dict[str, Any]]:
    convert = _converters(table)
    cur = source.execute(query)
    names = [d[0] for d in cur.description]
    assert names == [c.name for c in table.columns], (table.name, names)
    steps = [convert.get(n) for n in names]
    if not any(steps):
        return [dict(zip(names, values, strict=True)) for values in cur]
    return [
        {n: v if f is None else f(v) for n, f, v in zip(names, steps, values, strict=True)}
        for values in cur
    ]


def _columns(table: Table, renames: dict[str, str]) -> str:
    """The branch columns that fill `table`, as a select list (x.<name> AS <central name>)."""
    out = []
    for col in table.columns:
        source = renames.get(col.name, f"x.{col.name}")
        out.append(f"{source} AS {col.name}")
    return ", ".join(out)


def _sqlite_text(table: Table) -> list[Any]:
    """Per column: how SQLAlchemy's SQLite types store the value (None: as it is)."""
    found: list[Any] = []
    for col in table.columns:
        kind = type(col.type).__name__
        if kind == "DateTime":
            found.append(lambda v: None if v is None else v.isoformat(" ", "microseconds"))
        elif kind == "Date":
            found.append(lambda v: None if v is None else v.isoformat())
        elif kind == "Boolean":
            found.append(lambda v: None if v is None else int(v))
        else:
            found.append(None)
    return found


def _insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """executemany straight on the driver: SQLAlchemy's per-row parameter handling costs more
    than the database takes to store the row. PostgreSQL gets a COPY, its bulk-load path."""
    if not rows:
        return
    names = [c.name for c in table.columns]
    quoted = ", ".join(f'"{n}"' for n in names)
    if conn.dialect.name == "sqlite":
        steps = list(zip(names, _sqlite_text(table), strict=True))
        sql = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({", ".join("?" * len(names))})'
        for start in range(0, len(rows), _CHUNK):
            chunk = rows[start : start + _CHUNK]
            values = [tuple(r[n] if f is None else f(r[n]) for n, f in steps) for r in chunk]
            conn.exec_driver_sql(sql, values)
        return
    driver = conn.connection.driver_connection
    assert driver is not None
    with driver.cursor() as cur, cur.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([row[n] for n in names])


@dataclass(frozen=True)
class Stock:
    """A branch's records, items and readers as central rows, and their feed rows (without
    sequence numbers): read once, put into as many central databases as wanted."""

    branch: str
    records: list[dict[str, Any]]
    items: list[dict[str, Any]]
    readers: list[dict[str, Any]]
    reregistrations: list[dict[str, Any]]
    changes: list[dict[str, Any]]
    seconds: float


def read_stock(branch_db: Path) -> Stock:
    """The stock of the branch database at `branch_db` (opened read-only)."""
    started = time.perf_counter()
    with closing(sqlite3.connect(f"file:{branch_db}?mode=ro", uri=True)) as source:
        branch = json.loads(
            source.execute("SELECT value FROM setting WHERE key = 'branch_code'").fetchone()[0]
        )
        records = _rows(
            source, t.record, f"SELECT {_columns(t.record, {})} FROM record x ORDER BY x.id"
        )
        items = _rows(
            source,
            t.item,
            f"SELECT {_columns(t.item, {'record_uuid': 'r.uuid'})} "
            "FROM item x JOIN record r ON r.id = x.record_id ORDER BY x.id",
        )
        readers = _rows(
            source, t.reader, f"SELECT {_columns(t.reader, {})} FROM reader x ORDER BY x.id"
        )
        reregistrations = _rows(
            source,
            t.reregistration,
            f"SELECT {_columns(t.reregistration, {'reader_uuid': 'r.uuid'})} "
            "FROM reregistration x JOIN reader r ON r.id = x.reader_id ORDER BY x.id",
        )

    homes: dict[str, set[str]] = defaultdict(set)
    for item in items:
        homes[item["record_uuid"]].add(item["home_branch"])
    years: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for year in reregistrations:
        years[year["reader_uuid"]].append(year)

    # Parents before children, audiences in sorted order: the order feed.emit writes.
    changes: list[dict[str, Any]] = []

    def feed(entity: str, uuid: str, audiences: set[str]) -> None:
        for audience in sorted(audiences):
            changes.append(
                {
                    "audience": audience,
                    "entity": entity,
                    "uuid": uuid,
                    "deleted": False,
                    "data": None,  # the server reads the present state when pulled
                    "origin_op": None,
                }
            )

    for row in records:
        feed("record", row["uuid"], {branch, *homes[row["uuid"]]})
    for row in items:
        feed("item", row["uuid"], {row["home_branch"], branch})
    for row in readers:
        feed("reader", row["uuid"], {EVERYONE})
    return Stock(
        branch,
        records,
        items,
        readers,
        reregistrations,
        changes,
        time.perf_counter() - started,
    )


def seed_central(engine: Engine, source: Path | Stock) -> Seeded:
    """Put a branch's records, items and readers (with their re-registrations) into the
    central database, and feed them; one transaction. `source`: the branch database, or its
    stock read before."""
    started = time.perf_counter()
    stock = source if isinstance(source, Stock) else read_stock(source)
    with engine.begin() as conn:
        _insert(conn, t.record, stock.records)
        _insert(conn, t.item, stock.items)
        _insert(conn, t.reader, stock.readers)
        _insert(conn, t.reregistration, stock.reregistrations)

        count = len(stock.changes)
        last = conn.execute(
            update(t.counter)
            .where(t.counter.c.name == "change_seq")
            .values(value=t.counter.c.value + count)
            .returning(t.counter.c.value)
        ).scalar_one()
        first = last - count + 1
        _insert(conn, t.change, [{**c, "seq": first + n} for n, c in enumerate(stock.changes)])
        if conn.dialect.name == "postgresql":
            # The planner's statistics a live database would have on these tables.
            conn.exec_driver_sql('ANALYZE "record", "item", "reader", "reregistration", "change"')

    return Seeded(
        records=len(stock.records),
        items=len(stock.items),
        readers=len(stock.readers),
        reregistrations=len(stock.reregistrations),
        changes=count,
        cursor=int(last),
        check=f"{stock.changes[-1]['entity']}:{stock.changes[-1]['uuid']}" if count else "",
        seconds=time.perf_counter() - started,
    )
