"""Events the office organized, supported or attended; their participants; its rooms."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, utc_now


class Event(Base):
    __tablename__ = "event"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="end_after_start"),
        CheckConstraint(
            "(participants IS NULL OR participants >= 0) AND (countries IS NULL OR countries >= 0)",
            name="counts_not_negative",
        ),
        # A financial year's events are one index range, in the order the report lists them.
        Index("ix_event_start", "start_date", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title_en: Mapped[str] = mapped_column(String(400), default="")
    title_ru: Mapped[str] = mapped_column(String(400), default="")
    kind: Mapped[str] = mapped_column(String(20))
    modality: Mapped[str] = mapped_column(String(20))
    venue: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    start_date: Mapped[date]
    end_date: Mapped[date]
    delivered_by_wco: Mapped[bool] = mapped_column(default=False)
    # Typed counts, used while the event has no participant list.
    participants: Mapped[int | None]
    countries: Mapped[int | None]
    narrative_en: Mapped[str] = mapped_column(Text, default="")
    narrative_ru: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class EventRole(Base):
    """One of the office's roles in an event (organized, financially supported...)."""

    __tablename__ = "event_role"
    __table_args__ = (Index("ix_event_role_role", "role", "event_id"),)

    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(30), primary_key=True)


class EventPartner(Base):
    __tablename__ = "event_partner"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), primary_key=True
    )
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id"), primary_key=True, index=True)


class EventBeneficiary(Base):
    """A member administration the event served."""

    __tablename__ = "event_beneficiary"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), primary_key=True, index=True)


class EventExpert(Base):
    """An expert of the Regional Experts Database who delivered the event."""

    __tablename__ = "event_expert"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), primary_key=True
    )
    expert_id: Mapped[int] = mapped_column(ForeignKey("expert.id"), primary_key=True, index=True)


class EventDocument(Base):
    """A file kept with an event: its agenda, a presentation, the final report."""

    __tablename__ = "event_document"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), primary_key=True
    )
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id"), primary_key=True)
    label: Mapped[str] = mapped_column(String(200), default="")


class Participant(Base):
    __tablename__ = "participant"
    __table_args__ = (Index("ix_participant_event", "event_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    # The administration as a member of the Directory where it is one, else as written.
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    administration: Mapped[str] = mapped_column(String(300), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    gender: Mapped[str] = mapped_column(String(10), default="")
    attendance: Mapped[str] = mapped_column(String(12), default="registered")


class Room(Base):
    """A room of the office's premises (Annex IV): booked for events or rented out."""

    __tablename__ = "room"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_en: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200), default="")
    seats: Mapped[int]
    active: Mapped[bool] = mapped_column(default=True)


class RoomBooking(Base):
    __tablename__ = "room_booking"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        Index("ix_room_booking_room_time", "room_id", "starts_at"),
        UniqueConstraint("income_entry_id", name="uq_room_booking_income_entry"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    # Local office time: a booking is for a day and hours in Baku, not an instant.
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    purpose: Mapped[str] = mapped_column(String(20))  # own_event, rental
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"))
    organization: Mapped[str] = mapped_column(String(300), default="")
    rent: Mapped[Decimal | None]
    income_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("ledger_entry.id", ondelete="SET NULL")
    )
    note: Mapped[str] = mapped_column(Text, default="")
