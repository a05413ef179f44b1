"""Copies of the branch database made with SQLite's online backup API.

The backup API copies a consistent snapshot even while the WAL holds recent writes, which a
plain file copy does not.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from branchdesk.errors import StorageError, WorldError


def _connect(path: Path, *, must_exist: bool) -> sqlite3.Connection:
    try:
        if must_exist:
            return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        return sqlite3.connect(path)
    except sqlite3.Error as exc:
        raise StorageError.from_sqlite(path, exc) or exc from exc


def copy_database(source: Path, target: Path, *, single_file: bool = False) -> None:
    """Snapshot `source` into `target` (created or overwritten) and check the copy.

    `single_file`: a backup kept as one file (rollback journal, no -wal or -shm beside it),
    safe to rename, copy to a stick or mail; it becomes WAL again when it is restored."""
    if not source.exists():
        raise WorldError("file_not_found", path=str(source))
    try:
        with (
            closing(_connect(source, must_exist=True)) as src,
            closing(_connect(target, must_exist=False)) as dst,
        ):
            src.backup(dst)
            dst.execute(f"PRAGMA journal_mode={'DELETE' if single_file else 'WAL'}")
    except sqlite3.Error as exc:
        raise StorageError.from_sqlite(target, exc) or exc from exc
    check_integrity(target)


def check_integrity(path: Path) -> None:
    try:
        with closing(_connect(path, must_exist=True)) as conn:
            row = conn.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.Error as exc:
        raise StorageError.from_sqlite(path, exc) or exc from exc
    if row is None or row[0] != "ok":
        raise StorageError("database_corrupt", path=str(path))


def schema_revision(path: Path) -> str | None:
    """The Alembic revision stored in the file, or None for a file without our schema."""
    try:
        with closing(_connect(path, must_exist=True)) as conn:
            has_table = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if not has_table:
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as exc:
        raise StorageError.from_sqlite(path, exc) or exc from exc
    return None if row is None else str(row[0])


def read_setting(path: Path, key: str) -> object:
    """One value from a database file's settings, read without opening it as a branch."""
    try:
        with closing(_connect(path, must_exist=True)) as conn:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error as exc:
        raise StorageError.from_sqlite(path, exc) or exc from exc
    return None if row is None else json.loads(row[0])
