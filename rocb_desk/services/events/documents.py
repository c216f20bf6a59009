"""The documents of a year's events, in the report's own forms (section D and section G).

Each is a neutral Document; the PDF, DOCX and XLSX writers lay it out.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from ...db.models import Event
from ...domain.document import Column, Document, Heading, Paragraph, Table
from ...domain.events import OfficeRole
from ...domain.fiscal import FinancialYear
from ...i18n import translate
from ..office import Office
from .queries import EventFilter, EventLine, list_events, period_text

ZERO = Decimal("0.00")


def _year_events(
    office: Office, year: FinancialYear, lang: str, role: str | None = None
) -> list[EventLine]:
    return list_events(office, EventFilter(year=year, role=role), lang)


def _period_sentence(year: FinancialYear, count: int) -> str:
    # Worded so that the number agrees with no noun, in English and in Russian.
    return translate(
        "Events", "Events in which the office was involved from {start} to {end}: {count}."
    ).format(
        start=period_text(year.start, year.start), end=period_text(year.end, year.end), count=count
    )


def events_table(lines: list[EventLine]) -> Table:
    """The table of section D: #, Event, Location, Date."""
    return Table(
        (
            Column("#", 0.35, "int"),
            Column(translate("Events", "Event"), 4.0),
            Column(translate("Events", "Location"), 1.1),
            Column(translate("Events", "Date"), 1.5),
        ),
        tuple(
            (number, line.title, line.location, period_text(line.start, line.end))
            for number, line in enumerate(lines, start=1)
        ),
        name=translate("Events", "Events"),
        key="events",
    )


def events_table_document(office: Office, year: FinancialYear, lang: str) -> Document:
    lines = _year_events(office, year, lang)
    document = Document(
        translate("Events", "Events {year}").format(year=year.name),
        translate("Books", "ROCB Europe"),
        lang,
    )
    document.add(Paragraph(_period_sentence(year, len(lines))))
    document.add(events_table(lines))
    return document


def supported_events_table(office: Office, year: FinancialYear, lang: str) -> Table:
    """The events the office financially supported, with what the books paid for them."""
    lines = _year_events(office, year, lang, OfficeRole.FINANCIALLY_SUPPORTED.value)
    return Table(
        (
            Column("#", 0.35, "int"),
            Column(translate("Events", "Event"), 3.6),
            Column(translate("Events", "Date"), 1.5),
            Column(translate("Events", "Location"), 1.0),
            Column(translate("Events", "Costs"), 1.0, "money"),
        ),
        tuple(
            (number, line.title, period_text(line.start, line.end), line.location, line.cost)
            for number, line in enumerate(lines, start=1)
        ),
        totals=(
            None,
            translate("Books", "Total"),
            None,
            None,
            sum((line.cost for line in lines), ZERO),
        ),
        name=translate("Events", "Financially supported"),
        key="supported",
    )


def supported_events_document(office: Office, year: FinancialYear, lang: str) -> Document:
    document = Document(
        translate("Events", "Events financially supported {year}").format(year=year.name),
        translate("Books", "ROCB Europe"),
        lang,
    )
    table = supported_events_table(office, year, lang)
    document.add(
        Paragraph(
            translate(
                "Events", "Events the office financially supported in {year}: {count}."
            ).format(count=len(table.rows), year=year.name)
        )
    )
    document.add(table)
    return document


def narratives_document(office: Office, year: FinancialYear, lang: str) -> Document:
    """Each event of the year with its dates and its narrative, as section D tells them."""
    lines = _year_events(office, year, lang)
    document = Document(
        translate("Events", "Events {year}").format(year=year.name),
        translate("Books", "ROCB Europe"),
        lang,
    )
    document.add(Paragraph(_period_sentence(year, len(lines))))
    # The narratives are not part of the list's lines: read for the whole year at once.
    with office.reading() as session:
        texts = {
            event_id: (english, russian)
            for event_id, english, russian in session.execute(
                select(Event.id, Event.narrative_en, Event.narrative_ru).where(
                    Event.id.in_([line.id for line in lines])
                )
            )
        }
    for line in lines:
        english, russian = texts.get(line.id, ("", ""))
        narrative = (russian or english) if lang == "ru" else (english or russian)
        document.add(Heading(line.title, 2))
        document.add(Paragraph(period_text(line.start, line.end)))
        for part in narrative.split("\n\n"):
            if part.strip():
                document.add(Paragraph(part.strip()))
    return document
