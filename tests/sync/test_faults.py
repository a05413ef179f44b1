"""Sync under injected faults (DESIGN §10, reliability; reference/anchors-code-and-sync.md §3.8).

The same day at two branches is played twice with the same identifiers and the same clock:
once straight to a fault-free central server (the reference), once through the fault proxy
with one kind of fault injected at every sync, each sync retried at once until a round
succeeds. The central state must come out the same, every operation applied exactly once,
no journal row left pending, no duplicate anywhere.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from time import perf_counter
from typing import Any

import pytest
from sqlalchemy import func, select, text
from support.centrals import Central, join_branch, make_central
from support.faultproxy import Fault, FaultProxy

from branchdesk.central import schema as t
from branchdesk.domain.readers import ReaderInput
from branchdesk.services import catalogue, circulation, readers, setup
from branchdesk.services.catalogue import ItemInput, RecordInput, add_record_with_item
from branchdesk.services.circulation import lend, renew, return_item
from branchdesk.services.context import BranchContext
from branchdesk.services.readers import (
    block_reader,
    load_reader,
    register_reader,
    update_reader,
)
from branchdesk.services.results import Override
from branchdesk.services.sync import client_for
from branchdesk.store.settings import Key, read_value
from branchdesk.sync import journal
from branchdesk.sync.client import CentralClient, SyncError
from branchdesk.sync.inbox import local_moment
from branchdesk.sync.protocol import PULL_PAGE as PROTOCOL_PULL_PAGE
from branchdesk.sync.protocol import PUSH_BATCH as PROTOCOL_PUSH_BATCH
from branchdesk.sync.round import Progress, Summary, sync_round

PUSH = "/api/v1/sync/push"
PULL = "/api/v1/sync/pull"
START = datetime(2026, 11, 17, 10, 30)
PUSH_BATCH = 4  # small, so that a round takes several requests and faults land inside it
PULL_PAGE = 5
MAX_ATTEMPTS = 12
FIGURES: dict[str, dict[str, Any]] = {}

# Where the services take their UUIDs from: made deterministic so two runs match.
_UUID_MODULES = (journal, circulation, readers, catalogue, setup)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def tick(self) -> None:
        self.now += timedelta(minutes=1)


def _counting_uuid7() -> Callable[[], uuid.UUID]:
    counter = iter(range(1, 10**9))

    def make() -> uuid.UUID:
        # Version 7 and RFC variant bits, a fixed time part: valid, ordered, repeatable.
        return uuid.UUID(int=(0x019A << 112) | (0x7 << 76) | (0x2 << 62) | next(counter))

    return make


@pytest.fixture
def deterministic_ids(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Call to restart the branch-side UUID sequence (once per run of the script)."""

    def restart() -> None:
        make = _counting_uuid7()
        for module in _UUID_MODULES:
            monkeypatch.setattr(module, "uuid7", make)

    return restart


# --- the day at two branches ---------------------------------------------------------


@dataclass
class World:
    """One run: a central server, two branches on a shared clock, and how they sync."""

    central: Central
    clock: Clock
    sync_one: Callable[[World, BranchContext], None]
    branches: dict[str, BranchContext] = field(default_factory=dict)
    clients: dict[str, CentralClient] = field(default_factory=dict)
    push_batch: int = PUSH_BATCH
    pull_page: int = PULL_PAGE
    syncs: int = 0

    def sync(self, *codes: str) -> None:
        for code in codes:
            self.sync_one(self, self.branches[code])
            self.syncs += 1

    def round(self, ctx: BranchContext, progress: Progress | None = None) -> Summary:
        """One sync round as run_sync makes it, with this run's batch sizes; each branch
        keeps its client (and so its kept-alive connection) from round to round."""
        client = self.clients.get(ctx.branch)
        if client is None:
            client = self.clients[ctx.branch] = client_for(ctx.db)
        sizes = {"push_batch": self.push_batch, "pull_page": self.pull_page}
        if progress is None:
            return sync_round(ctx.db, client, **sizes)
        return sync_round(ctx.db, client, progress=progress, **sizes)

    def close(self) -> None:
        for client in self.clients.values():
            client.close()
        for ctx in self.branches.values():
            ctx.db.dispose()


def _reader(ctx: BranchContext, surname: str, name: str) -> str:
    result = register_reader(
        ctx,
        ReaderInput(surname=surname, name=name, birth_date=date(1990, 5, 17)),
        "admin",
        confirm_duplicate=True,
    )
    assert result.reader is not None
    return result.reader.card_number


def _copy(ctx: BranchContext, barcode: str, title: str) -> str:
    add_record_with_item(
        ctx, RecordInput(title=title, authors="Әуезов М."), ItemInput(barcode), "a"
    )
    return barcode


def _done(result: Any) -> None:
    assert result.status.value == "done", result


_PAST = Override(reason="тест")


def _edit(ctx: BranchContext, card: str, **fields: object) -> None:
    with ctx.db.read() as session:
        row = load_reader(session, card)
        current = ReaderInput(
            **{name: getattr(row, name) for name in ReaderInput.__dataclass_fields__}
        )
    update_reader(ctx, card, replace(current, **fields), "admin")  # type: ignore[arg-type]


def play_day(world: World, phases: int = 4) -> None:
    """Lends, returns, renewals, reader registrations, edits and blocks at BST and SHT, with
    syncs between; later phases use what the earlier pulls brought (other branches' readers,
    a copy that came with a loan)."""
    bst, sht = world.branches["BST"], world.branches["SHT"]
    tick = world.clock.tick
    r1, r2, r3 = (
        _reader(bst, s, n)
        for s, n in [("Әуезов", "Мұхтар"), ("Абай", "Құнанбай"), ("Сейфуллин", "Сәкен")]
    )
    b1, b2, b3, b4 = (_copy(bst, f"4000000{i}", f"Кітап {i}") for i in range(1, 5))
    s1, s2 = (_reader(sht, s, n) for s, n in [("Жансүгіров", "Ілияс"), ("Майлин", "Бейімбет")])
    c1, c2, c3 = (_copy(sht, f"5000000{i}", f"Шығарма {i}") for i in range(1, 4))
    tick()
    _done(lend(bst, r1, b1, "admin"))
    _done(lend(bst, r2, b2, "admin"))
    _edit(bst, r1, phone="+77010000001")
    tick()
    _done(return_item(bst, b2, "admin"))
    _done(lend(bst, r2, b3, "admin"))
    _done(lend(sht, s1, c1, "admin"))
    _edit(sht, s2, street="Абай көшесі")
    world.sync("BST", "SHT", "BST")
    if phases < 2:
        return
    tick()
    _done(lend(sht, r3, c2, "admin", _PAST))  # a BST reader at SHT
    _edit(sht, r1, notes="ескерту")  # SHT edits a BST reader: another field
    _edit(bst, r1, phone="+77010000002")  # the same field again at home
    block_reader(bst, s2, "кітаптарды қайтармады", "admin")  # BST blocks an SHT reader
    _done(lend(sht, s2, c3, "admin"))  # SHT does not know yet: a conflict at the centre
    _done(renew(bst, b1, "admin"))
    _done(lend(bst, r3, b4, "admin"))
    world.sync("BST", "SHT", "BST")
    if phases < 3:
        return
    tick()
    _done(return_item(bst, c2, "admin"))  # SHT's copy back at BST: in transit
    _done(return_item(sht, c1, "admin"))
    _done(return_item(bst, b1, "admin"))
    world.sync("BST", "SHT", "BST")
    if phases < 4:
        return
    tick()
    _done(return_item(sht, c2, "admin"))  # the transit arrives home...
    _edit(sht, s1, phone="+77020000001")
    _done(lend(sht, s1, c2, "admin"))  # ...and goes out again,
    _done(lend(bst, r2, c2, "admin", _PAST))  # while BST, offline, lends it too
    world.sync("SHT", "BST", "SHT")


# --- running it ----------------------------------------------------------------------


def _clean_sync(world: World, ctx: BranchContext) -> None:
    world.round(ctx)


