"""Read models: queries that return frozen dataclasses for screens and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, TextualSelect, func, select, text
from sqlalchemy.orm import Session

from branchdesk.domain.folding import search_terms
from branchdesk.domain.model import (
    Audience,
    Guarantor,
    Item,
    ItemStatus,
    ItemType,
    Language,
    Loan,
    Reader,
    ReaderStatus,
    Record,
)
from branchdesk.store.schema import (
    ConflictRow,
    ItemRow,
    JournalRow,
    LoanRow,
    ReaderRow,
    RecordRow,
    ReregistrationRow,
)
from branchdesk.store.settings import Key, get_setting

SEARCH_LIMIT = 50


def reader_from_row(row: ReaderRow, years: tuple[int, ...] = ()) -> Reader:
    guarantor = None
    if row.guarantor_name:
        guarantor = Guarantor(row.guarantor_name, row.guarantor_iin, row.guarantor_phone)
    return Reader(
        uuid=row.uuid,
        card_number=row.card_number,
        surname=row.surname,
        name=row.name,
        patronymic=row.patronymic,
        iin=row.iin,
        birth_date=row.birth_date,
        sex=row.sex,
        category=row.category,
        school_or_work=row.school_or_work,
        education=row.education,
        settlement=row.settlement,
        street=row.street,
        house=row.house,
        flat=row.flat,
        phone=row.phone,
        guarantor=guarantor,
        consent_date=row.consent_date,
        language=row.language,
        registered_on=row.registered_on,
        home_branch=row.home_branch,
        card_valid_until=row.card_valid_until,
        status=ReaderStatus(row.status),
        block_reason=row.block_reason,
        blocked_until=row.blocked_until,
        notes=row.notes,
        reregistered_years=years,
    )


def record_from_row(row: RecordRow) -> Record:
    return Record(
        uuid=row.uuid,
        title=row.title,
        authors=row.authors,
        isbn=row.isbn,
        publisher=row.publisher,
        year=row.year,
        language=Language(row.language),
        bbk=row.bbk,
        udc=row.udc,
        audience=Audience(row.audience),
        subjects=row.subjects,
    )


def fts_match(query: str) -> str | None:
    """An FTS5 expression: every folded word of the query as a prefix ("абай кун" → abai* kun*).

    The terms hold only [a-z0-9], so quoting them is enough to keep FTS syntax out.
    """
    terms = search_terms(query)
    if not terms:
        return None
    return " AND ".join(f'"{t}"*' for t in terms)


def reregistered_years(session: Session, reader_id: int) -> tuple[int, ...]:
    stmt = select(ReregistrationRow.year).where(ReregistrationRow.reader_id == reader_id)
    return tuple(session.scalars(stmt.order_by(ReregistrationRow.year)))


def find_reader(session: Session, card: str) -> Reader | None:
    row = session.scalars(select(ReaderRow).where(ReaderRow.card_number == card)).first()
    if row is None:
        return None
    return reader_from_row(row, reregistered_years(session, row.id))


def search_readers(session: Session, query: str, limit: int | None = SEARCH_LIMIT) -> list[Reader]:
    """Readers whose name, card, ИИН or phone start with the typed words, in any script.

    A list view: the readers come without their re-registration years (find_reader has them).
    A query with no letters or digits in it finds nobody.
    """
    match = fts_match(query)
    if match is None and query.strip():
        return []
    stmt = select(ReaderRow)
    if match is not None:
        ids = (
            select(text("rowid"))
            .select_from(text("reader_fts"))
            .where(text("reader_fts MATCH :match"))
        )
        stmt = stmt.where(ReaderRow.id.in_(ids)).params(match=match)
    stmt = stmt.order_by(ReaderRow.surname, ReaderRow.name, ReaderRow.id)
    rows = session.scalars(stmt.limit(limit) if limit is not None else stmt).all()
    return [reader_from_row(r) for r in rows]


ITEM_COLUMNS = (
    ItemRow.uuid,
    ItemRow.barcode,
    ItemRow.inventory_number,
    RecordRow.uuid.label("record_uuid"),
    RecordRow.title,
    RecordRow.authors,
    ItemRow.home_branch,
    ItemRow.location,
    ItemRow.item_type,
    ItemRow.status,
    ItemRow.price,
    ItemRow.acquired_on,
)


def item_from_row(row: Any) -> Item:
    """A copy from a row selected with ITEM_COLUMNS (and its record joined)."""
    return Item(
        **{**row._asdict(), "item_type": ItemType(row.item_type), "status": ItemStatus(row.status)}
    )


def search_items(
    session: Session,
    query: str | None,
    status: ItemStatus | None = None,
    limit: int | None = SEARCH_LIMIT,
) -> list[Item]:
    """Copies whose barcode or inventory number is the query, or whose title/author match.

    As you type, a one-letter prefix matches most of the catalogue; sorting every match on
    each key press is what makes a list lag. So a limited search takes the first matching
    titles from the index and sorts only those; typing more letters narrows them.
    """
    stmt = select(*ITEM_COLUMNS).join(RecordRow, RecordRow.id == ItemRow.record_id)
    if status is not None:
        stmt = stmt.where(ItemRow.status == status.value)
    match = fts_match(query or "")
    if match is None and query is not None and query.strip():
        return []
    if match is None or query is None:
        stmt = stmt.order_by(RecordRow.title, ItemRow.barcode)
        rows = list(session.execute(stmt.limit(limit) if limit is not None else stmt).all())
    else:
        code = query.strip()
        exact = session.execute(
            stmt.where((ItemRow.barcode == code) | (ItemRow.inventory_number == code))
        ).all()
        records = select(text("rowid")).select_from(text("record_fts"))
        records = records.where(text("record_fts MATCH :match"))
        if limit is not None and status is None:
            records = records.limit(limit)
        matched = session.execute(
            stmt.where(ItemRow.record_id.in_(records)).params(match=match)
        ).all()
        seen: set[str] = set()
        rows = []
        for row in sorted(exact) + sorted(matched, key=lambda r: (r.title, r.barcode)):
            if row.uuid not in seen:
                seen.add(row.uuid)
                rows.append(row)
        rows = rows[:limit] if limit is not None else rows
    return [item_from_row(r) for r in rows]


_LOANS = """
SELECT l.uuid, i.barcode AS item_barcode, rec.title, r.card_number AS reader_card, l.branch,
       l.lent_at, l.due_on, l.returned_at, l.returned_branch, l.renewals
