"""`make screenshots`: the main screens rendered offscreen in kk, kk-latn, ru and en.

A demo branch is built in a temporary folder, a reader with loans is opened at the desk, and
each tab is grabbed at 1366 × 768 into resources/screenshots/<lang>/<screen>.png. The Import
screen shows a sample sheet from tests/data with its columns (import.png) and the report of a
damaged MARC file imported into a branch of its own (import-report.png). The branch
is joined to a central library that answered a few minutes ago and found a double loan, so
the status bar and the conflicts inbox show what they are for; statusbar.png is the status
bar alone, with a PC clock that is off.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import text
from uuid6 import uuid7

from branchdesk.demo.generator import fill_demo
from branchdesk.domain.model import ItemStatus, Staff, StaffRole
from branchdesk.importing.report import ImportReport
from branchdesk.paths import resources_dir
from branchdesk.services.context import BranchContext
from branchdesk.services.importing import import_catalogue
from branchdesk.services.setup import init_branch
from branchdesk.services.sync import set_central
from branchdesk.store import queries
from branchdesk.store.settings import Key, put_setting
from branchdesk.sync.inbox import apply_changes
from branchdesk.ui.app import build_window
from branchdesk.ui.catalogue import CatalogueScreen
from branchdesk.ui.conflicts import ConflictsScreen
from branchdesk.ui.desk import ConfirmDialog, DeskScreen
from branchdesk.ui.fonts import install_fonts
from branchdesk.ui.gui_collector import collect_in_gui_thread
from branchdesk.ui.importing import ImportScreen
from branchdesk.ui.language import CHOICES, Languages
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.readers import ReadersScreen
from branchdesk.ui.state import ChangeHub, DeskState

TODAY = date(2026, 11, 17)
NOW = datetime(2026, 11, 17, 11, 20)
NAMES = ("desk", "readers", "catalogue", "events", "settings", "conflicts", "reports", "import")
SAMPLES = Path(__file__).resolve().parents[2] / "tests" / "data"
CENTRAL = "https://kitaphana.stepnogorsk.kz"


def main() -> int:
    app = QApplication(sys.argv[:1])
    collect_in_gui_thread(app)
    install_fonts(app)
    folder = Path(tempfile.mkdtemp(prefix="branchdesk-shots-"))
    db = init_branch(folder / "branch.sqlite", "BST", "Бестөбе кітапханасы", "Библиотека Бестобе")
    fill_demo(db, "BST", readers=120, items=400, years=2, today=TODAY)
    ctx = BranchContext.load(db, clock=lambda: NOW)
    _joined(ctx)
    out = resources_dir() / "screenshots"
    report = _import_report(folder)
    languages = Languages(app, folder / "cache")
    for lang in CHOICES:
        languages.apply(lang)
        state = DeskState(
            ctx=ctx,
            hub=ChangeHub(),
            language=languages.current,
            staff=Staff("aigul", "Айгүл Серікова", StaffRole.BRANCH_ADMIN, True),
        )
        window = build_window(state, languages)
        window.resize(1366, 768)
        window.show()
        _stage(window, ctx)
        importing = window.screen_of(ImportScreen)
        assert isinstance(importing, ImportScreen)
        importing.open_file(SAMPLES / "records.csv")
        while importing.previewing:
            QTest.qWait(20)
        target = out / lang
        target.mkdir(parents=True, exist_ok=True)
        for index, name in enumerate(NAMES):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
            window.grab().save(str(target / f"{name}.png"))
        importing.open_file(Path(report.file))
        while importing.previewing:
            QTest.qWait(20)
        importing.show_result(report)
        app.processEvents()
        window.grab().save(str(target / "import-report.png"))
        _clock_off(ctx, window)
        window.statusBar().grab().save(str(target / "statusbar.png"))
        _clock_off(ctx, window, minutes=None)
        window.close()
        print(f"{lang}: {len(NAMES) + 2} pictures in {target}")
    db.dispose()
    return 0


def _stage(window: MainWindow, ctx: BranchContext) -> None:
    """What a librarian would have on screen mid-morning: a reader with books, a lend just
    made and a refused scan at the desk; a reader and a title open on their screens."""
    card = _reader_with_loans(ctx)
    desk = window.screen_of(DeskScreen)
    assert isinstance(desk, DeskScreen)
    # Nobody is there to answer a confirmation: a staged scan that would ask is declined.
    ConfirmDialog.exec = lambda _self: 0  # type: ignore[method-assign]
    desk.handle_scan(card)
    with ctx.db.read() as session:
        shelf = queries.search_items(session, None, ItemStatus.AVAILABLE, limit=1)
    if shelf:
        desk.handle_scan(shelf[0].barcode)
    desk.handle_scan("49999999")
    readers = window.screen_of(ReadersScreen)
    assert isinstance(readers, ReadersScreen)
    readers.open_reader(card)
    catalogue = window.screen_of(CatalogueScreen)
    assert isinstance(catalogue, CatalogueScreen)
    catalogue.search.setText("абай")
    if shelf:
        catalogue.open_item(shelf[0].barcode)
    inbox = window.screen_of(ConflictsScreen)
    assert isinstance(inbox, ConflictsScreen)
    inbox.refresh()
    inbox.table.selectRow(0)
    inbox.loans.selectRow(1)  # the librarian has found who has the copy
    # The last round went well a few minutes ago; nobody waits for the next one here.
    window.sync.online = True
    window.sync.changed.emit()
    QTest.qWait(800)  # let the refused scan's red flash pass


def _import_report(folder: Path) -> ImportReport:
    """A finished import of a damaged MARC21 export (bad records, a record without a BBK
    index), made in a branch of its own so the demo branch's catalogue stays as it is."""
    db = init_branch(folder / "import.sqlite", "BST", "Бестөбе кітапханасы")
    try:
        ctx = BranchContext.load(db, clock=lambda: NOW)
        return import_catalogue(ctx, SAMPLES / "marc21-damaged.mrc", "aigul")
    finally:
        db.dispose()


