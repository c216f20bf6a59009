"""The table models of the Events tab: each holds rows a service returned, nothing more.

A year holds tens of events, fifteen years a few thousand: the event list is sorted in
Python over the rows the register returned for the filters, which is instant at that size.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.events import (
    ATTENDANCE_LABELS,
    BOOKING_PURPOSE_LABELS,
    GENDER_LABELS,
    KIND_LABELS,
    ROLE_LABELS,
    Attendance,
    BookingPurpose,
    EventKind,
    Gender,
    OfficeRole,
)
from ...domain.money import format_money
from ...i18n import current_language, translate
from ...services.events.queries import EventLine, period_text
from ..models import Index, TitledTableModel, file_size_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ABSENT = QColor(158, 158, 158)

# The event list's columns.
NUMBER, DATES, TITLE, KIND, LOCATION, ROLES, PARTICIPANTS, COUNTRIES, COST = range(9)


def _member(enum: Any, value: str) -> Any:
    """The enum member stored as `value`, or None for a value this version does not know."""
    try:
        return enum(value)
    except ValueError:
        return None


def label_of(labels: dict[Any, str], enum: Any, value: str) -> str:
    """The translated label of a stored vocabulary value (the value itself if unknown)."""
    member = _member(enum, value)
    return translate("Events", labels[member]) if member is not None else value


def kind_label(value: str) -> str:
    return label_of(KIND_LABELS, EventKind, value)


def role_label(value: str) -> str:
    return label_of(ROLE_LABELS, OfficeRole, value)


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


class EventListModel(TitledTableModel):
    """The register's events, as the filters chose them; # numbers them in date order."""

    def headers(self) -> list[str]:
        return [
            "#",
            self.tr("Dates"),
            self.tr("Event"),
            self.tr("Kind"),
            self.tr("Location"),
            self.tr("The office's roles"),
            self.tr("Participants"),
            self.tr("Countries"),
            self.tr("Costs (EUR)"),
        ]

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.titles()[section]  # narrow columns elide their title
        return super().headerData(section, orientation, role)

    def set_lines(self, lines: list[EventLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.numbers = {line.id: n for n, line in enumerate(lines, start=1)}
        self.endResetModel()

    def line_at(self, row: int) -> EventLine:
        return self.lines[row]

    def row_of(self, event_id: int) -> int:
        return next((i for i, line in enumerate(self.lines) if line.id == event_id), -1)

    def total_cost(self) -> Decimal:
        return sum((line.cost for line in self.lines), Decimal("0.00"))

    def _value(self, line: EventLine, column: int) -> Any:
        """The raw value a column sorts by."""
        return {
            NUMBER: self.numbers.get(line.id, 0),
            DATES: (line.start, line.end),
            TITLE: line.title.casefold(),
            KIND: kind_label(line.kind).casefold(),
            LOCATION: line.location.casefold(),
            ROLES: ", ".join(sorted(role_label(r) for r in line.roles)).casefold(),
            PARTICIPANTS: line.counts.participants if line.counts.participants is not None else -1,
            COUNTRIES: line.counts.countries if line.counts.countries is not None else -1,
            COST: line.cost,
        }[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self.lines.sort(
            key=lambda line: (self._value(line, column), line.start, line.id),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.layoutChanged.emit()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role == SORT_ROLE:
            return self._value(line, column)
        if role == ID_ROLE:
            return line.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            NUMBER,
            PARTICIPANTS,
            COUNTRIES,
            COST,
        ):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:  # narrow columns elide: the whole text here
            if column in (PARTICIPANTS, COUNTRIES) and line.counts.from_list:
                return self.tr("Counted from the participant list")
            return self._text(line, column) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(line, column)

    def _text(self, line: EventLine, column: int) -> str:
        if column == NUMBER:
            return str(self.numbers.get(line.id, ""))
        if column == DATES:
            return period_text(line.start, line.end)
        if column == TITLE:
            return line.title
        if column == KIND:
            return kind_label(line.kind)
        if column == LOCATION:
            return line.location
        if column == ROLES:
            ordered = [role for role in OfficeRole if role.value in line.roles]
            return ", ".join(role_label(role.value) for role in ordered)
        if column == PARTICIPANTS:
            return _count(line.counts.participants)
        if column == COUNTRIES:
            return _count(line.counts.countries)
        if column == COST:
            return format_money(line.cost, current_language()) if line.cost else ""
        return ""


class CostModel(TitledTableModel):
    """Ledger entries linked to an event (or candidates to link): CostLine rows."""

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Voucher"),
            self.tr("Item"),
            self.tr("Description"),
            self.tr("Amount (EUR)"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role == ID_ROLE:
            return line.entry_id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return RIGHT
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = (
            line.entry_date.isoformat(),
            line.voucher,
            line.item_code,
            line.description,
            format_money(line.amount, current_language()),
        )
        return values[index.column()]


class DocumentModel(TitledTableModel):
    """Files kept with an event: EventFile rows."""

    def headers(self) -> list[str]:
        return [self.tr("File"), self.tr("What it is"), self.tr("Size")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role == ID_ROLE:
            return line.attachment_id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return RIGHT
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return (line.name, line.label, file_size_text(line.size))[index.column()]


class ParticipantModel(TitledTableModel):
    """An event's participant list: ParticipantLine rows."""

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Administration"),
            self.tr("Position"),
            self.tr("E-mail"),
            self.tr("Gender"),
            self.tr("Attendance"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role == ID_ROLE:
            return line.id
        if role == Qt.ItemDataRole.ForegroundRole and line.attendance in (
            Attendance.ABSENT.value,
            Attendance.EXCUSED.value,
        ):
            return QBrush(ABSENT)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = (
            line.name,
            line.administration,
            line.title,
            line.email,
            label_of(GENDER_LABELS, Gender, line.gender) if line.gender else "",
            label_of(ATTENDANCE_LABELS, Attendance, line.attendance),
        )
        return values[index.column()]


def _time_span(starts: datetime, ends: datetime) -> str:
    if starts.date() == ends.date():
        return f"{starts:%H:%M}\u2013{ends:%H:%M}"
    return f"{starts:%H:%M} \u2013 {ends:%d.%m %H:%M}"  # ends another day: its date too


class BookingModel(TitledTableModel):
    """The premises' bookings of a month: BookingLine rows."""

    def headers(self) -> list[str]:
        return [
            self.tr("Day"),
            self.tr("Hours"),
            self.tr("Room"),
            self.tr("Purpose"),
            self.tr("Event or organization"),
            self.tr("Rent (EUR)"),
            self.tr("Received (EUR)"),
        ]

    def line_at(self, row: int) -> Any:
        return self.lines[row]

    def row_of(self, booking_id: int) -> int:
        return next((i for i, line in enumerate(self.lines) if line.id == booking_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return line.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (5, 6):
            return RIGHT
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        lang = current_language()
        values = (
            line.starts_at.date().isoformat(),
            _time_span(line.starts_at, line.ends_at),
            line.room,
            label_of(BOOKING_PURPOSE_LABELS, BookingPurpose, line.purpose),
            line.event_title or line.organization,
            "" if line.rent is None else format_money(line.rent, lang),
            "" if line.received is None else format_money(line.received, lang),
        )
        return values[column]


class CheckListModel(QAbstractListModel):
    """Choices (id, label) with a check box each: the partners, members or experts linked."""

    def __init__(self, choices: list[tuple[int, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.checked: set[int] = set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.choices)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        choice_id, label = self.choices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return (
                Qt.CheckState.Checked if choice_id in self.checked else Qt.CheckState.Unchecked
            ).value
        if role == ID_ROLE:
            return choice_id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        choice_id = self.choices[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(choice_id)
        else:
            self.checked.discard(choice_id)
        self.dataChanged.emit(index, index, [role])
        return True

    def set_choices(self, choices: list[tuple[int, str]]) -> None:
        """Offer other choices; the checked ones stay checked (and shown)."""
        self.beginResetModel()
        self.choices = list(choices)
        self.endResetModel()
        self.set_checked(self.checked)

    def set_checked(self, ids: set[int]) -> None:
        self.beginResetModel()
        # A record linked earlier but now inactive is still shown, so it is not lost.
        known = {choice_id for choice_id, _label in self.choices}
        for missing in sorted(ids - known):
            self.choices.append(
                (missing, self.tr("Inactive record no. %1").replace("%1", str(missing)))
            )
        self.checked = set(ids)
        # The chosen first, so what the event is linked to is seen without scrolling.
        self.choices.sort(key=lambda choice: choice[0] not in self.checked)
        self.endResetModel()


def month_bounds(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, date.fromordinal(following.toordinal() - 1)
