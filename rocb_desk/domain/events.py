"""What an event of the office is, in rules that need no database.

The vocabularies (kinds, modalities, the office's roles, attendance, gender) are
stored by their value and shown through the labels here, translated where shown.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from .errors import QT_TRANSLATE_NOOP, FieldError, Message


class EventKind(StrEnum):
    MEETING = "meeting"
    WORKSHOP = "workshop"
    WEBINAR = "webinar"
    SEMINAR = "seminar"
    CONFERENCE = "conference"
    TRAINING = "training"
    MISSION = "mission"
    OTHER = "other"


class Modality(StrEnum):
    ONLINE = "online"
    IN_PERSON = "in_person"
    HYBRID = "hybrid"


class OfficeRole(StrEnum):
    """What the office did for an event; several may hold at once."""

    ORGANIZED = "organized"
    HOSTED = "hosted"
    CO_ORGANIZED = "co_organized"
    COORDINATED = "coordinated"
    TECHNICALLY_SUPPORTED = "technically_supported"
    FINANCIALLY_SUPPORTED = "financially_supported"
    ATTENDED = "attended"


# The Execution Program's indicator: "Number of events organized, hosted or coordinated".
DELIVERING_ROLES = frozenset(
    {OfficeRole.ORGANIZED, OfficeRole.HOSTED, OfficeRole.CO_ORGANIZED, OfficeRole.COORDINATED}
)


class Attendance(StrEnum):
    REGISTERED = "registered"
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    UNSTATED = ""


class BookingPurpose(StrEnum):
    OWN_EVENT = "own_event"
    RENTAL = "rental"


KIND_LABELS = {
    EventKind.MEETING: QT_TRANSLATE_NOOP("Events", "Meeting"),
    EventKind.WORKSHOP: QT_TRANSLATE_NOOP("Events", "Workshop"),
    EventKind.WEBINAR: QT_TRANSLATE_NOOP("Events", "Webinar"),
    EventKind.SEMINAR: QT_TRANSLATE_NOOP("Events", "Seminar"),
    EventKind.CONFERENCE: QT_TRANSLATE_NOOP("Events", "Conference"),
    EventKind.TRAINING: QT_TRANSLATE_NOOP("Events", "Training"),
    EventKind.MISSION: QT_TRANSLATE_NOOP("Events", "Mission"),
    EventKind.OTHER: QT_TRANSLATE_NOOP("Events", "Other"),
}

MODALITY_LABELS = {
    Modality.ONLINE: QT_TRANSLATE_NOOP("Events", "Online"),
    Modality.IN_PERSON: QT_TRANSLATE_NOOP("Events", "In person"),
    Modality.HYBRID: QT_TRANSLATE_NOOP("Events", "Hybrid"),
}

ROLE_LABELS = {
    OfficeRole.ORGANIZED: QT_TRANSLATE_NOOP("Events", "Organized"),
    OfficeRole.HOSTED: QT_TRANSLATE_NOOP("Events", "Hosted"),
    OfficeRole.CO_ORGANIZED: QT_TRANSLATE_NOOP("Events", "Co-organized"),
    OfficeRole.COORDINATED: QT_TRANSLATE_NOOP("Events", "Coordinated"),
    OfficeRole.TECHNICALLY_SUPPORTED: QT_TRANSLATE_NOOP("Events", "Technically supported"),
    OfficeRole.FINANCIALLY_SUPPORTED: QT_TRANSLATE_NOOP("Events", "Financially supported"),
    OfficeRole.ATTENDED: QT_TRANSLATE_NOOP("Events", "Attended or represented"),
}

ATTENDANCE_LABELS = {
    Attendance.REGISTERED: QT_TRANSLATE_NOOP("Events", "Registered"),
    Attendance.PRESENT: QT_TRANSLATE_NOOP("Events", "Present"),
    Attendance.ABSENT: QT_TRANSLATE_NOOP("Events", "Absent"),
    Attendance.EXCUSED: QT_TRANSLATE_NOOP("Events", "Excused"),
}

GENDER_LABELS = {
    Gender.FEMALE: QT_TRANSLATE_NOOP("Events", "Woman"),
    Gender.MALE: QT_TRANSLATE_NOOP("Events", "Man"),
    Gender.UNSTATED: QT_TRANSLATE_NOOP("Events", "Not stated"),
}

BOOKING_PURPOSE_LABELS = {
    BookingPurpose.OWN_EVENT: QT_TRANSLATE_NOOP("Events", "The office's own event"),
    BookingPurpose.RENTAL: QT_TRANSLATE_NOOP("Events", "Rented to an outside organization"),
}

# Month names as dates are written in a sentence ("2 June 2020"); in Russian the genitive.
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("Months", "January"),
    QT_TRANSLATE_NOOP("Months", "February"),
    QT_TRANSLATE_NOOP("Months", "March"),
    QT_TRANSLATE_NOOP("Months", "April"),
    QT_TRANSLATE_NOOP("Months", "May"),
    QT_TRANSLATE_NOOP("Months", "June"),
    QT_TRANSLATE_NOOP("Months", "July"),
    QT_TRANSLATE_NOOP("Months", "August"),
    QT_TRANSLATE_NOOP("Months", "September"),
    QT_TRANSLATE_NOOP("Months", "October"),
    QT_TRANSLATE_NOOP("Months", "November"),
    QT_TRANSLATE_NOOP("Months", "December"),
)

END_BEFORE_START = QT_TRANSLATE_NOOP("Errors", "The end date {end} is before the start {start}.")
NEGATIVE_COUNT = QT_TRANSLATE_NOOP("Errors", "A number of people or countries cannot be negative.")
TOO_MANY = QT_TRANSLATE_NOOP("Errors", "{value} is more than any event holds.")
MAX_COUNT = 1_000_000
NEEDS_TITLE = QT_TRANSLATE_NOOP("Errors", "An event needs a title in English or in Russian.")


def check_dates(
    start: date, end: date, field: str = "end_date", row: int | None = None
) -> list[FieldError]:
    if end < start:
        return [
            FieldError(
                field,
                Message(
                    END_BEFORE_START, params={"start": start.isoformat(), "end": end.isoformat()}
                ),
                row,
            )
        ]
    return []


def check_count(value: int | None, field: str) -> list[FieldError]:
    if value is not None and value < 0:
        return [FieldError(field, Message(NEGATIVE_COUNT))]
    if value is not None and value > MAX_COUNT:
        return [FieldError(field, Message(TOO_MANY, params={"value": value}))]
    return []


def format_period(start: date, end: date, month_names: list[str]) -> str:
    """The report's way of writing dates: "2 June 2020", "25-26 November 2020",
    "30 November - 2 December 2020", across years in full.

    `month_names` are the twelve month names in the reader's language (genitive in Russian).
    """

    def day_month(day: date) -> str:
        return f"{day.day} {month_names[day.month - 1]}"

    if start == end:
        return f"{day_month(start)} {start.year}"
    if start.year != end.year:
        return f"{day_month(start)} {start.year} \u2013 {day_month(end)} {end.year}"
    if start.month != end.month:
        return f"{day_month(start)} \u2013 {day_month(end)} {end.year}"
    return f"{start.day}\u2013{end.day} {month_names[end.month - 1]} {end.year}"