def _make_world(
    central: Central,
    folder: Path,
    template: Path,
    sync_one: Callable[[World, BranchContext], None],
    url: str | None = None,
) -> World:
    world = World(central, Clock(), sync_one)
    for code in ("BST", "SHT"):
        joined = join_branch(central, folder / code, code, template, url)
        world.branches[code] = BranchContext.load(joined.db, clock=world.clock)
    return world


# --- what is compared ----------------------------------------------------------------

# Columns the server fills from its own clock, or names it makes up itself.
_SERVER_MADE = {"applied_at", "created_at", "resolved_at"}
_COMPARED = (
    t.record,
    t.item,
    t.reader,
    t.reregistration,
    t.loan,
    t.conflict,
    t.applied_op,
    t.device,
)


def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def central_state(central: Central) -> dict[str, list[tuple[object, ...]]]:
    state: dict[str, list[tuple[object, ...]]] = {}
    with central.engine.connect() as conn:
        for table in _COMPARED:
            names = [c.name for c in table.columns if c.name not in _SERVER_MADE]
            if table is t.conflict:
                names.remove("uuid")  # made at the centre
            rows = conn.execute(select(*(table.c[n] for n in names))).all()
            state[table.name] = sorted((tuple(_plain(v) for v in row) for row in rows), key=repr)
    return state


def journal_rows(ctx: BranchContext) -> list[tuple[str, str]]:
    with sqlite3.connect(ctx.db.path) as conn:
        return conn.execute("SELECT op_id, state FROM journal ORDER BY device_seq").fetchall()


def duplicates(central: Central) -> dict[str, int]:
    """Everything that would betray an operation applied twice; each must be 0."""
    with central.engine.connect() as conn:
        ops = conn.execute(
            text("SELECT count(*) - count(DISTINCT op_id) FROM applied_op")
        ).scalar_one()
        loans = conn.execute(
            text(
                "SELECT count(*) FROM (SELECT item_uuid, reader_uuid, lent_at FROM loan "
                "GROUP BY item_uuid, reader_uuid, lent_at HAVING count(*) > 1) d"
            )
        ).scalar_one()
        feed = conn.execute(
            text(
                'SELECT count(*) FROM (SELECT origin_op FROM "change" WHERE origin_op IS NOT NULL '
                "GROUP BY origin_op, entity, uuid, audience HAVING count(*) > 1) d"
            )
        ).scalar_one()
        conflicts = conn.execute(
            text(
                "SELECT count(*) FROM (SELECT origin_op FROM conflict "
                "GROUP BY origin_op, kind HAVING count(*) > 1) d"
            )
        ).scalar_one()
    return {"applied_op": ops, "loan": loans, "feed": feed, "conflict": conflicts}


def check_exactly_once(world: World) -> int:
    """Every journaled operation is at the centre once, none pending, nothing doubled;
    returns how many operations there were."""
    sent: list[tuple[str, str]] = []
    for ctx in world.branches.values():
        rows = journal_rows(ctx)
        assert [op for op, state in rows if state == "pending"] == []
        sent += rows
    with world.central.engine.connect() as conn:
        applied = conn.execute(select(t.applied_op.c.op_id, t.applied_op.c.state)).all()
    assert len(sent) == len({op for op, _ in sent})
    # Every operation is at the centre once, and its branch knows what the centre made of it.
    assert sorted(tuple(row) for row in applied) == sorted(sent)
    assert duplicates(world.central) == {"applied_op": 0, "loan": 0, "feed": 0, "conflict": 0}
    return len(sent)


def branch_loans(ctx: BranchContext) -> set[tuple[object, ...]]:
    with sqlite3.connect(ctx.db.path) as conn:
        rows = conn.execute(
            "SELECT l.uuid, i.uuid, r.uuid, l.branch, l.lent_at, l.due_on, l.returned_at, "
            "l.returned_branch, l.renewals FROM loan l JOIN item i ON i.id = l.item_id "
            "JOIN reader r ON r.id = l.reader_id"
        ).fetchall()
    return {tuple(row) for row in rows}


