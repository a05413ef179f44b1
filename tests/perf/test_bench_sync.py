"""`make bench`, sync: pushing a day's work to the central library, and a first pull (DESIGN §10).

The stage: the benchmark branch (50,000 copies, 5,000 readers, 500,000 past loans) with its
catalogue and readers seeded straight into a central database (tests/support/seed.py), so
that the centre knows the stock and the branch is in step with it; then 10,000 operations
made by the real desk services (lends, returns and the visits they count) wait in the journal.

Measured, each on a fresh copy of that branch and a fresh central database, on loopback,
with the centre as it is deployed: `branchdesk central serve` in a process of its own (in
the benchmark's process it would share the interpreter lock with the branch's client):
- the push of the 10,000 operations (from the round's start to its first pull request),
  against a SQLite central and, if one answers, a PostgreSQL one, RUNS times each (medians);
  the first of them as a whole round (push, then the pull that brings the centre's new
  state back);
- what goes on the wire, counted at the client: request bodies as sent (gzip) and response
  bodies as received (before decoding), headers apart; requests; TCP connections opened;
- beside them, in the same run, two floors (see `_db_floor` and `_wire_floor`);
- the same push through a proxy that simulates a rural line (200 ms round trip, 1 Mbit/s);
- the first pull of the whole catalogue and every reader into an empty branch.

For scale (DESIGN §10): PouchDB replicating 10,000 small documents took 3.2 s on loopback,
about 470 bytes per document and 410 requests, each on a new connection.
"""

from __future__ import annotations

import gc
import gzip
import json
import random
import shutil
import sqlite3
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, bindparam, func, select, update
from support.centrals import drop_schema, postgres_url, private_schema
from support.faultproxy import FaultProxy
from support.process_central import central_process
from support.seed import Seeded, read_stock, seed_central

from branchdesk.central import schema as t
from branchdesk.central.branches import add_branch
from branchdesk.central.serve import run_in_thread
from branchdesk.central.store import open_central
from branchdesk.domain.model import VisitKind
from branchdesk.services import activity, circulation
from branchdesk.services.context import BranchContext
from branchdesk.services.setup import init_branch
from branchdesk.services.sync import set_central
from branchdesk.store.db import Database
from branchdesk.store.settings import Key, write_value
from branchdesk.sync.client import CentralClient
from branchdesk.sync.round import Summary, sync_round

pytestmark = pytest.mark.perf
RESULTS = Path(__file__).resolve().parents[2] / "bench-results"

OPS = 10_000
RUNS = 3  # per central database; medians
RURAL_RTT_S = 0.2
RURAL_BPS = 1_000_000

BAR_PUSH_S = {"sqlite": 2.0, "postgresql": 4.0}
BAR_BYTES_PER_OP = 120
BAR_OPS_PER_REQUEST = 500
BAR_RURAL_S = 20.0
BAR_FIRST_PULL_S = 20.0

PUSH_PATH = "/api/v1/sync/push"
PULL_PATH = "/api/v1/sync/pull"


# --- the stage ---------------------------------------------------------------------------


def _copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite database that may have a WAL beside it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in target.parent.glob(target.name + "*"):
        stale.unlink()
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


class DeskClock:
    """A working day at the desk: each reading of the clock is a few seconds after the last,
    so that times on the wire differ as they do at a real desk (and compress as badly)."""

    def __init__(self, start: datetime, seed: int = 11) -> None:
        self.now = start
        self.rng = random.Random(seed)

    def __call__(self) -> datetime:
        self.now += timedelta(milliseconds=self.rng.randint(500, 4000))
        return self.now


