"""The Reports screen as a librarian uses it: choose the diary and a month, make it; the
work runs off the GUI thread with a busy bar, the file lands in printouts/ and opens."""

from __future__ import annotations

from pathlib import Path

import pytest

from branchdesk.ui.reports import ReportsScreen


@pytest.fixture
def screen(qtbot, state) -> ReportsScreen:
    widget = ReportsScreen(state)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def test_the_diary_is_made_in_the_background_and_opened(qtbot, screen, state, add_reader):
    add_reader()
    opened: list[Path] = []
    screen.open_file = opened.append
    assert screen.period_text() == "2026-11"  # this month by default (the test clock's)
    screen.xlsx.setChecked(True)
    screen.make()
    assert screen.progress.isVisible()
    assert not screen.make_button.isEnabled()
    qtbot.waitUntil(lambda: screen.job is None, timeout=20_000)
    out = state.ctx.db.path.parent / "printouts" / "diary-2026-11.xlsx"
    assert opened == [out]
    assert out.is_file()
    assert str(out) in screen.result.text()
    assert screen.open_button.isVisible()
    assert not screen.progress.isVisible()


def test_periods_and_a_refused_one(qtbot, screen):
    screen.span.setCurrentIndex(1)  # quarter
    screen.part.setValue(4)
    assert screen.period_text() == "2026-Q4"
    screen.span.setCurrentIndex(2)  # year
    assert not screen.part.isVisible()
    assert screen.period_text() == "2026"
    screen.span.setCurrentIndex(0)
    screen.part.setValue(12)  # December 2026 has not begun on 17 November
    screen.make()
    qtbot.waitUntil(lambda: screen.job is None, timeout=20_000)
    assert "future" in screen.result.text()
    assert not screen.open_button.isVisible()
