"""The premises: the month's room bookings beside a calendar, the booking form, and the rent
of a rental recorded as income of the books."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.access import Permission
from ...domain.errors import OfficeError
from ...domain.events import BOOKING_PURPOSE_LABELS, BookingPurpose
from ...domain.fiscal import FinancialYear
from ...domain.money import format_money, parse_money
from ...i18n import current_language, error_text, translate
from ...services.events import bookings
from ...services.events.bookings import BookingForm
from ...services.events.queries import EventFilter, list_events, period_text
from ...services.office import Office
from ..actions import table_page_action
from ..forms import FieldErrors, lay_out_form, save_showing_refusals
from ..hub import hub
from ..messages import show_refusal
from ..shown import LoadsWhenShown
from ..tables import record_table
from ..trust.permissions import grey_out, no_double_click
from .calendar import EventCalendar, legend
from .list_model import BookingModel, month_bounds


class BookingDialog(QDialog):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.booking_id: int | None = None
        self.errors = FieldErrors()
        lang = current_language()
        self.room_combo = QComboBox()
        for room_id, label in bookings.rooms(office, lang):
            self.room_combo.addItem(label, room_id)
        self.starts_edit = QDateTimeEdit(calendarPopup=True, displayFormat="yyyy-MM-dd HH:mm")
        self.ends_edit = QDateTimeEdit(calendarPopup=True, displayFormat="yyyy-MM-dd HH:mm")
        self.purpose_combo = QComboBox()
        for purpose, label in BOOKING_PURPOSE_LABELS.items():
            self.purpose_combo.addItem(translate("Events", label), purpose.value)
        self.event_combo = QComboBox()
        self.event_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.event_combo.setMinimumContentsLength(40)
        self.organization_edit = QLineEdit()
        self.rent_edit = QLineEdit()
        self.rent_edit.setPlaceholderText("0.00")
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(self.fontMetrics().height() * 5)
        self._events_year: FinancialYear | None = None
        self.starts_edit.dateTimeChanged.connect(self._start_moved)
        self.purpose_combo.currentIndexChanged.connect(self._purpose_chosen)

        self.buttons = lay_out_form(
            self,
            self.errors,
            (
                ("room_id", self.tr("Room *"), self.room_combo),
                ("starts_at", self.tr("From *"), self.starts_edit),
                ("ends_at", self.tr("Until *"), self.ends_edit),
                ("purpose", self.tr("Purpose"), self.purpose_combo),
                ("event_id", self.tr("Event"), self.event_combo),
                ("organization", self.tr("Organization renting"), self.organization_edit),
                ("rent", self.tr("Rent (EUR)"), self.rent_edit),
                ("note", self.tr("Note"), self.note_edit),
            ),
            self.try_save,
        )
        self.setMinimumWidth(620)
        self.set_form(BookingForm())

    def _start_moved(self, starts: QDateTime) -> None:
        """The end keeps the booking's length; the event list follows the year."""
        previous = getattr(self, "_starts", None)
        if previous is not None:
            self.ends_edit.setDateTime(self.ends_edit.dateTime().addSecs(previous.secsTo(starts)))
        self._starts = starts
        self._fill_events(starts.date().toPython())

    def _fill_events(self, day: date) -> None:
        year = FinancialYear.of(day)
        if year == self._events_year:
            return
        self._events_year = year
        current = self.event_combo.currentData()
        self.event_combo.clear()
        self.event_combo.addItem("", None)
        for line in list_events(self.office, EventFilter(year=year), current_language()):
            self.event_combo.addItem(f"{period_text(line.start, line.end)}: {line.title}", line.id)
        self.event_combo.setCurrentIndex(max(self.event_combo.findData(current), 0))

    def _purpose_chosen(self, *_args: object) -> None:
        rental = self.purpose_combo.currentData() == BookingPurpose.RENTAL.value
        self.event_combo.setEnabled(not rental)
        self.organization_edit.setEnabled(rental)
        self.rent_edit.setEnabled(rental)

    def set_form(self, form: BookingForm) -> None:
        self.room_combo.setCurrentIndex(max(self.room_combo.findData(form.room_id), 0))
        self._starts = None
        self.starts_edit.setDateTime(QDateTime(form.starts_at))
        self.ends_edit.setDateTime(QDateTime(form.ends_at))
        self._starts = self.starts_edit.dateTime()
        self._fill_events(form.starts_at.date())
        self.purpose_combo.setCurrentIndex(max(self.purpose_combo.findData(form.purpose), 0))
        self.event_combo.setCurrentIndex(max(self.event_combo.findData(form.event_id), 0))
        self.organization_edit.setText(form.organization)
        self.rent_edit.setText("" if form.rent is None else str(form.rent))
        self.note_edit.setPlainText(form.note)
        self._purpose_chosen()

    def form(self) -> BookingForm:
        rental = self.purpose_combo.currentData() == BookingPurpose.RENTAL.value
        text = self.rent_edit.text().strip()
        return BookingForm(
            room_id=self.room_combo.currentData(),
            starts_at=self.starts_edit.dateTime().toPython().replace(second=0, microsecond=0),
            ends_at=self.ends_edit.dateTime().toPython().replace(second=0, microsecond=0),
            purpose=self.purpose_combo.currentData(),
            event_id=None if rental else self.event_combo.currentData(),
            organization=self.organization_edit.text() if rental else "",
            rent=parse_money(text, allow_negative=True) if rental and text else None,
            note=self.note_edit.toPlainText(),
        )

    def try_save(self) -> None:
        self.errors.clear()
        try:
            form = self.form()
        except OfficeError as error:  # the rent is not an amount
            self.errors.show("rent", error_text(error))
            self.rent_edit.setFocus()
            return

        def save() -> None:
            self.booking_id = bookings.save_booking(
                self.office, form, self.booking_id, current_language()
            )

        if save_showing_refusals(self, self.errors, save):
            self.accept()

    @classmethod
    def edit(
        cls,
        parent: QWidget,
        office: Office,
        booking_id: int | None = None,
        day: date | None = None,
    ) -> int | None:
        """The booking's id once saved, None when cancelled."""
        dialog = cls(office, parent)
        if booking_id is None:
            dialog.setWindowTitle(dialog.tr("New booking"))
            if day is not None:
                dialog.set_form(
                    BookingForm(
                        starts_at=datetime.combine(day, time(9)),
                        ends_at=datetime.combine(day, time(18)),
                    )
                )
        else:
            dialog.setWindowTitle(dialog.tr("Edit booking"))
            dialog.booking_id = booking_id
            try:
                dialog.set_form(bookings.load_booking(office, booking_id))
            except OfficeError as error:  # cancelled meanwhile
                dialog.deleteLater()
                show_refusal(parent, error)
                return None
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        saved = dialog.booking_id if accepted else None
        dialog.deleteLater()
        return saved


