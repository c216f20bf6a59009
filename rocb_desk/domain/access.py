"""Who may do what: the roles of the office, their permissions and letter clearances.

Pure rules; the services enforce them (services/access.py), so the window and the
command line obey the same ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .errors import QT_TRANSLATE_NOOP
from .letters import Restriction


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    DIRECTOR = "director"
    OFFICE_MANAGER = "office-manager"
    OFFICER = "officer"
    READ_ONLY = "read-only"


ROLE_LABELS = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Access", "Administrator"),
    Role.DIRECTOR: QT_TRANSLATE_NOOP("Access", "Director"),
    Role.OFFICE_MANAGER: QT_TRANSLATE_NOOP("Access", "Office manager"),
    Role.OFFICER: QT_TRANSLATE_NOOP("Access", "Officer"),
    Role.READ_ONLY: QT_TRANSLATE_NOOP("Access", "Read-only"),
}


class Permission(StrEnum):
    EDIT = "edit"  # letters, events, the work plan's registers, the Directory
    BOOKS = "books"  # post, correct and import entries, budgets, close and reopen a year
    SIGN_OFF = "sign-off"  # the director's sign-off of the work plan
    ADMINISTER = "administer"  # accounts, login and backup settings, restore


PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: frozenset({Permission.EDIT, Permission.BOOKS, Permission.ADMINISTER}),
    Role.DIRECTOR: frozenset({Permission.EDIT, Permission.SIGN_OFF}),
    Role.OFFICE_MANAGER: frozenset({Permission.EDIT, Permission.BOOKS}),
    Role.OFFICER: frozenset({Permission.EDIT}),
    Role.READ_ONLY: frozenset(),
}

# The letters each role reads; confidential ones also by an account given that clearance.
_CLEARANCE: dict[Role, tuple[Restriction, ...]] = {
    Role.ADMINISTRATOR: tuple(Restriction),
    Role.DIRECTOR: tuple(Restriction),
    Role.OFFICE_MANAGER: (Restriction.PUBLIC, Restriction.MEMBERS, Restriction.INTERNAL),
    Role.OFFICER: (Restriction.PUBLIC, Restriction.MEMBERS, Restriction.INTERNAL),
    Role.READ_ONLY: (Restriction.PUBLIC, Restriction.MEMBERS),
}

DENIED = {
    Permission.EDIT: QT_TRANSLATE_NOOP(
        "Errors", "{user} ({role}) may read this office but not change it."
    ),
    Permission.BOOKS: QT_TRANSLATE_NOOP(
        "Errors",
        "{user} ({role}) may not post to the books or close a year: "
        "that is the office manager's or the administrator's work.",
    ),
    Permission.SIGN_OFF: QT_TRANSLATE_NOOP(
        "Errors", "{user} ({role}) may not sign off the work plan: only the director does."
    ),
    Permission.ADMINISTER: QT_TRANSLATE_NOOP(
        "Errors", "{user} ({role}) may not do this: it is the administrator's work."
    ),
}


@dataclass(frozen=True)
class Account:
    """The person acting in an open office."""

    name: str
    role: Role
    confidential: bool = False  # given the confidential clearance by name

    def may(self, permission: Permission) -> bool:
        return permission in PERMISSIONS[self.role]

    def readable(self) -> tuple[str, ...]:
        """The restriction levels of the letters this account may see."""
        levels = set(_CLEARANCE[self.role])
        if self.confidential:
            levels.add(Restriction.CONFIDENTIAL)
        return tuple(level.value for level in Restriction if level in levels)
