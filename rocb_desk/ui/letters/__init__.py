"""The Correspondence tab: the archive of letters, its search, the letter editor, the
composer of outgoing letters on the letterhead and the import of the scanned archive."""

from __future__ import annotations

from typing import Any

from ...domain.letters import (
    DIRECTION_LABELS,
    LANGUAGE_LABELS,
    RESTRICTION_LABELS,
    STATUS_LABELS,
    Direction,
    LetterLanguage,
    LetterStatus,
    Restriction,
)
from ...i18n import translate

VOCABULARIES: dict[str, tuple[type, dict[Any, str]]] = {
    "direction": (Direction, DIRECTION_LABELS),
    "language": (LetterLanguage, LANGUAGE_LABELS),
    "restriction": (Restriction, RESTRICTION_LABELS),
    "status": (LetterStatus, STATUS_LABELS),
}


def label(vocabulary: str, value: str) -> str:
    """The translated label of a stored value of `vocabulary` (the value itself if unknown)."""
    enum, labels = VOCABULARIES[vocabulary]
    try:
        return translate("Letters", labels[enum(value)])
    except ValueError:
        return value


def choices(vocabulary: str) -> list[tuple[str, str]]:
    """(value, translated label) of every value of `vocabulary`, in the domain's order."""
    _enum, labels = VOCABULARIES[vocabulary]
    return [(member.value, translate("Letters", text)) for member, text in labels.items()]


def other_language(language: str) -> str:
    return "ru" if language == "en" else "en"
