"""Bringing a branch database file to the schema this build knows (DESIGN §3).

A fresh file is created by running every migration and so is stamped at head. An older file is
backed up beside itself before it is migrated. A file from a newer build is refused: this build
cannot know what the newer one stored. Opening an up-to-date file never imports Alembic, which
keeps start-up fast.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from branchdesk.errors import StorageError, WorldError
from branchdesk.paths import restrict_to_user
from branchdesk.store.backup import copy_database, schema_revision
from branchdesk.store.db import Database

MIGRATIONS = Path(__file__).with_name("migrations")
# Every revision this build can migrate from, oldest first; the last one is head.
# A test checks this list against the migration scripts.
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003")
HEAD = REVISIONS[-1]


def _has_tables(path: Path) -> bool:
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            return bool(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0)
    except sqlite3.Error as exc:
        raise StorageError.from_sqlite(path, exc) or exc from exc


def open_database(path: Path) -> Database:
    """Open (creating or migrating as needed) the branch database at `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    restrict_to_user(path.parent)
    if path.exists() and path.stat().st_size > 0:
        revision = schema_revision(path)
        if revision is None and _has_tables(path):
            raise WorldError("not_a_branch_database", path=str(path))
        if revision is not None and revision not in REVISIONS:
            raise WorldError("database_too_new", path=str(path), found=revision, known=HEAD)
        if revision is not None and revision != HEAD:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            copy_database(path, path.with_name(f"{path.name}.before-{HEAD}-{stamp}.bak"))
            _upgrade(path)
        elif revision is None:
            _upgrade(path)
    else:
        _upgrade(path)
    return Database(path)


def _upgrade(path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    database = Database(path)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    try:
        with database.engine.connect() as conn:
            # Batch migrations copy and drop tables; with foreign keys on, a drop could cascade
            # into child rows. The pragma only takes effect outside a transaction.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StorageError("migration_broke_references", path=str(path))
    finally:
        database.dispose()
