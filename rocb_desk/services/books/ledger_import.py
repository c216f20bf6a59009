"""Import of ledger entries from CSV or XLSX (the format of cli.md): all or nothing.

Every row is checked before anything is written; a file with one bad row in a thousand
writes nothing and names that row, its column and the reason.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

from ...domain.access import Permission
from ...domain.errors import FieldError, Message, ValidationError
from ...domain.money import MoneyFormatError
from ..access import require
from ..office import Office
from ..tabular import PreviewRow, read_rows
from .ledger import (
    DUPLICATE_VOUCHER,
    CheckedEntry,
    Lookups,
    check_entry,
    voucher_taken,
    write_entries,
)

COLUMNS = ("date", "type", "code", "amount", "description", "counterparty", "reference", "method")
REQUIRED_COLUMNS = ("date", "type", "code", "amount")

__all__ = ["COLUMNS", "PreviewRow", "import_ledger", "preview"]


def _absurd_amount(value: object) -> bool:
    """An amount past a trillion euros: parse_money's quantize raises InvalidOperation
    (not its MoneyFormatError) beyond 28 digits, so a file's "1e309" is refused here."""
    try:
        amount = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return False  # not a number at all: check_entry says so
    return amount.is_finite() and amount.adjusted() >= 12


def read_file(path: Path) -> list[PreviewRow]:
    """The file's entries keyed by column name; refuses what is not a ledger file."""
    return read_rows(path, COLUMNS, REQUIRED_COLUMNS)


def preview(office: Office, path: Path) -> tuple[list[PreviewRow], list[CheckedEntry]]:
    """Every row with its refusals, and the entries that would be written if none."""
    rows = read_file(path)
    checked: list[CheckedEntry] = []
    with office.reading() as session:
        lookups = Lookups(session)
        seen: set[tuple[int, str]] = set()
        for row in rows:
            if _absurd_amount(row.values.get("amount")):
                error = MoneyFormatError(str(row.values.get("amount")))
                row.errors = [FieldError("amount", error.message, row.row)]
                continue
            entry, row.errors = check_entry(session, row.values, lookups, row=row.row)
            if entry is None:
                continue
            if entry.voucher:
                key = (entry.year.start_year, entry.voucher)
                if key in seen or voucher_taken(session, entry.year, entry.voucher, None):
                    row.errors.append(
                        FieldError(
                            "reference",
                            Message(
                                DUPLICATE_VOUCHER,
                                params={"value": entry.voucher, "year": entry.year.name},
                            ),
                            row.row,
                        )
                    )
                    continue
                seen.add(key)
            checked.append(entry)
    return rows, checked


def import_ledger(office: Office, path: Path) -> list[int]:
    """Import the whole file or nothing; returns the new entries' ids."""
    require(office, Permission.BOOKS)  # before reading a file that could not be imported
    rows, checked = preview(office, path)
    errors = [error for row in rows for error in row.errors]
    if errors:
        raise ValidationError(errors)
    return write_entries(office, checked, action="import")
