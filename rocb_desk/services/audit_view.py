"""Reading the audit trail: what happened to a record, in a financial year, or to anything
(the viewer's search by who, what, action and when)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute

from ..db.models import AuditEntry, LedgerEntry
from ..domain.errors import OfficeError
from ..domain.fiscal import FinancialYear
from .access import AUDIT_SEES_ALL, require_all_letters
from .audit import ENTRY_COLUMNS
from .letters.clearance import readable_letter
from .letters.register import NOT_FOUND as LETTER_NOT_FOUND
from .office import Office


@dataclass(frozen=True)
class AuditLine:
    id: int  # the entry's place in the chain: what `check` names
    at: datetime  # aware, in UTC
    actor: str
    action: str
    entity: str
    entity_id: int | None
    changes: str  # "field: before → after; ..." for updates, the values otherwise


def _values(text: str | None) -> dict:
    """The values an entry recorded; an entry altered by hand may hold anything."""
    if not text:
        return {}
    try:
        values = json.loads(text)
    except ValueError:
        return {"?": text}
    return values if isinstance(values, dict) else {"?": text}


def _changes(before: str | None, after: str | None) -> str:
    old, new = _values(before), _values(after)
    if old and new:
        return "; ".join(
            f"{k}: {old.get(k)} \u2192 {new.get(k)}"
            for k in sorted(new)
            if old.get(k) != new.get(k)
        )
    shown = new or old
    return "; ".join(f"{k}: {v}" for k, v in sorted(shown.items()) if v not in (None, ""))


def _lines(rows: Sequence[Any]) -> list[AuditLine]:
    """Lines from entries or from rows of their columns."""
    return [
        AuditLine(
            r.id,
            r.at.replace(tzinfo=UTC),  # stored as naive UTC
            r.actor,
            r.action,
            r.entity,
            r.entity_id,
            _changes(r.before, r.after),
        )
        for r in rows
    ]


def history(office: Office, entity: str, entity_id: int) -> list[AuditLine]:
    """Every change of one record, oldest first; a letter's only for those who may read it
    (its changes quote what it said)."""
    with office.reading() as session:
        if entity == "letter" and readable_letter(session, office, entity_id) is None:
            raise OfficeError(LETTER_NOT_FOUND)
        rows = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.id)
        ).all()
        return _lines(list(rows))


def year_history(office: Office, year: FinancialYear) -> list[AuditLine]:
    """The changes to a year's books: its entries (even deleted ones), budget, close, reopen."""
    marker = f'%"fy_start": {year.start_year}%'
    with office.reading() as session:
        entries = select(LedgerEntry.id).where(LedgerEntry.fy_start == year.start_year)
        rows = session.scalars(
            select(AuditEntry)
            .where(
                or_(
                    (AuditEntry.entity == "financial_year")
                    & (AuditEntry.entity_id == year.start_year),
                    (AuditEntry.entity == "ledger_entry") & AuditEntry.entity_id.in_(entries),
                    # Entries deleted since: found by the year their records name.
                    (AuditEntry.entity == "ledger_entry")
                    & or_(AuditEntry.before.like(marker), AuditEntry.after.like(marker)),
                )
            )
            .order_by(AuditEntry.id)
        ).all()
        return _lines(list(rows))


@dataclass(frozen=True)
class AuditFilter:
    """What the viewer asks for; None is "any". A `date` is a whole day of the local
    calendar, `until` included; a naive datetime is local time, an aware one is exact."""

    actor: str | None = None
    entity: str | None = None
    action: str | None = None
    since: date | datetime | None = None
    until: date | datetime | None = None


def _stored_time(moment: date | datetime, *, end_of_day: bool) -> datetime:
    """A filter bound as the trail stores time: naive UTC."""
    if not isinstance(moment, datetime):
        day = moment + timedelta(days=1) if end_of_day else moment
        moment = datetime.combine(day, time())
    if moment.tzinfo is None:
        moment = moment.astimezone()  # the user's own clock
    return moment.astimezone(UTC).replace(tzinfo=None)


def _filtered(query: Select, filters: AuditFilter) -> Select:
    if filters.actor:
        query = query.where(AuditEntry.actor == filters.actor)
    if filters.entity:
        query = query.where(AuditEntry.entity == filters.entity)
    if filters.action:
        query = query.where(AuditEntry.action == filters.action)
    if filters.since is not None:
        query = query.where(AuditEntry.at >= _stored_time(filters.since, end_of_day=False))
    if filters.until is not None:
        bound = _stored_time(filters.until, end_of_day=True)
        # A date includes its whole day; an exact moment includes itself.
        query = query.where(
            AuditEntry.at < bound
            if not isinstance(filters.until, datetime)
            else AuditEntry.at <= bound
        )
    return query


def search_audit(
    office: Office, filters: AuditFilter, limit: int = 500, offset: int = 0
) -> list[AuditLine]:
    """One page of the trail's entries that match, newest first.

    Paged in SQL (the trail grows to hundreds of thousands of entries): the viewer asks
    for the next page with a larger offset as the user scrolls. The entries carry what
    letters said, so only an account cleared for every letter reads them."""
    require_all_letters(office, AUDIT_SEES_ALL)
    # The page's ids first: that narrow query can run on an index alone (the entity
    # index covers `entity` and the id), and only the page's 500 rows are read whole.
    page = (
        _filtered(select(AuditEntry.id), filters)
        .order_by(AuditEntry.id.desc())
        .limit(max(limit, 0))
        .offset(max(offset, 0))
    )
    query = select(*ENTRY_COLUMNS).where(AuditEntry.id.in_(page)).order_by(AuditEntry.id.desc())
    with office.reading() as session:
        return _lines(session.execute(query).all())


def count_audit(office: Office, filters: AuditFilter) -> int:
    """How many entries match (for "n entries" under the viewer's table)."""
    require_all_letters(office, AUDIT_SEES_ALL)
    query = _filtered(select(func.count()).select_from(AuditEntry), filters)
    with office.reading() as session:
        return session.scalar(query) or 0


def _distinct(office: Office, column: InstrumentedAttribute) -> list[str]:
    """The distinct values of an indexed column of the trail, in order: found by skipping
    from one value to the next (a few index lookups each), never by reading the trail."""
    with office.reading() as session:
        values: list[str] = []
        current = session.scalar(select(func.min(column)))
        while current is not None:
            values.append(current)
            current = session.scalar(select(func.min(column)).where(column > current))
        return values


def audit_actors(office: Office) -> list[str]:
    """Everyone who appears in the trail, for the viewer's "who" list."""
    return _distinct(office, AuditEntry.actor)  # ix_audit_entry_actor


def audit_entities(office: Office) -> list[str]:
    """The kinds of record the trail names (ledger_entry, letter...), for the "what" list."""
    return _distinct(office, AuditEntry.entity)  # ix_audit_entry_entity


def audit_actions(office: Office) -> list[str]:
    """The actions the trail holds (create, update, close...), for the "action" list."""
    return _distinct(office, AuditEntry.action)  # ix_audit_entry_action
