"""The branch database's tables (SQLAlchemy 2.x declarative).

Rows keep a local integer key for fast joins and FTS rowids, and a UUID that is the stable
identity across branches and the central server. Every constraint is named so that Alembic's
batch mode can alter SQLite tables later.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class SettingRow(Base):
    """Small branch-wide values: identity, counters, calendar, groups (JSON text)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class BranchRow(Base):
    __tablename__ = "branch"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(5), unique=True)
    name_kk: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")


class StaffRow(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ReaderRow(Base):
    __tablename__ = "reader"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    card_number: Mapped[str] = mapped_column(String(12), unique=True)
    surname: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str | None] = mapped_column(String(100))
    iin: Mapped[str | None] = mapped_column(String(12), index=True)
    birth_date: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(1))
    category: Mapped[str] = mapped_column(String(20))
    school_or_work: Mapped[str | None] = mapped_column(String(200))
    education: Mapped[str | None] = mapped_column(String(50))
    settlement: Mapped[str | None] = mapped_column(String(100))
    street: Mapped[str | None] = mapped_column(String(100))
    house: Mapped[str | None] = mapped_column(String(20))
    flat: Mapped[str | None] = mapped_column(String(20))
    phone: Mapped[str | None] = mapped_column(String(30))
    guarantor_name: Mapped[str | None] = mapped_column(String(200))
    guarantor_iin: Mapped[str | None] = mapped_column(String(12))
    guarantor_phone: Mapped[str | None] = mapped_column(String(30))
    consent_date: Mapped[date | None] = mapped_column(Date)
    language: Mapped[str | None] = mapped_column(String(5))
    registered_on: Mapped[date] = mapped_column(Date)
    home_branch: Mapped[str] = mapped_column(String(5))
    card_valid_until: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="active")
    block_reason: Mapped[str | None] = mapped_column(String(300))
    blocked_until: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    # Folded name, card, ИИН and phone: what the FTS index and duplicate checks see.
    search_text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (Index("ix_reader_birth_date", "birth_date"),)


class ReregistrationRow(Base):
    """One row per reader and year they were re-registered (перерегистрация)."""

    __tablename__ = "reregistration"
    id: Mapped[int] = mapped_column(primary_key=True)
    reader_id: Mapped[int] = mapped_column(ForeignKey("reader.id"))
    year: Mapped[int] = mapped_column(Integer)
    day: Mapped[date] = mapped_column(Date)
    branch: Mapped[str] = mapped_column(String(5))
    __table_args__ = (UniqueConstraint("reader_id", "year", name="uq_reregistration_reader_year"),)


class RecordRow(Base):
    __tablename__ = "record"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(String(1000))
    authors: Mapped[str | None] = mapped_column(String(1000))
    isbn: Mapped[str | None] = mapped_column(String(20), index=True)
    publisher: Mapped[str | None] = mapped_column(String(300))
    year: Mapped[int | None] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(5))
    bbk: Mapped[str | None] = mapped_column(String(100))
    udc: Mapped[str | None] = mapped_column(String(100))
    audience: Mapped[str] = mapped_column(String(20), default="adult")
    subjects: Mapped[str | None] = mapped_column(Text)
    control_number: Mapped[str | None] = mapped_column(String(50), index=True)
    search_text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


# A record's own columns as the journal, the pull and an import carry them (no ids, no
# search text, no stamp): one list for the inbox and the importers.
RECORD_FIELDS = (
    "title",
    "authors",
    "isbn",
    "publisher",
    "year",
    "language",
    "bbk",
    "udc",
    "audience",
    "subjects",
    "control_number",
)


class ItemRow(Base):
    __tablename__ = "item"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    barcode: Mapped[str] = mapped_column(String(32), unique=True)
    inventory_number: Mapped[str | None] = mapped_column(String(50), index=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("record.id"), index=True)
    home_branch: Mapped[str] = mapped_column(String(5))
    location: Mapped[str | None] = mapped_column(String(100))
    item_type: Mapped[str] = mapped_column(String(20), default="book")
    status: Mapped[str] = mapped_column(String(20), default="available")
    price: Mapped[str | None] = mapped_column(String(20))
    acquired_on: Mapped[date | None] = mapped_column(Date)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class LoanRow(Base):
    """A loan is history kept forever: the reader's формуляр is a query over these rows."""

    __tablename__ = "loan"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    reader_id: Mapped[int] = mapped_column(ForeignKey("reader.id"))
    branch: Mapped[str] = mapped_column(String(5))
    lent_at: Mapped[datetime] = mapped_column(DateTime)
    due_on: Mapped[date] = mapped_column(Date)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime)
    returned_branch: Mapped[str | None] = mapped_column(String(5))
    renewals: Mapped[int] = mapped_column(Integer, default=0)
    lent_by: Mapped[str] = mapped_column(String(64))
    returned_by: Mapped[str | None] = mapped_column(String(64))
    __table_args__ = (
        # Open loans are what the desk asks for on every scan; partial indexes keep those
        # lookups independent of the years of history behind them.
        Index(
            "ix_loan_open_item",
            "item_id",
            sqlite_where=text("returned_at IS NULL"),
        ),
        Index(
            "ix_loan_open_reader",
            "reader_id",
            "due_on",
            sqlite_where=text("returned_at IS NULL"),
        ),
        Index("ix_loan_reader_lent", "reader_id", "lent_at"),
        Index("ix_loan_item_lent", "item_id", "lent_at"),
        Index("ix_loan_lent_at", "lent_at"),
        # The diary counts a branch's loans since 1 January by copy and by reader (0003).
        Index("ix_loan_branch_lent", "branch", "lent_at", "item_id", "reader_id"),
    )