@dataclass(frozen=True)
class Work:
    """A branch database with OPS operations waiting in its journal."""

    path: Path
    ops: int
    kinds: dict[str, int]
    seconds: float

    def sent_before(self) -> list[tuple[str, int]]:
        """Each PC's last operation taken as sent before the work (the generated history's,
        the other benchmarks' lends and returns when they ran first)."""
        with closing(sqlite3.connect(self.path)) as conn:
            return [
                (str(device), int(last))
                for device, last in conn.execute(
                    "SELECT device_id, max(device_seq) FROM journal WHERE state != 'pending' "
                    "GROUP BY device_id"
                )
            ]


def _make_work(source: Path, folder: Path) -> Work:
    """Lends to readers, two books each, then the returns of those books in another order:
    every operation made by the real services, as at the desk."""
    path = folder / "work.sqlite"
    _copy_sqlite(source, path)
    with closing(sqlite3.connect(path)) as conn:
        # Whatever earlier benchmarks left waiting is taken as sent: the branch is in step.
        conn.execute("UPDATE journal SET state = 'applied' WHERE state = 'pending'")
        conn.commit()
        readers = [
            r[0]
            for r in conn.execute(
                "SELECT card_number FROM reader r WHERE status = 'active' "
                "AND card_valid_until >= '2026-11-17' AND NOT EXISTS (SELECT 1 FROM loan l "
                "WHERE l.reader_id = r.id AND l.returned_at IS NULL) ORDER BY random()"
            )
        ]
        items = [
            r[0]
            for r in conn.execute(
                "SELECT barcode FROM item WHERE status = 'available' ORDER BY random()"
            )
        ]
    db = Database(path)
    ctx = BranchContext.load(db, clock=DeskClock(datetime(2026, 11, 17, 9, 0)))
    started = time.perf_counter()

    lent: list[str] = []
    stock = iter(items)
    refused = 0
    with closing(sqlite3.connect(path)) as watch:

        def pending() -> int:
            return int(
                watch.execute("SELECT count(*) FROM journal WHERE state = 'pending'").fetchone()[0]
            )

        for card in readers:
            # Room for a lend, its return and, for a reader's first lend, the visit.
            if pending() + len(lent) + 3 > OPS:
                break
            for _ in range(2):
                if pending() + len(lent) + 2 > OPS:
                    break
                barcode = next(stock)
                if circulation.lend(ctx, card, barcode, "bench").done:
                    lent.append(barcode)
                else:
                    refused += 1
        while pending() + len(lent) < OPS:  # exactly OPS: reading-room guests make up the rest
            activity.record_visit(ctx, None, "bench", VisitKind.READING_ROOM)
        random.Random(5).shuffle(lent)
        for barcode in lent:
            assert circulation.return_item(ctx, barcode, "bench").done, barcode
        kinds = dict(
            watch.execute(
                "SELECT kind, count(*) FROM journal WHERE state = 'pending' GROUP BY kind"
            ).fetchall()
        )
    seconds = time.perf_counter() - started
    db.dispose()
    assert refused < 50, f"{refused} lends refused"
    total = sum(kinds.values())
    assert total == OPS, kinds
    return Work(path, total, kinds, seconds)


@pytest.fixture(scope="module")
def work(branch, tmp_path_factory) -> Work:
    ctx, _ = branch
    return _make_work(ctx.db.path, tmp_path_factory.mktemp("sync-work"))


# --- central databases -------------------------------------------------------------------


@dataclass
class Stage:
    """A central database seeded with the branch's stock, and the branch's token there."""

    kind: str  # sqlite | postgresql
    url: str
    engine: Engine
    token: str
    seeded: Seeded
    cleanup: Callable[[], None] = lambda: None

    def close(self) -> None:
        self.engine.dispose()
        self.cleanup()


