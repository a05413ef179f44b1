"""The central library's database: SQLite by default, PostgreSQL in production (DESIGN §6).

One engine per server process. On SQLite the same durability as at a branch (WAL,
synchronous=FULL, BEGIN IMMEDIATE); on PostgreSQL the default READ COMMITTED with the change
counter's row lock serialising the writers that must be serialised.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, select
from sqlalchemy.engine import make_url

from branchdesk.central.schema import counter, metadata
from branchdesk.errors import WorldError

MIGRATIONS = Path(__file__).with_name("migrations")
HEAD = "c0003"
DB_ENV = "BRANCHDESK_CENTRAL_DB"


def default_url(data_dir: Path) -> str:
    return os.environ.get(DB_ENV) or f"sqlite:///{data_dir / 'central.sqlite3'}"


def _sqlite_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA cache_size=-65536")
    # A commit that also copies the WAL back into the database file takes several times
    # as long: the server checkpoints after answering a branch's last batch instead
    # (`checkpoint_due`), and SQLite itself when the last connection closes. Durability is
    # the WAL's, synced at commit.
    cur.execute("PRAGMA wal_autocheckpoint=0")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if parsed.get_backend_name() != "postgresql":
        raise WorldError("central_db_unsupported", url=parsed.render_as_string())
    return create_engine(url, pool_pre_ping=True)


def checkpoint(engine: Engine) -> None:
    """Copy what the WAL holds back into a SQLite database file, without waiting for
    readers or writers (PASSIVE); nothing to do on PostgreSQL. Outside any transaction (in
    one, SQLite refuses), and quietly: a checkpoint missed now is made by the next one."""
    if engine.dialect.name != "sqlite":
        return
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)")  # type: ignore[union-attr]
    except sqlite3.Error:
        pass
    finally:
        raw.close()


# A WAL past this size is copied back after the push that grew it, even in the middle of a
# branch's burst: some fifteen batches of 1,000 operations (each adds about 4 MB).
WAL_LIMIT_BYTES = 64 * 1024 * 1024


def checkpoint_due(engine: Engine, waiting: int, limit: int = WAL_LIMIT_BYTES) -> bool:
    """Whether to copy the WAL back into a SQLite database file after answering a push: at
    the end of a branch's burst (nothing more waits at the branch, which sends its next
    batch at once otherwise), or once the WAL has grown past `limit`.

    After every push, as before, the copy and its sync of the database file ran beside the
    next batch of a burst and held it back: 0.6 s of a 10,000-operation push in ten batches,
    measured. What a checkpoint does is the same whenever it runs, and durability is the
    WAL's, synced at each commit. Never on PostgreSQL."""
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:":
        return False
    return waiting == 0 or _size(Path(f"{database}-wal")) > limit


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def open_central(url: str) -> Engine:
    """Connect, and bring the schema to head (a newer schema is refused untouched)."""
    engine = make_engine(url)
    try:
        found = revision(engine)
    except Exception as exc:  # the driver's own errors: wrong host, password, file
        engine.dispose()
        raise WorldError("central_db_unreachable", reason=str(exc).splitlines()[0]) from exc
    if found is not None and not found.startswith("c"):  # central revisions are c0001, c0002...
        engine.dispose()
        raise WorldError("not_a_central_database")
    if found is not None and found > HEAD:
        engine.dispose()
        raise WorldError("database_too_new", found=found, known=HEAD)
    if found != HEAD:
        upgrade(engine)
    return engine


def upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        present = {row[0] for row in conn.execute(select(counter.c.name))}
        for name in ("change_seq", "feed_floor"):
            if name not in present:
                conn.execute(counter.insert().values(name=name, value=0))


__all__ = ["HEAD", "default_url", "make_engine", "metadata", "open_central"]
