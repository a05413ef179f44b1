"""The whole window: languages switched at run time, the idle lock, and start-up."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from branchdesk.domain.model import StaffRole
from branchdesk.services.staff import create_staff
from branchdesk.ui.app import build_window
from branchdesk.ui.desk import DeskScreen
from branchdesk.ui.language import Languages


@pytest.fixture
def window(qtbot, state, tmp_path):
    languages = Languages(QApplication.instance(), tmp_path / "cache")
    created = build_window(state, languages)
    qtbot.addWidget(created)
    created.show()
    yield created, languages
    languages.apply("en")


def tab_texts(window) -> list[str]:
    QApplication.processEvents()  # Qt posts LanguageChange; let it arrive
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_language_switch_changes_visible_texts_at_run_time(window):
    main, languages = window
    english = tab_texts(main)
    desk = main.screen_of(DeskScreen)
    assert english[0].startswith("Desk")
    assert languages.apply("ru")
    russian = tab_texts(main)
    assert russian[0].startswith("Выдача") or russian != english
    assert all(a != b for a, b in zip(english, russian, strict=True))
    assert desk.lend_button.text() not in ("", "Lend (F2)")
    assert languages.apply("kk")
    kazakh = tab_texts(main)
    assert kazakh != russian
    assert any(ch in "".join(kazakh) for ch in "әғқңөұүһі")
    assert languages.apply("kk-latn")
    latin = tab_texts(main)
    assert not any("а" <= ch <= "я" for ch in "".join(latin).lower())
    assert languages.apply("en")
    assert tab_texts(main) == english


def test_english_plurals_and_russian_three_forms(window, state, add_reader, add_item):
    from branchdesk.services import circulation

    main, languages = window
    desk = main.screen_of(DeskScreen)
    card = add_reader()
    for count in range(1, 6):
        circulation.lend(state.ctx, card, add_item(), "aigul")
        if count in (1, 2, 5):
            desk.open_reader(card)
            languages.apply("en")
            QApplication.processEvents()
            english = desk.loans_title.text()
            languages.apply("ru")
            QApplication.processEvents()
            russian = desk.loans_title.text()
            expected = {
                1: ("1 book on loan", "книга"),
                2: ("2 books on loan", "книги"),
                5: ("5 books on loan", "книг"),
            }[count]
            assert english == expected[0]
            assert expected[1] in russian.split()


def test_idle_lock_hides_the_reader_and_asks_for_the_password(window, state, qtbot):
    main, _ = window
    create_staff(state.ctx, "aigul", "Айгүл Серікова", StaffRole.BRANCH_ADMIN, "qwerty123")
    seen: list[bool] = []

    def answer(dialog) -> int:
        seen.append(main.tabs.isVisible())
        dialog.password.setText("wrong")
        dialog._submit()
        assert dialog.staff is None
        assert dialog.message.text()
        dialog.password.setText("qwerty123")
        dialog._submit()
        return 1

    main.set_idle_minutes(1)
    assert main.idle.isActive()
    main.lock(ask=answer)
    assert seen == [False]  # while locked, nothing of the reader is on screen
    assert main.tabs.isVisible()
    assert not main.locked


def test_idle_timer_fires_the_lock(window, monkeypatch, qtbot):
    main, _ = window
    locked: list[bool] = []
    monkeypatch.setattr(main, "lock", lambda: locked.append(True))
    main.idle.timeout.disconnect()
    main.idle.timeout.connect(main.lock)
    main.idle.setInterval(50)
    main.idle.start()
    qtbot.waitUntil(lambda: locked == [True], timeout=2000)
    # Typing restarts the countdown.
    main.idle.setInterval(10_000)
    main.idle.start()
    qtbot.keyClick(main.screen_of(DeskScreen).scan, Qt.Key.Key_A)
    assert main.idle.remainingTime() > 5_000


def self_test(env: dict[str, str], *args: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "branchdesk", "--self-test", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    return json.loads(lines[0])


def test_self_test_offscreen_on_a_fresh_machine(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BRANCHDESK_DATA_DIR": str(tmp_path)}
    report = self_test(env)
    assert report["ready_ms"] > 0
    assert not (tmp_path / "branch.sqlite").exists()  # a throwaway branch, not the user's


def test_the_collector_is_the_gui_threads_once_the_desk_has_shown(tmp_path):
    """It waits during the start (branchdesk.cli._desk), what the start made is frozen, and
    then the GUI thread's timer collects (ui/gui_collector.py), never a worker thread."""
    code = (
        "import gc, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from branchdesk.cli import main\n"
        "from branchdesk.ui.gui_collector import GuiThreadCollector\n"
        "assert main(['--self-test']) == 0\n"
        "found = QApplication.instance().findChild(GuiThreadCollector)\n"
        "print(gc.isenabled(), gc.get_freeze_count() > 0, found.timer.isActive(),"
        " file=sys.stderr)"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BRANCHDESK_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "False True True"


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="Xvfb is installed by .ci/run")
def test_self_test_on_a_real_x_server(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "BRANCHDESK_DATA_DIR": str(tmp_path)}
    env.pop("DISPLAY", None)
    done = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1366x768x24",
            sys.executable,
            "-m",
            "branchdesk",
            "--self-test",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "ready_ms" in json.loads(done.stdout.strip().splitlines()[-1])


