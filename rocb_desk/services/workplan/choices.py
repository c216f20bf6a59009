"""What the work plan's editors offer to choose from: the framework's goals, the events
that may have delivered a need."""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select

from ...db.models import Event
from ...domain.fiscal import FinancialYear
from ..events.queries import title_of
from ..office import Office
from .framework import framework_for


def goal_choices(office: Office, year: int, lang: str) -> list[tuple[int, str]]:
    """The goals of the framework the plan of `year` follows, as (number, title)."""
    framework = framework_for(office, year, lang)
    return [(goal.number, goal.title) for goal in framework.goals] if framework else []


def event_choices(
    office: Office, lang: str, cycle_year: int, keep: int | None = None
) -> list[tuple[int, str]]:
    """Events that may deliver a need of the cycle `cycle_year`, in date order.

    A cycle's needs are collected early in the year and delivered within the WCO's plan
    that follows: events from 1 January of the cycle year to the end of the next financial
    year (a few dozen, not fifteen years of events). The event a need already names
    (`keep`) is offered whenever it took place.
    """
    first = date(cycle_year, 1, 1)
    last = FinancialYear(cycle_year).next().end
    condition = Event.start_date.between(first, last)
    if keep is not None:
        condition = or_(condition, Event.id == keep)
    with office.reading() as session:
        rows = session.execute(
            select(Event.id, Event.start_date, Event.title_en, Event.title_ru)
            .where(condition)
            .order_by(Event.start_date, Event.id)
        ).all()
    return [
        (
            row.id,
            f"{row.start_date.isoformat()} \u2013 {title_of(row.title_en, row.title_ru, lang)}",
        )
        for row in rows
    ]
