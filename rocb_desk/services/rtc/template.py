"""The blank RTC report template the office sends out, and what it looks like filled in.

The template is a neutral `Document` of four tables, written as XLSX or DOCX by
`rocb_desk.exports.write`. In the workbook each table is a sheet, in this order:

- "General": code | item | answer rows; the first rows carry the template version, the
  RTC's code and the financial year, which the import checks;
- "Events" and "Planned": one event a row under a header row starting with "#";
- "Survey": code | question | answer (yes/no) | note.

The import (see `importing.py`) finds rows by their code in column A and the event rows
under the "#" header, so titles in either language and the writer's title lines above
them do not matter.
"""

from __future__ import annotations

from ...db.models import RegionalTrainingCenter
from ...domain.document import Column, Document, Heading, Paragraph, Table
from ...domain.errors import QT_TRANSLATE_NOOP
from ...domain.fiscal import FinancialYear
from ...i18n import document_language
from ..office import Office
from .labels import GENERAL_LABELS, QUESTIONS, tr
from .reports import SURVEY

TEMPLATE_VERSION = "ROCB-RTC-1"
BLANK_EVENT_ROWS = 12

# The codes of column A of the General sheet, in order.
VERSION_KEY, RTC_KEY, YEAR_KEY = "template_version", "rtc", "year"
GENERAL_KEYS = (
    VERSION_KEY,
    RTC_KEY,
    YEAR_KEY,
    "name_reported",
    "head",
    "website_email",
    "staff",
    "contact_person",
    "contact_email_phone",
    "history",
    "developments",
    "remarks",
)
# The event sheets' columns, in order (after "#").
EVENT_KEYS = (
    "name",
    "dates",
    "start_date",
    "end_date",
    "attendance",
    "attendance_count",
    "purpose",
)

SHEETS = {
    "general": QT_TRANSLATE_NOOP("Rtc", "General"),
    "held": QT_TRANSLATE_NOOP("Rtc", "Events"),
    "planned": QT_TRANSLATE_NOOP("Rtc", "Planned"),
    "survey": QT_TRANSLATE_NOOP("Rtc", "Survey"),
}
ITEM_LABELS = {
    VERSION_KEY: QT_TRANSLATE_NOOP("Rtc", "Template version (do not change)"),
    RTC_KEY: QT_TRANSLATE_NOOP("Rtc", "RTC code (do not change)"),
    YEAR_KEY: QT_TRANSLATE_NOOP("Rtc", "Financial year reported (e.g. 2020/2021)"),
    **GENERAL_LABELS,
}
EVENT_LABELS = {
    "name": QT_TRANSLATE_NOOP("Rtc", "Name of the Event"),
    "dates": QT_TRANSLATE_NOOP("Rtc", "Date (as you write it)"),
    "start_date": QT_TRANSLATE_NOOP("Rtc", "Start date (YYYY-MM-DD, if known)"),
    "end_date": QT_TRANSLATE_NOOP("Rtc", "End date (YYYY-MM-DD, if known)"),
    "attendance": QT_TRANSLATE_NOOP("Rtc", "Attendance"),
    "attendance_count": QT_TRANSLATE_NOOP("Rtc", "Number attending (digits, if known)"),
    "purpose": QT_TRANSLATE_NOOP("Rtc", "Purpose & Outcomes"),
}
CODE = QT_TRANSLATE_NOOP("Rtc", "Code")
ITEM = QT_TRANSLATE_NOOP("Rtc", "Item")
ANSWER = QT_TRANSLATE_NOOP("Rtc", "Answer")
QUESTION = QT_TRANSLATE_NOOP("Rtc", "Question")
SURVEY_ANSWER = QT_TRANSLATE_NOOP("Rtc", "Answer (yes or no)")
NOTE = QT_TRANSLATE_NOOP("Rtc", "Note (for specialization: the topics)")
TITLE = QT_TRANSLATE_NOOP("Rtc", "WCO Europe Region Regional Training Center (RTC) annual report")
PERIOD = QT_TRANSLATE_NOOP("Rtc", "{year} (1 April {start} \u2013 31 March {end})")
INSTRUCTIONS = QT_TRANSLATE_NOOP(
    "Rtc",
    "Please fill in the answers and the events and send the file back to the ROCB Europe. "
    "Do not change the codes, the template version or the order of the sheets. Write "
    "dates as YYYY-MM-DD and numbers in digits; keep dates and attendance as you wish them "
    "printed in the Date and Attendance columns.",
)
HEADINGS = {
    "general": QT_TRANSLATE_NOOP("Rtc", "I. General information"),
    "held": QT_TRANSLATE_NOOP("Rtc", "II. Organized or hosted events"),
    "planned": QT_TRANSLATE_NOOP("Rtc", "III. Planned or foreseen events"),
    "survey": QT_TRANSLATE_NOOP("Rtc", "IV. Survey"),
}


