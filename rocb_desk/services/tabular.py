"""Rows of a CSV or XLSX file keyed by their column headers: what every import reads first.

Headers are matched case-insensitively and in any order; rows are numbered as the user
sees them in the file (the header is row 1, blank lines count). A file that cannot be read, for whatever
reason a damaged or hostile file gives, is refused with one message naming it.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain.errors import QT_TRANSLATE_NOOP, FieldError, Message, OfficeError, ValidationError

MAX_UNPACKED_BYTES = 200 * 1024**2  # an office workbook is a few MB; more is not one
MAX_CSV_BYTES = 100 * 1024**2

UNREADABLE = QT_TRANSLATE_NOOP("Errors", "{path} cannot be read as a CSV or XLSX file: {reason}")
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


def _decode(data: bytes) -> str:
    """UTF-8 (what "CSV UTF-8" writes), else Windows-1251: what Excel on a Russian
    Windows writes as plain "CSV". Bytes that fit neither are refused as unreadable."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1251")


def _rows_from_csv(path: Path) -> list[list[Any]]:
    if path.stat().st_size > MAX_CSV_BYTES:
        raise ValueError("the file is larger than 100 MB")
    text = _decode(path.read_bytes())
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return list(csv.reader(io.StringIO(text, newline=""), dialect))


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


def read_rows(
    path: Path,
    columns: tuple[str, ...],
    required: tuple[str, ...],
    aliases: dict[str, str] | None = None,
) -> list[PreviewRow]:
    """The file's rows keyed by the names in `columns`; refuses a file without `required`.

    `aliases` maps other header spellings (another language, say) to a column name.
    """
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise OfficeError(WRONG_SUFFIX, path=str(path))
    try:
        rows = _rows_from_csv(path) if suffix == ".csv" else _rows_from_xlsx(path)
    except Exception as exc:  # noqa: BLE001 - any damage to the file is "cannot be read"
        raise OfficeError(
            UNREADABLE, path=str(path), reason=str(exc) or type(exc).__name__
        ) from None
    # Blank lines are skipped, but every row keeps the number it has in the file.
    numbered = [
        (number, row)
        for number, row in enumerate(rows, start=1)
        if any(value not in (None, "") for value in row)
    ]
    if not numbered:
        raise OfficeError(EMPTY, path=str(path))
    header = [str(name or "").strip().lower() for name in numbered[0][1]]
    header = [(aliases or {}).get(name, name) for name in header]
    missing = [name for name in required if name not in header]
    if missing:
        raise ValidationError(
            [
                FieldError(name, Message(MISSING_COLUMN, params={"value": name}), 1)
                for name in missing
            ]
        )
    if len(numbered) == 1:
        raise OfficeError(NO_ENTRIES, path=str(path))
    positions = {name: header.index(name) for name in columns if name in header}
    return [
        PreviewRow(
            number, {name: (row[i] if i < len(row) else None) for name, i in positions.items()}
        )
        for number, row in numbered[1:]
    ]
