"""`make bench`, printing (DESIGN §10): 500 reader cards of the benchmark branch to a PDF,
through the service as the desk and `branchdesk cards` call it, as A4 sheets and as CR80
cards; bar ≤ 5 s. A sheet of the result is decoded by zbarimg when it is installed, so the
figure is for cards that scan."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from bench_branch import Figures
from sqlalchemy import select

from branchdesk.services.cards import print_cards
from branchdesk.store.schema import ReaderRow

pytestmark = pytest.mark.perf
RESULTS = Path(__file__).resolve().parents[2] / "bench-results"
CARDS = 500
RUNS = 5
BAR_S = 5.0


def test_bench_print(branch, tmp_path):
    ctx, _ = branch
    with ctx.db.read() as session:
        cards = list(
            session.scalars(select(ReaderRow.card_number).order_by(ReaderRow.id).limit(CARDS))
        )
    assert len(cards) == CARDS
    rows = []
    for layout, sheet in (("A4 sheets of ten", True), ("CR80, one per page", False)):
        samples = []
        for n in range(RUNS):
            out = tmp_path / f"cards-{sheet}-{n}.pdf"
            started = time.perf_counter()
            done = print_cards(ctx, out, cards=cards, sheet=sheet)
            samples.append(time.perf_counter() - started)
            assert done.pages == (CARDS // 10 if sheet else CARDS)
        rows.append(Figures.of(f"{CARDS} reader cards, {layout}", samples, "s", f"≤ {BAR_S:g}"))
        if shutil.which("zbarimg") and shutil.which("pdftoppm"):
            first = tmp_path / f"cards-{sheet}-0.pdf"
            page = tmp_path / f"page-{sheet}"
            subprocess.run(
                ["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", str(first), str(page)],
                check=True,
            )
            found = subprocess.run(
                ["zbarimg", "-q", str(next(tmp_path.glob(f"page-{sheet}*.png")))],
                check=False,
                capture_output=True,
                text=True,
            ).stdout.split()
            assert sorted(f.split(":", 1)[1] for f in found) == sorted(cards[: 10 if sheet else 1])

    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "bench-print.json").write_text(
        json.dumps([r.__dict__ for r in rows], indent=2, ensure_ascii=False)
    )
    print()
    for r in rows:
        print(f"{r.name:52} {r.median:8.2f} {r.p95:8.2f} {r.count:5}  {r.bar}")
    for r in rows:
        assert r.median <= BAR_S, r.name
