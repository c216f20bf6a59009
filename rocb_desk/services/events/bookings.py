"""The premises: the office's rooms booked for its own events or rented out.

A room holds one booking at a time: an overlapping booking is refused, naming the one
it collides with. The rent of a rental becomes an income entry of the books (kind
"rent"), posted and linked in the same transaction.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ... import i18n
from ...db.models import Event, LedgerEntry, Room, RoomBooking
from ...domain.access import Permission
from ...domain.books import IncomeKind
from ...domain.errors import QT_TRANSLATE_NOOP, FieldError, Message, OfficeError, ValidationError
from ...domain.events import BookingPurpose
from ...i18n import translate
from .. import audit
from ..books.ledger import Lookups, check_entry, insert_entries
from ..office import Office
from .queries import title_of
from .register import BAD_CHOICE

NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The booking no longer exists; it may have been removed.")
ENDS_BEFORE_START = QT_TRANSLATE_NOOP("Errors", "The booking must end after it starts.")
DOUBLE_BOOKED = QT_TRANSLATE_NOOP(
    "Errors", "{room} is already booked from {start} to {end} ({what})."
)
NEEDS_ORGANIZATION = QT_TRANSLATE_NOOP("Errors", "A rental needs the organization renting.")
NEEDS_EVENT = QT_TRANSLATE_NOOP("Errors", "A booking for the office's own event needs the event.")
NEGATIVE_RENT = QT_TRANSLATE_NOOP("Errors", "The rent cannot be negative.")
NO_ROOM = QT_TRANSLATE_NOOP("Errors", "Choose a room.")
NO_RENT = QT_TRANSLATE_NOOP("Errors", "The booking has no rent to receive.")
RENT_RECORDED = QT_TRANSLATE_NOOP("Errors", "The rent of this booking is already in the books.")
RENT_LOCKED = QT_TRANSLATE_NOOP(
    "Errors",
    "The rent of this booking is in the books: its rent, purpose and organization stay as "
    "they were posted (reverse the income entry in the books to correct it).",
)
RENT_DESCRIPTION = QT_TRANSLATE_NOOP("Events", "Rent of {room}, {day}: {organization}")


@dataclass
class BookingForm:
    room_id: int | None = None
    starts_at: datetime = field(default_factory=lambda: datetime.combine(date.today(), time(9)))
    ends_at: datetime = field(default_factory=lambda: datetime.combine(date.today(), time(18)))
    purpose: str = BookingPurpose.OWN_EVENT.value
    event_id: int | None = None
    organization: str = ""
    rent: Decimal | None = None
    note: str = ""


@dataclass(frozen=True)
class BookingLine:
    id: int
    room_id: int
    room: str
    starts_at: datetime
    ends_at: datetime
    purpose: str
    event_id: int | None
    event_title: str
    organization: str
    rent: Decimal | None
    income_entry_id: int | None
    received: Decimal | None  # the amount of the linked income entry


def _room_name(room: Room, lang: str) -> str:
    return room.name_ru if lang == "ru" and room.name_ru else room.name_en


def rooms(office: Office, lang: str) -> list[tuple[int, str]]:
    """Active rooms as "Conference hall (53 seats)", in the order of the premises."""
    with office.reading() as session:
        found = session.scalars(select(Room).where(Room.active.is_(True)).order_by(Room.id)).all()
    return [
        (
            room.id,
            translate("Events", "{room} ({seats} places)").format(
                room=_room_name(room, lang), seats=room.seats
            ),
        )
        for room in found
    ]


def _overlapping(session: Session, form: BookingForm, booking_id: int | None) -> RoomBooking | None:
    query = select(RoomBooking).where(
        RoomBooking.room_id == form.room_id,
        RoomBooking.starts_at < form.ends_at,
        RoomBooking.ends_at > form.starts_at,
    )
    if booking_id is not None:
        query = query.where(RoomBooking.id != booking_id)
    return session.scalars(query.order_by(RoomBooking.starts_at)).first()


def _check(
    session: Session, form: BookingForm, booking_id: int | None, lang: str
) -> list[FieldError]:
    errors: list[FieldError] = []
    form.organization = form.organization.strip()
    room = session.get(Room, form.room_id) if form.room_id is not None else None
    if room is None:
        errors.append(FieldError("room_id", Message(NO_ROOM)))
    if form.ends_at <= form.starts_at:
        errors.append(FieldError("ends_at", Message(ENDS_BEFORE_START)))
    if form.purpose == BookingPurpose.RENTAL.value:
        if not form.organization:
            errors.append(FieldError("organization", Message(NEEDS_ORGANIZATION)))
    elif form.event_id is None or session.get(Event, form.event_id) is None:
        errors.append(FieldError("event_id", Message(NEEDS_EVENT)))
    if form.rent is not None and form.rent < 0:
        errors.append(FieldError("rent", Message(NEGATIVE_RENT)))
    if room is not None and form.ends_at > form.starts_at:
        other = _overlapping(session, form, booking_id)
        if other is not None:
            errors.append(
                FieldError(
                    "room_id",
                    Message(
                        DOUBLE_BOOKED,
                        params={
                            "room": _room_name(room, lang),
                            "start": other.starts_at.strftime("%Y-%m-%d %H:%M"),
                            "end": other.ends_at.strftime("%Y-%m-%d %H:%M"),
                            "what": _describe(session, other, lang),
                        },
                    ),
                )
            )
    return errors


def _describe(session: Session, booking: RoomBooking, lang: str) -> str:
    if booking.event_id is not None:
        event = session.get(Event, booking.event_id)
        if event is not None:
            return title_of(event.title_en, event.title_ru, lang)
    return booking.organization


def save_booking(
    office: Office, form: BookingForm, booking_id: int | None = None, lang: str = "en"
) -> int:
    """Book a room, or change a booking; a double booking is refused at the room."""
    if form.purpose not in {p.value for p in BookingPurpose}:
        raise ValidationError.single("purpose", BAD_CHOICE, value=form.purpose)
    with office.transaction() as session:
        errors = _check(session, form, booking_id, lang)
        if errors:
            raise ValidationError(errors)
        if booking_id is None:
            booking = RoomBooking()
            session.add(booking)
            before = None
        else:
            booking = session.get(RoomBooking, booking_id)
            if booking is None:
                raise OfficeError(NOT_FOUND)
            before = _form(booking).__dict__.copy()
            if booking.income_entry_id is not None and (
                form.rent != booking.rent
                or form.purpose != booking.purpose
                or form.organization != booking.organization
            ):
                raise ValidationError.single("rent", RENT_LOCKED)
        for name, value in asdict(form).items():
            setattr(booking, name, value)
        if form.purpose == BookingPurpose.OWN_EVENT.value:
            booking.organization = ""
        else:
            booking.event_id = None
        session.flush()
        audit.record(
            session,
            office.actor,
            "create" if before is None else "update",
            "room_booking",
            booking.id,
            before=before,
            after=asdict(form),
        )
        return booking.id


def _form(booking: RoomBooking) -> BookingForm:
    return BookingForm(
        room_id=booking.room_id,
        starts_at=booking.starts_at,
        ends_at=booking.ends_at,
        purpose=booking.purpose,
        event_id=booking.event_id,
        organization=booking.organization,
        rent=booking.rent,
        note=booking.note,
    )


def load_booking(office: Office, booking_id: int) -> BookingForm:
    with office.reading() as session:
        booking = session.get(RoomBooking, booking_id)
        if booking is None:
            raise OfficeError(NOT_FOUND)
        return _form(booking)


def delete_booking(office: Office, booking_id: int) -> None:
    """Cancel a booking; a rent already received stays in the books."""
    with office.transaction() as session:
        booking = session.get(RoomBooking, booking_id)
        if booking is None:
            raise OfficeError(NOT_FOUND)
        before = asdict(_form(booking))
        session.delete(booking)
        audit.record(session, office.actor, "delete", "room_booking", booking_id, before=before)


def bookings(office: Office, first: date, last: date, lang: str) -> list[BookingLine]:
    """Bookings touching the days `first` to `last`, in time order."""
    start, end = datetime.combine(first, time()), datetime.combine(last + timedelta(days=1), time())
    with office.reading() as session:
        rows = session.execute(
            select(RoomBooking, Room, Event, LedgerEntry.amount)
            .join(Room, Room.id == RoomBooking.room_id)
            .outerjoin(Event, Event.id == RoomBooking.event_id)
            .outerjoin(LedgerEntry, LedgerEntry.id == RoomBooking.income_entry_id)
            .where(RoomBooking.starts_at < end, RoomBooking.ends_at > start)
            .order_by(RoomBooking.starts_at, Room.id)
        ).all()
        return [
            BookingLine(
                booking.id,
                room.id,
                _room_name(room, lang),
                booking.starts_at,
                booking.ends_at,
                booking.purpose,
                booking.event_id,
                title_of(event.title_en, event.title_ru, lang) if event is not None else "",
                booking.organization,
                booking.rent,
                booking.income_entry_id,
                received,
            )
            for booking, room, event, received in rows
        ]


def booking_days(office: Office, first: date, last: date) -> dict[date, int]:
    """How many bookings touch each day (the calendar's marks)."""
    days: dict[date, int] = {}
    for line in bookings(office, first, last, "en"):
        day = max(line.starts_at.date(), first)
        # A booking ending at midnight does not take the next day.
        final = min((line.ends_at - timedelta(microseconds=1)).date(), last)
        while day <= final:
            days[day] = days.get(day, 0) + 1
            day += timedelta(days=1)
    return days


def record_rent(office: Office, booking_id: int, on: date, method: str = "bank") -> int:
    """Post the rent of a rental as income of the books and link it to the booking."""
    with office.transaction(Permission.BOOKS) as session:
        booking = session.get(RoomBooking, booking_id)
        if booking is None:
            raise OfficeError(NOT_FOUND)
        if booking.income_entry_id is not None:
            raise OfficeError(RENT_RECORDED)
        if not booking.rent:
            raise OfficeError(NO_RENT)
        room = session.get(Room, booking.room_id)
        assert room is not None  # a booking's room cannot be deleted (foreign key)
        values = {
            "date": on,
            "type": "income",
            "code": IncomeKind.RENT.value,
            "amount": booking.rent,
            "counterparty": booking.organization,
            "description": translate("Events", RENT_DESCRIPTION).format(
                room=_room_name(room, i18n.current_language()),
                day=booking.starts_at.date().isoformat(),
                organization=booking.organization,
            ),
            "method": method,
        }
        checked, errors = check_entry(session, values, Lookups(session))
        if errors:
            raise ValidationError(errors)
        assert checked is not None
        (entry_id,) = insert_entries(session, office.actor, [checked], action="rent")
        booking.income_entry_id = entry_id
        audit.record(
            session,
            office.actor,
            "update",
            "room_booking",
            booking_id,
            {"income_entry_id": None},
            {"income_entry_id": entry_id},
        )
        return entry_id
