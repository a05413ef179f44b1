"""Python's cyclic garbage collector held back while a piece of work runs, process-wide.

The centre's push: a batch of 1,000 operations makes a few hundred thousand short-lived
objects (the request's JSON, pydantic models, rows, overlays), nearly all freed by reference
counting the moment they are done with. The cyclic collector would still walk the young ones
every 700 allocations: measured at about 0.7 s of a 10,000-operation push, a quarter of the
centre's time. It is paused for the request and resumes after; nothing a batch makes needs it.

The pause leaves the collector as it found it: in a process with a desk (the tests run a
centre beside one), the collector is off and run by the GUI thread's timer
(ui/gui_collector.py), and a pause must not turn it back on.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pause:
    """How many requests in flight asked for the pause; the collector resumes with the last."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.holders = 0
        self.was_on = True

    @contextmanager
    def held(self) -> Iterator[None]:
        with self.lock:
            self.holders += 1
            if self.holders == 1:
                self.was_on = gc.isenabled()
                gc.disable()
        try:
            yield
        finally:
            with self.lock:
                self.holders -= 1
                if self.holders == 0 and self.was_on:
                    gc.enable()


_PAUSE = _Pause()


def collector_paused() -> contextlib.AbstractContextManager[None]:
    return _PAUSE.held()
