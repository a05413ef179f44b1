"""The library work diary's kept months and covering indexes (issue 5).

A month's loans and visits are counted once and kept in `diary_month` (reports/kept.py); the
triggers here delete a kept month as soon as a row it was counted from changes. The covering
indexes let a month's loans and visits at a branch be read from the index alone.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_FORGET_ALL = "DELETE FROM diary_month;"


def _forget_month(row: str, moment: str) -> str:
    return (
        f"DELETE FROM diary_month WHERE branch = {row}.branch "
        f"AND month = substr({row}.{moment}, 1, 7);"
    )


def _triggers() -> dict[str, str]:
    found: dict[str, str] = {}
    for table, moment, columns in (
        ("loan", "lent_at", ("branch", "lent_at", "item_id", "reader_id")),
        ("visit", "day", ("branch", "day", "kind", "reader_id")),
    ):
        found[f"diary_{table}_added"] = (
            f"AFTER INSERT ON {table} BEGIN {_forget_month('NEW', moment)} END"
        )
        found[f"diary_{table}_removed"] = (
            f"AFTER DELETE ON {table} BEGIN {_forget_month('OLD', moment)} END"
        )
        found[f"diary_{table}_changed"] = (
            f"AFTER UPDATE OF {', '.join(columns)} ON {table} BEGIN "
            f"{_forget_month('OLD', moment)} {_forget_month('NEW', moment)} END"
        )
    shared: tuple[tuple[str, tuple[str, ...]], ...] = (
        ("reader", ("birth_date", "category")),
        ("record", ("bbk", "language")),
        ("item", ("record_id",)),
    )
    for table, watched in shared:
        changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in watched)
        found[f"diary_{table}_changed"] = (
            f"AFTER UPDATE OF {', '.join(watched)} ON {table} WHEN {changed} "
            f"BEGIN {_FORGET_ALL} END"
        )
        found[f"diary_{table}_removed"] = f"AFTER DELETE ON {table} BEGIN {_FORGET_ALL} END"
    return found


def upgrade() -> None:
    op.create_table(
        "diary_month",
        sa.Column("branch", sa.String(length=5), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("basis", sa.String(length=64), nullable=False),
        sa.Column("figures", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("branch", "month", name=op.f("pk_diary_month")),
    )
    for name, body in _triggers().items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.create_index(
        "ix_loan_branch_lent", "loan", ["branch", "lent_at", "item_id", "reader_id"], unique=False
    )
    op.create_index(
        "ix_visit_branch_day", "visit", ["branch", "day", "kind", "reader_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_visit_branch_day", table_name="visit")
    op.drop_index("ix_loan_branch_lent", table_name="loan")
    for name in _triggers():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("diary_month")
