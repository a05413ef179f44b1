"""The main window: the screens as tabs, the status bar, and the lock after idle time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget, QWidget

from branchdesk.services.results import Changes
from branchdesk.services.settings import idle_lock_minutes
from branchdesk.store.queries import branch_status
from branchdesk.ui.login import LoginDialog
from branchdesk.ui.screen import Screen
from branchdesk.ui.state import DeskState

DEFAULT_IDLE_MINUTES = 10
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel}


class MainWindow(QMainWindow):
    def __init__(
        self,
        state: DeskState,
        screens: list[Screen],
        idle_minutes: int = DEFAULT_IDLE_MINUTES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.screens = screens
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for screen in screens:
            self.tabs.addTab(screen, screen.title())
        self.tabs.currentChanged.connect(lambda _: self.current_screen().focus_default())
        self.setCentralWidget(self.tabs)
        for number in range(1, len(screens) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.tabs.setCurrentIndex(n - 1))
        self.branch_label, self.staff_label, self.journal_label = QLabel(), QLabel(), QLabel()
        bar = self.statusBar()
        bar.addWidget(self.branch_label)
        bar.addWidget(self.staff_label)
        bar.addPermanentWidget(self.journal_label)
        state.hub.changed.connect(self._on_changes)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self.set_idle_minutes(idle_minutes)
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        self.locked = False
        self.resize(1366, 768)
        self.retranslate()
        self._refresh_status()

    def current_screen(self) -> Screen:
        widget = self.tabs.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    def screen_of(self, kind: type[Screen]) -> Screen:
        return next(s for s in self.screens if isinstance(s, kind))

    def show_screen(self, kind: type[Screen]) -> Screen:
        screen = self.screen_of(kind)
        self.tabs.setCurrentWidget(screen)
        return screen

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("branchdesk — {branch}").format(branch=self.state.ctx.branch))
        for index, screen in enumerate(self.screens):
            self.tabs.setTabText(index, f"{screen.title()}  (Ctrl+{index + 1})")
        self._refresh_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_changes(self, changes: Changes) -> None:
        if changes.settings:
            self.set_idle_minutes(idle_lock_minutes(self.state.ctx.db))
        if changes.journal or changes.settings:
            self._refresh_status()

    def _refresh_status(self) -> None:
        with self.state.ctx.db.read() as session:
            status = branch_status(session, self.state.ctx.branch, self.state.ctx.today())
        self.branch_label.setText(self.tr("Branch {branch}").format(branch=status.branch))
        staff = self.state.staff
        self.staff_label.setText(
            self.tr("At the desk: {name}").format(name=staff.full_name if staff else "—")
        )
        self.journal_label.setText(
            self.tr("Waiting to be sent: {pending} · last sync: never").format(
                pending=status.journal_pending
            )
        )

    # ----- idle lock -----

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle.setInterval(max(1, minutes) * 60_000)
        self.idle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.locked:
            self.idle.start()
        return False

    def lock(self, ask: Callable[[LoginDialog], int] | None = None) -> None:
        """Hide the reader's data and ask for a password; another librarian may sign in."""
        if self.locked or self.state.staff is None:
            return
        self.locked = True
        self.tabs.hide()
        while True:  # closing the lock screen does not unlock the desk
            dialog = LoginDialog(self.state, self, locked_for=self.state.staff)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            (ask or (lambda d: d.exec()))(dialog)
            if dialog.staff is not None:
                self.state.staff = dialog.staff
                break
        self.locked = False
        self.tabs.show()
        self._refresh_status()
        self.idle.start()
        self.current_screen().focus_default()
