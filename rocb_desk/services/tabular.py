"""Rows of a CSV or XLSX file keyed by their column headers: what every import reads first.

Headers are matched case-insensitively and in any order; rows are numbered as the user
sees them in the file (the header is row 1, blank lines count). A file that cannot be read, for whatever
reason a damaged or hostile file gives, is refused with one message naming it.

The files come from outside the office, so they are parsed in the sandbox's worker
process (`sandbox.read`): the functions marked "in the worker" below run there and
return plain values; the checks run in the caller's process. The RTC import reads its
workbook sheets and Word tables the same way.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain.errors import QT_TRANSLATE_NOOP, FieldError, Message, OfficeError, ValidationError
from . import sandbox

MAX_UNPACKED_BYTES = sandbox.MAX_UNPACKED_BYTES  # an office workbook is a few MB
MAX_CSV_BYTES = 20 * 1024**2  # ten thousand rows of a list are a megabyte or two
# Rows after the header. Reading a workbook costs about 0.25 ms a row here, so 10,000
# rows fit the reader's 4 s; CSV reads forty times faster, enough for a whole archive's
# index (50,000 letters) or a busy year's ledger in one file.
MAX_ROWS = 10_000
MAX_CSV_ROWS = 100_000
MAX_COLUMNS = 1_000  # a list has a dozen; Excel's sheets may have 16,384
MAX_CELL_CHARS = 32_767  # Excel's own limit: a longer cell was not written by a person
MAX_WORD_CELL_CHARS = 100_000  # a Word table cell: some fifty pages

UNREADABLE = QT_TRANSLATE_NOOP("Errors", "{path} cannot be read as a CSV or XLSX file: {reason}")
EMPTY = QT_TRANSLATE_NOOP("Errors", "{path} has no header row and no entries.")
NO_ENTRIES = QT_TRANSLATE_NOOP("Errors", "{path} has a header row but no entries.")
MISSING_COLUMN = QT_TRANSLATE_NOOP(
    "Errors", "The column \u201c{value}\u201d is missing from the header row."
)
WRONG_SUFFIX = QT_TRANSLATE_NOOP("Errors", "{path}: only .csv and .xlsx files can be imported.")
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Errors", "{path} has more than {limit} rows; import it in several smaller files."
)
TOO_MANY_WORKBOOK_ROWS = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} has more than {limit} rows, more than an Excel file is read at once: save it "
    "as CSV (up to {csv_limit} rows) or import it in several smaller files.",
)
CELL_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "{path}, row {row}: a cell holds more than {limit} characters."
)


@dataclass
class PreviewRow:
    row: int  # as the user sees it in the file: the header is row 1
    values: dict[str, Any]
    errors: list[FieldError] = field(default_factory=list)


# --- in the worker ---


def _cell(value: Any) -> Any:
    """Spreadsheet cells as the checks expect them: dates as dates, numbers exact, text
    as text (a formula-like "=HYPERLINK(...)" stays the text it is, never evaluated)."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            return repr(value)  # "inf", "nan": text the checks refuse as a number
        return str(Decimal(repr(value)))  # 12.3 stays 12.3; 12.345 is refused as three decimals
    if isinstance(value, int | Decimal):  # bool included: "True" is no amount
        return str(value)
    if isinstance(value, time):
        return value.isoformat()
    return str(value)  # timedelta and anything else a cell may hold: as text


def _plain(value: Any) -> Any:
    """A cell kept as read (the RTC checks take numbers and dates), but only plain types."""
    if value is None or isinstance(value, str | int | float | date):
        return value
    return str(value)  # a time, a timedelta: as text


def _decode(data: bytes) -> str:
    """UTF-8 (what "CSV UTF-8" writes), UTF-16 (Excel's "Unicode Text", with or without
    its BOM), else Windows-1251: what Excel on a Russian Windows writes as plain "CSV".
    Bytes that fit none are refused as unreadable, and so is text holding NUL."""
    head = data[:4096]
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16")
        elif head.count(0) * 4 > len(head):  # ASCII in UTF-16: every other byte is zero
            even_zeros = head[0::2].count(0)
            text = data.decode("utf-16-be" if even_zeros > head[1::2].count(0) else "utf-16-le")
        else:
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = data.decode("cp1251")
    except UnicodeDecodeError as exc:
        raise sandbox.Unreadable(
            f"byte {exc.start + 1} is not text in UTF-8, UTF-16 or Windows-1251"
        ) from None
    if "\x00" in text:
        raise sandbox.Unreadable("the file holds NUL characters: it is not a text table")
    return text


