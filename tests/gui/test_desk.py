"""The desk driven the way a scanner drives it: the code's characters, then Enter."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from support.printed import pdf_text

from branchdesk.domain.model import ItemStatus
from branchdesk.services import circulation
from branchdesk.store import queries
from branchdesk.ui import desk as desk_module
from branchdesk.ui.desk import DeskScreen, Mode


def scan(qtbot, screen: DeskScreen, code: str) -> None:
    qtbot.keyClicks(screen.scan, code)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)


def make_desk(qtbot, state) -> DeskScreen:
    screen = DeskScreen(state)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    screen.focus_default()
    return screen


def loans_of(state, card: str) -> list[str]:
    with state.ctx.db.read() as s:
        return [loan.item_barcode for loan in queries.reader_loans(s, card)]


def test_card_then_books_lend_and_the_rows_show(qtbot, state, add_reader, add_item):
    card, first, second = add_reader(), add_item(), add_item("Көшпенділер")
    screen = make_desk(qtbot, state)
    scan(qtbot, screen, card)
    assert screen.current is not None
    assert screen.name.text() == "Құнанбаев Абай"
    assert screen.banner.property("kind") == "ok"
    scan(qtbot, screen, first)
    scan(qtbot, screen, second)
    assert loans_of(state, card) == [first, second]
    assert screen.loans_model.rowCount() == 2
    assert screen.loans_model.row_at(1).title == "Көшпенділер"
    assert "Lent" in screen.last_feed()[0]
    assert screen.focusWidget() is screen.scan
    assert screen.scan.text() == ""


def test_return_mode_and_a_book_scanned_with_no_reader_open(qtbot, state, add_reader, add_item):
    card, barcode, other = add_reader(), add_item(), add_item()
    circulation.lend(state.ctx, card, barcode, "aigul")
    circulation.lend(state.ctx, card, other, "aigul")
    screen = make_desk(qtbot, state)
    # No reader open: a book on loan is taken back.
    scan(qtbot, screen, barcode)
    assert loans_of(state, card) == [other]
    # Return mode with a reader open: books are taken back, not lent.
    scan(qtbot, screen, card)
    qtbot.keyClick(screen, Qt.Key.Key_F3)
    assert screen.mode is Mode.RETURN
    scan(qtbot, screen, other)
    assert loans_of(state, card) == []
    assert screen.loans_model.rowCount() == 0
    assert screen.returned_count == 2


def test_block_sounds_shows_the_reason_and_changes_nothing(qtbot, state, add_reader, add_item):
    card = add_reader()
    add_item()
    screen = make_desk(qtbot, state)
    scan(qtbot, screen, card)
    scan(qtbot, screen, "49999999")
    assert "No copy with barcode 49999999" in screen.last_feed()[0]
    assert "background" in screen.scan.styleSheet()  # the red flash
    scan(qtbot, screen, "!!garbage!!")
    assert "is not a barcode" in screen.last_feed()[0]
    scan(qtbot, screen, "BST-00001")  # a card typed by hand, one digit short
    assert "is not a reader card number" in screen.last_feed()[0]
    scan(qtbot, screen, "BST-999999")
    assert "No reader with card BST-999999" in screen.last_feed()[0]
    assert loans_of(state, card) == []
    assert screen.focusWidget() is screen.scan


def test_confirm_asks_for_a_reason_and_journals_the_override(
    qtbot, state, add_reader, add_item, monkeypatch
):
    first, second, barcode = add_reader(), add_reader("Иванова", "Мария"), add_item()
    circulation.lend(state.ctx, first, barcode, "aigul")
    asked: list[list[str]] = []

    def answer(dialog: desk_module.ConfirmDialog) -> int:
        asked.append([dialog.reason.placeholderText()])
        assert not dialog.ok.isEnabled()  # no reason, no override
        dialog.reason.setText("the return was not scanned")
        assert dialog.ok.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(desk_module.ConfirmDialog, "exec", answer)
    screen = make_desk(qtbot, state)
    scan(qtbot, screen, second)
    scan(qtbot, screen, barcode)
    assert len(asked) == 1
    assert loans_of(state, second) == [barcode]
    assert loans_of(state, first) == []
    with state.ctx.db.read() as s:
        kinds = [e.kind for e in queries.journal_entries(s)]
    assert "override" in kinds


def test_declined_confirmation_lends_nothing(qtbot, state, add_reader, add_item, monkeypatch):
    card, barcode = add_reader(), add_item()
    circulation.lend(state.ctx, add_reader("Иванова", "Мария"), barcode, "aigul")
    monkeypatch.setattr(
        desk_module.ConfirmDialog, "exec", lambda _self: QDialog.DialogCode.Rejected
    )
    screen = make_desk(qtbot, state)
    scan(qtbot, screen, card)
    scan(qtbot, screen, barcode)
    assert loans_of(state, card) == []
    assert "did not confirm" in screen.last_feed()[0]


def test_renew_all_and_visit_once_a_day(qtbot, state, add_reader, add_item):
    card, barcode = add_reader(), add_item()
    circulation.lend(state.ctx, card, barcode, "aigul")
    screen = make_desk(qtbot, state)
    scan(qtbot, screen, card)
    before = screen.loans_model.row_at(0).due_on
    qtbot.keyClick(screen, Qt.Key.Key_F6)
    assert screen.loans_model.row_at(0).due_on > before
    qtbot.keyClick(screen, Qt.Key.Key_F7)  # the lend already counted today's visit
    assert "already counted" in screen.last_feed()[0]


def test_blocked_reader_banner_and_escape_clears(qtbot, state, add_reader):
    from branchdesk.services.readers import block_reader

    card = add_reader()
    block_reader(state.ctx, card, "книга не возвращена", "aigul")
    screen = make_desk(qtbot, state)
    scan(qtbot, screen, card)
    assert screen.banner.property("kind") == "stop"
    assert "книга не возвращена" in screen.banner.text()
    qtbot.keyClick(screen.scan, Qt.Key.Key_Escape)
    assert screen.current is None
    assert screen.name.text() == ""


def test_lost_copy_returned_on_the_desk_is_found(qtbot, state, add_item):
    from branchdesk.services.catalogue import change_item_status

    barcode = add_item()
    change_item_status(state.ctx, barcode, ItemStatus.LOST, "aigul")
    screen = make_desk(qtbot, state)
    scan(qtbot, screen, barcode)
    assert "found again" in screen.last_feed()[0]


def test_database_turning_read_only_mid_shift_is_a_message(qtbot, state, add_reader, add_item):
    from sqlalchemy import event

    card, barcode = add_reader(), add_item()
    screen = make_desk(qtbot, state)
    scan(qtbot, screen, card)
    state.ctx.db.dispose()

    @event.listens_for(state.ctx.db.engine, "connect")
    def _read_only(dbapi_conn, _rec):
        dbapi_conn.execute("PRAGMA query_only = ON")

    scan(qtbot, screen, barcode)
    assert "read-only" in screen.last_feed()[0]
    assert screen.focusWidget() is screen.scan
    event.remove(state.ctx.db.engine, "connect", _read_only)
    state.ctx.db.dispose()
    assert loans_of(state, card) == []


def test_a_bug_is_logged_and_shown_in_the_crash_dialog(tmp_path):
    import logging
    import sys

    from branchdesk.ui.crash import install_crash_dialog

    shown: list[str] = []
    log_path = tmp_path / "branchdesk.log"
    handler = logging.FileHandler(log_path)
    logging.getLogger("branchdesk").addHandler(handler)
    previous = sys.excepthook
    try:
        install_crash_dialog(log_path, show=shown.append)
        try:
            raise ZeroDivisionError("a bug")
        except ZeroDivisionError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
        logging.getLogger("branchdesk").removeHandler(handler)
        handler.close()
    assert "ZeroDivisionError: a bug" in shown[0]
    assert "ZeroDivisionError" in log_path.read_text()


def test_enter_from_a_scanner_never_confirms_an_override(qtbot):
    from PySide6.QtWidgets import QDialog

    dialog = desk_module.ConfirmDialog(["The reader is blocked."])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.reason, "40000001")  # the next book, scanned into the reason
    assert not dialog.ok.isEnabled()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.reason.setText("the reader paid for the lost book")
    assert dialog.ok.isEnabled()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted  # only a click confirms


def test_arrows_choose_a_loan_for_f5_without_leaving_the_scan_field(
    qtbot, state, add_reader, add_item
):
    card, first, second = add_reader(), add_item(), add_item()
    circulation.lend(state.ctx, card, first, "aigul")
    circulation.lend(state.ctx, card, second, "aigul")
    screen = make_desk(qtbot, state)
    scan(qtbot, screen, card)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Down)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Down)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F5)
    renewed = {loan.item_barcode: loan.renewals for loan in screen.loans_model.rows()}
    assert renewed == {first: 0, second: 1}
    assert screen.focusWidget() is screen.scan


def test_f4_prints_the_slip_of_the_open_reader(qtbot, state, add_reader, add_item, tmp_path):
    screen = make_desk(qtbot, state)
    opened: list[Path] = []
    screen.open_file = opened.append
    assert not screen.slip_button.isEnabled()
    card = add_reader()
    barcode = add_item("Қан мен тер")
    scan(qtbot, screen, card)
    scan(qtbot, screen, barcode)
    qtbot.keyClick(screen, Qt.Key.Key_F4)
    out = state.ctx.db.path.parent / "printouts" / f"slip-{card}.pdf"
    assert opened == [out]
    assert screen.focusWidget() is screen.scan
    if shutil.which("pdftotext"):
        text = pdf_text(out)
        assert "Қан мен тер" in text
        assert barcode in text