class Centrals:
    """Fresh seeded central databases on demand, from the branch's stock read once. SQLite:
    seeded once, then a copy of the file each time. PostgreSQL: a schema of its own, seeded
    each time."""

    def __init__(self, folder: Path, source: Path) -> None:
        self.folder = folder
        self.stock = read_stock(source)
        self.template: tuple[Path, str, Seeded] | None = None
        self.count = 0
        self.pg = postgres_url()

    def _seed(self, url: str) -> tuple[Engine, str, Seeded]:
        engine = open_central(url)
        seeded = seed_central(engine, self.stock)
        token = add_branch(engine, "BST", "Бестөбе кітапханасы")
        return engine, token, seeded

    def sqlite(self) -> Stage:
        if self.template is None:
            path = self.folder / "template" / "central.sqlite3"
            path.parent.mkdir(parents=True)
            engine, token, seeded = self._seed(f"sqlite:///{path}")
            engine.dispose()
            self.template = (path, token, seeded)
        path, token, seeded = self.template
        self.count += 1
        copy = self.folder / f"c{self.count}" / "central.sqlite3"
        _copy_sqlite(path, copy)
        url = f"sqlite:///{copy}"
        return Stage("sqlite", url, open_central(url), token, seeded)

    def postgresql(self) -> Stage:
        assert self.pg is not None
        url, schema = private_schema(self.pg)
        engine, token, seeded = self._seed(url)
        base = self.pg
        return Stage("postgresql", url, engine, token, seeded, lambda: drop_schema(base, schema))


# --- counting the wire -------------------------------------------------------------------


@dataclass
class Exchange:
    method: str
    path: str
    at: float
    up_head: int
    up_body: bytes
    response: httpx.Response | None = None
    answered: float | None = None  # when the answer's head arrived

    @property
    def down_body(self) -> int:
        # Bytes as they came off the socket, before the gzip decoding.
        return 0 if self.response is None else self.response.num_bytes_downloaded

    @property
    def down_head(self) -> int:
        if self.response is None:
            return 0
        lines = sum(len(k) + len(v) + 4 for k, v in self.response.headers.raw)
        return len(f"HTTP/1.1 {self.response.status_code} {self.response.reason_phrase}\r\n") + (
            lines + 2
        )


@dataclass(frozen=True)
class Wire:
    requests: int = 0
    up_body: int = 0
    down_body: int = 0
    up_head: int = 0
    down_head: int = 0

    @property
    def bodies(self) -> int:
        return self.up_body + self.down_body

    @property
    def heads(self) -> int:
        return self.up_head + self.down_head


class Meter:
    """What a CentralClient puts on the wire, counted in its httpx event hooks; TCP
    connections through httpcore's trace (a connect is a new connection)."""

    def __init__(self) -> None:
        self.exchanges: list[Exchange] = []
        self.connections = 0
        self._open: dict[int, Exchange] = {}

    def attach(self, client: CentralClient) -> CentralClient:
        client.http.event_hooks = {"request": [self._request], "response": [self._response]}
        return client

    def _request(self, request: httpx.Request) -> None:
        request.extensions["trace"] = self._trace
        line = f"{request.method} {request.url.raw_path.decode()} HTTP/1.1\r\n"
        head = len(line) + sum(len(k) + len(v) + 4 for k, v in request.headers.raw) + 2
        found = Exchange(request.method, request.url.path, time.perf_counter(), head, b"")
        found.up_body = request.content
        self.exchanges.append(found)
        self._open[id(request)] = found

    def _response(self, response: httpx.Response) -> None:
        found = self._open.pop(id(response.request))
        found.response = response
        found.answered = time.perf_counter()

    def _trace(self, name: str, _info: dict[str, Any]) -> None:
        if name == "connection.connect_tcp.complete":
            self.connections += 1

    def wire(self, path: str) -> Wire:
        found = [e for e in self.exchanges if e.path == path]
        return Wire(
            requests=len(found),
            up_body=sum(len(e.up_body) for e in found),
            down_body=sum(e.down_body for e in found),
            up_head=sum(e.up_head for e in found),
            down_head=sum(e.down_head for e in found),
        )

    def waited(self, path: str) -> float:
        """Seconds from sending each request to its answer's head: the server's time and
        the wire's, as the client saw them."""
        return sum((e.answered or e.at) - e.at for e in self.exchanges if e.path == path)

    def first(self, path: str) -> float | None:
        return next((e.at for e in self.exchanges if e.path == path), None)

    def bodies(self, path: str) -> list[bytes]:
        return [e.up_body for e in self.exchanges if e.path == path]


