"""The full-text index of the letters: SQLite FTS5, kept beside the tables it indexes.

One row per letter (rowid = letter id) with its reference, subject, correspondents,
body and the text of its attachments. `unicode61` folds case in every script, so a
Russian word is found whatever its case; diacritics are folded too ("Türkiye" is
found by "turkiye"); ё is kept as е (see domain/search_query.fold). Two-letter
prefixes are indexed too, so that the shortest prefix (`co*`) reads one list instead of
merging the thousands of words that start so (migration 0011 says why not more). The table itself is made by migration
0006, with the ranking weights of its columns. PostgreSQL has no FTS5: there the search service answers from
the tables themselves (see services/letters/search.py).
"""

from __future__ import annotations

from sqlalchemy import column, literal_column, table, text
from sqlalchemy.orm import Session

from ..domain.search_query import fold

TABLE = "letter_search"
COLUMNS = ("reference", "subject", "correspondents", "body", "attachments")

# The index as the newest migration defines it (the migrations keep their own copies).
# Ranking weighs a word in the reference or subject above one in a long list of a
# circular's addressees (reference, subject, correspondents, body, attachments).
DEFINITION = (
    "CREATE VIRTUAL TABLE {name} USING fts5(reference, subject, correspondents, body, "
    "attachments, tokenize = 'unicode61 remove_diacritics 2', prefix = '2')"
)
RANKING = "INSERT INTO {name}({name}, rank) VALUES ('rank', 'bm25(10.0, 5.0, 0.5, 2.0, 1.0)')"
# Leaves of 4 KB, a database page, rather than FTS5's 1 KB: a third less work filling it.
PAGE_SIZE = "INSERT INTO {name}({name}, rank) VALUES ('pgsz', 4050)"
AUTOMERGE = "INSERT INTO {name}({name}, rank) VALUES ('automerge', {segments})"
AUTOMERGE_USUAL = 4  # FTS5's own: merge as segments pile up, while letters come one by one

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


def put_many(session: Session, rows: dict[int, dict[str, str]]) -> None:
    """Index letters not in the index yet (a rebuild's batch), in one statement."""
    if not available(session) or not rows:
        return
    session.execute(
        text(
            f"INSERT INTO {TABLE} (rowid, {', '.join(COLUMNS)}) "
            f"VALUES (:id, {', '.join(':' + c for c in COLUMNS)})"
        ),
        [
            {"id": letter_id, **{c: fold(values.get(c, "")) for c in COLUMNS}}
            for letter_id, values in rows.items()
        ],
    )


def recreate(session: Session) -> None:
    """An empty index in place of the old one, inside the caller's transaction.

    Dropping the table frees its pages at once, where deleting 50,000 rows would make
    FTS5 write a tombstone for every word of every letter."""
    if not available(session):
        return
    session.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))
    session.execute(text(DEFINITION.format(name=TABLE)))
    session.execute(text(RANKING.format(name=TABLE)))
    session.execute(text(PAGE_SIZE.format(name=TABLE)))


def merging(session: Session, on: bool) -> None:
    """Off while a rebuild fills the index (one merge at the end, `optimize`), on after."""
    if available(session):
        segments = AUTOMERGE_USUAL if on else 0
        session.execute(text(AUTOMERGE.format(name=TABLE, segments=segments)))


def optimize(session: Session) -> None:
    """Merge the index into one b-tree: what a rebuild leaves is then as fast to search
    as an index that grew letter by letter and was merged as it went."""
    if available(session):
        session.execute(text(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')"))
