"""Quick catalogue work at the desk: a donated book added on the spot, a copy lost or found."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from uuid6 import uuid7

from branchdesk.domain.codes import is_item_barcode, normalise_scan
from branchdesk.domain.folding import search_key
from branchdesk.domain.model import Audience, ItemStatus, ItemType, Language, Record
from branchdesk.domain.readers import check_text
from branchdesk.errors import InvalidInput, NotFound, raise_if_problem
from branchdesk.services.circulation import (
    ITEM_BY_BARCODE,
    OPEN_LOAN_OF_ITEM,
    change_status,
    row_cursor,
)
from branchdesk.services.context import BranchContext
from branchdesk.services.results import Changes
from branchdesk.store.queries import record_from_row
from branchdesk.store.schema import ItemRow, RecordRow
from branchdesk.sync.journal import OpKind

_CATALOGUE_CHANGES = Changes(catalogue=True, journal=True)
TITLE_MAX = 1000


@dataclass(frozen=True)
class RecordInput:
    title: str
    authors: str | None = None
    isbn: str | None = None
    publisher: str | None = None
    year: int | None = None
    language: Language = Language.KAZAKH
    bbk: str | None = None
    udc: str | None = None
    audience: Audience = Audience.ADULT
    subjects: str | None = None


@dataclass(frozen=True)
class ItemInput:
    barcode: str
    inventory_number: str | None = None
    location: str | None = None
    item_type: ItemType = ItemType.BOOK
    price: str | None = None
    acquired_on: date | None = None


def record_search_text(data: RecordInput) -> str:
    parts = (data.title, data.authors, data.isbn, data.publisher, data.bbk)
    return search_key(" ".join(p for p in parts if p))


def _check_record(data: RecordInput, today: date) -> None:
    if not data.title.strip():
        raise InvalidInput("required", field="title")
    for name, limit in (
        ("title", TITLE_MAX),
        ("authors", TITLE_MAX),
        ("publisher", 300),
        ("bbk", 100),
        ("udc", 100),
        ("isbn", 20),
    ):
        raise_if_problem(check_text(getattr(data, name), name, limit))
    if data.year is not None and not 1500 <= data.year <= today.year + 1:
        raise InvalidInput("bad_year", field="year", year=data.year)


def add_record_with_item(
    ctx: BranchContext, record: RecordInput, item: ItemInput, operator: str
) -> Record:
    """Catalogue a title and its first copy in one step (donations, gifts at the desk)."""
    _check_record(record, ctx.today())
    barcode = normalise_scan(item.barcode)
    if not is_item_barcode(barcode):
        raise InvalidInput("malformed_barcode", field="barcode", barcode=barcode[:40])
    for name, limit in (("inventory_number", 50), ("location", 100), ("price", 20)):
        raise_if_problem(check_text(getattr(item, name), name, limit))
    now = ctx.now()
    with ctx.db.write() as session:
        if session.scalar(select(ItemRow.id).where(ItemRow.barcode == barcode)) is not None:
            raise InvalidInput("barcode_taken", field="barcode", barcode=barcode)
        row = RecordRow(
            uuid=str(uuid7()),
            title=record.title.strip(),
            authors=record.authors,
            isbn=record.isbn,
            publisher=record.publisher,
            year=record.year,
            language=record.language.value,
            bbk=record.bbk,
            udc=record.udc,
            audience=record.audience.value,
            subjects=record.subjects,
            search_text=record_search_text(record),
            updated_at=now,
        )
        session.add(row)
        session.flush()
        copy = ItemRow(
            uuid=str(uuid7()),
            barcode=barcode,
            inventory_number=item.inventory_number,
            record_id=row.id,
            home_branch=ctx.branch,
            location=item.location,
            item_type=item.item_type.value,
            status=ItemStatus.AVAILABLE.value,
            price=item.price,
            acquired_on=item.acquired_on or now.date(),
            updated_at=now,
        )
        session.add(copy)
        ctx.journal(
            session,
            OpKind.ADD_RECORD,
            {
                "record": row.uuid,
                "title": row.title,
                "authors": row.authors,
                "isbn": row.isbn,
                "publisher": row.publisher,
                "year": row.year,
                "language": row.language,
                "bbk": row.bbk,
                "udc": row.udc,
                "audience": row.audience,
                "subjects": row.subjects,
            },
            operator,
            now,
        )
        ctx.journal(
            session,
            OpKind.ADD_ITEM,
            {
                "item": copy.uuid,
                "record": row.uuid,
                "barcode": barcode,
                "inventory_number": copy.inventory_number,
                "location": copy.location,
                "item_type": copy.item_type,
                "home_branch": copy.home_branch,
                "price": copy.price,
                "acquired_on": copy.acquired_on,
            },
            operator,
            now,
        )
        return record_from_row(row)


# Which status changes a librarian may make by hand; on_loan and in_transit come from scans.
_ALLOWED = {
    ItemStatus.LOST: {
        ItemStatus.AVAILABLE,
        ItemStatus.ON_LOAN,
        ItemStatus.REFERENCE_ONLY,
        ItemStatus.IN_TRANSIT,
    },
    ItemStatus.WITHDRAWN: {ItemStatus.AVAILABLE, ItemStatus.LOST, ItemStatus.REFERENCE_ONLY},
    ItemStatus.AVAILABLE: {ItemStatus.LOST, ItemStatus.WITHDRAWN, ItemStatus.REFERENCE_ONLY},
    ItemStatus.REFERENCE_ONLY: {ItemStatus.AVAILABLE},
}


def change_item_status(
    ctx: BranchContext, barcode: str, new: ItemStatus, operator: str, note: str = ""
) -> ItemStatus:
    """Mark a copy lost, withdrawn, found (available) or reference-only.

    A copy lost while on loan keeps its loan open: the reader is still answerable for it, and
    the формуляр must not show a return that never happened. A copy on loan cannot be
    written off or put on the shelf by hand; it is taken back first.
    """
    code = normalise_scan(barcode)
    if not is_item_barcode(code):
        raise InvalidInput("malformed_barcode", field="barcode", barcode=code[:40])
    if new not in _ALLOWED:
        raise InvalidInput("status_not_settable", field="status", status=new.value)
    raise_if_problem(check_text(note, "note"))
    now = ctx.now()
    with ctx.db.write_sql() as conn:
        cur = row_cursor(conn)
        item = cur.execute(ITEM_BY_BARCODE, (code,)).fetchone()
        if item is None:
            raise NotFound("unknown_barcode", barcode=code)
        old = ItemStatus(item["status"])
        if old is new:
            return new
        # A copy in a reader's hands: say so first, it tells the librarian what to do.
        on_loan = cur.execute(OPEN_LOAN_OF_ITEM, (item["id"],)).fetchone() is not None
        if on_loan and new is not ItemStatus.LOST:
            raise InvalidInput("item_on_loan", field="status", barcode=code)
        if old not in _ALLOWED[new]:
            raise InvalidInput(
                "status_change_not_allowed", field="status", old=old.value, new=new.value
            )
        change_status(conn, ctx, item, new, operator, now, note)
    return new