def test_the_lock_hides_open_forms_too(window, state, qtbot):
    from PySide6.QtWidgets import QDialog

    main, _ = window
    create_staff(state.ctx, "aigul", "Айгүл Серікова", StaffRole.BRANCH_ADMIN, "qwerty123")
    form = QDialog(main)
    form.setWindowTitle("a reader's form")
    form.show()
    seen: list[bool] = []

    def answer(dialog) -> int:
        seen.append(form.isVisible())
        dialog.password.setText("qwerty123")
        dialog._submit()
        return 1

    main.lock(ask=answer)
    assert seen == [False]
    assert form.isVisible()
    form.close()


def test_kazakh_latin_keeps_qt_buttons_worded(window):
    from PySide6.QtWidgets import QDialogButtonBox

    _, languages = window
    languages.apply("kk-latn")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    QApplication.processEvents()
    texts = [b.text() for b in box.buttons()]
    assert all(text.strip() for text in texts)
    assert not any("а" <= ch <= "я" for ch in "".join(texts).lower())


def test_a_refresh_that_fails_is_a_status_message_not_a_crash(window, state, qtbot):
    from branchdesk.errors import StorageError
    from branchdesk.services.results import Changes
    from branchdesk.ui.catalogue import CatalogueScreen

    main, _ = window
    catalogue = main.screen_of(CatalogueScreen)

    def broken(_changes) -> None:
        raise StorageError("disk_io_error", path="branch.sqlite")

    catalogue.on_changes = broken
    with qtbot.waitSignal(state.hub.trouble) as trouble:
        state.hub.publish(Changes(catalogue=True))
    assert "could not be read or written" in trouble.args[0]
    assert "could not be read or written" in main.statusBar().currentMessage()


def _has_cyrillic(text: str) -> bool:
    return any("а" <= ch <= "я" or ch in "әғқңөұүһіё" for ch in text.lower())


class _PaintedByQt:
    """Stands in for Qt's own calendar delegate and notes which cells it painted."""

    def __init__(self, own) -> None:
        self.own = own
        self.cells: list[tuple[int, int]] = []

    def paint(self, painter, option, index) -> None:
        self.cells.append((index.row(), index.column()))
        self.own.paint(painter, option, index)