class VisitRow(Base):
    __tablename__ = "visit"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    day: Mapped[date] = mapped_column(Date)
    reader_id: Mapped[int | None] = mapped_column(ForeignKey("reader.id"))
    kind: Mapped[str] = mapped_column(String(20))
    branch: Mapped[str] = mapped_column(String(5))
    recorded_by: Mapped[str] = mapped_column(String(64))
    __table_args__ = (
        Index("ix_visit_day", "day"),
        Index("ix_visit_reader_day", "reader_id", "day"),
        Index("ix_visit_branch_day", "branch", "day", "kind", "reader_id"),
    )


class DiaryMonthRow(Base):
    """A month's diary figures from loans and visits, kept until a row they were counted
    from changes (reports/kept.py; the triggers that forget them are in migration 0003)."""

    __tablename__ = "diary_month"
    branch: Mapped[str] = mapped_column(String(5), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # 2026-10
    basis: Mapped[str] = mapped_column(String(64))
    figures: Mapped[str] = mapped_column(Text)  # JSON: column → count


class InHouseUseRow(Base):
    """A copy used in the reading room without leaving it: counted with loans in the diary."""

    __tablename__ = "in_house_use"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    reader_id: Mapped[int | None] = mapped_column(ForeignKey("reader.id"))
    branch: Mapped[str] = mapped_column(String(5))
    recorded_by: Mapped[str] = mapped_column(String(64))


class ProgrammeRow(Base):
    """The library's programmes and projects that events are held under (editable list)."""

    __tablename__ = "programme"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class EventRow(Base):
    __tablename__ = "event"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    programme: Mapped[str | None] = mapped_column(String(300))
    form: Mapped[str] = mapped_column(String(30))
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    place: Mapped[str | None] = mapped_column(String(200))
    audience: Mapped[str | None] = mapped_column(String(50))
    language: Mapped[str] = mapped_column(String(5))
    attendance_total: Mapped[int] = mapped_column(Integer, default=0)
    attendance_children: Mapped[int] = mapped_column(Integer, default=0)
    attendance_youth: Mapped[int] = mapped_column(Integer, default=0)
    responsible: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    branch: Mapped[str] = mapped_column(String(5))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class EnquiryRow(Base):
    __tablename__ = "enquiry"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    topic: Mapped[str] = mapped_column(String(500))
    reader_id: Mapped[int | None] = mapped_column(ForeignKey("reader.id"))
    branch: Mapped[str] = mapped_column(String(5))
    recorded_by: Mapped[str] = mapped_column(String(64))


class RefusalRow(Base):
    __tablename__ = "refusal"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(500))
    author: Mapped[str | None] = mapped_column(String(300))
    reader_id: Mapped[int | None] = mapped_column(ForeignKey("reader.id"))
    branch: Mapped[str] = mapped_column(String(5))
    recorded_by: Mapped[str] = mapped_column(String(64))


class LoanPolicyRow(Base):
    __tablename__ = "loan_policy"
    id: Mapped[int] = mapped_column(primary_key=True)
    reader_category: Mapped[str] = mapped_column(String(20))
    item_type: Mapped[str] = mapped_column(String(20))
    loan_days: Mapped[int] = mapped_column(Integer)
    max_loans: Mapped[int] = mapped_column(Integer)
    max_renewals: Mapped[int] = mapped_column(Integer)
    renewal_days: Mapped[int] = mapped_column(Integer)
    __table_args__ = (
        UniqueConstraint("reader_category", "item_type", name="uq_loan_policy_category_type"),
    )


class ClosedPeriodRow(Base):
    """Dates the branch is closed beyond weekly days off and national holidays."""

    __tablename__ = "closed_period"
    id: Mapped[int] = mapped_column(primary_key=True)
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(200), default="")


class JournalRow(Base):
    """The outbox (DESIGN §5). Append-only but for the state fields.

    `device_seq` is the integer primary key: SQLite hands out max+1 inside the writing
    transaction, and rows are never deleted, so the sequence has no gaps or repeats.
    """

    __tablename__ = "journal"
    device_seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    device_id: Mapped[str] = mapped_column(String(36))
    branch: Mapped[str] = mapped_column(String(5))
    operator: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text)
    created_local: Mapped[str] = mapped_column(String(40))
    schema_version: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(20), default="pending")
    result_code: Mapped[str | None] = mapped_column(String(60))
    result_message: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (
        Index("ix_journal_state", "state", "device_seq"),
        # A push names the device's first operation (its journal may hold earlier devices').
        Index("ix_journal_device", "device_id", "device_seq"),
    )


class ConflictRow(Base):
    """A clash between branches found by the centre, as the branch received it by pull.

    The centre owns it; the branch only marks that a resolution is on its way (`resolving`)
    until the centre's resolved version comes back.
    """

    __tablename__ = "conflict"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(20))
    branches: Mapped[str] = mapped_column(String(100))
    item_uuid: Mapped[str | None] = mapped_column(String(36))
    reader_uuid: Mapped[str | None] = mapped_column(String(36))
    loans: Mapped[str] = mapped_column(Text, default="[]")
    detail: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    resolution: Mapped[str | None] = mapped_column(Text)
    resolving: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (Index("ix_conflict_state", "state"),)
