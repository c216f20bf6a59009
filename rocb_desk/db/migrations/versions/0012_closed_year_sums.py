"""The sums of each closed year, kept by the database: totals of many years without a scan.

A closed year's entries cannot change (migration 0010's triggers), so what they add up to,
per item and kind, is made once when the year closes and dropped when it reopens. A
trigger on `financial_year.closed_at` does both, whatever program closes the year. The
totals of fifteen years then add a few hundred sums and the open year's lines, instead
of 200,000 lines. The check compares the sums with the entries, group by group, and
names a trigger gone missing.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-28 22:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# The sums of one year's entries ({year}: the column naming it in the trigger's row).
SUMS_OF = (
    "INSERT INTO closed_year_sum (fy_start, item_id, kind, lines, amount) "
    "SELECT fy_start, item_id, kind, count(*), sum(amount) FROM ledger_entry "
    "WHERE fy_start = {year} GROUP BY fy_start, item_id, kind"
)
DROP_SUMS_OF = "DELETE FROM closed_year_sum WHERE fy_start = {year}"
SUMS_OF_YEARS_CLOSED_ALREADY = (
    "INSERT INTO closed_year_sum (fy_start, item_id, kind, lines, amount) "
    "SELECT e.fy_start, e.item_id, e.kind, count(*), sum(e.amount) FROM ledger_entry e "
    "JOIN financial_year y ON y.start_year = e.fy_start WHERE y.closed_at IS NOT NULL "
    "GROUP BY e.fy_start, e.item_id, e.kind"
)


def _sqlite_triggers() -> list[str]:
    return [
        "CREATE TRIGGER financial_year_sums_on_close AFTER UPDATE OF closed_at ON financial_year "
        "WHEN OLD.closed_at IS NULL AND NEW.closed_at IS NOT NULL "
        f"BEGIN {DROP_SUMS_OF.format(year='NEW.start_year')}; "
        f"{SUMS_OF.format(year='NEW.start_year')}; END",
        "CREATE TRIGGER financial_year_sums_on_reopen AFTER UPDATE OF closed_at ON financial_year "
        "WHEN NEW.closed_at IS NULL "
        f"BEGIN {DROP_SUMS_OF.format(year='OLD.start_year')}; END",
        # A year written closed from the start (a restored or copied row).
        "CREATE TRIGGER financial_year_sums_on_insert AFTER INSERT ON financial_year "
        "WHEN NEW.closed_at IS NOT NULL "
        f"BEGIN {DROP_SUMS_OF.format(year='NEW.start_year')}; "
        f"{SUMS_OF.format(year='NEW.start_year')}; END",
    ]


def _postgresql_triggers() -> list[str]:
    return [
        "CREATE FUNCTION rocb_closed_year_sums() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN "
        f"IF TG_OP = 'UPDATE' THEN {DROP_SUMS_OF.format(year='OLD.start_year')}; END IF; "
        f"{DROP_SUMS_OF.format(year='NEW.start_year')}; "
        f"IF NEW.closed_at IS NOT NULL THEN {SUMS_OF.format(year='NEW.start_year')}; END IF; "
        "RETURN NEW; END $$",
        "CREATE TRIGGER financial_year_closed_sums AFTER INSERT OR UPDATE OF closed_at "
        "ON financial_year FOR EACH ROW EXECUTE FUNCTION rocb_closed_year_sums()",
    ]


def upgrade() -> None:
    op.create_table(
        "closed_year_sum",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fy_start", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("lines", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["fy_start"],
            ["financial_year.start_year"],
            name=op.f("fk_closed_year_sum_fy_start_financial_year"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["budget_item.id"], name=op.f("fk_closed_year_sum_item_id_budget_item")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closed_year_sum")),
    )
    op.create_index(
        op.f("ix_closed_year_sum_fy_start"), "closed_year_sum", ["fy_start"], unique=False
    )
    op.execute(SUMS_OF_YEARS_CLOSED_ALREADY)
    dialect = op.get_bind().dialect.name
    triggers = _postgresql_triggers() if dialect == "postgresql" else _sqlite_triggers()
    for statement in triggers:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER financial_year_closed_sums ON financial_year")
        op.execute("DROP FUNCTION rocb_closed_year_sums()")
    else:
        for when in ("close", "reopen", "insert"):
            op.execute(f"DROP TRIGGER financial_year_sums_on_{when}")
    op.drop_index(op.f("ix_closed_year_sum_fy_start"), table_name="closed_year_sum")
    op.drop_table("closed_year_sum")
