"""Lend, return and renew through the services, on a real SQLite branch."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from branchdesk.domain.model import ItemStatus
from branchdesk.domain.outcomes import Code
from branchdesk.errors import InvalidInput
from branchdesk.services import circulation
from branchdesk.services.catalogue import change_item_status
from branchdesk.services.context import BranchContext
from branchdesk.services.readers import block_reader
from branchdesk.services.results import Override, Status
from branchdesk.store import queries


def journal(ctx: BranchContext) -> list[sqlite3.Row]:
    conn = sqlite3.connect(ctx.db.path)
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT * FROM journal ORDER BY device_seq").fetchall()
    conn.close()
    return rows


def codes(result: circulation.DeskResult) -> set[Code]:
    return {o.code for o in result.outcomes}


def test_lend_and_return_write_loan_item_status_and_journal(ctx, add_item, add_reader, clock):
    card, barcode = add_reader(), add_item()
    before = len(journal(ctx))
    lent = circulation.lend(ctx, card, barcode, "aigul")
    assert lent.status is Status.DONE
    assert lent.loan is not None
    # 17 Nov + 15 days = 2 Dec, a Wednesday: open.
    assert lent.loan.due_on == date(2026, 12, 2)
    with ctx.db.read() as s:
        loans = queries.reader_loans(s, card)
        item = queries.search_items(s, barcode)[0]
    assert [loan.item_barcode for loan in loans] == [barcode]
    assert item.status is ItemStatus.ON_LOAN
    ops = journal(ctx)[before:]
    assert [op["kind"] for op in ops] == ["lend", "record_visit"]
    payload = json.loads(ops[0]["payload"])
    assert payload["card"] == card
    assert payload["barcode"] == barcode
    assert payload["due_on"] == "2026-12-02"
    assert ops[0]["operator"] == "aigul"
    assert ops[0]["state"] == "pending"

    clock.advance(days=20)
    back = circulation.return_item(ctx, barcode, "aigul")
    assert back.status is Status.DONE
    assert codes(back) == {Code.RETURNED_LATE}
    assert back.outcomes[0].params["days"] == 5
    with ctx.db.read() as s:
        assert queries.reader_loans(s, card) == []
        assert queries.search_items(s, barcode)[0].status is ItemStatus.AVAILABLE
    assert journal(ctx)[-2]["kind"] == "return"


def test_due_date_moves_past_holidays_and_is_clamped_to_card_validity(
    ctx, add_item, add_reader, clock
):
    card = add_reader()
    # Lent on 7 March: 7 + 15 = 22 March, inside Nauryz (21-23): due on 24 March.
    clock.now = clock.now.replace(year=2027, month=3, day=7)
    result = circulation.lend(ctx, card, add_item(), "aigul")
    assert result.loan is not None
    assert result.loan.due_on == date(2027, 3, 24)
    # Registered 17 Nov 2026, valid one year: a loan on 10 Nov 2027 stops at 17 Nov.
    clock.now = clock.now.replace(month=11, day=10)
    result = circulation.lend(ctx, card, add_item(), "aigul")
    assert result.loan is not None
    assert result.loan.due_on == date(2027, 11, 17)
    assert Code.DUE_DATE_CLAMPED in codes(result)


@pytest.mark.parametrize(
    ("card", "barcode", "code"),
    [
        ("BST-000001", "", Code.MALFORMED_BARCODE),
        ("BST-000001", "40000001; DROP TABLE loan", Code.MALFORMED_BARCODE),
        ("BST-000001", "4" * 200, Code.MALFORMED_BARCODE),
        ("not a card", "40000001", Code.MALFORMED_CARD),
        ("BST-999999", "40000001", Code.UNKNOWN_CARD),
        ("BST-000001", "49999999", Code.UNKNOWN_BARCODE),
    ],
)
def test_bad_scans_are_blocked_and_change_nothing(ctx, add_item, add_reader, card, barcode, code):
    add_reader()
    add_item()
    before = journal(ctx)
    result = circulation.lend(ctx, card, barcode, "aigul")
    assert result.status is Status.BLOCKED
    assert code in codes(result)
    assert journal(ctx) == before


def test_lending_an_item_already_on_loan_to_this_reader_is_blocked(ctx, add_item, add_reader):
    card, barcode = add_reader(), add_item()
    assert circulation.lend(ctx, card, barcode, "aigul").done
    again = circulation.lend(ctx, card, barcode, "aigul")
    assert again.status is Status.BLOCKED
    assert Code.ALREADY_LENT_TO_READER in codes(again)


def test_item_on_loan_to_another_reader_needs_confirmation_then_closes_old_loan(
    ctx, add_item, add_reader
):
    first, second = add_reader(), add_reader("Иванова", "Мария")
    barcode = add_item()
    assert circulation.lend(ctx, first, barcode, "aigul").done
    before = len(journal(ctx))
    asked = circulation.lend(ctx, second, barcode, "aigul")
    assert asked.status is Status.NEEDS_CONFIRMATION
    assert Code.ON_LOAN_TO_OTHER in codes(asked)
    assert len(journal(ctx)) == before

    with pytest.raises(InvalidInput):
        circulation.lend(ctx, second, barcode, "aigul", Override("   "))
    done = circulation.lend(
        ctx, second, barcode, "aigul", Override("return was not scanned", {Code.ON_LOAN_TO_OTHER})
    )
    assert done.done
    with ctx.db.read() as s:
        assert queries.reader_loans(s, first) == []
        assert [x.item_barcode for x in queries.reader_loans(s, second)] == [barcode]
    kinds = [(op["kind"], json.loads(op["payload"])) for op in journal(ctx)[before:]]
    assert [k for k, _ in kinds] == ["return", "override", "lend", "record_visit"]
    assert kinds[0][1]["implicit"] is True
    assert kinds[1][1]["code"] == "on_loan_to_other"
    assert kinds[1][1]["reason"] == "return was not scanned"


def test_override_covers_only_the_codes_the_librarian_saw(ctx, add_item, add_reader):
    card, barcode = add_reader(), add_item()
    block_reader(ctx, card, "lost a book", "aigul")
    seen_other = Override("ok", frozenset({Code.LOAN_LIMIT}))
    assert circulation.lend(ctx, card, barcode, "aigul", seen_other).status is (
        Status.NEEDS_CONFIRMATION
    )
    assert circulation.lend(ctx, card, barcode, "aigul", Override("ok")).done


def test_loan_limit_and_one_left(ctx, add_item, add_reader):
    card = add_reader()
    results = [circulation.lend(ctx, card, add_item(), "aigul") for _ in range(5)]
    assert all(r.done for r in results)
    assert Code.ONE_LOAN_LEFT in codes(results[3])
    sixth = circulation.lend(ctx, card, add_item(), "aigul")
    assert sixth.status is Status.NEEDS_CONFIRMATION
    assert Code.LOAN_LIMIT in codes(sixth)
    limit = next(o for o in sixth.outcomes if o.code is Code.LOAN_LIMIT)
    assert limit.params == {"limit": 5, "count": 5}


def test_periodicals_have_their_own_limit_inside_the_readers_limit(ctx, add_item, add_reader):
    """Five items, of them at most two periodicals: three books and two magazines lend; a
    third magazine is over its kind's limit, a sixth item over the reader's."""
    from dataclasses import replace

    from branchdesk.domain.model import ItemType
    from branchdesk.domain.policy import ANY, LoanRule, PolicyMatrix
    from branchdesk.messages import describe

    rules = {(ANY, ANY): LoanRule(max_loans=5), (ANY, "periodical"): LoanRule(max_loans=2)}
    ctx.config = replace(ctx.config, policy=PolicyMatrix(rules))
    card = add_reader()
    for kind in (ItemType.BOOK,) * 3 + (ItemType.PERIODICAL,) * 2:
        assert circulation.lend(ctx, card, add_item(item_type=kind), "aigul").done
    magazine = circulation.lend(ctx, card, add_item(item_type=ItemType.PERIODICAL), "aigul")
    assert magazine.status is Status.NEEDS_CONFIRMATION
    (limit,) = [o for o in magazine.outcomes if o.code is Code.LOAN_LIMIT_OF_KIND]
    assert limit.params == {"kind": "periodical", "limit": 2, "count": 2}
    assert describe(limit.code.value, limit.params, "ru") == (
        "Периодические издания: на руках у читателя 2; лимит — 2."
    )
    book = circulation.lend(ctx, card, add_item(item_type=ItemType.BOOK), "aigul")
    assert book.status is Status.NEEDS_CONFIRMATION
    assert [o.params for o in book.outcomes if o.code is Code.LOAN_LIMIT] == [
        {"limit": 5, "count": 5}
    ]


def test_withdrawn_is_blocked_lost_needs_confirmation(ctx, add_item, add_reader):
    card, gone, lost = add_reader(), add_item(), add_item()
    change_item_status(ctx, gone, ItemStatus.WITHDRAWN, "aigul")
    change_item_status(ctx, lost, ItemStatus.LOST, "aigul")
    assert circulation.lend(ctx, card, gone, "aigul").status is Status.BLOCKED
    assert circulation.lend(ctx, card, lost, "aigul").status is Status.NEEDS_CONFIRMATION


def test_return_of_item_not_on_loan_is_refused_and_lost_item_is_found(ctx, add_item):
    barcode = add_item()
    before = journal(ctx)
    refused = circulation.return_item(ctx, barcode, "aigul")
    assert refused.status is Status.BLOCKED
    assert codes(refused) == {Code.NOT_ON_LOAN}
    assert journal(ctx) == before
    change_item_status(ctx, barcode, ItemStatus.LOST, "aigul")
    found = circulation.return_item(ctx, barcode, "aigul")
    assert found.done
    assert codes(found) == {Code.ITEM_FOUND}
    with ctx.db.read() as s:
        assert queries.search_items(s, barcode)[0].status is ItemStatus.AVAILABLE


def test_due_date_in_the_past_is_refused(ctx, add_item, add_reader):
    result = circulation.lend(ctx, add_reader(), add_item(), "aigul", due_on=date(2026, 11, 1))
    assert result.status is Status.BLOCKED
    assert codes(result) == {Code.DUE_DATE_IN_PAST}


def test_renew_counts_from_due_date_and_stops_at_the_limit(ctx, add_item, add_reader, clock):
    card, barcode = add_reader(), add_item()
    assert circulation.lend(ctx, card, barcode, "aigul").done
    first = circulation.renew(ctx, barcode, "aigul")
    assert first.loan is not None
    # Due 2 Dec; renewed early, 15 more days from the due date: 17 Dec, open.
    assert first.loan.due_on == date(2026, 12, 17)
    assert first.loan.renewals == 1
    assert circulation.renew(ctx, barcode, "aigul").done
    third = circulation.renew(ctx, barcode, "aigul")
    assert third.status is Status.NEEDS_CONFIRMATION
    assert codes(third) == {Code.RENEWAL_LIMIT}
    assert circulation.renew(ctx, "49999999", "aigul").status is Status.BLOCKED


def test_renew_all_renews_every_open_loan_in_one_go(ctx, add_item, add_reader):
    card = add_reader()
    barcodes = [add_item() for _ in range(3)]
    for b in barcodes:
        assert circulation.lend(ctx, card, b, "aigul").done
    result = circulation.renew_all(ctx, card, "aigul")
    assert sorted(r.loan.item_barcode for r in result.results if r.loan) == sorted(barcodes)
    assert all(r.loan and r.loan.renewals == 1 for r in result.results)
    assert result.changes.loans


def test_a_visit_is_counted_once_per_reader_per_day(ctx, add_item, add_reader, clock):
    card = add_reader()
    for _ in range(3):
        assert circulation.lend(ctx, card, add_item(), "aigul").done
    visits = [op for op in journal(ctx) if op["kind"] == "record_visit"]
    assert len(visits) == 1
    clock.advance(days=1)
    assert circulation.lend(ctx, card, add_item(), "aigul").done
    visits = [op for op in journal(ctx) if op["kind"] == "record_visit"]
    assert len(visits) == 2


def test_device_seq_is_gapless_and_op_ids_unique(ctx, add_item, add_reader):
    card = add_reader()
    for _ in range(4):
        barcode = add_item()
        circulation.lend(ctx, card, barcode, "aigul")
        circulation.return_item(ctx, barcode, "aigul")
    ops = journal(ctx)
    assert [op["device_seq"] for op in ops] == list(range(1, len(ops) + 1))
    assert len({op["op_id"] for op in ops}) == len(ops)
    # UUIDv7: version nibble 7 and ids that sort in creation order.
    assert all(op["op_id"][14] == "7" for op in ops)
    assert [op["op_id"] for op in ops] == sorted(op["op_id"] for op in ops)


def test_a_failure_inside_the_unit_of_work_leaves_no_loan_and_no_journal_row(
    ctx, add_item, add_reader, monkeypatch
):
    card, barcode = add_reader(), add_item()
    before = journal(ctx)

    def broken_visit(*_args: object, **_kwargs: object) -> bool:
        raise RuntimeError("power cut")

    monkeypatch.setattr(circulation, "count_visit", broken_visit)
    with pytest.raises(RuntimeError):
        circulation.lend(ctx, card, barcode, "aigul")
    assert journal(ctx) == before
    with ctx.db.read() as s:
        assert queries.reader_loans(s, card) == []
        assert queries.search_items(s, barcode)[0].status is ItemStatus.AVAILABLE


def test_returning_another_branchs_copy_puts_it_in_transit(ctx, add_item, add_reader):
    card, barcode = add_reader(), add_item()
    with ctx.db.write() as s:
        from sqlalchemy import update

        from branchdesk.store.schema import ItemRow

        s.execute(update(ItemRow).where(ItemRow.barcode == barcode).values(home_branch="SHT"))
    lent = circulation.lend(ctx, card, barcode, "aigul")
    assert Code.OTHER_BRANCH_ITEM in codes(lent)
    back = circulation.return_item(ctx, barcode, "aigul")
    assert codes(back) == {Code.SEND_TO_HOME_BRANCH}
    with ctx.db.read() as s:
        assert queries.search_items(s, barcode)[0].status is ItemStatus.IN_TRANSIT


def test_librarians_due_date_moves_to_an_open_day_and_stays_within_the_card(
    ctx, add_item, add_reader
):
    card = add_reader()
    # 22 Nov 2026 is a Sunday: the loan is due on Monday.
    sunday = circulation.lend(ctx, card, add_item(), "aigul", due_on=date(2026, 11, 22))
    assert sunday.loan is not None
    assert sunday.loan.due_on == date(2026, 11, 23)
    # The card is valid until 17 Nov 2027 (a Wednesday): a due date in 2030 stops there.
    far = circulation.lend(ctx, card, add_item(), "aigul", due_on=date(2030, 1, 10))
    assert far.loan is not None
    assert far.loan.due_on == date(2027, 11, 17)
    assert Code.DUE_DATE_CLAMPED in codes(far)


def test_clamp_notice_when_the_card_ends_on_a_closed_day(ctx, add_item, add_reader, clock):
    card = add_reader()
    # The card ends on Wednesday 17 Nov 2027; on 10 Nov 2027 a 15-day loan would run past it.
    clock.now = clock.now.replace(year=2027, month=11, day=10)
    with ctx.db.write() as s:
        from sqlalchemy import update

        from branchdesk.store.schema import ReaderRow

        # Move the card's end to Sunday 14 Nov 2027: the loan is due Saturday 13th.
        s.execute(update(ReaderRow).values(card_valid_until=date(2027, 11, 14)))
    result = circulation.lend(ctx, card, add_item(), "aigul")
    assert result.loan is not None
    assert result.loan.due_on == date(2027, 11, 13)
    assert Code.DUE_DATE_CLAMPED in codes(result)
    # A loan that fits inside the card gets no notice, even when it ends on its last day.
    clock.now = clock.now.replace(month=3, day=1)
    plain = circulation.lend(ctx, card, add_item(), "aigul")
    assert Code.DUE_DATE_CLAMPED not in codes(plain)


def test_overridden_expired_card_gets_the_normal_period(ctx, add_item, add_reader, clock):
    card = add_reader()
    clock.now = clock.now.replace(year=2028, month=1, day=10)  # card ended 17 Nov 2027
    asked = circulation.lend(ctx, card, add_item(), "aigul")
    assert asked.status is Status.NEEDS_CONFIRMATION
    assert Code.CARD_EXPIRED in codes(asked)
    done = circulation.lend(ctx, card, add_item(), "aigul", Override("re-registers next week"))
    assert done.loan is not None
    assert done.loan.due_on == date(2028, 1, 25)
    lend_op = [op for op in journal(ctx) if op["kind"] == "lend"][-1]
    payload = json.loads(lend_op["payload"])
    assert [o["code"] for o in payload["overrides"]] == ["card_expired"]
    assert payload["overrides"][0]["reason"] == "re-registers next week"
    # Moments carry their UTC offset; dates stay dates.
    assert payload["lent_at"].startswith("2028-01-10T10:30:00.000")
    assert payload["lent_at"][-6] in "+-"
    assert payload["due_on"] == "2028-01-25"


def test_renewal_that_cannot_extend_is_refused_and_uses_nothing_up(
    ctx, add_item, add_reader, clock
):
    card, barcode = add_reader(), add_item()
    clock.now = clock.now.replace(year=2027, month=11, day=2)  # card ends 17 Nov 2027
    lent = circulation.lend(ctx, card, barcode, "aigul")
    assert lent.loan is not None
    assert lent.loan.due_on == date(2027, 11, 17)  # the card's last day: nothing left to give
    before = journal(ctx)
    refused = circulation.renew(ctx, barcode, "aigul")
    assert refused.status is Status.BLOCKED
    assert codes(refused) == {Code.RENEWAL_NEEDS_REREGISTRATION}
    assert refused.barcode == barcode
    assert journal(ctx) == before


def test_renew_all_names_each_copy_even_when_refused(ctx, add_item, add_reader):
    card = add_reader()
    barcodes = [add_item() for _ in range(2)]
    for b in barcodes:
        assert circulation.lend(ctx, card, b, "aigul").done
    for _ in range(2):
        circulation.renew_all(ctx, card, "aigul")
    third = circulation.renew_all(ctx, card, "aigul")
    assert sorted(r.barcode for r in third.results) == sorted(barcodes)
    assert all(r.status is Status.NEEDS_CONFIRMATION for r in third.results)


def test_an_operation_without_an_operator_is_refused(ctx, add_item, add_reader):
    card, barcode = add_reader(), add_item()
    before = journal(ctx)
    with pytest.raises(InvalidInput):
        circulation.lend(ctx, card, barcode, "  ")
    assert journal(ctx) == before
    with ctx.db.read() as s:
        assert queries.reader_loans(s, card) == []


def test_the_formular_lists_every_loan_newest_first(ctx, add_item, add_reader, clock):
    card = add_reader()
    first, second = add_item(), add_item("Көшпенділер")
    circulation.lend(ctx, card, first, "aigul")
    circulation.return_item(ctx, first, "aigul")
    clock.advance(days=3)
    circulation.lend(ctx, card, second, "aigul")
    with ctx.db.read() as s:
        history = queries.reader_loans(s, card, open_only=False)
    assert [loan.item_barcode for loan in history] == [second, first]
    assert history[1].returned_at is not None
    assert history[0].returned_at is None


def test_in_transit_copy_is_received_at_its_home_branch(ctx, add_item):
    barcode = add_item()
    with ctx.db.write() as s:
        from sqlalchemy import update

        from branchdesk.store.schema import ItemRow

        s.execute(update(ItemRow).where(ItemRow.barcode == barcode).values(status="in_transit"))
    received = circulation.return_item(ctx, barcode, "aigul")
    assert received.done
    assert codes(received) == {Code.TRANSIT_RECEIVED}
    with ctx.db.read() as s:
        assert queries.search_items(s, barcode)[0].status is ItemStatus.AVAILABLE
