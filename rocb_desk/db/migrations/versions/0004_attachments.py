"""Attachments stored by their SHA-256; a receipt scan per ledger entry.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 05:42:57.368006
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("original_name", sa.String(length=300), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
        sa.UniqueConstraint("sha256", name=op.f("uq_attachment_sha256")),
    )
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("receipt_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_ledger_entry_receipt_id_attachment"),
            "attachment",
            ["receipt_id"],
            ["id"],
        )

    op.create_index("ix_ledger_entry_date", "ledger_entry", ["entry_date", "id"])


def downgrade() -> None:
    op.drop_index("ix_ledger_entry_date", table_name="ledger_entry")
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_ledger_entry_receipt_id_attachment"), type_="foreignkey"
        )
        batch_op.drop_column("receipt_id")

    op.drop_table("attachment")