def central_loans_for(central: Central, branch: str) -> set[tuple[object, ...]]:
    """The loans the centre shows `branch`: lent or returned there, of its copies or readers,
    or named by a conflict that concerns it."""
    loan, item, reader = t.loan, t.item, t.reader
    with central.engine.connect() as conn:
        named: set[str] = set()
        for branches, loans in conn.execute(select(t.conflict.c.branches, t.conflict.c.loans)):
            if branch in branches.split():
                named.update(json.loads(loans))
        rows = conn.execute(
            select(
                loan.c.uuid,
                loan.c.item_uuid,
                loan.c.reader_uuid,
                loan.c.branch,
                loan.c.lent_at,
                loan.c.due_on,
                loan.c.returned_at,
                loan.c.returned_branch,
                loan.c.renewals,
                item.c.home_branch,
                reader.c.home_branch,
            )
            .join(item, item.c.uuid == loan.c.item_uuid)
            .join(reader, reader.c.uuid == loan.c.reader_uuid)
        ).all()

    def moment(value: datetime | None) -> str | None:
        return None if value is None else local_moment(value.isoformat() + "+00:00")

    found = set()
    for row in rows:
        if branch in (row[3], row[7], row[9], row[10]) or row[0] in named:
            found.add(
                (
                    row[0],
                    row[1],
                    row[2],
                    row[3],
                    moment(row[4]),
                    row[5].isoformat(),
                    moment(row[6]),
                    row[7],
                    row[8],
                )
            )
    return found


def check_branches_match_centre(world: World) -> None:
    """Each branch sees the centre's loans that concern it, and its own copies as the
    centre has them."""
    for code, ctx in world.branches.items():
        assert branch_loans(ctx) == central_loans_for(world.central, code), code
        with sqlite3.connect(ctx.db.path) as conn:
            local = conn.execute("SELECT uuid, status FROM item WHERE home_branch = ?", (code,))
            local_items = dict(local.fetchall())
        with world.central.engine.connect() as conn:
            central_items = dict(
                conn.execute(
                    select(t.item.c.uuid, t.item.c.status).where(t.item.c.home_branch == code)
                ).all()
            )
        assert local_items == central_items, code


# --- the reference run ---------------------------------------------------------------


@pytest.fixture(scope="module")
def references() -> dict[int, dict[str, list[tuple[object, ...]]]]:
    """Fault-free central states by number of phases, computed on first use."""
    return {}


@pytest.fixture
def reference(
    references: dict[int, dict[str, list[tuple[object, ...]]]],
    tmp_path_factory: pytest.TempPathFactory,
    migrated_template: Path,
    deterministic_ids: Callable[[], None],
) -> Callable[[int], dict[str, list[tuple[object, ...]]]]:
    def get(phases: int) -> dict[str, list[tuple[object, ...]]]:
        if phases not in references:
            folder = tmp_path_factory.mktemp("reference")
            central = make_central(f"sqlite:///{folder / 'central.sqlite3'}")
            central.start()
            deterministic_ids()
            world = _make_world(central, folder, migrated_template, _clean_sync)
            try:
                play_day(world, phases)
                if phases == 4:
                    _check_the_story(central)
                check_exactly_once(world)
                check_branches_match_centre(world)
                references[phases] = central_state(central)
            finally:
                world.close()
                central.close()
        return references[phases]

    return get


def _check_the_story(central: Central) -> None:
    """The day does what its comments say: a conflict, a transit that arrives, a merge."""
    with central.engine.connect() as conn:
        states = set(conn.execute(select(t.applied_op.c.state)).scalars())
        conflicts = conn.execute(select(t.conflict.c.kind, t.conflict.c.branches)).all()
        items = dict(conn.execute(select(t.item.c.barcode, t.item.c.status)).all())
        reader = conn.execute(
            select(t.reader.c.phone, t.reader.c.notes).where(t.reader.c.card_number == "BST-000001")
        ).one()
    assert states == {"applied", "conflict"}
    assert sorted(tuple(c) for c in conflicts) == [
        ("double_loan", "BST SHT"),
        ("loan_to_blocked_reader", "SHT"),
    ]
    assert items["50000002"] == "on_loan"  # home after its transit, then lent twice
    assert items["40000001"] == "available"
    assert tuple(reader) == ("+77010000002", "ескерту")


# --- the faulty runs -----------------------------------------------------------------