def _checked(rows: list[list[Any]], number: int, row: list[Any], path: str, limit: int) -> None:
    """Append one row, refusing what no import should hold in memory."""
    if path.lower().endswith(".csv"):
        if number > MAX_CSV_ROWS + 1:
            raise OfficeError(TOO_MANY_ROWS, path=path, limit=MAX_CSV_ROWS)
    elif number > MAX_ROWS + 1:
        raise OfficeError(TOO_MANY_WORKBOOK_ROWS, path=path, limit=MAX_ROWS, csv_limit=MAX_CSV_ROWS)
    while row and row[-1] in (None, ""):
        row.pop()
    if len(row) > MAX_COLUMNS:
        raise sandbox.Unreadable(f"row {number} has more than {MAX_COLUMNS} columns")
    for value in row:
        if isinstance(value, str) and len(value) > limit:
            raise OfficeError(CELL_TOO_LONG, path=path, row=number, limit=limit)
    rows.append(row)


def _delimiter(text: str) -> str:
    """The separator of the header line: "," ("CSV UTF-8"), ";" (Excel's "CSV" where the
    decimal mark is a comma, as in Russian) or a tab ("Unicode Text"). Only the header
    counts: the entries may hold any of them inside quotes ("=DDE(a;b)", "1,5 kg")."""
    header = text.lstrip("\ufeff").partition("\n")[0]
    counts = {mark: header.count(mark) for mark in (",", ";", "\t")}
    best = max(counts, key=lambda mark: counts[mark])  # a tie keeps the comma
    return best if counts[best] else ","


def _rows_from_csv(path: str) -> list[list[Any]]:
    with open(path, "rb") as stream:
        data = stream.read(MAX_CSV_BYTES + 1)
    if len(data) > MAX_CSV_BYTES:
        raise sandbox.Unreadable(f"the file is larger than {MAX_CSV_BYTES // 1024**2} MB")
    text = _decode(data)
    csv.field_size_limit(MAX_CELL_CHARS + 1)  # this worker's own csv module
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows: list[list[Any]] = []
    number = 0
    try:
        for number, row in enumerate(reader, start=1):  # noqa: B007 - read in except
            _checked(rows, number, row, path, MAX_CELL_CHARS)
    except csv.Error as exc:
        if "field larger" in str(exc):
            raise OfficeError(
                CELL_TOO_LONG, path=path, row=number + 1, limit=MAX_CELL_CHARS
            ) from None
        raise sandbox.Unreadable(f"row {number + 1}: {exc}") from None
    return rows


def _most_rows(path: str) -> int:
    """The most rows any sheet of the workbook has, counted in its XML without parsing it.

    openpyxl reads a sheet that does not state its size whole while opening the book,
    so a sheet of a million rows is refused from this count, before openpyxl sees it."""
    most = 0
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            name = info.filename.lower()
            if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                continue
            count, tail = 0, b""
            with archive.open(info) as stream:
                while chunk := stream.read(1 << 20):
                    block = tail + chunk  # a tag cut between two chunks is counted once
                    count += block.count(b"<row") + block.count(b":row ")
                    count -= tail.count(b"<row") + tail.count(b":row ")
                    tail = block[-8:]
            most = max(most, count)
    return most


