"""The Import screen as a librarian uses it: choose a file, see what it holds and how it is
read, override what was detected, choose a sheet's columns, import off the GUI thread while
the bar moves, read the report and save it. A real branch database; rows are counted with
SQL of their own, not through the screen."""

from __future__ import annotations

import csv
import re
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
)

from branchdesk.importing.model import Encoding, Format
from branchdesk.services.importing import remembered_columns
from branchdesk.store.settings import Key
from branchdesk.ui.background import Task
from branchdesk.ui.importing import ImportScreen
from branchdesk.ui.language import Languages

DATA = Path(__file__).resolve().parents[1] / "data"
WAIT = 20_000


def counts(ctx) -> dict[str, int]:
    with sqlite3.connect(ctx.db.path) as conn:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("record", "item", "reader", "journal")
        }


@pytest.fixture
def screen(qtbot, state) -> ImportScreen:
    widget = ImportScreen(state)
    qtbot.addWidget(widget)
    widget.resize(1366, 720)
    widget.show()
    return widget


def opened(qtbot, screen: ImportScreen, path: Path) -> None:
    screen.open_file(path)
    qtbot.waitUntil(lambda: not screen.previewing, timeout=WAIT)


def choose(qtbot, screen: ImportScreen, box: QComboBox, value: object) -> None:
    """Pick a value in one of the screen's combo boxes, as the keyboard would."""
    index = box.findData(value)
    assert index >= 0, value
    box.setCurrentIndex(index)
    qtbot.waitUntil(lambda: not screen.previewing, timeout=WAIT)


def titles(screen: ImportScreen) -> list[str]:
    return [row.name for row in screen.preview_model.rows()]


def imported(qtbot, screen: ImportScreen) -> None:
    assert screen.import_button.isEnabled()
    screen.start_import()
    qtbot.waitUntil(lambda: screen.job is None, timeout=WAIT)


def test_a_marc_file_shows_its_format_encoding_and_first_titles(qtbot, screen):
    opened(qtbot, screen, DATA / "marc21-utf8.mrc")
    assert screen.format_box.currentData() == Format.MARC21
    assert screen.encoding_box.currentData() == Encoding.UTF8
    assert screen.detected_label.text() == "Detected: MARC21, UTF-8"
    assert screen.encoding_box.currentText() == "UTF-8 (detected)"
    assert titles(screen)[:3] == [
        "Абай жолы : роман-эпопея",
        "Қара сөздер",
        "Көшпенділер : тарихи трилогия",
    ]
    first = screen.preview_model.rows()[0]
    assert (first.authors, first.year, first.bbk) == ("Әуезов, Мұхтар", "2019", "84(5Каз)6-44")
    assert re.fullmatch(r"\d+, \d+", first.copies)  # its two barcodes
    assert not screen.mapping_box.isVisible()  # MARC has no columns to choose
    assert screen.import_button.isEnabled()

    # The librarian says the file is MARC-8: the preview is read so at once.
    choose(qtbot, screen, screen.encoding_box, Encoding.MARC8)
    assert screen.encoding_box.currentData() == Encoding.MARC8
    assert screen.detected_label.text() == "Your choice: MARC21, MARC-8"
    garbled = titles(screen)
    assert garbled
    assert "Абай жолы : роман-эпопея" not in garbled
    assert not any(re.search("[әқөүұіңғ]", t) for t in garbled)
    choose(qtbot, screen, screen.encoding_box, Encoding.UTF8)
    assert titles(screen)[0] == "Абай жолы : роман-эпопея"


def test_an_old_russian_export_is_read_as_cp1251_and_utf8_is_refused_record_by_record(
    qtbot, screen
):
    opened(qtbot, screen, DATA / "rusmarc-irbis-cp1251.iso")
    assert screen.format_box.currentData() == Format.RUSMARC
    assert screen.encoding_box.currentData() == Encoding.CP1251
    assert titles(screen)[0] == "Война и мир : роман"
    choose(qtbot, screen, screen.encoding_box, Encoding.UTF8)
    rows = screen.preview_model.rows()
    assert rows
    assert all("not in utf-8" in r.problem for r in rows)
    assert "choose the file's character set above" in rows[0].problem  # the desk's words
    assert "Unreadable among them" in screen.preview_note.text()


