"""Small branch-wide values kept in the `setting` table as JSON: identity, counters, rules."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from sqlalchemy.orm import Session

from branchdesk.store.schema import SettingRow


class Key:
    """Names of the rows in the `setting` table."""

    BRANCH = "branch_code"
    DEVICE_ID = "device_id"
    CARD_SEQ = "card_seq"
    WEEKLY_DAYS_OFF = "weekly_days_off"
    AGE_BANDS = "age_bands"
    BBK_MAP = "bbk_map"
    CARD_VALIDITY_MONTHS = "card_validity_months"
    LIBRARY_NAME = "library_name"  # {"kk": ..., "ru": ...}: the library system, on cards
    # Sync with the central library (issue 4).
    CENTRAL_URL = "central_url"
    CENTRAL_TOKEN = "central_token"
    PULL_CURSOR = "pull_cursor"
    PULL_CHECK = "pull_check"  # "entity:uuid" of the change at the cursor (restore detection)
    LAST_SYNC = "last_sync"  # ISO moment of the last round that pushed and pulled everything
    CLOCK_OFFSET_MS = "clock_offset_ms"  # the centre's clock minus this PC's
    # Import (issue 6): the user's last column mapping of a sheet, {field: header}, per kind.
    IMPORT_COLUMNS_RECORDS = "import_columns_records"
    IMPORT_COLUMNS_READERS = "import_columns_readers"
    SYNC_STOPPED = "sync_stopped"  # why the worker stopped until a person acts: token, upgrade
    # Where the token is kept: "keyring" (the OS's credential store) or absent (this table).
    CENTRAL_TOKEN_STORE = "central_token_store"
    BACKUP_SECOND_FOLDER = "backup_second_folder"  # a USB stick's folder for second copies


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(SettingRow, key)
    return default if row is None else json.loads(row.value)


def put_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(SettingRow, key)
    text = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(SettingRow(key=key, value=text))
    else:
        row.value = text


def read_value(conn: sqlite3.Connection, key: str, default: Any = None) -> Any:
    """get_setting for the plain-SQL units of work (the scan path, sync)."""
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return default if row is None else json.loads(row[0])


def write_value(conn: sqlite3.Connection, key: str, value: Any) -> None:
    conn.execute(
        "INSERT INTO setting (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value, ensure_ascii=False)),
    )
