"""The RTC annual reports: kept one per RTC and financial year, listed, counted.

A report holds what the RTC wrote on the office's template: its general information,
the events it organized or hosted and those it plans, its developments, remarks and
the short survey. Every save and delete is one transaction with its audit record.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ...db.models import RegionalTrainingCenter, RtcReport, RtcReportEvent
from ...domain.errors import QT_TRANSLATE_NOOP, FieldError, Message, OfficeError, ValidationError
from ...domain.fiscal import FinancialYear
from ...domain.validation import REQUIRED
from .. import audit
from ..office import Office

HELD, PLANNED = "held", "planned"
YES, NO, UNKNOWN = "yes", "no", "unknown"
ANSWERS = (YES, NO, UNKNOWN)
SURVEY = (
    "own_building",
    "strategy_document",
    "accommodation",
    "own_budget",
    "outside_support",
    "staff_adequate",
    "willing_to_specialize",
)
GENERAL = (
    "name_reported",
    "head",
    "website_email",
    "staff",
    "contact_person",
    "contact_email_phone",
    "history",
)
TEXTS = (*GENERAL, "developments", "remarks", "specialization_topics")
# The columns' sizes in the database: PostgreSQL refuses longer text, so the check does first.
LIMITS = {"name_reported": 400, "head": 400, "website_email": 400, "staff": 200}
DATES_LIMIT = 200

NOT_FOUND = QT_TRANSLATE_NOOP(
    "Errors", "The RTC report no longer exists; it may have been deleted."
)
UNKNOWN_RTC = QT_TRANSLATE_NOOP("Errors", "The RTC is not in the Directory.")
ALREADY_REPORTED = QT_TRANSLATE_NOOP(
    "Errors", "{rtc} already has a report for {year}; replace it to import this one."
)
BAD_ANSWER = QT_TRANSLATE_NOOP(
    "Errors", "\u201c{value}\u201d is not an answer: write yes or no, or leave it empty."
)
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "At most {limit} characters.")
ENDS_BEFORE = QT_TRANSLATE_NOOP("Errors", "The end date is before the start date.")
NEGATIVE = QT_TRANSLATE_NOOP("Errors", "The number attending cannot be negative.")


@dataclass
class RtcEventForm:
    name: str = ""
    dates: str = ""  # as the RTC wrote them: "11.08-13.08 2020", "2 quarter"
    start_date: date | None = None
    end_date: date | None = None
    attendance: str = ""  # as written: "4 employees"
    attendance_count: int | None = None
    purpose: str = ""


@dataclass
class RtcReportForm:
    rtc_id: int
    year: int  # the financial year's start: 2020 is 2020/2021
    name_reported: str = ""
    head: str = ""
    website_email: str = ""
    staff: str = ""
    contact_person: str = ""
    contact_email_phone: str = ""
    history: str = ""
    developments: str = ""
    remarks: str = ""
    own_building: str = UNKNOWN
    strategy_document: str = UNKNOWN
    accommodation: str = UNKNOWN
    own_budget: str = UNKNOWN
    outside_support: str = UNKNOWN
    staff_adequate: str = UNKNOWN
    willing_to_specialize: str = UNKNOWN
    specialization_topics: str = ""
    held: list[RtcEventForm] = field(default_factory=list)
    planned: list[RtcEventForm] = field(default_factory=list)


@dataclass(frozen=True)
class RtcReportLine:
    """One RTC in the year's list; `report_id` is None where no report came in."""

    rtc_id: int
    code: str
    rtc: str  # the RTC's short name in the reader's language
    report_id: int | None
    held: int
    planned: int


@dataclass(frozen=True)
class SurveyCount:
    question: str  # one of SURVEY
    yes: int
    no: int
    answered: int  # yes or no
    reports: int  # the reports of the year: "three of the seven"


@dataclass(frozen=True)
class RtcAggregate:
    year: FinancialYear
    reports: int
    rtcs: int  # active RTCs in the Directory
    held: int
    planned: int
    survey: tuple[SurveyCount, ...]

    def count(self, question: str) -> SurveyCount:
        return next(c for c in self.survey if c.question == question)


def rtc_name(rtc: RegionalTrainingCenter, lang: str, short: bool = True) -> str:
    if short:
        named = rtc.short_ru if lang == "ru" else rtc.short_en
        if named:
            return named
    return (rtc.name_ru if lang == "ru" else rtc.name_en) or rtc.name_en or rtc.code


