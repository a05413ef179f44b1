"""Conflicts between branches, played step by step (DESIGN §5; anchors §3.7's table).

Two branches, BST and SHT, on one central server (SQLite and PostgreSQL). Everything here
is deterministic: the branches work "offline" simply by not syncing until told to.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from time import monotonic
from typing import Any

import pytest
from sqlalchemy import select, text

from branchdesk.central import push as push_module
from branchdesk.central import schema as t
from branchdesk.domain.readers import ReaderInput
from branchdesk.services.catalogue import ItemInput, RecordInput, add_record_with_item
from branchdesk.services.circulation import lend, return_item
from branchdesk.services.context import BranchContext
from branchdesk.services.readers import block_reader, load_reader, register_reader, update_reader
from branchdesk.services.results import Override
from branchdesk.services.sync import resolve_conflict, run_sync, sync_status
from branchdesk.store.conflict_queries import Conflict, conflicts
from branchdesk.sync import round as round_module

PAST = Override(reason="тест")


def _reader(ctx: BranchContext, surname: str, name: str = "Оқырман") -> str:
    result = register_reader(
        ctx,
        ReaderInput(surname=surname, name=name, birth_date=date(1990, 5, 17)),
        "admin",
        confirm_duplicate=True,
    )
    assert result.reader is not None
    return result.reader.card_number


def _copy(ctx: BranchContext, barcode: str) -> str:
    add_record_with_item(
        ctx, RecordInput(title=f"Кітап {barcode}", authors="Әуезов М."), ItemInput(barcode), "a"
    )
    return barcode


def _done(result: Any) -> Any:
    assert result.status.value == "done", result
    return result


def _sync(*branches: BranchContext) -> None:
    for ctx in branches:
        assert run_sync(ctx.db).pending == 0


def _edit(ctx: BranchContext, card: str, **fields: object) -> None:
    with ctx.db.read() as session:
        row = load_reader(session, card)
        current = ReaderInput(
            **{name: getattr(row, name) for name in ReaderInput.__dataclass_fields__}
        )
    update_reader(ctx, card, replace(current, **fields), "admin")  # type: ignore[arg-type]


def _local(ctx: BranchContext, query: str, *args: object) -> list[tuple[Any, ...]]:
    with sqlite3.connect(ctx.db.path) as conn:
        return conn.execute(query, args).fetchall()


def _central(central, query: str, **params: object) -> list[tuple[Any, ...]]:
    with central.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(query), params)]


def _lent_at(central, loan: str) -> datetime:
    with central.engine.connect() as conn:
        found: datetime = conn.execute(
            select(t.loan.c.lent_at).where(t.loan.c.uuid == loan)
        ).scalar_one()
    return found


def _inbox(ctx: BranchContext) -> list[Conflict]:
    with ctx.db.read() as session:
        return conflicts(session)


def _item_status(ctx: BranchContext, barcode: str) -> str:
    return str(_local(ctx, "SELECT status FROM item WHERE barcode = ?", barcode)[0][0])


def _central_item_status(central, barcode: str) -> str:
    return str(_central(central, "SELECT status FROM item WHERE barcode = :b", b=barcode)[0][0])


@pytest.fixture
def pair(branch_factory) -> tuple[BranchContext, BranchContext]:
    bst, sht = branch_factory("BST"), branch_factory("SHT")
    return bst, sht


def _shared_copy(bst: BranchContext, sht: BranchContext, barcode: str = "40000001") -> str:
    """A BST copy that SHT has too: it travelled there with a loan to an SHT reader, and its
    return (at BST, its home) came back to SHT by pull, so SHT sees it on BST's shelf."""
    visitor = _reader(sht, "Қонақ")
    _copy(bst, barcode)
    _sync(sht, bst)
    _done(lend(bst, visitor, barcode, "admin"))
    _sync(bst, sht)
    _done(return_item(bst, barcode, "admin"))
    _sync(bst, sht)
    assert _item_status(sht, barcode) == "available"
    return barcode


# --- two branches lend the same copy ----------------------------------------------------


