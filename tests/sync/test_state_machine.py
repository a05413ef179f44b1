"""Two branches and their centre as a Hypothesis state machine (anchors §3.8, last part).

BST and SHT lend, take back and edit readers in any order, sync through the fault proxy
whenever they like, while connections are cut, requests delivered twice and the centre
restarted. After every step: no copy has two open loans at the centre unless a double_loan
conflict names them, and no operation is there twice. At the end, with the line clean:
sync BST, SHT, BST, and nothing is pending anywhere and each branch sees the centre's loans.

The copies: BST's X1 and X2 and SHT's Y1 each travelled once to the other branch with a loan
to one of its readers and came back, so both branches hold all three and can both lend
them; readers are everyone's. That setup is made once and copied for each example.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from collections import Counter
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import func, select, text
from support.centrals import Central, join_branch, make_central
from support.faultproxy import Fault, FaultProxy

from branchdesk.central import schema as t
from branchdesk.domain.readers import ReaderInput
from branchdesk.services.catalogue import ItemInput, RecordInput, add_record_with_item
from branchdesk.services.circulation import lend, return_item
from branchdesk.services.context import BranchContext
from branchdesk.services.readers import load_reader, register_reader, update_reader
from branchdesk.services.results import Override
from branchdesk.services.sync import client_for, set_central
from branchdesk.store.db import Database
from branchdesk.store.migrate import open_database
from branchdesk.store.settings import Key, get_setting
from branchdesk.sync.client import CentralClient, SyncError
from branchdesk.sync.inbox import local_moment
from branchdesk.sync.round import sync_round

BRANCHES = ("BST", "SHT")
COPIES = ("40000001", "40000002", "50000001")
READERS = ("BST-000001", "BST-000002", "SHT-000001", "SHT-000002")
FIELDS = {"phone": ("+77010000001", "+77020000002"), "notes": ("бір", "екі"), "street": ("А", "Б")}
START = datetime(2026, 11, 17, 10, 30)
PAST = Override(reason="тест")
PUSH_BATCH, PULL_PAGE = 5, 10
RESTARTS = 1  # per example: each costs a quarter of a second
# What the examples did, over the whole run (printed at the end, for the report).
TOTALS: Counter[str] = Counter()


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)  # every scan a moment after the one before
        return self.now


def _done(result: Any) -> None:
    assert result.status.value == "done", result


def _build_template(folder: Path, branch_template: Path) -> None:
    """The centre and both branches after the copies went round (see the module's doc)."""
    central = make_central(f"sqlite:///{folder / 'central.sqlite3'}")
    central.start()
    clock = Clock(START)
    ctx: dict[str, BranchContext] = {}
    for code in BRANCHES:
        joined = join_branch(central, folder / code, code, branch_template)
        ctx[code] = BranchContext.load(joined.db, clock=clock)
    bst, sht = ctx["BST"], ctx["SHT"]

    def sync(*codes: str) -> None:
        for code in codes:
            with client_for(ctx[code].db) as client:
                assert sync_round(ctx[code].db, client).pending == 0

    for home in (bst, sht):
        for surname in ("Бірінші", "Екінші"):
            register_reader(
                home,
                ReaderInput(surname=surname, name=home.branch, birth_date=date(1990, 5, 17)),
                "admin",
                confirm_duplicate=True,
            )
    for home, barcode in ((bst, "40000001"), (bst, "40000002"), (sht, "50000001")):
        add_record_with_item(home, RecordInput(title=f"Кітап {barcode}"), ItemInput(barcode), "a")
    sync("BST", "SHT", "BST")
    _done(lend(bst, "SHT-000001", "40000001", "admin"))
    _done(lend(bst, "SHT-000002", "40000002", "admin"))
    _done(lend(sht, "BST-000001", "50000001", "admin"))
    sync("BST", "SHT", "BST")
    for home, barcode in ((bst, "40000001"), (bst, "40000002"), (sht, "50000001")):
        _done(return_item(home, barcode, "admin"))
    sync("BST", "SHT", "BST")
    for code in BRANCHES:
        with sqlite3.connect(ctx[code].db.path) as conn:
            found = conn.execute("SELECT barcode, status FROM item ORDER BY barcode").fetchall()
        assert found == [(c, "available") for c in COPIES], code
        ctx[code].db.dispose()
    central.close()


@pytest.fixture(scope="module")
def machine_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    folder = tmp_path_factory.mktemp("machine")
    _build_template(folder, migrated_template)
    return folder


def _copy_database(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        if Path(f"{source}{suffix}").exists():
            shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")


class TwoBranches(RuleBasedStateMachine):
    """One example: the template's centre and branches, fresh; the server and the proxy
    stay up from example to example (starting a server costs more than an example's steps)."""

    template: Path
    central: Central  # on the file `central_file`, put back from the template each example
    central_file: Path
    proxy: FaultProxy

    def __init__(self) -> None:
        super().__init__()
        self.central.engine.dispose()  # nothing is open on the file while it is replaced
        for suffix in ("-wal", "-shm"):
            Path(f"{self.central_file}{suffix}").unlink(missing_ok=True)
        _copy_database(self.template / "central.sqlite3", self.central_file)
        self.proxy.clear_faults()
        self.proxy.faults.clear()
        self.folder = Path(tempfile.mkdtemp(prefix="machine-"))
        for name in ("BST/branch.sqlite", "SHT/branch.sqlite"):
            _copy_database(self.template / name, self.folder / name)
        self.clock = Clock(START + timedelta(days=1))
        self.restarts = 0
        self.ctx: dict[str, BranchContext] = {}
        self.clients: dict[str, CentralClient] = {}
        for code in BRANCHES:
            db = open_database(self.folder / code / "branch.sqlite")
            with db.read() as session:
                token = get_setting(session, Key.CENTRAL_TOKEN)
            set_central(db, self.proxy.url, token)
            self.ctx[code] = BranchContext.load(db, clock=self.clock)

    # --- the desks ----------------------------------------------------------------------

    @rule(
        branch=st.sampled_from(BRANCHES),
        copy=st.sampled_from(COPIES),
        reader=st.sampled_from(READERS),
    )
    def lend(self, branch: str, copy: str, reader: str) -> None:
        # Past every confirmation a librarian may give (another branch's copy, a copy this
        # desk thinks is still out): the book is in the librarian's hand.
        lend(self.ctx[branch], reader, copy, "admin", PAST)

    @rule(branch=st.sampled_from(BRANCHES), copy=st.sampled_from(COPIES))
    def take_back(self, branch: str, copy: str) -> None:
        return_item(self.ctx[branch], copy, "admin")

    @rule(
        branch=st.sampled_from(BRANCHES),
        reader=st.sampled_from(READERS),
        field=st.sampled_from(sorted(FIELDS)),
        which=st.integers(0, 1),
    )
    def edit_reader(self, branch: str, reader: str, field: str, which: int) -> None:
        ctx = self.ctx[branch]
        with ctx.db.read() as session:
            row = load_reader(session, reader)
            current = ReaderInput(
                **{name: getattr(row, name) for name in ReaderInput.__dataclass_fields__}
            )
        value = FIELDS[field][which]
        update_reader(ctx, reader, replace(current, **{field: value}), "admin")

    # --- the line and the centre ------------------------------------------------------

    def _round(self, branch: str) -> None:
        ctx = self.ctx[branch]
        client = self.clients.get(branch)
        if client is None:
            client = self.clients[branch] = client_for(ctx.db)
        sync_round(ctx.db, client, push_batch=PUSH_BATCH, pull_page=PULL_PAGE)

    @rule(branch=st.sampled_from(BRANCHES))
    def sync(self, branch: str) -> None:
        failed = None
        try:
            self._round(branch)
        except SyncError as exc:
            failed = exc.kind
        TOTALS["rounds"] += 1
        if failed is not None:
            TOTALS["rounds_failed"] += 1
            # Only a fault this machine injected may fail a round, and only as a retry.
            assert self.proxy.faults
            assert failed in ("offline", "server")

    @rule()
    def sync_both(self) -> None:
        """Both branches, one after the other: how offline work meets at the centre."""
        self.sync("BST")
        self.sync("SHT")

    @rule(kind=st.sampled_from([Fault.CUT_BODY, Fault.DROP_RESPONSE, Fault.DROP_REQUEST]))
    def cut_connection(self, kind: Fault) -> None:
        self.proxy.queue_fault(kind)

    @rule(kind=st.sampled_from([Fault.DUPLICATE, Fault.DUPLICATE_CONCURRENT]))
    def duplicate_next(self, kind: Fault) -> None:
        self.proxy.queue_fault(kind)

    @precondition(lambda self: self.restarts < RESTARTS)
    @rule()
    def restart_server(self) -> None:
        self.central.restart()
        self.restarts += 1

    # --- what must always hold --------------------------------------------------------

    @invariant()
    def open_loans_are_one_per_copy_or_in_conflict(self) -> None:
        with self.central.engine.connect() as conn:
            open_loans = conn.execute(
                select(t.loan.c.item_uuid, t.loan.c.uuid).where(t.loan.c.returned_at.is_(None))
            ).all()
            named = conn.execute(
                select(t.conflict.c.item_uuid, t.conflict.c.loans).where(
                    t.conflict.c.kind == "double_loan"
                )
            ).all()
        by_item: dict[str, set[str]] = {}
        for item, loan in open_loans:
            by_item.setdefault(item, set()).add(loan)
        in_conflict: dict[str, set[str]] = {}
        for item, loans in named:
            in_conflict.setdefault(item, set()).update(json.loads(loans))
        for item, loans in by_item.items():
            if len(loans) > 1:
                assert loans <= in_conflict.get(item, set()), (item, loans)

    @invariant()
    def no_operation_is_applied_twice(self) -> None:
        with self.central.engine.connect() as conn:
            doubled = conn.execute(
                text(
                    "SELECT (SELECT count(*) - count(DISTINCT op_id) FROM applied_op), "
                    '(SELECT count(*) FROM (SELECT 1 FROM "change" WHERE origin_op IS NOT NULL '
                    "GROUP BY origin_op, entity, uuid, audience HAVING count(*) > 1) d)"
                )
            ).one()
        assert tuple(doubled) == (0, 0)

    # --- the end --------------------------------------------------------------------

    def teardown(self) -> None:
        try:
            self.proxy.clear_faults()
            for code in ("BST", "SHT", "BST"):
                self._round(code)
            self.open_loans_are_one_per_copy_or_in_conflict()
            self.no_operation_is_applied_twice()
            self._check_converged()
            self._count()
        finally:
            for client in self.clients.values():
                client.close()
            for ctx in self.ctx.values():
                ctx.db.dispose()
            shutil.rmtree(self.folder, ignore_errors=True)

    def _count(self) -> None:
        TOTALS["examples"] += 1
        TOTALS["restarts"] += self.restarts
        TOTALS.update({f"fault_{kind}": n for kind, n in self.proxy.faults.items()})
        with self.central.engine.connect() as conn:
            TOTALS["operations"] += conn.execute(
                select(func.count()).select_from(t.applied_op)
            ).scalar_one()
            for kind, n in conn.execute(
                select(t.conflict.c.kind, func.count()).group_by(t.conflict.c.kind)
            ):
                TOTALS[f"conflict_{kind}"] += n

    def _check_converged(self) -> None:
        journals: dict[str, str] = {}
        for ctx in self.ctx.values():
            with sqlite3.connect(ctx.db.path) as conn:
                journals.update(conn.execute("SELECT op_id, state FROM journal").fetchall())
        assert [op for op, state in journals.items() if state == "pending"] == []
        with self.central.engine.connect() as conn:
            applied = dict(conn.execute(select(t.applied_op.c.op_id, t.applied_op.c.state)).all())
        # Every operation is at the centre, and each branch knows what the centre made of it.
        assert applied == journals
        for code, ctx in self.ctx.items():
            assert _branch_loans(ctx.db) == _central_loans(self.central, code), code
        readers = [_branch_readers(ctx.db) for ctx in self.ctx.values()]
        assert readers[0] == readers[1] == _central_readers(self.central)


def _branch_loans(db: Database) -> set[tuple[Any, ...]]:
    """Every loan the branch has."""
    with sqlite3.connect(db.path) as conn:
        return set(
            conn.execute(
                "SELECT l.uuid, i.barcode, r.card_number, l.branch, l.lent_at, l.returned_at, "
                "l.returned_branch FROM loan l JOIN item i ON i.id = l.item_id "
                "JOIN reader r ON r.id = l.reader_id"
            ).fetchall()
        )


def _central_loans(central: Central, branch: str) -> set[tuple[Any, ...]]:
    """The centre's loans that concern `branch`: of its copies (the view the design asks
    for), and also lent or taken back there, to its readers, or named by a conflict that
    concerns it (what the feed promises)."""
    loan, item, reader = t.loan, t.item, t.reader
    with central.engine.connect() as conn:
        named: set[str] = set()
        for branches, loans in conn.execute(select(t.conflict.c.branches, t.conflict.c.loans)):
            if branch in branches.split():
                named.update(json.loads(loans))
        rows = conn.execute(
            select(
                loan.c.uuid,
                item.c.barcode,
                reader.c.card_number,
                loan.c.branch,
                loan.c.lent_at,
                loan.c.returned_at,
                loan.c.returned_branch,
            )
            .join(item, item.c.uuid == loan.c.item_uuid)
            .join(reader, reader.c.uuid == loan.c.reader_uuid)
            .where(
                (item.c.home_branch == branch)
                | (reader.c.home_branch == branch)
                | (loan.c.branch == branch)
                | (loan.c.returned_branch == branch)
                | loan.c.uuid.in_(named)
            )
        ).all()

    def moment(value: datetime | None) -> str | None:
        return None if value is None else local_moment(value.isoformat() + "+00:00")

    return {(r[0], r[1], r[2], r[3], moment(r[4]), moment(r[5]), r[6]) for r in rows}


_READER_COLUMNS = ("card_number", "status", *sorted(FIELDS))


def _branch_readers(db: Database) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db.path) as conn:
        return conn.execute(
            f"SELECT {', '.join(_READER_COLUMNS)} FROM reader ORDER BY card_number"
        ).fetchall()


def _central_readers(central: Central) -> list[tuple[Any, ...]]:
    with central.engine.connect() as conn:
        rows = conn.execute(
            select(*(t.reader.c[name] for name in _READER_COLUMNS)).order_by(t.reader.c.card_number)
        ).all()
    return [tuple(row) for row in rows]


def test_two_branches_under_faults_agree_with_the_centre(
    machine_template: Path, tmp_path: Path
) -> None:
    central_file = tmp_path / "central.sqlite3"
    _copy_database(machine_template / "central.sqlite3", central_file)
    central = make_central(f"sqlite:///{central_file}")
    central.start()
    proxy = FaultProxy(central.address)
    TwoBranches.template, TwoBranches.central_file = machine_template, central_file
    TwoBranches.central, TwoBranches.proxy = central, proxy
    try:
        run_state_machine_as_test(
            TwoBranches,
            settings=settings(
                max_examples=25,
                stateful_step_count=20,
                deadline=None,
                suppress_health_check=[HealthCheck.too_slow],
                derandomize=True,
            ),
        )
    finally:
        proxy.close()
        central.close()
    print(f"\nMACHINE-FIGURES {json.dumps(dict(sorted(TOTALS.items())))}")
    assert TOTALS["conflict_double_loan"] > 0  # the examples did reach the interesting case