def _check(form: RtcReportForm) -> list[FieldError]:
    errors: list[FieldError] = []
    for name, limit in LIMITS.items():
        if len(getattr(form, name)) > limit:
            errors.append(FieldError(name, Message(TOO_LONG, params={"limit": limit})))
    for name in SURVEY:
        value = getattr(form, name)
        if value not in ANSWERS:
            errors.append(FieldError(name, Message(BAD_ANSWER, params={"value": value})))
    for kind in (HELD, PLANNED):
        for number, event in enumerate(getattr(form, kind), start=1):
            errors += check_event(event, f"{kind}.{number}")
    return errors


MAX_ATTENDANCE = 1_000_000  # far above any training; the column is a 32-bit integer
TOO_MANY = QT_TRANSLATE_NOOP("Errors", "This is more than {limit}.")


def check_event(event: RtcEventForm, where: str, row: int | None = None) -> list[FieldError]:
    errors: list[FieldError] = []
    if not event.name.strip():
        errors.append(FieldError(f"{where}.name", Message(REQUIRED), row))
    if len(event.dates) > DATES_LIMIT:
        errors.append(
            FieldError(f"{where}.dates", Message(TOO_LONG, params={"limit": DATES_LIMIT}), row)
        )
    if event.start_date and event.end_date and event.end_date < event.start_date:
        errors.append(FieldError(f"{where}.end_date", Message(ENDS_BEFORE), row))
    if event.attendance_count is not None and event.attendance_count < 0:
        errors.append(FieldError(f"{where}.attendance_count", Message(NEGATIVE), row))
    elif event.attendance_count is not None and event.attendance_count > MAX_ATTENDANCE:
        params = {"limit": MAX_ATTENDANCE}
        errors.append(
            FieldError(f"{where}.attendance_count", Message(TOO_MANY, params=params), row)
        )
    return errors


def _form_of(report: RtcReport) -> RtcReportForm:
    form = RtcReportForm(
        rtc_id=report.rtc_id,
        year=report.year,
        **{name: getattr(report, name) for name in (*TEXTS, *SURVEY)},
    )
    for event in report.events:
        target = form.held if event.kind == HELD else form.planned
        target.append(
            RtcEventForm(
                name=event.name,
                dates=event.dates,
                start_date=event.start_date,
                end_date=event.end_date,
                attendance=event.attendance,
                attendance_count=event.attendance_count,
                purpose=event.purpose,
            )
        )
    return form


def _audit_values(form: RtcReportForm) -> dict[str, object]:
    """The form as the audit trail keeps it: JSON-ready, events' dates as ISO text."""
    values = asdict(form)
    for kind in (HELD, PLANNED):
        for event in values[kind]:
            for key in ("start_date", "end_date"):
                if event[key] is not None:
                    event[key] = event[key].isoformat()
    return values


def _need(session: Session, report_id: int) -> RtcReport:
    report = session.get(RtcReport, report_id)
    if report is None:
        raise OfficeError(NOT_FOUND)
    return report


def existing_report(session: Session, rtc_id: int, year: int) -> RtcReport | None:
    return session.scalar(
        select(RtcReport).where(RtcReport.rtc_id == rtc_id, RtcReport.year == year)
    )


def _write(session: Session, report: RtcReport, form: RtcReportForm) -> None:
    for name in (*TEXTS, *SURVEY):
        setattr(report, name, getattr(form, name))
    report.events.clear()
    session.flush()
    for kind in (HELD, PLANNED):
        for position, event in enumerate(getattr(form, kind), start=1):
            report.events.append(RtcReportEvent(kind=kind, position=position, **asdict(event)))


