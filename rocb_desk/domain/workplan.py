"""The results-based work plan in rules that need no database.

The office plans under a Strategic Framework (seven goals in three groups) and an
annual Work Plan of activities numbered within their goal (`1.1`, `3.2`). Statuses,
stakeholders, indicator sources and the needs cycle are stored by their value and
shown through the labels here, translated where shown.
"""

from __future__ import annotations

import re
from enum import StrEnum

from .errors import QT_TRANSLATE_NOOP, FieldError, Message

CONTEXT = "Workplan"


class GoalGroup(StrEnum):
    KEYSTONE = "keystone"
    MANAGEMENT = "management"
    COMMUNICATION = "communication"


class ActivityStatus(StrEnum):
    PLANNED = "planned"
    INITIATED = "initiated"
    ONGOING = "ongoing"
    COMPLETED = "completed"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


# Statuses of work that is over: not carried into the next year's plan, never overdue.
FINISHED = frozenset({ActivityStatus.COMPLETED, ActivityStatus.CANCELLED})
# Statuses that say the work has not really started: overdue once the year is over.
NOT_STARTED = frozenset({ActivityStatus.PLANNED, ActivityStatus.INITIATED})


class Stakeholder(StrEnum):
    MEMBER_ADMINISTRATIONS = "member_administrations"
    WCO = "wco"
    INTERNATIONAL_ORGANIZATIONS = "international_organizations"
    PARTNERS = "partners"
    PRIVATE_SECTOR = "private_sector"
    HOST_ADMINISTRATION = "host_administration"


class IndicatorSource(StrEnum):
    """What the application counts for an indicator; NONE is an indicator told in words."""

    NONE = "none"
    EVENTS = "events"
    LETTERS = "letters"
    NEEDS = "needs"


class NeedPath(StrEnum):
    """The steps of the yearly needs cycle (report, section B), in their order."""

    RECEIVED = "received"
    FORWARDED = "forwarded"
    IN_WCO_PLAN = "in_wco_plan"
    TAKEN_OVER = "taken_over"
    DELIVERED = "delivered"


class NeedCategory(StrEnum):
    TRADE_FACILITATION = "trade_facilitation"
    REVENUE = "revenue"
    COMPLIANCE_ENFORCEMENT = "compliance_enforcement"
    ORGANIZATIONAL_DEVELOPMENT = "organizational_development"


GROUP_LABELS = {
    GoalGroup.KEYSTONE: QT_TRANSLATE_NOOP("Workplan", "Keystone Strategic Goals"),
    GoalGroup.MANAGEMENT: QT_TRANSLATE_NOOP(
        "Workplan", "Strategic Goals on Organizational Management"
    ),
    GoalGroup.COMMUNICATION: QT_TRANSLATE_NOOP("Workplan", "Strategic Goal on Communication"),
}

STATUS_LABELS = {
    ActivityStatus.PLANNED: QT_TRANSLATE_NOOP("Workplan", "Planned"),
    ActivityStatus.INITIATED: QT_TRANSLATE_NOOP("Workplan", "Initiated"),
    ActivityStatus.ONGOING: QT_TRANSLATE_NOOP("Workplan", "Ongoing"),
    ActivityStatus.COMPLETED: QT_TRANSLATE_NOOP("Workplan", "Completed"),
    ActivityStatus.POSTPONED: QT_TRANSLATE_NOOP("Workplan", "Postponed"),
    ActivityStatus.CANCELLED: QT_TRANSLATE_NOOP("Workplan", "Cancelled"),
}

# Colours of the statuses in the review and the chart: one place, so both agree.
STATUS_COLOURS = {
    ActivityStatus.PLANNED: "#9e9e9e",
    ActivityStatus.INITIATED: "#64b5f6",
    ActivityStatus.ONGOING: "#1e88e5",
    ActivityStatus.COMPLETED: "#43a047",
    ActivityStatus.POSTPONED: "#fb8c00",
    ActivityStatus.CANCELLED: "#e53935",
}

STAKEHOLDER_LABELS = {
    Stakeholder.MEMBER_ADMINISTRATIONS: QT_TRANSLATE_NOOP("Workplan", "Member Administrations"),
    Stakeholder.WCO: QT_TRANSLATE_NOOP("Workplan", "WCO"),
    Stakeholder.INTERNATIONAL_ORGANIZATIONS: QT_TRANSLATE_NOOP(
        "Workplan", "Other International Organizations"
    ),
    Stakeholder.PARTNERS: QT_TRANSLATE_NOOP("Workplan", "Partners"),
    Stakeholder.PRIVATE_SECTOR: QT_TRANSLATE_NOOP("Workplan", "Private Sector"),
    Stakeholder.HOST_ADMINISTRATION: QT_TRANSLATE_NOOP("Workplan", "Host Administration"),
}

