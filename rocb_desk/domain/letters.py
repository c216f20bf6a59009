"""The vocabularies of the correspondence register, stored by value, shown by label."""

from __future__ import annotations

from enum import StrEnum

from .errors import QT_TRANSLATE_NOOP


class Direction(StrEnum):
    INCOMING = "in"
    OUTGOING = "out"


class Restriction(StrEnum):
    """Who may read a letter, from everyone to named accounts (the order matters)."""

    PUBLIC = "public"
    MEMBERS = "members"
    INTERNAL = "internal"
    CONFIDENTIAL = "confidential"


class LetterStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    RECEIVED = "received"
    ANSWERED = "answered"


class LetterLanguage(StrEnum):
    ENGLISH = "en"
    RUSSIAN = "ru"


class CorrespondentKind(StrEnum):
    MEMBER = "member"
    PARTNER = "partner"
    RTC = "rtc"
    NAME = "name"  # anyone else, written out


DIRECTION_LABELS = {
    Direction.INCOMING: QT_TRANSLATE_NOOP("Letters", "Incoming"),
    Direction.OUTGOING: QT_TRANSLATE_NOOP("Letters", "Outgoing"),
}
RESTRICTION_LABELS = {
    Restriction.PUBLIC: QT_TRANSLATE_NOOP("Letters", "Public"),
    Restriction.MEMBERS: QT_TRANSLATE_NOOP("Letters", "Members only"),
    Restriction.INTERNAL: QT_TRANSLATE_NOOP("Letters", "Internal"),
    Restriction.CONFIDENTIAL: QT_TRANSLATE_NOOP("Letters", "Confidential"),
}
STATUS_LABELS = {
    LetterStatus.DRAFT: QT_TRANSLATE_NOOP("Letters", "Draft"),
    LetterStatus.SENT: QT_TRANSLATE_NOOP("Letters", "Sent"),
    LetterStatus.RECEIVED: QT_TRANSLATE_NOOP("Letters", "Received"),
    LetterStatus.ANSWERED: QT_TRANSLATE_NOOP("Letters", "Answered"),
}
LANGUAGE_LABELS = {
    LetterLanguage.ENGLISH: QT_TRANSLATE_NOOP("Letters", "English"),
    LetterLanguage.RUSSIAN: QT_TRANSLATE_NOOP("Letters", "Russian"),
}