def store_report(
    session: Session, actor: str, form: RtcReportForm, report_id: int | None, replace: bool
) -> int:
    """Save inside the caller's transaction (the import checks and saves in one)."""
    rtc = session.get(RegionalTrainingCenter, form.rtc_id)
    if rtc is None:
        raise ValidationError([FieldError("rtc", Message(UNKNOWN_RTC))])
    errors = _check(form)
    if errors:
        raise ValidationError(errors)
    before = None
    if report_id is None:
        report = existing_report(session, form.rtc_id, form.year)
        if report is not None and not replace:
            raise OfficeError(
                ALREADY_REPORTED, rtc=rtc_name(rtc, "en"), year=FinancialYear(form.year).name
            )
    else:
        report = _need(session, report_id)
    if report is not None:
        before = _audit_values(_form_of(report))
        if (report.rtc_id, report.year) != (form.rtc_id, form.year):
            other = existing_report(session, form.rtc_id, form.year)
            if other is not None:
                raise OfficeError(
                    ALREADY_REPORTED, rtc=rtc_name(rtc, "en"), year=FinancialYear(form.year).name
                )
            report.rtc_id, report.year = form.rtc_id, form.year
    else:
        report = RtcReport(rtc_id=form.rtc_id, year=form.year)
        session.add(report)
    _write(session, report, form)
    session.flush()
    audit.record(
        session,
        actor,
        "create" if before is None else "update",
        "rtc_report",
        report.id,
        before=before,
        after=_audit_values(form),
    )
    return report.id


def save_report(
    office: Office, form: RtcReportForm, report_id: int | None = None, replace: bool = False
) -> int:
    """Create (no `report_id`) or update a report; with `replace`, a new report of an
    RTC and year already reported replaces the old one. Refused whole on any bad field."""
    with office.transaction() as session:
        return store_report(session, office.actor, form, report_id, replace)


def load_report(office: Office, report_id: int) -> RtcReportForm:
    with office.reading() as session:
        return _form_of(_need(session, report_id))


def find_report(office: Office, rtc_id: int, year: FinancialYear) -> int | None:
    with office.reading() as session:
        report = existing_report(session, rtc_id, year.start_year)
        return None if report is None else report.id


def delete_report(office: Office, report_id: int) -> None:
    with office.transaction() as session:
        report = _need(session, report_id)
        before = _audit_values(_form_of(report))
        session.delete(report)
        audit.record(session, office.actor, "delete", "rtc_report", report_id, before=before)


def reports_of_year(office: Office, year: FinancialYear, lang: str) -> list[RtcReportLine]:
    """Every active RTC (and any RTC that reported) with its report of the year, if any."""
    counts = (
        select(
            RtcReportEvent.report_id,
            func.sum(case((RtcReportEvent.kind == HELD, 1), else_=0)).label("held"),
            func.count().label("events"),
        )
        .group_by(RtcReportEvent.report_id)
        .subquery()
    )
    with office.reading() as session:
        rows = session.execute(
            select(RegionalTrainingCenter, RtcReport.id, counts.c.held, counts.c.events)
            .outerjoin(
                RtcReport,
                (RtcReport.rtc_id == RegionalTrainingCenter.id)
                & (RtcReport.year == year.start_year),
            )
            .outerjoin(counts, counts.c.report_id == RtcReport.id)
        ).all()
        lines = [
            RtcReportLine(
                rtc.id,
                rtc.code,
                rtc_name(rtc, lang),
                report_id,
                int(held or 0),
                int(events or 0) - int(held or 0),
            )
            for rtc, report_id, held, events in rows
            if rtc.active or report_id is not None
        ]
    return sorted(lines, key=lambda line: line.rtc.casefold())


def report_years(office: Office) -> list[FinancialYear]:
    """The years with at least one report, newest first."""
    with office.reading() as session:
        years = session.scalars(select(RtcReport.year).distinct().order_by(RtcReport.year.desc()))
        return [FinancialYear(year) for year in years]


def aggregate(office: Office, year: FinancialYear) -> RtcAggregate:
    """What the year's reports add up to: events held and planned, the survey's answers."""
    with office.reading() as session:
        reports = list(session.scalars(select(RtcReport).where(RtcReport.year == year.start_year)))
        rtcs = session.scalar(
            select(func.count())
            .select_from(RegionalTrainingCenter)
            .where(RegionalTrainingCenter.active.is_(True))
        )
        kinds = dict(
            session.execute(
                select(RtcReportEvent.kind, func.count())
                .join(RtcReport, RtcReport.id == RtcReportEvent.report_id)
                .where(RtcReport.year == year.start_year)
                .group_by(RtcReportEvent.kind)
            ).all()
        )
        survey = tuple(
            SurveyCount(
                question,
                yes := sum(1 for r in reports if getattr(r, question) == YES),
                no := sum(1 for r in reports if getattr(r, question) == NO),
                yes + no,
                len(reports),
            )
            for question in SURVEY
        )
    return RtcAggregate(
        year, len(reports), int(rtcs or 0), kinds.get(HELD, 0), kinds.get(PLANNED, 0), survey
    )