@dataclass
class Plan:
    """Which faults each sync gets, and what happened."""

    proxy: FaultProxy
    arm: Callable[[Plan, int], None]
    progress: Progress | None = None
    failures: Counter[str] = field(default_factory=Counter)
    attempts: int = 0
    rounds_ok: int = 0
    duplicates_answered: int = 0

    def sync(self, world: World, ctx: BranchContext) -> None:
        self.arm(self, world.syncs)
        for _ in range(MAX_ATTEMPTS):
            self.attempts += 1
            try:
                summary = world.round(ctx, self.progress)
            except SyncError as exc:
                self.failures[exc.kind] += 1
                continue  # at once: the fault is spent, the line is back
            self.rounds_ok += 1
            self.duplicates_answered += summary.pushed.get("duplicate", 0)
            assert summary.pending == 0
            break
        else:
            pytest.fail(f"{ctx.branch}: no round succeeded in {MAX_ATTEMPTS} attempts")
        self.proxy.clear_faults()  # a fault this sync had no request for goes unused


# Each scenario: the faults a push may get (taken in turn, sync after sync) and a pull's.
SCENARIOS: dict[str, tuple[tuple[Fault, ...], Fault]] = {
    "request_lost": ((Fault.DROP_REQUEST,), Fault.DROP_REQUEST),
    "response_lost": ((Fault.DROP_RESPONSE, Fault.CUT_RESPONSE), Fault.CUT_RESPONSE),
    "duplicate_delivery": ((Fault.DUPLICATE, Fault.DUPLICATE_CONCURRENT), Fault.DUPLICATE),
    "cut_mid_body": ((Fault.CUT_BODY,), Fault.DROP_REQUEST),  # a GET has no body to cut
    "error_5xx": ((Fault.ERROR_5XX,), Fault.ERROR_5XX),
}


