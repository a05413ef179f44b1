"""Python's cyclic garbage collector, run by the GUI thread only.

Left to itself the collector runs in whichever thread happens to allocate past its threshold:
often a background job's (an import, a sync round). Garbage it finds there may hold Qt
objects (a replaced table model and the lambdas of its columns, a closed dialog), and a Qt
object let go in another thread is handed by shiboken to the GUI thread to delete, later,
through Python's pending calls, when it may already be gone: the desk's tests died of
segfaults in `Shiboken::BindingManager::runDeletionInMainThread` (gdb), in garbage
collection and in the next Python call of the GUI thread. So automatic collection is
switched off and a timer of the GUI thread collects instead, generation by generation, with
the thresholds Python would have used (pyqtgraph's GarbageCollector does the same for the
same reason). Reference counting frees nearly everything anyway; only cycles wait for the
timer, at most POLL_MS.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

POLL_MS = 500


class GuiThreadCollector(QObject):
    """Installed once per process, on the QApplication, before any background work."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        """What the automatic collector would have done by now: the oldest generation whose
        count passed its threshold (young objects surviving, or collections of the younger
        generation since its own last one)."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return


def collect_in_gui_thread(app: QObject) -> GuiThreadCollector:
    """The application's collector (made on the first call)."""
    found = app.findChild(GuiThreadCollector)
    return found if isinstance(found, GuiThreadCollector) else GuiThreadCollector(app)
