"""`make bench`: the desk's speed against its bars, each beside a floor measured in the same run.

Prints a table and writes bench-results/bench.json. Machines here are noisy: medians and
ratios to the raw-sqlite3 floor are what to compare between runs.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
from datetime import date, datetime
from pathlib import Path
from uuid import uuid4

import pytest
from bench_branch import TODAY, Figures, timed_ms

from branchdesk.services import circulation
from branchdesk.store import queries
from branchdesk.store.db import db_datetime

pytestmark = pytest.mark.perf
RESULTS = Path(__file__).resolve().parents[2] / "bench-results"
ROUNDS = 400


def _pick(ctx, n: int, seed: int = 7):
    """Available copies and active readers with room for a loan, chosen at random."""
    with sqlite3.connect(ctx.db.path) as conn:
        items = [
            r[0]
            for r in conn.execute(
                "SELECT barcode FROM item WHERE status='available' ORDER BY random() LIMIT ?", (n,)
            )
        ]
        readers = [
            r[0]
            for r in conn.execute(
                "SELECT r.card_number FROM reader r WHERE r.status='active' "
                "AND r.card_valid_until >= ? AND (SELECT count(*) FROM loan l "
                "WHERE l.reader_id=r.id AND l.returned_at IS NULL) < 3 "
                "ORDER BY random() LIMIT 200",
                (TODAY.isoformat(),),
            )
        ]
        heavy = conn.execute(
            "SELECT r.card_number, count(*) c FROM loan l JOIN reader r ON r.id=l.reader_id "
            "GROUP BY r.id ORDER BY c DESC LIMIT 1"
        ).fetchone()
    random.Random(seed).shuffle(items)
    return items, readers, heavy


def _raw_floor(path: Path, card: str, barcodes: list[str]) -> tuple[list[float], list[float]]:
    """The same reads and writes as lend and return, in plain sqlite3 with the same durability."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    lend_ms, return_ms = [], []
    today = TODAY.isoformat()
    now = db_datetime(datetime(2026, 11, 17, 11, 0))  # as the service writes it
    for barcode in barcodes:
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        item = conn.execute(
            "SELECT i.id, i.uuid, i.status, i.home_branch, i.item_type, r.title FROM item i "
            "JOIN record r ON r.id=i.record_id WHERE i.barcode=?",
            (barcode,),
        ).fetchone()
        reader = conn.execute(
            "SELECT id, uuid, status, block_reason, blocked_until, card_valid_until, "
            "registered_on, category FROM reader WHERE card_number=?",
            (card,),
        ).fetchone()
        conn.execute(
            "SELECT count(*), coalesce(sum(due_on < ?), 0) FROM loan "
            "INDEXED BY ix_loan_open_reader WHERE reader_id=? "
            "AND returned_at IS NULL",
            (today, reader[0]),
        ).fetchone()
        conn.execute(
            "SELECT year FROM reregistration WHERE reader_id=? AND year=2026", (reader[0],)
        ).fetchall()
        conn.execute(
            "SELECT l.id FROM loan l JOIN reader r ON r.id=l.reader_id "
            "WHERE l.item_id=? AND l.returned_at IS NULL",
            (item[0],),
        ).fetchone()
        conn.execute(
            "INSERT INTO loan (uuid, item_id, reader_id, branch, lent_at, due_on, "
            "renewals, lent_by) VALUES (?,?,?,?,?,?,0,'bench')",
            (str(uuid4()), item[0], reader[0], "BST", now, "2026-12-02"),
        )
        conn.execute("UPDATE item SET status='on_loan', updated_at=? WHERE id=?", (now, item[0]))
        conn.execute(
            "INSERT INTO journal (op_id, device_id, branch, operator, kind, payload, "
            "created_local, schema_version, state, attempts) "
            "VALUES (?,?,?,?,?,?,?,1,'pending',0)",
            (str(uuid4()), "dev", "BST", "bench", "lend", '{"x":1}', now),
        )
        conn.execute(
            "SELECT id FROM visit WHERE reader_id=? AND day=? LIMIT 1", (reader[0], today)
        ).fetchone()
        conn.execute("COMMIT")
        lend_ms.append((time.perf_counter() - start) * 1000)

        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        item = conn.execute(
            "SELECT i.id, i.uuid, i.status, i.home_branch, i.item_type, r.title FROM item i "
            "JOIN record r ON r.id=i.record_id WHERE i.barcode=?",
            (barcode,),
        ).fetchone()
        loan = conn.execute(
            "SELECT l.id, l.due_on FROM loan l JOIN reader r ON "
            "r.id=l.reader_id WHERE l.item_id=? AND l.returned_at IS NULL",
            (item[0],),
        ).fetchone()
        conn.execute(
            "UPDATE loan SET returned_at=?, returned_branch='BST', returned_by='bench' WHERE id=?",
            (now, loan[0]),
        )
        conn.execute("UPDATE item SET status='available', updated_at=? WHERE id=?", (now, item[0]))
        conn.execute(
            "INSERT INTO journal (op_id, device_id, branch, operator, kind, payload, "
            "created_local, schema_version, state, attempts) "
            "VALUES (?,?,?,?,?,?,?,1,'pending',0)",
            (str(uuid4()), "dev", "BST", "bench", "return", '{"x":1}', now),
        )
        conn.execute(
            "SELECT id FROM visit WHERE reader_id=? AND day=? LIMIT 1", (reader[0], today)
        ).fetchone()
        conn.execute("COMMIT")
        return_ms.append((time.perf_counter() - start) * 1000)
    conn.close()
    return lend_ms, return_ms


