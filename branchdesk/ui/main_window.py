"""The main window: the screens as tabs, the status bar, and the lock after idle time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget, QWidget

from branchdesk.errors import WorldError
from branchdesk.services.results import Changes
from branchdesk.services.settings import idle_lock_minutes
from branchdesk.store.queries import journal_pending
from branchdesk.ui.feedback import error_text
from branchdesk.ui.login import LoginDialog
from branchdesk.ui.screen import Screen
from branchdesk.ui.state import DeskState

DEFAULT_IDLE_MINUTES = 10
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel}


@dataclass(frozen=True)
class Later:
    """A screen built just after the window first shows: the desk is usable sooner."""

    title: Callable[[], str]
    build: Callable[[], Screen]


class MainWindow(QMainWindow):
    def __init__(
        self,
        state: DeskState,
        screens: list[Screen],
        idle_minutes: int = DEFAULT_IDLE_MINUTES,
        later: Sequence[Later] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.screens: list[Screen] = list(screens)
        self._later: dict[int, Later] = {}
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for screen in screens:
            self.tabs.addTab(screen, screen.title())
        for pending in later:
            self._later[self.tabs.addTab(QWidget(), pending.title())] = pending
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        for number in range(1, self.tabs.count() + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.tabs.setCurrentIndex(n - 1))
        self.branch_label, self.staff_label, self.journal_label = QLabel(), QLabel(), QLabel()
        bar = self.statusBar()
        bar.addWidget(self.branch_label)
        bar.addWidget(self.staff_label)
        bar.addPermanentWidget(self.journal_label)
        state.hub.changed.connect(self._on_changes)
        state.hub.trouble.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self.set_idle_minutes(idle_minutes)
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        self.locked = False
        self.resize(1366, 768)
        self.retranslate()

    def build_later(self) -> None:
        """Build the screens that waited for the first paint (called once the window shows)."""
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        for index, pending in sorted(self._later.items()):
            screen = pending.build()
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, screen, pending.title())
            self.screens.insert(index, screen)
        self._later.clear()
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        self.retranslate()

    def _tab_changed(self, index: int) -> None:
        if index in self._later:
            self.build_later()
        self.current_screen().focus_default()

    def current_screen(self) -> Screen:
        widget = self.tabs.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    def screen_of(self, kind: type[Screen]) -> Screen:
        self.build_later()
        return next(s for s in self.screens if isinstance(s, kind))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("branchdesk — {branch}").format(branch=self.state.ctx.branch))
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            title = widget.title() if isinstance(widget, Screen) else self._later[index].title()
            self.tabs.setTabText(index, f"{title}  (Ctrl+{index + 1})")
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
        try:
            with self.state.ctx.db.read() as session:
                pending = journal_pending(session)
        except WorldError as error:
            self.statusBar().showMessage(error_text(error, self.state), 15_000)
            return
        self.branch_label.setText(self.tr("Branch {branch}").format(branch=self.state.ctx.branch))
        staff = self.state.staff
        self.staff_label.setText(
            self.tr("At the desk: {name}").format(name=staff.full_name if staff else "—")
        )
        self.journal_label.setText(
            self.tr("Waiting to be sent: {pending} · last sync: never").format(pending=pending)
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
        """Hide the reader's data and ask for a password; another librarian may sign in.

        Open forms and dialogs (a reader's form, a history) are hidden too and come back
        after the password: a lock that left them on screen would show the data it guards.
        """
        if self.locked or self.state.staff is None:
            return
        self.locked = True
        self.tabs.hide()
        hidden = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget is not self and widget.isVisible()
        ]
        for widget in hidden:
            widget.hide()
        while True:  # closing the lock screen does not unlock the desk
            dialog = LoginDialog(self.state, self, locked_for=self.state.staff)
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            (ask or (lambda d: d.exec()))(dialog)
            if dialog.staff is not None:
                self.state.staff = dialog.staff
                break
        for widget in hidden:
            widget.show()
        self.locked = False
        self.tabs.show()
        self._refresh_status()
        self.idle.start()
        self.current_screen().focus_default()
