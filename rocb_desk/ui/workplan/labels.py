"""The work plan's vocabularies as the user reads them: translated where shown.

Stored values this version does not know are shown as they are, never dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox

from ...domain.fiscal import FinancialYear
from ...domain.workplan import (
    CATEGORY_LABELS,
    CONTEXT,
    GROUP_LABELS,
    PATH_LABELS,
    SOURCE_LABELS,
    STAKEHOLDER_LABELS,
    STATUS_COLOURS,
    STATUS_LABELS,
    ActivityStatus,
    GoalGroup,
    IndicatorSource,
    NeedCategory,
    NeedPath,
    Stakeholder,
)
from ...i18n import translate
from ...services.workplan.review import ATTENTION_LABELS

UNKNOWN_COLOUR = "#bdbdbd"


def _label(labels: dict, enum: type[StrEnum], value: str) -> str:
    try:
        return translate(CONTEXT, labels[enum(value)])
    except (ValueError, KeyError):
        return value


def status_label(value: str) -> str:
    return _label(STATUS_LABELS, ActivityStatus, value)


def status_colour(value: str) -> QColor:
    try:
        return QColor(STATUS_COLOURS[ActivityStatus(value)])
    except ValueError:
        return QColor(UNKNOWN_COLOUR)


def stakeholder_label(value: str) -> str:
    return _label(STAKEHOLDER_LABELS, Stakeholder, value)


def source_label(value: str) -> str:
    return _label(SOURCE_LABELS, IndicatorSource, value)


def path_label(value: str) -> str:
    return _label(PATH_LABELS, NeedPath, value)


def category_label(value: str) -> str:
    return _label(CATEGORY_LABELS, NeedCategory, value)


def group_label(value: str) -> str:
    return _label(GROUP_LABELS, GoalGroup, value)


def attention_text(reasons: list[str]) -> str:
    """ "No progress recorded, overdue, no evidence": one phrase, capital first."""
    texts = [translate(CONTEXT, ATTENTION_LABELS.get(r, r)) for r in reasons]
    return ", ".join([texts[0], *(t[:1].lower() + t[1:] for t in texts[1:])]) if texts else ""


def year_name(start_year: int) -> str:
    return FinancialYear(start_year).name


def signed_text(by: str, at: datetime | None) -> str:
    """ "director, 2021-05-03": who signed and on which day (local time)."""
    if at is None:
        return ""
    return f"{by}, {at.astimezone():%Y-%m-%d}"


def opening_year(years: list[int], today: date | None = None) -> int | None:
    """The plan to open on: this financial year's when it has one, else the newest."""
    this_year = FinancialYear.of(today or date.today()).start_year
    if this_year in years:
        return this_year
    return years[0] if years else None


def fill_years(
    combo: QComboBox,
    years: list[int],
    wanted: int | None,
    fallback: int | None,
    name: Callable[[int], str] = year_name,
) -> None:
    """Offer `years` in `combo` without signalling; choose `wanted`, else keep the year
    shown if it is still offered, else `fallback`."""
    if wanted is None:
        current = combo.currentData()
        wanted = current if current in years else fallback
    combo.blockSignals(True)
    combo.clear()
    for year in years:
        combo.addItem(name(year), year)
    combo.setCurrentIndex(max(combo.findData(wanted), 0))
    combo.blockSignals(False)
