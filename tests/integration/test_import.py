"""`branchdesk import` on a real branch database: idempotence, updates, bad input, readers."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from branchdesk.domain.bbk import DiarySection
from branchdesk.services.catalogue import ItemInput, RecordInput, add_record_with_item
from branchdesk.services.context import BranchContext

DATA = Path(__file__).resolve().parents[1] / "data"


def counts(ctx: BranchContext) -> dict[str, int]:
    with sqlite3.connect(ctx.db.path) as conn:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("record", "item", "reader", "loan", "journal")
        }


def journal_kinds(ctx: BranchContext) -> list[str]:
    with sqlite3.connect(ctx.db.path) as conn:
        return [k for (k,) in conn.execute("SELECT kind FROM journal ORDER BY device_seq")]


@pytest.mark.parametrize(
    "name",
    [
        "marc21-utf8.mrc",
        "marc21.xml",
        "rusmarc-utf8.iso",
        "rusmarc-irbis-cp1251.iso",
        "marc21-marc8.mrc",
        "records.csv",
        "records.xlsx",
    ],
)
def test_importing_the_same_file_twice_changes_nothing_the_second_time(run, ctx, name):
    code, out, _err = run("import", str(DATA / name), "--json")
    assert code == 0
    first = json.loads(out)
    after_first = counts(ctx)
    assert first["counts"]["records_added"] == after_first["record"] > 0
    assert first["counts"]["items_added"] == after_first["item"] > 0
    # One journal operation per record and per copy, nothing else.
    assert after_first["journal"] == after_first["record"] + after_first["item"]
    code, out, _err = run("import", str(DATA / name), "--json")
    assert code == 0
    second = json.loads(out)
    assert counts(ctx) == after_first
    assert second["counts"]["records_added"] == second["counts"]["records_updated"] == 0
    assert second["counts"]["records_unchanged"] == first["counts"]["records_added"] or name in (
        "records.csv",
        "records.xlsx",  # a row per copy: rows of one title count once per row
    )
    assert second["counts"]["items_unchanged"] == after_first["item"]


def test_records_of_a_title_in_several_formats_are_one_record(run, ctx):
    for name in ("marc21-utf8.mrc", "marc21.xml", "rusmarc-utf8.iso", "records.csv"):
        assert run("import", str(DATA / name))[0] == 0
    assert counts(ctx)["record"] == 9
    assert counts(ctx)["item"] == 11


def test_a_record_without_bbk_is_listed_and_counted_unclassified(run, ctx):
    code, out, _err = run("import", str(DATA / "marc21-utf8.mrc"), "--json")
    assert code == 0
    report = json.loads(out)
    assert report["unclassified"] == [{"position": 5, "title": "Үйдегі бақша : кеңестер"}]
    with sqlite3.connect(ctx.db.path) as conn:
        (bbk,) = conn.execute("SELECT bbk FROM record WHERE control_number = 'KZ-0005'").fetchone()
    assert ctx.config.bbk_map.section_for(bbk) is DiarySection.UNCLASSIFIED


def test_a_newer_export_updates_records_and_keeps_loans(run, ctx, tmp_path):
    from pymarc import Field, Indicators, MARCReader, Subfield

    assert run("import", str(DATA / "marc21-utf8.mrc"))[0] == 0
    assert run("--operator", "aigul", "lend", "BST-000101", "100001")[0] != 2
    with sqlite3.connect(ctx.db.path) as conn:
        conn.execute(
            "INSERT INTO reader (uuid, card_number, surname, name, category, registered_on, "
            "home_branch, status, search_text, updated_at) VALUES ('r1', 'BST-000101', 'Ә', "
            "'Б', 'other', '2026-01-01', 'BST', 'active', '', '2026-01-01 00:00:00.000000')"
        )
    assert run("lend", "BST-000101", "100001")[0] == 0
    before = counts(ctx)
    # The newer export: a corrected title, a BBK filled in, one copy gone from the file.
    newer = tmp_path / "newer.mrc"
    with (DATA / "marc21-utf8.mrc").open("rb") as stream:
        chunks = []
        for record in MARCReader(stream, to_unicode=True, force_utf8=True):
            if record["001"].data == "KZ-0001":
                record["245"]["a"] = "Абай жолы (екінші басылым) :"
                record.remove_fields("952")  # keep one copy only
                record.add_ordered_field(
                    Field("952", Indicators(" ", " "), [Subfield("p", "100001")])
                )
            chunks.append(record.as_marc())
    newer.write_bytes(b"".join(chunks))
    code, out, _err = run("import", str(newer), "--json")
    assert code == 0
    report = json.loads(out)
    assert report["counts"]["records_updated"] == 1
    assert report["not_in_file"] == ["100002"]
    after = counts(ctx)
    assert after == {**before, "journal": before["journal"] + 1}
    assert journal_kinds(ctx)[-1] == "update_record"
    with sqlite3.connect(ctx.db.path) as conn:
        title = conn.execute("SELECT title FROM record WHERE control_number='KZ-0001'").fetchone()
        open_loans = conn.execute("SELECT count(*) FROM loan WHERE returned_at IS NULL").fetchone()
        payload = conn.execute(
            "SELECT payload FROM journal ORDER BY device_seq DESC LIMIT 1"
        ).fetchone()
    assert title == ("Абай жолы (екінші басылым) : роман-эпопея",)
    assert open_loans == (1,)
    assert json.loads(payload[0])["fields"] == {"title": title[0]}
    # The same newer file again: nothing.
    assert run("import", str(newer))[0] == 0
    assert counts(ctx) == after


def test_a_desk_record_is_matched_by_isbn(run, ctx):
    add_record_with_item(
        ctx,
        RecordInput(title="Абай жолы", isbn="978-601-200-001-6"),
        ItemInput(barcode="100001"),
        "aigul",
    )
    ctx.db.dispose()
    _code, out, _err = run("import", str(DATA / "marc21-utf8.mrc"), "--json")
    report = json.loads(out)
    assert report["counts"]["records_updated"] == 1
    assert report["counts"]["records_added"] == 8
    assert report["counts"]["items_unchanged"] == 1


def test_damaged_records_are_listed_and_the_good_ones_imported(run, ctx):
    code, out, err = run("import", str(DATA / "marc21-damaged.mrc"), lang="ru")
    assert code == 1
    assert counts(ctx)["record"] == 3
    lines = err.strip().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("№2 (байт 510): Маркер записи")
    assert "Не загружено: 3." in out


def test_a_truncated_file_imports_what_is_whole(run, ctx):
    code, out, _err = run("import", str(DATA / "marc21-truncated.mrc"), "--json")
    report = json.loads(out)
    assert code == 1
    assert [p["reason"] for p in report["problems"]] == ["truncated_record"]
    assert counts(ctx)["record"] == 3


@pytest.mark.parametrize(
    ("name", "reason"),
    [("not-a-catalogue.bin", "unknown_format"), ("records-missing-columns.csv", "missing_columns")],
)
def test_a_file_that_cannot_be_read_changes_nothing(run, ctx, name, reason):
    before = counts(ctx)
    code, out, err = run("import", str(DATA / name), lang="kk")
    assert code == 1
    assert out == ""
    assert err.strip()
    assert reason not in err
    assert counts(ctx) == before


def test_a_missing_file_is_an_error_of_the_world(run, ctx, tmp_path):
    code, _out, err = run("import", str(tmp_path / "nothing.mrc"))
    assert code == 1
    assert "nothing.mrc" in err


def test_readers_are_imported_once_with_their_cards(run, ctx):
    code, out, _err = run("import", "--readers", str(DATA / "readers.csv"), "--json")
    assert code == 0
    assert json.loads(out)["counts"]["readers_added"] == 4
    code, out, _err = run("readers", "--json")
    cards = sorted(r["card"] for r in json.loads(out))
    # Cards in the list are kept; the others are allocated after the highest of them.
    assert cards == ["BST-000101", "BST-000102", "BST-000103", "BST-000104"]
    assert journal_kinds(ctx) == ["register_reader"] * 4
    before = counts(ctx)
    code, out, _err = run("import", "--readers", str(DATA / "readers.xlsx"), "--json")
    assert code == 0
    assert json.loads(out)["counts"] == {**json.loads(out)["counts"], "readers_added": 0}
    assert json.loads(out)["counts"]["readers_unchanged"] == 4
    assert counts(ctx) == before


def test_bad_reader_rows_are_listed_and_good_ones_registered(run, ctx):
    assert run("import", "--readers", str(DATA / "readers.csv"))[0] == 0
    code, out, _err = run("import", "--readers", str(DATA / "readers-bad.csv"), "--json")
    assert code == 1
    report = json.loads(out)
    found = sorted(
        (p["position"], p["reason"], p["params"].get("field")) for p in report["problems"]
    )
    assert found == [
        (2, "iin_century", "iin"),
        (3, "bad_date", "birth_date"),
        (4, "duplicate_reader", None),
    ]
    assert report["problems"][-1]["params"] == {"card": "BST-000101"}
    assert report["counts"]["readers_added"] == 1


def test_the_column_mapping_is_remembered(run, ctx, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Кітап;Жазушы\nАбай жолы;Әуезов\n", encoding="utf-8")
    code, _out, err = run("import", str(path))
    assert code == 1
    assert err
    assert run("import", str(path), "--mapping", "title=Кітап,authors=Жазушы")[0] == 0
    other = tmp_path / "list2.csv"
    other.write_text("Кітап;Жазушы\nҚара сөздер;Абай\n", encoding="utf-8")
    code, out, _err = run("import", str(other), "--json")
    assert code == 0
    assert json.loads(out)["columns"] == {"title": "Кітап", "authors": "Жазушы"}
    assert counts(ctx)["record"] == 2
