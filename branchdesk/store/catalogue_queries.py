"""Read models for the catalogue screen: a title with its copies, and a copy's loan history."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.domain.model import Item, Loan, Record
from branchdesk.errors import NotFound
from branchdesk.store.queries import (
    ITEM_COLUMNS,
    item_from_row,
    loan_query,
    loans,
    record_from_row,
)
from branchdesk.store.schema import ItemRow, RecordRow


def record_with_items(session: Session, record_uuid: str) -> tuple[Record, list[Item]]:
    """A title and all its copies in this branch's catalogue, by barcode.

    Raises NotFound when the record is gone (a screen can hold a uuid across a sync).
    """
    record = session.scalars(select(RecordRow).where(RecordRow.uuid == record_uuid)).first()
    if record is None:
        raise NotFound("unknown_record", record=record_uuid)
    copies = session.execute(
        select(*ITEM_COLUMNS)
        .join(RecordRow, RecordRow.id == ItemRow.record_id)
        .where(ItemRow.record_id == record.id)
        .order_by(ItemRow.barcode)
    )
    return record_from_row(record), [item_from_row(copy) for copy in copies]


# The (item_id, lent_at) index serves one copy's history; it is the only full index on
# item_id (the open-loan one is partial), so SQLite needs no hint to take it.
_ITEM_LOANS = loan_query("i.barcode = :barcode", "l.lent_at DESC, l.id DESC")


def item_loans(session: Session, barcode: str) -> list[Loan]:
    """Every loan of one copy, newest first; empty for an unknown barcode."""
    return loans(session, _ITEM_LOANS, barcode=barcode)
