"""Sync at the desk against a real central server: the worker, the status bar, the conflicts
inbox and joining a central library from Settings.

The central library runs in this process on a loopback socket over a SQLite file; each
branch is a real branch database. Nothing sleeps: tests wait for the worker's signals.
"""

from __future__ import annotations

import faulthandler
import random
import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError as SignalTimeout
from support.centrals import Central, join_branch, make_central

from branchdesk.domain.model import Staff, StaffRole
from branchdesk.domain.readers import ReaderInput
from branchdesk.services.catalogue import ItemInput, RecordInput, add_record_with_item
from branchdesk.services.circulation import lend, return_item
from branchdesk.services.context import BranchContext
from branchdesk.services.readers import register_reader
from branchdesk.services.results import Override
from branchdesk.services.sync import run_sync, set_central, sync_status
from branchdesk.ui.app import build_window
from branchdesk.ui.conflicts import ConflictsScreen
from branchdesk.ui.language import Languages
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.settings import SettingsScreen
from branchdesk.ui.state import ChangeHub, DeskState

ROUND_MS = 20_000  # the most a round on loopback may take on a busy test machine


@pytest.fixture
def central(tmp_path: Path) -> Iterator[Central]:
    found = make_central(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    found.start()
    yield found
    found.close()


@pytest.fixture
def branches(central: Central, tmp_path: Path, migrated_template: Path):
    made: list[BranchContext] = []

    def make(code: str) -> BranchContext:
        ctx = join_branch(central, tmp_path / code, code, migrated_template)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.db.dispose()


def desk_state(ctx: BranchContext, language: str = "en") -> DeskState:
    return DeskState(
        ctx=ctx,
        hub=ChangeHub(),
        staff=Staff("aigul", "Айгүл Серікова", StaffRole.BRANCH_ADMIN, True),
        language=language,
    )


@pytest.fixture
def open_window(qtbot, tmp_path: Path):
    made: list[MainWindow] = []
    languages = Languages(QApplication.instance(), tmp_path / "cache")

    def open_(state: DeskState) -> MainWindow:
        languages.apply(state.language)  # English too: its catalogue holds the plurals
        window = build_window(state, languages)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield open_
    for window in made:
        assert window.sync.shutdown(ROUND_MS / 1000)
    languages.apply("en")


class _Ceiling(random.Random):
    """Full jitter that always waits the longest it may."""

    def uniform(self, a: float, b: float) -> float:
        return b


def sync_now(qtbot, window: MainWindow):
    """Press "Sync now" and wait for the round's answer (a Summary or an error)."""
    try:
        with qtbot.waitSignal(window.sync.finished, timeout=ROUND_MS) as answer:
            qtbot.mouseClick(window.sync_button, Qt.MouseButton.LeftButton)
    except SignalTimeout:
        # What the worker and every thread were doing: a round that never answers is a bug
        # to be read from here, not a test to be run again.
        job = window.sync.job
        print(f"busy={window.sync.busy} job running={job is not None and job.running}")
        faulthandler.dump_traceback(all_threads=True)
        raise
    return answer.args[0]


def press_f9(qtbot, window: MainWindow) -> None:
    """F9 as the keyboard sends it: through the window system, where shortcuts live."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_F9)


def add_copy(ctx: BranchContext, barcode: str, title: str = "Абай жолы") -> str:
    add_record_with_item(
        ctx,
        RecordInput(title=title, authors="Әуезов М.", bbk="84(5Каз)"),
        ItemInput(barcode=barcode),
        "admin",
    )
    return barcode


def add_reader(ctx: BranchContext, surname: str, name: str) -> str:
    result = register_reader(
        ctx,
        ReaderInput(surname=surname, name=name, birth_date=date(1990, 5, 17)),
        "admin",
        confirm_duplicate=True,
    )
    assert result.reader is not None
    return result.reader.card_number


def journal_kinds(ctx: BranchContext, state: str) -> list[str]:
    with sqlite3.connect(ctx.db.path) as conn:
        rows = conn.execute("SELECT kind FROM journal WHERE state = ?", (state,)).fetchall()
    return [kind for (kind,) in rows]


# ----- the status bar -----


def test_a_branch_alone_says_so_and_sync_now_says_how_to_join(qtbot, state, open_window):
    window = open_window(state)
    assert window.online_label.text() == "Working alone, no central library"
    assert not window.last_sync_label.isVisibleTo(window)
    assert not window.conflicts_button.isVisibleTo(window)
    assert not window.clock_label.isVisibleTo(window)
    with qtbot.waitSignal(state.hub.trouble) as trouble:
        press_f9(qtbot, window)
    assert "not connected to a central library" in trouble.args[0]
    assert not window.sync.busy


def test_sync_now_sends_what_waits_and_the_status_bar_follows(qtbot, branches, open_window):
    bst = branches("BST")
    card = add_reader(bst, "Құнанбаев", "Абай")
    lend(bst, card, add_copy(bst, "40000001"), "aigul")
    state = desk_state(bst)
    window = open_window(state)
    waiting = sync_status(bst.db).pending
    assert waiting >= 4  # record, item, reader, lend (and the visit)
    assert window.journal_label.text() == f"Waiting to be sent: {waiting}"
    assert window.last_sync_label.text() == "Last sync: never"
    assert window.online_label.text() == "Not in touch yet"
    assert window.conflicts_button.text() == "Conflicts: 0"
    with qtbot.waitSignal(state.hub.changed, timeout=ROUND_MS) as published:
        summary = sync_now(qtbot, window)
    assert summary.pushed == {"applied": waiting}
    assert published.args[0].journal
    assert window.journal_label.text() == "Waiting to be sent: 0"
    assert window.online_label.text() == "● Online"
    assert window.last_sync_label.text().startswith("Last sync: ")
    assert "never" not in window.last_sync_label.text()
    # F9 is the same as the button.
    with qtbot.waitSignal(window.sync.finished, timeout=ROUND_MS):
        press_f9(qtbot, window)
    assert window.sync.timer.isActive() is False  # automatic rounds only after start()


def test_the_first_round_starts_after_the_window_shows_then_every_two_minutes(
    qtbot, branches, open_window
):
    bst = branches("BST")
    add_reader(bst, "Құнанбаев", "Абай")
    window = open_window(desk_state(bst))
    assert not window.sync.busy  # building the window started nothing
    with qtbot.waitSignal(window.sync.finished, timeout=ROUND_MS):
        window.sync.start()
    assert window.journal_label.text() == "Waiting to be sent: 0"
    assert window.sync.timer.isActive()
    assert window.sync.timer.interval() == 2 * 60 * 1000


def test_one_round_at_a_time_and_a_press_during_one_asks_for_another(
    qtbot, branches, open_window, monkeypatch
):
    import threading

    from branchdesk.ui import sync_worker

    bst = branches("BST")
    add_reader(bst, "Құнанбаев", "Абай")
    window = open_window(desk_state(bst))
    running, most, rounds = [0], [0], []
    lock = threading.Lock()

    def counted(db, progress):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        try:
            return run_sync(db, progress)
        finally:
            with lock:
                running[0] -= 1
                rounds.append(threading.current_thread().name)

    monkeypatch.setattr(sync_worker, "run_sync", counted)
    answers: list[object] = []
    window.sync.finished.connect(answers.append)
    assert window.sync.sync_now()
    assert not window.sync_button.isEnabled()  # the button waits for the round
    assert window.sync.sync_now()  # F9 again during the round: one more round after it
    assert window.sync.sync_now()
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=2 * ROUND_MS)
    assert most[0] == 1
    assert len(rounds) == 2
    assert "MainThread" not in rounds  # never on the GUI thread
    assert window.sync_button.isEnabled()


def test_offline_backs_off_and_the_network_coming_back_syncs_at_once(
    qtbot, central, branches, open_window
):
    bst = branches("BST")
    add_reader(bst, "Құнанбаев", "Абай")
    window = open_window(desk_state(bst))
    window.sync.started = True  # as after start(), without the first round's timer
    # The jitter at its ceiling: a wait drawn near zero would start the next round before
    # the test has looked at this one.
    window.sync.backoff.rng = _Ceiling()
    port = int(central.address.rsplit(":", 1)[1])
    central.stop()
    error = sync_now(qtbot, window)
    assert error.code == "sync_offline"
    assert window.online_label.text() == "● Offline"
    assert "cannot be reached" in window.online_label.toolTip()
    assert window.journal_label.text() == "Waiting to be sent: 1"
    assert window.sync.timer.isActive()
    assert window.sync.timer.interval() == 2_000  # the first backoff: up to 2 s
    window.sync.timer.stop()  # the test presses the button instead of waiting
    sync_now(qtbot, window)
    assert window.sync.backoff.failures == 2
    assert window.sync.timer.interval() == 4_000
    window.sync.timer.stop()
    central.start(port)
    with qtbot.waitSignal(window.sync.finished, timeout=ROUND_MS) as answer:
        window.sync.network_changed(True)
    assert answer.args[0].pending == 0
    assert window.online_label.text() == "● Online"
    assert window.sync.backoff.failures == 0
    assert window.sync.timer.interval() == 2 * 60 * 1000


def test_a_refused_token_stops_the_rounds_and_asks_for_a_new_one(
    qtbot, central, branches, open_window
):
    bst = branches("BST")
    add_reader(bst, "Құнанбаев", "Абай")
    set_central(bst.db, central.address, "not-the-token")
    state = desk_state(bst)
    window = open_window(state)
    window.sync.started = True
    with qtbot.waitSignal(state.hub.trouble, timeout=ROUND_MS) as trouble:
        error = sync_now(qtbot, window)
    assert error.code == "sync_token"
    assert "new token" in trouble.args[0]
    assert window.online_label.text() == "Sync stopped: a new token is needed (Settings)"
    assert not window.sync.timer.isActive()  # only a person can fix a token
    assert sync_status(bst.db).stopped == "token"
    window.sync.network_changed(True)
    assert not window.sync.busy  # the network coming back does not fix a token either


def test_a_wrong_clock_is_shown_in_minutes(qtbot, branches, open_window, monkeypatch):
    from branchdesk.central import app as central_app

    bst = branches("BST")
    add_reader(bst, "Құнанбаев", "Абай")
    window = open_window(desk_state(bst))
    real = central_app.now_utc
    # The centre is right; this PC's clock is 12 minutes slow.
    monkeypatch.setattr(central_app, "now_utc", lambda: real() + timedelta(minutes=12))
    sync_now(qtbot, window)
    assert sync_status(bst.db).clock_wrong
    assert window.clock_label.isVisibleTo(window)
    assert window.clock_label.text() == "This PC's clock is off by 12 minutes"


# ----- a double loan, from two branches to the inbox and back -----


def _double_loan(bst: BranchContext, sht: BranchContext) -> tuple[str, str]:
    """Copy 40000001 of Bestobe, lent at Bestobe and at Shantobe while both were offline.

    It is lent at Bestobe to a Shantobe reader, who brings it back to Shantobe (in transit
    home); before either branch syncs again, each lends it out once more.
    """
    reader_at_sht = add_reader(sht, "Серікова", "Дана")
    other_at_sht = add_reader(sht, "Оспанов", "Ерлан")
    run_sync(sht.db)
    barcode = add_copy(bst, "40000001")
    reader_at_bst = add_reader(bst, "Құнанбаев", "Абай")
    run_sync(bst.db)
    assert lend(bst, reader_at_sht, barcode, "aigul").done
    run_sync(bst.db)
    run_sync(sht.db)
    assert return_item(sht, barcode, "gulnar").done
    run_sync(sht.db)
    run_sync(bst.db)
    # Offline from here: both lend the copy, each confirming that it is in transit.
    reason = Override("the reader is waiting for it")
    assert lend(sht, other_at_sht, barcode, "gulnar", override=reason).done
    assert lend(bst, reader_at_bst, barcode, "aigul", override=reason).done
    run_sync(sht.db)
    return reader_at_bst, other_at_sht


def test_a_double_loan_is_resolved_from_the_inbox(qtbot, branches, open_window, type_text):
    bst, sht = branches("BST"), branches("SHT")
    at_bst, at_sht = _double_loan(bst, sht)
    state = desk_state(bst)
    window = open_window(state)
    assert window.conflicts_button.text() == "Conflicts: 0"
    sync_now(qtbot, window)  # Bestobe's loan reaches the centre second: a conflict
    assert window.conflicts_button.text() == "Conflicts: 1"

    qtbot.mouseClick(window.conflicts_button, Qt.MouseButton.LeftButton)
    inbox = window.current_screen()
    assert isinstance(inbox, ConflictsScreen)
    assert inbox.model.rowCount() == 1
    assert inbox.heading.text() == "Lent twice"
    assert inbox.story.text() == (
        f"Copy 40000001 “Абай жолы” was lent at SHT to {at_sht} and at BST to {at_bst} "
        "while both were offline."
    )
    assert [loan.card for loan in inbox.loans_model.rows()] == [at_sht, at_bst]
    assert not inbox.with_reader_button.isEnabled()  # first say which reader has it
    inbox.loans.selectRow(1)
    assert inbox.with_reader_button.isEnabled()
    type_text(inbox.note, "Абай кітапты өзі әкелді")
    with qtbot.waitSignal(window.sync.finished, timeout=ROUND_MS):
        qtbot.mouseClick(inbox.with_reader_button, Qt.MouseButton.LeftButton)
        # Journaled before it is sent; shown as on its way meanwhile.
        assert "resolve_conflict" in journal_kinds(bst, "pending")
        assert inbox.model.data(inbox.model.index(0, 0)) == "sent"
        assert not inbox.keep_both_button.isEnabled()
    assert "resolve_conflict" in journal_kinds(bst, "applied")
    assert window.conflicts_button.text() == "Conflicts: 0"
    assert inbox.model.data(inbox.model.index(0, 0)) == "resolved"
    assert inbox.where.text() == (
        "Resolved by aigul (BST): the copy is with one reader, the other loan was closed. "
        "Note: Абай кітапты өзі әкелді"
    )
    assert inbox.model.data(inbox.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
    closed = {loan.card: loan.returned_at for loan in inbox.loans_model.rows()}
    assert closed[at_sht] is not None  # the centre closed the wrong loan, and Bestobe knows
    assert closed[at_bst] is None


def test_the_inbox_reads_in_russian_and_kazakh(qtbot, branches, open_window):
    bst, sht = branches("BST"), branches("SHT")
    _double_loan(bst, sht)
    run_sync(bst.db)
    state = desk_state(bst)
    window = open_window(state)
    inbox = window.screen_of(ConflictsScreen)
    assert isinstance(inbox, ConflictsScreen)
    english = inbox.story.text()
    languages = Languages(QApplication.instance(), Path(window.state.ctx.db.path).parent)
    try:
        for lang, letters in (("ru", "ы"), ("kk", "ә")):
            languages.apply(lang)
            QApplication.processEvents()
            assert inbox.story.text() != english
            assert "40000001" in inbox.story.text()
            assert any(ch in inbox.story.text() + inbox.where.text() for ch in letters)
            assert "Conflicts" not in window.conflicts_button.text()
    finally:
        languages.apply("en")


# ----- joining a central library from Settings -----


@pytest.fixture
def settings_screen(qtbot, state):
    screen = SettingsScreen(state, lambda _code: None)
    qtbot.addWidget(screen)
    screen.show()
    yield screen
    assert screen.central.sync.shutdown(ROUND_MS / 1000)


def test_a_wrong_token_is_said_in_russian_and_changes_nothing(
    qtbot, central, state, settings_screen
):
    central.add_branch("BST")
    state.language = "ru"
    tab = settings_screen.central
    tab.url.setText(central.address)
    tab.token.setText("not-the-token")
    tab.connect_button.click()
    assert not tab.connect_button.isEnabled()  # checking, off the GUI thread
    qtbot.waitUntil(tab.connect_button.isEnabled, timeout=ROUND_MS)
    text = settings_screen.message.text()
    assert "токен" in text
    assert "Центральная библиотека" in text
    status = sync_status(state.ctx.db)
    assert not status.joined
    assert status.url is None


def test_check_and_connect_saves_and_runs_the_first_sync(qtbot, central, state, settings_screen):
    token = central.add_branch("BST")
    add_reader(state.ctx, "Құнанбаев", "Абай")
    tab = settings_screen.central
    assert tab.current.text() == (
        "This branch works alone: it is not connected to a central library."
    )
    tab.url.setText(central.address + "/")
    tab.token.setText(token)
    with qtbot.waitSignal(tab.sync.finished, timeout=ROUND_MS):
        qtbot.keyClick(tab.token, Qt.Key.Key_Return)
    assert settings_screen.message.text().startswith("Connected to the central library. Sent: ")
    status = sync_status(state.ctx.db)
    assert status.joined
    assert status.url == central.address
    assert status.pending == 0
    assert tab.current.text().startswith(f"Connected to {central.address}; last sync ")
    assert tab.token.text() == ""


def test_a_bad_address_is_refused_before_any_network(qtbot, state, settings_screen):
    tab = settings_screen.central
    tab.url.setText("kitaphana.kz")
    tab.token.setText("abc")
    tab.connect_button.click()
    assert tab.job is None
    assert "is not an address of a central library" in settings_screen.message.text()
    assert not sync_status(state.ctx.db).joined
