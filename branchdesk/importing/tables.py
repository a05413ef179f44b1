"""CSV and Excel sheets with a header row, read row by row.

openpyxl's read-only mode streams the sheet but does not say which cells are merged; that is
read from the sheet's own XML (its <mergeCell> list), so a merged row is listed rather than
imported with its values shifted or lost.
"""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

from branchdesk.errors import WorldError
from branchdesk.importing.model import Encoding, Problem, TableRow

_CELL = re.compile(r"([A-Z]+)(\d+)")


# (done, total) so far: bytes of a CSV file, rows of a workbook's sheet.
Measure = Callable[[], tuple[int, int]]


class Table:
    """The header and an iterator of rows (or problems) of one sheet, and how far it is read."""

    def __init__(
        self,
        header: list[str],
        rows: Iterator[TableRow | Problem],
        measure: Measure,
        close: Callable[[], None],
    ) -> None:
        self.header = header
        self.rows = rows
        self.measure = measure
        self.close = close  # when the rows are not wanted after all (a column missing)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # an ИИН or a barcode typed into a number cell
    return str(value).strip()


def _header(values: list[str], path: Path) -> list[str]:
    header = [v.strip() for v in values]
    if not any(header):
        raise WorldError("no_header", path=str(path))
    return header


def _rows(
    header: list[str], values: Iterator[tuple[int, list[str]]], merged: set[int]
) -> Iterator[TableRow | Problem]:
    for position, cells in values:
        if not any(cells):
            continue  # an empty line is no row
        if position in merged:
            yield Problem(position, "merged_cells")
            continue
        if len(cells) > len(header) and any(cells[len(header) :]):
            yield Problem(position, "extra_cells", {"count": len(cells), "max": len(header)})
            continue
        yield TableRow(position, {h: c for h, c in zip(header, cells, strict=False) if h})


def read_csv(path: Path, encoding: Encoding) -> Table:
    raw = path.open("rb")  # its position is the progress bar's measure
    size = path.stat().st_size
    stream = io.TextIOWrapper(
        raw, encoding="utf-8-sig" if encoding is Encoding.UTF8 else encoding.value
    )
    try:
        sample = stream.read(1 << 15)
        stream.seek(0)
        try:
            dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ";,\t")
        except csv.Error:
            dialect = csv.excel
        reader = csv.reader(stream, dialect)
        first = next(reader, None)
    except UnicodeDecodeError as exc:
        stream.close()
        raise WorldError("wrong_encoding", encoding=encoding.value) from exc
    if first is None:
        stream.close()
        raise WorldError("empty_file", path=str(path))
    header = _header(first, path)

    def values() -> Iterator[tuple[int, list[str]]]:
        with stream:
            try:
                for cells in reader:
                    yield reader.line_num, [c.strip() for c in cells]
            except UnicodeDecodeError:
                raise WorldError("wrong_encoding", encoding=encoding.value) from None

    def measure() -> tuple[int, int]:
        return (size if raw.closed else raw.tell()), size

    return Table(header, _rows(header, values(), set()), measure, stream.close)


def _merged_rows(archive: zipfile.ZipFile, sheet_path: str) -> set[int]:
    """Row numbers a merged range covers, from the <mergeCells> after the sheet's data."""
    rows: set[int] = set()
    info = archive.getinfo(sheet_path)
    with archive.open(info) as raw:
        # The list follows <sheetData>: stream-parse, skipping the cells as they come.
        for _event, element in ET.iterparse(raw, events=("end",)):
            name = element.tag.rsplit("}", 1)[-1]
            if name == "mergeCell":
                ref = element.get("ref", "")
                ends = [_CELL.fullmatch(part) for part in ref.split(":")]
                if len(ends) == 2 and ends[0] and ends[1]:
                    rows.update(range(int(ends[0].group(2)), int(ends[1].group(2)) + 1))
            elif name == "row":
                element.clear()
    return rows


def read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook  # heavy: only when a workbook is imported

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise WorldError("unreadable_file", path=str(path)) from exc
    sheet = book.worksheets[0]
    sheet_path = getattr(sheet, "_worksheet_path", None)
    merged: set[int] = set()
    if sheet_path:
        with zipfile.ZipFile(path) as archive:
            merged = _merged_rows(archive, sheet_path.lstrip("/"))
    if 1 in merged:
        book.close()
        raise WorldError("merged_header", path=str(path))
    rows = sheet.iter_rows(values_only=True)
    first = next(rows, None)
    if first is None:
        book.close()
        raise WorldError("empty_file", path=str(path))
    header = _header([_cell_text(v) for v in first], path)
    total = max(int(getattr(sheet, "max_row", None) or 0), 1)  # the sheet's stated size
    done = [1]

    def values() -> Iterator[tuple[int, list[str]]]:
        try:
            for number, cells in enumerate(rows, start=2):
                done[0] = number
                yield number, [_cell_text(v) for v in cells]
        finally:
            done[0] = total
            book.close()

    def measure() -> tuple[int, int]:
        return min(done[0], total), total

    return Table(header, _rows(header, values(), merged), measure, book.close)


def read_table(path: Path, xlsx: bool, encoding: Encoding) -> Table:
    return read_xlsx(path) if xlsx else read_csv(path, encoding)


__all__ = ["Table", "read_table"]
