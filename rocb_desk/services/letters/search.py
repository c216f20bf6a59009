"""Finding letters: one search box over references, subjects, correspondents, bodies and
the text inside attachments, with filters, ranked, with highlighted snippets.

Any text is a valid query (domain/search_query.py reads it leniently). On SQLite the
FTS5 index answers; ranking every match of a very common word is what makes such a
search slow on a big archive, so past COMMON matches the most recently registered
come first instead of the best-ranked. On PostgreSQL, until it has its own index, the words are looked
for in the tables (slower, unranked, same results for plain words).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from ...db import search_index
from ...db.models import AttachmentText, Letter, LetterAttachment, LetterCorrespondent, LetterTag
from ...domain.errors import FormatError
from ...domain.references import LetterReference
from ...domain.search_query import Query, parse, to_fts5
from ..office import Office
from .clearance import readable_where
from .correspondents import Correspondent, labels

COMMON = 1000  # matches beyond which ranking is skipped (see the module's comment)
MARK_START, MARK_END = "\x02", "\x03"  # around matched words in snippets; the face styles them


@dataclass(frozen=True)
class LetterFilter:
    direction: str | None = None
    year: int | None = None  # calendar year of the letter's date
    correspondent: Correspondent | None = None
    language: str | None = None
    restriction: str | None = None
    tag: str | None = None


@dataclass(frozen=True)
class Hit:
    id: int
    reference: str
    letter_date: date
    direction: str
    language: str
    subject: str
    status: str
    restriction: str
    correspondents: str
    snippet: str  # with MARK_START/MARK_END around matches; "" without a query


@dataclass(frozen=True)
class Found:
    hits: list[Hit]
    total: int  # matches in all (capped at COMMON + 1 for a very common word)
    ranked: bool  # False: the most recently registered first: too common to rank
    capped: bool = False  # True: more than COMMON matched, and `total` counted no further


def _conditions(filters: LetterFilter, visible: tuple = ()) -> list:  # type: ignore[type-arg]
    conditions = list(visible)  # the account's clearance (clearance.py) comes first
    if filters.direction:
        conditions.append(Letter.direction == filters.direction)
    if filters.year:
        conditions += [
            Letter.letter_date >= date(filters.year, 1, 1),
            Letter.letter_date <= date(filters.year, 12, 31),
        ]
    if filters.language:
        conditions.append(Letter.language == filters.language)
    if filters.restriction:
        conditions.append(Letter.restriction == filters.restriction)
    if filters.tag:
        conditions.append(
            exists().where(LetterTag.letter_id == Letter.id, LetterTag.tag == filters.tag)
        )
    who = filters.correspondent
    if who is not None:
        column = {
            "member": LetterCorrespondent.member_id,
            "partner": LetterCorrespondent.partner_id,
            "rtc": LetterCorrespondent.rtc_id,
        }.get(who.kind)
        match = column == who.id if column is not None else LetterCorrespondent.name == who.name
        conditions.append(exists().where(LetterCorrespondent.letter_id == Letter.id, match))
    return conditions


def search(
    office: Office,
    query_text: str,
    filters: LetterFilter = LetterFilter(),  # noqa: B008 - frozen, never changed
    lang: str = "en",
    limit: int = 25,
    offset: int = 0,
    snippets: bool = True,
) -> Found:
    """The letters matching `query_text` and the filters; without words, the newest.

    A snippet costs a read of the whole letter and its attachments' text: ask for a
    screenful at a time, and for none where they are not shown (the command line)."""
    query = parse(query_text)
    visible = readable_where(office)
    with office.reading() as session:
        if query.empty:
            found = _newest(session, filters, limit, offset, visible)
        elif search_index.available(session):
            found = _fts(
                session,
                query,
                filters,
                limit,
                offset,
                _as_reference(query_text),
                snippets,
                visible,
            )
        else:
            found = _scan(session, query, filters, limit, offset, visible)
        names = labels(session, [hit.id for hit in found.hits], lang)
    hits = [
        Hit(**{**hit.__dict__, "correspondents": _shortened(names.get(hit.id, []))})
        for hit in found.hits
    ]
    return Found(hits, found.total, found.ranked, found.capped)


def _shortened(names: list[str]) -> str:
    """A circular's fifty addressees as the first three and how many more."""
    if len(names) <= 4:
        return ", ".join(names)
    return ", ".join(names[:3]) + f" +{len(names) - 3}"


COLUMNS = (
    Letter.id,
    Letter.reference,
    Letter.letter_date,
    Letter.direction,
    Letter.language,
    Letter.subject,
    Letter.status,
    Letter.restriction,
)


def _as_reference(query_text: str) -> str:
    try:
        return str(LetterReference.parse(query_text))
    except FormatError:
        return ""


def _hit(row, snippet: str = "") -> Hit:  # noqa: ANN001 - a result row
    return Hit(*row[: len(COLUMNS)], correspondents="", snippet=snippet)


