"""Catalogue import at the centre reaches the branches by pull; a branch's import reaches the
centre by push, newer versions of records included (update_record)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from pymarc import MARCReader
from sqlalchemy import func, select

from branchdesk.central import schema as t
from branchdesk.central.importing import import_at_centre
from branchdesk.cli import main
from branchdesk.services.context import BranchContext
from branchdesk.services.importing import import_catalogue
from branchdesk.services.sync import run_sync

DATA = Path(__file__).resolve().parents[1] / "data"


def branch_rows(ctx: BranchContext, table: str) -> int:
    with sqlite3.connect(ctx.db.path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def central_rows(central, table) -> int:  # type: ignore[no-untyped-def]
    with central.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_centre_imports_and_each_branch_pulls_its_own_copies(central, branch_factory, capsys):
    bst = branch_factory("BST")
    sht = branch_factory("SHT")
    # The Koha export names BST on every copy; the IRBIS one names no branch: given here.
    code = main(["central", "import", str(DATA / "marc21-utf8.mrc"), "--db", central.url])
    assert code == 0, capsys.readouterr()
    report = import_at_centre(central.engine, DATA / "rusmarc-utf8.iso", branch="SHT")
    assert report.counts["records_unchanged"] == 5  # the same books, matched by control number
    # Their barcodes are these records' copies already (at BST): left as they are.
    assert (report.counts["items_added"], report.counts["items_unchanged"]) == (0, 6)
    assert report.problems == []
    assert central_rows(central, t.record) == 9
    assert central_rows(central, t.item) == 11

    summary = run_sync(bst.db)
    assert summary.pulled.get("record") == 9
    assert summary.pulled.get("item") == 11
    assert branch_rows(bst, "record") == 9
    assert branch_rows(bst, "item") == 11
    # SHT has no copy of these titles: it receives none of them.
    run_sync(sht.db)
    assert branch_rows(sht, "item") == 0

    # The same file again at the centre: nothing new for anyone.
    again = import_at_centre(central.engine, DATA / "marc21-utf8.mrc")
    assert again.counts["records_unchanged"] == 9
    assert again.counts["items_unchanged"] == 11
    assert run_sync(bst.db).pulled == {}


def test_centre_import_with_a_branch_for_the_irbis_copies(central, branch_factory):
    sht = branch_factory("SHT")
    report = import_at_centre(central.engine, DATA / "rusmarc-irbis-cp1251.iso", branch="SHT")
    assert report.counts["items_added"] == 5
    run_sync(sht.db)
    with sqlite3.connect(sht.db.path) as conn:
        homes = {h for (h,) in conn.execute("SELECT home_branch FROM item")}
        titles = {t for (t,) in conn.execute("SELECT title FROM record")}
    assert homes == {"SHT"}
    assert "Война и мир : роман" in titles


def test_copies_without_a_branch_are_listed_at_the_centre(central):
    report = import_at_centre(central.engine, DATA / "rusmarc-irbis-cp1251.iso")
    assert report.counts["items_added"] == 0
    assert {p.code for p in report.problems} == {"copy_without_branch"}
    assert report.counts["records_added"] == 4  # the records themselves are kept


def test_a_branch_import_and_a_newer_export_reach_the_centre(central, branch_factory, tmp_path):
    bst = branch_factory("BST")
    import_catalogue(bst, DATA / "marc21-utf8.mrc", "aigul")
    summary = run_sync(bst.db)
    assert summary.pushed.get("applied") == 9 + 11
    newer = tmp_path / "newer.mrc"
    with (DATA / "marc21-utf8.mrc").open("rb") as stream:
        records = list(MARCReader(stream, to_unicode=True, force_utf8=True))
    for record in records:
        if record["001"].data == "RU-0001":
            record["245"]["b"] = "роман в четырёх томах"
    newer.write_bytes(b"".join(r.as_marc() for r in records))
    report = import_catalogue(bst, newer, "aigul")
    assert report.counts["records_updated"] == 1
    summary = run_sync(bst.db)
    assert summary.pushed == {"applied": 1}
    with central.engine.connect() as conn:
        title = conn.execute(
            select(t.record.c.title).where(t.record.c.control_number == "RU-0001")
        ).scalar_one()
    assert title == "Война и мир : роман в четырёх томах"
    with sqlite3.connect(bst.db.path) as conn:
        states = {s for (s,) in conn.execute("SELECT state FROM journal")}
        payload = conn.execute(
            "SELECT payload FROM journal WHERE kind = 'update_record'"
        ).fetchone()[0]
    assert states == {"applied"}
    assert json.loads(payload)["fields"] == {"title": title}
