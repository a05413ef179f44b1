"""The benchmark branch: 50,000 copies, 5,000 readers, 500,000 past loans (DESIGN §10).

Generated once per run into a temporary folder; the generation time is reported too.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from branchdesk.demo.generator import fill_demo
from branchdesk.services.context import BranchContext
from branchdesk.services.setup import init_branch

TODAY = date(2026, 11, 17)


@dataclass(frozen=True)
class Figures:
    name: str
    unit: str
    median: float
    p95: float
    p99: float
    count: int
    bar: str = ""

    @classmethod
    def of(cls, name: str, samples: list[float], unit: str = "ms", bar: str = "") -> Figures:
        ordered = sorted(samples)

        def pct(p: float) -> float:
            return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]

        return cls(name, unit, statistics.median(ordered), pct(0.95), pct(0.99), len(ordered), bar)


def timed_ms(fn, *args, **kwargs) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return (time.perf_counter() - start) * 1000, result


def build(
    folder: Path, readers: int = 5000, items: int = 50_000, loans: int = 500_000
) -> tuple[BranchContext, float]:
    start = time.perf_counter()
    db = init_branch(folder / "branch.sqlite", "BST", "Бестөбе кітапханасы")
    fill_demo(db, "BST", readers=readers, items=items, loans=loans, years=5, today=TODAY)
    seconds = time.perf_counter() - start
    clock = lambda: datetime(2026, 11, 17, 11, 0)  # noqa: E731 (a fixed desk day)
    return BranchContext.load(db, clock=clock), seconds
