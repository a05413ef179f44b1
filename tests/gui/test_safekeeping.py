"""Settings → Safekeeping and the crash dialog: backups, restore, the journal on a stick and
the support bundle from the desk."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

from branchdesk.services.backups import take_now
from branchdesk.ui.safekeeping import SafekeepingTab


def _tab(state, qtbot, said: list[tuple[str, bool]]) -> SafekeepingTab:
    tab = SafekeepingTab(
        state, lambda action, **_: bool(action()), lambda t, e: said.append((t() if t else "", e))
    )
    qtbot.addWidget(tab)
    tab.retranslate()
    return tab


def test_back_up_now_writes_a_checked_copy(state, qtbot):
    said: list[tuple[str, bool]] = []
    tab = _tab(state, qtbot, said)
    tab.back_up_now()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    text, error = said[-1]
    assert not error
    written = list((state.ctx.db.path.parent / "backups").glob("BST-*.sqlite"))
    assert len(written) == 1
    assert str(written[0]) in text


def test_restore_checks_the_file_first_and_hands_the_restore_to_the_desk(
    state, qtbot, add_reader, tmp_path: Path
):
    from branchdesk.ui import app

    said: list[tuple[str, bool]] = []
    tab = _tab(state, qtbot, said)
    foreign = tmp_path / "notes.sqlite"
    foreign.write_bytes(b"not a database at all" * 100)
    assert not tab.restore_from(foreign, confirm=False)
    assert said[-1][1]  # refused, on the message line
    assert state.restore_from is None

    taken = take_now(state.ctx.db.path, state.ctx.db.path.parent, "BST", state.ctx.now())
    add_reader("Кейінгі")  # done after the backup: the restore takes it away
    restarts: list[bool] = []
    state.restart = lambda: restarts.append(True)
    assert tab.restore_from(taken.path, confirm=False)
    assert state.restore_from == taken.path
    assert restarts == [True]  # the desk's session ends; run_desk restores and starts again

    state.ctx.db.dispose()
    app._restore(state, state.ctx.db.path)  # what run_desk does once the window has closed
    with sqlite3.connect(state.ctx.db.path) as conn:
        assert conn.execute("SELECT count(*) FROM reader").fetchone() == (0,)
    saved = list((state.ctx.db.path.parent / "backups").glob("BST-before-restore-*.sqlite"))
    assert len(saved) == 1
    with sqlite3.connect(saved[0]) as conn:
        assert conn.execute("SELECT count(*) FROM reader").fetchone() == (1,)


def test_the_crash_dialog_saves_a_support_bundle_and_stays_open(qtbot, tmp_path: Path, ctx):
    from branchdesk.services.support import make_bundle
    from branchdesk.ui.crash import CrashDialog

    data_dir = ctx.db.path.parent
    dialog = CrashDialog(
        "Traceback: ZeroDivisionError",
        tmp_path / "branchdesk.log",
        lambda target: make_bundle(data_dir, ctx.db.path, target),
    )
    qtbot.addWidget(dialog)
    target = tmp_path / "support.zip"
    dialog.bundle_target = lambda: target  # type: ignore[method-assign]
    dialog.show()
    dialog.save_button.click()
    assert dialog.saved == target
    assert dialog.isVisible()
    assert str(target) in dialog.explanation.text()
    with zipfile.ZipFile(target) as z:
        assert "versions.json" in z.namelist()


def test_the_daily_backup_runs_in_the_background_once_a_day(state, qtbot):
    from branchdesk.ui.backup_timer import BackupTimer

    timer = BackupTimer(state)
    taken: list[object] = []
    timer.taken.connect(taken.append)
    timer.check()
    assert timer.job is not None  # off the GUI thread
    qtbot.waitUntil(lambda: timer.job is None, timeout=10_000)
    daily = state.ctx.db.path.parent / "backups" / "daily" / "BST-2026-11-17.sqlite"
    assert daily.exists()
    assert len(taken) == 1
    timer.check()  # the same day again: nothing to do
    assert timer.job is None
    assert len(taken) == 1
    timer.stop()