def _calendar_names(calendar) -> list[str]:
    """What a calendar shows of names: its month button, its month menu, and its weekday
    header as painted (each cell through the view's delegate, as Qt paints it: Qt's own
    delegate draws the model's text, ours the text it makes). A day's cell must always be
    Qt's to paint (it carries the calendar's formats)."""
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem, QTableView, QToolButton

    button = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    view = calendar.findChild(QTableView, "qt_calendar_calendarview")
    delegate = view.itemDelegate()
    spy = _PaintedByQt(delegate.own)
    delegate.own = spy
    image = QImage(80, 40, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    header = []
    try:
        for row, column in [(0, c) for c in range(7)] + [(1, 0)]:
            index = view.model().index(row, column)
            option = QStyleOptionViewItem()
            option.rect = view.visualRect(index)
            before = len(spy.cells)
            delegate.paint(painter, option, index)
            if row == 0:
                by_qt = len(spy.cells) > before
                delegate.initStyleOption(option, index)
                header.append(index.data() if by_qt else option.text)
        assert (1, 0) in spy.cells  # a day's cell
    finally:
        painter.end()
        delegate.own = spy.own
    return [button.text(), *(a.text() for a in button.menu().actions()), *header]


def test_kazakh_latin_names_months_and_days_in_latin(window):
    """Qt has no Latin Kazakh locale: the names of months and days it makes are
    transliterated wherever the desk shows them, and are Cyrillic again in kk."""
    from branchdesk.ui.events import EventsScreen
    from branchdesk.ui.settings import SettingsScreen

    main, languages = window
    events = main.screen_of(EventsScreen)
    settings = main.screen_of(SettingsScreen)
    popup = settings.calendar.start.calendarWidget()  # a date field's pop-up calendar
    languages.apply("kk-latn")
    QApplication.processEvents()  # LanguageChange, then the calendars' renaming
    QApplication.processEvents()
    shown = [
        events.month_label.text(),
        *_calendar_names(events.calendar),
        *_calendar_names(popup),
        *(box.text() for box in settings.calendar.days),
        settings.calendar.holidays.item(0).text(),
    ]
    assert "Qaraşa" in events.month_label.text()  # the fixture's today is in November
    assert "Qañtar" in shown  # the month menu
    assert "Düisenbı" in shown  # Monday, on the calendar tab
    assert not [text for text in shown if _has_cyrillic(text)]

    languages.apply("kk")
    QApplication.processEvents()
    QApplication.processEvents()
    names = _calendar_names(events.calendar)
    assert names[0] == "Қараша"
    assert "Қаңтар" in names
    assert names[-7:] == ["дс", "сс", "ср", "бс", "жм", "сб", "жс"]  # the weekday header
    assert "Дүйсенбі" in [box.text() for box in settings.calendar.days]


def test_the_lock_screen_closes_the_desk_without_unlocking_it(window, state):
    main, _ = window
    create_staff(state.ctx, "aigul", "Айгүл Серікова", StaffRole.BRANCH_ADMIN, "qwerty123")
    asked: list[str] = []

    def answer(dialog) -> int:
        asked.append(dialog.close_button.text())
        if len(asked) == 1:
            dialog.reject()  # the lock screen's own window closed: it comes back
            return 0
        dialog.close_button.click()
        return 0

    main.lock(ask=answer)
    assert asked == ["Close the desk", "Close the desk"]
    assert not main.isVisible()
    assert main.locked  # it ends locked, nothing shown again
    assert not main.tabs.isVisible()


def test_a_quitting_application_ends_the_lock_instead_of_asking_for_ever(window, state):
    """Windows shutting down ends every event loop: the lock screen's ends at once, and a
    lock that asked again would spin without end."""
    main, _ = window
    create_staff(state.ctx, "aigul", "Айгүл Серікова", StaffRole.BRANCH_ADMIN, "qwerty123")
    asked: list[int] = []

    def ended(_dialog) -> int:
        asked.append(1)
        assert len(asked) < 3, "the lock screen came back after its event loop ended"
        return 0  # neither signed in nor closed by a person

    main.lock(ask=ended)
    assert asked == [1]
    assert not main.isVisible()


def test_the_sign_in_dialog_has_no_close_the_desk_button(state, qtbot):
    from branchdesk.ui.login import LoginDialog

    dialog = LoginDialog(state)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.close_button.isVisible()  # its Cancel already ends the start
