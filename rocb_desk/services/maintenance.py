"""Keeping an office sound: the integrity check, and (from services/backups.py) backups
and restores.

`check` answers one question: is anything wrong with the office's data? `examine` says
also what is worth knowing but wrong with nothing (notices): a file in the attachments
folder that no record names, which an interrupted import legitimately leaves behind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..db import engine as dbengine
from ..domain.errors import QT_TRANSLATE_NOOP, Message
from .attachments import attachment_problems, unrecorded_files
from .audit import chain_problems
from .backups import (  # noqa: F401 - the backup functions are reached through here too
    BACKUP_FORMAT,
    DB_MEMBER,
    FILES_PREFIX,
    MANIFEST,
    MAX_UNPACKED_BYTES,
    anchor_problems,
    automatic_backup,
    automatic_backups,
    backup,
    daily_backup_due,
    office_has_data,
    restore,
    verify_backup,
)
from .books.years import closed_year_problems
from .office import Office, schema_problems

_AUDIT_UNGUARDED = QT_TRANSLATE_NOOP(
    "Errors",
    "The protection {name} is missing from the database: "
    "the audit trail could be changed without a trace.",
)
_YEAR_UNGUARDED = QT_TRANSLATE_NOOP(
    "Errors",
    "The protection {name} is missing from the database: "
    "the books of a closed financial year could be changed.",
)
_SUMS_UNKEPT = QT_TRANSLATE_NOOP(
    "Errors",
    "The protection {name} is missing from the database: "
    "closing and reopening a financial year no longer keeps its stored sums.",
)
REFUSES = "RAISE(ABORT"
KEEPS_SUMS = "CLOSED_YEAR_SUM"
# The SQLite triggers of migrations 0010 and 0012: what each one's absence leaves open,
# and what its SQL must say to still do its work (refuse the change; keep the sums).
PROTECTIONS = {
    "audit_entry_no_update": (_AUDIT_UNGUARDED, REFUSES),
    "audit_entry_no_delete": (_AUDIT_UNGUARDED, REFUSES),
    **{
        f"{table}_closed_{operation}": (_YEAR_UNGUARDED, REFUSES)
        for table in ("ledger_entry", "budget_line")
        for operation in ("insert", "update", "delete")
    },
    **{
        f"financial_year_sums_on_{when}": (_SUMS_UNKEPT, KEEPS_SUMS)
        for when in ("close", "reopen", "insert")
    },
}


def protection_problems(office: Office) -> list[Message]:
    """A trigger of the office's protections that someone dropped, or replaced by one that
    no longer refuses anything (SQLite offices)."""
    present = dbengine.triggers(office.engine)
    if present is None:
        return []  # a server's catalogue belongs to its administrator
    return [
        Message(text, params={"name": name})
        for name, (text, says) in PROTECTIONS.items()
        if says not in present.get(name, "").upper().replace(" ", "")
    ]


# Checks after the schema and the database itself: each reads tables they vouch for.
EXTRA_CHECKS: list[Callable[[Office], list[Message]]] = [
    protection_problems,
    chain_problems,
    closed_year_problems,
    anchor_problems,
]


@dataclass(frozen=True)
class CheckResult:
    """What `check` found: problems (the office is not sound) and notices (it is, but
    something is worth knowing, such as an orphaned file an interrupted import left)."""

    problems: list[Message] = field(default_factory=list)
    notices: list[Message] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not self.problems


def examine(office: Office) -> CheckResult:
    """The full check: problems and notices."""
    problems = list(schema_problems(office))
    for complaint in dbengine.integrity_problems(office.engine):
        problems.append(
            Message(
                QT_TRANSLATE_NOOP("Errors", "Database integrity: {detail}"),
                params={"detail": complaint},
            )
        )
    if problems:
        # The other checks read tables an old or damaged schema may lack.
        return CheckResult(problems)
    problems += attachment_problems(office)
    for extra in EXTRA_CHECKS:
        problems += extra(office)
    return CheckResult(problems, unrecorded_files(office))


def check(office: Office) -> list[Message]:
    """Every problem found; an empty list means the office is sound (notices aside)."""
    return examine(office).problems
