"""The desk's background jobs (ui/background.py): the work runs in a thread of its own and
never touches Qt; its answers reach the GUI thread, after the thread has let go of
everything it held, and a job nobody holds any more is still answered."""

from __future__ import annotations

import gc
import queue
import threading
import weakref

from branchdesk.errors import WorldError
from branchdesk.ui.background import BackgroundJob, Task, connect_job

WAIT = 5000


def test_a_job_answers_in_the_gui_thread_once_its_thread_has_ended(qtbot):
    gui = threading.current_thread()
    seen: dict[str, threading.Thread] = {}

    def work(task: Task) -> str:
        seen["thread"] = threading.current_thread()
        task.report("step", 1, 2)
        task.report("step", 2, None)
        return "done"

    answers: list[tuple[object, threading.Thread, bool]] = []
    steps: list[tuple[str, int, object]] = []
    job = BackgroundJob(work)
    connect_job(
        job,
        lambda result: answers.append(
            (result, threading.current_thread(), seen["thread"].is_alive())
        ),
        answers.append,
        lambda stage, done, total: steps.append((stage, done, total)),
    )
    with qtbot.waitSignal(job.done, timeout=WAIT):
        job.start()
    assert seen["thread"] is not gui
    assert answers == [("done", gui, False)]
    # Progress comes in the GUI thread too; a bar needs only the newest of a burst.
    assert steps
    assert steps[-1] == ("step", 2, None)
    assert not job.running


def test_an_error_of_the_world_and_a_bug_reach_their_answers(qtbot):
    failed: list[object] = []
    crashed: list[str] = []

    def refused(_task: Task) -> None:
        raise WorldError("central_needs_token")

    def buggy(_task: Task) -> None:
        raise RuntimeError("a bug")

    first, second = BackgroundJob(refused), BackgroundJob(buggy)
    for job in (first, second):
        connect_job(job, lambda _: None, failed.append, crashed=crashed.append)
    with qtbot.waitSignals([first.failed, second.crashed], timeout=WAIT):
        first.start()
        second.start()
    assert [e.code for e in failed if isinstance(e, WorldError)] == ["central_needs_token"]
    assert len(crashed) == 1
    assert "RuntimeError: a bug" in crashed[0]


def test_a_job_let_go_by_whoever_started_it_is_answered_then_freed(qtbot):
    answers: list[object] = []
    go = threading.Event()

    def work(_task: Task) -> int:
        go.wait(WAIT / 1000)
        return 42

    job = BackgroundJob(work)
    connect_job(job, answers.append, answers.append)
    job.start()
    gone = weakref.ref(job)
    del job
    gc.collect()
    assert gone() is not None  # held until answered, whoever else lets go of it
    go.set()
    qtbot.waitUntil(lambda: answers == [42], timeout=WAIT)
    gc.collect()
    assert gone() is None


def test_a_cancelled_job_stops_at_its_next_report_and_answers_nothing(qtbot):
    answers: list[object] = []
    reports: list[int] = []
    started = threading.Event()

    def work(task: Task) -> str:
        started.set()
        for n in range(10_000):
            task.report("step", n, None)
            reports.append(n)
            threading.Event().wait(0.001)
        return "finished"

    job = BackgroundJob(work)
    connect_job(job, answers.append, answers.append, crashed=answers.append)
    job.start()
    assert started.wait(WAIT / 1000)
    assert job.wait(WAIT / 1000)
    qtbot.waitUntil(lambda: not job.running, timeout=WAIT)
    assert len(reports) < 10_000
    assert answers == []


def test_cycles_are_collected_in_the_gui_thread_while_a_job_allocates(qtbot):
    """A job's thread making garbage by the million never runs the collector itself: a
    cycle of the GUI thread is freed by the GUI thread's timer (ui/gui_collector.py)."""
    assert not gc.isenabled()
    freed_in: list[threading.Thread] = []

    class Node:
        pass

    node = Node()
    node.itself = node  # a cycle: only the collector frees it
    weakref.finalize(node, lambda: freed_in.append(threading.current_thread()))
    del node

    def churn(task: Task) -> None:
        while not freed_in:
            task.report("churn", 0, None)
            [[] for _ in range(1000)]  # young containers: what triggers a collection

    job = BackgroundJob(churn)
    connect_job(job, lambda _: None, lambda _: None)
    job.start()
    qtbot.waitUntil(lambda: bool(freed_in), timeout=WAIT)
    assert freed_in == [threading.current_thread()]
    qtbot.waitUntil(lambda: not job.running, timeout=WAIT)


class _EmptyUntilTheEnd:
    """A job's queue that, looked into while still empty, lets the work end first: the
    moment a poll could find nothing and then find the thread ended."""

    def __init__(self, inbox: queue.SimpleQueue, go: threading.Event, job: BackgroundJob):
        self.inbox, self.go, self.job = inbox, go, job

    def put(self, event: object) -> None:
        self.inbox.put(event)

    def get_nowait(self) -> object:
        try:
            return self.inbox.get_nowait()
        except queue.Empty:
            if not self.go.is_set():
                self.go.set()
                assert self.job._thread is not None
                self.job._thread.join(WAIT / 1000)
            raise


def test_an_end_put_while_the_gui_thread_looks_is_not_lost(qtbot):
    answers: list[object] = []
    go = threading.Event()

    def work(_task: Task) -> str:
        go.wait(WAIT / 1000)
        return "ended"

    job = BackgroundJob(work)
    job.task.inbox = _EmptyUntilTheEnd(job.task.inbox, go, job)  # type: ignore[assignment]
    connect_job(job, answers.append, answers.append)
    job.start()
    qtbot.waitUntil(lambda: not job.running, timeout=WAIT)
    assert answers == ["ended"]
