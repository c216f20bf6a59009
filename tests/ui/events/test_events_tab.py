"""The Events tab in the main window: its place, its state across a language change, and the
books and the events each reading the other's changes."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from rocb_desk.services.books import ledger
from rocb_desk.services.events import bookings, register
from rocb_desk.services.events.bookings import BookingForm
from rocb_desk.services.office import Office
from rocb_desk.ui.events.premises_page import RentDialog
from rocb_desk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_office: Office) -> MainWindow:
    main = MainWindow(demo_office)
    qtbot.addWidget(main)
    main.show()
    return main


def test_the_events_tab_follows_the_bookkeeping(window: MainWindow):
    books = window.tabs.indexOf(window.books_tab)
    assert window.tabs.indexOf(window.events_tab) == books + 1
    assert window.tabs.tabText(books + 1) == "&Events"
    assert window.events_tab.register.model.rowCount() == 14


def test_a_language_change_keeps_the_filters_and_the_page(window: MainWindow):
    tab = window.events_tab
    tab.register.text_edit.setText("Moldova")
    tab.register.kind_combo.setCurrentIndex(tab.register.kind_combo.findData("workshop"))
    tab.pages.setCurrentIndex(2)
    window.set_language("ru")
    tab = window.events_tab
    assert tab.register.text_edit.text() == "Moldova"
    assert tab.register.kind_combo.currentData() == "workshop"
    assert tab.pages.currentIndex() == 2
    assert tab.register.model.rowCount() == 2


def test_rent_recorded_in_the_premises_shows_in_the_ledger(
    window: MainWindow, demo_office: Office, monkeypatch
):
    hall = bookings.rooms(demo_office, "en")[0][0]
    booking_id = bookings.save_booking(
        demo_office,
        BookingForm(
            room_id=hall,
            starts_at=datetime(2020, 12, 10, 9),
            ends_at=datetime(2020, 12, 10, 13),
            purpose="rental",
            organization="Azerbaijan Customs Academy",
            rent=Decimal("150.00"),
        ),
    )
    premises = window.events_tab.premises
    window.tabs.setCurrentWidget(window.events_tab)
    window.events_tab.pages.setCurrentWidget(premises)  # as the user opens it
    premises.show_month(date(2020, 12, 1))
    premises.select_booking(booking_id)
    ledger_page = window.books_tab.ledger
    ledger_page.year_combo.setCurrentIndex(ledger_page.year_combo.findData(2020))
    shown = ledger_page.model.total
    monkeypatch.setattr(
        RentDialog, "ask", classmethod(lambda cls, *a: (date(2020, 12, 15), "bank"))
    )
    premises.record_rent()
    assert ledger_page.model.total == shown + 1
    assert ledger.entry_count(demo_office) == 68


def test_an_entry_deleted_in_the_books_leaves_the_event_costs(
    qtbot, window: MainWindow, demo_office
):
    page = window.events_tab.register
    page.text_edit.setText("AEO MRA")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)  # filtered once the typing pauses
    (cost,) = register.costs(demo_office, page.model.line_at(0).id)
    ledger.delete_entry(demo_office, cost.entry_id)
    window.books_tab.ledger.booksChanged.emit()
    assert page.model.line_at(0).cost == 0