# --- a round against a central -----------------------------------------------------------


@dataclass
class Round:
    kind: str
    push_s: float
    round_s: float
    summary: Summary
    meter: Meter
    push: Wire
    pull: Wire
    proxy: dict[str, Any] = field(default_factory=dict)
    floor_db_s: float | None = None
    floor_wire_s: float | None = None


def _branch_copy(work: Work, folder: Path, url: str, token: str, seeded: Seeded) -> Database:
    path = folder / "branch.sqlite"
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(work.path, path)
    db = Database(path)
    set_central(db, url, token)
    with db.write_sql() as conn:
        # The branch had pulled its stock before: its cursor is at the seed's last change.
        write_value(conn, Key.PULL_CURSOR, seeded.cursor)
        write_value(conn, Key.PULL_CHECK, seeded.check)
    return db


class PushOnlyClient(CentralClient):
    """Pushes, and answers its own pulls with nothing: a round that is its push alone."""

    def pull(self, cursor: int, limit: int, check: str | None = None) -> dict[str, Any]:
        return {"changes": [], "cursor": cursor, "more": False}


def _timed_round(db: Database, url: str, token: str, kind: str, push_only: bool = False) -> Round:
    meter = Meter()
    make = PushOnlyClient if push_only else CentralClient
    with meter.attach(make(url, token)) as client:
        started = time.perf_counter()
        summary = sync_round(db, client)
        ended = time.perf_counter()
    # The push ends where the first pull starts.
    pull_at = meter.first(PULL_PATH) or ended
    return Round(
        kind=kind,
        push_s=pull_at - started,
        round_s=ended - started,
        summary=summary,
        meter=meter,
        push=meter.wire(PUSH_PATH),
        pull=meter.wire(PULL_PATH),
    )


def _count(engine: Engine, table: Any) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _push_run(
    stage: Stage, work: Work, folder: Path, *, proxied: bool = False, pull: bool = True
) -> Round:
    """A round of the waiting work against a fresh central; `pull`: with the pull that
    brings the centre's new state back (else the push alone, which is what the bar is on)."""
    with central_process(stage.url) as address:
        return _push_through(stage, work, folder, address, proxied=proxied, pull=pull)


def _push_through(
    stage: Stage, work: Work, folder: Path, address: str, *, proxied: bool, pull: bool
) -> Round:
    sent = [{"device_id": d, "branch": "BST", "last_seq": last} for d, last in work.sent_before()]
    if sent:
        # The centre has what the branch took as sent (else it would ask for it again: a
        # gap, DESIGN §5), as with a branch in step with it.
        with stage.engine.begin() as conn:
            conn.execute(t.device.insert(), sent)
    proxy = FaultProxy(address, latency_s=RURAL_RTT_S, bandwidth_bps=RURAL_BPS)
    try:
        url = proxy.url if proxied else address
        db = _branch_copy(work, folder, url, stage.token, stage.seeded)
        try:
            found = _timed_round(db, url, stage.token, stage.kind, push_only=not pull)
        finally:
            db.dispose()
        if proxied:
            found.proxy = {
                "connections": proxy.stats.connections,
                "requests": proxy.stats.requests,
                "bytes_up": proxy.stats.bytes_up,
                "bytes_down": proxy.stats.bytes_down,
            }
    finally:
        proxy.close()
    assert found.summary.pushed == {"applied": work.ops}, found.summary.pushed
    assert found.summary.pending == 0
    assert _count(stage.engine, t.applied_op) == work.ops
    return found


# --- the floors ----------------------------------------------------------------------------


