"""`make screenshots` (its second half): each page of the first-run wizard, offscreen, in
Kazakh and Russian, into resources/screenshots/<lang>/wizard-<page>.png. Fields are filled as
a librarian would fill them, and the join page is caught in the middle of its first pull."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from branchdesk.paths import resources_dir
from branchdesk.ui.first_run import (
    PAGE_ADMIN,
    PAGE_ALONE,
    PAGE_DEMO,
    PAGE_JOIN,
    PAGE_LANGUAGE,
    PAGE_START,
    FirstRunWizard,
)
from branchdesk.ui.fonts import install_fonts
from branchdesk.ui.gui_collector import collect_in_gui_thread
from branchdesk.ui.language import Languages

PAGES = {
    PAGE_LANGUAGE: "language",
    PAGE_START: "start",
    PAGE_JOIN: "join",
    PAGE_ALONE: "alone",
    PAGE_DEMO: "demo",
    PAGE_ADMIN: "admin",
}
LANGS = ("kk", "ru")


def _stage(wizard: FirstRunWizard, page_id: int) -> None:
    page = wizard.pages[page_id]
    if page_id == PAGE_JOIN:
        join = wizard.join_page
        join.url.setText("https://kitaphana.stepnogorsk.kz")
        join.branch.code.setText("BST")
        join.branch.name_kk.setText("Бестөбе кітапханасы")
        join.token.setText("x" * 43)
        join._busy(True)
        join._progress("pull", 2000, 5400)
    elif page_id == PAGE_ALONE:
        alone = wizard.alone_page
        alone.branch.code.setText("SHT")
        alone.branch.name_kk.setText("Шантөбе кітапханасы")
        alone.branch.name_ru.setText("Библиотека Шантобе")
    elif page_id == PAGE_ADMIN:
        admin = wizard.admin_page
        admin.fields.login.setText("aigul")
        admin.fields.full_name.setText("Айгүл Серікова")
        admin.fields.password.setText("secret-77")
        admin.fields.repeat.setText("secret-77")
    page.update()


def main() -> int:
    app = QApplication(sys.argv[:1])
    collect_in_gui_thread(app)
    install_fonts(app)
    folder = Path(tempfile.mkdtemp(prefix="branchdesk-wizard-shots-"))
    languages = Languages(app, folder / "cache")
    out = resources_dir() / "screenshots"
    for lang in LANGS:
        languages.apply(lang)
        for page_id, name in PAGES.items():
            # A fresh wizard (and data folder) per page: the demo page makes its branch.
            wizard = FirstRunWizard(folder / f"{lang}-{name}" / "branch.sqlite", languages)
            wizard.resize(720, 520)
            wizard.setStartId(page_id)
            wizard.restart()
            wizard.show()
            _stage(wizard, page_id)
            QTest.qWait(50)
            target = out / lang / f"wizard-{name}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            wizard.grab().save(str(target))
            demo = wizard.demo_page
            while demo.job is not None:  # let the demo branch finish before its folder goes
                QTest.qWait(100)
            wizard.close()
            print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
