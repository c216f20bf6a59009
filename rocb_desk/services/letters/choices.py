"""What a letter may name from the Directory and the Events register: choices for the
window's lists, as (id, label) in the reader's language."""

from __future__ import annotations

from sqlalchemy import select

from ...db.models import Event, RegionalTrainingCenter
from ..office import Office

RECENT_EVENTS = 400  # a letter is about an event of the last years; older ones stay linked


def rtc_choices(office: Office, lang: str) -> list[tuple[int, str]]:
    """Active Regional Training Centres by name ("RTC Baku" / "РУЦ Баку")."""
    with office.reading() as session:
        rtcs = session.scalars(
            select(RegionalTrainingCenter).where(RegionalTrainingCenter.active.is_(True))
        ).all()
    choices = []
    for rtc in rtcs:
        if lang == "ru":
            label = rtc.short_ru or rtc.name_ru or rtc.short_en or rtc.name_en
        else:
            label = rtc.short_en or rtc.name_en
        choices.append((rtc.id, label))
    return sorted(choices, key=lambda choice: choice[1].casefold())


def event_choices(office: Office, lang: str, limit: int = RECENT_EVENTS) -> list[tuple[int, str]]:
    """Events, the most recent first, as "2021-03-10 Title"."""
    title = Event.title_ru if lang == "ru" else Event.title_en
    with office.reading() as session:
        rows = session.execute(
            select(Event.id, Event.start_date, title, Event.title_en)
            .order_by(Event.start_date.desc(), Event.id.desc())
            .limit(limit)
        ).all()
    return [
        (event_id, f"{start.isoformat()} {name or name_en}")
        for event_id, start, name, name_en in rows
    ]
