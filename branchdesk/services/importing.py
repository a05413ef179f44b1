"""Importing a catalogue file at the branch (issue 6): records and copies, journaled.

The file is read as a stream and written in batches, each one unit of work with its journal
operations, so memory stays flat on a big file and a power cut loses at most the batch being
written (the import can simply be run again: it is idempotent). A record already in the
catalogue is matched (importing.matching) and updated only where a newer export differs;
copies already there are left alone (their status, location and loans are the branch's own
facts), copies the file no longer lists are reported, never deleted.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from uuid6 import uuid7

from branchdesk.domain.codes import is_branch_code
from branchdesk.domain.model import ItemStatus, ItemType
from branchdesk.errors import WorldError
from branchdesk.importing import columns as cols
from branchdesk.importing.matching import (
    changes,
    record_values,
    same_identity,
    search_text,
    title_key,
)
from branchdesk.importing.model import TABLE_FORMATS, Encoding, Format, Problem, RecordData
from branchdesk.importing.report import ImportReport
from branchdesk.importing.rows import ReaderRow
from branchdesk.importing.source import Source, open_source, preview, records
from branchdesk.importing.values import isbn_forms, isbn_key
from branchdesk.services.context import BranchContext
from branchdesk.store.db import db_datetime
from branchdesk.store.schema import RECORD_FIELDS
from branchdesk.store.settings import Key, get_setting, put_setting
from branchdesk.sync.journal import OpKind

BATCH = 500
Good = TypeVar("Good")  # a record (catalogue) or a row (readers) read well
PREVIEW = 20  # records the desk shows before an import
# progress(bytes read, file size): the desk's progress bar and the command line's counter.
Progress = Callable[[int, int], None]

_SELECT = f"SELECT id, uuid, {', '.join(RECORD_FIELDS)} FROM record"
_INSERT_RECORD = (
    f"INSERT INTO record (uuid, {', '.join(RECORD_FIELDS)}, search_text, updated_at) "
    f"VALUES ({', '.join('?' * (len(RECORD_FIELDS) + 3))})"
)
_INSERT_ITEM = (
    "INSERT INTO item (uuid, barcode, inventory_number, record_id, home_branch, location, "
    "item_type, status, price, acquired_on, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
)


def remembered_columns(ctx: BranchContext, key: str) -> dict[str, str]:
    with ctx.db.read() as session:
        found = get_setting(session, key, {})
    return dict(found) if isinstance(found, dict) else {}


def remember_columns(ctx: BranchContext, key: str, columns: Mapping[str, str]) -> None:
    """The user's mapping is kept for the next file of the same kind (not journaled: it is
    this desk's preference, not the library's data)."""
    with ctx.db.write() as session:
        put_setting(session, key, dict(columns))


@dataclass(frozen=True)
class FilePreview:
    """A file as an import would read it now, before anything is written (the desk's
    Import screen): its format and character set, a sheet's columns, the first entries."""

    format: Format
    encoding: Encoding
    readers: bool
    entries: tuple[RecordData | ReaderRow | Problem, ...] = ()
    header: tuple[str, ...] = ()  # a sheet's column headers, in order
    columns: dict[str, str] = field(default_factory=dict)  # field: header, as it would read
    missing: tuple[str, ...] = ()  # fields it needs that no column gives: no entries then
    absent: tuple[str, ...] = ()  # chosen headers the sheet does not have

    @property
    def is_table(self) -> bool:
        return self.format in TABLE_FORMATS

    @property
    def ready(self) -> bool:
        """Whether an import with these choices would read rows at all."""
        return not self.missing and not self.absent


def column_fields(readers: bool) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...], str]:
    """The fields a sheet may give, those it must, and the setting its mapping is kept in."""
    if readers:
        return cols.READER_FIELDS, cols.READER_REQUIRED, Key.IMPORT_COLUMNS_READERS
    return cols.RECORD_FIELDS, cols.RECORD_REQUIRED, Key.IMPORT_COLUMNS_RECORDS