@pytest.mark.parametrize("first", ["BST", "SHT"])
def test_the_same_copy_lent_at_two_offline_branches_keeps_both_loans_and_one_conflict(
    central, pair, first
):
    bst, sht = pair
    copy = _shared_copy(bst, sht)
    at_bst, at_sht = _reader(bst, "Бірінші"), _reader(sht, "Екінші")
    _sync(bst, sht, bst)  # both know both readers; now both go offline
    loan_bst = _done(lend(bst, at_bst, copy, "admin")).loan.uuid
    loan_sht = _done(lend(sht, at_sht, copy, "admin", PAST)).loan.uuid  # BST's copy: confirmed
    order = (bst, sht) if first == "BST" else (sht, bst)
    _sync(*order, order[0])

    open_loans = _central(central, "SELECT uuid FROM loan WHERE returned_at IS NULL ORDER BY uuid")
    assert {u for (u,) in open_loans} == {loan_bst, loan_sht}  # both kept: both books left
    found = _central(central, "SELECT kind, state, branches, loans FROM conflict")
    assert len(found) == 1
    kind, state, branches, loans = found[0]
    assert (kind, state, branches) == ("double_loan", "open", "BST SHT")
    second = loan_sht if first == "BST" else loan_bst
    assert json.loads(loans)[-1] == second  # the later arrival is the one in conflict
    assert set(json.loads(loans)) == {loan_bst, loan_sht}
    for ctx in (bst, sht):
        inbox = _inbox(ctx)
        assert [(c.kind, c.state, c.branches) for c in inbox] == [
            ("double_loan", "open", ("BST", "SHT"))
        ]
        assert inbox[0].barcode == copy
        assert set(inbox[0].detail["cards"]) == {at_bst, at_sht}  # type: ignore[arg-type]
        assert set(inbox[0].detail["branches"]) == {"BST", "SHT"}  # type: ignore[arg-type]
        # Each branch sees its own loan of the pair; the other branch's loan of a copy
        # lent to the other branch's reader is not sent to it (see the report).
        own = loan_bst if ctx is bst else loan_sht
        assert own in {loan.uuid for loan in inbox[0].loans}
        assert sync_status(ctx.db).conflicts == 1


def test_a_return_at_either_branch_closes_every_open_loan_of_the_copy(central, pair):
    bst, sht = pair
    copy = _shared_copy(bst, sht)
    at_bst, at_sht = _reader(bst, "Бірінші"), _reader(sht, "Екінші")
    _sync(bst, sht, bst)
    loan_bst = _done(lend(bst, at_bst, copy, "admin")).loan.uuid
    loan_sht = _done(lend(sht, at_sht, copy, "admin", PAST)).loan.uuid
    _sync(bst, sht, bst)
    # The copy is back at SHT's desk: SHT knows only its own loan, the return ends both.
    _done(return_item(sht, copy, "admin"))
    _sync(sht, bst)
    closed = _central(
        central,
        "SELECT uuid, returned_branch FROM loan WHERE item_uuid = "
        "(SELECT uuid FROM item WHERE barcode = :b) AND returned_at IS NOT NULL",
        b=copy,
    )
    assert {u for u, _ in closed} >= {loan_bst, loan_sht}
    assert all(branch == "SHT" for u, branch in closed if u in (loan_bst, loan_sht))
    assert _central(
        central,
        "SELECT count(*) FROM loan WHERE returned_at IS NULL",
    ) == [(0,)]
    assert _central_item_status(central, copy) == "in_transit"  # returned away from home
    for ctx in (bst, sht):
        rows = _local(
            ctx,
            "SELECT uuid, returned_branch FROM loan WHERE uuid IN (?, ?)",
            loan_bst,
            loan_sht,
        )
        assert sorted(rows) == sorted([(loan_bst, "SHT"), (loan_sht, "SHT")])
    assert _item_status(bst, copy) == "in_transit"


def test_a_lend_that_arrives_after_a_later_return_of_the_copy_closes_at_once(central, pair):
    bst, sht = pair
    copy = _shared_copy(bst, sht)
    at_bst, at_sht = _reader(bst, "Бірінші"), _reader(sht, "Екінші")
    _sync(bst, sht, bst)
    now = datetime.now() + timedelta(seconds=1)  # after everything _shared_copy did
    moments = {"BST": now, "SHT": now}
    desk = {
        code: BranchContext.load(ctx.db, clock=lambda code=code: moments[code])
        for code, ctx in (("BST", bst), ("SHT", sht))
    }
    _done(lend(desk["BST"], at_bst, copy, "admin"))  # 10:00 at BST
    moments["SHT"] = now + timedelta(minutes=15)
    loan = _done(lend(desk["SHT"], at_sht, copy, "admin", PAST)).loan.uuid  # 10:15 at SHT
    moments["BST"] = now + timedelta(minutes=30)
    _done(return_item(desk["BST"], copy, "admin"))  # 10:30: the copy is on BST's shelf
    _sync(bst, sht)  # BST's lend and return reach the centre before SHT's lend
    # The copy is on BST's shelf since 10:30: SHT's 10:15 loan cannot still be running.
    assert _central(central, "SELECT returned_branch FROM loan WHERE uuid = :u", u=loan) == [
        ("BST",)
    ]


