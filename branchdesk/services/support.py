"""A support bundle: what a helper on the phone needs to see what went wrong, as one zip.

Logs, versions, the branch's settings without secrets, and the last operations' states
(kind, state, answer code: never their payloads, which hold readers' data). No reader's
personal data leaves the PC this way: the logs are scrubbed of ИИН and phone numbers and of
every reader's name as the database knows it, in case a message ever carried one.
"""

from __future__ import annotations

import json
import platform
import re
import sqlite3
import sys
import zipfile
from collections.abc import Iterable
from contextlib import closing
from datetime import datetime
from pathlib import Path

from branchdesk.store.settings import Key

LAST_OPERATIONS = 200
# Settings that open a door: named in the bundle, their value never.
SECRETS = frozenset({Key.CENTRAL_TOKEN})
_IIN = re.compile(r"(?<!\d)\d{12}(?!\d)")
_PHONE = re.compile(r"(?<![\w+])(?:\+7|8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)")


def _versions(db_path: Path, extra: dict[str, str]) -> dict[str, object]:
    from importlib.metadata import PackageNotFoundError, version

    try:
        own = version("branchdesk")
    except PackageNotFoundError:
        own = "unknown"
    found: dict[str, object] = {
        "branchdesk": own,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "sqlite": sqlite3.sqlite_version,
    }
    if db_path.exists():
        with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            found["schema"] = row[0] if row else None
    found.update(extra)
    return found


def _settings(conn: sqlite3.Connection) -> dict[str, object]:
    shown: dict[str, object] = {}
    for key, value in conn.execute("SELECT key, value FROM setting ORDER BY key"):
        shown[key] = "(secret, not included)" if key in SECRETS else json.loads(value)
    return shown


def _operations(conn: sqlite3.Connection) -> list[dict[str, object]]:
    rows = conn.execute(
        "SELECT device_seq, op_id, kind, state, result_code, attempts, last_error, "
        "created_local FROM journal ORDER BY device_seq DESC LIMIT ?",
        (LAST_OPERATIONS,),
    )
    names = ("device_seq", "op_id", "kind", "state", "result_code", "attempts", "last_error")
    return [dict(zip((*names, "created_local"), row, strict=True)) for row in rows]


def _reader_names(conn: sqlite3.Connection) -> set[str]:
    found: set[str] = set()
    rows = conn.execute(
        "SELECT surname, name, patronymic, guarantor_name, iin, phone, guarantor_iin, "
        "guarantor_phone FROM reader"
    )
    for row in rows:
        for value in row:
            if value:
                found.update(part for part in str(value).split() if len(part) >= 3)
    return found


def scrub(text: str, names: Iterable[str]) -> str:
    """The text with ИИН, phone numbers and the given names hidden."""
    text = _IIN.sub("[ИИН]", text)
    text = _PHONE.sub("[phone]", text)
    ordered = sorted(set(names), key=len, reverse=True)
    for start in range(0, len(ordered), 500):  # a regex per 500 names stays small
        chunk = "|".join(re.escape(n) for n in ordered[start : start + 500])
        text = re.sub(rf"(?<!\w)(?:{chunk})(?!\w)", "[name]", text, flags=re.IGNORECASE)
    return text


def make_bundle(
    data_dir: Path, db_path: Path, target: Path, extra_versions: dict[str, str] | None = None
) -> Path:
    """Write the support bundle to `target` (a .zip) and return it."""
    settings: dict[str, object] = {}
    operations: list[dict[str, object]] = []
    names: set[str] = set()
    if db_path.exists():
        with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
            settings = _settings(conn)
            operations = _operations(conn)
            names = _reader_names(conn)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("README.txt", _readme())
        versions = _versions(db_path, extra_versions or {})
        bundle.writestr("versions.json", _json(versions))
        bundle.writestr("settings.json", _json(settings))
        bundle.writestr("operations.json", _json(operations))
        logs = data_dir / "logs"
        if logs.is_dir():
            for log in sorted(logs.glob("branchdesk.log*")):
                text = log.read_text(encoding="utf-8", errors="replace")
                bundle.writestr(f"logs/{log.name}", scrub(text, names))
    partial.replace(target)
    return target


def default_name(branch: str, now: datetime) -> str:
    return f"branchdesk-support-{branch}-{now:%Y%m%d-%H%M%S}.zip"


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)


def _readme() -> str:
    return (
        "branchdesk support bundle\n"
        "versions.json: program, Python, system, database schema\n"
        "settings.json: the branch's settings (the central library's token is left out)\n"
        f"operations.json: the last {LAST_OPERATIONS} operations' kinds and states, no contents\n"
        "logs/: the desk's log files, with ИИН, phone numbers and readers' names hidden\n"
    )
