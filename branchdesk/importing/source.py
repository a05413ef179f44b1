"""One file to import: its format and character set, and its records one by one."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from branchdesk.errors import WorldError
from branchdesk.importing import columns as cols
from branchdesk.importing.detect import detect_encoding, detect_format, read_head
from branchdesk.importing.model import (
    MARC_FORMATS,
    Encoding,
    Format,
    Problem,
    RecordData,
    TableRow,
)
from branchdesk.importing.rows import BadRow, ReaderRow, reader_from_row, record_from_row
from branchdesk.importing.tables import Table, read_table

Entry = RecordData | Problem


class _Counting:
    """A binary stream that counts what has been read: the progress bar's measure."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.done = 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.done += len(data)
        return data


@dataclass
class Source:
    path: Path
    format: Format
    encoding: Encoding
    size: int
    columns: dict[str, str] = field(default_factory=dict)
    header: list[str] = field(default_factory=list)  # a sheet's, once its rows are asked for
    _measure: Callable[[], tuple[int, int]] | None = None

    def progress(self) -> tuple[int, int]:
        """(done, total) so far: bytes of a MARC or CSV file, rows of a workbook."""
        return self._measure() if self._measure is not None else (0, self.size)

    @property
    def done(self) -> int:
        return self.progress()[0]


def open_source(path: Path, fmt: Format | None = None, encoding: Encoding | None = None) -> Source:
    """Detect (or take the user's) format and encoding; refuses a file it cannot read at
    all before anything is written."""
    if not path.is_file():
        raise WorldError("file_error", path=str(path), reason="not a file")
    head = read_head(path)
    found = fmt or detect_format(path, head)
    if found is Format.XLSX and not head.startswith(b"PK"):
        raise WorldError("unreadable_file", path=str(path))
    if encoding is Encoding.MARC8 and found is not Format.MARC21:
        raise WorldError("encoding_not_for_format", encoding=encoding.value, format=found.value)
    chosen = encoding or detect_encoding(found, head)
    return Source(path, found, chosen, path.stat().st_size)


def _marc_entries(source: Source, forced: bool) -> Iterator[Entry]:
    from branchdesk.importing import iso2709, marcxml  # pymarc: only when MARC is read
    from branchdesk.importing.marc_map import NoTitle, map_record

    with source.path.open("rb") as raw:
        stream = _Counting(raw)
        if source.format is Format.MARCXML:
            source._measure = lambda: (stream.done, source.size)
            found = marcxml.records(stream)  # type: ignore[arg-type]
        else:
            consumed = [0]
            source._measure = lambda: (consumed[0], source.size)
            found = iso2709.records(stream, source.encoding, forced, consumed)  # type: ignore[arg-type]
        for entry in found:
            if isinstance(entry, Problem):
                yield entry
                continue
            position, record = entry
            flavour = source.format
            if flavour is Format.MARCXML:
                rusmarc = not record.get_fields("245") and record.get_fields("200")
                flavour = Format.RUSMARC if rusmarc else Format.MARC21
            try:
                yield map_record(record, flavour, position)
            except NoTitle:
                yield Problem(position, "no_title")


def _table(
    source: Source,
    fields: Mapping[str, tuple[str, ...]],
    required: tuple[str, ...],
    chosen: Mapping[str, str],
    lenient: bool,
) -> Table:
    table = read_table(source.path, source.format is Format.XLSX, source.encoding)
    source.header = list(table.header)
    source._measure = table.measure
    try:
        source.columns = cols.resolve(table.header, fields, required, chosen, lenient=lenient)
    except WorldError:
        table.close()
        raise
    return table


def records(
    source: Source,
    chosen: Mapping[str, str] | None = None,
    forced: bool = False,
    *,
    lenient: bool = False,
) -> Iterator[Entry]:
    """The file's records in order, a Problem in place of each bad one. For a sheet, the
    header is checked when this is called, not when the first row is wanted; `lenient`
    for a remembered mapping (see columns.match)."""
    if source.format in MARC_FORMATS or source.format is Format.MARCXML:
        return _marc_entries(source, forced)
    table = _table(source, cols.RECORD_FIELDS, cols.RECORD_REQUIRED, chosen or {}, lenient)
    return _record_rows(table, source.columns)


def _record_rows(table: Table, columns: dict[str, str]) -> Iterator[Entry]:
    for row in table.rows:
        if isinstance(row, Problem):
            yield row
            continue
        try:
            yield record_from_row(row, columns)
        except BadRow as bad:
            yield Problem(row.position, bad.code, dict(bad.params))


def readers(
    source: Source, chosen: Mapping[str, str] | None = None, *, lenient: bool = False
) -> Iterator[ReaderRow | Problem]:
    if source.format not in (Format.CSV, Format.XLSX):
        raise WorldError("readers_need_table", format=source.format.value)
    table = _table(source, cols.READER_FIELDS, cols.READER_REQUIRED, chosen or {}, lenient)
    return _reader_rows(table, source.columns)


def _reader_rows(table: Table, columns: dict[str, str]) -> Iterator[ReaderRow | Problem]:
    for row in table.rows:
        if isinstance(row, TableRow):
            try:
                yield reader_from_row(row, columns)
            except BadRow as bad:
                yield Problem(row.position, bad.code, dict(bad.params))
        else:
            yield row


def preview(
    source: Source,
    count: int = 20,
    *,
    readers_list: bool = False,
    chosen: Mapping[str, str] | None = None,
    forced: bool = False,
    lenient: bool = False,
) -> list[Entry | ReaderRow]:
    """The first records (or reader rows), for the desk's preview before anything is
    written; read with the same choices the import would use."""
    found: list[Entry | ReaderRow] = []
    entries: Iterator[Entry | ReaderRow]
    if readers_list:
        entries = readers(source, chosen, lenient=lenient)
    else:
        entries = records(source, chosen, forced, lenient=lenient)
    try:
        for entry in entries:
            found.append(entry)
            if len(found) >= count:
                break
    finally:
        close = getattr(entries, "close", None)
        if close is not None:
            close()
    return found
