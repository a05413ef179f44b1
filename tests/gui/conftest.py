"""The desk's tests: real widgets offscreen, a real branch database, a signed-in librarian."""

from __future__ import annotations

import pytest

from branchdesk.domain.model import Staff, StaffRole
from branchdesk.ui.state import ChangeHub, DeskState


@pytest.fixture
def state(ctx, qapp) -> DeskState:
    """A librarian signed in at the fixture's branch (see tests/conftest.py for `ctx`)."""
    return DeskState(
        ctx=ctx,
        hub=ChangeHub(),
        staff=Staff("aigul", "Айгүл Серікова", StaffRole.BRANCH_ADMIN, True),
        language="en",
    )


@pytest.fixture
def type_text():
    """Type like a keyboard, one character at a time; Kazakh letters included.

    qtbot.keyClicks aborts the process on non-ASCII text (reference/toolchain.md, recipe D).
    """
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    def type_into(widget, text: str) -> None:
        for ch in text:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )

    return type_into
