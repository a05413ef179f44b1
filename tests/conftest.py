"""Shared fixtures: a real SQLite branch in a temporary folder with a clock we control."""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

# Qt must never look for a display in tests (the desk's tests come with the desk).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never the real credential store of whoever runs the tests: the database fallback is the
# path tested everywhere; tests/integration/test_token_store.py puts a fake store in place.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from branchdesk.domain.readers import ReaderInput
from branchdesk.services.catalogue import ItemInput, RecordInput, add_record_with_item
from branchdesk.services.context import BranchContext
from branchdesk.services.readers import register_reader
from branchdesk.services.setup import init_branch
from branchdesk.store.migrate import open_database


@pytest.fixture(autouse=True)
def _collector_in_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """Where Qt runs, Python's cyclic collector runs in the GUI thread only, as in the desk
    (branchdesk/ui/gui_collector.py): a collection in another thread crashes Qt. The first
    test without Qt after Qt tests frees, here in the main thread, what they left, and
    switches the usual automatic collector back on (such tests make no Qt garbage). One full
    collection per switch, not per test: a full collection of this heap costs a second."""
    if {"qapp", "qtbot"} & set(request.fixturenames):
        from branchdesk.ui.gui_collector import collect_in_gui_thread

        collect_in_gui_thread(request.getfixturevalue("qapp"))
        gc.disable()  # a test without Qt before this one switched it on
        yield
        return
    if not gc.isenabled():
        gc.collect()
        gc.enable()
    yield


@dataclass
class Clock:
    """A settable clock: tests move time instead of sleeping."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    # A Tuesday in an ordinary week, far from holidays.
    return Clock(datetime(2026, 11, 17, 10, 30))


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at head, migrated once: each test copies it instead of migrating."""
    path = tmp_path_factory.mktemp("template") / "branch.sqlite"
    open_database(path).dispose()
    return path


@pytest.fixture
def ctx(tmp_path: Path, clock: Clock, migrated_template: Path) -> Iterator[BranchContext]:
    path = tmp_path / "branch.sqlite"
    shutil.copyfile(migrated_template, path)
    db = init_branch(path, "BST", "Бестөбе кітапханасы")
    context = BranchContext.load(db, clock=clock)
    yield context
    db.dispose()


AddItem = Callable[..., str]


@pytest.fixture
def add_item(ctx: BranchContext) -> AddItem:
    counter = iter(range(40000001, 49999999))

    def add(title: str = "Абай жолы", **item: object) -> str:
        barcode = str(item.pop("barcode", next(counter)))
        add_record_with_item(
            ctx,
            RecordInput(title=title, authors="Әуезов М.", bbk="84(5Каз)"),
            ItemInput(barcode=barcode, **item),  # type: ignore[arg-type]
            "admin",
        )
        return barcode

    return add


AddReader = Callable[..., str]


@pytest.fixture
def add_reader(ctx: BranchContext) -> AddReader:
    def add(surname: str = "Құнанбаев", name: str = "Абай", **fields: object) -> str:
        fields.setdefault("birth_date", date(1990, 5, 17))
        result = register_reader(
            ctx,
            ReaderInput(surname=surname, name=name, **fields),  # type: ignore[arg-type]
            "admin",
            confirm_duplicate=True,
        )
        assert result.reader is not None
        return result.reader.card_number

    return add