def preview_file(
    ctx: BranchContext,
    path: Path,
    *,
    readers: bool = False,
    fmt: Format | None = None,
    encoding: Encoding | None = None,
    columns: Mapping[str, str] | None = None,
    count: int = PREVIEW,
) -> FilePreview:
    """The first `count` records (or reader rows) as `import_catalogue` (`import_readers`)
    would read them with the same choices; without `columns`, with the remembered mapping.
    A file that cannot be read at all raises WorldError, as the import would."""
    source = open_source(path, fmt, encoding)
    if readers and source.format not in TABLE_FORMATS:
        raise WorldError("readers_need_table", format=source.format.value)
    forced = encoding is not None
    if source.format not in TABLE_FORMATS:
        found = preview(source, count, forced=forced)
        return FilePreview(source.format, source.encoding, readers, tuple(found))
    fields, required, key = column_fields(readers)
    lenient = columns is None
    chosen = dict(columns) if columns is not None else remembered_columns(ctx, key)
    try:
        found = preview(
            source, count, readers_list=readers, chosen=chosen, forced=forced, lenient=lenient
        )
    except WorldError as error:
        if error.code != "missing_columns":
            raise
        found = []
    matched, absent = cols.match(source.header, fields, chosen, lenient=lenient)
    return FilePreview(
        source.format,
        source.encoding,
        readers,
        tuple(found),
        header=tuple(source.header),
        columns=matched,
        missing=tuple(name for name in required if name not in matched and name not in absent),
        absent=tuple(absent.values()),
    )


class _Catalogue:
    """The branch catalogue as this import sees it, one batch (transaction) at a time."""

    def __init__(self, ctx: BranchContext, operator: str, report: ImportReport) -> None:
        self.ctx = ctx
        self.operator = operator
        self.report = report
        self.keys: dict[int, int] = {}
        # Hashes of the control numbers, ISBNs and barcodes there are: most records of an
        # import are new, and asking the database about each of them was half its time.
        # A hash found is only a hint; the row itself is read to be sure.
        self.controls: set[int] = set()
        self.isbns: set[int] = set()
        self.barcodes: set[int] = set()
        # Records that were there before this import, with the copies the file lists for
        # them: what is left over is reported as no longer in the file.
        self.listed: dict[int, set[str]] = {}
        self.stamp = ""
        with ctx.db.write_sql() as conn:
            rows = conn.execute("SELECT id, title, authors, year, control_number, isbn FROM record")
            for row_id, title, authors, year, control, isbn in rows:
                self.keys.setdefault(title_key(title, authors, year), row_id)
                self._remember(control, isbn)
            self.barcodes.update(hash(b) for (b,) in conn.execute("SELECT barcode FROM item"))
            self.first_new = (conn.execute("SELECT max(id) FROM record").fetchone()[0] or 0) + 1

    def _remember(self, control: str | None, isbn: str | None) -> None:
        if control:
            self.controls.add(hash(control))
        found = isbn_key(isbn)
        if found is not None:
            self.isbns.add(found)

    def _row(
        self, conn: sqlite3.Connection, where: str, params: tuple[Any, ...]
    ) -> dict[str, Any] | None:
        cursor = conn.execute(f"{_SELECT} WHERE {where} ORDER BY id LIMIT 1", params)
        row = cursor.fetchone()
        if row is None:
            return None
        names = [d[0] for d in cursor.description]
        return dict(zip(names, row, strict=True))

    def match(
        self, conn: sqlite3.Connection, record: RecordData, key: int
    ) -> dict[str, Any] | None:
        if record.control_number and hash(record.control_number) in self.controls:
            found = self._row(conn, "control_number = ?", (record.control_number,))
            if found is not None:
                return found
        if record.isbn and isbn_key(record.isbn) in self.isbns:
            forms = isbn_forms(record.isbn)
            found = self._row(conn, f"isbn IN ({','.join('?' * len(forms))})", forms)
            if found is not None and same_identity(record, found["control_number"]):
                return found
        row_id = self.keys.get(key)
        if row_id is not None:
            found = self._row(conn, "id = ?", (row_id,))
            if found is not None and same_identity(record, found["control_number"]):
                return found
        return None

    def write(self, batch: list[RecordData]) -> None:
        now = self.ctx.now()
        self.stamp = db_datetime(now)  # once a batch: strftime was a tenth of the writing
        with self.ctx.db.write_sql() as conn:
            for record in batch:
                self._record(conn, record, now)

    def _record(self, conn: sqlite3.Connection, record: RecordData, now: Any) -> None:
        for note in record.notes:
            self.report.note(note)
        key = title_key(record.title, record.authors, record.year)
        found = self.match(conn, record, key)
        stamp = self.stamp
        if found is None:
            values = record_values(record)
            uuid = str(uuid7())
            cursor = conn.execute(
                _INSERT_RECORD,
                (uuid, *values.values(), search_text(values), stamp),
            )
            record_id = int(cursor.lastrowid or 0)
            self.keys[key] = record_id
            self._remember(record.control_number, record.isbn)
            self.ctx.journal(
                conn, OpKind.ADD_RECORD, {"record": uuid, **values}, self.operator, now
            )
            self.report.add("records_added")
            bbk = record.bbk
        else:
            record_id, uuid = found["id"], found["uuid"]
            changed = changes(found, record)
            if changed:
                merged = {**found, **changed}
                sets = ", ".join(f"{name} = ?" for name in changed)
                conn.execute(
                    f"UPDATE record SET {sets}, search_text = ?, updated_at = ? WHERE id = ?",
                    (*changed.values(), search_text(merged), stamp, record_id),
                )
                self.ctx.journal(
                    conn,
                    OpKind.UPDATE_RECORD,
                    {"record": uuid, "fields": changed},
                    self.operator,
                    now,
                )
                self.report.add("records_updated")
            else:
                self.report.add("records_unchanged")
            bbk = changed.get("bbk", found["bbk"])
        if not bbk:
            self.report.without_bbk(record.position, record.title)
        self._copies(conn, record, record_id, uuid, now)

    def _copies(
        self, conn: sqlite3.Connection, record: RecordData, record_id: int, uuid: str, now: Any
    ) -> None:
        listed = self.listed.setdefault(record_id, set()) if record_id < self.first_new else None
        for copy in record.copies:
            if listed is not None:
                listed.add(copy.barcode)
            known = hash(copy.barcode)
            there = None
            if known in self.barcodes:
                there = conn.execute(
                    "SELECT record_id FROM item WHERE barcode = ?", (copy.barcode,)
                ).fetchone()
            if there is not None:
                self.report.copy_already_there(record.position, copy.barcode, there[0] == record_id)
                continue
            home = (
                copy.home_branch if copy.home_branch and is_branch_code(copy.home_branch) else None
            )
            acquired: date = copy.acquired_on or now.date()
            item = {
                "item": str(uuid7()),
                "record": uuid,
                "barcode": copy.barcode,
                "inventory_number": copy.inventory_number,
                "location": copy.location,
                "item_type": ItemType.BOOK.value,
                "home_branch": home or self.ctx.branch,
                "price": copy.price,
                "acquired_on": acquired,
            }
            self.barcodes.add(known)
            conn.execute(
                _INSERT_ITEM,
                (
                    item["item"],
                    copy.barcode,
                    copy.inventory_number,
                    record_id,
                    item["home_branch"],
                    copy.location,
                    item["item_type"],
                    ItemStatus.AVAILABLE.value,
                    copy.price,
                    acquired.isoformat(),
                    self.stamp,
                ),
            )
            self.ctx.journal(conn, OpKind.ADD_ITEM, item, self.operator, now)
            self.report.add("items_added")

    def report_missing(self) -> None:
        """Copies of records that were already here which the file no longer lists."""
        with self.ctx.db.read() as session:
            conn = session.connection().connection.driver_connection
            assert isinstance(conn, sqlite3.Connection)
            for record_id, barcodes in self.listed.items():
                if not barcodes:
                    continue  # the file lists no copies of it at all: a catalogue-only export
                for (barcode,) in conn.execute(
                    "SELECT barcode FROM item WHERE record_id = ? ORDER BY barcode", (record_id,)
                ):
                    if barcode not in barcodes:
                        self.report.missing_copy(barcode)


