"""A central library restored from a backup: the branches send again what it lost, and
pull again what they can no longer trust (both found by the protocol, not by a person)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from support.centrals import Central, join_branch, make_central

from branchdesk.central import schema as t
from branchdesk.central.store import open_central
from branchdesk.domain.readers import ReaderInput
from branchdesk.services.readers import register_reader
from branchdesk.services.sync import run_sync
from branchdesk.store.backup import copy_database


def _register(ctx, surname: str) -> str:
    result = register_reader(
        ctx, ReaderInput(surname=surname, name="Айгүл", birth_date=date(1991, 3, 8)), "admin"
    )
    assert result.reader is not None
    return result.reader.card_number


def _restore(central: Central, backup: Path, live: Path) -> None:
    """Put the backup in place of the live file, as an admin would, and start again."""
    port = int(central.address.rsplit(":", 1)[1])
    central.stop()
    central.engine.dispose()
    copy_database(backup, live)
    central.engine = open_central(central.url)
    central.start(port)


def test_branches_resend_and_repull_after_the_centre_is_restored(
    tmp_path: Path, migrated_template: Path
):
    live = tmp_path / "central.sqlite3"
    central = make_central(f"sqlite:///{live}")
    central.start()
    try:
        bst = join_branch(central, tmp_path / "BST", "BST", migrated_template)
        sht = join_branch(central, tmp_path / "SHT", "SHT", migrated_template)
        run_sync(sht.db)
        backup = tmp_path / "backup.sqlite3"
        copy_database(live, backup)  # taken before Bestobe's PC ever spoke to the centre

        for surname in ("Сейітова", "Бекова", "Жұмабаева"):
            _register(bst, surname)
        first = run_sync(bst.db)
        assert first.pushed == {"applied": 3}

        _restore(central, backup, live)
        # Shantobe registers readers after the restore: the feed's numbers pass Bestobe's
        # cursor, so a cursor alone would silently skip changes.
        for surname in ("Омарова", "Қасымова", "Нұрова", "Әлиева", "Ахметова"):
            _register(sht, surname)
        run_sync(sht.db)
        _register(bst, "Тоқтарова")

        after = run_sync(bst.db)
        assert after.reset  # Bestobe's cursor points at another change now: pulled again
        assert after.pending == 0
        with central.engine.connect() as conn:
            readers = conn.execute(select(func.count()).select_from(t.reader)).scalar_one()
            ops = conn.execute(
                select(func.count()).select_from(t.applied_op).where(t.applied_op.c.branch == "BST")
            ).scalar_one()
        assert readers == 9  # the centre lost Bestobe's first three; they were sent again
        assert ops == 4
        with sqlite3.connect(bst.db.path) as conn:
            assert conn.execute("SELECT count(*) FROM reader").fetchone() == (9,)
        bst.db.dispose()
        sht.db.dispose()
    finally:
        central.close()
