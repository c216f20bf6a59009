"""Trust: user accounts, the sealed audit trail, and closed years guarded by the database.

- `user_account`: local accounts with an Argon2 password hash, a role and a clearance.
- `audit_entry` gains `prev_hash` and `hash`; the entries written before are sealed here,
  oldest first, so the chain starts at the office's first change.
- Triggers make the audit trail append-only, and refuse any change to the entries and
  budget lines of a closed financial year, whatever program writes to the file.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28 11:30:00
"""

import sqlalchemy as sa
from alembic import op

from rocb_desk.domain.audit_chain import entry_hash

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

APPEND_ONLY = "the audit trail is append-only"
CLOSED_YEAR = "the financial year is closed"
# The bookkeeping columns of an entry; linking it to an event (or the event's removal
# setting the link to NULL) is not a change to the books.
BOOK_COLUMNS = (
    "fy_start, entry_date, kind, item_id, income_kind, amount, description, member_id, "
    "partner_id, counterparty_text, voucher, method, reversal_of_id, receipt_id"
)


def _seal_existing() -> None:
    """Seal the entries written before this revision, oldest first."""
    trail = sa.table(
        "audit_entry",
        sa.column("id", sa.Integer()),
        sa.column("at", sa.DateTime()),  # typed, so that SQLite's text comes back a datetime
        sa.column("actor", sa.String()),
        sa.column("action", sa.String()),
        sa.column("entity", sa.String()),
        sa.column("entity_id", sa.Integer()),
        sa.column("before", sa.Text()),
        sa.column("after", sa.Text()),
        sa.column("prev_hash", sa.String()),
        sa.column("hash", sa.String()),
    )
    connection = op.get_bind()
    rows = connection.execute(sa.select(trail).order_by(trail.c.id)).all()
    previous = ""
    for row in rows:
        digest = entry_hash(
            previous,
            row.id,
            row.at,
            row.actor,
            row.action,
            row.entity,
            row.entity_id,
            row.before,
            row.after,
        )
        connection.execute(
            trail.update().where(trail.c.id == row.id).values(prev_hash=previous, hash=digest)
        )
        previous = digest


def _sqlite_triggers() -> list[str]:
    statements = [
        f"CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
        f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END",
        f"CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
        f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END",
    ]
    closed = "(SELECT closed_at FROM financial_year WHERE start_year = {row}.fy_start) IS NOT NULL"
    for table, columns in (
        ("ledger_entry", BOOK_COLUMNS),
        ("budget_line", "fy_start, item_id, planned"),
    ):
        statements += [
            f"CREATE TRIGGER {table}_closed_insert BEFORE INSERT ON {table} "
            f"WHEN {closed.format(row='NEW')} BEGIN SELECT RAISE(ABORT, '{CLOSED_YEAR}'); END",
            f"CREATE TRIGGER {table}_closed_update BEFORE UPDATE OF {columns} ON {table} "
            f"WHEN {closed.format(row='OLD')} OR {closed.format(row='NEW')} "
            f"BEGIN SELECT RAISE(ABORT, '{CLOSED_YEAR}'); END",
            f"CREATE TRIGGER {table}_closed_delete BEFORE DELETE ON {table} "
            f"WHEN {closed.format(row='OLD')} BEGIN SELECT RAISE(ABORT, '{CLOSED_YEAR}'); END",
        ]
    return statements


def _postgresql_triggers() -> list[str]:
    statements = [
        "CREATE FUNCTION rocb_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN RAISE EXCEPTION '{APPEND_ONLY}'; END $$",
        "CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry "
        "FOR EACH ROW EXECUTE FUNCTION rocb_append_only()",
        "CREATE FUNCTION rocb_closed_year() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN "
        "IF TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM financial_year "
        "WHERE start_year = OLD.fy_start AND closed_at IS NOT NULL) "
        f"THEN RAISE EXCEPTION '{CLOSED_YEAR}'; END IF; "
        "IF TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM financial_year "
        "WHERE start_year = NEW.fy_start AND closed_at IS NOT NULL) "
        f"THEN RAISE EXCEPTION '{CLOSED_YEAR}'; END IF; "
        "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",
    ]
    for table, columns in (
        ("ledger_entry", BOOK_COLUMNS),
        ("budget_line", "fy_start, item_id, planned"),
    ):
        statements += [
            f"CREATE TRIGGER {table}_closed_write BEFORE INSERT OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION rocb_closed_year()",
            f"CREATE TRIGGER {table}_closed_update BEFORE UPDATE OF {columns} ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION rocb_closed_year()",
        ]
    return statements


def upgrade() -> None:
    op.create_table(
        "user_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("confidential", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("last_failed_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_account")),
        sa.UniqueConstraint("name", name=op.f("uq_user_account_name")),
    )
    op.add_column(
        "audit_entry",
        sa.Column("prev_hash", sa.String(length=64), nullable=False, server_default=""),
    )
    op.add_column(
        "audit_entry", sa.Column("hash", sa.String(length=64), nullable=False, server_default="")
    )
    op.create_index("ix_audit_entry_actor", "audit_entry", ["actor", "id"])
    op.create_index("ix_audit_entry_action", "audit_entry", ["action", "id"])
    _seal_existing()
    dialect = op.get_bind().dialect.name
    triggers = _postgresql_triggers() if dialect == "postgresql" else _sqlite_triggers()
    for statement in triggers:
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP TRIGGER audit_entry_append_only ON audit_entry")
        for table in ("ledger_entry", "budget_line"):
            op.execute(f"DROP TRIGGER {table}_closed_write ON {table}")
            op.execute(f"DROP TRIGGER {table}_closed_update ON {table}")
        op.execute("DROP FUNCTION rocb_append_only()")
        op.execute("DROP FUNCTION rocb_closed_year()")
    else:
        op.execute("DROP TRIGGER audit_entry_no_update")
        op.execute("DROP TRIGGER audit_entry_no_delete")
        for table in ("ledger_entry", "budget_line"):
            for suffix in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER {table}_closed_{suffix}")
    op.drop_index("ix_audit_entry_action", table_name="audit_entry")
    op.drop_index("ix_audit_entry_actor", table_name="audit_entry")
    with op.batch_alter_table("audit_entry") as batch_op:
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
    op.drop_table("user_account")
