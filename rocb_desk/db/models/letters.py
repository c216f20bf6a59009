"""The correspondence register: letters in and out, their correspondents, tags, links,
attachments, and the text found inside each stored file."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, utc_now


class Letter(Base):
    __tablename__ = "letter"
    __table_args__ = (
        # A letter and its translation share their reference; each language once.
        UniqueConstraint("reference", "language", name="uq_letter_reference_language"),
        Index("ix_letter_numbering", "direction", "year", "number"),
        Index("ix_letter_date", "letter_date", "id"),
        CheckConstraint("number >= 1", name="number_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))  # in, out
    year: Mapped[int]  # the calendar year the number belongs to
    number: Mapped[int]
    reference: Mapped[str] = mapped_column(String(40))  # "2021/2", "IN-2021/14"
    language: Mapped[str] = mapped_column(String(2))
    sender_reference: Mapped[str] = mapped_column(String(100), default="")
    letter_date: Mapped[date]
    subject: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text, default="")  # the composer's markup
    restriction: Mapped[str] = mapped_column(String(15), default="members")
    status: Mapped[str] = mapped_column(String(10))
    circular: Mapped[bool] = mapped_column(default=False)
    # The same letter in the other language; both versions point at each other.
    translation_id: Mapped[int | None] = mapped_column(ForeignKey("letter.id", ondelete="SET NULL"))
    in_reply_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("letter.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class LetterCorrespondent(Base):
    """A sender or addressee: a member administration, a partner, an RTC, or a name."""

    __tablename__ = "letter_correspondent"
    __table_args__ = (
        CheckConstraint(
            "(kind = 'member' AND member_id IS NOT NULL) OR "
            "(kind = 'partner' AND partner_id IS NOT NULL) OR "
            "(kind = 'rtc' AND rtc_id IS NOT NULL) OR "
            "(kind = 'name' AND name <> '')",
            name="kind_has_its_record",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letter.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id"), index=True)
    rtc_id: Mapped[int | None] = mapped_column(ForeignKey("rtc.id"), index=True)
    name: Mapped[str] = mapped_column(String(300), default="")


class LetterTag(Base):
    __tablename__ = "letter_tag"
    __table_args__ = (Index("ix_letter_tag_tag", "tag", "letter_id"),)

    letter_id: Mapped[int] = mapped_column(
        ForeignKey("letter.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(60), primary_key=True)


class LetterEvent(Base):
    __tablename__ = "letter_event"

    letter_id: Mapped[int] = mapped_column(
        ForeignKey("letter.id", ondelete="CASCADE"), primary_key=True
    )
    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class LetterAttachment(Base):
    __tablename__ = "letter_attachment"

    letter_id: Mapped[int] = mapped_column(
        ForeignKey("letter.id", ondelete="CASCADE"), primary_key=True
    )
    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachment.id"), primary_key=True, index=True
    )
    # The name the file had when it was attached (the store knows it by its hash).
    file_name: Mapped[str] = mapped_column(String(300), default="")


class AttachmentText(Base):
    """What could be read inside a stored file, once per content (extracted, empty, failed...)."""

    __tablename__ = "attachment_text"

    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachment.id", ondelete="CASCADE"), primary_key=True
    )
    status: Mapped[str] = mapped_column(String(12))
    text: Mapped[str] = mapped_column(Text, default="")
