"""Loan rules, calendar and staff accounts set at the centre reach the branch by pull."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from branchdesk.central.rules import add_staff, set_rules
from branchdesk.errors import InvalidInput, WorldError
from branchdesk.services.context import BranchContext
from branchdesk.services.staff import verify_password
from branchdesk.services.sync import run_sync

COMMON = {
    "policy": [
        {
            "reader_category": "*",
            "item_type": "*",
            "loan_days": 21,
            "max_loans": 7,
            "max_renewals": 1,
            "renewal_days": 10,
        },
    ],
    "weekly_days_off": [0, 6],
    "closed": [{"start": "2026-12-28", "end": "2026-12-31", "note": "Инвентаризация"}],
}


def test_common_rules_then_a_branchs_own_rules_win(central, branch_factory):
    bst = branch_factory("BST")
    set_rules(central.engine, COMMON)
    run_sync(bst.db)
    config = BranchContext.load(bst.db).config
    assert config.policy.rule_for("adult", "book").loan_days == 21
    assert config.calendar.weekly_days_off == frozenset({0, 6})
    assert not config.calendar.is_open(date(2026, 12, 29))

    own = {**COMMON, "policy": [{**COMMON["policy"][0], "loan_days": 30}], "closed": []}
    set_rules(central.engine, own, "BST")
    set_rules(central.engine, COMMON)  # a later common document must not undo BST's own
    run_sync(bst.db)
    config = BranchContext.load(bst.db).config
    assert config.policy.rule_for("adult", "book").loan_days == 30
    assert config.calendar.is_open(date(2026, 12, 29))


def test_staff_accounts_come_down_to_their_branch_only(central, branch_factory):
    bst = branch_factory("BST")
    sht = branch_factory("SHT")
    add_staff(central.engine, "BST", "aigul", "Айгүл Серікқызы", "librarian", "құпия-сөз")
    run_sync(bst.db)
    run_sync(sht.db)
    with sqlite3.connect(bst.db.path) as conn:
        name, stored = conn.execute(
            "SELECT full_name, password_hash FROM staff WHERE login = 'aigul'"
        ).fetchone()
    assert name == "Айгүл Серікқызы"
    assert verify_password("құпия-сөз", stored)
    with sqlite3.connect(sht.db.path) as conn:
        assert conn.execute("SELECT count(*) FROM staff WHERE login = 'aigul'").fetchone() == (0,)


def test_bad_rules_and_accounts_are_refused(central):
    with pytest.raises(InvalidInput):
        set_rules(central.engine, {"policy": []})
    with pytest.raises(InvalidInput):
        set_rules(central.engine, {**COMMON, "weekly_days_off": list(range(7))})
    with pytest.raises(WorldError):
        set_rules(central.engine, COMMON, "XYZ")
    with pytest.raises(InvalidInput):
        add_staff(central.engine, "BST", "x", "X", "librarian", "123")