def test_both_loans_of_a_double_loan_are_in_both_inboxes(central, pair):
    bst, sht = pair
    copy = _shared_copy(bst, sht)
    at_bst, at_sht = _reader(bst, "Бірінші"), _reader(sht, "Екінші")
    _sync(bst, sht, bst)
    loans = {
        _done(lend(bst, at_bst, copy, "admin")).loan.uuid,
        _done(lend(sht, at_sht, copy, "admin", PAST)).loan.uuid,
    }
    _sync(bst, sht, bst)
    for ctx in (bst, sht):
        (conflict,) = _inbox(ctx)
        # A librarian resolving it must see who else has the copy, and may close either.
        assert {loan.uuid for loan in conflict.loans} == loans, ctx.branch


# --- a loan to a reader blocked elsewhere ---------------------------------------------


def test_a_loan_to_a_reader_blocked_at_home_is_kept_with_a_conflict(central, pair):
    bst, sht = pair
    card = _reader(bst, "Бұзақы")
    copy = _copy(sht, "50000001")
    _sync(bst, sht)
    block_reader(bst, card, "кітаптарды қайтармады", "admin")  # BST blocks its reader...
    loan = _done(lend(sht, card, copy, "admin")).loan.uuid  # ...SHT does not know yet
    _sync(bst)
    assert run_sync(sht.db).pushed.get("conflict") == 1
    _sync(bst)
    assert _central(central, "SELECT returned_at FROM loan WHERE uuid = :u", u=loan) == [(None,)]
    found = _central(central, "SELECT kind, branches, loans, detail FROM conflict")
    assert len(found) == 1
    kind, branches, loans, detail = found[0]
    assert (kind, branches, json.loads(loans)) == ("loan_to_blocked_reader", "BST SHT", [loan])
    assert json.loads(detail)["card"] == card
    for ctx in (bst, sht):
        inbox = _inbox(ctx)
        assert [(c.kind, c.card) for c in inbox] == [("loan_to_blocked_reader", card)]
    journal = _local(sht, "SELECT state, result_code FROM journal WHERE kind = 'lend'")
    assert journal == [("conflict", "loan_to_blocked_reader")]


# --- a reader edited at two branches ---------------------------------------------------


def test_edits_of_different_fields_at_two_branches_are_both_kept(central, pair):
    bst, sht = pair
    card = _reader(bst, "Екіжақты")
    _sync(bst, sht)
    _edit(bst, card, phone="+77010000001")
    _edit(sht, card, notes="жаңа мекенжай айтты", street="Абай көшесі")
    _sync(bst, sht, bst)
    want = ("+77010000001", "жаңа мекенжай айтты", "Абай көшесі")
    query = "SELECT phone, notes, street FROM reader WHERE card_number = :c"
    assert _central(central, query, c=card) == [want]
    for ctx in (bst, sht):
        assert _local(ctx, query.replace(":c", "?"), card) == [want]


def test_the_same_field_edited_at_two_branches_takes_the_last_applied(central, pair):
    bst, sht = pair
    card = _reader(bst, "Бірбет")
    _sync(bst, sht)
    _edit(sht, card, phone="+77020000002")  # made first, applied last
    _edit(bst, card, phone="+77010000001")
    _sync(bst, sht, bst)
    query = "SELECT phone FROM reader WHERE card_number = :c"
    assert _central(central, query, c=card) == [("+77020000002",)]
    for ctx in (bst, sht):
        assert _local(ctx, query.replace(":c", "?"), card) == [("+77020000002",)]


# --- a copy returned at another branch -------------------------------------------------


