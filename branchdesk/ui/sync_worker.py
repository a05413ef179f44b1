"""Sync in the background: one round at a time, off the GUI thread (DESIGN §5).

A round runs in a thread of its own and opens its own sessions on the branch database (WAL
lets the desk go on reading and writing meanwhile). Everything it reports comes back to the
GUI thread as queued signals; widgets are touched only there.

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

import threading
import traceback
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from branchdesk.collector import collector_paused
from branchdesk.errors import WorldError
from branchdesk.services.context import load_config
from branchdesk.services.results import Changes
from branchdesk.services.sync import SyncStatus, run_sync, sync_status
from branchdesk.sync.backoff import Backoff
from branchdesk.sync.errors import SyncError
from branchdesk.sync.summary import Summary
from branchdesk.ui.feedback import error_text
from branchdesk.ui.state import DeskState

FIRST_ROUND_MS = 1500  # after the first paint: the librarian scans before sync starts
EVERY_MS = 2 * 60 * 1000
STOPPING = ("token", "upgrade")  # only a person can fix these
_QUEUED = Qt.ConnectionType.QueuedConnection


class Cancelled(Exception):
    """The desk is closing: the round stops at its next safe point."""


class BackgroundJob(QObject):
    """One piece of work in a thread of its own; its answer comes back as queued signals.

    `done` says the work ended (its result is `result`), `failed` that an error of the world
    stopped it (`error`), `progress` what the work reports on the way. A bug in the work is
    raised again in the GUI thread, where it reaches the crash dialog like any other. Only
    Qt's own values (text, numbers) cross the threads in the signals: Python objects sent
    through a queued signal from a thread of Python's own were the likeliest suspects of a
    crash in garbage collection (see branchdesk/collector.py).
    """

    progress = Signal(str, int, int)  # stage, done, total (-1: not known)
    done = Signal()
    failed = Signal()
    crashed = Signal(str)  # a bug's traceback

    def __init__(self, work: Callable[[BackgroundJob], Any]) -> None:
        # No parent: the thread keeps the job alive until the work has ended, even when the
        # widget that started it is gone by then.
        super().__init__()
        self._work = work
        self._thread: threading.Thread | None = None
        self.cancel = threading.Event()
        self.result: Any = None
        self.error: WorldError | None = None
        self.answers: QObject | None = None  # connect_job's receiver, kept with the job

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="branchdesk-background", daemon=True)
        self._thread.start()

    def report(self, stage: str, done: int, total: int | None) -> None:
        """The progress callback for the work (called in the work's thread)."""
        if self.cancel.is_set():
            raise Cancelled
        self.progress.emit(stage, done, -1 if total is None else total)

    @property
    def running(self) -> bool:
        """Whether its thread is still alive (and so still holds the job)."""
        return self._thread is not None and self._thread.is_alive()

    def wait(self, seconds: float) -> bool:
        """Ask the work to stop at its next safe point and wait for it; True if it ended."""
        self.cancel.set()
        if self._thread is None:
            return True
        self._thread.join(seconds)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            with collector_paused():  # see branchdesk/collector.py: a crash, not speed
                self.result = self._work(self)
        except Cancelled:
            return
        except WorldError as error:
            self.error = error
            self.failed.emit()
        except Exception:
            self.crashed.emit(traceback.format_exc())
        else:
            self.done.emit()


class BackgroundBug(RuntimeError):
    """A bug in background work, raised again in the GUI thread for the crash dialog."""


def raise_bug(text: str) -> None:
    raise BackgroundBug(f"in the background:\n{text}")


class _Answers(QObject):
    """A job's answers received in the GUI thread by real slots, then handed to the callables
    with what the job left (its result or error), read here in the GUI thread.

    PySide6 (6.8 and later, PYSIDE-3124) can corrupt memory when a signal emitted from another
    thread is connected straight to a plain Python callable; a slot declared with @Slot is
    invoked by Qt itself, with no proxy between the threads."""

    def __init__(
        self,
        job: BackgroundJob,
        done: Callable[[Any], None],
        failed: Callable[[Any], None],
        progress: Callable[[str, int, object], None] | None,
        crashed: Callable[[str], None],
    ) -> None:
        super().__init__()
        self._job = weakref.ref(job)  # the job keeps this receiver: no cycle back to it
        self._done, self._failed, self._progress, self._crashed = done, failed, progress, crashed

    @Slot()
    def done(self) -> None:
        job = self._job()
        if job is not None:
            self._done(job.result)

    @Slot()
    def failed(self) -> None:
        job = self._job()
        if job is not None:
            self._failed(job.error)

    @Slot(str, int, int)
    def progress(self, stage: str, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress(stage, done, None if total < 0 else total)

    @Slot(str)
    def crashed(self, text: str) -> None:
        self._crashed(text)


def connect_job(
    job: BackgroundJob,
    done: Callable[[Any], None],
    failed: Callable[[Any], None],
    progress: Callable[[str, int, object], None] | None = None,
    crashed: Callable[[str], None] = raise_bug,
) -> None:
    """Wire a job's answers to callables of the GUI thread (queued, through _Answers, which
    is made here in the GUI thread and lives as long as the job)."""
    answers = _Answers(job, done, failed, progress, crashed)
    job.answers = answers
    job.done.connect(answers.done, _QUEUED)
    job.failed.connect(answers.failed, _QUEUED)
    job.crashed.connect(answers.crashed, _QUEUED)
    if progress is not None:
        job.progress.connect(answers.progress, _QUEUED)


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
        # The last round's job, kept after it ended: its thread lets go of it last otherwise,
        # and a QObject must not be deleted outside the GUI thread it lives in.
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

        def work(job: BackgroundJob) -> Summary:
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
