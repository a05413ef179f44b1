"""Opening the branch database: durable SQLite with one writer at a time.

WAL lets the desk read while the sync worker writes; `synchronous=FULL` makes a loan confirmed
on screen survive a power cut (rural power fails); writes start with `BEGIN IMMEDIATE` so two
writers queue on the lock instead of failing when a read tries to upgrade (DESIGN §3).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from branchdesk.domain.folding import search_key
from branchdesk.errors import StorageError

_WRITE = "branchdesk_write"
_AUTOCHECKPOINT_PAGES = 1000  # SQLite's default
BUSY_TIMEOUT_MS = 10_000


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # Take transaction control away from the driver so BEGIN is ours (SQLAlchemy sqlite docs).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()
    # Folding in SQL for ad-hoc queries; SQLite's lower() folds ASCII only.
    dbapi_conn.create_function("search_key", 1, _sql_search_key, deterministic=True)


def _sql_search_key(value: str | None) -> str | None:
    return None if value is None else search_key(value)


def _on_begin(conn: Any) -> None:
    write = conn.get_execution_options().get(_WRITE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """One engine per process; one Session per use case, in the thread that runs it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = make_engine(path)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(
            self.engine.execution_options(**{_WRITE: True}), expire_on_commit=False
        )
        self._held = threading.local()  # this thread's connection while checkpoints wait
        self._checkpointer: threading.Thread | None = None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work: commits if the block ends normally, rolls back otherwise."""
        with _world_errors(self.path), self._write() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with _world_errors(self.path), self._read() as session, session.begin():
            yield session

    @contextmanager
    def write_sql(self) -> Iterator[sqlite3.Connection]:
        """A unit of work in plain SQL, for the scan path.

        A scan is a dozen indexed statements; building each through the ORM costs more than
        SQLite takes to run it, and the desk's bar is to stay within 3x of raw sqlite3. Same
        pool, same pragmas, same BEGIN IMMEDIATE and durable COMMIT as `write`.
        """
        with _world_errors(self.path):
            held = getattr(self._held, "pooled", None)
            pooled = held or self.engine.raw_connection()
            try:
                conn = pooled.driver_connection
                assert isinstance(conn, sqlite3.Connection)
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    # SQLite may already have rolled back by itself (a full disk does).
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
            finally:
                if held is None:
                    pooled.close()

    @contextmanager
    def checkpoint_after(self) -> Iterator[None]:
        """This thread's `write_sql` blocks share one connection that leaves the WAL alone
        until the block ends; then a thread of its own copies the WAL back into the database
        file (PASSIVE: it waits for no reader or writer, and none waits for it). For a sync
        round: hundreds of commits in a row, one of which would otherwise stop now and then
        for half a second to checkpoint. Durability is the WAL's, synced at each commit."""
        with _world_errors(self.path):
            pooled = self.engine.raw_connection()
            conn = pooled.driver_connection
            assert isinstance(conn, sqlite3.Connection)
            conn.execute("PRAGMA wal_autocheckpoint=0")
            self._held.pooled = pooled
            try:
                yield
            finally:
                self._held.pooled = None
                try:
                    conn.execute(f"PRAGMA wal_autocheckpoint={_AUTOCHECKPOINT_PAGES}")
                finally:
                    pooled.close()
                    self._checkpointer = threading.Thread(
                        target=_checkpoint, args=(self.path,), name="checkpoint", daemon=True
                    )
                    self._checkpointer.start()

    def analyze(self) -> None:
        """Refresh the query planner's statistics after a bulk load (sampled, so quick)."""
        with _world_errors(self.path):
            pooled = self.engine.raw_connection()
            try:
                pooled.driver_connection.execute("PRAGMA analysis_limit = 1000")  # type: ignore[union-attr]
                pooled.driver_connection.execute("ANALYZE")  # type: ignore[union-attr]
            finally:
                pooled.close()

    def dispose(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.join(timeout=30)
        self.engine.dispose()


def _checkpoint(path: Path) -> None:
    """A PASSIVE checkpoint on a connection of its own; one missed is made by the next."""
    try:
        with closing(sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)) as conn:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    except sqlite3.Error:
        pass


@contextmanager
def _world_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's failures of the world (disk, permissions, corruption) into StorageError."""
    try:
        yield
    except DBAPIError as exc:
        world = StorageError.from_sqlite(path, exc.orig)
        if world is None:
            raise
        raise world from exc
    except sqlite3.Error as exc:
        world = StorageError.from_sqlite(path, exc)
        if world is None:
            raise
        raise world from exc


def sql_connection(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under a Session's transaction, for statements shared with the
    plain-SQL units of work (the journal)."""
    conn = session.connection().connection.driver_connection
    assert isinstance(conn, sqlite3.Connection)
    return conn


def db_datetime(value: datetime) -> str:
    """A datetime as SQLAlchemy's SQLite dialect stores it, so both paths read the same."""
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def parse_db_datetime(text: str) -> datetime:
    return datetime.fromisoformat(text)
