"""Format and character-set detection, and the mapping of each sample file to records."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from branchdesk.domain.model import Audience, Language
from branchdesk.errors import WorldError
from branchdesk.importing import iso2709
from branchdesk.importing.model import Encoding, Format, Problem, RecordData
from branchdesk.importing.source import open_source, readers, records

DATA = Path(__file__).resolve().parents[2] / "data"


def good(name: str, **options: object) -> list[RecordData]:
    found = list(records(open_source(DATA / name, **options)))  # type: ignore[arg-type]
    assert all(isinstance(r, RecordData) for r in found), found
    return found  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("name", "fmt", "encoding"),
    [
        ("marc21-utf8.mrc", Format.MARC21, Encoding.UTF8),
        ("marc21-marc8.mrc", Format.MARC21, Encoding.MARC8),
        ("rusmarc-irbis-cp1251.iso", Format.RUSMARC, Encoding.CP1251),
        ("rusmarc-utf8.iso", Format.RUSMARC, Encoding.UTF8),
        ("marc21.xml", Format.MARCXML, Encoding.UTF8),
        ("records.csv", Format.CSV, Encoding.UTF8),
        ("records.xlsx", Format.XLSX, Encoding.UTF8),
        ("readers.xlsx", Format.XLSX, Encoding.UTF8),
    ],
)
def test_format_and_encoding_are_detected(name: str, fmt: Format, encoding: Encoding) -> None:
    source = open_source(DATA / name)
    assert (source.format, source.encoding) == (fmt, encoding)


def test_cp1251_csv_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "old.csv"
    path.write_bytes("Заглавие;Автор\nВойна и мир;Толстой\n".encode("cp1251"))
    source = open_source(path)
    assert source.encoding is Encoding.CP1251
    (record,) = good(str(path))
    assert (record.title, record.authors, record.language) == (
        "Война и мир",
        "Толстой",
        Language.RUSSIAN,
    )


def test_marc21_maps_every_field() -> None:
    first, *_rest, last = good("marc21-utf8.mrc")
    assert first.control_number == "KZ-0001"
    assert first.title == "Абай жолы : роман-эпопея"
    assert first.authors == "Әуезов, Мұхтар"
    assert first.isbn == "978-601-200-001-6"
    assert (first.publisher, first.year) == ("Жазушы", 2019)
    assert (first.language, first.bbk, first.udc) == (
        Language.KAZAKH,
        "84(5Каз)6-44",
        "821.512.122",
    )
    assert first.audience is Audience.ADULT
    assert [(c.barcode, c.inventory_number, c.location, c.home_branch) for c in first.copies] == [
        ("100001", "И-1001", "Абонемент", "BST"),
        ("100002", "И-1002", "Оқу залы", "BST"),
    ]
    assert last.audience is Audience.CHILDREN  # 008/22 "j"


def test_isbn_is_normalised_and_a_bad_one_is_noted() -> None:
    found = {r.control_number: r for r in good("marc21-utf8.mrc")}
    assert found["RU-0002"].isbn == "978-9965-00-001-0"
    bad = found["RU-0003"]
    assert bad.isbn is None
    assert [(n.code, n.params) for n in bad.notes] == [("bad_isbn", {"isbn": "5-00000-000-0"})]


def test_marc8_is_decoded() -> None:
    titles = [r.title for r in good("marc21-marc8.mrc")]
    assert titles == [
        "Война и мир : роман",
        "Степные кочевники : история Казахстана",
        "Café society : a novel",
    ]


def test_irbis_rusmarc_in_cp1251_with_copies_from_910() -> None:
    first, second, _third, fourth = good("rusmarc-irbis-cp1251.iso")
    assert first.title == "Война и мир : роман"
    assert first.authors == "Толстой, Лев Николаевич"
    assert (first.bbk, first.udc, first.language) == (
        "84(2Рос=Рус)1",
        "821.161.1",
        Language.RUSSIAN,
    )
    assert second.authors == "Кляшторный, Сергей; Султанов, Турсун"
    copy = first.copies[0]
    assert (copy.barcode, copy.inventory_number, copy.location) == ("200001", "И-2001", "Абонемент")
    assert copy.acquired_on is not None
    assert copy.acquired_on.isoformat() == "2024-03-01"
    assert fourth.audience is Audience.CHILDREN  # 100 $a/17 "d"


def test_the_same_books_read_alike_from_every_format() -> None:
    def key(r: RecordData) -> tuple[object, ...]:
        return (r.title.split(" : ")[0], r.isbn, r.year, r.language, r.bbk)

    marc = {key(r) for r in good("marc21-utf8.mrc")}
    assert {key(r) for r in good("marc21.xml")} == marc
    assert {key(r) for r in good("rusmarc-utf8.iso")} <= marc
    assert {key(r) for r in good("rusmarc-irbis-cp1251.iso")} <= marc
    assert {key(r) for r in good("records.csv")} == marc
    assert {key(r) for r in good("records.xlsx")} == marc


def test_damaged_records_are_listed_with_their_place_and_the_rest_read() -> None:
    found = list(records(open_source(DATA / "marc21-damaged.mrc")))
    problems = [(p.position, p.code) for p in found if isinstance(p, Problem)]
    assert problems == [(2, "broken_leader"), (4, "broken_directory"), (6, "wrong_encoding")]
    assert all(p.offset is not None and p.offset > 0 for p in found if isinstance(p, Problem))
    assert [r.position for r in found if isinstance(r, RecordData)] == [1, 3, 5]


def test_a_truncated_file_lists_its_last_record() -> None:
    found = list(records(open_source(DATA / "marc21-truncated.mrc")))
    assert [type(e).__name__ for e in found] == ["RecordData"] * 3 + ["Problem"]
    assert found[-1].code == "truncated_record"  # type: ignore[union-attr]


def test_forcing_the_encoding_wins_over_the_leader() -> None:
    # The cp1251 record read as UTF-8 is refused; read as cp1251 it is Russian again.
    chunk = (DATA / "marc21-damaged.mrc").read_bytes()
    last = list(iso2709.chunks(io.BytesIO(chunk)))[-1][1]
    with pytest.raises(iso2709.BadRecord):
        iso2709.decode(last, True, Encoding.UTF8, forced=True)
    record = iso2709.decode(last, True, Encoding.CP1251, forced=True)
    assert record.get_fields("245")[0].get("a").startswith("Война и мир")


def test_a_file_that_is_no_catalogue_is_refused_before_reading() -> None:
    with pytest.raises(WorldError) as caught:
        open_source(DATA / "not-a-catalogue.bin")
    assert caught.value.code == "unknown_format"


def test_missing_columns_are_refused_when_the_rows_are_asked_for() -> None:
    with pytest.raises(WorldError) as caught:
        records(open_source(DATA / "records-missing-columns.csv"))
    assert (caught.value.code, caught.value.params) == ("missing_columns", {"columns": "title"})
    # With the user's mapping, another column serves as the title.
    mapped = list(records(open_source(DATA / "records-missing-columns.csv"), {"title": "Автор"}))
    assert mapped
    assert isinstance(mapped[0], RecordData)


def test_merged_cells_in_a_workbook_are_listed() -> None:
    found = list(readers(open_source(DATA / "readers-merged.xlsx")))
    assert [(p.position, p.code) for p in found if isinstance(p, Problem)] == [(3, "merged_cells")]
    assert len(found) == 4


def test_reader_rows_are_read_from_csv_and_xlsx_alike() -> None:
    csv_rows = list(readers(open_source(DATA / "readers.csv")))
    xlsx_rows = list(readers(open_source(DATA / "readers.xlsx")))
    assert csv_rows == xlsx_rows
    first = csv_rows[0]
    assert first.card == "BST-000101"  # type: ignore[union-attr]
    assert first.data.sex == "f"
    assert first.data.category == "employee"


def test_broken_xml_ends_the_file_with_a_problem(tmp_path: Path) -> None:
    text = (DATA / "marc21.xml").read_text(encoding="utf-8")
    cut = text.index("</record>", text.index("</record>") + 1) + len("</record>")
    path = tmp_path / "cut.xml"
    path.write_text(text[:cut] + "<record><datafield tag='245'", encoding="utf-8")
    found = list(records(open_source(path)))
    assert [type(e).__name__ for e in found] == ["RecordData", "RecordData", "Problem"]
    assert found[-1].code == "broken_xml"  # type: ignore[union-attr]
