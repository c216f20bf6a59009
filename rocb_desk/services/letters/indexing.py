"""What the full-text index holds for a letter, read for many letters at once.

Registering a letter indexes one; rebuilding the index does 50,000. Both compose the
indexed text here, from three queries per batch of letters (the letters, their
attachments' names and text, their correspondents' names in both languages) rather
than five per letter, so a rebuild spends its time in FTS5, not in round trips.
"""

from __future__ import annotations

import contextlib
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator
from queue import Empty, Queue

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from ...db import search_index
from ...db.engine import WRITES
from ...db.models import (
    AttachmentText,
    Letter,
    LetterAttachment,
)
from ...domain.markup import parse as parse_markup
from ...domain.markup import plain_text
from .correspondents import name_rows

BATCH = 500  # letters composed and inserted together (their text is a few MB at most)


def plain_body(body: str) -> str:
    """The body without its markup: what is searched and shown in snippets."""
    return "\n".join(plain_text(block.runs) for block in parse_markup(body))


def _correspondents(session: Session, ids: list[int]) -> dict[int, list[str]]:
    """Every name of every correspondent, in both languages: found whichever is typed."""
    rows = name_rows(session, ids)
    names: dict[int, list[str]] = defaultdict(list)
    for letter_id, *parts in rows:
        names[letter_id].append(" ".join(part for part in parts if part))
    return names


def _attachments(session: Session, ids: list[int]) -> dict[int, list[str]]:
    """The attached files' names, then their text, as the index lists them."""
    rows = session.execute(
        select(LetterAttachment.letter_id, LetterAttachment.file_name, AttachmentText.text)
        .outerjoin(AttachmentText, AttachmentText.attachment_id == LetterAttachment.attachment_id)
        .where(LetterAttachment.letter_id.in_(ids))
        .order_by(LetterAttachment.letter_id, LetterAttachment.attachment_id)
    )
    names: dict[int, list[str]] = defaultdict(list)
    texts: dict[int, list[str]] = defaultdict(list)
    for letter_id, name, content in rows:
        names[letter_id].append(name)
        if content:
            texts[letter_id].append(content)
    return {key: names[key] + texts.get(key, []) for key in names}


def index_values(session: Session, ids: list[int]) -> dict[int, dict[str, str]]:
    """The indexed columns of each of these letters (a missing letter: absent)."""
    letters = session.execute(
        select(
            Letter.id, Letter.reference, Letter.sender_reference, Letter.subject, Letter.body
        ).where(Letter.id.in_(ids))
    ).all()
    who = _correspondents(session, ids)
    files = _attachments(session, ids)
    return {
        letter_id: {
            "reference": " ".join(filter(None, (reference, sender_reference))),
            "subject": subject,
            "correspondents": "\n".join(who.get(letter_id, [])),
            "body": plain_body(body),
            "attachments": "\n".join(files.get(letter_id, [])),
        }
        for letter_id, reference, sender_reference, subject, body in letters
    }


def reindex(session: Session, letter_id: int) -> None:
    """Put the letter's searchable text in the index (inside the caller's transaction)."""
    values = index_values(session, [letter_id]).get(letter_id)
    if values is None:
        search_index.remove(session, letter_id)
    else:
        search_index.put(session, letter_id, values)


def rebuild(session: Session, progress=None) -> int:  # noqa: ANN001 - progress(done, total)
    """Index every letter again, inside the caller's transaction: `progress` may raise to
    stop, and the rollback then leaves the old index whole.

    The letters' text is composed on a second thread, over a connection of its own,
    while this one hands the previous batch to FTS5: SQLite works without Python's lock,
    so on two cores the composing costs next to nothing."""
    search_index.recreate(session)
    ids = list(session.scalars(select(Letter.id).order_by(Letter.id)))
    total = len(ids)
    if progress is not None:
        progress(0, total)
    done = 0
    search_index.merging(session, on=False)
    for values in _composed(session, ids):
        search_index.put_many(session, values)
        done += len(values)
        if progress is not None:
            progress(done, total)
    search_index.optimize(session)
    search_index.merging(session, on=True)
    return total


_END = object()


def _composed(session: Session, ids: list[int]) -> Iterator[dict[int, dict[str, str]]]:
    """The index values of `ids`, a batch at a time, composed a batch ahead."""
    engine = session.get_bind()
    # A second connection reads beside this one's write lock only under WAL, and only
    # a database in a file is the same database for it.
    if (
        not isinstance(engine, Engine)
        or engine.url.database in (None, "", ":memory:")
        or session.execute(text("PRAGMA journal_mode")).scalar() != "wal"
    ):
        for batch in batches(ids):  # a database only this connection sees: no second one
            yield index_values(session, batch)
        return
    ready: Queue[object] = Queue(maxsize=2)
    stop = threading.Event()

    def compose() -> None:
        try:
            # A reader (BEGIN, not BEGIN IMMEDIATE): under WAL it reads the letters
            # while the caller's transaction holds the write lock.
            with Session(engine.execution_options(**{WRITES: False})) as reader:
                for batch in batches(ids):
                    if stop.is_set():
                        return
                    ready.put(index_values(reader, batch))
            ready.put(_END)
        except BaseException as error:  # noqa: BLE001 - raised again on the caller's thread
            ready.put(error)

    worker = threading.Thread(target=compose, name="index-compose", daemon=True)
    worker.start()
    try:
        while (item := ready.get()) is not _END:
            if isinstance(item, BaseException):
                raise item
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        while worker.is_alive():  # let it see the stop, even if it waits to hand a batch
            with contextlib.suppress(Empty):
                ready.get(timeout=0.05)
        worker.join()


def batches(ids: Iterable[int]) -> Iterable[list[int]]:
    batch: list[int] = []
    for letter_id in ids:
        batch.append(letter_id)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch
