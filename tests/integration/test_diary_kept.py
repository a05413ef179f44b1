"""The diary's kept months (reports/kept.py, migration 0003): a month diary takes the months
before it from the database, and a kept month is forgotten the moment a row it was counted
from changes, so that what the diary carries over is always what counting anew would give."""

from __future__ import annotations

import shutil
import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from branchdesk.demo.generator import fill_demo
from branchdesk.domain.groups import AgeBands
from branchdesk.reports import kept
from branchdesk.reports.diary import Diary, diary
from branchdesk.reports.period import parse_period
from branchdesk.services.context import BranchContext
from branchdesk.services.setup import init_branch

TODAY = date(2026, 11, 17)
NOVEMBER = parse_period("2026-11", TODAY)


@pytest.fixture(scope="module")
def filled(tmp_path_factory, migrated_template) -> tuple[Path, BranchContext]:
    """A demo branch with this year's history, made once; each test works on a copy."""
    path = tmp_path_factory.mktemp("kept") / "branch.sqlite"
    shutil.copyfile(migrated_template, path)
    db = init_branch(path, "BST", "Бестөбе кітапханасы")
    fill_demo(db, "BST", readers=200, items=800, loans=5_000, years=1, today=TODAY)
    ctx = BranchContext.load(db, clock=lambda: TODAY)  # type: ignore[arg-type, return-value]
    db.dispose()
    return path, ctx


@pytest.fixture
def branch(filled, tmp_path) -> Iterator[tuple[sqlite3.Connection, BranchContext]]:
    source, ctx = filled
    path = tmp_path / "branch.sqlite"
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(path)) as dst:
        src.backup(dst)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    yield conn, ctx
    conn.close()


def _diary(conn: sqlite3.Connection, ctx: BranchContext, bands: AgeBands | None = None) -> Diary:
    return diary(conn, "BST", NOVEMBER, bands or ctx.config.age_bands, ctx.config.bbk_map)


def _counted_anew(conn: sqlite3.Connection, ctx: BranchContext) -> Counter[str]:
    """What is carried over with nothing kept: counted from the rows, then the kept months
    put back as they were (so the test leaves the database as it found it)."""
    saved = conn.execute("SELECT branch, month, basis, figures FROM diary_month").fetchall()
    conn.execute("DELETE FROM diary_month")
    fresh = _diary(conn, ctx).before_period
    conn.execute("DELETE FROM diary_month")
    conn.executemany("INSERT INTO diary_month VALUES (?, ?, ?, ?)", saved)
    return fresh


def _months(conn: sqlite3.Connection) -> list[str]:
    return [m for (m,) in conn.execute("SELECT month FROM diary_month ORDER BY month")]


def test_a_month_diary_keeps_the_months_before_it_and_uses_them(branch):
    conn, ctx = branch
    assert _months(conn) == []
    first = _diary(conn, ctx)
    assert _months(conn) == [f"2026-{m:02d}" for m in range(1, 11)]
    assert first.before_period["loans"] > 1_000
    # Kept figures are used: a kept month altered by hand shows in the next diary.
    conn.execute(
        "UPDATE diary_month SET figures = json_set(figures, '$.loans', "
        "json_extract(figures, '$.loans') + 1000) WHERE month = '2026-03'"
    )
    assert _diary(conn, ctx).before_period["loans"] == first.before_period["loans"] + 1000


def test_a_loan_added_to_a_kept_month_forgets_that_month_only(branch):
    conn, ctx = branch
    before = _diary(conn, ctx).before_period
    item_id, reader_id = conn.execute("SELECT item_id, reader_id FROM loan LIMIT 1").fetchone()
    conn.execute(
        "INSERT INTO loan (uuid, item_id, reader_id, branch, lent_at, due_on, renewals, "
        "lent_by) VALUES ('late-loan', ?, ?, 'BST', '2026-03-10 12:00:00.000000', "
        "'2026-03-24', 0, 'admin')",
        (item_id, reader_id),
    )
    assert "2026-03" not in _months(conn)
    assert len(_months(conn)) == 9
    after = _diary(conn, ctx).before_period
    assert after["loans"] == before["loans"] + 1
    assert after == _counted_anew(conn, ctx)


def test_a_visit_added_or_removed_forgets_its_month(branch):
    conn, ctx = branch
    before = _diary(conn, ctx).before_period
    conn.execute(
        "INSERT INTO visit (uuid, day, reader_id, kind, branch, recorded_by) "
        "VALUES ('late-visit', '2026-05-04', NULL, 'loan_desk', 'BST', 'admin')"
    )
    assert "2026-05" not in _months(conn)
    assert _diary(conn, ctx).before_period["visits"] == before["visits"] + 1
    conn.execute("DELETE FROM visit WHERE uuid = 'late-visit'")
    assert "2026-05" not in _months(conn)
    assert _diary(conn, ctx).before_period == before


def test_a_readers_group_or_a_records_section_changed_forgets_every_month(branch):
    conn, ctx = branch
    _diary(conn, ctx)
    reader_id, category = conn.execute(
        "SELECT r.id, r.category FROM reader r JOIN loan l ON l.reader_id = r.id "
        "WHERE l.lent_at < '2026-11-01' AND l.branch = 'BST' LIMIT 1"
    ).fetchone()
    conn.execute("UPDATE reader SET category = ? WHERE id = ?", (category, reader_id))
    assert len(_months(conn)) == 10  # the same value: nothing counted from it changed
    other = "pensioner" if category != "pensioner" else "worker"
    conn.execute("UPDATE reader SET category = ? WHERE id = ?", (other, reader_id))
    assert _months(conn) == []
    assert _diary(conn, ctx).before_period == _counted_anew(conn, ctx)
    assert len(_months(conn)) == 10
    conn.execute("UPDATE record SET bbk = '84(5Каз)' WHERE id = (SELECT min(id) FROM record)")
    assert _months(conn) == []


def test_months_kept_on_other_age_bands_are_counted_again(branch):
    conn, ctx = branch
    usual = _diary(conn, ctx).before_period
    other_bands = AgeBands(children_max=13, youth_max=30)
    found = _diary(conn, ctx, other_bands).before_period
    assert found["loans"] == usual["loans"]
    assert found["loans_age_children"] != usual["loans_age_children"]
    kept_basis = {b for (b,) in conn.execute("SELECT basis FROM diary_month")}
    assert kept_basis == {kept.basis(other_bands, ctx.config.bbk_map)}


def test_nothing_is_kept_over_a_change_the_counting_did_not_see(branch, tmp_path):
    conn, _ = branch
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM loan").fetchone()  # the counting's snapshot
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute(
            "INSERT INTO visit (uuid, day, reader_id, kind, branch, recorded_by) "
            "VALUES ('meanwhile', '2026-02-02', NULL, 'internet', 'BST', 'admin')"
        )
    stale = {(2026, 2): Counter({"visits": 1})}
    assert kept.keep(conn, "BST", stale, "basis") is False
    conn.execute("ROLLBACK")
    assert _months(conn) == []


def test_a_read_only_database_gives_the_diary_and_keeps_nothing(branch):
    conn, ctx = branch
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    expected = _counted_anew(conn, ctx)
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as read_only:
        assert _diary(read_only, ctx).before_period == expected
    assert _months(conn) == []
