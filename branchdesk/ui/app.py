"""Starting the desk: fonts, language, the branch, who signs in, and the main window."""

from __future__ import annotations

import json
import logging
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from branchdesk.domain.model import Staff, StaffRole
from branchdesk.errors import WorldError
from branchdesk.messages import describe
from branchdesk.paths import database_path, resources_dir
from branchdesk.services.context import BranchContext
from branchdesk.services.settings import get_language, idle_lock_minutes
from branchdesk.services.setup import init_branch
from branchdesk.services.staff import has_staff
from branchdesk.store.migrate import open_database
from branchdesk.ui.backup_timer import BackupTimer
from branchdesk.ui.crash import install_crash_dialog, setup_logging
from branchdesk.ui.fonts import install_fonts
from branchdesk.ui.gui_collector import collect_in_gui_thread
from branchdesk.ui.language import CHOICES, Languages
from branchdesk.ui.login import FirstAdminDialog, LoginDialog
from branchdesk.ui.main_window import Later, MainWindow
from branchdesk.ui.safekeeping import RESTORE_EXIT
from branchdesk.ui.screen import Screen
from branchdesk.ui.state import ChangeHub, DeskState
from branchdesk.ui.sync_worker import SyncWorker


def build_window(state: DeskState, languages: Languages, *, defer: bool = False) -> MainWindow:
    """The main window with every screen; tests and screenshots build it the same way.

    With `defer`, only the desk is built before the window shows; the other screens follow
    right after the first paint (the librarian can scan while they are built).
    """
    # Only the desk's module is imported before the window shows; each other screen's module
    # (the import screen's pulls in python-stdnum, for one) when that screen is built.
    from branchdesk.ui.desk import DeskScreen

    def switch_language(lang: str) -> None:
        languages.apply(lang)
        state.language = languages.current

    def readers() -> Screen:
        from branchdesk.ui.readers import ReadersScreen

        return ReadersScreen(state)

    def catalogue() -> Screen:
        from branchdesk.ui.catalogue import CatalogueScreen

        return CatalogueScreen(state)

    def events() -> Screen:
        from branchdesk.ui.events import EventsScreen

        return EventsScreen(state)

    def settings() -> Screen:
        from branchdesk.ui.settings import SettingsScreen

        return SettingsScreen(state, switch_language, sync=sync)

    def conflicts() -> Screen:
        from branchdesk.ui.conflicts import ConflictsScreen

        return ConflictsScreen(state, sync)

    def reports() -> Screen:
        from branchdesk.ui.reports import ReportsScreen

        return ReportsScreen(state)

    def importing() -> Screen:
        from branchdesk.ui.importing import ImportScreen

        return ImportScreen(state)

    translate = QCoreApplication.translate  # named so: lupdate reads a bare tr() as self.tr
    sync = SyncWorker(state)
    later = [
        Later(lambda: translate("ReadersScreen", "Readers"), readers),
        Later(lambda: translate("CatalogueScreen", "Catalogue"), catalogue),
        Later(lambda: translate("EventsScreen", "Events"), events),
        Later(lambda: translate("SettingsScreen", "Settings"), settings),
        Later(lambda: translate("ConflictsScreen", "Conflicts"), conflicts),
        Later(lambda: translate("ReportsScreen", "Reports"), reports),
        Later(lambda: translate("ImportScreen", "Import"), importing),
    ]
    window = MainWindow(
        state, [DeskScreen(state)], idle_lock_minutes(state.ctx.db), later, sync=sync
    )
    if not defer:
        window.build_later()
    return window


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    collect_in_gui_thread(app)  # before any work runs in a thread of its own
    app.setApplicationName("branchdesk")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "branchdesk.png")))
    install_fonts(app)
    return app


def _sign_in(state: DeskState) -> Staff | None:
    if not has_staff(state.ctx):
        first = FirstAdminDialog(state)
        if first.exec() != QDialog.DialogCode.Accepted:
            return None
    login = LoginDialog(state)
    return login.staff if login.exec() == QDialog.DialogCode.Accepted else None


