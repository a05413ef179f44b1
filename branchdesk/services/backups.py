"""The branch's backups: daily while the desk runs, on demand, and a second copy on a stick.

Every copy is SQLite's online backup of the live file (store/backup.py): a consistent
snapshot while librarians keep lending, checked with `integrity_check` before it counts.
A copy is written under a temporary name and renamed when whole, so a power cut never
leaves a half backup that looks like a good one. The second folder (a USB stick) is a
convenience: when it is missing or full, the backup in the data folder still counts and
the failure is reported, not raised.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from branchdesk.domain.retention import (
    DAILY_KEEP,
    MONTHLY_KEEP,
    daily_name,
    monthly_name,
    surplus,
)
from branchdesk.errors import WorldError
from branchdesk.paths import backups_dir
from branchdesk.store.backup import check_integrity, copy_database, read_setting, schema_revision
from branchdesk.store.db import Database
from branchdesk.store.migrate import REVISIONS
from branchdesk.store.settings import Key, get_setting, put_setting

log = logging.getLogger("branchdesk.backups")

SECOND_FOLDER_NAME = "branchdesk-backups"


@dataclass(frozen=True)
class Taken:
    path: Path
    second: Path | None = None  # the copy in the second folder, when it was made
    second_error: str | None = None  # why the second copy failed


def second_folder(db: Database) -> Path | None:
    with db.read() as session:
        value = get_setting(session, Key.BACKUP_SECOND_FOLDER)
    return Path(value) if isinstance(value, str) and value else None


def set_second_folder(db: Database, folder: Path | None) -> None:
    if folder is not None and not folder.is_dir():
        raise WorldError("file_not_found", path=str(folder))
    with db.write() as session:
        put_setting(session, Key.BACKUP_SECOND_FOLDER, None if folder is None else str(folder))


def _snapshot(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    copy_database(source, partial, single_file=True)
    os.replace(partial, target)


def _second_copy(taken: Path, data_dir: Path, second: Path | None) -> Taken:
    if second is None:
        return Taken(taken)
    target = second / SECOND_FOLDER_NAME / taken.relative_to(backups_dir(data_dir))
    if not second.is_dir():
        # The stick is not in (or its drive letter changed): never make the folder up on
        # the PC's own disk, where it would look like a second copy and not be one.
        log.warning("second backup folder %s is missing", second)
        return Taken(taken, None, "missing")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        shutil.copyfile(taken, partial)
        os.replace(partial, target)
    except OSError as exc:
        log.warning("second backup folder %s failed: %s", second, exc)
        return Taken(taken, None, exc.strerror or str(exc))
    return Taken(taken, target)


def daily_due(data_dir: Path, branch: str, today: date) -> bool:
    name = daily_name(branch, today.year, today.month, today.day)
    return not (backups_dir(data_dir) / "daily" / name).exists()


def take_daily(
    db_path: Path, data_dir: Path, branch: str, today: date, second: Path | None = None
) -> Taken | None:
    """Today's backup if there is none yet (None if there is), the month's from the first
    of them, and the oldest beyond 14 days and 12 months removed (here and on the stick)."""
    if not daily_due(data_dir, branch, today):
        return None
    folder = backups_dir(data_dir)
    daily = folder / "daily" / daily_name(branch, today.year, today.month, today.day)
    _snapshot(db_path, daily)
    monthly = folder / "monthly" / monthly_name(branch, today.year, today.month)
    if not monthly.exists():
        partial = monthly.with_name(monthly.name + ".partial")
        monthly.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(daily, partial)
        os.replace(partial, monthly)
        _second_copy(monthly, data_dir, second)
    taken = _second_copy(daily, data_dir, second)
    roots = [folder]
    if second is not None and taken.second is not None:
        roots.append(second / SECOND_FOLDER_NAME)
    for root in roots:
        _prune(root / "daily", monthly=False, keep=DAILY_KEEP)
        _prune(root / "monthly", monthly=True, keep=MONTHLY_KEEP)
    log.info("daily backup written: %s", daily)
    return taken


def _prune(folder: Path, *, monthly: bool, keep: int) -> None:
    if not folder.is_dir():
        return
    for name in surplus((p.name for p in folder.iterdir()), monthly=monthly, keep=keep):
        (folder / name).unlink(missing_ok=True)


def take_now(
    db_path: Path, data_dir: Path, branch: str, now: datetime, second: Path | None = None
) -> Taken:
    """A backup on demand (before a risky change, before the PC goes for repair)."""
    target = backups_dir(data_dir) / f"{branch}-{now:%Y%m%d-%H%M%S}.sqlite"
    _snapshot(db_path, target)
    log.info("backup written on demand: %s", target)
    return _second_copy(target, data_dir, second)


def check_backup(source: Path, branch: str | None) -> str:
    """Check a file before it may replace the branch database: whole, a branch database
    this build can open, and this branch's (when `branch` is known). Returns its branch."""
    if not source.exists():
        raise WorldError("file_not_found", path=str(source))
    check_integrity(source)
    revision = schema_revision(source)
    if revision is None:
        raise WorldError("not_a_branch_database", path=str(source))
    if revision not in REVISIONS:
        raise WorldError("database_too_new", path=str(source), found=revision, known=REVISIONS[-1])
    found = str(read_setting(source, Key.BRANCH))
    if branch is not None and found != branch:
        raise WorldError("other_branch_backup", path=str(source), found=found, wanted=branch)
    return found
