"""The premises: four rooms, no double bookings, the rent received as income of the books."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from rocb_desk.domain.errors import OfficeError, ValidationError
from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services.books import ledger
from rocb_desk.services.books.statement import statement_document
from rocb_desk.services.events import bookings, register
from rocb_desk.services.events.bookings import BookingForm
from rocb_desk.services.office import Office


def _rental(
    room_id: int, start: datetime, end: datetime, rent: str | None = "300.00"
) -> BookingForm:
    return BookingForm(
        room_id=room_id,
        starts_at=start,
        ends_at=end,
        purpose="rental",
        organization="Caspian Logistics Forum",
        rent=Decimal(rent) if rent else None,
    )


@pytest.fixture
def hall(office: Office) -> int:
    return bookings.rooms(office, "en")[0][0]


def test_every_office_has_the_four_rooms_of_annex_iv(office: Office):
    labels = [label for _id, label in bookings.rooms(office, "en")]
    assert labels == [
        "Conference hall (53 places)",
        "Computer lab (20 places)",
        "Training class 1 (30 places)",
        "Training class 2 (30 places)",
    ]


def test_a_double_booking_is_refused_naming_the_other(office: Office, hall: int):
    bookings.save_booking(office, _rental(hall, datetime(2021, 6, 1, 9), datetime(2021, 6, 1, 13)))
    overlapping = _rental(hall, datetime(2021, 6, 1, 12), datetime(2021, 6, 1, 17))
    overlapping.organization = "Another company"
    with pytest.raises(ValidationError) as refused:
        bookings.save_booking(office, overlapping)
    (problem,) = refused.value.errors
    assert problem.field == "room_id"
    assert "Caspian Logistics Forum" in problem.message.english()
    # Back to back is not an overlap, and another room is free.
    bookings.save_booking(office, _rental(hall, datetime(2021, 6, 1, 13), datetime(2021, 6, 1, 17)))
    lab = bookings.rooms(office, "en")[1][0]
    bookings.save_booking(office, _rental(lab, datetime(2021, 6, 1, 12), datetime(2021, 6, 1, 17)))
    assert len(bookings.bookings(office, date(2021, 6, 1), date(2021, 6, 1), "en")) == 3


def test_moving_a_booking_does_not_collide_with_itself(office: Office, hall: int):
    form = _rental(hall, datetime(2021, 6, 1, 9), datetime(2021, 6, 1, 13))
    booking_id = bookings.save_booking(office, form)
    form.ends_at = datetime(2021, 6, 1, 15)
    bookings.save_booking(office, form, booking_id)
    assert bookings.load_booking(office, booking_id).ends_at == datetime(2021, 6, 1, 15)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"ends_at": datetime(2021, 6, 1, 8)}, "ends_at"),
        ({"organization": " "}, "organization"),
        ({"rent": Decimal("-5.00")}, "rent"),
        ({"purpose": "own_event", "event_id": None}, "event_id"),
    ],
)
def test_a_booking_that_makes_no_sense_is_refused(office: Office, hall: int, change, field):
    form = _rental(hall, datetime(2021, 6, 1, 9), datetime(2021, 6, 1, 13))
    for name, value in change.items():
        setattr(form, name, value)
    with pytest.raises(ValidationError) as refused:
        bookings.save_booking(office, form)
    assert field in [e.field for e in refused.value.errors]
    assert bookings.bookings(office, date(2021, 6, 1), date(2021, 6, 1), "en") == []


def test_the_office_books_a_room_for_its_own_event(office: Office, hall: int):
    event_id = register.save_event(
        office,
        register.EventForm(
            title_en="Cargo and container training",
            start_date=date(2021, 9, 6),
            end_date=date(2021, 9, 8),
        ),
    )
    form = BookingForm(
        room_id=hall,
        starts_at=datetime(2021, 9, 6, 9),
        ends_at=datetime(2021, 9, 8, 18),
        purpose="own_event",
        event_id=event_id,
    )
    bookings.save_booking(office, form)
    (line,) = bookings.bookings(office, date(2021, 9, 1), date(2021, 9, 30), "en")
    assert line.event_title == "Cargo and container training"
    days = bookings.booking_days(office, date(2021, 9, 1), date(2021, 9, 30))
    assert sorted(days) == [date(2021, 9, 6), date(2021, 9, 7), date(2021, 9, 8)]


def test_the_rent_becomes_income_linked_to_the_booking_once(office: Office, hall: int):
    booking_id = bookings.save_booking(
        office, _rental(hall, datetime(2021, 6, 1, 9), datetime(2021, 6, 1, 13))
    )
    entry_id = bookings.record_rent(office, booking_id, date(2021, 6, 2))
    values = ledger.entry_values(office, entry_id)
    assert values["type"] == "income" and values["code"] == "rent"
    assert Decimal(values["amount"]) == Decimal("300.00")
    (line,) = bookings.bookings(office, date(2021, 6, 1), date(2021, 6, 1), "en")
    assert (line.income_entry_id, line.received) == (entry_id, Decimal("300.00"))
    with pytest.raises(OfficeError):
        bookings.record_rent(office, booking_id, date(2021, 6, 3))
    assert ledger.entry_count(office) == 1
    # Posted rent keeps the booking's money side as it was booked.
    changed = bookings.load_booking(office, booking_id)
    changed.rent = Decimal("999.00")
    with pytest.raises(ValidationError) as refused:
        bookings.save_booking(office, changed, booking_id)
    assert refused.value.errors[0].field == "rent"
    moved = bookings.load_booking(office, booking_id)
    moved.ends_at = datetime(2021, 6, 1, 14)  # the hours may still change
    bookings.save_booking(office, moved, booking_id)
    # The statement's revenue shows the rent.
    document = statement_document(office, FinancialYear(2021), "en")
    revenue = next(t for t in document.tables() if t.columns[0].title == "Revenue")
    assert ("Rent of premises", Decimal("300.00")) in revenue.rows


def test_a_free_booking_has_no_rent_to_record(office: Office, hall: int):
    booking_id = bookings.save_booking(
        office, _rental(hall, datetime(2021, 6, 1, 9), datetime(2021, 6, 1, 13), rent=None)
    )
    with pytest.raises(OfficeError):
        bookings.record_rent(office, booking_id, date(2021, 6, 2))
    assert ledger.entry_count(office) == 0
