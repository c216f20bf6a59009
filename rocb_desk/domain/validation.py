"""Field rules shared by every form, import and command."""

from __future__ import annotations

import re
from datetime import date

from .errors import QT_TRANSLATE_NOOP, FieldError, Message

# Deliberately simple: one @, a dot in the domain, no spaces. Real delivery is the proof.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_ISO2 = re.compile(r"^[A-Z]{2}$")

REQUIRED = QT_TRANSLATE_NOOP("Errors", "This field is required.")
BAD_EMAIL = QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not a valid e-mail address.")
BAD_ISO = QT_TRANSLATE_NOOP("Errors", "The ISO code is two letters, for example MD.")
BAD_URL = QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not a web address.")
BAD_RANGE = QT_TRANSLATE_NOOP("Errors", "The end date is before the start date.")
BAD_NUMBER = QT_TRANSLATE_NOOP("Errors", "Enter a whole number of zero or more.")


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


def normalize_iso(text: str) -> str:
    return text.strip().upper()


def is_iso2(text: str) -> bool:
    return bool(_ISO2.match(text))


def check_required(field_name: str, value: object) -> FieldError | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return FieldError(field_name, Message(REQUIRED))
    return None


def check_email(field_name: str, value: str | None) -> FieldError | None:
    if value and not is_email(value.strip()):
        return FieldError(field_name, Message(BAD_EMAIL, params={"value": value.strip()}))
    return None


def check_date_range(field_name: str, start: date | None, end: date | None) -> FieldError | None:
    if start and end and end < start:
        return FieldError(field_name, Message(BAD_RANGE))
    return None


def check_url(field_name: str, value: str | None) -> FieldError | None:
    """A web address: no spaces and a dot in the host ('www.wcoomd.org', 'https://...')."""
    if value and (" " in value.strip() or "." not in value):
        return FieldError(field_name, Message(BAD_URL, params={"value": value.strip()}))
    return None