def _event_columns() -> tuple[Column, ...]:
    widths = {"name": 2.2, "purpose": 2.6, "dates": 1.2, "attendance": 1.4}
    return (
        Column("#", 0.35),
        *(Column(tr(EVENT_LABELS[key]), widths.get(key, 1.0), key=key) for key in EVENT_KEYS),
    )


def blank_template(
    office: Office, year: FinancialYear, lang: str, rtc_id: int | None = None
) -> Document:
    """The template to send to the RTCs; for one RTC, its code and directory details filled."""
    prefilled: dict[str, str] = {YEAR_KEY: year.name}
    if rtc_id is not None:
        with office.reading() as session:
            rtc = session.get(RegionalTrainingCenter, rtc_id)
            if rtc is not None:
                prefilled.update(
                    {
                        RTC_KEY: rtc.code,
                        "name_reported": (rtc.name_ru if lang == "ru" else rtc.name_en)
                        or rtc.name_en,
                        "head": rtc.head,
                        "website_email": "; ".join(p for p in (rtc.website, rtc.email) if p),
                        "staff": "" if rtc.staff_count is None else str(rtc.staff_count),
                    }
                )
    with document_language(lang):
        document = Document(
            tr(TITLE),
            tr(PERIOD).format(year=year.name, start=year.start_year, end=year.start_year + 1),
            lang,
            landscape=True,
        )
        document.add(Paragraph(tr(INSTRUCTIONS)))
        document.add(Heading(tr(HEADINGS["general"]), 2))
        general_rows = [(VERSION_KEY, tr(ITEM_LABELS[VERSION_KEY]), TEMPLATE_VERSION)]
        general_rows += [
            (key, tr(ITEM_LABELS[key]), prefilled.get(key, "")) for key in GENERAL_KEYS[1:]
        ]
        document.add(
            Table(
                (Column(tr(CODE), 0.8), Column(tr(ITEM), 2.0), Column(tr(ANSWER), 5.0)),
                tuple(general_rows),
                name=tr(SHEETS["general"]),
            )
        )
        for kind in ("held", "planned"):
            document.add(Heading(tr(HEADINGS[kind]), 2))
            blank = tuple(
                (number, *([""] * len(EVENT_KEYS))) for number in range(1, BLANK_EVENT_ROWS + 1)
            )
            document.add(Table(_event_columns(), blank, name=tr(SHEETS[kind])))
        document.add(Heading(tr(HEADINGS["survey"]), 2))
        document.add(
            Table(
                (
                    Column(tr(CODE), 0.8),
                    Column(tr(QUESTION), 3.0),
                    Column(tr(SURVEY_ANSWER), 1.0),
                    Column(tr(NOTE), 2.5),
                ),
                tuple((key, tr(QUESTIONS[key]), "", "") for key in SURVEY),
                name=tr(SHEETS["survey"]),
            )
        )
    return document