SOURCE_LABELS = {
    IndicatorSource.NONE: QT_TRANSLATE_NOOP("Workplan", "Told in words"),
    IndicatorSource.EVENTS: QT_TRANSLATE_NOOP("Workplan", "Linked events of the year"),
    IndicatorSource.LETTERS: QT_TRANSLATE_NOOP("Workplan", "Linked letters of the year"),
    IndicatorSource.NEEDS: QT_TRANSLATE_NOOP(
        "Workplan", "Needs of the cycle collected in the year"
    ),
}

PATH_LABELS = {
    NeedPath.RECEIVED: QT_TRANSLATE_NOOP("Workplan", "Received"),
    NeedPath.FORWARDED: QT_TRANSLATE_NOOP("Workplan", "Forwarded to the WCO"),
    NeedPath.IN_WCO_PLAN: QT_TRANSLATE_NOOP("Workplan", "In the WCO plan"),
    NeedPath.TAKEN_OVER: QT_TRANSLATE_NOOP("Workplan", "Taken over by the office"),
    NeedPath.DELIVERED: QT_TRANSLATE_NOOP("Workplan", "Delivered"),
}

CATEGORY_LABELS = {
    NeedCategory.TRADE_FACILITATION: QT_TRANSLATE_NOOP("Workplan", "Trade facilitation"),
    NeedCategory.REVENUE: QT_TRANSLATE_NOOP("Workplan", "Revenue collection"),
    NeedCategory.COMPLIANCE_ENFORCEMENT: QT_TRANSLATE_NOOP(
        "Workplan", "Compliance and enforcement"
    ),
    NeedCategory.ORGANIZATIONAL_DEVELOPMENT: QT_TRANSLATE_NOOP(
        "Workplan", "Organizational development"
    ),
}

BAD_NUMBER = QT_TRANSLATE_NOOP(
    "Errors", "An activity is numbered as its goal and a position, for example 1.1."
)
WRONG_GOAL = QT_TRANSLATE_NOOP(
    "Errors", "Activity {number} belongs to goal {goal} by its number; choose goal {goal}."
)
NEEDS_ACTIVITY_TITLE = QT_TRANSLATE_NOOP("Errors", "Give the activity a title.")
NOT_A_COUNT = QT_TRANSLATE_NOOP("Errors", "Write a whole number of 0 or more, such as 12.")

_NUMBER = re.compile(r"^\s*([0-9]{1,2})\.([0-9]{1,2})\s*$")
MAX_TARGET = 1_000_000


def parse_number(text: str) -> tuple[int, int]:
    """`'3.2'` (or `'03.02'`) → (3, 2); a ValueError for anything else."""
    match = _NUMBER.match(text)
    if not match or int(match.group(1)) == 0 or int(match.group(2)) == 0:
        raise ValueError(text)
    return int(match.group(1)), int(match.group(2))


def normal_number(text: str) -> str:
    """The number as the plan prints it: `'01.1'` → `'1.1'`; unchanged when not a number."""
    try:
        major, minor = parse_number(text)
    except ValueError:
        return text.strip()
    return f"{major}.{minor}"


def check_number(number: str, goal: int) -> list[FieldError]:
    try:
        number_goal, _position = parse_number(number)
    except ValueError:
        return [FieldError("number", Message(BAD_NUMBER))]
    if number_goal != goal:
        return [
            FieldError(
                "number", Message(WRONG_GOAL, params={"number": number, "goal": number_goal})
            )
        ]
    return []


def parse_count(text: str | int | None, name: str) -> tuple[int | None, list[FieldError]]:
    """A baseline or target as typed: empty is none; anything but a whole number is refused."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None, []
    if isinstance(text, int) and not isinstance(text, bool):
        value = text
    else:
        cleaned = str(text).strip().replace("\u00a0", "").replace(" ", "")
        # ASCII digits only: "²" and other scripts' digits pass isdigit() but are no count.
        if not (cleaned.isascii() and cleaned.isdigit()):
            return None, [FieldError(name, Message(NOT_A_COUNT))]
        value = int(cleaned)
    if not 0 <= value <= MAX_TARGET:
        return None, [FieldError(name, Message(NOT_A_COUNT))]
    return value, []


def progress_share(actual: int | None, target: int | None) -> float | None:
    """How far the actual is towards the target, 0..1; None when there is nothing to measure."""
    if actual is None or not target:
        return None
    return min(actual / target, 1.0)


def split_lines(text: str) -> list[str]:
    """Bullets kept one per line: the empty lines and the margins dropped."""
    return [line.strip() for line in text.splitlines() if line.strip()]