def test_the_import_fills_the_bar_and_reports_what_the_database_holds(
    qtbot, screen, state, monkeypatch
):
    screen.batch = 1  # a transaction per record: the bar has steps to take
    changes = []
    state.hub.changed.connect(changes.append)
    steps: list[int] = []
    screen.progress.valueChanged.connect(steps.append)
    # The screen looks for progress every few milliseconds and shows the newest: here each
    # record's report waits until the screen has had it, so every step reaches the bar.
    on_screen = threading.Event()
    report_now = Task.report

    def report_and_wait(task: Task, stage: str, done: int, total: int | None) -> None:
        on_screen.clear()
        report_now(task, stage, done, total)
        on_screen.wait(WAIT / 1000)

    monkeypatch.setattr(Task, "report", report_and_wait)
    before = counts(state.ctx)
    opened(qtbot, screen, DATA / "marc21-utf8.mrc")
    screen.start_import()
    job = screen.job
    assert job is not None
    job.progress.connect(lambda *_: on_screen.set())
    assert not screen.import_button.isEnabled()
    assert not screen.path_edit.isEnabled()
    assert screen.progress.isEnabled()
    screen.start_import()  # a second one cannot start meanwhile
    screen.choose_file()
    assert screen.job is job
    qtbot.waitUntil(lambda: screen.job is None, timeout=WAIT)
    monkeypatch.undo()

    assert screen.progress.value() == screen.progress.maximum()
    assert len(set(steps)) > 3  # it moved, record by record
    assert steps == sorted(steps)
    after = counts(state.ctx)
    report = screen.report
    assert report is not None
    shown = {name: int(c.text()) for name, (_w, c) in screen.count_labels.items()}
    assert shown["records_added"] == after["record"] - before["record"] > 0
    assert shown["items_added"] == after["item"] - before["item"] > 0
    assert shown["records_updated"] == shown["records_unchanged"] == 0
    assert after["journal"] - before["journal"] == after["record"] + after["item"]
    assert screen.pages.currentIndex() == 1  # the result is shown
    assert "records added" in screen.status.text()
    assert changes
    assert changes[-1].catalogue
    with sqlite3.connect(state.ctx.db.path) as conn:
        no_bbk = [t for (t,) in conn.execute("SELECT title FROM record WHERE bbk IS NULL")]
    listed = [r.text for r in screen.report_model.rows() if r.kind == "unclassified"]
    assert sorted(listed) == sorted(no_bbk)
    assert shown["unclassified"] == len(no_bbk)

    # The same file again changes nothing, and says so.
    imported(qtbot, screen)
    shown = {name: int(c.text()) for name, (_w, c) in screen.count_labels.items()}
    assert counts(state.ctx) == after
    assert shown["records_added"] == shown["items_added"] == 0
    assert shown["records_unchanged"] == after["record"]


def test_a_damaged_file_lists_its_bad_records_with_their_places(qtbot, screen, state, tmp_path):
    opened(qtbot, screen, DATA / "marc21-damaged.mrc")
    bad = [(r.position, bool(r.problem)) for r in screen.preview_model.rows()]
    assert bad[:5] == [(1, False), (2, True), (3, False), (4, True), (5, False)]
    imported(qtbot, screen)
    problems = [
        (r.position, r.offset, r.text) for r in screen.report_model.rows() if r.kind == "problem"
    ]
    assert [(p, o) for p, o, _ in problems] == [(2, 510), (4, 1311), (6, 2142)]
    assert "leader is damaged" in problems[0][2]
    assert "directory is damaged" in problems[1][2]
    assert "not in utf-8" in problems[2][2]
    assert screen.count_labels["problems"][1].text() == "3"
    assert counts(state.ctx)["record"] == int(screen.count_labels["records_added"][1].text())
    assert "Left out: 3." in screen.status.text()

    # The report is saved as text and as CSV, in the desk's words.
    text_file, csv_file = tmp_path / "report.txt", tmp_path / "report.csv"
    screen.ask_save_path = lambda: text_file
    assert screen.save_report() == text_file
    text = text_file.read_text(encoding="utf-8")
    assert "Records left out: 3" in text
    assert "No. 2 (byte 510): The record's leader is damaged" in text
    screen.ask_save_path = lambda: csv_file
    screen.save_report()
    with csv_file.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert rows[0] == ["What", "No.", "Byte", "Details"]
    assert ["Records left out", "", "", "3"] in rows
    assert [r[1:3] for r in rows if r[0] == "Left out"] == [
        ["2", "510"],
        ["4", "1311"],
        ["6", "2142"],
    ]


