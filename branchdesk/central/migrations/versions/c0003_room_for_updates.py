"""room for in-place updates of copies

Revision ID: c0003
Revises: c0002
Create Date: 2026-11-27 15:40:00

A copy's status changes with every lend and return: on PostgreSQL, pages of the item table
kept 15% free let such an update stay on its page without touching the copy's four indexes
(a HOT update). SQLite has no such setting.
"""

from alembic import op

revision = "c0003"
down_revision = "c0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE item SET (fillfactor = 85)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE item RESET (fillfactor)")
