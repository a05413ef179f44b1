"""The main window: the screens as tabs, the status bar, and the lock after idle time.

The status bar always says where sync stands (DESIGN §5): online or offline (whether the
last contact with the central library succeeded), operations waiting to be sent, the last
successful sync, open conflicts (a click opens the inbox), a wrong clock on this PC, and a
"Sync now" button (F9).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QWidget,
)

from branchdesk.errors import WorldError
from branchdesk.services.results import Changes
from branchdesk.services.settings import idle_lock_minutes
from branchdesk.services.sync import SyncStatus
from branchdesk.store.queries import journal_pending
from branchdesk.sync.errors import SyncError
from branchdesk.ui.feedback import error_text
from branchdesk.ui.formats import DONE_COLOUR, ERROR_COLOUR, moment_text
from branchdesk.ui.login import LoginDialog
from branchdesk.ui.screen import Screen
from branchdesk.ui.state import DeskState
from branchdesk.ui.sync_worker import SyncWorker

DEFAULT_IDLE_MINUTES = 10
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel}
SYNC_KEY = "F9"
WARN_COLOUR = "#8a4b00"
QUIET_COLOUR = "#3c4650"


def _link_style(colour: str) -> str:
    """A button that reads as a link in the status bar."""
    return f"QPushButton {{ border: none; padding: 0 6px; color: {colour}; }}"


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
        *,
        sync: SyncWorker | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.sync = sync or SyncWorker(state)
        self.sync.setParent(self)
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
        self._build_status_bar()
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

    def _build_status_bar(self) -> None:
        self.branch_label, self.staff_label = QLabel(), QLabel()
        self.clock_label, self.online_label = QLabel(), QLabel()
        self.journal_label, self.last_sync_label = QLabel(), QLabel()
        self.conflicts_button = QPushButton()
        self.conflicts_button.setFlat(True)
        self.conflicts_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.conflicts_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+6 from the keys
        self.conflicts_button.clicked.connect(self.open_conflicts)
        self.sync_button = QPushButton()
        self.sync_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F9 from the keys
        self.sync_button.clicked.connect(self.sync_now)
        self.clock_label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        for label in (self.journal_label, self.last_sync_label):
            label.setContentsMargins(6, 0, 6, 0)
        bar = self.statusBar()
        bar.addWidget(self.branch_label)
        bar.addWidget(self.staff_label)
        for widget in (
            self.clock_label,
            self.online_label,
            self.journal_label,
            self.last_sync_label,
            self.conflicts_button,
            self.sync_button,
        ):
            bar.addPermanentWidget(widget)
        shortcut = QShortcut(QKeySequence(SYNC_KEY), self)
        shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        shortcut.activated.connect(self.sync_now)
        self.sync.changed.connect(self._refresh_status)
        self.sync.progress.connect(self._sync_progress)
        self.sync.finished.connect(self._sync_finished)
        self._progress_text = ""

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
        if changes.settings or changes.conflicts:
            self._refresh_status()
        elif changes.journal:
            self._refresh_pending()

    # ----- sync in the status bar -----

    def sync_now(self) -> None:
        """The "Sync now" button and F9: a round at once, or the reason there is none."""
        if not self.sync.sync_now():
            self.state.hub.trouble.emit(error_text(WorldError("not_joined"), self.state))

    def open_conflicts(self) -> None:
        # Imported here: the conflicts screen is one of those built after the first paint.
        from branchdesk.ui.conflicts import ConflictsScreen

        found = next((s for s in self.screens if isinstance(s, ConflictsScreen)), None)
        if found is None and self._later:
            self.build_later()
            found = next((s for s in self.screens if isinstance(s, ConflictsScreen)), None)
        if found is not None:
            self.tabs.setCurrentWidget(found)

    def _sync_progress(self, stage: str, done: int, total: object) -> None:
        if stage == "push":
            text = self.tr("Sending {done} of {total}…")
        elif total is None:
            text = self.tr("Receiving {done}…")
        else:
            text = self.tr("Receiving {done} of {total}…")
        self._progress_text = text.format(done=done, total=total)
        self.online_label.setText(self._progress_text)

    def _sync_finished(self, answer: object) -> None:
        self._progress_text = ""
        # What a person must act on is said at once: a token, an update, this PC's disk.
        # A network that comes and goes is only the label's colour.
        if isinstance(answer, WorldError) and (
            not isinstance(answer, SyncError) or answer.kind in ("token", "upgrade", "refused")
        ):
            self.state.hub.trouble.emit(error_text(answer, self.state))

    def _refresh_pending(self) -> None:
        """After a scan only the waiting count moves: one indexed count, not the whole status
        (the scan-to-screen budget is a few milliseconds)."""
        try:
            with self.state.ctx.db.read() as session:
                pending = journal_pending(session)
        except WorldError as error:
            self.statusBar().showMessage(error_text(error, self.state), 15_000)
            return
        self.journal_label.setText(self.tr("Waiting to be sent: {pending}").format(pending=pending))

    def _refresh_status(self) -> None:
        try:
            status = self.sync.status()
        except WorldError as error:
            self.statusBar().showMessage(error_text(error, self.state), 15_000)
            return
        self.branch_label.setText(self.tr("Branch {branch}").format(branch=self.state.ctx.branch))
        staff = self.state.staff
        self.staff_label.setText(
            self.tr("At the desk: {name}").format(name=staff.full_name if staff else "—")
        )
        self.journal_label.setText(
            self.tr("Waiting to be sent: {pending}").format(pending=status.pending)
        )
        self._show_connection(status)
        self._show_clock(status)
        self._show_conflicts(status)
        self.sync_button.setText(self.tr("Sync now ({key})").format(key=SYNC_KEY))
        self.sync_button.setEnabled(not self.sync.busy)

    def _show_connection(self, status: SyncStatus) -> None:
        label = self.online_label
        label.setToolTip(status.url or "")
        self.last_sync_label.setVisible(status.joined)
        self.last_sync_label.setText(
            self.tr("Last sync: {moment}").format(moment=self._moment(status.last_sync))
            if status.last_sync is not None
            else self.tr("Last sync: never")
        )
        colour = QUIET_COLOUR
        if not status.joined:
            text = self.tr("Working alone, no central library")
        elif self.sync.busy:
            text = self._progress_text or self.tr("Syncing…")
        elif status.stopped == "token":
            text, colour = self.tr("Sync stopped: a new token is needed (Settings)"), ERROR_COLOUR
        elif status.stopped == "upgrade":
            text, colour = self.tr("Sync stopped: update branchdesk"), ERROR_COLOUR
        elif self.sync.online:
            text, colour = self.tr("● Online"), DONE_COLOUR
        elif self.sync.online is None:
            text = self.tr("Not in touch yet")
        else:
            text, colour = self._trouble_text()
        error = self.sync.error
        if error is not None and not self.sync.busy and status.joined:
            label.setToolTip(error_text(error, self.state))
        label.setText(text)
        label.setStyleSheet(f"color: {colour};")

    def _trouble_text(self) -> tuple[str, str]:
        """Why the last contact failed, in a few words (the tooltip has the whole message)."""
        error = self.sync.error
        kind = error.kind if isinstance(error, SyncError) else None
        if kind == "refused":
            return self.tr("Refused by the central library"), ERROR_COLOUR
        if kind == "server":
            return self.tr("● The central library has a problem"), WARN_COLOUR
        if error is not None and kind is None:
            return self.tr("Not synced: see the message"), ERROR_COLOUR
        return self.tr("● Offline"), WARN_COLOUR

    def _moment(self, value: datetime) -> str:
        """The time alone when it is today: the status bar has room for little."""
        if value.date() == self.state.ctx.now().date():
            return f"{value:%H:%M}"
        return moment_text(value)

    def _show_clock(self, status: SyncStatus) -> None:
        self.clock_label.setVisible(status.clock_wrong)
        if not status.clock_wrong or status.clock_offset_ms is None:
            return
        minutes = round(abs(status.clock_offset_ms) / 60_000)
        if minutes < 120:
            text = self.tr("This PC's clock is off by %n minute(s)", "", minutes)
        elif minutes < 48 * 60:
            text = self.tr("This PC's clock is off by %n hour(s)", "", round(minutes / 60))
        else:
            text = self.tr("This PC's clock is off by %n day(s)", "", round(minutes / 1440))
        self.clock_label.setText(text)
        self.clock_label.setToolTip(
            self.tr("Set the date and time in Windows; the central library's clock is right.")
        )

    def _show_conflicts(self, status: SyncStatus) -> None:
        button = self.conflicts_button
        button.setVisible(status.joined or status.conflicts > 0)
        button.setText(self.tr("Conflicts: {count}").format(count=status.conflicts))
        button.setStyleSheet(_link_style(ERROR_COLOUR if status.conflicts else QUIET_COLOUR))
        button.setToolTip(self.tr("Open the conflicts inbox"))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sync.shutdown()
        super().closeEvent(event)

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
            if dialog.closing or not dialog.dismissed:
                # Closed from the lock screen, or the application is quitting (Windows shuts
                # down: every event loop ends, and a new lock screen would end at once, for
                # ever): the desk ends locked, nothing shown again.
                self.close()
                return
        for widget in hidden:
            widget.show()
        self.locked = False
        self.tabs.show()
        self._refresh_status()
        self.idle.start()
        self.current_screen().focus_default()