def _wire_moment(local: datetime) -> str:
    """A local wall time as the centre sends moments: ISO in UTC."""
    return local.astimezone().isoformat()


def _joined(ctx: BranchContext) -> None:
    """A branch of a central library: joined, synced at 11:05, and the centre has found that
    a copy on loan to one of its readers was also lent at Shantobe (a double loan, open), and
    earlier that Shantobe lent a book to a reader blocked here (resolved, the loan accepted).
    The conflicts come the way a pull brings them."""
    set_central(ctx.db, CENTRAL, "screenshot-token")
    with ctx.db.write() as session:
        put_setting(session, Key.LAST_SYNC, _wire_moment(NOW - timedelta(minutes=15)))
        double = session.execute(text(_OPEN_LOAN_OF_A_READER)).mappings().first()
        others = session.execute(text(_OTHER_READERS)).mappings().all()
    if double is None or len(others) < 2:
        return
    shantobe_loan, blocked_loan = str(uuid7()), str(uuid7())
    borrower, blocked = others[0], others[1]
    lent = NOW - timedelta(days=3, hours=2)
    changes: list[dict[str, Any]] = [
        _change("loan", _loan(shantobe_loan, double["item"], borrower["uuid"], lent)),
        _change(
            "conflict",
            {
                "uuid": str(uuid7()),
                "kind": "double_loan",
                "state": "open",
                "branches": ["BST", "SHT"],
                "item_uuid": double["item"],
                "reader_uuid": borrower["uuid"],
                "loans": [double["loan"], shantobe_loan],
                "detail": {
                    "barcode": double["barcode"],
                    "cards": [double["card"], borrower["card"]],
                    "branches": ["BST", "SHT"],
                },
                "created_at": _wire_moment(NOW - timedelta(minutes=15)),
                "resolved_at": None,
                "resolved_by": None,
                "resolution": None,
            },
        ),
        _change(
            "loan",
            _loan(blocked_loan, double["other_item"], blocked["uuid"], lent - timedelta(days=9))
            | {"returned_at": _wire_moment(lent - timedelta(days=2)), "returned_branch": "SHT"},
        ),
        _change(
            "conflict",
            {
                "uuid": str(uuid7()),
                "kind": "loan_to_blocked_reader",
                "state": "resolved",
                "branches": ["BST", "SHT"],
                "item_uuid": double["other_item"],
                "reader_uuid": blocked["uuid"],
                "loans": [blocked_loan],
                "detail": {
                    "card": blocked["card"],
                    "barcode": double["other_barcode"],
                    "status": "blocked",
                    "reason": "кітаптарды уақытында қайтармады",
                    "lent_at_branch": "SHT",
                },
                "created_at": _wire_moment(lent - timedelta(days=8)),
                "resolved_at": _wire_moment(lent - timedelta(days=7)),
                "resolved_by": "BST/aigul",
                "resolution": '{"action": "keep_both", "note": "оқу залында ғана"}',
            },
        ),
    ]
    with ctx.db.write_sql() as conn:
        apply_changes(conn, changes)


