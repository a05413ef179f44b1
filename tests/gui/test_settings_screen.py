"""The settings screen: a change made here is what the next scan at the desk follows."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QComboBox, QSpinBox

from branchdesk.domain.model import Staff, StaffRole
from branchdesk.domain.policy import ANY, LoanRule
from branchdesk.errors import InvalidInput
from branchdesk.services import circulation, settings
from branchdesk.services.staff import authenticate, create_staff
from branchdesk.ui.settings import RulesTab, SettingsScreen
from branchdesk.ui.state import ChangeHub, DeskState

# The conftest clock stands on Tuesday 17 November 2026.
FRIDAY, SATURDAY, SUNDAY = 4, 5, 6


@pytest.fixture
def screen(qtbot, state) -> SettingsScreen:
    widget = SettingsScreen(state, lambda _code: None)
    qtbot.addWidget(widget)
    return widget


def lend_due(state, card: str, barcode: str) -> date:
    result = circulation.lend(state.ctx, card, barcode, state.operator)
    assert result.done, result
    assert result.loan is not None
    return result.loan.due_on


def set_rule_cell(tab: RulesTab, row: int, column: int, value: object) -> None:
    widget = tab.cell(row, column)
    if isinstance(widget, QComboBox):
        widget.setCurrentIndex(widget.findData(value))
    else:
        assert isinstance(widget, QSpinBox)
        widget.setValue(int(value))  # type: ignore[call-overload]


def test_pupils_get_their_own_loan_period_moved_to_an_open_day(
    qtbot, screen, state, add_reader, add_item
):
    rules = screen.rules
    row = rules.add_rule()
    set_rule_cell(rules, row, RulesTab.GROUP, "pupil")
    set_rule_cell(rules, row, RulesTab.TYPE, ANY)
    set_rule_cell(rules, row, RulesTab.LOAN_DAYS, 10)
    with qtbot.waitSignal(state.hub.changed) as published:
        rules.save_button.click()
    assert published.args[0].settings
    # Fridays off: the tenth day, Friday 27 November, is shut.
    screen.calendar.days[FRIDAY].click()

    pupil = add_reader("Серікова", "Дана", category="pupil")
    adult = add_reader()
    assert lend_due(state, pupil, add_item()) == date(2026, 11, 28)
    assert lend_due(state, adult, add_item()) == date(2026, 12, 2)  # the 15-day fallback
    assert ("pupil", ANY, LoanRule(10, 5, 2, 15)) in settings.policy_rules(state.ctx.db)


def test_a_closed_date_moves_the_due_date_past_it(
    qtbot, screen, state, add_reader, add_item, type_text
):
    calendar = screen.calendar
    calendar.start.setDate(QDate(2026, 12, 2))
    calendar.end.setDate(QDate(2026, 12, 3))
    type_text(calendar.note, "Жөндеу")
    calendar.add_button.click()
    assert calendar.closed.rowCount() == 1
    assert calendar.closed.item(0, 2).text() == "Жөндеу"
    assert calendar.note.text() == ""

    card = add_reader()
    assert lend_due(state, card, add_item()) == date(2026, 12, 4)

    calendar.closed.selectRow(0)
    calendar.remove_button.click()
    assert calendar.closed.rowCount() == 0
    assert state.ctx.config.calendar.is_open(date(2026, 12, 2))


def test_a_closed_range_cannot_end_before_it_starts(screen, state):
    screen.calendar.start.setDate(QDate(2026, 12, 3))
    screen.calendar.end.setDate(QDate(2026, 12, 2))
    screen.calendar.add_button.click()
    assert settings.closed_periods(state.ctx.db) == []
    assert "end" in screen.message.text()


def test_weekly_days_off_cannot_all_be_ticked(screen, state):
    days = screen.calendar.days
    assert days[SUNDAY].isChecked()
    for number in range(5):  # Monday to Friday
        days[number].click()
    assert not days[SATURDAY].isEnabled()
    days[SATURDAY].click()  # a disabled box ignores the click
    assert not days[SATURDAY].isChecked()
    assert settings.weekly_days_off(state.ctx.db) == {0, 1, 2, 3, 4, SUNDAY}
    assert state.ctx.config.calendar.is_open(date(2026, 11, 21))
    with pytest.raises(InvalidInput) as refused:
        settings.set_weekly_days_off(state.ctx, set(range(7)))
    assert refused.value.code == "no_open_weekday"


def test_an_account_added_here_can_sign_in(screen, state, type_text):
    staff = screen.staff
    staff.login.setText("Marat")
    type_text(staff.full_name, "Марат Жақсыбеков")
    staff.role.setCurrentIndex(staff.role.findData(StaffRole.LIBRARIAN.value))
    staff.password.setText("dala2026")
    staff.password_again.setText("dala2026")
    staff.add_button.click()

    signed_in = authenticate(state.ctx, "marat", "dala2026")
    assert signed_in == Staff("marat", "Марат Жақсыбеков", StaffRole.LIBRARIAN, True)
    assert [s.login for s in staff.model.rows()] == ["marat"]
    assert staff.selected() == signed_in
    assert staff.password.text() == ""

    staff.new_password.setText("jana2027")
    staff.new_password_again.setText("jana2027")
    staff.reset_button.click()
    assert authenticate(state.ctx, "marat", "jana2027") is not None
    assert authenticate(state.ctx, "marat", "dala2026") is None


def test_passwords_typed_differently_add_nobody(screen, state):
    staff = screen.staff
    staff.login.setText("marat")
    staff.full_name.setText("Marat")
    staff.password.setText("dala2026")
    staff.password_again.setText("dala2062")
    staff.add_button.click()
    assert settings.list_staff(state.ctx.db) == []
    assert screen.message.text() == "The two passwords differ; type them again."


def test_deactivating_the_last_admin_is_refused(qtbot, state):
    create_staff(state.ctx, "aigul", "Айгүл Серікова", StaffRole.BRANCH_ADMIN, "secret1")
    create_staff(state.ctx, "marat", "Марат", StaffRole.LIBRARIAN, "secret1")
    screen = SettingsScreen(state, lambda _code: None)
    qtbot.addWidget(screen)
    staff = screen.staff
    staff.select("aigul")
    staff.toggle_button.click()
    assert "aigul" in screen.message.text()
    assert all(s.active for s in settings.list_staff(state.ctx.db))

    staff.select("marat")
    assert staff.toggle_button.text() == "Deactivate"
    staff.toggle_button.click()
    assert authenticate(state.ctx, "marat", "secret1") is None
    assert staff.toggle_button.text() == "Activate"
    staff.toggle_button.click()
    assert authenticate(state.ctx, "marat", "secret1") is not None


def test_choosing_russian_switches_the_desk_and_is_kept(qtbot, state):
    chosen: list[str] = []
    screen = SettingsScreen(state, chosen.append)
    qtbot.addWidget(screen)
    assert screen.language.button("en").isChecked()
    screen.language.button("ru").click()
    assert chosen == ["ru"]
    assert settings.get_language(state.ctx.db) == "ru"
    assert state.language == "ru"
    assert screen.language.button("ru").isChecked()


def test_a_librarian_sees_the_settings_but_cannot_save(qtbot, ctx):
    state = DeskState(
        ctx=ctx, hub=ChangeHub(), staff=Staff("marat", "Марат", StaffRole.LIBRARIAN, True)
    )
    chosen: list[str] = []
    screen = SettingsScreen(state, chosen.append)
    qtbot.addWidget(screen)
    assert not screen.read_only_note.isHidden()
    for button in (
        screen.branch.save_button,
        screen.rules.save_button,
        screen.rules.add_button,
        screen.calendar.add_button,
        screen.idle_lock.save_button,
    ):
        assert button.isHidden()
    assert screen.staff.side.isHidden()
    assert screen.branch.name_kk.isReadOnly()
    assert screen.language.box.isEnabled()  # the language is everyone's own choice
    assert not any(box.isEnabled() for box in screen.calendar.days)

    before = settings.branch_details(ctx)
    screen.branch.name_kk.setText("Жаңа атау")
    screen.branch.save()
    screen.rules.save()
    assert settings.branch_details(ctx) == before
    assert screen.message.text() == "Only a branch admin can change settings."
    screen.language.button("ru").click()
    assert chosen == ["ru"]
    assert settings.get_language(ctx.db) == "ru"


def test_branch_names_and_idle_lock_are_saved(screen, state):
    screen.branch.name_ru.setText("Бестобинская библиотека")
    screen.branch.address.setText("ул. Абая, 12")
    screen.branch.save_button.click()
    assert settings.branch_details(state.ctx).name_ru == "Бестобинская библиотека"
    assert screen.message.text() == "Saved."

    screen.branch.name_kk.setText("   ")
    screen.branch.save_button.click()
    assert "required" in screen.message.text()

    screen.idle_lock.minutes.setValue(30)
    screen.idle_lock.save_button.click()
    assert settings.idle_lock_minutes(state.ctx.db) == 30


def test_day_names_follow_the_desk_language(screen):
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Russian))
        screen.retranslate()
        assert screen.calendar.days[0].text() == "Понедельник"
        assert screen.calendar.holidays.item(0).text().startswith("1 января")
    finally:
        QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("rules", "code"),
    [
        ([("pupil", ANY, LoanRule())], "policy_needs_fallback"),
        ([(ANY, ANY, LoanRule()), ("wizard", ANY, LoanRule())], "unknown_category"),
        ([(ANY, ANY, LoanRule()), (ANY, "scroll", LoanRule())], "unknown_item_type"),
        ([(ANY, ANY, LoanRule()), (ANY, ANY, LoanRule())], "duplicate_rule"),
        ([(ANY, ANY, LoanRule(loan_days=4000))], "out_of_range"),
    ],
)
def test_a_policy_that_cannot_work_is_refused(ctx, rules, code):
    before = settings.policy_rules(ctx.db)
    with pytest.raises(InvalidInput) as refused:
        settings.save_policy(ctx, rules)
    assert refused.value.code == code
    assert settings.policy_rules(ctx.db) == before


def test_settings_values_are_checked(ctx):
    checks = [
        (lambda: settings.set_language(ctx, "de"), "unknown_language"),
        (lambda: settings.set_idle_lock_minutes(ctx, 0), "out_of_range"),
        (lambda: settings.set_idle_lock_minutes(ctx, 121), "out_of_range"),
        (
            lambda: settings.add_closed_period(ctx, date(2026, 1, 1), date(2027, 6, 1), ""),
            "closed_too_long",
        ),
        (lambda: settings.set_staff_active(ctx, "nobody", False), "unknown_staff"),
        (lambda: settings.reset_password(ctx, "nobody", "secret1"), "unknown_staff"),
        (lambda: settings.update_branch(ctx, "Бестөбе", "", ""), "required"),
    ]
    for action, code in checks:
        with pytest.raises(InvalidInput) as refused:
            action()
        assert refused.value.code == code
    assert settings.idle_lock_minutes(ctx.db) == settings.IDLE_LOCK_DEFAULT
    assert settings.get_language(ctx.db) is None


def test_rule_rows_name_kinds_of_item_and_show_the_whole_remove_button(qtbot, state, tmp_path):
    """In Russian: the kinds by the names a loan limit's message uses, and a column wide
    enough for «Удалить» (fitted to its contents, it was a sliver: the cells hold no text)."""
    from PySide6.QtWidgets import QApplication, QComboBox, QPushButton

    from branchdesk.ui.language import Languages

    languages = Languages(QApplication.instance(), tmp_path / "cache")
    try:
        state.language = "ru"
        languages.apply("ru")
        widget = SettingsScreen(state, lambda _code: None)
        qtbot.addWidget(widget)
        widget.resize(1366, 700)
        widget.show()
        QApplication.processEvents()
        rules = widget.rules
        row = rules.add_rule()
        QApplication.processEvents()
        kinds = rules.table.cellWidget(row, RulesTab.TYPE)
        assert isinstance(kinds, QComboBox)
        names = [kinds.itemText(i) for i in range(kinds.count())]
        assert "Периодические издания" in names
        assert "Аудиовизуальные материалы" in names
        remove = rules.table.cellWidget(row, RulesTab.REMOVE)
        assert isinstance(remove, QPushButton)
        assert remove.text() == "Удалить"
        assert remove.width() >= remove.sizeHint().width()
    finally:
        state.language = "en"
        languages.apply("en")
