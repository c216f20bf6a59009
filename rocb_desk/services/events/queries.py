"""Reading the register: the filtered list, the calendar's days, the statistics of a year.

Counts follow the participant list when an event has one (everyone not absent or
excused; countries as distinct member administrations) and the typed figures otherwise.
A year holds tens of events and fifteen years a few thousand: the filters run in SQL
on indexes, and the text filter over what they leave (at most those few thousand).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import and_, case, distinct, func, select
from sqlalchemy.orm import Session

from ...db.models import Event, EventRole, LedgerEntry, Participant
from ...domain.books import EntryType
from ...domain.events import (
    DELIVERING_ROLES,
    MODALITY_LABELS,
    MONTH_NAMES,
    Attendance,
    EventKind,
    Gender,
    Modality,
    OfficeRole,
    format_period,
)
from ...domain.fiscal import FinancialYear
from ...i18n import translate
from ..office import Office

ZERO = Decimal("0.00")
ATTENDING = (Attendance.REGISTERED.value, Attendance.PRESENT.value)


@dataclass(frozen=True)
class EventFilter:
    year: FinancialYear | None = None
    role: str | None = None
    kind: str | None = None
    modality: str | None = None
    text: str = ""
    on_day: date | None = None  # events running on that day (the calendar's choice)


@dataclass(frozen=True)
class Counts:
    participants: int | None
    countries: int | None
    women: int | None
    men: int | None
    from_list: bool  # counted from the participant list rather than typed


@dataclass(frozen=True)
class EventLine:
    id: int
    start: date
    end: date
    title: str
    kind: str
    modality: str
    location: str
    roles: frozenset[str]
    counts: Counts
    cost: Decimal


def title_of(title_en: str, title_ru: str, lang: str) -> str:
    """The title in the reader's language, the other one where that is missing."""
    if lang == "ru":
        return title_ru or title_en
    return title_en or title_ru


def period_text(start: date, end: date) -> str:
    """The dates of an event as the report writes them, in the user's language."""
    return format_period(start, end, [translate("Months", name) for name in MONTH_NAMES])


def location_of(modality: str, venue: str, city: str, country: str) -> str:
    """As the report's table writes it: "Online", or the place."""
    place = ", ".join(part for part in (venue, city, country) if part)
    if modality == Modality.ONLINE.value:
        return translate("Events", MODALITY_LABELS[Modality.ONLINE])
    if modality == Modality.HYBRID.value and place:
        return f"{place} / {translate('Events', MODALITY_LABELS[Modality.ONLINE])}"
    return place


def _conditions(filters: EventFilter) -> list:  # type: ignore[type-arg]
    conditions = []
    if filters.year is not None:
        conditions += [
            Event.start_date >= filters.year.start,
            Event.start_date <= filters.year.end,
        ]
    if filters.kind:
        conditions.append(Event.kind == filters.kind)
    if filters.modality:
        conditions.append(Event.modality == filters.modality)
    if filters.role:
        conditions.append(
            Event.id.in_(select(EventRole.event_id).where(EventRole.role == filters.role))
        )
    if filters.on_day is not None:
        conditions += [Event.start_date <= filters.on_day, Event.end_date >= filters.on_day]
    return conditions


def list_counts(session: Session, event_ids: list[int]) -> dict[int, Counts]:
    """The counts of the events' participant lists, for those events that have one."""
    if not event_ids:
        return {}
    attending = Participant.attendance.in_(ATTENDING)
    # A country is a member administration of the Directory; the WCO or UNODC is none.
    country = case((attending, Participant.member_id))
    rows = session.execute(
        select(
            Participant.event_id,
            func.count(),
            func.sum(case((attending, 1), else_=0)),
            func.count(distinct(country)),
            func.sum(
                case((and_(attending, Participant.gender == Gender.FEMALE.value), 1), else_=0)
            ),
            func.sum(case((and_(attending, Participant.gender == Gender.MALE.value), 1), else_=0)),
        )
        .where(Participant.event_id.in_(event_ids))
        .group_by(Participant.event_id)
    ).all()
    return {
        event_id: Counts(int(present), int(countries), int(women), int(men), True)
        for event_id, total, present, countries, women, men in rows
        if total
    }


