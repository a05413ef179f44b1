"""`make package-check`: the built bundle's self-test, its size and its start time.

Makes a demo branch in a throwaway data folder with the bundle's own `branchdesk-cli demo`,
then runs its `--self-test` offscreen three times and prints one JSON line: the bundle's
size in MB and number of files, the median `ready_ms` (process start to a usable window,
measured by the desk itself) and wall time, and whether the bars (1.5 s, 200 MB) are met.
Exits 1 if the self-test fails; `make bench` asserts the bars
(tests/perf/test_bench_bundle.py), where a noisy shared machine is expected.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "branchdesk"
READY_BAR_MS = 1500
SIZE_BAR_MB = 200
RUNS = 3


def program() -> Path:
    name = "branchdesk-cli.exe" if os.name == "nt" else "branchdesk-cli"
    return BUNDLE / name


def size_mb() -> tuple[float, int]:
    # Symbolic links (the Linux bundle's Qt libraries have them) are counted once.
    files = [p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()]
    return round(sum(p.stat().st_size for p in files) / 1e6, 1), len(files)


def run(*args: str, data: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [str(program()), "--data-dir", data, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    if done.returncode != 0:
        sys.exit(f"{args[0]} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done


def self_test(data: str) -> tuple[float, float]:
    started = time.perf_counter()
    done = run("--self-test", data=data)
    wall = (time.perf_counter() - started) * 1000
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    return float(json.loads(lines[-1])["ready_ms"]), wall


def main() -> int:
    if not program().exists():
        sys.exit(f"no bundle at {BUNDLE}: run `make package` first")
    with tempfile.TemporaryDirectory(prefix="branchdesk-bundle-check-") as data:
        # A branch with demo data, as the start bar is measured (DESIGN §10); made by the
        # bundle itself, which also proves its migrations and demo generator are there.
        run("demo", data=data)
        runs = [self_test(data) for _ in range(RUNS)]
    mb, files = size_mb()
    result = {
        "bundle_mb": mb,
        "files": files,
        "ready_ms": statistics.median(r for r, _ in runs),
        "wall_ms": round(statistics.median(w for _, w in runs), 1),
        "runs_ready_ms": [r for r, _ in runs],
    }
    result["bars_met"] = result["ready_ms"] <= READY_BAR_MS and mb <= SIZE_BAR_MB
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