def batches(
    entries: Iterator[Good | Problem], report: ImportReport, size: int
) -> Iterator[list[Good]]:
    """The file's good records or rows in lists of `size`; the bad ones go to the report."""
    batch: list[Good] = []
    for entry in entries:
        if isinstance(entry, Problem):
            report.problem(entry)
            continue
        batch.append(entry)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def prepare(
    path: Path, fmt: Format | None, encoding: Encoding | None, kind: str
) -> tuple[Source, ImportReport]:
    source = open_source(path, fmt, encoding)
    report = ImportReport(str(path), source.format.value, source.encoding.value, kind)
    return source, report


def import_catalogue(
    ctx: BranchContext,
    path: Path,
    operator: str,
    *,
    fmt: Format | None = None,
    encoding: Encoding | None = None,
    columns: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    batch: int = BATCH,
) -> ImportReport:
    """Import records and copies; a file that cannot be read at all raises WorldError
    before anything is written. `columns` (a sheet's mapping) is remembered when given."""
    started = time.perf_counter()
    chosen = dict(columns) if columns else remembered_columns(ctx, Key.IMPORT_COLUMNS_RECORDS)
    source, report = prepare(path, fmt, encoding, "records")
    entries = records(source, chosen, forced=encoding is not None, lenient=not columns)
    report.columns = dict(source.columns)
    if columns:
        remember_columns(ctx, Key.IMPORT_COLUMNS_RECORDS, columns)
    catalogue = _Catalogue(ctx, operator, report)
    # Hundreds of commits in a row: the WAL is copied back once, after them (Database).
    with ctx.db.checkpoint_after():
        for chunk in batches(entries, report, batch):
            catalogue.write(chunk)
            if progress is not None:
                progress(*source.progress())
    catalogue.report_missing()
    report.seconds = time.perf_counter() - started
    return report
