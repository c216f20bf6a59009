"""Evidence of an activity, linked from the other tabs: events, letters, entries, documents.

Links name records by id; the records stay where they are kept. Each change of links
is one transaction and one audit entry, and a record removed meanwhile is refused by
name rather than linked as a ghost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from ...db.models import (
    Activity,
    ActivityDocument,
    ActivityEntry,
    ActivityEvent,
    ActivityLetter,
    Attachment,
    BudgetItem,
    Event,
    LedgerEntry,
    Letter,
    WorkPlan,
)
from ...domain.errors import QT_TRANSLATE_NOOP, OfficeError
from ...domain.fiscal import FinancialYear
from ...domain.money import format_money
from ...domain.search_query import fold
from .. import attachments, audit
from ..events.queries import title_of
from ..letters.clearance import readable_where
from ..office import Office
from .register import NOT_FOUND

GONE = QT_TRANSLATE_NOOP("Errors", "A chosen record no longer exists; it may have been removed.")
BAD_KIND = QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not one of the choices.")
# Evidence kind → link table, its column, the record it names.
LINKS = {
    "events": (ActivityEvent, "event_id", Event),
    "letters": (ActivityLetter, "letter_id", Letter),
    "entries": (ActivityEntry, "entry_id", LedgerEntry),
}
CANDIDATE_LIMIT = 200


@dataclass(frozen=True)
class EvidenceItem:
    kind: str  # events, letters, entries, documents
    record_id: int
    day: date | None
    label: str


def _activity(session: Session, activity_id: int) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise OfficeError(NOT_FOUND)
    return activity


def _link_parts(kind: str):
    if kind not in LINKS:
        raise OfficeError(BAD_KIND, value=kind)
    return LINKS[kind]


def link(office: Office, activity_id: int, kind: str, record_ids: list[int]) -> int:
    """Link records of one kind as evidence; already linked ones are left as they are."""
    model, column, target = _link_parts(kind)
    wanted = set(record_ids)
    with office.transaction() as session:
        _activity(session, activity_id)
        # A letter above the account's clearance is, here too, one that is not there.
        visible = readable_where(office) if target is Letter else ()
        found = set(session.scalars(select(target.id).where(target.id.in_(wanted), *visible)))
        if found != wanted:
            raise OfficeError(GONE)
        present = set(
            session.scalars(
                select(getattr(model, column)).where(
                    model.activity_id == activity_id, getattr(model, column).in_(wanted)
                )
            )
        )
        added = sorted(wanted - present)
        for record_id in added:
            session.add(model(activity_id=activity_id, **{column: record_id}))
        if added:
            audit.record(
                session, office.actor, "link", "activity", activity_id, after={kind: added}
            )
        return len(added)


def unlink(office: Office, activity_id: int, chosen: dict[str, list[int]]) -> None:
    """Unlink records by kind (documents included), all in one transaction; the records
    themselves stay where they are kept."""
    with office.transaction() as session:
        _activity(session, activity_id)
        removed: dict[str, list[int]] = {}
        for kind, record_ids in sorted(chosen.items()):
            if kind == "documents":
                model, column = ActivityDocument, "attachment_id"
            else:
                model, column, _target = _link_parts(kind)
            done = session.execute(
                delete(model).where(
                    model.activity_id == activity_id, getattr(model, column).in_(record_ids)
                )
            )
            if done.rowcount:
                removed[kind] = sorted(record_ids)
        if removed:
            audit.record(session, office.actor, "unlink", "activity", activity_id, before=removed)


def attach_documents(office: Office, activity_id: int, sources: list[Path]) -> list[int]:
    """Keep copies of files as evidence, all recorded in one transaction; files copied
    in for a transaction that then fails are taken back out."""
    stored: list[attachments.StoredFile] = []
    try:
        for source in sources:  # on disk first, flushed and hashed
            stored.append(attachments.copy_in(office, source))
        return _record_documents(office, activity_id, stored)
    except BaseException:
        attachments.remove_unrecorded(office, stored)
        raise


def _record_documents(
    office: Office, activity_id: int, stored: list[attachments.StoredFile]
) -> list[int]:
    ids = []
    with office.transaction() as session:
        _activity(session, activity_id)
        for item in stored:
            attachment_id = attachments.record(session, item)
            if session.get(ActivityDocument, (activity_id, attachment_id)) is None:
                session.add(ActivityDocument(activity_id=activity_id, attachment_id=attachment_id))
            audit.record(
                session,
                office.actor,
                "attach",
                "activity",
                activity_id,
                after={"file": item.original_name, "sha256": item.sha256},
            )
            ids.append(attachment_id)
    return ids


def evidence(office: Office, activity_id: int, lang: str) -> list[EvidenceItem]:
    """Everything linked to the activity, events first, each kind by date."""
    with office.reading() as session:
        items = [
            EvidenceItem(
                "events", row.id, row.start_date, title_of(row.title_en, row.title_ru, lang)
            )
            for row in session.execute(
                select(Event.id, Event.start_date, Event.title_en, Event.title_ru)
                .join(ActivityEvent, ActivityEvent.event_id == Event.id)
                .where(ActivityEvent.activity_id == activity_id)
                .order_by(Event.start_date, Event.id)
            )
        ]
        items += [
            EvidenceItem(
                "letters", row.id, row.letter_date, f"{row.reference} \u2013 {row.subject}"
            )
            for row in session.execute(
                select(Letter.id, Letter.letter_date, Letter.reference, Letter.subject)
                .join(ActivityLetter, ActivityLetter.letter_id == Letter.id)
                .where(ActivityLetter.activity_id == activity_id, *readable_where(office))
                .order_by(Letter.letter_date, Letter.id)
            )
        ]
        items += [
            EvidenceItem("entries", row.id, row.entry_date, _entry_label(row, lang))
            for row in session.execute(
                select(
                    LedgerEntry.id,
                    LedgerEntry.entry_date,
                    LedgerEntry.voucher,
                    LedgerEntry.amount,
                    LedgerEntry.description,
                    BudgetItem.code,
                )
                .join(ActivityEntry, ActivityEntry.entry_id == LedgerEntry.id)
                .outerjoin(BudgetItem, BudgetItem.id == LedgerEntry.item_id)
                .where(ActivityEntry.activity_id == activity_id)
                .order_by(LedgerEntry.entry_date, LedgerEntry.id)
            )
        ]
        items += [
            EvidenceItem("documents", row.id, row.created_at.date(), row.original_name)
            for row in session.execute(
                select(Attachment.id, Attachment.created_at, Attachment.original_name)
                .join(ActivityDocument, ActivityDocument.attachment_id == Attachment.id)
                .where(ActivityDocument.activity_id == activity_id)
                .order_by(Attachment.original_name)
            )
        ]
    return items


def candidates(
    office: Office, activity_id: int, kind: str, lang: str, text: str = ""
) -> list[EvidenceItem]:
    """Records of the activity's year that could be linked, not yet linked, newest first.

    The words typed narrow the list, each found anywhere in the line shown, in any case
    and in any script. SQL's lower() folds Latin letters only, so SQL narrows by the
    Latin words alone and the rest is checked here, reading rows only until the list
    is full (at most CANDIDATE_LIMIT lines): a busy year has 15,000 ledger lines.
    """
    model, column, _target = _link_parts(kind)
    words = fold(text).casefold().split()
    with office.reading() as session:
        activity = _activity(session, activity_id)
        year = FinancialYear(session.get(WorkPlan, activity.plan_id).year)
        linked = select(getattr(model, column)).where(model.activity_id == activity_id)
        query, searched, label = _candidate_query(kind, year, linked, lang)
        if kind == "letters":
            query = query.where(*readable_where(office))
        for word in words:
            if word.isascii():
                pattern = f"%{word}%"
                query = query.where(or_(*(func.lower(c).like(pattern) for c in searched)))
        if not words:
            query = query.limit(CANDIDATE_LIMIT)
        items: list[EvidenceItem] = []
        for row in session.execute(query.execution_options(yield_per=500)):
            item = EvidenceItem(kind, row[0], row[1], label(row))
            if all(word in fold(item.label).casefold() for word in words):
                items.append(item)
                if len(items) == CANDIDATE_LIMIT:
                    break
    return items


def _candidate_query(kind: str, year: FinancialYear, linked, lang: str):  # noqa: ANN001, ANN202
    """The query of a kind's candidates (id and day first), the text columns shown, and
    how a row is written as the line the user reads."""
    if kind == "events":
        query = (
            select(Event.id, Event.start_date, Event.title_en, Event.title_ru)
            .where(Event.start_date.between(year.start, year.end), Event.id.not_in(linked))
            .order_by(Event.start_date.desc(), Event.id.desc())
        )
        return query, (Event.title_en, Event.title_ru), lambda r: title_of(r[2], r[3], lang)
    if kind == "letters":
        query = (
            select(Letter.id, Letter.letter_date, Letter.reference, Letter.subject)
            .where(Letter.letter_date.between(year.start, year.end), Letter.id.not_in(linked))
            .order_by(Letter.letter_date.desc(), Letter.id.desc())
        )
        return query, (Letter.reference, Letter.subject), lambda r: f"{r[2]} \u2013 {r[3]}"
    query = (
        select(
            LedgerEntry.id,
            LedgerEntry.entry_date,
            LedgerEntry.voucher,
            LedgerEntry.amount,
            LedgerEntry.description,
            BudgetItem.code,
        )
        .outerjoin(BudgetItem, BudgetItem.id == LedgerEntry.item_id)
        .where(LedgerEntry.fy_start == year.start_year, LedgerEntry.id.not_in(linked))
        .order_by(LedgerEntry.entry_date.desc(), LedgerEntry.id.desc())
    )
    searched = (LedgerEntry.voucher, LedgerEntry.description, BudgetItem.code)
    return query, searched, lambda r: _entry_label(r, lang)


def _entry_label(row, lang: str) -> str:  # noqa: ANN001 - a row with the entry's columns
    parts = (row.voucher, row.code or "", format_money(row.amount, lang), row.description)
    return " \u2013 ".join(part for part in parts if part)


@dataclass(frozen=True)
class ActivityChoice:
    id: int
    label: str  # "2020/2021 · 1.2 Support Member Administrations…"


def _choice(year: int, number: str, title_en: str, title_ru: str, lang: str) -> str:
    return f"{FinancialYear(year).name} \u00b7 {number} {title_of(title_en, title_ru, lang)}"


def activity_choices(
    office: Office, day: date, lang: str, keep: set[int] | frozenset[int] = frozenset()
) -> list[ActivityChoice]:
    """The activities of the plan of the financial year `day` falls in, in the plan's
    order; then those of `keep` from other years (a record's links, still shown by name)."""
    year = FinancialYear.of(day).start_year
    columns = (Activity.id, WorkPlan.year, Activity.number, Activity.title_en, Activity.title_ru)
    with office.reading() as session:
        rows = session.execute(
            select(*columns)
            .join(WorkPlan, WorkPlan.id == Activity.plan_id)
            .where(or_(WorkPlan.year == year, Activity.id.in_(keep)))
            .order_by(WorkPlan.year != year, WorkPlan.year, Activity.major, Activity.minor)
        ).all()
    return [
        ActivityChoice(r.id, _choice(r.year, r.number, r.title_en, r.title_ru, lang)) for r in rows
    ]
