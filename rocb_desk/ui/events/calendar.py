"""A month calendar that marks the days with events (bold, tinted) and with room bookings
(underlined in another colour); clicking a day chooses it, the panel's button clears it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import current_language
from ...services.events import bookings
from ...services.events.queries import event_days, period_text
from ...services.office import Office

EVENT_BACKGROUND = QColor(200, 222, 255)
EVENT_TEXT = QColor(13, 71, 161)
BOOKING_LINE = QColor(230, 81, 0)


class EventCalendar(QCalendarWidget):
    """Marks the shown month's event and booking days, read again when the month turns."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setObjectName("eventCalendar")
        # Month and day names in the window's language, not the system's.
        self.setLocale(
            QLocale(
                QLocale.Language.Russian if current_language() == "ru" else QLocale.Language.English
            )
        )
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setGridVisible(False)
        self.events: dict[date, int] = {}
        self.bookings: dict[date, int] = {}
        self.currentPageChanged.connect(self.refresh)

    def shown_range(self) -> tuple[date, date]:
        """The days the month's grid can show: up to a week before and two after."""
        first = date(self.yearShown(), self.monthShown(), 1)
        return first - timedelta(days=7), first + timedelta(days=31 + 14)

    def refresh(self, *_args: object) -> None:
        first, last = self.shown_range()
        self.events = event_days(self.office, first, last)
        self.bookings = bookings.booking_days(self.office, first, last)
        self.setDateTextFormat(QDate(), QTextCharFormat())  # forget the previous marks
        for day in sorted(set(self.events) | set(self.bookings)):
            style = QTextCharFormat()
            if day in self.events:
                style.setFontWeight(QFont.Weight.Bold)
                style.setBackground(EVENT_BACKGROUND)
                style.setForeground(EVENT_TEXT)
            if day in self.bookings:
                style.setFontUnderline(True)
                style.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                style.setUnderlineColor(BOOKING_LINE)
                if day not in self.events:
                    style.setForeground(BOOKING_LINE)
            style.setToolTip(self._tip(day))
            self.setDateTextFormat(QDate(day), style)

    def _tip(self, day: date) -> str:
        parts = []
        if self.events.get(day):
            parts.append(self.tr("%n event(s)", "", self.events[day]))
        if self.bookings.get(day):
            parts.append(self.tr("%n room booking(s)", "", self.bookings[day]))
        return " · ".join(parts)

    def show_day(self, day: date) -> None:
        self.setSelectedDate(QDate(day))
        self.setCurrentPage(day.year, day.month)


def legend() -> QVBoxLayout:
    """What the marks mean, under a calendar."""
    events_key = QLabel(QCoreApplication.translate("EventCalendar", "Events"))
    events_key.setStyleSheet(
        f"background: {EVENT_BACKGROUND.name()}; color: {EVENT_TEXT.name()};"
        " font-weight: bold; padding: 1px 4px;"
    )
    bookings_key = QLabel(QCoreApplication.translate("EventCalendar", "Room bookings"))
    bookings_key.setStyleSheet(
        f"color: {BOOKING_LINE.name()}; text-decoration: underline; padding: 1px 4px;"
    )
    keys = QVBoxLayout()  # one under the other: a calendar is narrow, the names long
    for key in (events_key, bookings_key):
        row = QHBoxLayout()
        row.addWidget(key)
        row.addStretch(1)
        keys.addLayout(row)
    return keys


class CalendarPanel(QWidget):
    """The calendar, its legend and the day chosen; `dayChosen` carries a date or None."""

    dayChosen = Signal(object)  # noqa: N815 - Qt signal naming

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = EventCalendar(office, self)
        self.chosen: date | None = None
        self.calendar.clicked.connect(self._clicked)
        self.calendar.activated.connect(self._clicked)  # Enter on a day
        self.day_label = QLabel(objectName="calendarDayLabel")
        self.day_label.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("All days"), objectName="allDaysButton")
        self.clear_button.setToolTip(self.tr("Show the events of every day again"))
        self.clear_button.clicked.connect(self.clear)

        chosen = QHBoxLayout()
        chosen.addWidget(self.day_label, 1)
        chosen.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        layout.addLayout(legend())
        layout.addLayout(chosen)
        layout.addStretch(1)
        self.setMaximumWidth(max(self.calendar.sizeHint().width(), 240) + 40)
        self._show_choice()

    def refresh(self) -> None:
        self.calendar.refresh()

    def _clicked(self, day: QDate) -> None:
        self.chosen = day.toPython()
        self._show_choice()
        self.dayChosen.emit(self.chosen)

    def choose(self, day: date) -> None:
        """Choose `day` as a click would (keyboard users and tests)."""
        self.calendar.show_day(day)
        self._clicked(QDate(day))

    def clear(self) -> None:
        if self.chosen is None:
            return
        self.chosen = None
        self._show_choice()
        self.dayChosen.emit(None)

    def _show_choice(self) -> None:
        if self.chosen is None:
            self.day_label.setText(self.tr("Click a day to see its events."))
        else:
            self.day_label.setText(
                self.tr("Events of %1").replace("%1", period_text(self.chosen, self.chosen))
            )
        self.clear_button.setEnabled(self.chosen is not None)
