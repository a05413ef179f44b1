"""Backups taken while the desk works: a consistent snapshot that restores whole."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest

from branchdesk.errors import WorldError
from branchdesk.services import circulation
from branchdesk.services.backups import (
    SECOND_FOLDER_NAME,
    check_backup,
    second_folder,
    set_second_folder,
    take_daily,
    take_now,
)
from branchdesk.services.context import BranchContext
from branchdesk.services.results import Override
from branchdesk.services.setup import restore_database
from branchdesk.store.migrate import open_database

LENDS = 150


def test_a_backup_taken_while_lends_run_restores_every_lend_committed_before_it(
    ctx, add_item, add_reader, tmp_path: Path
):
    card = add_reader()
    barcodes = [add_item(title=f"Кітап {n}") for n in range(LENDS)]
    data_dir = ctx.db.path.parent
    committed: list[str] = []  # appended after each lend's commit, in the lending thread
    started = threading.Event()
    failures: list[BaseException] = []

    def lend_all() -> None:
        # The lending thread has its own connection to the file, as the desk's thread has.
        lender = BranchContext.load(open_database(ctx.db.path))
        try:
            for barcode in barcodes:
                result = circulation.lend(lender, card, barcode, "admin", Override("test"))
                assert result.done, result
                committed.append(barcode)
                if len(committed) == 20:
                    started.set()
        except BaseException as exc:  # reported to the test's thread below
            failures.append(exc)
            started.set()
        finally:
            lender.db.dispose()

    worker = threading.Thread(target=lend_all)
    worker.start()
    assert started.wait(60)
    before = list(committed)  # every lend the screen had confirmed when the backup began
    taken = take_daily(ctx.db.path, data_dir, "BST", date(2026, 11, 17))
    during = len(committed)
    worker.join(60)
    assert not failures
    assert taken is not None
    assert during < LENDS, "the lends ended before the backup: nothing ran beside it"

    ctx.db.dispose()
    target = ctx.db.path
    restore_database(taken.path, target)  # as `branchdesk restore` and the desk do
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        lent = {
            row[0]
            for row in conn.execute("SELECT i.barcode FROM loan l JOIN item i ON i.id = l.item_id")
        }
        journaled = conn.execute("SELECT count(*) FROM journal WHERE kind = 'lend'").fetchone()[0]
    assert set(before) <= lent
    assert len(lent) == journaled  # each restored loan with its journal row, none without


def test_daily_backups_keep_fourteen_days_and_twelve_months_here_and_on_the_stick(
    ctx, tmp_path: Path
):
    stick = tmp_path / "stick"
    stick.mkdir()
    set_second_folder(ctx.db, stick)
    assert second_folder(ctx.db) == stick
    data_dir = ctx.db.path.parent
    day = date(2025, 10, 1)
    for _ in range(420):
        take_daily(ctx.db.path, data_dir, "BST", day, stick)
        day += timedelta(days=1)
    assert take_daily(ctx.db.path, data_dir, "BST", day - timedelta(days=1), stick) is None
    for root in (data_dir / "backups", stick / SECOND_FOLDER_NAME):
        daily = sorted(p.name for p in (root / "daily").iterdir())
        monthly = sorted(p.name for p in (root / "monthly").iterdir())
        assert len(daily) == 14
        assert daily[-1] == "BST-2026-11-24.sqlite"
        assert len(monthly) == 12
        assert monthly[0] == "BST-2025-12.sqlite"
        assert monthly[-1] == "BST-2026-11.sqlite"
    check_backup(data_dir / "backups" / "daily" / "BST-2026-11-24.sqlite", "BST")


def test_a_missing_stick_does_not_stop_the_backup(ctx, tmp_path: Path):
    gone = tmp_path / "stick-pulled-out"
    taken = take_now(ctx.db.path, ctx.db.path.parent, "BST", ctx.now(), gone / "x")
    assert taken.path.exists()
    assert taken.second is None
    with pytest.raises(WorldError):
        set_second_folder(ctx.db, gone)


def test_a_foreign_or_damaged_file_is_refused_before_anything_changes(ctx, tmp_path: Path):
    taken = take_now(ctx.db.path, ctx.db.path.parent, "BST", ctx.now())
    with pytest.raises(WorldError) as other:
        check_backup(taken.path, "SHT")
    assert other.value.code == "other_branch_backup"
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(taken.path.read_bytes()[:5000])
    with pytest.raises(WorldError):
        check_backup(damaged, "BST")
