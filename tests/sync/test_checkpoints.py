"""When the central server copies its SQLite WAL back into the database file after a push:
after a branch's last batch, or once the WAL is too big; never beside a burst's next batch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from branchdesk.central.branches import add_branch
from branchdesk.central.store import checkpoint, checkpoint_due, open_central


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    found = open_central(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    add_branch(found, "BST", "Бестөбе кітапханасы")  # a commit: the WAL has frames
    yield found
    found.dispose()


def test_after_a_branchs_last_batch(engine: Engine) -> None:
    assert checkpoint_due(engine, waiting=0)


def test_not_while_the_branch_has_more_to_send(engine: Engine) -> None:
    assert not checkpoint_due(engine, waiting=1000)


def test_in_a_burst_once_the_wal_is_past_the_limit(engine: Engine) -> None:
    wal = Path(f"{engine.url.database}-wal")
    assert wal.stat().st_size > 0
    assert checkpoint_due(engine, waiting=1000, limit=wal.stat().st_size - 1)
    assert not checkpoint_due(engine, waiting=1000, limit=wal.stat().st_size)


def test_a_checkpoint_copies_the_wal_back(engine: Engine) -> None:
    database = Path(str(engine.url.database))
    before = database.read_bytes()
    checkpoint(engine)
    assert database.read_bytes() != before  # the branch's row reached the database file


def test_never_without_a_sqlite_file() -> None:
    engine = open_central("sqlite://")  # in memory: no WAL
    try:
        assert not checkpoint_due(engine, waiting=0)
    finally:
        engine.dispose()
