"""Sync in the background: one round at a time, off the GUI thread (DESIGN §5).

A round runs in a thread of its own and opens its own sessions on the branch database (WAL
lets the desk go on reading and writing meanwhile). Everything it reports comes back to the
GUI thread (ui/background.py); widgets are touched only there.

When: shortly after the window shows (never delaying start-up), every two minutes while the
central library answers, at once on "Sync now" and when the network comes back. After a
failure of the network or of the server the next try waits by capped exponential backoff
with full jitter; a refused token or an outdated program stops the automatic rounds until a
person acts (a new token in Settings, an update, or "Sync now"). A request the centre refuses
otherwise (403/404: a branch switched off there, an address that is not the centre's) is
said on screen and tried again with the same backoff: it may be the centre's passing
mistake, and a desk that waits for a click may wait for weeks in a village.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from branchdesk.errors import WorldError
from branchdesk.services.context import load_config
from branchdesk.services.results import Changes
from branchdesk.services.sync import SyncStatus, run_sync, sync_status
from branchdesk.sync.backoff import Backoff
from branchdesk.sync.errors import SyncError
from branchdesk.sync.summary import Summary
from branchdesk.ui.background import BackgroundJob, Task, connect_job, raise_bug
from branchdesk.ui.feedback import error_text
from branchdesk.ui.state import DeskState

FIRST_ROUND_MS = 1500  # after the first paint: the librarian scans before sync starts
EVERY_MS = 2 * 60 * 1000
STOPPING = ("token", "upgrade")  # only a person can fix these


def changes_of(summary: Summary) -> Changes:
    """Which views a round's pull and push touched."""
    pulled = summary.pulled
    return Changes(
        readers="reader" in pulled,
        catalogue=bool({"record", "item", "loan"} & pulled.keys()),
        loans=bool({"loan", "item"} & pulled.keys()),
        conflicts="conflict" in pulled or "conflict" in summary.pushed,
        journal=bool(summary.pushed),
        settings="rules" in pulled,
    )


class SyncWorker(QObject):
    """The desk's one sync worker: single flight, timer, backoff, network watch.

    `online` is None until the first contact, then whether the last contact succeeded.
    `changed` says the status bar should look again; `finished` carries each round's
    Summary or error; `progress` relays the round's (stage, done, total).
    """

    changed = Signal()
    progress = Signal(str, int, object)
    finished = Signal(object)

    def __init__(self, state: DeskState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.backoff = Backoff()
        self.online: bool | None = None
        self.error: WorldError | None = None
        # The last round's job (ui/background.py answers it in the GUI thread).
        self.job: BackgroundJob | None = None
        self.busy = False
        self.started = False
        self._again = False
        self._network: Any = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timed)

    def status(self) -> SyncStatus:
        return sync_status(self.state.ctx.db)

    # ----- triggers -----

    def start(self) -> None:
        """Begin the automatic rounds; called once the window has shown."""
        if not self.started:
            self.started = True
            QTimer.singleShot(FIRST_ROUND_MS, self._first_round)

    def _first_round(self) -> None:
        self._watch_network()
        if self._automatic():
            self.sync_now()

    def _timed(self) -> None:
        if self._automatic():
            self.sync_now()

    def _automatic(self) -> bool:
        """Whether rounds may start on their own: joined, and not stopped for a person."""
        try:
            status = self.status()
        except WorldError as error:
            self._failed(error)
            return False
        return status.joined and status.stopped not in STOPPING

    def sync_now(self) -> bool:
        """Start a round now; during one, another follows it. False when not joined."""
        if self.busy:
            self._again = True
            return True
        try:
            joined = self.status().joined
        except WorldError as error:
            self._failed(error)
            return False
        if not joined:
            self.changed.emit()
            return False
        self.timer.stop()
        db = self.state.ctx.db

        def work(job: Task) -> Summary:
            return run_sync(db, job.report)

        self.job = BackgroundJob(work)
        connect_job(self.job, self._done, self._failed, self.progress.emit, self._crashed)
        self.busy = True
        self.job.start()
        self.changed.emit()
        return True

    def network_changed(self, reachable: bool) -> None:
        """The operating system says the network went away or came back."""
        if not reachable:
            if self.online:
                self.online = False
                self.changed.emit()
            return
        if self.online is not True and not self.busy and self._automatic():
            self.backoff.succeeded()
            self.sync_now()

    def _watch_network(self) -> None:
        # Loaded here, after the first paint: finding a backend may talk to the system bus.
        from PySide6.QtNetwork import QNetworkInformation

        if not QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
            return  # no backend on this system: the backoff timer finds the network again
        info = QNetworkInformation.instance()
        if info is None:
            return
        self._network = info
        info.reachabilityChanged.connect(self._reachability)

    def _reachability(self, value: object) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        gone = (QNetworkInformation.Reachability.Disconnected,)
        self.network_changed(value not in gone)

    # ----- answers -----

    def _done(self, summary: Summary) -> None:
        self.busy = False
        self.online = True
        self.error = None
        self.backoff.succeeded()
        changes = changes_of(summary)
        self._next(EVERY_MS)
        self.changed.emit()
        if changes.settings:
            # The centre's loan rules came: the desk follows them from the next scan.
            try:
                with self.state.ctx.db.read() as session:
                    self.state.ctx.config = load_config(session)
            except WorldError as error:
                self.state.hub.trouble.emit(error_text(error, self.state))
        self.state.hub.publish(changes)
        self.finished.emit(summary)

    def _failed(self, error: WorldError) -> None:
        self.busy = False
        self.error = error
        self.online = False
        self._again = False
        if isinstance(error, SyncError) and error.kind in STOPPING:
            # Waits for a person: a new token in Settings, an update, or "Sync now".
            self.timer.stop()
        else:
            self._next(round(self.backoff.failed() * 1000))
        self.changed.emit()
        self.finished.emit(error)

    def _crashed(self, text: str) -> None:
        self.busy = False
        self._again = False
        self._next(round(self.backoff.failed() * 1000))
        self.changed.emit()
        raise_bug(text)

    def _next(self, ms: int) -> None:
        if self._again:
            self._again = False
            self.timer.start(0)
        elif self.started:
            self.timer.start(max(ms, 0))

    def shutdown(self, seconds: float = 5.0) -> bool:
        """Stop the timer and let a running round stop at its next safe point."""
        self.started = False
        self.timer.stop()
        job = self.job
        return job is None or not self.busy or job.wait(seconds)
