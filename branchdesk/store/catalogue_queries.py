"""Read models for the catalogue screen: a title with its copies, and a copy's loan history."""

from __future__ import annotations

from sqlalchemy import Date, DateTime, select, text
from sqlalchemy.orm import Session

from branchdesk.domain.model import Item, ItemStatus, ItemType, Loan, Record
from branchdesk.errors import NotFound
from branchdesk.store.queries import record_from_row
from branchdesk.store.schema import ItemRow, RecordRow


def _item(copy: ItemRow, record: RecordRow) -> Item:
    return Item(
        uuid=copy.uuid,
        barcode=copy.barcode,
        inventory_number=copy.inventory_number,
        record_uuid=record.uuid,
        title=record.title,
        authors=record.authors,
        home_branch=copy.home_branch,
        location=copy.location,
        item_type=ItemType(copy.item_type),
        status=ItemStatus(copy.status),
        price=copy.price,
        acquired_on=copy.acquired_on,
    )


def record_with_items(session: Session, record_uuid: str) -> tuple[Record, list[Item]]:
    """A title and all its copies in this branch's catalogue, by barcode.

    Raises NotFound when the record is gone (a screen can hold a uuid across a sync).
    """
    record = session.scalars(select(RecordRow).where(RecordRow.uuid == record_uuid)).first()
    if record is None:
        raise NotFound("unknown_record", record=record_uuid)
    copies = session.scalars(
        select(ItemRow).where(ItemRow.record_id == record.id).order_by(ItemRow.barcode)
    )
    return record_from_row(record), [_item(copy, record) for copy in copies]


# The (item_id, lent_at) index serves one copy's history; it is the only full index on
# item_id (the open-loan one is partial), so SQLite needs no hint to take it.
_ITEM_LOANS = text(
    """
SELECT l.uuid, i.barcode AS item_barcode, rec.title, r.card_number AS reader_card, l.branch,
       l.lent_at, l.due_on, l.returned_at, l.returned_branch, l.renewals
FROM item i
JOIN loan l ON l.item_id = i.id
JOIN reader r ON r.id = l.reader_id
JOIN record rec ON rec.id = i.record_id
WHERE i.barcode = :barcode
ORDER BY l.lent_at DESC, l.id DESC
"""
).columns(lent_at=DateTime, due_on=Date, returned_at=DateTime)


def item_loans(session: Session, barcode: str) -> list[Loan]:
    """Every loan of one copy, newest first; empty for an unknown barcode."""
    return [Loan(**row._asdict()) for row in session.execute(_ITEM_LOANS, {"barcode": barcode})]
