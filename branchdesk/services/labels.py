"""Printing item labels: which copies, and what their labels say (DESIGN §7)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from branchdesk.domain.codes import normalise_scan
from branchdesk.errors import InvalidInput, NotFound, WorldError
from branchdesk.printing.labels import ItemLabel, write_labels
from branchdesk.services.context import BranchContext
from branchdesk.store.schema import ItemRow, RecordRow


@dataclass(frozen=True)
class LabelsPrinted:
    path: Path
    barcodes: tuple[str, ...]  # in the order printed
    pages: int


def print_labels(
    ctx: BranchContext,
    out: Path,
    *,
    barcodes: Sequence[str] = (),
    new_since: date | None = None,
    copies_of: str | None = None,
) -> LabelsPrinted:
    """Labels for the copies named by barcode, the copies acquired on or after `new_since`,
    or every copy of the title that the copy `copies_of` belongs to."""
    if out.suffix.lower() != ".pdf":
        raise InvalidInput("pdf_expected", field="out")
    labels = item_labels(ctx, barcodes, new_since, copies_of)
    pages = write_labels(out, labels)
    return LabelsPrinted(out, tuple(label.barcode for label in labels), pages)


def item_labels(
    ctx: BranchContext,
    barcodes: Sequence[str] = (),
    new_since: date | None = None,
    copies_of: str | None = None,
) -> list[ItemLabel]:
    if sum((bool(barcodes), new_since is not None, copies_of is not None)) != 1:
        raise InvalidInput("labels_choice", field="items")
    if new_since is not None and new_since > ctx.today():
        raise InvalidInput("in_future", field="new_since")
    query = select(ItemRow, RecordRow).join(RecordRow, RecordRow.id == ItemRow.record_id)
    with ctx.db.read() as session:
        if barcodes:
            wanted = list(dict.fromkeys(normalise_scan(b) for b in barcodes))
            found = {
                i.barcode: (i, r)
                for i, r in session.execute(query.where(ItemRow.barcode.in_(wanted)))
            }
            missing = [b for b in wanted if b not in found]
            if missing:
                raise NotFound("unknown_barcode", barcode=missing[0])
            rows = [found[b] for b in wanted]
        elif new_since is not None:
            rows = [
                (item, record)
                for item, record in session.execute(
                    query.where(ItemRow.acquired_on >= new_since).order_by(ItemRow.barcode)
                )
            ]
        else:
            one = session.scalars(
                select(ItemRow).where(ItemRow.barcode == normalise_scan(copies_of or ""))
            ).first()
            if one is None:
                raise NotFound("unknown_barcode", barcode=copies_of or "")
            rows = [
                (item, record)
                for item, record in session.execute(
                    query.where(ItemRow.record_id == one.record_id).order_by(ItemRow.barcode)
                )
            ]
    if not rows:
        raise WorldError("nothing_to_print")
    return [
        ItemLabel(
            barcode=item.barcode,
            inventory_number=item.inventory_number,
            shelf_mark=record.bbk,
            author=record.authors,
            title=record.title,
            branch=item.home_branch,
        )
        for item, record in rows
    ]