def _typed(event: Event) -> Counts:
    return Counts(event.participants, event.countries, None, None, False)


def list_events(
    office: Office, filters: EventFilter, lang: str, cost_year: FinancialYear | None = None
) -> list[EventLine]:
    """The events that pass the filters, in date order; their costs in all years, or in
    `cost_year`'s books only (a statement shows what that year paid)."""
    with office.reading() as session:
        events = session.scalars(
            select(Event).where(*_conditions(filters)).order_by(Event.start_date, Event.id)
        ).all()
        needle = filters.text.strip().casefold()
        if needle:
            events = [
                e
                for e in events
                if needle
                in " ".join(
                    (
                        e.title_en,
                        e.title_ru,
                        e.venue,
                        e.city,
                        e.country,
                        e.narrative_en,
                        e.narrative_ru,
                    )
                ).casefold()
            ]
        ids = [e.id for e in events]
        roles: dict[int, set[str]] = {}
        costs: dict[int, Decimal] = {}
        if ids:
            for event_id, role in session.execute(
                select(EventRole.event_id, EventRole.role).where(EventRole.event_id.in_(ids))
            ):
                roles.setdefault(event_id, set()).add(role)
            costs = dict(
                session.execute(
                    select(LedgerEntry.event_id, func.sum(LedgerEntry.amount))
                    .where(
                        LedgerEntry.event_id.in_(ids),
                        LedgerEntry.kind == EntryType.EXPENSE.value,
                        *(
                            [LedgerEntry.fy_start == cost_year.start_year]
                            if cost_year is not None
                            else []
                        ),
                    )
                    .group_by(LedgerEntry.event_id)
                ).all()
            )
        counted = list_counts(session, ids)
        return [
            EventLine(
                e.id,
                e.start_date,
                e.end_date,
                title_of(e.title_en, e.title_ru, lang),
                e.kind,
                e.modality,
                location_of(e.modality, e.venue, e.city, e.country),
                frozenset(roles.get(e.id, ())),
                counted.get(e.id) or _typed(e),
                costs.get(e.id) or ZERO,
            )
            for e in events
        ]


def event_days(office: Office, first: date, last: date) -> dict[date, int]:
    """How many events run on each day from `first` to `last` (the calendar's marks)."""
    with office.reading() as session:
        spans = session.execute(
            select(Event.start_date, Event.end_date).where(
                Event.start_date <= last, Event.end_date >= first
            )
        ).all()
    days: Counter[date] = Counter()
    for start, end in spans:
        day = max(start, first)
        while day <= min(end, last):
            days[day] += 1
            day += timedelta(days=1)
    return dict(days)


@dataclass(frozen=True)
class YearStatistics:
    """What the Execution Program asks of a year's events."""

    year: FinancialYear
    events: int
    by_role: dict[str, int]
    by_kind: dict[str, int]
    delivered: int  # organized, hosted, co-organized or coordinated
    financially_supported: int
    participants: int
    women: int
    men: int


def year_statistics(office: Office, year: FinancialYear) -> YearStatistics:
    lines = list_events(office, EventFilter(year=year), "en")
    by_role = {role.value: 0 for role in OfficeRole}
    by_kind = {kind.value: 0 for kind in EventKind}
    for line in lines:
        by_kind[line.kind] = by_kind.get(line.kind, 0) + 1
        for role in line.roles:
            by_role[role] = by_role.get(role, 0) + 1
    return YearStatistics(
        year=year,
        events=len(lines),
        by_role=by_role,
        by_kind=by_kind,
        delivered=sum(1 for line in lines if line.roles & DELIVERING_ROLES),
        financially_supported=by_role[OfficeRole.FINANCIALLY_SUPPORTED.value],
        participants=sum(line.counts.participants or 0 for line in lines),
        women=sum(line.counts.women or 0 for line in lines),
        men=sum(line.counts.men or 0 for line in lines),
    )


def known_years(office: Office) -> list[FinancialYear]:
    """The financial years that have events, newest first."""
    with office.reading() as session:
        first, last = session.execute(
            select(func.min(Event.start_date), func.max(Event.start_date))
        ).one()
    if first is None:
        return []
    start, end = FinancialYear.of(first).start_year, FinancialYear.of(last).start_year
    return [FinancialYear(y) for y in range(end, start - 1, -1)]
