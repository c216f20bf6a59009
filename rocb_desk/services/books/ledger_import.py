"""Import of ledger entries from CSV or XLSX (the format of cli.md): all or nothing.

Every row is checked before anything is written; a file with one bad row in a thousand
writes nothing and names that row, its column and the reason.
"""

from __future__ import annotations

import csv
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from ...domain.errors import QT_TRANSLATE_NOOP, FieldError, Message, OfficeError, ValidationError
from ..office import Office
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
MAX_UNPACKED_BYTES = 200 * 1024**2  # a ledger workbook is a few MB; more is not a ledger

UNREADABLE = QT_TRANSLATE_NOOP("Errors", "{path} cannot be read as a CSV or XLSX ledger: {reason}")
EMPTY = QT_TRANSLATE_NOOP("Errors", "{path} has no header row and no entries.")
NO_ENTRIES = QT_TRANSLATE_NOOP("Errors", "{path} has a header row but no entries.")
MISSING_COLUMN = QT_TRANSLATE_NOOP(
    "Errors", "The column \u201c{value}\u201d is missing from the header row."
)
WRONG_SUFFIX = QT_TRANSLATE_NOOP("Errors", "{path}: only .csv and .xlsx files can be imported.")


@dataclass
class PreviewRow:
    row: int  # as the user sees it in the file: the header is row 1
    values: dict[str, Any]
    errors: list[FieldError] = field(default_factory=list)


def _cell(value: Any) -> Any:
    """Spreadsheet cells as the checks expect them: dates as dates, numbers exact."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, float):
        return str(Decimal(repr(value)))  # 12.3 stays 12.3; 12.345 is refused as three decimals
    if isinstance(value, int):
        return str(value)
    return value


def _rows_from_csv(path: Path) -> list[list[Any]]:
    text = path.read_text(encoding="utf-8-sig")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(text.splitlines(), dialect)]


def _rows_from_xlsx(path: Path) -> list[list[Any]]:
    with zipfile.ZipFile(path) as archive:  # refuse a zip bomb before openpyxl unpacks it
        if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
            raise ValueError("the workbook unpacks to more than 200 MB")
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        return [[_cell(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def read_file(path: Path) -> list[PreviewRow]:
    """The file's entries keyed by column name; refuses what is not a ledger file."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise OfficeError(WRONG_SUFFIX, path=str(path))
    try:
        rows = _rows_from_csv(path) if suffix == ".csv" else _rows_from_xlsx(path)
    except Exception as exc:  # noqa: BLE001 - any damage to the file is "cannot be read"
        raise OfficeError(
            UNREADABLE, path=str(path), reason=str(exc) or type(exc).__name__
        ) from None
    rows = [row for row in rows if any(value not in (None, "") for value in row)]
    if not rows:
        raise OfficeError(EMPTY, path=str(path))
    header = [str(name or "").strip().lower() for name in rows[0]]
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise ValidationError(
            [
                FieldError(name, Message(MISSING_COLUMN, params={"value": name}), 1)
                for name in missing
            ]
        )
    if len(rows) == 1:
        raise OfficeError(NO_ENTRIES, path=str(path))
    positions = {name: header.index(name) for name in COLUMNS if name in header}
    return [
        PreviewRow(
            number, {name: (row[i] if i < len(row) else None) for name, i in positions.items()}
        )
        for number, row in enumerate(rows[1:], start=2)
    ]


def preview(office: Office, path: Path) -> tuple[list[PreviewRow], list[CheckedEntry]]:
    """Every row with its refusals, and the entries that would be written if none."""
    rows = read_file(path)
    checked: list[CheckedEntry] = []
    with office.reading() as session:
        lookups = Lookups(session)
        seen: set[tuple[int, str]] = set()
        for row in rows:
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
    rows, checked = preview(office, path)
    errors = [error for row in rows for error in row.errors]
    if errors:
        raise ValidationError(errors)
    return write_entries(office, checked, action="import")
