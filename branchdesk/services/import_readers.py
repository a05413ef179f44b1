"""Importing readers from a CSV or Excel list at the branch (issue 6).

Every row is checked as the registration form checks it (names, ИИН, dates, group); a row
that names a reader already registered (same ИИН, or same name and birth date, or the same
card for the same person) is counted as already there, so importing the list again changes
nothing; a row that clashes with another reader (a card number taken by someone else, a
duplicate under another card) is listed and left out. Card numbers in the list are kept,
and this branch's card counter moves past them so new cards never collide.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session
from uuid6 import uuid7

from branchdesk.domain.codes import MAX_CARD_SEQ, card_number, parse_card
from branchdesk.domain.folding import search_key
from branchdesk.domain.model import ReaderStatus
from branchdesk.domain.readers import READER_INPUT_FIELDS, check_reader
from branchdesk.errors import WorldError
from branchdesk.importing.model import Encoding, Format, Problem
from branchdesk.importing.report import ImportReport
from branchdesk.importing.rows import ReaderRow as Row
from branchdesk.importing.source import readers
from branchdesk.services.context import BranchContext
from branchdesk.services.importing import (
    Progress,
    batches,
    prepare,
    remember_columns,
    remembered_columns,
)
from branchdesk.services.readers import (
    card_valid_until_from,
    clean_reader_input,
    find_duplicates,
    reader_payload,
    reader_search_text,
)
from branchdesk.store.schema import ReaderRow
from branchdesk.store.settings import Key, get_setting, put_setting
from branchdesk.sync.journal import OpKind

BATCH = 200


def _same_person(row: ReaderRow, data: Row) -> bool:
    if data.data.iin and row.iin == data.data.iin:
        return True
    return row.birth_date == data.data.birth_date and search_key(
        f"{row.surname} {row.name}"
    ) == search_key(f"{data.data.surname} {data.data.name}")


def _card(session: Session, ctx: BranchContext, wanted: str | None) -> str:
    """The card to give: the list's own (already checked free), else the next of ours."""
    seq = int(get_setting(session, Key.CARD_SEQ, 0))
    if wanted is not None:
        branch, _, digits = wanted.partition("-")
        if branch == ctx.branch and int(digits) > seq:
            put_setting(session, Key.CARD_SEQ, int(digits))
        return wanted
    seq += 1
    if seq > MAX_CARD_SEQ:
        raise WorldError("card_numbers_exhausted")
    put_setting(session, Key.CARD_SEQ, seq)
    return card_number(ctx.branch, seq)


def _one(
    session: Session, ctx: BranchContext, item: Row, operator: str, report: ImportReport
) -> None:
    data = clean_reader_input(item.data)
    found = check_reader(data, ctx.today(), ctx.config.age_bands)
    if found:
        first = found[0]
        report.problem(Problem(item.position, first.code, {"field": first.field, **first.params}))
        return
    wanted: str | None = None
    if item.card:
        wanted = parse_card(item.card)
        if wanted is None:
            report.problem(Problem(item.position, "malformed_card", {"card": item.card[:40]}))
            return
        holder = session.scalars(select(ReaderRow).where(ReaderRow.card_number == wanted)).first()
        if holder is not None:
            if _same_person(holder, Row(item.position, data, wanted, None)):
                report.add("readers_unchanged")
            else:
                report.problem(Problem(item.position, "card_taken", {"card": wanted}))
            return
    duplicates = find_duplicates(session, data)
    if duplicates:
        other = duplicates[0].card_number
        if wanted is None:
            report.add("readers_unchanged")  # registered before: the same list again
        else:
            report.problem(Problem(item.position, "duplicate_reader", {"card": other}))
        return
    now = ctx.now()
    card = _card(session, ctx, wanted)
    registered = item.registered_on or now.date()
    row = ReaderRow(
        uuid=str(uuid7()),
        card_number=card,
        registered_on=registered,
        home_branch=ctx.branch,
        card_valid_until=card_valid_until_from(ctx, max(registered, now.date())),
        status=ReaderStatus.ACTIVE.value,
        search_text=reader_search_text(data, card),
        updated_at=now,
        **{name: getattr(data, name) for name in READER_INPUT_FIELDS},
    )
    session.add(row)
    session.flush()
    ctx.journal(session, OpKind.REGISTER_READER, reader_payload(row), operator, now)
    report.add("readers_added")


def import_readers(
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
    """Import the list's readers; `columns` (the sheet's mapping) is remembered when given.
    `progress(done, total)` is called after each batch is written."""
    started = time.perf_counter()
    chosen = dict(columns) if columns else remembered_columns(ctx, Key.IMPORT_COLUMNS_READERS)
    source, report = prepare(path, fmt, encoding, "readers")
    rows = readers(source, chosen, lenient=not columns)
    report.columns = dict(source.columns)
    if columns:
        remember_columns(ctx, Key.IMPORT_COLUMNS_READERS, columns)
    for chunk in batches(rows, report, batch):
        with ctx.db.write() as session:
            for item in chunk:
                _one(session, ctx, item, operator, report)
        if progress is not None:
            progress(*source.progress())
    report.seconds = time.perf_counter() - started
    return report
