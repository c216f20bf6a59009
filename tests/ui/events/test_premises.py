"""The premises: bookings of the month, double bookings refused, the rent in the books."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import QDialogButtonBox

from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services.books import ledger
from rocb_desk.services.events import bookings
from rocb_desk.services.events.bookings import BookingForm
from rocb_desk.services.events.queries import EventFilter, list_events
from rocb_desk.services.office import Office
from rocb_desk.ui.events.premises_page import BookingDialog, PremisesPage, RentDialog

from . import on_dialog


@pytest.fixture
def page(qtbot, demo_office: Office) -> PremisesPage:
    widget = PremisesPage(demo_office)
    qtbot.addWidget(widget)
    widget.show_month(date(2020, 12, 1))
    widget.show()
    return widget


def room(office: Office, words: str) -> int:
    return next(i for i, label in bookings.rooms(office, "en") if words in label)


def save(dialog: BookingDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_book_a_room_for_an_event_of_the_office(page: PremisesPage, demo_office: Office):
    event = list_events(demo_office, EventFilter(on_day=date(2020, 12, 2)), "en")[0]
    page.calendar.setSelectedDate(QDate(2020, 12, 2))

    def fill(dialog: BookingDialog):
        assert dialog.starts_edit.dateTime().toPython() == datetime(2020, 12, 2, 9)
        dialog.room_combo.setCurrentIndex(
            dialog.room_combo.findData(room(demo_office, "Conference"))
        )
        dialog.event_combo.setCurrentIndex(dialog.event_combo.findData(event.id))
        save(dialog)

    on_dialog(fill)
    page.add()
    assert page.model.rowCount() == 1
    line = page.selected_line()
    assert line.event_id == event.id and line.starts_at == datetime(2020, 12, 2, 9)
    assert "1 booking" in page.month_label.text()
    assert page.calendar.dateTextFormat(QDate(2020, 12, 2)).fontUnderline()


def test_a_double_booking_is_refused_at_the_room(page: PremisesPage, demo_office: Office):
    hall = room(demo_office, "Conference")
    bookings.save_booking(
        demo_office,
        BookingForm(
            room_id=hall,
            starts_at=datetime(2020, 12, 10, 9),
            ends_at=datetime(2020, 12, 10, 13),
            purpose="rental",
            organization="Azerbaijan Customs Academy",
        ),
    )
    page.reload()
    seen = {}

    def fill(dialog: BookingDialog):
        dialog.room_combo.setCurrentIndex(dialog.room_combo.findData(hall))
        dialog.starts_edit.setDateTime(QDateTime(datetime(2020, 12, 10, 12)))
        dialog.ends_edit.setDateTime(QDateTime(datetime(2020, 12, 10, 15)))
        dialog.purpose_combo.setCurrentIndex(dialog.purpose_combo.findData("rental"))
        dialog.organization_edit.setText("UNDP Azerbaijan")
        save(dialog)
        seen["room"] = dialog.errors.labels["room_id"].text()
        dialog.reject()

    on_dialog(fill)
    page.add()
    assert "already booked" in seen["room"] and "Azerbaijan Customs Academy" in seen["room"]
    assert page.model.rowCount() == 1


def test_a_rent_that_is_not_an_amount_is_refused_at_the_field(page: PremisesPage):
    seen = {}

    def fill(dialog: BookingDialog):
        dialog.purpose_combo.setCurrentIndex(dialog.purpose_combo.findData("rental"))
        dialog.organization_edit.setText("UNDP Azerbaijan")
        dialog.rent_edit.setText("150,5x")
        save(dialog)
        seen["rent"] = dialog.errors.labels["rent"].text()
        dialog.reject()

    on_dialog(fill)
    page.add()
    assert "150,5x" in seen["rent"]


def test_the_rent_received_becomes_an_income_entry(
    page: PremisesPage, demo_office: Office, monkeypatch
):
    booking_id = bookings.save_booking(
        demo_office,
        BookingForm(
            room_id=room(demo_office, "Conference"),
            starts_at=datetime(2020, 12, 10, 9),
            ends_at=datetime(2020, 12, 10, 13),
            purpose="rental",
            organization="Azerbaijan Customs Academy",
            rent=Decimal("150.00"),
        ),
    )
    page.reload()
    page.select_booking(booking_id)
    assert page.rent_action.isEnabled()
    before = ledger.entry_count(demo_office, FinancialYear(2020))
    monkeypatch.setattr(
        RentDialog, "ask", classmethod(lambda cls, *a: (date(2020, 12, 15), "bank"))
    )
    posted = []
    page.booksChanged.connect(lambda: posted.append(True))
    page.rent_action.trigger()
    assert ledger.entry_count(demo_office, FinancialYear(2020)) == before + 1
    line = page.selected_line()
    assert line.income_entry_id is not None and line.received == Decimal("150.00")
    values = ledger.entry_values(demo_office, line.income_entry_id)
    assert values["type"] == "income" and Decimal(values["amount"]) == Decimal("150.00")
    assert page.model.data(page.model.index(0, 6)) == "150.00"
    assert not page.rent_action.isEnabled()  # received once only
    assert posted


def test_cancel_a_booking_asks_first(page: PremisesPage, demo_office: Office, answer_yes):
    booking_id = bookings.save_booking(
        demo_office,
        BookingForm(
            room_id=room(demo_office, "Conference"),
            starts_at=datetime(2020, 12, 11, 9),
            ends_at=datetime(2020, 12, 11, 13),
            purpose="rental",
            organization="OSCE",
        ),
    )
    page.reload()
    page.select_booking(booking_id)
    page.table.setFocus()
    page.delete_action.trigger()
    assert "2020-12-11 09:00" in answer_yes["question"][-1]
    assert page.model.rowCount() == 0


def test_the_register_calendar_shows_bookings_too(qtbot, demo_office: Office):
    from rocb_desk.ui.events.tab import EventsTab

    tab = EventsTab(demo_office)
    qtbot.addWidget(tab)
    tab.premises.show_month(date(2020, 12, 1))
    bookings.save_booking(
        demo_office,
        BookingForm(
            room_id=room(demo_office, "Conference"),
            starts_at=datetime(2020, 12, 22, 9),
            ends_at=datetime(2020, 12, 22, 13),
            purpose="rental",
            organization="OSCE",
        ),
    )
    tab.premises.bookingsChanged.emit()
    calendar = tab.register.calendar.calendar
    calendar.setCurrentPage(2020, 12)
    assert calendar.dateTextFormat(QDate(2020, 12, 22)).fontUnderline()
    assert "booking" in calendar.dateTextFormat(QDate(2020, 12, 22)).toolTip()
