"""The events screen: events on the calendar, programmes, enquiries and refusals."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from branchdesk.domain.model import Attendance, EnquiryKind, EventForm, Language
from branchdesk.services.activity import EventInput, record_event
from branchdesk.services.events import add_programme, rename_programme, update_event
from branchdesk.services.results import Changes
from branchdesk.services.setup import SEED_PROGRAMMES
from branchdesk.store import event_queries
from branchdesk.store.queries import journal_entries
from branchdesk.ui.events import EventDialog, EventsScreen

ACTIVITY = Changes(activity=True, journal=True)
TITLE = "Абай оқулары: «Қара сөздер»"


@pytest.fixture
def screen(state, qtbot) -> EventsScreen:
    widget = EventsScreen(state)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def press_save(qtbot, dialog: EventDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def event(title: str, when: datetime, total: int = 20, **fields) -> EventInput:
    return EventInput(
        title=title,
        form=fields.pop("form", EventForm.TALK),
        starts_at=when,
        attendance=Attendance(total, fields.pop("children", 5), fields.pop("youth", 5)),
        **fields,
    )


def journal_ops(ctx, kind: str) -> list[dict]:
    with ctx.db.read() as session:
        return [json.loads(e.payload) for e in journal_entries(session) if e.kind == kind]


def is_bold(screen: EventsScreen, day: date) -> bool:
    text_format = screen.calendar.dateTextFormat(QDate(day.year, day.month, day.day))
    return text_format.fontWeight() == QFont.Weight.Bold


def test_new_event_under_a_seeded_programme(screen, state, ctx, qtbot, type_text):
    dialog = screen.new_event()
    type_text(dialog.title_edit, TITLE)
    choose(dialog.programme_combo, SEED_PROGRAMMES[6])
    choose(dialog.form_combo, EventForm.LITERARY_EVENING)
    choose(dialog.audience_combo, "youth")
    choose(dialog.language_combo, Language.KAZAKH)
    type_text(dialog.place_edit, "Оқу залы")
    dialog.total_spin.setValue(30)
    dialog.children_spin.setValue(8)
    dialog.youth_spin.setValue(15)

    with qtbot.waitSignal(state.hub.changed) as published:
        press_save(qtbot, dialog)

    assert published.args == [ACTIVITY]
    with ctx.db.read() as session:
        (saved,) = event_queries.events_between(session, date(2026, 11, 1), date(2026, 11, 30))
    assert saved.title == TITLE
    assert saved.programme == SEED_PROGRAMMES[6]
    assert saved.form is EventForm.LITERARY_EVENING
    assert saved.starts_at == datetime(2026, 11, 17, 11, 0)
    assert saved.place == "Оқу залы"
    assert saved.audience == "youth"
    assert saved.attendance == Attendance(30, 8, 15)
    assert saved.responsible == "Айгүл Серікова"
    (op,) = journal_ops(ctx, "record_event")
    assert op["event"] == saved.uuid
    assert op["title"] == TITLE
    assert op["programme"] == SEED_PROGRAMMES[6]
    assert [e.title for e in screen.events_model.rows()] == [TITLE]
    assert screen.selected_event() == saved


def test_edit_event_journals_the_whole_event_again(screen, state, ctx, qtbot, type_text):
    uuid = record_event(
        ctx,
        event("Кітап көрмесі", datetime(2026, 11, 10, 15), programme=SEED_PROGRAMMES[0]),
        "aigul",
    )
    state.hub.publish(ACTIVITY)
    screen.events_view.selectRow(0)
    dialog = screen.edit_event()
    assert dialog is not None
    assert dialog.windowTitle() == "Edit event"
    assert dialog.title_edit.text() == "Кітап көрмесі"
    assert dialog.programme_combo.currentData() == SEED_PROGRAMMES[0]
    type_text(dialog.title_edit, " – жаңа кітаптар")
    dialog.total_spin.setValue(42)
    dialog.youth_spin.setValue(20)

    with qtbot.waitSignal(state.hub.changed):
        press_save(qtbot, dialog)

    with ctx.db.read() as session:
        (saved,) = event_queries.events_between(session, date(2026, 11, 10), date(2026, 11, 10))
    assert saved.uuid == uuid
    assert saved.title == "Кітап көрмесі – жаңа кітаптар"
    assert saved.attendance == Attendance(42, 5, 20)
    first, latest = journal_ops(ctx, "record_event")
    assert first["event"] == latest["event"] == uuid
    assert latest["attendance"] == {"total": 42, "children": 5, "youth": 20}
    assert latest["title"] == saved.title
    assert screen.events_model.rows() == [saved]


def test_children_and_youth_over_the_total_are_refused(screen, state, ctx, qtbot, type_text):
    dialog = screen.new_event()
    type_text(dialog.title_edit, "Ертегілер сағаты")
    dialog.total_spin.setValue(10)
    dialog.children_spin.setValue(8)
    dialog.youth_spin.setValue(5)
    assert dialog.problem.isVisible()  # the librarian sees it while typing

    with qtbot.assertNotEmitted(state.hub.changed):
        press_save(qtbot, dialog)

    assert dialog.isVisible()
    assert "Children (8) and youth (5) together are more than the total (10)" in (
        dialog.problem.text()
    )
    with ctx.db.read() as session:
        assert event_queries.events_between(session, date(2026, 1, 1), date(2026, 12, 31)) == []
    assert journal_ops(ctx, "record_event") == []

    dialog.total_spin.setValue(13)
    assert not dialog.problem.isVisible()
    with qtbot.waitSignal(state.hub.changed):
        press_save(qtbot, dialog)
    assert len(journal_ops(ctx, "record_event")) == 1


def test_event_without_a_title_is_refused_in_the_dialog(screen, state, qtbot):
    dialog = screen.new_event()
    with qtbot.assertNotEmitted(state.hub.changed):
        press_save(qtbot, dialog)
    assert dialog.problem.text() == "Give the event a title."


def test_add_and_deactivate_a_programme(screen, state, ctx, qtbot, type_text):
    dialog = screen.new_event()
    dialog.edit_programmes()
    programmes = dialog.programmes_dialog
    assert programmes is not None
    name = "Оқитын мектеп – оқитын ұлт"
    type_text(programmes.name_edit, name)

    with qtbot.waitSignal(state.hub.changed) as published:
        qtbot.mouseClick(programmes.add_button, Qt.MouseButton.LeftButton)

    assert published.args == [Changes(activity=True)]
    with ctx.db.read() as session:
        assert name in event_queries.programmes(session)
    assert dialog.programme_combo.findData(name) >= 0
    assert programmes.name_edit.text() == ""

    item = programmes.items.findItems(name, Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Unchecked)

    with ctx.db.read() as session:
        assert name not in event_queries.programmes(session)
        assert name in event_queries.programmes(session, active_only=False)
    assert dialog.programme_combo.findData(name) < 0
    # Adding it again brings it back instead of making a second entry.
    add_programme(ctx, f"  {name.upper()} ", "aigul")
    with ctx.db.read() as session:
        names = event_queries.programmes(session, active_only=False)
        assert event_queries.programmes(session).count(name) == 1
    assert len(names) == len(SEED_PROGRAMMES) + 1


def test_renamed_programme_follows_in_the_open_dialog(screen, ctx, qtbot):
    dialog = screen.new_event()
    choose(dialog.programme_combo, SEED_PROGRAMMES[2])
    dialog.edit_programmes()
    programmes = dialog.programmes_dialog
    programmes.items.setCurrentRow(2)
    assert programmes.name_edit.text() == SEED_PROGRAMMES[2]
    programmes.name_edit.setText("Жан жылуы (2026)")
    qtbot.mouseClick(programmes.rename_button, Qt.MouseButton.LeftButton)
    assert dialog.programme_combo.currentData() == "Жан жылуы (2026)"
    with ctx.db.read() as session:
        assert SEED_PROGRAMMES[2] not in event_queries.programmes(session, active_only=False)


def test_rename_onto_an_existing_programme_merges_and_events_keep_their_name(ctx):
    record_event(ctx, event("Кездесу", datetime(2026, 11, 3, 12), programme="Жан жылуы"), "aigul")
    add_programme(ctx, "Жан жылу", "aigul")
    rename_programme(ctx, "Жан жылу", "жан жылуы", "aigul")
    with ctx.db.read() as session:
        names = event_queries.programmes(session, active_only=False)
        (held,) = event_queries.events_between(session, date(2026, 11, 3), date(2026, 11, 3))
    assert names == list(SEED_PROGRAMMES)
    assert held.programme == "Жан жылуы"


def test_update_of_an_unknown_event_is_a_bug_not_a_message(ctx):
    with pytest.raises(LookupError):
        update_event(ctx, "no-such-event", event("Кездесу", datetime(2026, 11, 3, 12)), "aigul")


def test_record_an_enquiry_and_a_refusal(screen, state, ctx, qtbot, type_text, add_reader):
    card = add_reader()
    screen.tabs.setCurrentIndex(1)
    choose(screen.enquiry_kind, EnquiryKind.FACTUAL)
    type_text(screen.enquiry_topic, "Абайдың туған жылы")
    type_text(screen.enquiry_card, card)
    with qtbot.waitSignal(state.hub.changed) as published:
        qtbot.mouseClick(screen.enquiry_button, Qt.MouseButton.LeftButton)
    assert published.args == [ACTIVITY]

    type_text(screen.refusal_title, "Көшпенділер")
    type_text(screen.refusal_author, "Есенберлин І.")
    with qtbot.waitSignal(state.hub.changed):
        qtbot.keyClick(screen.refusal_author, Qt.Key.Key_Return)

    today = date(2026, 11, 17)
    with ctx.db.read() as session:
        (enquiry,) = event_queries.enquiries_on(session, today)
        (refusal,) = event_queries.refusals_between(session, date(2026, 11, 1), today)
    assert (enquiry.kind, enquiry.topic, enquiry.reader_card) == (
        EnquiryKind.FACTUAL,
        "Абайдың туған жылы",
        card,
    )
    assert (refusal.title, refusal.author, refusal.reader_card) == (
        "Көшпенділер",
        "Есенберлин І.",
        None,
    )
    assert screen.enquiries_model.rows() == [enquiry]
    assert screen.refusals_model.rows() == [refusal]
    assert screen.enquiry_topic.text() == screen.refusal_title.text() == ""
    assert journal_ops(ctx, "record_enquiry")[0]["enquiry"] == enquiry.uuid
    assert journal_ops(ctx, "record_refusal")[0]["refusal"] == refusal.uuid


def test_unknown_card_on_an_enquiry_is_shown_and_nothing_saved(
    screen, state, ctx, qtbot, type_text, monkeypatch
):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    type_text(screen.enquiry_topic, "Жергілікті тарих")
    type_text(screen.enquiry_card, "BST-999999")
    with qtbot.assertNotEmitted(state.hub.changed):
        qtbot.mouseClick(screen.enquiry_button, Qt.MouseButton.LeftButton)
    assert shown == ["No reader with card BST-999999."]
    assert screen.enquiry_topic.text() == "Жергілікті тарих"  # kept, to fix the card
    with ctx.db.read() as session:
        assert event_queries.enquiries_on(session, date(2026, 11, 17)) == []


def test_calendar_marks_days_with_events(screen, state, ctx):
    record_event(ctx, event("Кітап көрмесі", datetime(2026, 11, 5, 11)), "aigul")
    record_event(ctx, event("Оқу сағаты", datetime(2026, 11, 5, 15)), "aigul")
    record_event(ctx, event("Вечер поэзии", datetime(2026, 12, 2, 16)), "aigul")
    assert not is_bold(screen, date(2026, 11, 5))
    state.hub.publish(ACTIVITY)

    assert is_bold(screen, date(2026, 11, 5))
    assert not is_bold(screen, date(2026, 11, 6))
    assert len(screen.events_model.rows()) == 2
    with ctx.db.read() as session:
        assert event_queries.event_days(session, 2026, 11) == {date(2026, 11, 5): 2}
        assert event_queries.event_days(session, 2026, 12) == {date(2026, 12, 2): 1}

    screen.calendar.setCurrentPage(2026, 12)
    assert is_bold(screen, date(2026, 12, 2))
    assert not is_bold(screen, date(2026, 11, 5))
    assert [e.title for e in screen.events_model.rows()] == ["Вечер поэзии"]
    assert "December 2026" in screen.month_label.text()


def test_language_change_keeps_what_is_chosen(screen, qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent

    dialog = screen.new_event()
    choose(dialog.form_combo, EventForm.CONTEST)
    choose(dialog.programme_combo, SEED_PROGRAMMES[1])
    for widget in (screen, dialog):
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    assert dialog.form_combo.currentData() == EventForm.CONTEST
    assert dialog.form_combo.currentText() == "contest"
    assert dialog.programme_combo.currentData() == SEED_PROGRAMMES[1]
    assert screen.tabs.tabText(1) == "Enquiries and refusals"
    assert screen.title() == "Events"


def test_attendance_labels_name_the_branchs_own_age_bands(screen, state):
    """The diary counts children and youth by the branch's age bands: the form says which."""
    from dataclasses import replace

    from branchdesk.domain.groups import AgeBands

    assert "up to 14" in screen.new_event().row_labels["children"].text()
    state.ctx.config = replace(state.ctx.config, age_bands=AgeBands(children_max=13, youth_max=30))
    dialog = screen.new_event()
    assert dialog.row_labels["children"].text() == "of them children up to 13"
    assert dialog.row_labels["youth"].text() == "of them youth aged 14–30"


def test_the_event_form_in_kazakh_keeps_every_button_whole(screen, tmp_path):
    """The longest labels are Kazakh: the form grows to them instead of squeezing the
    programme list and its button."""
    from PySide6.QtWidgets import QApplication

    from branchdesk.ui.language import Languages

    languages = Languages(QApplication.instance(), tmp_path / "cache")
    try:
        languages.apply("kk")
        QApplication.processEvents()
        dialog = screen.new_event()
        dialog.show()
        QApplication.processEvents()
        button = dialog.programmes_button
        assert button.text().startswith("Бағдарламалар")
        # The dialog at least as wide as its layout needs: nothing squeezed below its own
        # minimum (with a fixed minimum of the dialog's own, the programme list was).
        assert dialog.width() >= dialog.layout().minimumSize().width()
        assert button.width() >= button.sizeHint().width()
        combo = dialog.programme_combo
        assert combo.width() >= combo.minimumSizeHint().width()
        dialog.close()
    finally:
        languages.apply("en")
