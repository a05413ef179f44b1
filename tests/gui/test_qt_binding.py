"""The Qt binding installed keeps Python's reference counts: PySide6 6.12.0's Signal.emit()
dropped a reference to True at every call (found 2026-11-27: a few thousand signals later
the desk died in bool_dealloc, or earlier of what the damage did first). pyproject.toml
keeps that version out; this catches the next one that does the same."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal, Slot

EMITS = 200


class _Sender(QObject):
    plain = Signal()
    valued = Signal(str, int, int)


class _Receiver(QObject):
    @Slot()
    def slot(self) -> None:
        pass


def _counts() -> tuple[int, int, int]:
    return sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)


def test_emitting_a_signal_leaves_the_reference_counts_alone(qapp):
    sender, receiver = _Sender(), _Receiver()
    sender.plain.connect(receiver.slot)
    sender.valued.connect(lambda *_: None)
    before = _counts()
    for _ in range(EMITS):
        sender.plain.emit()
        sender.valued.emit("stage", 1, 2)
    after = _counts()
    # A few references may come and go meanwhile; one lost per emit is thousands.
    assert all(abs(a - b) < EMITS // 4 for a, b in zip(after, before, strict=True)), (
        before,
        after,
    )
