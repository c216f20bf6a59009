"""The office's trust settings: when an idle window locks, how many automatic backups stay.

Kept in the office database (not in one user's preferences), so that every desk of the
office locks alike; only an administrator changes them, and each change is audited.
"""

from __future__ import annotations

from ..db.models import OfficeSetting
from ..domain.access import Permission
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from . import audit
from .office import Office

IDLE_MINUTES = "trust.idle_minutes"  # 0: the window never locks by itself
BACKUPS_KEPT = "trust.backups_kept"  # automatic backups kept in the office's backups folder

DEFAULT_IDLE_MINUTES = 15
DEFAULT_BACKUPS_KEPT = 10
IDLE_RANGE = (0, 240)
KEPT_RANGE = (1, 100)

BAD_IDLE = QT_TRANSLATE_NOOP(
    "Errors", "The idle time is a whole number of minutes from 0 (never lock) to 240."
)
BAD_KEPT = QT_TRANSLATE_NOOP(
    "Errors", "The number of automatic backups kept is a whole number from 1 to 100."
)


def _read(office: Office, key: str, default: int, bounds: tuple[int, int]) -> int:
    with office.reading() as session:
        row = session.get(OfficeSetting, key)
    try:
        value = int(row.value) if row is not None else default
    except ValueError:
        return default  # a value someone wrote by hand is not a reason to fail the window
    low, high = bounds
    return value if low <= value <= high else default


def _whole(value: object) -> int | None:
    """An int from a spin box, a script or the command line; None when it is not whole."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    return None


def _write(
    office: Office,
    key: str,
    field: str,
    value: object,
    bounds: tuple[int, int],
    refusal: str,
    default: int,
) -> None:
    number = _whole(value)
    low, high = bounds
    if number is None or not low <= number <= high:
        raise ValidationError.single(field, refusal)
    before = _read(office, key, default, bounds)
    with office.transaction(Permission.ADMINISTER) as session:
        row = session.get(OfficeSetting, key)
        if row is None:
            session.add(OfficeSetting(key=key, value=str(number)))
        elif row.value == str(number):
            return
        else:
            row.value = str(number)
        audit.record(
            session,
            office.actor,
            "settings",
            "trust_settings",
            None,
            {field: before},
            {field: number},
        )


def idle_minutes(office: Office) -> int:
    """Minutes without input after which the window locks; 0 means it never does."""
    return _read(office, IDLE_MINUTES, DEFAULT_IDLE_MINUTES, IDLE_RANGE)


def set_idle_minutes(office: Office, minutes: int) -> None:
    _write(
        office, IDLE_MINUTES, "idle_minutes", minutes, IDLE_RANGE, BAD_IDLE, DEFAULT_IDLE_MINUTES
    )


def backups_kept(office: Office) -> int:
    """How many automatic backups (on closing, daily) the backups folder keeps."""
    return _read(office, BACKUPS_KEPT, DEFAULT_BACKUPS_KEPT, KEPT_RANGE)


def set_backups_kept(office: Office, count: int) -> None:
    _write(office, BACKUPS_KEPT, "backups_kept", count, KEPT_RANGE, BAD_KEPT, DEFAULT_BACKUPS_KEPT)