class RentDialog(QDialog):
    """When and how the rent was received."""

    def __init__(self, amount: Decimal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record rent received"))
        self.date_edit = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.method_combo = QComboBox()
        self.method_combo.addItem(self.tr("Bank"), "bank")
        self.method_combo.addItem(self.tr("Cash"), "cash")
        form = QFormLayout()
        form.addRow(self.tr("Amount (EUR)"), QLabel(format_money(amount, current_language())))
        form.addRow(self.tr("Received on"), self.date_edit)
        form.addRow(self.tr("Payment method"), self.method_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget, amount: Decimal) -> tuple[date, str] | None:
        dialog = cls(amount, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = (dialog.date_edit.date().toPython(), dialog.method_combo.currentData())
        dialog.deleteLater()
        return value if accepted else None


class PremisesPage(LoadsWhenShown, QWidget):
    bookingsChanged = Signal()  # noqa: N815 - Qt signal naming
    booksChanged = Signal()  # noqa: N815 - a rent posted as income

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setObjectName("premisesPage")
        self.calendar = EventCalendar(office, self)
        self.calendar.setObjectName("premisesCalendar")
        self.calendar.currentPageChanged.connect(self.reload)
        self.calendar.clicked.connect(self._day_clicked)
        self.month_label = QLabel(objectName="premisesMonthLabel")
        self.model = BookingModel(self)
        self.table = record_table(self.model, "bookingTable", (11, 20, 20, 30, 36, 11, 11), 4)
        header = self.table.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.doubleClicked.connect(self.edit_selected)

        self.toolbar = QToolBar()
        self.new_action = self._action(
            self.tr("&New booking…"), QKeySequence.StandardKey.New, self.add
        )
        self.edit_action = self._action(
            self.tr("&Edit…"), QKeySequence(Qt.Key.Key_Return), self.edit_selected, table_only=True
        )
        self.delete_action = self._action(
            self.tr("&Delete"),
            QKeySequence.StandardKey.Delete,
            self.delete_selected,
            table_only=True,
        )
        self.toolbar.addSeparator()
        self.rent_action = self._action(self.tr("Record &rent received…"), None, self.record_rent)
        grey_out(
            self, office, Permission.EDIT, self.new_action, self.edit_action, self.delete_action
        )
        grey_out(self, office, Permission.BOOKS, self.rent_action)  # the rent is posted
        no_double_click(office, Permission.EDIT, self.table, self.edit_selected)

        listing = QVBoxLayout()
        listing.addWidget(self.month_label)
        listing.addWidget(self.table, 1)
        side = QVBoxLayout()
        side.addWidget(self.calendar)
        side.addLayout(legend())
        side.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(listing, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(body, 1)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.reload()

    def _action(self, text: str, shortcut, slot, table_only: bool = False) -> QAction:  # noqa: ANN001
        return table_page_action(self, self.toolbar, self.table, text, shortcut, slot, table_only)

    def shown_month(self) -> date:
        return date(self.calendar.yearShown(), self.calendar.monthShown(), 1)

    def show_month(self, day: date) -> None:
        self.calendar.setCurrentPage(day.year, day.month)  # reloads through currentPageChanged

    def _load(self) -> None:
        current = self.selected_line()
        first, last = month_bounds(self.shown_month())
        self.model.set_lines(bookings.bookings(self.office, first, last, current_language()))
        self.calendar.refresh()
        name = self.calendar.locale().standaloneMonthName(first.month)  # the window's language
        month = f"{name[:1].upper()}{name[1:]} {first.year}"
        self.month_label.setText(
            self.tr("%n booking(s) in %1", "", self.model.rowCount()).replace("%1", month)
        )
        if current is not None:
            self.select_booking(current.id)
        self._update_actions()

    def selected_line(self):  # noqa: ANN201 - BookingLine or None
        index = self.table.currentIndex()
        return self.model.line_at(index.row()) if index.isValid() else None

    def select_booking(self, booking_id: int) -> None:
        row = self.model.row_of(booking_id)
        if row >= 0:
            self.table.selectRow(row)

    def _day_clicked(self, day: QDate) -> None:
        chosen = day.toPython()
        for row, line in enumerate(self.model.lines):
            if line.starts_at.date() <= chosen <= line.ends_at.date():
                self.table.selectRow(row)
                return

    def _update_actions(self, *_args: object) -> None:
        line = self.selected_line()
        self.edit_action.setEnabled(line is not None)
        self.delete_action.setEnabled(line is not None)
        self.rent_action.setEnabled(
            line is not None
            and line.purpose == BookingPurpose.RENTAL.value
            and bool(line.rent)
            and line.income_entry_id is None
        )

    def _changed(self, booking_id: int | None) -> None:
        self.reload()
        if booking_id is not None:
            self.select_booking(booking_id)
        self.bookingsChanged.emit()

    def add(self) -> None:
        day = self.calendar.selectedDate().toPython()
        booking_id = BookingDialog.edit(self, self.office, None, day)
        if booking_id is not None:
            line_day = bookings.load_booking(self.office, booking_id).starts_at.date()
            self.show_month(line_day)
            self._changed(booking_id)

    def edit_selected(self, *_args: object) -> None:
        line = self.selected_line()
        if line is not None and BookingDialog.edit(self, self.office, line.id) is not None:
            self._changed(line.id)

    def delete_selected(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        question = (
            self.tr("Cancel the booking of %1 on %2?")
            .replace("%1", line.room)
            .replace("%2", line.starts_at.strftime("%Y-%m-%d %H:%M"))
        )
        if line.income_entry_id is not None:
            question += "\n\n" + self.tr("The rent received stays in the books.")
        if (
            QMessageBox.question(self, self.tr("Cancel booking"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            bookings.delete_booking(self.office, line.id)
        except OfficeError as error:
            show_refusal(self, error)
        self._changed(None)

    def record_rent(self) -> None:
        line = self.selected_line()
        if line is None or not line.rent or line.income_entry_id is not None:
            return
        answer = RentDialog.ask(self, line.rent)
        if answer is None:
            return
        received_on, method = answer
        try:
            bookings.record_rent(self.office, line.id, received_on, method)
        except OfficeError as error:
            show_refusal(self, error)
            return
        hub.statusMessage.emit(
            self.tr("Rent of %1 EUR recorded as income in the books").replace(
                "%1", format_money(line.rent, current_language())
            )
        )
        self._changed(line.id)
        self.booksChanged.emit()
