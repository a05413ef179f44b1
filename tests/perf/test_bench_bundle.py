"""The built bundle (make package): start to a usable window ≤ 1.5 s, size ≤ 200 MB.

Runs packaging/check_bundle.py, which makes a demo branch with the bundle itself and times
its `--self-test` from the process's start; skipped when no bundle has been built here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = (
    ROOT / "dist" / "branchdesk" / ("branchdesk-cli.exe" if os.name == "nt" else "branchdesk-cli")
)
RESULTS = ROOT / "bench-results"


@pytest.mark.perf
def test_the_bundle_starts_fast_and_stays_lean():
    if not PROGRAM.exists():
        pytest.skip("no bundle built: `make package` first (dist/branchdesk)")
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "check_bundle.py")],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "bench-bundle.json").write_text(json.dumps(figures, indent=2))
    print()
    print(f"bundle: {figures['bundle_mb']} MB in {figures['files']} files (bar ≤ 200 MB)")
    print(f"bundled desk, start to a usable window: {figures['ready_ms']} ms (bar ≤ 1500)")
    assert figures["bundle_mb"] <= 200
    assert figures["ready_ms"] <= 1500