def _open_workbook(path: str, max_rows: int, a_list: bool = True):  # noqa: ANN202
    """The workbook, open for reading (openpyxl is imported here, in the worker, only)."""
    problem = sandbox.check_ooxml(Path(path))
    if problem:
        raise sandbox.Unreadable(problem)
    if _most_rows(path) > max_rows:
        if a_list:  # one list too long: the user can split it, or save it as CSV
            raise OfficeError(
                TOO_MANY_WORKBOOK_ROWS, path=path, limit=max_rows - 1, csv_limit=MAX_CSV_ROWS
            )
        raise sandbox.Unreadable(f"a sheet has more than {max_rows} rows")
    import openpyxl
    import openpyxl.xml

    if not openpyxl.xml.DEFUSEDXML:  # OPENPYXL_DEFUSEDXML=False, or defusedxml missing
        raise sandbox.Unreadable("the safe XML parser (defusedxml) is not in use")
    return openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)


def _sheet_rows(sheet) -> Iterator[tuple]:  # noqa: ANN001
    """The rows as written: the size a sheet states is not trusted (a sheet claiming a
    million rows and 16,384 columns would be padded to that many empty cells)."""
    sheet.reset_dimensions()
    return sheet.iter_rows(values_only=True)


def _rows_from_xlsx(path: str) -> list[list[Any]]:
    workbook = _open_workbook(path, MAX_ROWS + 1)
    try:
        if not workbook.worksheets:
            raise sandbox.Unreadable("the workbook has no sheet")
        rows: list[list[Any]] = []
        for number, row in enumerate(_sheet_rows(workbook.worksheets[0]), 1):
            _checked(rows, number, [_cell(value) for value in row], path, MAX_CELL_CHARS)
        return rows
    finally:
        workbook.close()


def parse_table(path: str) -> list[list[Any]]:
    """In the worker: the first sheet of an XLSX file, or a CSV file, as rows of cells."""
    if path.lower().endswith(".csv"):
        return _rows_from_csv(path)
    return _rows_from_xlsx(path)


def parse_workbook_sheets(path: str, count: int, max_rows: int) -> list[tuple[str, list]]:
    """In the worker: the first `count` sheets of a workbook, each (title, rows)."""
    workbook = _open_workbook(path, max_rows, a_list=False)
    try:
        sheets = []
        for sheet in workbook.worksheets[:count]:
            rows: list[tuple[Any, ...]] = []
            for row in _sheet_rows(sheet):
                rows.append(tuple(_plain(value) for value in row))
                if len(rows) > max_rows:
                    raise sandbox.Unreadable(
                        f"the sheet {sheet.title} has more than {max_rows} rows"
                    )
                if any(isinstance(v, str) and len(v) > MAX_CELL_CHARS for v in rows[-1]):
                    raise OfficeError(CELL_TOO_LONG, path=path, row=len(rows), limit=MAX_CELL_CHARS)
            sheets.append((str(sheet.title), rows))
        return sheets
    finally:
        workbook.close()


def parse_word_tables(path: str, count: int, max_rows: int) -> list[tuple[str, list]]:
    """In the worker: the first `count` tables of a Word document, each named by the
    heading above it."""
    problem = sandbox.check_ooxml(Path(path))
    if problem:
        raise sandbox.Unreadable(problem)
    import docx
    from docx.table import Table as WordTable
    from docx.text.paragraph import Paragraph as WordParagraph

    word = docx.Document(path)
    sheets: list[tuple[str, list]] = []
    heading = ""
    for element in word.element.body.iterchildren():
        if element.tag.endswith("}p"):
            paragraph = WordParagraph(element, word)
            if paragraph.style is not None and str(paragraph.style.name).startswith("Heading"):
                heading = paragraph.text.strip()
        elif element.tag.endswith("}tbl"):
            if len(element.tr_lst) > max_rows:  # counted before any cell is read
                raise sandbox.Unreadable(f"the table {heading} has more than {max_rows} rows")
            rows = [tuple(cell.text for cell in row.cells) for row in WordTable(element, word).rows]
            for number, row in enumerate(rows, start=1):
                if any(len(text) > MAX_WORD_CELL_CHARS for text in row):
                    raise OfficeError(
                        CELL_TOO_LONG, path=path, row=number, limit=MAX_WORD_CELL_CHARS
                    )
            sheets.append((heading or str(len(sheets) + 1), rows))
            if len(sheets) == count:
                break
    return sheets


# --- in the caller's process ---


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
    rows = sandbox.read(parse_table, path, unreadable=UNREADABLE)
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