FROM loan l {index}
JOIN reader r ON r.id = l.reader_id
JOIN item i ON i.id = l.item_id
JOIN record rec ON rec.id = i.record_id
WHERE {where}
ORDER BY {order}
"""


def loan_query(where: str, order: str, index: str = "") -> TextualSelect:
    """Loans as read models, filtered by `where` (SQL with bound parameters)."""
    sql = _LOANS.format(index=index, where=where, order=order)
    return text(sql).columns(lent_at=DateTime, due_on=Date, returned_at=DateTime)


def loans(session: Session, query: TextualSelect, **params: object) -> list[Loan]:
    return [Loan(**row._asdict()) for row in session.execute(query, params)]


# Open loans name their partial index: without statistics SQLite takes the (reader, lent_at)
# index and walks the reader's whole history; SQLAlchemy's SQLite dialect has no index hints.
_OPEN_LOANS = loan_query(
    "r.card_number = :card AND l.returned_at IS NULL",
    "l.due_on, l.id",
    index="INDEXED BY ix_loan_open_reader",
)
_ALL_LOANS = loan_query("r.card_number = :card", "l.lent_at DESC, l.id DESC")


_OVERDUE = loan_query(
    "l.returned_at IS NULL AND l.due_on < :today", "r.card_number, l.due_on, l.id"
)


def overdue_loans(session: Session, today: date) -> list[Loan]:
    """Every loan past its due date, by reader card and then due date."""
    return loans(session, _OVERDUE, today=today)


def reader_loans(session: Session, card: str, *, open_only: bool = True) -> list[Loan]:
    """A reader's loans: open ones by due date (the desk), or all, newest first (формуляр)."""
    return loans(session, _OPEN_LOANS if open_only else _ALL_LOANS, card=card)


@dataclass(frozen=True)
class BranchStatus:
    branch: str
    readers: int
    records: int
    items: int
    items_on_loan: int
    open_loans: int
    overdue_loans: int
    loans_total: int
    journal_pending: int
    journal_total: int
    last_sync: datetime | None
    conflicts: int


def branch_status(session: Session, branch: str, today: date) -> BranchStatus:
    def count(stmt: object) -> int:
        return int(session.scalar(stmt) or 0)  # type: ignore[call-overload]

    open_loans = select(func.count()).select_from(LoanRow).where(LoanRow.returned_at.is_(None))
    return BranchStatus(
        branch=branch,
        readers=count(select(func.count()).select_from(ReaderRow)),
        records=count(select(func.count()).select_from(RecordRow)),
        items=count(select(func.count()).select_from(ItemRow)),
        items_on_loan=count(
            select(func.count()).select_from(ItemRow).where(ItemRow.status == "on_loan")
        ),
        open_loans=count(open_loans),
        overdue_loans=count(open_loans.where(LoanRow.due_on < today)),
        loans_total=count(select(func.count()).select_from(LoanRow)),
        journal_pending=journal_pending(session),
        journal_total=count(select(func.count()).select_from(JournalRow)),
        last_sync=last_sync(session),
        conflicts=count(
            select(func.count()).select_from(ConflictRow).where(ConflictRow.state == "open")
        ),
    )


def last_sync(session: Session) -> datetime | None:
    """When the last round pushed and pulled everything, in this PC's local time."""
    text = get_setting(session, Key.LAST_SYNC)
    return None if text is None else datetime.fromisoformat(text).astimezone()


def journal_pending(session: Session) -> int:
    """Operations waiting to be sent: what the status bar shows after every action (indexed)."""
    stmt = select(func.count()).select_from(JournalRow).where(JournalRow.state == "pending")
    return int(session.scalar(stmt) or 0)


@dataclass(frozen=True)
class JournalEntry:
    device_seq: int
    op_id: str
    kind: str
    state: str
    operator: str
    created_local: str
    payload: str
    result_code: str | None
    attempts: int


def journal_entries(
    session: Session, state: str | None = None, limit: int | None = None
) -> list[JournalEntry]:
    stmt = select(
        JournalRow.device_seq,
        JournalRow.op_id,
        JournalRow.kind,
        JournalRow.state,
        JournalRow.operator,
        JournalRow.created_local,
        JournalRow.payload,
        JournalRow.result_code,
        JournalRow.attempts,
    ).order_by(JournalRow.device_seq)
    if state is not None:
        stmt = stmt.where(JournalRow.state == state)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [JournalEntry(*row) for row in session.execute(stmt).all()]
