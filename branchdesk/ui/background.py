"""Work off the GUI thread (a sync round, an import, a report, a backup), answered in it.

A Qt object must never be let go in a thread other than the GUI thread: shiboken hands its
deletion to the GUI thread for later (a pending call), which crashed the desk's tests in
`Shiboken::BindingManager::runDeletionInMainThread` (seen with gdb) when an import's thread
dropped the last reference to its job. So the work's thread holds nothing of Qt and never
touches it: it puts what it has to say (progress, its end) into a queue of plain Python, and
a timer of the GUI thread empties the queue and calls the answers there. The job keeps its
work (and whatever widgets the work's closure holds) and is itself held here until it is
answered, which is after its thread has ended: every last reference goes in the GUI thread.
Python's cyclic collector runs in the GUI thread only, for the same reason
(ui/gui_collector.py).
"""

from __future__ import annotations

import queue
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from branchdesk.errors import WorldError

POLL_MS = 15  # how often the GUI thread looks for answers while a job runs


class Cancelled(Exception):
    """The desk is closing: the work stops at its next safe point."""


class Task:
    """What the work gets in its thread: where to report progress, and whether to stop.

    Plain Python (no Qt): `report` is called in the work's thread."""

    def __init__(self) -> None:
        self.cancel = threading.Event()
        self.inbox: queue.SimpleQueue[tuple[Any, ...]] = queue.SimpleQueue()

    def report(self, stage: str, done: int, total: int | None) -> None:
        """The progress callback for the work; raises Cancelled once the desk asked to stop."""
        if self.cancel.is_set():
            raise Cancelled
        self.inbox.put(("progress", stage, done, total))


class BackgroundBug(RuntimeError):
    """A bug in background work, raised again in the GUI thread for the crash dialog."""


def raise_bug(text: str) -> None:
    raise BackgroundBug(f"in the background:\n{text}")


@dataclass(frozen=True)
class Answers:
    """The GUI thread's callables for a job's end and progress (see connect_job)."""

    done: Callable[[Any], None]
    failed: Callable[[Any], None]
    progress: Callable[[str, int, int | None], None] | None
    crashed: Callable[[str], None]


# Jobs started and not yet answered: held here so that none is let go in its own thread.
_RUNNING: set[BackgroundJob] = set()


class BackgroundJob(QObject):
    """One piece of work in a thread of its own, answered in the GUI thread.

    The answers go to the callables connect_job gave, and are signalled too (emitted in the
    GUI thread): `done` (the work's value is `result`), `failed` (an error of the world
    stopped it: `error`), `crashed` (a bug: its traceback), `progress` (stage, done, total;
    -1 when the total is not known). A cancelled job answers nothing.
    """

    progress = Signal(str, int, int)
    done = Signal()
    failed = Signal()
    crashed = Signal(str)

    def __init__(self, work: Callable[[Task], Any]) -> None:
        super().__init__()
        self._work = work
        self.task = Task()
        self.result: Any = None
        self.error: WorldError | None = None
        self.answers: Answers | None = None
        self._thread: threading.Thread | None = None
        self._end: tuple[Any, ...] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._deliver)

    def start(self) -> None:
        assert self._thread is None, "a job runs once"
        # The job keeps the work (and what its closure holds: often a widget) until it is
        # answered: the thread's reference is never the last.
        self._thread = threading.Thread(
            target=_run, args=(self._work, self.task), name="branchdesk-background", daemon=True
        )
        _RUNNING.add(self)
        self._thread.start()
        self._poll.start()

    @property
    def running(self) -> bool:
        """Whether the job has still to be answered."""
        return self in _RUNNING

    def wait(self, seconds: float) -> bool:
        """Ask the work to stop at its next safe point and wait for it; True if it ended."""
        self.task.cancel.set()
        if self._thread is None:
            return True
        self._thread.join(seconds)
        return not self._thread.is_alive()

    def _deliver(self) -> None:
        """In the GUI thread: the progress reported since the last look, then the end."""
        # Whether the thread has ended is asked before the queue is read: once it has, all
        # it put is there. Asked after, an end put between the two would be lost.
        thread = self._thread
        ended = thread is not None and not thread.is_alive()
        last: tuple[Any, ...] | None = None
        while True:
            try:
                event = self.task.inbox.get_nowait()
            except queue.Empty:
                break
            if event[0] == "progress":
                last = event  # only the newest matters to a bar
            else:
                self._end = event
        if last is not None:
            self._progressed(last[1], last[2], last[3])
        if not ended:
            return
        self._poll.stop()
        _RUNNING.discard(self)
        end, self._end = self._end, None
        if end is not None:
            self._ended(end)

    def _progressed(self, stage: str, done: int, total: int | None) -> None:
        self.progress.emit(stage, done, -1 if total is None else total)
        if self.answers is not None and self.answers.progress is not None:
            self.answers.progress(stage, done, total)

    def _ended(self, end: tuple[Any, ...]) -> None:
        kind, value = end
        answers = self.answers
        if kind == "done":
            self.result = value
            self.done.emit()
            if answers is not None:
                answers.done(value)
        elif kind == "failed":
            self.error = value
            self.failed.emit()
            if answers is not None:
                answers.failed(value)
        else:
            self.crashed.emit(value)
            (answers.crashed if answers is not None else raise_bug)(value)


def _run(work: Callable[[Task], Any], task: Task) -> None:
    """The work's thread: runs the work and queues its end; never touches Qt."""
    try:
        result = work(task)
    except Cancelled:
        return
    except WorldError as error:
        task.inbox.put(("failed", error))
    except Exception:
        task.inbox.put(("crashed", traceback.format_exc()))
    else:
        task.inbox.put(("done", result))


def connect_job(
    job: BackgroundJob,
    done: Callable[[Any], None],
    failed: Callable[[Any], None],
    progress: Callable[[str, int, int | None], None] | None = None,
    crashed: Callable[[str], None] = raise_bug,
) -> None:
    """Say which callables of the GUI thread answer the job: its value or error, its
    progress (stage, done, total or None) and a bug's traceback (by default raised again
    here, where it reaches the crash dialog)."""
    job.answers = Answers(done, failed, progress, crashed)
