"""The full-text index of the letters: SQLite FTS5, kept beside the tables it indexes.

One row per letter (rowid = letter id) with its reference, subject, correspondents,
body and the text of its attachments. `unicode61` folds case in every script, so a
Russian word is found whatever its case; diacritics are folded too ("Türkiye" is
found by "turkiye"); ё is kept as е (see domain/search_query.fold). Prefixes of
two to four letters are indexed too, so that a short prefix (`con*`) reads one list
instead of merging every word that starts so. The table itself is made by migration
0006, with the ranking weights of its columns. PostgreSQL has no FTS5: there the search service answers from
the tables themselves (see services/letters/search.py).
"""

from __future__ import annotations

from sqlalchemy import column, literal_column, table, text
from sqlalchemy.orm import Session

from ..domain.search_query import fold

TABLE = "letter_search"
COLUMNS = ("reference", "subject", "correspondents", "body", "attachments")

# For queries: the index as a table, its hidden rowid and rank, and the MATCH condition.
fts = table(TABLE, column("rowid"), column("rank"), *(column(c) for c in COLUMNS))
MATCHES = text(f"{TABLE} MATCH :match")
WHOLE_ROW = literal_column(TABLE)  # what snippet() and bm25() take as their first argument


def available(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def is_index_table(name: str) -> bool:
    """The index and the shadow tables FTS5 keeps for it (not in the models)."""
    return name == TABLE or name.startswith(TABLE + "_")


def put(session: Session, letter_id: int, values: dict[str, str]) -> None:
    """Index (or index again) one letter, inside the caller's transaction."""
    if not available(session):
        return
    session.execute(text(f"DELETE FROM {TABLE} WHERE rowid = :id"), {"id": letter_id})
    session.execute(
        text(
            f"INSERT INTO {TABLE} (rowid, {', '.join(COLUMNS)}) "
            f"VALUES (:id, {', '.join(':' + c for c in COLUMNS)})"
        ),
        {"id": letter_id, **{c: fold(values.get(c, "")) for c in COLUMNS}},
    )


def remove(session: Session, letter_id: int) -> None:
    if available(session):
        session.execute(text(f"DELETE FROM {TABLE} WHERE rowid = :id"), {"id": letter_id})


def clear(session: Session) -> None:
    if available(session):
        session.execute(text(f"DELETE FROM {TABLE}"))
