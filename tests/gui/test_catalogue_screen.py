"""The catalogue screen against a real branch database: search, quick add, status, history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from branchdesk.domain.model import ItemStatus, Language
from branchdesk.services.circulation import lend, return_item
from branchdesk.store.catalogue_queries import item_loans, record_with_items
from branchdesk.store.queries import search_items
from branchdesk.ui.catalogue import CatalogueScreen, QuickAddDialog


@pytest.fixture
def screen(qtbot, state) -> CatalogueScreen:
    widget = CatalogueScreen(state)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """What the librarian would read in the warning boxes (the box itself would block)."""
    shown: list[str] = []

    def capture(parent, title, text, *args):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", capture)
    return shown


def status_in_db(state, barcode: str) -> ItemStatus:
    with state.ctx.db.read() as session:
        (item,) = search_items(session, barcode)
    return item.status


def test_search_as_you_type_finds_kazakh_title_from_latin_letters(qtbot, screen, add_item):
    barcode = add_item()
    add_item("Қан мен тер")
    qtbot.keyClicks(screen.search, "abai")
    assert [(i.barcode, i.title) for i in screen.results_model.rows()] == [(barcode, "Абай жолы")]
    assert "1" in screen.count_label.text()


def test_enter_opens_the_scanned_copy(qtbot, screen, add_item):
    barcode = add_item()
    qtbot.keyClicks(screen.search, barcode)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert screen.record_values["title"].text() == "Абай жолы"
    assert barcode in screen.copy_box.title()


def fill_quick_add(qtbot, dialog: QuickAddDialog, type_text, barcode: str) -> None:
    type_text(dialog.title_edit, "Менің атым Қожа")
    type_text(dialog.authors_edit, "Бекмамбетов С.")
    qtbot.keyClicks(dialog.year_edit, "2021")
    dialog.language_box.setCurrentIndex(dialog.language_box.findData(Language.KAZAKH))
    type_text(dialog.bbk_edit, "84(5Каз)")
    qtbot.keyClicks(dialog.barcode_edit, barcode)
    # The scanner ends with Enter: it must move on, not submit a half-filled form.
    qtbot.keyClick(dialog.barcode_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.inventory_edit, "2026-17")


def test_quick_add_catalogues_a_donated_book(qtbot, screen, state, type_text):
    qtbot.mouseClick(screen.quick_add_button, Qt.MouseButton.LeftButton)
    dialog = screen.findChild(QuickAddDialog)
    assert dialog is not None
    fill_quick_add(qtbot, dialog, type_text, "50000001")
    assert "Fiction" in dialog.section_label.text()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(state.hub.changed):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with state.ctx.db.read() as session:
        (item,) = search_items(session, "50000001")
        record, copies = record_with_items(session, item.record_uuid)
    assert (record.title, record.authors, record.year) == (
        "Менің атым Қожа",
        "Бекмамбетов С.",
        2021,
    )
    assert record.bbk == "84(5Каз)"
    assert [(c.barcode, c.inventory_number, c.status) for c in copies] == [
        ("50000001", "2026-17", ItemStatus.AVAILABLE)
    ]
    assert screen.record_values["title"].text() == "Менің атым Қожа"
    assert "50000001" in screen.notice.text()


def test_quick_add_with_a_taken_barcode_stays_open(
    qtbot, screen, state, add_item, type_text, warnings
):
    taken = add_item()
    dialog = screen.quick_add()
    fill_quick_add(qtbot, dialog, type_text, taken)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert len(warnings) == 1
    assert taken in warnings[0]
    assert dialog.isVisible()
    with state.ctx.db.read() as session:
        assert search_items(session, "Менің атым") == []


def test_mark_lost_then_found(qtbot, screen, state, add_item):
    barcode = add_item()
    screen.open_item(barcode)
    with qtbot.waitSignal(state.hub.changed):
        qtbot.mouseClick(screen.status_buttons[ItemStatus.LOST], Qt.MouseButton.LeftButton)
    assert status_in_db(state, barcode) is ItemStatus.LOST
    assert "lost" in screen.copy_box.title()
    assert not screen.status_buttons[ItemStatus.LOST].isEnabled()
    with qtbot.waitSignal(state.hub.changed):
        qtbot.mouseClick(screen.status_buttons[ItemStatus.AVAILABLE], Qt.MouseButton.LeftButton)
    assert status_in_db(state, barcode) is ItemStatus.AVAILABLE
    assert screen.results_model.rows()[0].status is ItemStatus.AVAILABLE


def test_write_off_is_refused_while_on_loan(qtbot, screen, state, add_item, add_reader, warnings):
    barcode = add_item()
    assert lend(state.ctx, add_reader(), barcode, state.operator).done
    screen.open_item(barcode)
    qtbot.mouseClick(screen.status_buttons[ItemStatus.WITHDRAWN], Qt.MouseButton.LeftButton)
    assert len(warnings) == 1
    assert barcode in warnings[0]
    assert "on loan" in warnings[0]
    assert status_in_db(state, barcode) is ItemStatus.ON_LOAN


def test_history_lists_the_copys_loans_newest_first(screen, state, clock, add_item, add_reader):
    barcode = add_item()
    first, second = add_reader(), add_reader("Серікова", "Айгүл")
    assert lend(state.ctx, first, barcode, state.operator).done
    clock.advance(days=10)
    assert return_item(state.ctx, barcode, state.operator).done
    clock.advance(days=1)
    assert lend(state.ctx, second, barcode, state.operator).done
    screen.open_item(barcode)
    shown = [loan.reader_card for loan in screen.history_model.rows()]
    assert shown == [second, first]
    with state.ctx.db.read() as session:
        loans = item_loans(session, barcode)
    assert [loan.reader_card for loan in loans] == shown
    assert loans[1].returned_at is not None
    assert loans[0].returned_at is None


def test_a_loan_at_the_desk_refreshes_the_screen(screen, state, add_item, add_reader):
    from branchdesk.services.results import Changes

    barcode = add_item()
    screen.open_item(barcode)
    assert lend(state.ctx, add_reader(), barcode, state.operator).done
    state.hub.publish(Changes(loans=True))
    assert len(screen.history_model.rows()) == 1
    assert screen.copies_model.rows()[0].status is ItemStatus.ON_LOAN


def test_unknown_barcode_is_said_not_raised(screen):
    screen.open_item("99999999")
    assert "99999999" in screen.notice.text()
    assert screen.pages.currentIndex() == 0
