import sys
from pathlib import Path

import pytest

# The benchmark helpers sit beside the benchmarks.
sys.path.insert(0, str(Path(__file__).parent))

from bench_branch import build


@pytest.fixture(scope="session")
def branch(tmp_path_factory):
    """The large generated branch, built once for every benchmark of the run."""
    ctx, seconds = build(tmp_path_factory.mktemp("bench"))
    yield ctx, seconds
    ctx.db.dispose()
