"""The central library's tables.

The shared entities (readers, records, items, loans and the diary's activity) keep the
branch's columns, copied from the branch schema so one definition names every field; at the
centre they are keyed by their UUID and refer to each other by UUID, because rows arrive from
many branches and must keep their identity. Times are stored in UTC.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

from branchdesk.store import schema as branch

# The branch's naming convention, so constraints read the same in both databases.
metadata = MetaData(naming_convention=branch.NAMING)

# Branch-local columns that have no meaning at the centre.
_LOCAL = {"id", "search_text"}


def _shared(name: str, source: Table, *extra: object) -> Table:
    """A central copy of a branch table: uuid as the key, `<x>_id` references as `<x>_uuid`."""
    columns: list[object] = []
    for col in source.columns:
        if col.name in _LOCAL:
            continue
        if col.name == "uuid":
            columns.append(Column("uuid", String(36), primary_key=True))
        elif col.name.endswith("_id") and col.foreign_keys:
            ref = col.name.removesuffix("_id") + "_uuid"
            columns.append(Column(ref, String(36), nullable=col.nullable, index=True))
        else:
            kind = col.type
            if isinstance(kind, DateTime):
                kind = DateTime()
            columns.append(Column(col.name, kind, nullable=col.nullable))
    return Table(name, metadata, *columns, *extra)  # type: ignore[call-overload, no-any-return]


reader = _shared(
    "reader",
    branch.ReaderRow.__table__,  # type: ignore[arg-type]
    UniqueConstraint("card_number", name="uq_reader_card_number"),
    Index("ix_reader_home_branch", "home_branch"),
)
reregistration = Table(
    "reregistration",
    metadata,
    Column("reader_uuid", String(36), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("day", Date, nullable=False),
    Column("branch", String(5), nullable=False),
)
record = _shared("record", branch.RecordRow.__table__)  # type: ignore[arg-type]
item = _shared(
    "item",
    branch.ItemRow.__table__,  # type: ignore[arg-type]
    Index("ix_item_barcode", "barcode"),
    Index("ix_item_home_branch", "home_branch"),
)
loan = _shared(
    "loan",
    branch.LoanRow.__table__,  # type: ignore[arg-type]
    Index(
        "ix_loan_open_item",
        "item_uuid",
        sqlite_where=text("returned_at IS NULL"),
        postgresql_where=text("returned_at IS NULL"),
    ),
    Index("ix_loan_lent_at", "lent_at"),
)
visit = _shared("visit", branch.VisitRow.__table__)  # type: ignore[arg-type]
in_house_use = _shared("in_house_use", branch.InHouseUseRow.__table__)  # type: ignore[arg-type]
event = _shared("event", branch.EventRow.__table__)  # type: ignore[arg-type]
enquiry = _shared("enquiry", branch.EnquiryRow.__table__)  # type: ignore[arg-type]
refusal = _shared("refusal", branch.RefusalRow.__table__)  # type: ignore[arg-type]

# A clash between branches, kept as a fact until a person resolves it (DESIGN §5).
conflict = Table(
    "conflict",
    metadata,
    Column("uuid", String(36), primary_key=True),
    Column("kind", String(40), nullable=False),
    Column("state", String(20), nullable=False, default="open"),
    Column("branches", String(100), nullable=False),  # space-separated branch codes
    Column("item_uuid", String(36)),
    Column("reader_uuid", String(36)),
    Column("loans", Text, nullable=False, default="[]"),  # JSON list of loan uuids
    Column("detail", Text, nullable=False, default="{}"),  # JSON: barcodes, cards, branches
    Column("created_at", DateTime, nullable=False),
    Column("origin_op", String(36)),
    Column("resolved_at", DateTime),
    Column("resolved_by", String(64)),
    Column("resolution", Text),
    Index("ix_conflict_state", "state"),
)

# Loan rules and calendar set by the centre, for every branch ("*") or for one branch; the
# branch's own document wins over the common one.
rules = Table(
    "rules",
    metadata,
    Column("audience", String(5), primary_key=True),
    Column("policy", Text, nullable=False),  # JSON list of rules (category, item type, days...)
    Column("weekly_days_off", Text, nullable=False),  # JSON list of weekday numbers, Monday 0
    Column("closed", Text, nullable=False),  # JSON list of {start, end, note}
    Column("updated_at", DateTime, nullable=False),
)

# Staff accounts the centre keeps for a branch (password hashes only, scrypt).
staff = Table(
    "staff",
    metadata,
    Column("uuid", String(36), primary_key=True),
    Column("branch", String(5), nullable=False),
    Column("login", String(64), nullable=False),
    Column("full_name", String(200), nullable=False),
    Column("role", String(20), nullable=False),
    Column("password_hash", String(300), nullable=False),
    Column("active", Boolean, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    UniqueConstraint("branch", "login", name="uq_staff_branch_login"),
)

# The branches and their sync state; the token is kept only as its SHA-256.
branch_table = Table(
    "branch",
    metadata,
    Column("code", String(5), primary_key=True),
    Column("name_kk", String(200), nullable=False),
    Column("name_ru", String(200), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", DateTime, nullable=False),
    Column("last_push_at", DateTime),
    Column("last_pull_at", DateTime),
    Column("waiting", BigInteger, nullable=False, default=0),
    Column("clock_offset_ms", BigInteger),
)

# One row per branch PC (device): the last device_seq applied, for the gap check.
device = Table(
    "device",
    metadata,
    Column("device_id", String(36), primary_key=True),
    Column("branch", String(5), nullable=False),
    Column("last_seq", BigInteger, nullable=False),
)

# Every operation ever processed, with the answer it got: the idempotency key of the push.
applied_op = Table(
    "applied_op",
    metadata,
    Column("op_id", String(36), primary_key=True),
    Column("device_id", String(36), nullable=False),
    Column("device_seq", BigInteger, nullable=False),
    Column("branch", String(5), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("operator", String(64), nullable=False),
    Column("state", String(20), nullable=False),
    Column("code", String(60)),
    Column("detail", Text),
    Column("created_local", String(40), nullable=False),
    Column("applied_at", DateTime, nullable=False),
    UniqueConstraint("device_id", "device_seq", name="uq_applied_op_device_seq"),
)

# The change feed: one row per entity state and audience, numbered in commit order.
change = Table(
    "change",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("audience", String(5), nullable=False),  # a branch code, or "*" for every branch
    Column("entity", String(20), nullable=False),
    Column("uuid", String(72), nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("data", Text),
    Column("origin_op", String(36)),
    Index("ix_change_audience_seq", "audience", "seq"),
)

# Single-row counters. `change_seq` is taken with an UPDATE inside each writing transaction,
# so writers queue on its row lock and sequence numbers become visible in commit order
# (reference/anchors-code-and-sync.md §3.7); `feed_floor` is the oldest cursor still served.
counter = Table(
    "counter",
    metadata,
    Column("name", String(30), primary_key=True),
    Column("value", BigInteger, nullable=False),
)
