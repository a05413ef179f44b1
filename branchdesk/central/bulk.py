"""Bulk reads and writes of central rows straight through the database driver.

A push moves tens of thousands of rows. SQLAlchemy's Core statements cost tens of
microseconds per row in parameter handling and an IN list of 500 keys is compiled anew on
each call; here each table's SQL is written once and the driver gets plain tuples. Values
still pass through SQLAlchemy's own type processors for the dialect (a SQLite DATETIME is
stored as SQLAlchemy stores it), so rows written here read back the same through Core, and
the other way round. Driver errors come out as SQLAlchemy's exceptions (IntegrityError,
DataError, OperationalError), as the push's careful replay and Transient answers expect.

On PostgreSQL new rows go in with COPY; a key list travels as one array (`= ANY`), on
SQLite as one JSON text (`IN (SELECT value FROM json_each(?))`): one parameter either way.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Dialect, Table
from sqlalchemy.exc import DBAPIError

Row = dict[str, Any]
Convert = Callable[[Any], Any] | None

# Comparisons a read may add to its key list: (column, operator, value).
Filter = tuple[str, str, Any]
_OPERATORS = {"is null": "IS NULL", ">=": ">= {}", "=": "= {}"}


@dataclass(frozen=True)
class Codec:
    """A table's columns on one dialect, with the converters SQLAlchemy would apply."""

    table: Table
    postgres: bool
    names: tuple[str, ...]
    to_db: tuple[Convert, ...]
    from_db: tuple[Convert, ...]
    keys: tuple[str, ...]
    position: Mapping[str, int]
    reading: tuple[tuple[str, Callable[[Any], Any]], ...]  # columns read with a converter

    @property
    def mark(self) -> str:
        return "%s" if self.postgres else "?"

    def quoted(self, names: Sequence[str]) -> str:
        return ", ".join(f'"{n}"' for n in names)

    def bind(self, name: str, value: Any) -> Any:
        convert = self.to_db[self.position[name]]
        return value if convert is None or value is None else convert(value)

    def tuples(
        self, rows: Sequence[Mapping[str, Any]], names: tuple[str, ...]
    ) -> list[tuple[Any, ...]]:
        """The rows' values of `names` as the driver takes them: picked in C, and converted
        only in the columns whose type needs it (a SQLite DATETIME; none on PostgreSQL)."""
        pick = itemgetter(*names)
        picked = [pick(row) for row in rows] if len(names) > 1 else [(pick(r),) for r in rows]
        convert: list[tuple[int, Callable[[Any], Any]]] = []
        for n, name in enumerate(names):
            fn = self.to_db[self.position[name]]
            if fn is not None:
                convert.append((n, fn))
        if not convert:
            return picked
        out = []
        for values in picked:
            listed = list(values)
            for n, fn in convert:
                if listed[n] is not None:
                    listed[n] = fn(listed[n])
            out.append(tuple(listed))
        return out

    def row(self, values: Sequence[Any]) -> Row:
        # Not zip(strict=True): the values come from a SELECT of exactly these names, and
        # the check costs a third of the row at tens of thousands of rows a push.
        found = dict(zip(self.names, values))  # noqa: B905
        for name, fn in self.reading:
            value = found[name]
            if value is not None:
                found[name] = fn(value)
        return found


@cache
def _codec(dialect: Dialect, table: Table) -> Codec:
    to_db: list[Convert] = []
    from_db: list[Convert] = []
    for column in table.columns:
        impl = column.type.dialect_impl(dialect)
        bind: Convert = impl.bind_processor(dialect)
        if bind is not None and dialect.name == "sqlite":
            bind = _sqlite_text(column.type, impl, bind)
        to_db.append(bind)
        from_db.append(impl.result_processor(dialect, None))
    return Codec(
        table=table,
        postgres=dialect.name == "postgresql",
        names=tuple(c.name for c in table.columns),
        to_db=tuple(to_db),
        from_db=tuple(from_db),
        keys=tuple(c.name for c in table.primary_key.columns),
        position={c.name: n for n, c in enumerate(table.columns)},
        reading=tuple(
            (c.name, fn) for c, fn in zip(table.columns, from_db, strict=True) if fn is not None
        ),
    )


# SQLAlchemy's SQLite storage formats, which isoformat writes the same (4-digit years).
_DATE_TEXT = "%(year)04d-%(month)02d-%(day)02d"
_MOMENT_TEXT = _DATE_TEXT + " %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d"