def _arm(scenario: str) -> Callable[[Plan, int], None]:
    """One fault on a push and one on a pull of each sync, at varying places in the round."""
    pushes, pull = SCENARIOS[scenario]

    def arm(plan: Plan, n: int) -> None:
        plan.proxy.queue_fault(pushes[n % len(pushes)], path=PUSH, after=(n // 2) % 2)
        plan.proxy.queue_fault(pull, path=PULL, after=(n // 3) % 2)

    return arm


def _run_faulty(
    central: Central,
    tmp_path: Path,
    template: Path,
    deterministic_ids: Callable[[], None],
    plan_for: Callable[[FaultProxy], Plan],
    phases: int = 4,
    sizes: tuple[int, int] = (PUSH_BATCH, PULL_PAGE),
    **link: float,
) -> tuple[World, Plan]:
    proxy = FaultProxy(central.address, **link)
    plan = plan_for(proxy)
    deterministic_ids()
    world = _make_world(central, tmp_path, template, plan.sync, proxy.url)
    world.push_batch, world.pull_page = sizes
    try:
        play_day(world, phases)
    except BaseException:
        world.close()
        proxy.close()
        raise
    proxy.close()
    # A fault is something to try again later, never a reason to stop and ask a person.
    assert set(plan.failures) <= {"offline", "server"}
    return world, plan


def _finish(name: str, world: World, plan: Plan, reference: dict[str, Any], started: float) -> None:
    try:
        operations = check_exactly_once(world)
        check_branches_match_centre(world)
        assert central_state(world.central) == reference
    finally:
        world.close()
    backend = world.central.engine.dialect.name
    FIGURES[f"{name}/{backend}"] = {
        "faults": dict(plan.proxy.faults),
        "failed_rounds": dict(plan.failures),
        "rounds_ok": plan.rounds_ok,
        "operations": operations,
        "answered_duplicate": plan.duplicates_answered,
        "duplicates_found": sum(duplicates(world.central).values()),
        "requests": plan.proxy.stats.requests,
        "deliveries": plan.proxy.stats.deliveries,
        "seconds": round(perf_counter() - started, 2),
    }
    print(f"\nFAULT-FIGURES {name}/{backend} {json.dumps(FIGURES[f'{name}/{backend}'])}")


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_a_fault_at_every_sync_changes_nothing_at_the_centre(
    scenario: str, central, tmp_path, migrated_template, deterministic_ids, reference
):
    started = perf_counter()
    expected = reference(4)
    world, plan = _run_faulty(
        central,
        tmp_path,
        migrated_template,
        deterministic_ids,
        lambda proxy: Plan(proxy, _arm(scenario)),
    )
    pushes, pull = SCENARIOS[scenario]
    faults = plan.proxy.faults
    injected = sum(faults.values())
    assert injected >= world.syncs  # at least one fault per sync found a request to hit
    assert all(faults[kind.value] > 0 for kind in (*pushes, pull))  # each kind was used
    if scenario == "duplicate_delivery":
        assert not plan.failures  # a duplicate is invisible to the branch
        assert plan.proxy.stats.deliveries == plan.proxy.stats.requests + injected
        assert plan.duplicates_answered > 0  # the second delivery's answers were understood
    else:
        assert sum(plan.failures.values()) == injected  # each fault cost exactly one round
    if scenario == "response_lost":
        assert plan.duplicates_answered > 0  # the resends were recognised
    _finish(scenario, world, plan, expected, started)


def test_server_restarts_between_and_inside_rounds(
    central, tmp_path, migrated_template, deterministic_ids, reference
):
    """The centre restarts between rounds, inside a push (after a batch), between the push and
    the pull (after the last batch), and inside a pull (after a page)."""
    started = perf_counter()
    expected = reference(4)
    restarts: Counter[str] = Counter()
    state = {"armed": ""}

    def arm(plan: Plan, n: int) -> None:
        if n in (0, 5):
            central.restart()
            restarts["between"] += 1
        state["armed"] = {1: "push", 3: "push", 6: "pull", 8: "pull"}.get(n, "")

    def progress(stage: str, done: int, _total: int | None) -> None:
        if stage == state["armed"] and (done > 0 or stage == "pull"):
            state["armed"] = ""
            central.restart()
            restarts[f"inside_{stage}"] += 1

    world, plan = _run_faulty(
        central,
        tmp_path,
        migrated_template,
        deterministic_ids,
        lambda proxy: Plan(proxy, arm, progress=progress),
    )
    assert restarts == {"between": 2, "inside_push": 2, "inside_pull": 2}
    plan.proxy.faults.update({f"restart_{k}": v for k, v in restarts.items()})
    _finish("restart", world, plan, expected, started)


def test_a_slow_rural_line_delivers_everything_once(
    central, tmp_path, migrated_template, deterministic_ids, reference
):
    """200 ms round trip and 1 Mbit/s each way, with a lost answer on the way."""
    started = perf_counter()
    expected = reference(1)

    def arm(plan: Plan, n: int) -> None:
        if n == 0:
            plan.proxy.queue_fault(Fault.DROP_RESPONSE, path=PUSH)

    world, plan = _run_faulty(
        central,
        tmp_path,
        migrated_template,
        deterministic_ids,
        lambda proxy: Plan(proxy, arm),
        phases=1,
        sizes=(PROTOCOL_PUSH_BATCH, PROTOCOL_PULL_PAGE),
        latency_s=0.2,
        bandwidth_bps=1_000_000,
    )
    elapsed = perf_counter() - started
    stats = plan.proxy.stats
    # Each request waits at least a round trip, and each new connection one more.
    assert elapsed >= 0.2 * (stats.requests + stats.connections)
    assert plan.duplicates_answered > 0
    for ctx in world.branches.values():
        with ctx.db.write_sql() as conn:
            offset = read_value(conn, Key.CLOCK_OFFSET_MS)
        # The line's delay is symmetric: it must not pass for a wrong PC clock.
        assert isinstance(offset, int)
        assert abs(offset) < 1000
    plan.proxy.faults["slow_link"] += 1
    _finish("slow_link", world, plan, expected, started)


# --- a pull cut half-way, a client that dies before recording the answer --------------


def _stocked(world: World) -> tuple[BranchContext, BranchContext]:
    bst, sht = world.branches["BST"], world.branches["SHT"]
    for i in range(6):
        _reader(bst, "Оқырман", f"Есім{i}")
        _copy(bst, f"4000001{i}", f"Кітап {i}")
    return bst, sht


def test_a_pull_cut_half_way_keeps_cursor_and_data_together(central, tmp_path, migrated_template):
    proxy = FaultProxy(central.address)
    world = _make_world(central, tmp_path, migrated_template, _clean_sync, proxy.url)
    try:
        bst, sht = _stocked(world)
        world.round(bst)
        # SHT pulls BST's six readers in pages of five: the second page's answer is cut.
        proxy.queue_fault(Fault.CUT_RESPONSE, path=PULL, after=1)
        with pytest.raises(SyncError) as failed:
            world.round(sht)
        assert failed.value.kind == "offline"
        assert proxy.faults == Counter({"cut_response": 1})
        with sqlite3.connect(sht.db.path) as conn:
            cursor = read_value(conn, Key.PULL_CURSOR)
            have = {r[0] for r in conn.execute("SELECT uuid FROM reader")}
        with central.engine.connect() as conn:
            upto = set(
                conn.execute(
                    select(t.change.c.uuid).where(
                        t.change.c.audience.in_(("*", "SHT")),
                        t.change.c.entity == "reader",
                        t.change.c.seq <= cursor,
                    )
                ).scalars()
            )
        assert len(have) == PULL_PAGE  # the first page, all of it, and nothing more
        assert have == upto
        summary = world.round(sht)
        assert summary.pulled == {"reader": 1}
        with sqlite3.connect(sht.db.path) as conn:
            assert conn.execute("SELECT count(*) FROM reader").fetchone() == (6,)
        check_exactly_once(world)
        check_branches_match_centre(world)
    finally:
        world.close()
        proxy.close()


def test_an_answer_lost_after_the_commit_is_answered_duplicate(
    central, tmp_path, migrated_template
):
    proxy = FaultProxy(central.address)
    world = _make_world(central, tmp_path, migrated_template, _clean_sync, proxy.url)
    try:
        bst, _ = _stocked(world)
        sent = len(journal_rows(bst))
        proxy.queue_fault(Fault.DROP_RESPONSE, path=PUSH)
        with pytest.raises(SyncError):
            world.round(bst)
        # The centre has the first batch; the branch does not know it.
        with central.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(t.applied_op)).scalar() == 4
        assert all(state == "pending" for _, state in journal_rows(bst))
        summary = world.round(bst)
        assert summary.pushed["duplicate"] == PUSH_BATCH
        assert summary.pushed["applied"] == sent  # the duplicates keep their first answer
        assert summary.pending == 0
        check_exactly_once(world)
    finally:
        world.close()
        proxy.close()


def test_a_client_that_dies_before_recording_the_answer_resends_harmlessly(
    central, tmp_path, migrated_template, monkeypatch
):
    """The server committed and answered; the branch crashed before its journal update."""
    from branchdesk.sync import round as round_module

    world = _make_world(central, tmp_path, migrated_template, _clean_sync)
    try:
        bst, _ = _stocked(world)
        sent = len(journal_rows(bst))

        def crash(*_args: object) -> dict[str, int]:
            raise KeyboardInterrupt("the PC was switched off")

        with monkeypatch.context() as patch:
            patch.setattr(round_module, "record_answer", crash)
            with pytest.raises(KeyboardInterrupt):
                world.round(bst)
        assert all(state == "pending" for _, state in journal_rows(bst))
        # The centre has the batch whose answer was lost, and the next one, which was on the
        # wire while the branch recorded that answer (pushes overlap the journal's work).
        with central.engine.connect() as conn:
            kept = conn.execute(select(func.count()).select_from(t.applied_op)).scalar()
        assert kept == 2 * PUSH_BATCH < sent
        summary = world.round(bst)
        assert summary.pushed == {"duplicate": kept, "applied": sent}
        assert {state for _, state in journal_rows(bst)} == {"applied"}
        check_exactly_once(world)
    finally:
        world.close()


@pytest.fixture(scope="module", autouse=True)
def _print_figures() -> Iterator[None]:
    yield
    if FIGURES:
        print("\nFAULT-FIGURES-ALL " + json.dumps(FIGURES))
