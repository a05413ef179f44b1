"""A sync round against a real central server: push, pull, exactly once, both databases."""

from __future__ import annotations

import sqlite3
from datetime import date

from sqlalchemy import func, select

from branchdesk.central import schema as t
from branchdesk.domain.readers import ReaderInput
from branchdesk.services.catalogue import ItemInput, RecordInput, add_record_with_item
from branchdesk.services.circulation import lend, return_item
from branchdesk.services.context import BranchContext
from branchdesk.services.readers import register_reader
from branchdesk.services.sync import run_sync, sync_status


def _stock(ctx: BranchContext, barcode: str = "40000001") -> str:
    add_record_with_item(
        ctx,
        RecordInput(title="Абай жолы", authors="Әуезов М.", bbk="84(5Каз)"),
        ItemInput(barcode=barcode),
        "admin",
    )
    result = register_reader(
        ctx, ReaderInput(surname="Құнанбаев", name="Абай", birth_date=date(1990, 5, 17)), "admin"
    )
    assert result.reader is not None
    return result.reader.card_number


def _count(central, table) -> int:
    with central.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_a_round_sends_every_operation_once_and_brings_readers_to_other_branches(
    central, branch_factory
):
    bst = branch_factory("BST")
    card = _stock(bst)
    assert lend(bst, card, "40000001", "admin").status.value == "done"
    first = run_sync(bst.db)
    assert first.pushed == {"applied": 5}  # record, item, reader, lend, visit
    assert first.pending == 0
    assert _count(central, t.applied_op) == 5
    assert _count(central, t.loan) == 1

    again = run_sync(bst.db)  # nothing waits: nothing sent, nothing doubled
    assert again.pushed == {}
    assert _count(central, t.applied_op) == 5

    sht = branch_factory("SHT")
    pulled = run_sync(sht.db)
    assert pulled.pulled.get("reader") == 1
    assert "item" not in pulled.pulled  # Bestobe's copies stay Bestobe's
    with sqlite3.connect(sht.db.path) as conn:
        assert conn.execute("SELECT card_number FROM reader").fetchall() == [(card,)]

    assert return_item(bst, "40000001", "admin").status.value == "done"
    status = sync_status(bst.db)
    assert status.pending == 1
    assert status.joined
    run_sync(bst.db)
    with central.engine.connect() as conn:
        returned = conn.execute(select(t.loan.c.returned_at, t.loan.c.returned_branch)).one()
        status_now = conn.execute(select(t.item.c.status)).scalar_one()
    assert returned.returned_branch == "BST"
    assert returned.returned_at is not None
    assert status_now == "available"
    assert sync_status(bst.db).last_sync is not None


def test_a_copy_whose_barcode_is_taken_here_is_skipped_and_counted_not_a_stuck_sync(
    central, branch_factory
):
    bst = branch_factory("BST")
    card = _stock(bst, "40000001")
    run_sync(bst.db)
    sht = branch_factory("SHT")
    add_record_with_item(sht, RecordInput(title="Қан мен тер"), ItemInput(barcode="40000001"), "a")
    run_sync(sht.db)  # Shantobe now knows Bestobe's reader
    assert lend(sht, card, "40000001", "admin").status.value == "done"
    run_sync(sht.db)

    summary = run_sync(bst.db)  # the loan touches Bestobe's reader: it comes with its copy
    assert len(summary.skipped) == 2
    assert "barcode 40000001" in summary.skipped[0]
    assert summary.pending == 0
    again = run_sync(bst.db)
    assert again.skipped == []  # the cursor moved on: skipped once, not forever