def _sqlite_text(kind: Any, impl: Any, general: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A SQLite DATE or DATETIME bind made in C where the column keeps SQLAlchemy's own
    storage format; SQLAlchemy's processor (a dict and a %-format per value) otherwise."""
    stored = getattr(impl, "_storage_format", None)
    if isinstance(kind, DateTime) and stored == _MOMENT_TEXT:
        return _sqlite_datetime(general)
    if isinstance(kind, Date) and stored == _DATE_TEXT:
        return _sqlite_date(general)
    return general


def _sqlite_date(general: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def stored(value: Any) -> Any:
        return value.isoformat() if type(value) is date else general(value)

    return stored


def _sqlite_datetime(general: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """SQLAlchemy's SQLite DATETIME text ("2026-11-17 09:00:00.000000") made in C for the
    naive moments the centre keeps; anything else goes through SQLAlchemy's own."""

    def stored(value: Any) -> Any:
        if type(value) is datetime and value.tzinfo is None:
            return value.isoformat(" ", "microseconds")
        return general(value)

    return stored


def codec(conn: Connection, table: Table) -> Codec:
    return _codec(conn.dialect, table)


def _driver(conn: Connection) -> Any:
    return conn.connection.dbapi_connection


@contextmanager
def _cursor(conn: Connection, sql: str) -> Iterator[Any]:
    """The driver's cursor for `sql`, its errors raised as SQLAlchemy's, closed after."""
    cursor = _driver(conn).cursor()
    try:
        yield cursor
    except conn.dialect.loaded_dbapi.Error as exc:
        raise _translated(conn, sql, exc) from exc
    finally:
        cursor.close()


def _translated(conn: Connection, sql: str, exc: Exception) -> Exception:
    """The driver's error as SQLAlchemy would have raised it (IntegrityError for a clash)."""
    return DBAPIError.instance(
        sql, None, exc, conn.dialect.loaded_dbapi.Error, dialect=conn.dialect
    )


def read_in(
    conn: Connection, table: Table, column: str, keys: Sequence[Any], *filters: Filter
) -> Iterator[Row]:
    """The rows whose `column` is one of `keys` (and that pass the filters)."""
    c = codec(conn, table)
    for values in read_stored(conn, table, column, keys, *filters):
        yield c.row(values)


def read_stored(
    conn: Connection, table: Table, column: str, keys: Sequence[Any], *filters: Filter
) -> list[tuple[Any, ...]]:
    """The same rows as the driver gives them, columns in the table's order (a SQLite
    DATETIME still as its text)."""
    if not keys:
        return []
    c = codec(conn, table)
    where = [f'"{column}" = ANY({c.mark})' if c.postgres else f'"{column}" IN ({_json_each()})']
    params: list[Any] = [list(keys) if c.postgres else json.dumps(list(keys))]
    for name, op, value in filters:
        where.append(f'"{name}" ' + _OPERATORS[op].format(c.mark))
        if op != "is null":
            params.append(c.bind(name, value))
    sql = f'SELECT {c.quoted(c.names)} FROM "{table.name}" WHERE {" AND ".join(where)}'
    with _cursor(conn, sql) as cursor:
        cursor.execute(sql, params)
        return list(cursor.fetchall())


def _json_each() -> str:
    return "SELECT value FROM json_each(?)"


def insert(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """New rows, every column given."""
    if rows:
        c = codec(conn, table)
        insert_values(conn, table, c.tuples(rows, c.names))


def insert_values(conn: Connection, table: Table, tuples: Sequence[Sequence[Any]]) -> None:
    """New rows already as the driver takes them: every column's value in the table's
    order, converted as `Codec.bind` would (the caller made them so, once per batch)."""
    if not tuples:
        return
    c = codec(conn, table)
    if c.postgres:
        sql = f'COPY "{table.name}" ({c.quoted(c.names)}) FROM STDIN'
    else:
        marks = ", ".join("?" for _ in c.names)
        sql = f'INSERT INTO "{table.name}" ({c.quoted(c.names)}) VALUES ({marks})'
    with _cursor(conn, sql) as cursor:
        if c.postgres:
            with cursor.copy(sql) as copy:
                for values in tuples:
                    copy.write_row(values)
        else:
            cursor.executemany(sql, tuples)


def update(
    conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Mapping[str, Any]]
) -> None:
    """Set `columns` of existing rows, found by their primary key. On PostgreSQL one
    statement for all of them, the new values sent as one array per column (`unnest`)."""
    if not rows:
        return
    c = codec(conn, table)
    names = (*columns, *c.keys)
    tuples = c.tuples(rows, names)
    if c.postgres:
        kinds = {col.name: col.type.compile(conn.dialect) for col in table.columns}
        arrays = ", ".join(f"%s::{kinds[n]}[]" for n in names)
        sets = ", ".join(f'"{n}" = v."{n}"' for n in columns)
        keys = " AND ".join(f'"{table.name}"."{n}" = v."{n}"' for n in c.keys)
        sql = (
            f'UPDATE "{table.name}" SET {sets} FROM unnest({arrays}) '
            f"AS v({c.quoted(names)}) WHERE {keys}"
        )
        params: Any = [list(column) for column in zip(*tuples, strict=True)]
    else:
        sets = ", ".join(f'"{n}" = ?' for n in columns)
        keys = " AND ".join(f'"{n}" = ?' for n in c.keys)
        sql = f'UPDATE "{table.name}" SET {sets} WHERE {keys}'
        params = tuples
    with _cursor(conn, sql) as cursor:
        if c.postgres:
            cursor.execute(sql, params)
        else:
            cursor.executemany(sql, params)
