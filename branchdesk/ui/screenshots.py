"""`make screenshots`: the main screens rendered offscreen in kk, kk-latn, ru and en.

A demo branch is built in a temporary folder, a reader with loans is opened at the desk, and
each tab is grabbed at 1366 × 768 into resources/screenshots/<lang>/<screen>.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from branchdesk.demo.generator import fill_demo
from branchdesk.domain.model import ItemStatus, Staff, StaffRole
from branchdesk.services.context import BranchContext
from branchdesk.services.setup import init_branch
from branchdesk.store import queries
from branchdesk.ui.app import build_window
from branchdesk.ui.catalogue import CatalogueScreen
from branchdesk.ui.desk import ConfirmDialog, DeskScreen
from branchdesk.ui.fonts import install_fonts, resources_dir
from branchdesk.ui.language import CHOICES, Languages
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.readers import ReadersScreen
from branchdesk.ui.state import ChangeHub, DeskState

TODAY = date(2026, 11, 17)
NAMES = ("desk", "readers", "catalogue", "events", "settings")


def main() -> int:
    app = QApplication(sys.argv[:1])
    install_fonts(app)
    folder = Path(tempfile.mkdtemp(prefix="branchdesk-shots-"))
    db = init_branch(folder / "branch.sqlite", "BST", "Бестөбе кітапханасы", "Библиотека Бестобе")
    fill_demo(db, "BST", readers=120, items=400, years=2, today=TODAY)
    ctx = BranchContext.load(db, clock=lambda: datetime(2026, 11, 17, 11, 20))
    out = resources_dir() / "screenshots"
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
        target = out / lang
        target.mkdir(parents=True, exist_ok=True)
        for index, name in enumerate(NAMES):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
            window.grab().save(str(target / f"{name}.png"))
        window.close()
        print(f"{lang}: {len(NAMES)} screens in {target}")
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
    QTest.qWait(800)  # let the refused scan's red flash pass


def _reader_with_loans(ctx: BranchContext) -> str:
    with ctx.db.read() as session:
        from sqlalchemy import text

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
