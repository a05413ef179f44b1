"""The desk's background jobs (ui/sync_worker.BackgroundJob): answers reach the GUI thread,
and Python's cyclic collector stays paused while a job's thread works (branchdesk/collector:
a collection on the GUI thread meeting a job inside SQLAlchemy crashed the process)."""

from __future__ import annotations

import gc
import threading

from branchdesk.ui.sync_worker import BackgroundJob, connect_job


def test_a_job_answers_in_the_gui_thread_with_the_collector_paused_meanwhile(qtbot):
    seen: dict[str, object] = {}
    gui = threading.current_thread()

    def work(job: BackgroundJob) -> str:
        seen["collector_on"] = gc.isenabled()
        seen["thread"] = threading.current_thread()
        job.report("step", 1, 2)
        return "done"

    answers: list[object] = []
    steps: list[tuple[str, int, object]] = []
    job = BackgroundJob(work)
    connect_job(
        job,
        lambda result: answers.append((result, threading.current_thread())),
        answers.append,
        lambda stage, done, total: steps.append((stage, done, total)),
    )
    assert gc.isenabled()
    with qtbot.waitSignal(job.done, timeout=5000):
        job.start()
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    assert seen["collector_on"] is False
    assert seen["thread"] is not gui
    assert answers == [("done", gui)]
    assert steps == [("step", 1, 2)]
    qtbot.waitUntil(lambda: not job.running, timeout=5000)
    assert gc.isenabled()


def test_a_failing_job_gives_the_collector_back(qtbot):
    failed: list[object] = []

    def work(_job: BackgroundJob) -> None:
        raise RuntimeError("a bug")

    job = BackgroundJob(work)
    connect_job(job, lambda _: None, failed.append, crashed=failed.append)
    with qtbot.waitSignal(job.crashed, timeout=5000):
        job.start()
    qtbot.waitUntil(lambda: bool(failed) and not job.running, timeout=5000)
    assert "a bug" in str(failed[0])
    assert gc.isenabled()
