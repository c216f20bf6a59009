"""The office's address book: members, contact points, RTCs, partners, experts, e-Training."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base


class Member(Base):
    """A member administration of the WCO Europe Region."""

    __tablename__ = "member"

    id: Mapped[int] = mapped_column(primary_key=True)
    iso: Mapped[str] = mapped_column(String(2), unique=True)
    name_en: Mapped[str] = mapped_column(String(200), index=True)
    name_ru: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ContactPoint(Base):
    """A National Contact Point for Capacity Building. Replaced ones stay, with valid_until."""

    __tablename__ = "contact_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(80), default="")
    valid_from: Mapped[date | None]
    valid_until: Mapped[date | None]
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("contact_point.id"))

    member: Mapped[Member] = relationship()


class RegionalTrainingCenter(Base):
    __tablename__ = "rtc"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_en: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300), default="")
    short_en: Mapped[str] = mapped_column(String(80), default="")
    short_ru: Mapped[str] = mapped_column(String(80), default="")
    city_en: Mapped[str] = mapped_column(String(80), default="")
    city_ru: Mapped[str] = mapped_column(String(80), default="")
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    head: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    staff_count: Mapped[int | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    member: Mapped[Member | None] = relationship()
    contacts: Mapped[list[RtcContact]] = relationship(
        back_populates="rtc", cascade="all, delete-orphan", order_by="RtcContact.id"
    )


class RtcContact(Base):
    __tablename__ = "rtc_contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    rtc_id: Mapped[int] = mapped_column(ForeignKey("rtc.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(80), default="")

    rtc: Mapped[RegionalTrainingCenter] = relationship(back_populates="contacts")


class Partner(Base):
    """A partner organization: the WCO Secretariat, UNODC, OSCE, an academy..."""

    __tablename__ = "partner"

    id: Mapped[int] = mapped_column(primary_key=True)
    short: Mapped[str] = mapped_column(String(40), default="")
    name_en: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(40), default="other")
    website: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Expert(Base):
    """An entry of the Regional Experts Database (RED)."""

    __tablename__ = "expert"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    fields: Mapped[str] = mapped_column(Text, default="")  # one field of expertise a line
    languages: Mapped[str] = mapped_column(String(80), default="")  # ISO 639-1, comma separated
    email: Mapped[str] = mapped_column(String(200), default="")
    wco_accredited: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_to_share: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    member: Mapped[Member | None] = relationship()


class ETrainingAccount(Base):
    """An official registered for the office's e-Training platform via a contact point."""

    __tablename__ = "etraining_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    email: Mapped[str] = mapped_column(String(200))
    registered_on: Mapped[date | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    member: Mapped[Member | None] = relationship()