def _db_floor(stage: Stage, batches: int) -> float:
    """The database's share alone: what the push wrote, written again under new keys with
    executemany, in as many durable transactions as the push made requests, each numbering
    its feed rows from the counter: operations processed, loans opened and closed, visits,
    copies' status, feed rows. No HTTP, no JSON, no reads, no domain rules. (A loan is opened
    and closed in the same transaction here, where the push did it in two: a little cheaper.)"""
    engine = stage.engine
    with engine.connect() as conn:
        ops = [dict(r) for r in conn.execute(select(t.applied_op)).mappings()]
        loans = [dict(r) for r in conn.execute(select(t.loan)).mappings()]
        visits = [dict(r) for r in conn.execute(select(t.visit)).mappings()]
        changes = [
            dict(r)
            for r in conn.execute(
                select(t.change).where(t.change.c.seq > stage.seeded.cursor)
            ).mappings()
        ]
        touched = [c["uuid"] for c in changes if c["entity"] == "item"]
        items = {
            r["uuid"]: dict(r)
            for r in conn.execute(select(t.item).where(t.item.c.uuid.in_(set(touched)))).mappings()
        }
    device = str(uuid.uuid4())
    for row in ops:
        row.update(op_id=str(uuid.uuid4()), device_id=device)
    for row in visits:
        row["uuid"] = str(uuid.uuid4())
    closed = ("returned_at", "returned_branch", "returned_by")
    opened, closes = [], []
    for row in loans:
        new = str(uuid.uuid4())
        opened.append({**row, "uuid": new, **dict.fromkeys(closed)})
        if row["returned_at"] is not None:
            closes.append({"k_uuid": new, **{c: row[c] for c in closed}})
    statuses = [
        {"k_uuid": u, "status": items[u]["status"], "updated_at": items[u]["updated_at"]}
        for u in touched
    ]
    by_key = t.loan.c.uuid == bindparam("k_uuid")
    item_by_key = t.item.c.uuid == bindparam("k_uuid")

    def part(rows: list[dict[str, Any]], n: int) -> list[dict[str, Any]]:
        size = -(-len(rows) // batches)
        return rows[n * size : (n + 1) * size]

    started = time.perf_counter()
    for n in range(batches):
        with engine.begin() as conn:
            for statement, rows in (
                (t.loan.insert(), part(opened, n)),
                (t.loan.update().where(by_key), part(closes, n)),
                (t.item.update().where(item_by_key), part(statuses, n)),
                (t.visit.insert(), part(visits, n)),
            ):
                if rows:
                    conn.execute(statement, rows)
            feed = part(changes, n)
            last = conn.execute(
                update(t.counter)
                .where(t.counter.c.name == "change_seq")
                .values(value=t.counter.c.value + len(feed))
                .returning(t.counter.c.value)
            ).scalar_one()
            conn.execute(
                t.change.insert(),
                [{**c, "seq": last - len(feed) + 1 + i} for i, c in enumerate(feed)],
            )
            conn.execute(t.applied_op.insert(), part(ops, n))
    return time.perf_counter() - started


async def _bare_endpoint(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """The least any JSON endpoint does with a push: take the body, gunzip and parse it,
    answer in a few bytes."""
    assert scope["type"] == "http"
    body, more = b"", True
    while more:
        message = await receive()
        body += message.get("body", b"")
        more = message.get("more_body", False)
    ops = json.loads(gzip.decompress(body))["ops"] if body else []
    answer = json.dumps({"n": len(ops)}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(answer))]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": answer})


@contextmanager
def _bare_server() -> Iterator[str]:
    running = run_in_thread(_bare_endpoint)
    try:
        yield running.url
    finally:
        running.stop()


def _wire_floor(bodies: list[bytes]) -> float:
    """HTTP's share alone: the same gzip bodies POSTed on one kept-alive connection to a
    bare endpoint under the same server (uvicorn) in this process."""
    with _bare_server() as url, httpx.Client(base_url=url) as http:
        http.post("/warm", content=b"")
        started = time.perf_counter()
        for body in bodies:
            response = http.post(
                PUSH_PATH,
                content=body,
                headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
            )
            assert response.status_code == 200
        return time.perf_counter() - started


# --- first pull ----------------------------------------------------------------------------


@dataclass
class FirstPull:
    seconds: float
    summary: Summary
    wire: Wire
    connections: int
    counts: dict[str, int]
    matching: dict[str, int]  # rows equal to the source branch's, references resolved


def _first_pull(stage: Stage, folder: Path, template: Path, source: Path) -> FirstPull:
    """A branch PC set up anew (a new disk, say) pulls its whole catalogue and every reader."""
    with central_process(stage.url) as address:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "branch.sqlite"
        shutil.copyfile(template, path)
        db = init_branch(path, "BST", "Бестөбе кітапханасы")
        try:
            set_central(db, address, stage.token)
            meter = Meter()
            with meter.attach(CentralClient(address, stage.token)) as client:
                started = time.perf_counter()
                summary = sync_round(db, client)
                seconds = time.perf_counter() - started
        finally:
            db.dispose()
    with closing(sqlite3.connect(f"file:{path}", uri=True)) as conn:
        counts = {
            name: int(conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0])
            for name in ("record", "item", "reader", "reregistration", "record_fts_docsize")
        }
        conn.execute("ATTACH DATABASE ? AS src", (f"file:{source}?mode=ro",))
        # Moments compared as moments, not as their text (a "11:00:00" written by hand, say,
        # is the same moment as the "11:00:00.000000" a pulled row holds).
        matching = {
            "item": conn.execute(
                "SELECT count(*) FROM item i JOIN record r ON r.id = i.record_id "
                "JOIN src.item si ON si.uuid = i.uuid JOIN src.record sr ON sr.id = si.record_id "
                "WHERE sr.uuid = r.uuid AND si.barcode = i.barcode AND si.status = i.status "
                "AND julianday(si.updated_at) = julianday(i.updated_at)"
            ).fetchone()[0],
            "record": conn.execute(
                "SELECT count(*) FROM record x JOIN src.record s ON s.uuid = x.uuid "
                "WHERE s.title = x.title AND s.search_text = x.search_text"
            ).fetchone()[0],
            "reader": conn.execute(
                "SELECT count(*) FROM reader x JOIN src.reader s ON s.uuid = x.uuid "
                "WHERE s.card_number = x.card_number AND s.search_text = x.search_text "
                "AND julianday(s.updated_at) = julianday(x.updated_at)"
            ).fetchone()[0],
        }
    wire = meter.wire(PULL_PATH)
    return FirstPull(seconds, summary, wire, meter.connections, counts, matching)