def run_desk(
    data_dir: Path,
    lang: str | None,
    *,
    self_test: bool,
    started: float,
    up: Callable[[], None] = lambda: None,
) -> int:
    """The desk's main loop. `started` is the process's perf_counter at entry (for ready_ms);
    `up` is called once the start is over: when the first window shows (the sign-in; the
    desk itself in the self-test), or before the first-run wizard or an error message."""
    log_path = setup_logging(data_dir / "logs") if not self_test else Path(tempfile.gettempdir())
    app = _application()
    languages = Languages(app, data_dir / "cache")
    path = database_path(data_dir)
    if self_test and not path.exists():
        # A fresh machine still proves the window opens: a throwaway branch, never the user's.
        path = database_path(Path(tempfile.mkdtemp(prefix="branchdesk-self-test-")))
        init_branch(path, "TST", "Self-test").dispose()
    if not path.exists():
        from branchdesk.ui.first_run import FirstRunWizard

        languages.apply(lang or "kk")
        up()
        if FirstRunWizard(path, languages).exec() != QDialog.DialogCode.Accepted:
            return 0
    while True:
        try:
            ctx = BranchContext.load(open_database(path))
        except WorldError as error:
            # Started from a shortcut, nobody reads stderr: say it in a window.
            up()
            QMessageBox.critical(
                None, "branchdesk", describe(error.code, error.params, lang or "en")
            )
            return 1
        stored = get_language(ctx.db)
        languages.apply(lang or (stored if stored in CHOICES else "en"))
        state = DeskState(ctx=ctx, hub=ChangeHub(), language=languages.current)
        if self_test:
            return _self_test(app, state, languages, started, up)
        QTimer.singleShot(0, up)  # once the sign-in shows: the first window of the day
        code = _desk_session(app, state, languages, log_path)
        ctx.db.dispose()
        if code != RESTORE_EXIT or state.restore_from is None:
            return code
        _restore(state, path)


def _desk_session(app: QApplication, state: DeskState, languages: Languages, log: Path) -> int:
    """Sign in, the window, until it closes (or a restore asks to start again)."""
    from branchdesk.ui.safekeeping import qt_versions

    data_dir, path = state.ctx.db.path.parent, state.ctx.db.path

    def bundle(target: Path) -> Path:
        from branchdesk.services.support import make_bundle

        return make_bundle(data_dir, path, target, qt_versions())

    install_crash_dialog(log, bundle=bundle)
    state.restart = lambda: app.exit(RESTORE_EXIT)
    staff = _sign_in(state)
    if staff is None:
        return 0
    state.staff = staff
    window = build_window(state, languages, defer=True)
    window.show()
    window.current_screen().focus_default()
    QTimer.singleShot(0, window.build_later)
    window.sync.start()  # the first round waits until the desk is up
    daily = BackupTimer(state)
    daily.start()
    code = app.exec()
    daily.stop()
    window.sync.shutdown()
    window.close()
    window.deleteLater()
    return code


def _restore(state: DeskState, path: Path) -> None:
    """The backup the admin chose, in place of the database (the current one saved first)."""
    from datetime import datetime

    from branchdesk.paths import backups_dir
    from branchdesk.services.setup import restore_database
    from branchdesk.store.backup import copy_database

    source, state.restore_from = state.restore_from, None
    assert source is not None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    safety = backups_dir(path.parent) / f"{state.ctx.branch}-before-restore-{stamp}.sqlite"
    try:
        safety.parent.mkdir(parents=True, exist_ok=True)
        copy_database(path, safety, single_file=True)
        restore_database(source, path)
    except WorldError as error:
        QMessageBox.critical(None, "branchdesk", describe(error.code, error.params, state.language))
        return
    logging.getLogger("branchdesk").info("restored %s (the database before: %s)", source, safety)


def _self_test(
    app: QApplication,
    state: DeskState,
    languages: Languages,
    started: float,
    up: Callable[[], None],
) -> int:
    state.staff = Staff("self-test", "Self-test", StaffRole.LIBRARIAN, True)
    window = build_window(state, languages, defer=True)
    window.show()

    def ready() -> None:
        ready_ms = round((time.perf_counter() - started) * 1000, 1)
        print(json.dumps({"ready_ms": ready_ms}), flush=True)
        up()
        window.build_later()  # every screen must build, or the self-test fails
        app.quit()

    QTimer.singleShot(0, ready)
    app.exec()
    window.close()
    state.ctx.db.dispose()
    return 0
