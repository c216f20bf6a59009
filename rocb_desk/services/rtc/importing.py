"""Importing a filled RTC report template (XLSX or DOCX): previewed, then all or nothing.

Every refusal names the sheet, the row as the user sees it in the file and the field,
with the reason: a date written as text where a date is needed, a count written in
words, another template version, an RTC that is not in the Directory. Nothing is
imported unless everything is right. A report already kept for the same RTC and year
is replaced only when the caller says so (the window asks first).

The Word template is read back by its four tables, in the order the Excel one has its
sheets; a table's heading stands for the sheet's name in the refusals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db.models import RegionalTrainingCenter
from ...domain.errors import QT_TRANSLATE_NOOP, FieldError, Message, OfficeError, ValidationError
from ...domain.fiscal import FinancialYear
from ...domain.validation import REQUIRED
from .. import sandbox, tabular
from ..office import Office
from ..tabular import PreviewRow
from . import reports
from .labels import tr
from .reports import SURVEY, RtcEventForm, RtcReportForm, check_event, store_report
from .template import (
    EVENT_KEYS,
    EVENT_LABELS,
    GENERAL_KEYS,
    ITEM_LABELS,
    QUESTIONS,
    RTC_KEY,
    TEMPLATE_VERSION,
    VERSION_KEY,
    YEAR_KEY,
)

MAX_ROWS = 5000  # a sheet of the template has a few dozen rows
COLUMNS = ("sheet", "item", "value")  # what the preview shows of each row

UNREADABLE = QT_TRANSLATE_NOOP("Errors", "{path} cannot be read as an RTC report: {reason}")
ONLY_TEMPLATES = QT_TRANSLATE_NOOP(
    "Errors",
    "{path}: only a filled RTC report template, Excel (.xlsx) or Word (.docx), can be imported.",
)
NOT_TEMPLATE = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} is not an RTC report template of ROCB Desk: it should have the sheets General, "
    "Events, Planned and Survey.",
)
NO_VERSION = QT_TRANSLATE_NOOP(
    "Errors", "The template version is missing; fill in a new blank template of ROCB Desk."
)
OTHER_VERSION = QT_TRANSLATE_NOOP(
    "Errors",
    "This file is template version \u201c{value}\u201d; ROCB Desk reads version "
    "\u201c{expected}\u201d. Fill in a new blank template.",
)
UNKNOWN_RTC = QT_TRANSLATE_NOOP(
    "Errors", "\u201c{value}\u201d is not an RTC in the Directory; write its code, e.g. BAKU."
)
BAD_YEAR = QT_TRANSLATE_NOOP(
    "Errors", "\u201c{value}\u201d is not a financial year; write it as 2020/2021."
)
BAD_DATE = QT_TRANSLATE_NOOP(
    "Errors",
    "\u201c{value}\u201d is not a date: write it as 2021-05-17, or leave it empty and keep "
    "the dates as written in the Date column.",
)
BAD_COUNT = QT_TRANSLATE_NOOP(
    "Errors",
    "\u201c{value}\u201d is not a number: write it in digits (30), or leave it empty and "
    "keep the words in the Attendance column.",
)
BAD_ANSWER = reports.BAD_ANSWER
EMPTY = QT_TRANSLATE_NOOP(
    "Errors",
    "The template is not filled in: no events, no survey answers, no history or news.",
)
ANSWER_WORDS = {
    **dict.fromkeys(("yes", "y", "да", "x", "true"), reports.YES),
    **dict.fromkeys(("no", "n", "нет", "false"), reports.NO),
    **dict.fromkeys(("", "-", "unknown", "n/a", "не знаю"), reports.UNKNOWN),
}
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


@dataclass
class RtcImportPreview:
    rows: list[PreviewRow]  # every row read, with its refusals
    form: RtcReportForm | None  # what would be imported; None when anything is refused
    rtc: str  # the RTC's name, where the file names a known one
    year: FinancialYear | None
    replaces: int | None  # the report kept for the same RTC and year, if any

    @property
    def refused(self) -> int:
        return sum(1 for row in self.rows if row.errors)

    def errors(self) -> list[FieldError]:
        return [error for row in self.rows for error in row.errors]


@dataclass
class _Sheet:
    title: str
    rows: list[tuple[Any, ...]]


def _read(path: Path) -> list[_Sheet]:
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".docx"):
        raise OfficeError(ONLY_TEMPLATES, path=str(path))
    # Parsed in the sandbox's worker: a damaged or hostile file costs a refusal, not the
    # application (zip bombs and XML with a DTD are refused there before any parser runs).
    if suffix == ".docx":
        found = sandbox.read(tabular.parse_word_tables, path, 4, MAX_ROWS, unreadable=UNREADABLE)
    else:
        found = sandbox.read(
            tabular.parse_workbook_sheets, path, 4, MAX_ROWS, unreadable=UNREADABLE
        )
    sheets = [_Sheet(title, rows) for title, rows in found[:4]]  # the template's four
    if len(sheets) < 4:
        raise OfficeError(NOT_TEMPLATE, path=str(path))
    return sheets


def _text(value: Any) -> str:
    """A cell as text: numbers without a spurious .0, dates as ISO, whitespace kept tidy."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return str(Decimal(repr(value)))
    lines = [" ".join(line.split()) for line in str(value).replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip()


def _cell(row: tuple[Any, ...], index: int) -> Any:
    return row[index] if index < len(row) else None


def _date(value: Any) -> date | None:
    """A cell as a date; ValueError for text that is not one."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    match = _DOTTED.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        return date(year, month, day)
    return date.fromisoformat(text)  # only YYYY-MM-DD


def _count(value: Any) -> int | None:
    """A cell as a whole number; ValueError for words, fractions and the like."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = str(value).strip()
    if not (text.isascii() and text.isdigit()):  # "²" and other scripts' digits are no count
        raise ValueError(text)
    return int(text)


class _Reader:
    """Reads the four sheets into a form, collecting a preview row per row read."""

    def __init__(self, session: Session, sheets: list[_Sheet]) -> None:
        self.session = session
        self.general, self.held, self.planned, self.survey = sheets[:4]
        self.rows: list[PreviewRow] = []
        self.rtc: RegionalTrainingCenter | None = None
        self.year: FinancialYear | None = None

    def refuse(self, preview: PreviewRow, sheet: _Sheet, label: str, text: str, **params: Any):  # noqa: ANN201
        preview.errors.append(
            FieldError(f"{sheet.title}: {label}", Message(text, params=params), preview.row)
        )

    def read(self) -> RtcReportForm:
        values = self._general()
        form = RtcReportForm(
            rtc_id=self.rtc.id if self.rtc else 0,
            year=self.year.start_year if self.year else 0,
            **{key: values.get(key, "") for key in GENERAL_KEYS[3:]},
        )
        form.held = self._events(self.held, "held")
        form.planned = self._events(self.planned, "planned")
        self._survey(form)
        return form

    def _keyed(self, sheet: _Sheet, keys: tuple[str, ...]) -> list[tuple[int, str, tuple]]:
        found = []
        for number, row in enumerate(sheet.rows, start=1):
            key = _text(_cell(row, 0))
            if key in keys:
                found.append((number, key, row))
        return found

    def _general(self) -> dict[str, str]:
        sheet, values = self.general, {}
        seen: set[str] = set()
        for number, key, row in self._keyed(sheet, GENERAL_KEYS):
            value = _text(_cell(row, 2))
            preview = PreviewRow(
                number, {"sheet": sheet.title, "item": tr(ITEM_LABELS[key]), "value": value}
            )
            self.rows.append(preview)
            seen.add(key)
            values[key] = value
            label = tr(ITEM_LABELS[key])
            if key == VERSION_KEY and value != TEMPLATE_VERSION:
                if value:
                    self.refuse(
                        preview, sheet, label, OTHER_VERSION, value=value, expected=TEMPLATE_VERSION
                    )
                else:
                    self.refuse(preview, sheet, label, NO_VERSION)
            elif key == RTC_KEY:
                self.rtc = self._find_rtc(value)
                if self.rtc is None:
                    self.refuse(
                        preview, sheet, label, UNKNOWN_RTC if value else REQUIRED, value=value
                    )
            elif key == YEAR_KEY:
                try:
                    self.year = FinancialYear.parse(value)
                except ValueError:
                    self.refuse(preview, sheet, label, BAD_YEAR if value else REQUIRED, value=value)
            elif key in reports.LIMITS and len(value) > reports.LIMITS[key]:
                self.refuse(preview, sheet, label, reports.TOO_LONG, limit=reports.LIMITS[key])
        if VERSION_KEY not in seen:
            preview = PreviewRow(1, {"sheet": sheet.title, "item": "", "value": ""})
            self.rows.insert(0, preview)
            self.refuse(preview, sheet, tr(ITEM_LABELS[VERSION_KEY]), NO_VERSION)
        for key in (RTC_KEY, YEAR_KEY):
            if key not in seen:
                preview = PreviewRow(1, {"sheet": sheet.title, "item": "", "value": ""})
                self.rows.append(preview)
                self.refuse(preview, sheet, tr(ITEM_LABELS[key]), REQUIRED)
        return values

    def _find_rtc(self, value: str) -> RegionalTrainingCenter | None:
        wanted = value.strip().casefold()
        if not wanted:
            return None
        for rtc in self.session.scalars(select(RegionalTrainingCenter)):
            names = (rtc.code, rtc.name_en, rtc.name_ru, rtc.short_en, rtc.short_ru)
            if wanted in {name.casefold() for name in names if name}:
                return rtc
        return None

    def _events(self, sheet: _Sheet, kind: str) -> list[RtcEventForm]:
        header = next((n for n, row in enumerate(sheet.rows) if _text(_cell(row, 0)) == "#"), None)
        if header is None:
            return []
        events = []
        for number, row in enumerate(sheet.rows[header + 1 :], start=header + 2):
            cells = dict(zip(EVENT_KEYS, (_cell(row, i) for i in range(1, 8)), strict=True))
            if all(_text(value) == "" for value in cells.values()):
                continue  # a blank line of the template, numbered or not
            event = RtcEventForm(
                name=_text(cells["name"]),
                dates=_text(cells["dates"]),
                attendance=_text(cells["attendance"]),
                purpose=_text(cells["purpose"]),
            )
            preview = PreviewRow(number, {"sheet": sheet.title, "item": event.name, "value": ""})
            self.rows.append(preview)
            for key in ("start_date", "end_date"):
                try:
                    setattr(event, key, _date(cells[key]))
                except (ValueError, TypeError, OverflowError):
                    label = tr(EVENT_LABELS[key])
                    self.refuse(preview, sheet, label, BAD_DATE, value=_text(cells[key]))
            try:
                event.attendance_count = _count(cells["attendance_count"])
            except (ValueError, TypeError):
                label = tr(EVENT_LABELS["attendance_count"])
                self.refuse(
                    preview, sheet, label, BAD_COUNT, value=_text(cells["attendance_count"])
                )
            if not event.dates and event.start_date:
                end = event.end_date or event.start_date
                event.dates = event.start_date.isoformat() + (
                    "" if end == event.start_date else f" \u2013 {end.isoformat()}"
                )
            preview.values["value"] = event.dates
            for error in check_event(event, kind, number):
                key = error.field.rsplit(".", 1)[-1]
                preview.errors.append(
                    FieldError(f"{sheet.title}: {tr(EVENT_LABELS[key])}", error.message, number)
                )
            events.append(event)
        return events

    def _survey(self, form: RtcReportForm) -> None:
        sheet = self.survey
        for number, key, row in self._keyed(sheet, SURVEY):
            answer, note = _text(_cell(row, 2)), _text(_cell(row, 3))
            preview = PreviewRow(
                number, {"sheet": sheet.title, "item": tr(QUESTIONS[key]), "value": answer}
            )
            self.rows.append(preview)
            value = ANSWER_WORDS.get(answer.casefold().rstrip("."))
            if value is None:
                self.refuse(preview, sheet, tr(QUESTIONS[key]), BAD_ANSWER, value=answer)
            else:
                setattr(form, key, value)
            if note:
                form.specialization_topics = "\n".join(
                    part for part in (form.specialization_topics, note) if part
                )


def _filled(form: RtcReportForm) -> bool:
    """Anything an RTC writes itself: events, the survey, its history or news."""
    answered = any(getattr(form, key) != reports.UNKNOWN for key in SURVEY)
    told = form.history or form.developments or form.remarks
    return bool(form.held or form.planned or answered or told.strip())


def _check(session: Session, sheets: list[_Sheet]) -> RtcImportPreview:
    reader = _Reader(session, sheets)
    form = reader.read()
    if reader.rows and not _filled(form):
        # A blank template sent back would count as a report and could replace a real one.
        reader.refuse(reader.rows[0], reader.general, tr(ITEM_LABELS[RTC_KEY]), EMPTY)
    replaces = None
    if reader.rtc is not None and reader.year is not None:
        existing = reports.existing_report(session, reader.rtc.id, reader.year.start_year)
        replaces = existing.id if existing is not None else None
    preview = RtcImportPreview(
        reader.rows,
        form,
        reports.rtc_name(reader.rtc, "en") if reader.rtc else "",
        reader.year,
        replaces,
    )
    if preview.refused:
        preview.form = None
    return preview


def preview_report(office: Office, path: Path) -> RtcImportPreview:
    """Every row read with its refusals, and the report it would import (None if refused)."""
    sheets = _read(Path(path))
    with office.reading() as session:
        return _check(session, sheets)


def import_report(office: Office, path: Path, replace: bool = False) -> int:
    """Import the whole report or nothing; returns its id. A report already kept for the
    RTC and year is replaced only with `replace` (refused otherwise, naming them)."""
    sheets = _read(Path(path))  # parsed before the transaction: no write lock held meanwhile
    with office.transaction() as session:
        # Checked again in the writing transaction: the office may have changed meanwhile.
        preview = _check(session, sheets)
        if preview.form is None:
            raise ValidationError(preview.errors())
        return store_report(session, office.actor, preview.form, None, replace)
