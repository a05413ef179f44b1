"""Printing a reader's card from the readers screen, as the librarian does: choose the
reader, then Print card → on a card printer or on an A4 sheet; the PDF lands in the
branch's printouts folder, opens in the viewer, and its barcode scans."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from support.printed import barcodes, pdf_text

from branchdesk.ui.readers import ReadersScreen


@pytest.fixture
def screen(qtbot, state) -> ReadersScreen:
    widget = ReadersScreen(state)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def test_print_card_writes_the_pdf_and_opens_it(screen, state, add_reader, tmp_path):
    card = add_reader("Серікова", "Айгүл", patronymic="Жанатқызы")
    opened: list[Path] = []
    screen.card_button.open_file = opened.append
    screen.open_reader(card)
    assert screen.card_button.isEnabled()
    screen.card_button.card_printer.trigger()
    out = state.ctx.db.path.parent / "printouts" / f"card-{card}.pdf"
    assert opened == [out]
    assert out.is_file()
    assert str(out) in screen.notice.text()
    if all(shutil.which(t) for t in ("pdftoppm", "zbarimg", "pdftotext")):
        assert barcodes(out, tmp_path) == [card]
        assert "Серікова Айгүл Жанатқызы" in pdf_text(out)


def test_print_card_waits_for_a_reader(screen):
    assert not screen.card_button.isEnabled()
    assert screen.card_button.print_card(sheet=True) is None


def test_cards_for_everyone_registered_since_a_day(screen, state, add_reader, clock):
    first = add_reader("Серікова", "Айгүл")
    clock.advance(days=3)
    second = add_reader("Омаров", "Ерлан")
    opened: list[Path] = []
    screen.card_button.open_file = opened.append
    screen.card_button.new_readers.trigger()
    dialog = screen.card_button.dialog
    assert dialog is not None
    assert dialog.day() == date(2026, 11, 1)  # the month's first day, by default
    dialog.since.setDate(QDate(2026, 11, 20))  # the second reader's day, not the first's
    dialog.accept()
    out = state.ctx.db.path.parent / "printouts" / "cards-since-2026-11-20.pdf"
    assert opened == [out]
    if shutil.which("pdftotext"):
        text = pdf_text(out)
        assert second in text
        assert first not in text