_OPEN_LOAN_OF_A_READER = (
    "SELECT l.uuid AS loan, i.uuid AS item, i.barcode, r.card_number AS card,"
    " (SELECT uuid FROM item WHERE status = 'available' ORDER BY id DESC LIMIT 1) AS other_item,"
    " (SELECT barcode FROM item WHERE status = 'available' ORDER BY id DESC LIMIT 1)"
    " AS other_barcode"
    " FROM loan l JOIN item i ON i.id = l.item_id JOIN reader r ON r.id = l.reader_id"
    " WHERE l.returned_at IS NULL AND r.status = 'active' AND l.lent_at < '2026-11-12'"
    " ORDER BY l.lent_at DESC LIMIT 1"
)
_OTHER_READERS = (
    "SELECT uuid, card_number AS card FROM reader WHERE status = 'active'"
    " AND id NOT IN (SELECT reader_id FROM loan WHERE returned_at IS NULL)"
    " ORDER BY id DESC LIMIT 2"
)


def _change(entity: str, data: dict[str, Any]) -> dict[str, Any]:
    return {"entity": entity, "uuid": data["uuid"], "deleted": False, "data": data}


def _loan(uuid: str, item: str, reader: str, lent: datetime) -> dict[str, Any]:
    return {
        "uuid": uuid,
        "item_uuid": item,
        "reader_uuid": reader,
        "branch": "SHT",
        "lent_at": _wire_moment(lent),
        "due_on": (lent + timedelta(days=15)).date().isoformat(),
        "returned_at": None,
        "returned_branch": None,
        "renewals": 0,
        "lent_by": "gulnar",
        "returned_by": None,
    }


def _clock_off(ctx: BranchContext, window: MainWindow, minutes: int | None = 17) -> None:
    """This PC's clock runs `minutes` fast (a dead CMOS battery), as the last contact measured."""
    with ctx.db.write() as session:
        put_setting(session, Key.CLOCK_OFFSET_MS, None if minutes is None else -minutes * 60_000)
    window.sync.changed.emit()
    QApplication.processEvents()


def _reader_with_loans(ctx: BranchContext) -> str:
    with ctx.db.read() as session:
        row = session.execute(
            text(
                "SELECT r.card_number FROM reader r JOIN loan l ON l.reader_id = r.id "
                "WHERE l.returned_at IS NULL AND r.status = 'active' "
                "AND r.card_valid_until >= :today GROUP BY r.id "
                "HAVING count(*) BETWEEN 2 AND 3 ORDER BY r.id LIMIT 1"
            ),
            {"today": TODAY.isoformat()},
        ).scalar_one()
    return str(row)


if __name__ == "__main__":
    raise SystemExit(main())
