"""The conflicts inbox's read model: each conflict with what a librarian needs to act on it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from branchdesk.store.schema import ConflictRow, ItemRow, LoanRow, ReaderRow, RecordRow


@dataclass(frozen=True)
class ConflictLoan:
    uuid: str
    branch: str
    card: str
    reader_name: str
    lent_at: datetime
    returned_at: datetime | None


@dataclass(frozen=True)
class Conflict:
    uuid: str
    kind: str  # double_loan, loan_to_blocked_reader
    state: str  # open, resolved
    resolving: bool  # a resolution made here is on its way to the centre
    branches: tuple[str, ...]
    created_at: datetime
    barcode: str | None
    title: str | None
    card: str | None
    reader_name: str | None
    loans: tuple[ConflictLoan, ...]
    detail: dict[str, object]
    resolved_by: str | None  # "BRANCH/login"
    resolved_at: datetime | None
    action: str | None  # close_loan, keep_both, dismiss
    note: str | None


def _resolution(text: str | None) -> dict[str, str]:
    """The centre's record of a decision: {"action": ..., "note": ...}."""
    try:
        found = json.loads(text) if text else {}
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    return {k: str(v) for k, v in found.items() if k in ("action", "note") and v}


def _name(reader: ReaderRow) -> str:
    return " ".join(p for p in (reader.surname, reader.name, reader.patronymic) if p)


def conflicts(session: Session, *, open_only: bool = False) -> list[Conflict]:
    open_first = case((ConflictRow.state == "open", 0), else_=1)
    query = select(ConflictRow).order_by(open_first, ConflictRow.created_at.desc())
    if open_only:
        query = query.where(ConflictRow.state == "open")
    found = []
    for row in session.scalars(query):
        item = None
        title = None
        if row.item_uuid:
            item = session.scalars(select(ItemRow).where(ItemRow.uuid == row.item_uuid)).first()
            if item is not None:
                title = session.get(RecordRow, item.record_id)
        reader = None
        if row.reader_uuid:
            reader = session.scalars(
                select(ReaderRow).where(ReaderRow.uuid == row.reader_uuid)
            ).first()
        loans = []
        for uuid in json.loads(row.loans):
            loan = session.scalars(select(LoanRow).where(LoanRow.uuid == uuid)).first()
            if loan is None:
                continue
            borrower = session.get(ReaderRow, loan.reader_id)
            assert borrower is not None
            loans.append(
                ConflictLoan(
                    uuid=loan.uuid,
                    branch=loan.branch,
                    card=borrower.card_number,
                    reader_name=_name(borrower),
                    lent_at=loan.lent_at,
                    returned_at=loan.returned_at,
                )
            )
        detail = json.loads(row.detail)
        resolution = _resolution(row.resolution)
        found.append(
            Conflict(
                uuid=row.uuid,
                kind=row.kind,
                state=row.state,
                resolving=row.resolving,
                branches=tuple(row.branches.split()),
                created_at=row.created_at,
                barcode=item.barcode if item else detail.get("barcode"),
                title=title.title if title else None,
                card=reader.card_number if reader else detail.get("card"),
                reader_name=_name(reader) if reader else None,
                loans=tuple(loans),
                detail=detail,
                resolved_by=row.resolved_by,
                resolved_at=row.resolved_at,
                action=resolution.get("action"),
                note=resolution.get("note"),
            )
        )
    return found