# --- the benchmark -------------------------------------------------------------------------


def _median(values: list[float]) -> float:
    return statistics.median(values)


@pytest.fixture
def frozen_heap() -> Iterator[None]:
    """The collector leaves alone what this process held before the benchmark (pytest, Qt,
    the generated branch: some 170,000 objects a desk's sync worker does not carry), as it
    would otherwise walk them all on each full collection."""
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


@pytest.mark.usefixtures("frozen_heap")
def test_bench_sync(work: Work, branch, tmp_path, migrated_template):
    ctx, _ = branch
    centrals = Centrals(tmp_path / "centrals", ctx.db.path)
    runs: dict[str, list[Round]] = {"sqlite": [], "postgresql": []}
    pg_note = ""
    if centrals.pg is None:
        pg_note = "PostgreSQL skipped: no server answers (set DATABASE_URL; .ci/run starts one)"

    # SQLite and PostgreSQL runs interleaved, so that both see the same machine weather.
    for n in range(RUNS):
        for kind in ("sqlite", "postgresql"):
            if kind == "postgresql" and centrals.pg is None:
                continue
            stage = centrals.sqlite() if kind == "sqlite" else centrals.postgresql()
            try:
                # The whole round once; the push alone after that (time: the pull back takes
                # as long again, and its figure is the first pull's matter).
                found = _push_run(stage, work, tmp_path / f"{kind}-{n}", pull=n == 0)
                found.floor_db_s = _db_floor(stage, found.push.requests)
            finally:
                stage.close()
            found.floor_wire_s = _wire_floor(found.meter.bodies(PUSH_PATH))
            runs[kind].append(found)

    stage = centrals.sqlite()
    try:
        rural = _push_run(stage, work, tmp_path / "rural", proxied=True, pull=False)
    finally:
        stage.close()

    stage = centrals.sqlite()
    try:
        pulled = _first_pull(stage, tmp_path / "first-pull", migrated_template, ctx.db.path)
    finally:
        stage.close()
    assert centrals.template is not None
    seeded = centrals.template[2]

    # --- the table ---------------------------------------------------------------------
    rows: list[tuple[str, str, str, str]] = []  # name, median, runs, bar

    def row(name: str, values: list[float], fmt: str, bar: str = "") -> None:
        shown = " ".join(format(v, fmt) for v in values)
        rows.append((name, format(_median(values), fmt), shown, bar))

    report: dict[str, Any] = {
        "ops": work.ops,
        "kinds": work.kinds,
        "made_in_seconds": round(work.seconds, 1),
        "seed": {
            "records": seeded.records,
            "items": seeded.items,
            "readers": seeded.readers,
            "changes": seeded.changes,
            "read_seconds": round(centrals.stock.seconds, 2),
            "insert_seconds": round(seeded.seconds, 2),
        },
        "runs": RUNS,
        "date": date.today().isoformat(),
    }
    for kind, found in runs.items():
        if not found:
            continue
        label = "SQLite" if kind == "sqlite" else "PostgreSQL"
        push = [r.push_s for r in found]
        floor_db = [r.floor_db_s or 0.0 for r in found]
        floor_wire = [r.floor_wire_s or 0.0 for r in found]
        first = found[0]
        row(f"push {work.ops} ops, {label} central (s)", push, ".2f", f"≤ {BAR_PUSH_S[kind]:g}")
        row("  floor: same writes, executemany (s)", floor_db, ".2f")
        row("  floor: same bodies, bare endpoint (s)", floor_wire, ".2f")
        row(
            "  push / (sum of floors)",
            [p / (d + w) for p, d, w in zip(push, floor_db, floor_wire, strict=True)],
            ".1f",
        )
        row("  of which waiting for answers (s)", [r.meter.waited(PUSH_PATH) for r in found], ".2f")
        row("  round: push + pull back (s)", [first.round_s], ".2f")
        per_op = [r.push.bodies / work.ops for r in found]
        row("  bytes per op on the wire (bodies)", per_op, ".1f", f"≤ {BAR_BYTES_PER_OP}")
        row("    up (gzip JSON)", [r.push.up_body / work.ops for r in found], ".1f")
        row("    down (answers)", [r.push.down_body / work.ops for r in found], ".1f")
        row("  header bytes per op", [r.push.heads / work.ops for r in found], ".2f")
        row(
            "  push requests",
            [float(r.push.requests) for r in found],
            ".0f",
            f"≤ {work.ops // BAR_OPS_PER_REQUEST}",
        )
        row(
            "  TCP connections per round",
            [float(r.meter.connections) for r in found],
            ".0f",
            "1",
        )
        report[kind] = {
            "push_s": [round(v, 3) for v in push],
            "push_median_s": round(_median(push), 3),
            "waiting_for_answers_s": [round(r.meter.waited(PUSH_PATH), 3) for r in found],
            "round_s": round(first.round_s, 3),
            "floor_db_s": [round(v, 3) for v in floor_db],
            "floor_wire_s": [round(v, 3) for v in floor_wire],
            "bytes_per_op": round(_median(per_op), 1),
            "up_body_bytes": first.push.up_body,
            "down_body_bytes": first.push.down_body,
            "header_bytes": first.push.heads,
            "push_requests": first.push.requests,
            "pull_requests": first.pull.requests,
            "pull_body_bytes": first.pull.bodies,
            "connections": [r.meter.connections for r in found],
            "pulled_back": first.summary.pulled,
            "bar_s": BAR_PUSH_S[kind],
        }
    row(
        f"rural push ({RURAL_RTT_S * 1000:.0f} ms RTT, {RURAL_BPS / 1e6:g} Mbit/s) (s)",
        [rural.push_s],
        ".2f",
        f"≤ {BAR_RURAL_S:g}",
    )
    row("  connections at the proxy", [float(rural.proxy["connections"])], ".0f", "1")
    row(
        f"first pull: {pulled.counts['item']} items, {pulled.counts['reader']} readers (s)",
        [pulled.seconds],
        ".2f",
        f"≤ {BAR_FIRST_PULL_S:g}",
    )
    row("  pull requests", [float(pulled.wire.requests)], ".0f")
    row("  pull bytes (bodies) per change", [pulled.wire.bodies / seeded.changes], ".1f")
    report["rural"] = {
        "push_s": round(rural.push_s, 3),
        "proxy": rural.proxy,
        "push_requests": rural.push.requests,
        "bytes_per_op": round(rural.push.bodies / work.ops, 1),
        "bar_s": BAR_RURAL_S,
    }
    report["first_pull"] = {
        "seconds": round(pulled.seconds, 3),
        "counts": pulled.counts,
        "matching_source": pulled.matching,
        "pulled": pulled.summary.pulled,
        "requests": pulled.wire.requests,
        "body_bytes": pulled.wire.bodies,
        "header_bytes": pulled.wire.heads,
        "connections": pulled.connections,
        "bar_s": BAR_FIRST_PULL_S,
    }
    report["postgresql_note"] = pg_note
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "bench-sync.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))

    print()
    print(
        f"sync: {work.ops} waiting operations {work.kinds} (made by the services in "
        f"{work.seconds:.0f} s); central seeded with {seeded.records} records, {seeded.items} "
        f"items, {seeded.readers} readers, {seeded.changes} feed rows (read in "
        f"{centrals.stock.seconds:.1f} s, written in {seeded.seconds:.1f} s)"
    )
    if pg_note:
        print(pg_note)
    print(f"{'benchmark':58} {'median':>8}  {'runs':24} bar")
    for name, median, shown, bar in rows:
        print(f"{name:58} {median:>8}  {shown:24} {bar}")
    print(
        "for scale: PouchDB, 10,000 small documents on loopback: 3.2 s, ~470 bytes each, "
        "410 requests, each on a new connection"
    )
    print(json.dumps(report, ensure_ascii=False))

    # --- the bars ----------------------------------------------------------------------
    for kind, found in runs.items():
        if not found:
            continue
        assert _median([r.push_s for r in found]) <= BAR_PUSH_S[kind], kind
        for r in found:
            assert r.push.bodies / work.ops <= BAR_BYTES_PER_OP, (kind, r.push)
            assert r.push.requests <= work.ops // BAR_OPS_PER_REQUEST, (kind, r.push)
            assert r.meter.connections == 1, (kind, r.meter.connections)
    assert rural.push_s <= BAR_RURAL_S
    assert rural.proxy["connections"] == 1
    assert pulled.seconds <= BAR_FIRST_PULL_S
    assert pulled.counts["item"] == seeded.items
    assert pulled.counts["reader"] == seeded.readers
    assert pulled.counts["record"] == seeded.records
    assert pulled.counts["record_fts_docsize"] == seeded.records  # searchable
    assert pulled.matching == {
        "item": seeded.items,
        "record": seeded.records,
        "reader": seeded.readers,
    }
    assert pulled.summary.pulled.get("item") == seeded.items
    assert pulled.summary.pulled.get("reader") == seeded.readers
