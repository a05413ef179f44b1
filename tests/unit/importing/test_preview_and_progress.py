"""What the desk's Import screen asks of the services: a preview read as the import would
read it, progress while it runs, and a remembered mapping that never refuses another file."""

from __future__ import annotations

from pathlib import Path

import pytest

from branchdesk.errors import WorldError
from branchdesk.importing import columns as cols
from branchdesk.importing.model import Encoding, Problem, RecordData
from branchdesk.importing.rows import ReaderRow
from branchdesk.services.import_readers import import_readers
from branchdesk.services.importing import (
    import_catalogue,
    preview_file,
    remember_columns,
    remembered_columns,
)
from branchdesk.store.settings import Key

DATA = Path(__file__).resolve().parents[2] / "data"


def test_the_preview_reads_as_the_import_would(ctx) -> None:
    found = preview_file(ctx, DATA / "marc21-utf8.mrc", count=3)
    assert [e.title for e in found.entries if isinstance(e, RecordData)][:1] == [
        "Абай жолы : роман-эпопея"
    ]
    assert len(found.entries) == 3
    forced = preview_file(ctx, DATA / "marc21-utf8.mrc", encoding=Encoding.MARC8, count=3)
    assert forced.encoding is Encoding.MARC8
    assert all(
        isinstance(e, RecordData) and e.title != "Абай жолы : роман-эпопея" for e in forced.entries
    )
    readers = preview_file(ctx, DATA / "readers.csv", readers=True)
    assert all(isinstance(e, ReaderRow | Problem) for e in readers.entries)
    assert readers.columns["surname"] == "Фамилия"
    assert "Фамилия" in readers.header
    with pytest.raises(WorldError) as refused:
        preview_file(ctx, DATA / "marc21-utf8.mrc", readers=True)
    assert refused.value.code == "readers_need_table"


def test_a_sheet_without_its_columns_is_previewed_with_what_is_missing(ctx, tmp_path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Кітап;Жазушы\nАбай жолы;Әуезов\n", encoding="utf-8")
    found = preview_file(ctx, path)
    assert found.missing == ("title",)
    assert found.entries == ()
    assert not found.ready
    chosen = preview_file(ctx, path, columns={"title": "Кітап", "authors": "Жазушы"})
    assert chosen.ready
    assert [e.title for e in chosen.entries if isinstance(e, RecordData)] == ["Абай жолы"]


def test_a_remembered_mapping_made_for_another_file_does_not_refuse_this_one(ctx) -> None:
    remember_columns(ctx, Key.IMPORT_COLUMNS_RECORDS, {"title": "Кітап", "udc": "Индекс"})
    report = import_catalogue(ctx, DATA / "records.csv", "admin")
    assert report.counts["records_added"] > 0
    assert report.columns["title"] == "Заглавие"  # found by its usual words instead
    # Given explicitly, the same mapping is the user's word: refused before writing.
    with pytest.raises(WorldError) as refused:
        import_catalogue(ctx, DATA / "records.csv", "admin", columns={"title": "Кітап"})
    assert refused.value.code == "missing_columns"


def test_a_field_chosen_as_nothing_is_not_read() -> None:
    header = ["Заглавие", "ББК"]
    found, absent = cols.match(header, cols.RECORD_FIELDS, {"bbk": ""})
    assert found == {"title": "Заглавие"}
    assert absent == {}
    with pytest.raises(WorldError):
        cols.resolve(header, cols.RECORD_FIELDS, cols.RECORD_REQUIRED, {"title": ""})


def _long_sheet(folder: Path) -> Path:
    """records.csv with many more rows (a CSV is measured by the bytes read, 8 KB ahead)."""
    lines = (DATA / "records.csv").read_text(encoding="utf-8").splitlines()
    rows = [lines[0]]
    for n in range(1500):
        cells = lines[1 + n % (len(lines) - 1)].split(";")
        cells[0] = f"{cells[0]} {n}"
        cells[9] = str(300000 + n)  # the barcode
        rows.append(";".join(cells))
    path = folder / "long.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ["marc21-utf8.mrc", "long.csv", "records.xlsx"])
def test_progress_moves_to_the_end_batch_by_batch(ctx, tmp_path, name) -> None:
    path = _long_sheet(tmp_path) if name == "long.csv" else DATA / name
    seen: list[tuple[int, int]] = []
    batch = 100 if name == "long.csv" else 2
    import_catalogue(ctx, path, "admin", progress=lambda d, t: seen.append((d, t)), batch=batch)
    assert len(seen) > 2
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[0][0] < seen[0][1]
    assert seen[-1][0] == seen[-1][1]


def test_reader_imports_report_progress_and_keep_the_mapping(ctx) -> None:
    seen: list[tuple[int, int]] = []
    columns = {"surname": "Фамилия", "name": "Имя"}
    report = import_readers(
        ctx,
        DATA / "readers.csv",
        "admin",
        columns=columns,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert report.counts["readers_added"] > 0
    assert seen
    assert seen[-1][0] == seen[-1][1]
    assert remembered_columns(ctx, Key.IMPORT_COLUMNS_READERS) == columns