def _service_loop(ctx, cards: list[str], barcodes: list[str]) -> tuple[list[float], list[float]]:
    lend_ms, return_ms = [], []
    for i, barcode in enumerate(barcodes):
        ms, result = timed_ms(circulation.lend, ctx, cards[i % len(cards)], barcode, "bench")
        assert result.done, result.outcomes
        lend_ms.append(ms)
        ms, result = timed_ms(circulation.return_item, ctx, barcode, "bench")
        assert result.done, result.outcomes
        return_ms.append(ms)
    return lend_ms, return_ms


def _search(ctx, words: list[str], search) -> list[float]:
    samples = []
    with ctx.db.read() as session:
        for word in words:
            for end in range(1, min(len(word), 8) + 1):  # typed letter by letter
                ms, _ = timed_ms(search, session, word[:end])
                samples.append(ms)
    return samples


def test_bench(branch):
    ctx, build_seconds = branch
    items, readers, heavy = _pick(ctx, 3 * ROUNDS + 50)
    warm, service_items, raw_items, heavy_items = (
        items[:20],
        items[20 : 20 + ROUNDS],
        items[20 + ROUNDS : 20 + 2 * ROUNDS],
        items[20 + 2 * ROUNDS : 20 + 2 * ROUNDS + 20],
    )
    _service_loop(ctx, readers, warm)  # warm caches and the statement cache

    # Interleave service and floor runs so that both see the same machine weather.
    half = ROUNDS // 2
    s1 = _service_loop(ctx, readers, service_items[:half])
    r1 = _raw_floor(ctx.db.path, readers[0], raw_items[:half])
    s2 = _service_loop(ctx, readers, service_items[half:])
    r2 = _raw_floor(ctx.db.path, readers[1], raw_items[half:])
    lend, back = s1[0] + s2[0], s1[1] + s2[1]
    raw_lend, raw_back = r1[0] + r2[0], r1[1] + r2[1]

    heavy_card, heavy_loans = heavy
    heavy_lend = []
    for barcode in heavy_items:
        ms, result = timed_ms(
            circulation.lend,
            ctx,
            heavy_card,
            barcode,
            "bench",
            circulation.Override("bench: heavy reader"),
        )
        assert result.done, result.outcomes
        heavy_lend.append(ms)
    renew_all_ms, renewed = timed_ms(
        circulation.renew_all, ctx, heavy_card, "bench", circulation.Override("bench")
    )

    with sqlite3.connect(ctx.db.path) as conn:
        surnames = [
            r[0] for r in conn.execute("SELECT surname FROM reader ORDER BY random() LIMIT 60")
        ]
        titles = [r[0] for r in conn.execute("SELECT title FROM record ORDER BY random() LIMIT 60")]
        counts = conn.execute(
            "SELECT (SELECT count(*) FROM item), (SELECT count(*) FROM "
            "reader), (SELECT count(*) FROM loan), (SELECT count(*) FROM "
            "record)"
        ).fetchone()
    reader_search = _search(ctx, surnames, queries.search_readers)
    title_search = _search(ctx, titles, queries.search_items)

    rows = [
        Figures.of("lend (service, durable commit + journal)", lend, bar="median ≤ 3, p99 ≤ 15"),
        Figures.of("lend floor (raw sqlite3, same writes)", raw_lend),
        Figures.of("return (service)", back, bar="median ≤ 3, p99 ≤ 15"),
        Figures.of("return floor (raw sqlite3)", raw_back),
        Figures.of(f"lend to reader with {heavy_loans} loans", heavy_lend, bar="median ≤ 3"),
        Figures.of("reader search as you type", reader_search, bar="p95 ≤ 20"),
        Figures.of("title search as you type", title_search, bar="p95 ≤ 20"),
    ]
    ratio_lend = rows[0].median / rows[1].median
    ratio_back = rows[2].median / rows[3].median
    report = {
        "branch": {
            "items": counts[0],
            "readers": counts[1],
            "loans": counts[2],
            "records": counts[3],
            "build_seconds": round(build_seconds, 1),
        },
        "figures": [r.__dict__ for r in rows],
        "ratio_lend_to_floor": round(ratio_lend, 2),
        "ratio_return_to_floor": round(ratio_back, 2),
        "renew_all_heavy_reader_ms": round(renew_all_ms, 1),
        "renew_all_loans": len(renewed.results),
        "date": date.today().isoformat(),
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "bench-core.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print()
    print(
        f"branch: {counts[0]} items, {counts[1]} readers, {counts[2]} loans "
        f"(built in {build_seconds:.1f} s)"
    )
    print(f"{'benchmark':46} {'median':>8} {'p95':>8} {'p99':>8} {'n':>5}  bar (ms)")
    for r in rows:
        print(f"{r.name:46} {r.median:8.2f} {r.p95:8.2f} {r.p99:8.2f} {r.count:5}  {r.bar}")
    print(
        f"lend / floor = {ratio_lend:.2f}x, return / floor = {ratio_back:.2f}x (bar ≤ 3x); "
        f"renew all {len(renewed.results)} loans of the heavy reader: {renew_all_ms:.0f} ms"
    )
    print(json.dumps(report, ensure_ascii=False))

    assert counts[0] >= 50_000
    assert counts[1] >= 5_000
    assert counts[2] >= 500_000
    for row in (rows[0], rows[2]):
        assert row.median <= 3.0, row
        assert row.p99 <= 15.0, row
    assert rows[4].median <= 3.0, rows[4]
    assert ratio_lend <= 3.0
    assert ratio_back <= 3.0
    assert rows[5].p95 <= 20.0
    assert rows[6].p95 <= 20.0
