"""The readers screen and the reader form, driven as a librarian would, checked in the database."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from branchdesk.domain.model import Reader, ReaderStatus
from branchdesk.services.circulation import lend, return_item
from branchdesk.services.readers import block_reader
from branchdesk.services.results import Changes
from branchdesk.store import queries
from branchdesk.ui.reader_form import ReaderForm
from branchdesk.ui.readers import BlockDialog, HistoryDialog, ReadersScreen

VALID_IIN = "791028302728"  # 28.10.1979, male


@pytest.fixture
def screen(qtbot, state) -> ReadersScreen:
    widget = ReadersScreen(state)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def stored(state, card: str) -> Reader:
    with state.ctx.db.read() as session:
        reader = queries.find_reader(session, card)
    assert reader is not None
    return reader


def found(state, query: str) -> list[Reader]:
    with state.ctx.db.read() as session:
        return queries.search_readers(session, query)


def new_form(screen: ReadersScreen) -> ReaderForm:
    screen.new_button.click()
    form = screen.current_dialog
    assert isinstance(form, ReaderForm)
    return form


def save_button(form: ReaderForm):
    return form.buttons.button(QDialogButtonBox.StandardButton.Save)


def fill_name(form: ReaderForm, type_text, surname: str = "Жұмабаев", name: str = "Мағжан"):
    type_text(form.edits["surname"], surname)
    type_text(form.edits["name"], name)


def shown_cards(screen: ReadersScreen) -> list[str]:
    return [r.card_number for r in screen.model.rows()]


def test_title_and_empty_screen(screen):
    assert screen.title() == "Readers"
    assert screen.reader is None
    assert not screen.edit_button.isEnabled()


def test_search_as_you_type_across_scripts_and_case(qtbot, screen, add_reader, type_text):
    abai = add_reader("Құнанбаев", "Абай")
    other = add_reader("Иванова", "Мария")
    screen.run_search()
    assert set(shown_cards(screen)) == {abai, other}

    qtbot.keyClicks(screen.search, "kunan")
    assert shown_cards(screen) == [abai]
    assert screen.reader is not None
    assert screen.reader.card_number == abai

    screen.search.clear()
    type_text(screen.search, "ҚҰН")
    assert shown_cards(screen) == [abai]
    assert screen.values["card"].text() == abai


def test_register_a_reader_typed_in_kazakh(qtbot, screen, state, type_text):
    form = new_form(screen)
    fill_name(form, type_text)
    qtbot.keyClicks(form.edits["iin"], VALID_IIN)

    assert form.edits["birth_date"].text() == "28.10.1979"
    assert form.sex.currentData() == "m"
    assert form.edits["consent_date"].text() == "17.11.2026"  # today, for a new reader
    assert save_button(form).isEnabled()
    with qtbot.waitSignal(state.hub.changed) as published:
        qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)

    assert published.args[0].readers
    assert published.args[0].journal
    [reader] = found(state, "Жұмабаев")
    assert (reader.name, reader.iin, reader.sex) == ("Мағжан", VALID_IIN, "m")
    assert reader.birth_date == date(1979, 10, 28)
    assert reader.consent_date == date(2026, 11, 17)
    assert screen.reader is not None
    assert screen.reader.card_number == reader.card_number
    assert "Жұмабаев" in screen.notice.text()


def test_invalid_iin_shows_why_and_blocks_saving(qtbot, screen, state, type_text):
    form = new_form(screen)
    fill_name(form, type_text)
    qtbot.keyClicks(form.edits["iin"], "791028302729")

    assert "check digit" in form.errors["iin"].text()
    assert not form.errors["iin"].isHidden()
    assert not save_button(form).isEnabled()
    form.save()  # even a forced save stores nothing
    assert found(state, "Жұмабаев") == []


def test_blank_form_waits_before_calling_fields_missing(qtbot, screen, type_text):
    form = new_form(screen)
    assert form.errors["surname"].text() == ""
    assert not save_button(form).isEnabled()
    type_text(form.edits["surname"], "Ж")
    qtbot.keyClick(form.edits["surname"], Qt.Key.Key_Backspace)
    assert "required" in form.errors["surname"].text()


def test_long_paste_is_cut_and_overlong_notes_are_refused(screen, state, type_text):
    form = new_form(screen)
    fill_name(form, type_text)
    form.edits["surname"].setText("Ж" * 10_000)
    assert len(form.edits["surname"].text()) == 100
    assert save_button(form).isEnabled()

    form.notes.setPlainText("ж" * 10_000)  # a text box has no length limit: the check says so
    assert "5000" in form.errors["notes"].text()
    assert not save_button(form).isEnabled()
    form.save()
    assert found(state, "Мағжан") == []


def test_child_needs_a_guarantor(qtbot, screen, state, type_text):
    form = new_form(screen)
    fill_name(form, type_text, "Сейтова", "Айым")
    qtbot.keyClicks(form.edits["birth_date"], "2016-03-01")
    assert "*" in form.labels["guarantor_name"].text()
    assert "guardian" in form.errors["guarantor_name"].text()
    assert not save_button(form).isEnabled()

    type_text(form.edits["guarantor_name"], "Сейтова Гүлнар")
    assert save_button(form).isEnabled()
    form.save()
    [reader] = found(state, "Сейтова Айым")
    assert reader.guarantor is not None
    assert reader.guarantor.name == "Сейтова Гүлнар"


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_possible_duplicate_is_asked_about(
    qtbot, monkeypatch, screen, state, add_reader, type_text, answer
):
    first = add_reader("Құнанбаев", "Абай", birth_date=date(1990, 5, 17))
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    form = new_form(screen)
    fill_name(form, type_text, "ҚҰНАНБАЕВ", "Абай")
    qtbot.keyClicks(form.edits["birth_date"], "17.05.1990")
    form.save()

    assert len(asked) == 1
    assert first in asked[0]
    readers = found(state, "Құнанбаев Абай")
    if answer == QMessageBox.StandardButton.Yes:
        assert len(readers) == 2
        assert screen.current_dialog is None
    else:
        assert [r.card_number for r in readers] == [first]
        assert screen.current_dialog is form  # still open, nothing lost


def test_edit_saves_the_changed_field(qtbot, screen, state, add_reader, type_text):
    card = add_reader()
    assert screen.open_reader(card)
    screen.edit_button.click()
    form = screen.current_dialog
    assert isinstance(form, ReaderForm)
    assert form.edits["surname"].text() == "Құнанбаев"
    qtbot.keyClicks(form.edits["phone"], "+7 701 000 00 00")
    form.save()

    assert stored(state, card).phone == "+7 701 000 00 00"
    assert screen.values["phone"].text() == "+7 701 000 00 00"


def test_service_refusal_is_a_message_not_a_traceback(
    qtbot, monkeypatch, screen, state, add_reader
):
    add_reader("Құнанбаев", "Абай", iin=VALID_IIN, birth_date=date(1979, 10, 28))
    other = add_reader("Иванова", "Мария")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    screen.open_reader(other)
    screen.edit_button.click()
    form = screen.current_dialog
    assert isinstance(form, ReaderForm)
    form.edits["birth_date"].clear()
    form.sex.setCurrentIndex(0)
    qtbot.keyClicks(form.edits["iin"], VALID_IIN)
    form.save()

    assert len(warnings) == 1
    assert "already belongs" in warnings[0]
    assert stored(state, other).iin is None


def test_block_with_reason_then_unblock(qtbot, screen, state, add_reader):
    card = add_reader()
    screen.open_reader(card)
    assert not screen.unblock_button.isEnabled()
    screen.block_button.click()
    dialog = screen.current_dialog
    assert isinstance(dialog, BlockDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a reason is required
    qtbot.keyClicks(dialog.reason, "lost a book")
    dialog.limited.setChecked(True)
    dialog.until.setDate(QDate(2026, 12, 31))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    reader = stored(state, card)
    assert reader.status is ReaderStatus.BLOCKED
    assert (reader.block_reason, reader.blocked_until) == ("lost a book", date(2026, 12, 31))
    assert "lost a book" in screen.values["status"].text()
    assert screen.unblock_button.isEnabled()

    screen.unblock_button.click()
    reader = stored(state, card)
    assert reader.status is ReaderStatus.ACTIVE
    assert reader.block_reason is None
    assert not screen.unblock_button.isEnabled()


def test_reregister_for_this_year(screen, state, clock, add_reader):
    clock.now = datetime(2025, 3, 1, 9, 0)
    card = add_reader()
    clock.now = datetime(2026, 11, 17, 10, 30)
    screen.open_reader(card)
    assert "expired" in screen.values["valid"].text()
    assert screen.reregister_button.isEnabled()

    screen.reregister_button.click()
    reader = stored(state, card)
    assert reader.reregistered_years == (2026,)
    assert reader.card_valid_until == date(2027, 11, 17)
    assert screen.values["years"].text() == "2026"
    assert not screen.reregister_button.isEnabled()  # once a year


def test_history_lists_every_loan_newest_first(screen, state, clock, add_reader, add_item):
    card = add_reader()
    barcodes = [add_item(f"Кітап {n}") for n in range(3)]
    for barcode in barcodes:
        assert lend(state.ctx, card, barcode, "aigul").done
        clock.advance(days=1)
    assert return_item(state.ctx, barcodes[0], "aigul").done
    screen.open_reader(card)
    assert screen.values["on_loan"].text() == "2"

    screen.history_button.click()
    dialog = screen.current_dialog
    assert isinstance(dialog, HistoryDialog)
    assert [loan.item_barcode for loan in dialog.model.rows()] == barcodes[::-1]
    returned = dialog.model.index(2, 4).data()
    assert returned == "20.11.2026"
    assert dialog.model.index(0, 4).data() == "on loan"
    assert dialog.model.index(0, 2).data() == "Кітап 2"
    assert "3" in dialog.summary.text()


def test_open_reader_from_the_desk(screen, add_reader):
    card = add_reader()
    assert screen.open_reader(card)
    assert screen.search.text() == card
    assert shown_cards(screen) == [card]
    assert not screen.open_reader("BST-999999")
    assert screen.reader is not None
    assert screen.reader.card_number == card


def test_changes_elsewhere_refresh_the_screen(screen, state, add_reader):
    card = add_reader()
    screen.open_reader(card)
    block_reader(state.ctx, card, "from the desk", "aigul")
    state.hub.publish(Changes(readers=True))
    assert screen.reader is not None
    assert screen.reader.status is ReaderStatus.BLOCKED
    assert screen.model.rows()[0].status is ReaderStatus.BLOCKED