def _newest(
    session: Session, filters: LetterFilter, limit: int, offset: int, visible: tuple = ()
) -> Found:
    conditions = _conditions(filters, visible)
    total = session.scalar(select(func.count()).select_from(Letter).where(*conditions)) or 0
    rows = session.execute(
        select(*COLUMNS)
        .where(*conditions)
        .order_by(Letter.letter_date.desc(), Letter.id.desc())
        .limit(limit)
        .offset(offset)
    ).all()
    return Found([_hit(row) for row in rows], total, ranked=False)


def _fts(
    session: Session,
    query: Query,
    filters: LetterFilter,
    limit: int,
    offset: int,
    reference: str = "",
    with_snippets: bool = True,
    visible: tuple = (),
) -> Found:
    fts = search_index.fts
    match = {"match": to_fts5(query)}
    conditions = _conditions(filters, visible)
    joined = fts.join(Letter, Letter.id == fts.c.rowid)
    where = (search_index.MATCHES, *conditions)
    source = joined if conditions else fts
    capped = select(fts.c.rowid).select_from(source).where(*where).limit(COMMON + 1).subquery()
    total = session.scalar(select(func.count()).select_from(capped), match) or 0
    ranked = total <= COMMON
    # Past COMMON matches: the most recently registered first, which FTS5 walks in rowid
    # order and stops after a page, instead of ranking (or dating) every match.
    order = [fts.c.rank] if ranked else [fts.c.rowid.desc()]
    if reference:  # "2021/2" typed: that letter first, then those that mention it
        order.insert(0, Letter.reference != reference)
    page = session.scalars(
        select(fts.c.rowid)
        .select_from(joined if conditions or reference else fts)
        .where(*where)
        .order_by(*order)
        .limit(limit)
        .offset(offset),
        match,
    ).all()
    if not page:
        return Found([], int(total), ranked, capped=not ranked)
    rows = {row[0]: row for row in session.execute(select(*COLUMNS).where(Letter.id.in_(page)))}
    # snippet() only for the page shown: it is the costly part of a search.
    snippet = func.snippet(search_index.WHOLE_ROW, -1, MARK_START, MARK_END, "\u2026", 9)
    snippets = (
        dict(
            session.execute(
                select(fts.c.rowid, snippet).where(search_index.MATCHES, fts.c.rowid.in_(page)),
                match,
            ).all()
        )
        if with_snippets
        else {}
    )
    hits = [_hit(rows[i], snippets.get(i, "")) for i in page if i in rows]
    return Found(hits, int(total), ranked, capped=not ranked)


def _scan(
    session: Session,
    query: Query,
    filters: LetterFilter,
    limit: int,
    offset: int,
    visible: tuple = (),
) -> Found:
    """The same words looked for in the tables, for databases without the FTS5 index."""

    def contains(word: str):  # noqa: ANN202 - a SQL condition
        pattern = f"%{word}%"
        in_files = exists().where(
            LetterAttachment.letter_id == Letter.id,
            AttachmentText.attachment_id == LetterAttachment.attachment_id,
            AttachmentText.text.ilike(pattern),
        )
        return or_(
            Letter.reference.ilike(pattern),
            Letter.subject.ilike(pattern),
            Letter.body.ilike(pattern),
            in_files,
        )

    groups = []
    for group in query.groups:
        terms = []
        for term in group:
            condition = contains(" ".join(term.words))
            terms.append(~condition if term.negated else condition)
        groups.append(and_(*terms))
    conditions = [or_(*groups), *_conditions(filters, visible)]
    total = session.scalar(select(func.count()).select_from(Letter).where(*conditions)) or 0
    rows = session.execute(
        select(*COLUMNS)
        .where(*conditions)
        .order_by(Letter.letter_date.desc(), Letter.id.desc())
        .limit(limit)
        .offset(offset)
    ).all()
    return Found([_hit(row) for row in rows], total, ranked=False)


def rebuild_index(office: Office, progress=None) -> int:  # noqa: ANN001 - progress(done, total)
    """Index every letter again (after a restore from elsewhere, or a damaged index).

    One transaction: `progress` may raise to stop (Cancel in the window), and the
    rollback leaves the old index whole; it is told the last batch before the commit."""
    from .indexing import rebuild

    with office.transaction() as session:
        return rebuild(session, progress)


def years(office: Office) -> list[int]:
    """Calendar years that have letters the account may see, newest first."""
    with office.reading() as session:
        first, last = session.execute(
            select(func.min(Letter.letter_date), func.max(Letter.letter_date)).where(
                *readable_where(office)
            )
        ).one()
    if first is None:
        return []
    return list(range(last.year, first.year - 1, -1))


def tags(office: Office) -> list[str]:
    """The tags of the letters the account may see (a tag can tell what a letter is about)."""
    query = select(LetterTag.tag).distinct().order_by(LetterTag.tag)
    visible = readable_where(office)
    if visible:
        query = query.join(Letter, Letter.id == LetterTag.letter_id).where(*visible)
    with office.reading() as session:
        return list(session.scalars(query))