def test_a_file_that_is_no_catalogue_is_refused_clearly_and_changes_nothing(
    qtbot, screen, state, tmp_path
):
    before = counts(state.ctx)
    opened(qtbot, screen, DATA / "not-a-catalogue.bin")
    assert "is not a catalogue file branchdesk reads" in screen.preview_note.text()
    assert "choose its format above" in screen.preview_note.text()
    assert not screen.import_button.isEnabled()
    assert screen.format_box.isEnabled()  # the librarian may say what it is
    screen.start_import()
    assert screen.job is None

    # A file that turns into something else between the preview and the import.
    path = tmp_path / "export.mrc"
    shutil.copyfile(DATA / "marc21-utf8.mrc", path)
    opened(qtbot, screen, path)
    shutil.copyfile(DATA / "not-a-catalogue.bin", path)
    imported(qtbot, screen)
    assert "is not a catalogue file" in screen.status.text()
    assert "Nothing was imported." in screen.status.text()
    assert counts(state.ctx) == before
    assert screen.path_edit.isEnabled()


def test_a_reader_list_with_columns_chosen_on_screen_is_imported_and_remembered(
    qtbot, screen, state, tmp_path
):
    path = tmp_path / "оқырмандар.csv"
    path.write_text(
        "Билет;Оқырман тегі;Оқырман аты;Туған күні;Санаты\n"
        "BST-000201;Сейітқали;Әлия;12.04.1985;служащий\n"
        ";Нұрланов;Ерғали;1990-07-03;рабочий\n",
        encoding="utf-8",
    )
    screen.readers_radio.setChecked(True)
    opened(qtbot, screen, path)
    assert screen.format_box.currentData() == Format.CSV
    assert screen.mapping_box.isVisible()
    boxes = screen.column_boxes
    assert boxes["birth_date"].currentData() == "Туған күні"  # the usual words
    assert boxes["surname"].currentData() == ""
    assert "Surname, Name" in screen.preview_note.text()
    assert not screen.import_button.isEnabled()

    choose(qtbot, screen, boxes["surname"], "Оқырман тегі")
    choose(qtbot, screen, boxes["name"], "Оқырман аты")
    choose(qtbot, screen, boxes["card"], "Билет")
    rows = screen.preview_model.rows()
    assert [(r.name, r.born, r.card) for r in rows] == [
        ("Сейітқали Әлия", "12.04.1985", "BST-000201"),
        ("Нұрланов Ерғали", "03.07.1990", "a new one"),
    ]
    before = counts(state.ctx)["reader"]
    imported(qtbot, screen)
    assert counts(state.ctx)["reader"] - before == 2
    assert screen.count_labels["readers_added"][1].text() == "2"
    with sqlite3.connect(state.ctx.db.path) as conn:
        assert conn.execute(
            "SELECT surname FROM reader WHERE card_number = 'BST-000201'"
        ).fetchone() == ("Сейітқали",)
    remembered = remembered_columns(state.ctx, Key.IMPORT_COLUMNS_READERS)
    assert remembered["surname"] == "Оқырман тегі"
    assert remembered["card"] == "Билет"

    # The next list of the same kind opens with the columns chosen last time.
    again = ImportScreen(state)
    qtbot.addWidget(again)
    again.readers_radio.setChecked(True)
    opened(qtbot, again, path)
    assert again.column_boxes["surname"].currentData() == "Оқырман тегі"
    assert again.import_button.isEnabled()


def test_a_column_the_usual_words_find_can_be_left_unread(qtbot, screen):
    opened(qtbot, screen, DATA / "records.csv")
    assert screen.column_boxes["bbk"].currentData() == "ББК"
    assert screen.preview_model.rows()[0].bbk == "84(5Каз)6-44"
    choose(qtbot, screen, screen.column_boxes["bbk"], "")
    assert screen.preview_model.rows()[0].bbk == "—"
    assert screen.chosen_columns()["bbk"] == ""
    assert "udc" in screen.chosen_columns()  # found by its usual header


def test_a_marc_file_is_no_reader_list(qtbot, screen):
    screen.readers_radio.setChecked(True)
    opened(qtbot, screen, DATA / "marc21-utf8.mrc")
    assert "not from marc21" in screen.preview_note.text()
    assert not screen.import_button.isEnabled()


LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
# Names of formats, character sets, programs and keys are written so in every language;
# "leader" is the MARC term the catalogues keep in brackets beside their own word for it.
NAMES = {"marc", "marcxml", "rusmarc", "unimarc", "csv", "xlsx", "excel", "utf", "windows"}
NAMES |= {"ctrl", "enter", "koha", "branchdesk", "leader", "bst"}  # BST: the branch's code


def visible_texts(screen: ImportScreen) -> list[str]:
    texts = [screen.title()]
    for widget in screen.findChildren(QLabel):
        texts.append(widget.text())
    for widget in screen.findChildren(QAbstractButton):
        texts.append(widget.text())
    for widget in screen.findChildren(QGroupBox):
        texts.append(widget.title())
    for widget in screen.findChildren(QLineEdit):
        texts.append(widget.placeholderText())
    for widget in screen.findChildren(QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    for widget in screen.findChildren(QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    for table in screen.findChildren(QTableView):
        model = table.model()
        texts += [
            str(model.headerData(i, Qt.Orientation.Horizontal)) for i in range(model.columnCount())
        ]
        texts += [
            str(model.data(model.index(r, c)))
            for r in range(model.rowCount())
            for c in range(model.columnCount())
        ]
    return texts


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_screen_is_fully_translated(qtbot, state, tmp_path, lang):
    languages = Languages(QApplication.instance(), tmp_path / "cache")
    try:
        assert languages.apply(lang)
        state.language = languages.current
        seen: list[str] = []
        for readers, name in ((False, "marc21-damaged.mrc"), (True, "readers.csv")):
            path = tmp_path / name
            shutil.copyfile(DATA / name, path)
            widget = ImportScreen(state)
            qtbot.addWidget(widget)
            widget.readers_radio.setChecked(readers)
            opened(qtbot, widget, path)
            seen += visible_texts(widget)
            imported(qtbot, widget)
            seen += visible_texts(widget)
            if widget.report is not None:
                seen += widget.report_text(widget.report).splitlines()
        widget.open_file(tmp_path / "nowhere.mrc")  # a path mistyped
        qtbot.waitUntil(lambda: not widget.previewing, timeout=WAIT)
        seen += visible_texts(widget)
        # The file names are the user's: the paths are left out.
        seen = [re.sub(r"\S*/\S+", "", t) for t in seen]
        english = sorted(
            {t for t in seen if {w for w in LATIN_WORD.findall(t) if w.lower() not in NAMES}}
        )
        assert english == [], english
        cyrillic = "".join(seen)
        if lang == "kk":
            assert set("әғқңөұүі") & set(cyrillic)
    finally:
        languages.apply("en")


def test_the_keyboard_alone_chooses_imports_and_saves(qtbot, screen, state, tmp_path):
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    screen.focus_default()
    screen.ask_open_path = lambda: DATA / "marc21-marc8.mrc"
    qtbot.keyClick(screen.path_edit, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not screen.previewing and screen.preview is not None, timeout=WAIT)
    assert screen.encoding_box.currentData() == Encoding.MARC8
    assert titles(screen)[0] == "Война и мир : роман"
    qtbot.keyClick(screen.path_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.report is not None and screen.job is None, timeout=WAIT)
    assert counts(state.ctx)["record"] == int(screen.count_labels["records_added"][1].text())
    saved = tmp_path / "report.txt"
    screen.ask_save_path = lambda: saved
    qtbot.keyClick(screen.report_table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.is_file()
