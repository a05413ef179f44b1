"""Fixtures for the sync tests: a central library on SQLite and on PostgreSQL, running on a
real loopback socket, and branches joined to it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from support.centrals import (
    Central,
    drop_schema,
    join_branch,
    make_central,
    postgres_url,
    private_schema,
)

from branchdesk.services.context import BranchContext


@pytest.fixture(params=["sqlite", "postgresql"])
def central_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The central database: a SQLite file, and PostgreSQL when a server can be reached."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'central.sqlite3'}"
        return
    url = postgres_url()
    if url is None:
        pytest.skip("no PostgreSQL server answers (set DATABASE_URL; .ci/run starts one)")
    private, schema = private_schema(url)
    yield private
    drop_schema(url, schema)


@pytest.fixture
def central(central_url: str) -> Iterator[Central]:
    found = make_central(central_url)
    found.start()
    yield found
    found.close()


JoinBranch = Callable[..., BranchContext]


@pytest.fixture
def branch_factory(
    central: Central, tmp_path: Path, migrated_template: Path
) -> Iterator[JoinBranch]:
    made: list[BranchContext] = []

    def make(code: str, url: str | None = None) -> BranchContext:
        ctx = join_branch(central, tmp_path / code, code, migrated_template, url)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.db.dispose()
