"""Indexes for a fifteen-year office: the ledger's totals and counts read one covering
index instead of the table (a year's totals: 45 ms to 2 ms at 200,000 lines); the
letters' search index keeps a prefix index of two letters only, not two to four.

Each prefix length is a second copy of every word in FTS5: with three, filling the index
of 50,000 letters took four times as long as without. A two-letter prefix ("co*") is the
one that matches thousands of words; three letters and more match few, and FTS5 merges
those quickly from the words themselves (p95 of prefix searches: a few ms either way).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28 14:20:00
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _prefixes(lengths: str) -> None:
    """The letters' search index again with these prefix lengths, its rows copied over."""
    if op.get_bind().dialect.name != "sqlite":
        return
    columns = "reference, subject, correspondents, body, attachments"
    op.execute(
        f"CREATE VIRTUAL TABLE letter_search_new USING fts5({columns}, "
        f"tokenize = 'unicode61 remove_diacritics 2', prefix = '{lengths}')"
    )
    op.execute(
        "INSERT INTO letter_search_new(letter_search_new, rank) "
        "VALUES ('rank', 'bm25(10.0, 5.0, 0.5, 2.0, 1.0)')"
    )
    op.execute("INSERT INTO letter_search_new(letter_search_new, rank) VALUES ('pgsz', 4050)")
    op.execute(
        f"INSERT INTO letter_search_new(rowid, {columns}) "
        f"SELECT rowid, {columns} FROM letter_search"
    )
    op.execute("DROP TABLE letter_search")
    op.execute("ALTER TABLE letter_search_new RENAME TO letter_search")


def upgrade() -> None:
    # Not in batch mode: an index needs no copy of the table, however many lines it has.
    op.create_index(
        "ix_ledger_entry_totals", "ledger_entry", ["fy_start", "item_id", "kind", "amount"]
    )
    _prefixes("2")


def downgrade() -> None:
    _prefixes("2 3 4")
    op.drop_index("ix_ledger_entry_totals", table_name="ledger_entry")
