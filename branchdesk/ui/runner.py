"""Long work off the GUI thread (DESIGN §2): one small helper over QThreadPool.

The job runs in a pool thread with its own unit of work; its result (plain data) comes back
to the GUI thread through a queued signal, where widgets may be touched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # handed to the GUI thread, which decides what it is
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


_live: set[_Relay] = set()


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    relay = _Relay()
    _live.add(relay)  # kept alive until the answer arrives

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _live.discard(relay)
        callback(value)

    relay.done.connect(lambda result: finish(on_done, result))
    relay.failed.connect(lambda exc: finish(on_error, exc))
    QThreadPool.globalInstance().start(_Job(work, relay))
