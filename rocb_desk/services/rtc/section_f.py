"""Section F of the annual progress report, "Activities of the Regional Training Centers",
as neutral document blocks: the aggregate in words, then each RTC's report.

The annual report places the blocks under its own section heading; here each RTC is a
level-2 heading with level-3 parts, as Annex V of the 2020/2021 report reads.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ...db.models import RegionalTrainingCenter, RtcReport
from ...domain.document import Block, Bullets, Column, Heading, Paragraph, Table
from ...domain.errors import QT_TRANSLATE_NOOP
from ...domain.fiscal import FinancialYear
from ...i18n import document_language
from ..office import Office
from .labels import GENERAL_LABELS, aggregate_sentences, tr
from .reports import GENERAL, HELD, PLANNED, aggregate, rtc_name

HISTORY = "history"
ITEM = QT_TRANSLATE_NOOP("Rtc", "Item")
VALUE = QT_TRANSLATE_NOOP("Rtc", "Information")
NUMBER = "#"
EVENT_NAME = QT_TRANSLATE_NOOP("Rtc", "Name of the Event")
DATE = QT_TRANSLATE_NOOP("Rtc", "Date")
ATTENDANCE = QT_TRANSLATE_NOOP("Rtc", "Attendance")
PURPOSE = QT_TRANSLATE_NOOP("Rtc", "Purpose & Outcomes")
GENERAL_HEADING = QT_TRANSLATE_NOOP("Rtc", "General information")
HELD_HEADING = QT_TRANSLATE_NOOP("Rtc", "Organized or hosted events")
PLANNED_HEADING = QT_TRANSLATE_NOOP("Rtc", "Planned or foreseen events")
NONE_REPORTED = QT_TRANSLATE_NOOP("Rtc", "None reported.")
NOT_RECEIVED = QT_TRANSLATE_NOOP("Rtc", "No report was received from {rtc} for {year}.")
EVENTS_SHEET = QT_TRANSLATE_NOOP("Rtc", "{rtc} events")
PLANNED_SHEET = QT_TRANSLATE_NOOP("Rtc", "{rtc} planned")


def _paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs as the RTC separated them (by empty lines; single line breaks kept)."""
    parts = [part.strip() for part in text.replace("\r\n", "\n").split("\n\n")]
    return [Paragraph(part) for part in parts if part]


def _events_table(report: RtcReport, kind: str, short: str) -> Table:
    sheet = tr(EVENTS_SHEET if kind == HELD else PLANNED_SHEET).format(rtc=short)
    return Table(
        (
            Column(NUMBER, 0.35, "int"),
            Column(tr(EVENT_NAME), 2.2),
            Column(tr(DATE), 1.2),
            Column(tr(ATTENDANCE), 1.5),
            Column(tr(PURPOSE), 3.0),
        ),
        tuple(
            (number, event.name, event.dates, event.attendance, event.purpose)
            for number, event in enumerate((e for e in report.events if e.kind == kind), start=1)
        ),
        name=sheet,
    )


def _report_blocks(report: RtcReport, lang: str) -> list[Block]:
    short = rtc_name(report.rtc, lang)
    blocks: list[Block] = [Heading(rtc_name(report.rtc, lang, short=False), 2)]
    blocks.append(Heading(tr(GENERAL_HEADING), 3))
    general = tuple(
        (tr(GENERAL_LABELS[key]), getattr(report, key))
        for key in GENERAL
        if key != HISTORY and getattr(report, key)
    )
    if general:
        blocks.append(Table((Column(tr(ITEM), 1.2), Column(tr(VALUE), 3.0)), general, name=short))
    if report.history:
        blocks.append(Heading(tr(GENERAL_LABELS[HISTORY]), 3))
        blocks += _paragraphs(report.history)
    for kind, heading in ((HELD, HELD_HEADING), (PLANNED, PLANNED_HEADING)):
        blocks.append(Heading(tr(heading), 3))
        if any(event.kind == kind for event in report.events):
            blocks.append(_events_table(report, kind, short))
        else:
            blocks.append(Paragraph(tr(NONE_REPORTED)))
    for key in ("developments", "remarks"):
        text = getattr(report, key)
        if text:
            blocks.append(Heading(tr(GENERAL_LABELS[key]), 3))
            blocks += _paragraphs(text)
    return blocks


def section_f(office: Office, year: FinancialYear, lang: str) -> list[Block]:
    """The blocks of section F for `year` in `lang`: the aggregate sentences (who
    reported, events held and planned, then the survey as bullets), then each RTC's
    report in the order of the RTCs' names, and a line for each active RTC without one."""
    result = aggregate(office, year)
    with document_language(lang), office.reading() as session:
        sentences = aggregate_sentences(result)
        blocks: list[Block] = [Paragraph(sentence) for sentence in sentences[:2]]
        if sentences[2:]:
            blocks.append(Bullets(tuple(sentences[2:])))
        reported = list(
            session.scalars(
                select(RtcReport)
                .where(RtcReport.year == year.start_year)
                .options(selectinload(RtcReport.events), selectinload(RtcReport.rtc))
            )
        )
        reported.sort(key=lambda report: rtc_name(report.rtc, lang).casefold())
        for report in reported:
            blocks += _report_blocks(report, lang)
        have = {report.rtc_id for report in reported}
        missing = session.scalars(
            select(RegionalTrainingCenter).where(RegionalTrainingCenter.active.is_(True))
        )
        for rtc in sorted(missing, key=lambda r: rtc_name(r, lang).casefold()):
            if rtc.id not in have and reported:
                blocks.append(
                    Paragraph(tr(NOT_RECEIVED).format(rtc=rtc_name(rtc, lang), year=year.name))
                )
    return blocks