def test_a_copy_returned_at_another_branch_is_in_transit_until_its_home_receives_it(central, pair):
    bst, sht = pair
    visitor = _reader(sht, "Жолаушы")
    copy = _copy(bst, "40000002")
    _sync(sht, bst)
    loan = _done(lend(bst, visitor, copy, "admin")).loan.uuid
    _sync(bst, sht)  # the loan, and so the copy, reach SHT (the reader's home)
    returned = _done(return_item(sht, copy, "admin"))
    assert "send_to_home_branch" in {o.code.value for o in returned.outcomes}
    assert _item_status(sht, copy) == "in_transit"
    _sync(sht)
    assert _central_item_status(central, copy) == "in_transit"
    assert _central(central, "SELECT returned_branch FROM loan WHERE uuid = :u", u=loan) == [
        ("SHT",)
    ]
    _sync(bst)
    assert _item_status(bst, copy) == "in_transit"
    assert _local(bst, "SELECT returned_branch FROM loan WHERE uuid = ?", loan) == [("SHT",)]
    received = _done(return_item(bst, copy, "admin"))  # the parcel arrives home
    assert [o.code.value for o in received.outcomes] == ["transit_received"]
    assert _item_status(bst, copy) == "available"
    _sync(bst)
    assert _central_item_status(central, copy) == "available"


# --- resolving a conflict ----------------------------------------------------------------


@pytest.mark.parametrize("action", ["close_loan", "keep_both", "dismiss"])
def test_a_resolution_at_one_branch_closes_the_conflict_everywhere(central, pair, action):
    bst, sht = pair
    copy = _shared_copy(bst, sht)
    at_bst, at_sht = _reader(bst, "Бірінші"), _reader(sht, "Екінші")
    _sync(bst, sht, bst)
    loan_bst = _done(lend(bst, at_bst, copy, "admin")).loan.uuid
    loan_sht = _done(lend(sht, at_sht, copy, "admin", PAST)).loan.uuid
    _sync(bst, sht, bst)
    (conflict,) = _inbox(sht)
    wrong = loan_bst if action == "close_loan" else None
    resolve_conflict(sht, conflict.uuid, action, "admin", loan=wrong, note="кітап бізде")
    assert _inbox(sht)[0].resolving
    _sync(sht, bst)
    found = _central(central, "SELECT state, resolved_by, resolution FROM conflict")
    assert len(found) == 1
    state, resolved_by, resolution = found[0]
    assert (state, resolved_by) == ("resolved", "SHT/admin")
    assert json.loads(resolution)["action"] == action
    still_open = {
        u for (u,) in _central(central, "SELECT uuid FROM loan WHERE returned_at IS NULL")
    }
    assert still_open == ({loan_sht} if action == "close_loan" else {loan_bst, loan_sht})
    for ctx in (bst, sht):
        (seen,) = _inbox(ctx)
        assert (seen.state, seen.resolving, seen.resolved_by) == ("resolved", False, "SHT/admin")
        assert sync_status(ctx.db).conflicts == 0
        if action == "close_loan":
            closed = _local(ctx, "SELECT returned_at IS NOT NULL FROM loan WHERE uuid = ?", wrong)
            assert closed == [(1,)]


# --- a PC with a wrong clock --------------------------------------------------------------


