"""The first-run wizard: language first, then join, work alone or the demo, then the admin."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWizard
from support.centrals import make_central

from branchdesk.ui.first_run import (
    ALONE,
    JOIN,
    PAGE_ADMIN,
    PAGE_ALONE,
    PAGE_DEMO,
    PAGE_JOIN,
    TRY_DEMO,
    FirstRunWizard,
)
from branchdesk.ui.language import CHOICES, Languages


@pytest.fixture
def wizard(qapp, qtbot, tmp_path: Path):
    languages = Languages(qapp, tmp_path / "cache")
    languages.apply("en")
    made = FirstRunWizard(tmp_path / "data" / "branch.sqlite", languages)
    qtbot.addWidget(made)
    made.show()
    yield made
    languages.apply("en")


def _choose(wizard: FirstRunWizard, lang: str, start: int) -> None:
    wizard.pages[0].group.button(CHOICES.index(lang)).click()
    wizard.next()
    wizard.pages[1].choices[start].setChecked(True)
    wizard.next()


def _admin(wizard: FirstRunWizard) -> None:
    assert wizard.currentId() == PAGE_ADMIN
    page = wizard.pages[PAGE_ADMIN]
    page.fields.login.setText("aigul")
    page.fields.full_name.setText("Айгүл Серікова")
    page.fields.password.setText("secret-77")
    page.fields.repeat.setText("secret-77")
    wizard.button(QWizard.WizardButton.FinishButton).click()


def _settings(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("SELECT key, value FROM setting"))


def test_working_alone_creates_the_branch_and_its_admin_in_the_chosen_language(wizard):
    _choose(wizard, "ru", ALONE)
    assert wizard.currentId() == PAGE_ALONE
    assert wizard.pages[PAGE_ALONE].title() == "Этот филиал"  # Russian from the first page on
    page = wizard.pages[PAGE_ALONE]
    page.branch.code.setText("SHT")
    page.branch.name_kk.setText("Шантөбе кітапханасы")
    wizard.next()
    _admin(wizard)
    assert wizard.result() == QDialog.DialogCode.Accepted
    settings = _settings(wizard.path)
    assert settings["branch_code"] == '"SHT"'
    assert settings["language"] == '"ru"'
    with sqlite3.connect(wizard.path) as conn:
        assert conn.execute("SELECT login, role FROM staff").fetchall() == [
            ("aigul", "branch_admin")
        ]


def test_a_wrong_branch_code_is_said_on_the_page_and_nothing_is_made(wizard):
    _choose(wizard, "kk", ALONE)
    page = wizard.pages[PAGE_ALONE]
    page.branch.code.setText("B1")
    page.branch.name_kk.setText("Бестөбе")
    wizard.next()
    assert wizard.currentId() == PAGE_ALONE
    assert page.message.text()
    assert not wizard.path.exists()


def test_joining_checks_live_pulls_with_progress_and_then_asks_for_the_admin(
    wizard, qtbot, tmp_path: Path
):
    central = make_central(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    central.start()
    try:
        token = central.add_branch("BST")
        _choose(wizard, "kk", JOIN)
        assert wizard.currentId() == PAGE_JOIN
        page = wizard.pages[PAGE_JOIN]
        page.url.setText(central.address)
        page.branch.code.setText("BST")
        page.branch.name_kk.setText("Бестөбе кітапханасы")
        page.token.setText("wrong-" + token)
        page.connect_button.click()
        qtbot.waitUntil(lambda: page.job is None, timeout=20_000)
        assert not page.isComplete()
        assert not wizard.path.exists()  # a refused token leaves nothing behind
        page.token.setText(token)
        page.connect_button.click()
        qtbot.waitUntil(page.isComplete, timeout=20_000)
        assert _settings(wizard.path)["central_url"] == f'"{central.address}"'
        wizard.next()
        _admin(wizard)
        assert wizard.result() == QDialog.DialogCode.Accepted
    finally:
        central.close()


def test_the_demo_branch_is_made_in_the_background(wizard, qtbot):
    _choose(wizard, "en", TRY_DEMO)
    assert wizard.currentId() == PAGE_DEMO
    page = wizard.pages[PAGE_DEMO]
    assert not page.isComplete()
    qtbot.waitUntil(page.isComplete, timeout=60_000)
    with sqlite3.connect(wizard.path) as conn:
        assert conn.execute("SELECT count(*) FROM reader").fetchone()[0] == 200
    wizard.next()
    _admin(wizard)
    assert wizard.result() == QDialog.DialogCode.Accepted