def test_a_branch_clock_ten_minutes_slow_is_measured_and_its_times_corrected(
    central, pair, monkeypatch
):
    bst, _ = pair
    slow = timedelta(minutes=10)

    class SlowDatetime(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> datetime:  # type: ignore[override]
            return datetime.now(tz) - slow

    monkeypatch.setattr(round_module, "datetime", SlowDatetime)
    wrong = BranchContext.load(bst.db, clock=lambda: datetime.now() - slow)
    card = _reader(wrong, "Уақыт")
    _copy(wrong, "40000003")
    loan = _done(lend(wrong, card, "40000003", "admin")).loan
    before = datetime.now(UTC).replace(tzinfo=None)
    summary = run_sync(wrong.db)
    after = datetime.now(UTC).replace(tzinfo=None)

    assert summary.clock_offset_ms is not None
    assert abs(summary.clock_offset_ms - 600_000) < 5_000  # the centre's clock minus the PC's
    (offset,) = _central(central, "SELECT clock_offset_ms FROM branch WHERE code = 'BST'")[0]
    assert abs(offset - 600_000) < 5_000
    status = sync_status(wrong.db)
    assert status.clock_wrong
    # The loan's time at the centre is the PC's time put right: within the real moments.
    lent_at = _lent_at(central, loan.uuid)
    local_lent = loan.lent_at.astimezone(UTC).replace(tzinfo=None)
    assert abs((lent_at - local_lent) - slow) < timedelta(seconds=5)
    assert before - timedelta(seconds=5) <= lent_at <= after
    # A right clock is not "corrected" (differences under a minute are the network's).
    _copy(bst, "40000004")
    right = _done(lend(bst, card, "40000004", "admin")).loan
    monkeypatch.undo()
    run_sync(bst.db)
    assert _lent_at(central, right.uuid) == right.lent_at.astimezone(UTC).replace(tzinfo=None)


def test_a_clock_set_back_after_the_work_does_not_move_the_work_into_the_future(
    central, pair, monkeypatch
):
    """A dead CMOS battery: the day's loans are made with a right clock, then the PC starts
    again in 2000 and pushes. The offset measured at sending is 26 years; the loans made
    before the reset keep their own (right) times instead of landing 26 years ahead."""
    bst, _ = pair
    card = _reader(bst, "Батарея")
    _copy(bst, "40000005")
    loan = _done(lend(bst, card, "40000005", "admin")).loan
    reset = datetime.now() - datetime(2000, 1, 1)

    class ResetDatetime(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> datetime:  # type: ignore[override]
            return datetime.now(tz) - reset

    monkeypatch.setattr(round_module, "datetime", ResetDatetime)
    before = datetime.now(UTC).replace(tzinfo=None)
    summary = run_sync(bst.db)
    assert summary.clock_offset_ms is not None
    assert summary.clock_offset_ms > 25 * 365 * 86_400_000  # measured, and shown at the desk
    assert sync_status(bst.db).clock_wrong
    lent_at = _lent_at(central, loan.uuid)
    assert lent_at == loan.lent_at.astimezone(UTC).replace(tzinfo=None)
    assert lent_at <= before


# --- two branches pushing the same copy's loans at the same moment ----------------------


class Meeting:
    """Where the two pushing threads tell each other how far they got."""

    def __init__(self) -> None:
        self.changed = threading.Condition()
        self.arrived: set[str] = set()

    def arrive(self, who: str) -> None:
        with self.changed:
            self.arrived.add(who)
            self.changed.notify_all()

    def wait(self, condition: Callable[[], bool], timeout: float = 30) -> None:
        """Until `condition` holds; it is looked at again on every arrival and, for what
        no arrival announces (a lock wait in the database), every few milliseconds."""
        deadline = monotonic() + timeout
        with self.changed:
            while not condition():
                left = deadline - monotonic()
                assert left > 0, "the other push never came"
                self.changed.wait(min(left, 0.005))


def _blocked_by(conn: Any) -> Callable[[], bool]:
    """Whether any PostgreSQL backend waits for a lock this connection's transaction holds."""
    me = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
    engine = conn.engine

    def waiting() -> bool:
        with engine.connect() as other:
            found = other.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE :me = ANY(pg_blocking_pids(pid))"
                ),
                {"me": me},
            ).scalar_one()
        return bool(found)

    return waiting


def test_loans_of_one_copy_pushed_at_the_same_moment_still_meet_as_a_conflict(
    central, pair, monkeypatch
):
    """Two batches that both read "no open loan" before either commits would both lend the
    copy quietly: the centre must serialise them so the second sees the first's loan."""
    bst, sht = pair
    copy = _shared_copy(bst, sht)
    at_bst, at_sht = _reader(bst, "Бірінші"), _reader(sht, "Екінші")
    _sync(bst, sht, bst)
    _done(lend(bst, at_bst, copy, "admin"))
    _done(lend(sht, at_sht, copy, "admin", PAST))

    meeting = Meeting()
    real_emit = push_module.emit

    def emit(store: Any, branch: str, origin: Any) -> int:
        # The batch has read and written its rows and is about to number its changes.
        meeting.arrive(branch)
        if branch == "BST" and store.conn.dialect.name == "postgresql":
            # Hold BST's batch open until SHT's has caught up with it, or is waiting on it.
            waiting = _blocked_by(store.conn)
            meeting.wait(lambda: "SHT" in meeting.arrived or waiting())
        # On SQLite the other batch cannot even begin before this one commits.
        return real_emit(store, branch, origin)

    monkeypatch.setattr(push_module, "emit", emit)
    errors: list[BaseException] = []

    def push(ctx: BranchContext) -> None:
        try:
            run_sync(ctx.db)
        except BaseException as exc:
            errors.append(exc)

    first = threading.Thread(target=push, args=(bst,))
    second = threading.Thread(target=push, args=(sht,))
    first.start()
    meeting.wait(lambda: "BST" in meeting.arrived)
    second.start()
    first.join(timeout=60)
    second.join(timeout=60)
    assert errors == []
    monkeypatch.undo()
    _sync(bst, sht)
    assert _central(central, "SELECT count(*) FROM loan WHERE returned_at IS NULL") == [(2,)]
    assert _central(central, "SELECT kind FROM conflict") == [("double_loan",)]
