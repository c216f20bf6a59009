"""The Excel writer: one sheet per table, real numbers and dates, ready to filter.

openpyxl's write-only mode streams the sheets to disk, which is what makes a 200,000-line
ledger practical; its price is that column widths, panes and print settings must be
decided before the first row is written, so widths come from a sample of rows. openpyxl
writes each sheet's title and header; the rows under the header are written as text by
_xlsx_rows, some forty times faster than openpyxl cell by cell, in openpyxl's styles.
"""

from __future__ import annotations

import contextlib
import os
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.document import (
    Bullets,
    CellValue,
    Document,
    Formula,
    Heading,
    Paragraph,
    Table,
)
from ._common import (
    Progress,
    RowProgress,
    bullet_lines,
    clean_text,
    column_sample,
    preceding_headings,
)
from ._xlsx_rows import (  # noqa: F401 - FORMULA_STARTS and the formats are this module's too
    DATE_FORMAT,
    FORMULA_STARTS,
    MONEY_FORMAT,
    CellStyles,
    SheetRows,
    excel_text,
)

if TYPE_CHECKING:  # only for annotations: openpyxl is imported when a workbook is made
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

CHUNK_ROWS = 1000  # rows between two progress reports
SHEET_NAME_MAX = 31
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
MIN_WIDTH, MAX_WIDTH = 8, 60  # in Excel's character units
# Excel's default row (Calibri 11) is 15 points high, and no row may exceed 409 points.
LINE_POINTS, MAX_ROW_POINTS = 15.0, 409.0


def write_xlsx(document: Document, path: Path, progress: Progress | None = None) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    book.properties.title = clean_text(document.title)
    book.properties.creator = ""  # not "openpyxl", which is what the reader would see
    counter = RowProgress(document, progress)
    names = _SheetNames()
    tables = list(preceding_headings(document))
    sheet_names = [names.take(t.name or h, n) for n, (h, t) in enumerate(tables, 1)]
    layout = _Layout(document, tables, sheet_names)
    try:
        for (heading, table), sheet_name in zip(tables, sheet_names, strict=True):
            sheet = _SheetWriter(book.create_sheet(sheet_name), layout)
            sheet.write_table(document, heading, table, counter)
        if not tables:
            # A report of text alone still opens as a readable sheet rather than an empty book.
            _SheetWriter(book.create_sheet(names.take("", 1))).write_text(document)
        book.save(path)
    except BaseException:
        _discard_parts(book)
        raise
    counter.finish()


def _discard_parts(book: Workbook) -> None:
    """A cancelled or failed export leaves no sheet parts in the temporary folder: openpyxl
    would remove them only when the program ends, and a ledger's is a hundred megabytes."""
    for sheet in book.worksheets:
        writer = getattr(sheet, "_writer", None)
        out = getattr(writer, "out", None)
        if isinstance(out, str):
            with contextlib.suppress(OSError):
                os.remove(out)


def _shorten(text: str, limit: int) -> str:
    """Cut at a word boundary ('Региональные учебные центры'), not mid-word."""
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0].rstrip(" (-,")
    return cut if len(cut) >= limit // 2 else text[:limit]


class _SheetNames:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique ignoring case."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def take(self, wanted: str, number: int) -> str:
        # "Ledger 2020/2021" reads best as "Ledger 2020-2021"; other marks become spaces.
        base = _SHEET_NAME_FORBIDDEN.sub(" ", clean_text(wanted).replace("/", "-"))
        base = " ".join(base.split()).strip("'").strip() or f"Sheet {number}"
        name, copy = _shorten(base, SHEET_NAME_MAX), 2
        while name.casefold() in self._taken:
            tail = f" ({copy})"
            name, copy = base[: SHEET_NAME_MAX - len(tail)].rstrip() + tail, copy + 1
        self._taken.add(name.casefold())
        return name


_REFERENCE = re.compile(r"\{(\w+)\.(\w+)\}")


class _Layout:
    """Where each table's rows land, so that a formula can name another table's column."""

    def __init__(
        self, document: Document, tables: list[tuple[str, Table]], names: list[str]
    ) -> None:
        from openpyxl.utils import get_column_letter

        self.places: dict[str, tuple[str, int, int, dict[str, str]]] = {}
        for (heading, table), name in zip(tables, names, strict=True):
            header_row = _header_row(document, heading)
            letters = {c.key: get_column_letter(i) for i, c in enumerate(table.columns, 1) if c.key}
            last = header_row + max(len(table.rows), 1)
            self.places[table.key] = (name, header_row + 1, last, letters)

    def resolve(self, formula: Formula, table: Table, row: int) -> str:
        def reference(match: re.Match[str]) -> str:
            table_key, column_key = match.groups()
            if table_key == "this":
                return f"{self.places[table.key][3][column_key]}{row}"
            sheet, first, last, letters = self.places[table_key]
            letter = letters[column_key]
            return f"'{sheet}'!${letter}${first}:${letter}${last}"

        return _REFERENCE.sub(reference, formula.expression)


def _header_row(document: Document, heading: str) -> int:
    """The title block, one empty row, then the header (see write_table)."""
    return len(_title_lines(document)) + (1 if heading else 0) + 2


class _SheetWriter:
    """Writes one write-only sheet; everything about the layout is set first."""

    def __init__(self, sheet: WriteOnlyWorksheet, layout: _Layout | None = None) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font

        self.sheet = sheet
        self.layout = layout
        self._cell_class = WriteOnlyCell
        self.bold = Font(bold=True)
        self.wrapped = Alignment(wrap_text=True, vertical="top")
        self.title_fonts = (Font(bold=True, size=14), Font(bold=True, size=11))
        self.styles = CellStyles(sheet, self.bold, self.wrapped)

    def write_table(
        self, document: Document, heading: str, table: Table, counter: RowProgress
    ) -> None:
        from openpyxl.utils import get_column_letter

        sheet = self.sheet
        widths = _column_widths(table)
        for index, width in enumerate(widths, 1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        top = _title_lines(document) + ([heading] if heading else [])
        header_row = _header_row(document, heading)
        last_row = header_row + len(table.rows)
        sheet.freeze_panes = f"A{header_row + 1}"
        sheet.print_title_rows = f"{header_row}:{header_row}"
        _page_setup(sheet, document.landscape)
        if table.rows and table.columns:
            # Over the header and the rows only: sorting must never move the totals line.
            last_column = get_column_letter(len(table.columns))
            sheet.auto_filter.ref = f"A{header_row}:{last_column}{last_row}"

        for number, text in enumerate(top):
            self._append_line(text, self.title_fonts[min(number, 1)])
        sheet.append([])
        sheet.append([self._styled(self._text_cell(c.title), self.bold) for c in table.columns])
        first = header_row + 1
        note_row = first + len(table.rows) + (0 if table.totals is None else 1)
        if table.note and len(widths) > 1:
            # Kept by the sheet and written with the part's tail, after the rows.
            sheet.merged_cells.add(f"A{note_row}:{get_column_letter(len(widths))}{note_row}")

        def resolve(formula: Formula, row: int) -> tuple[str, bool]:
            assert self.layout is not None  # a table's sheet always has one
            expression = self.layout.resolve(formula, table, row)
            return expression, isinstance(formula.value, Decimal)

        with SheetRows(sheet, self.styles, resolve) as rows:
            for start in range(0, len(table.rows), CHUNK_ROWS):
                chunk = table.rows[start : start + CHUNK_ROWS]
                rows.body(chunk, first + start)
                counter.advance(len(chunk))  # may raise: Cancel
            if table.totals is not None:
                rows.totals(table.totals, first + len(table.rows))
            if table.note:
                text = excel_text(table.note)
                rows.note(text, note_row, _note_height(text, widths))

    def write_text(self, document: Document) -> None:
        self.sheet.column_dimensions["A"].width = MAX_WIDTH * 2
        for number, text in enumerate(_title_lines(document)):
            self._append_line(text, self.title_fonts[min(number, 1)])
        for block in document.blocks:
            if isinstance(block, Heading):
                self._append_line(block.text, self.bold)
            elif isinstance(block, Paragraph):
                self.sheet.append([self._text_cell(block.text)])
            elif isinstance(block, Bullets):
                for line in bullet_lines(block):
                    self.sheet.append([self._text_cell(line)])

    def _append_line(self, text: str, font: Font) -> None:
        self.sheet.append([self._styled(self._text_cell(text), font)])

    def _text_cell(self, text: str) -> WriteOnlyCell:
        """Text as text: a letter subject such as "=HYPERLINK(...)" or "+cmd" must never
        become a formula (nor "#N/A" an error value) in the office's spreadsheet, not
        even when someone edits the cell later: the quote prefix keeps it text then."""
        text = excel_text(text)
        cell = self._cell_class(self.sheet)
        cell.value = text
        if text.startswith(FORMULA_STARTS):
            cell.data_type = "s"
            cell.quotePrefix = True
        return cell

    @staticmethod
    def _styled(cell: WriteOnlyCell, font: Font) -> WriteOnlyCell:
        cell.font = font
        return cell


def _title_lines(document: Document) -> list[str]:
    return [document.title] + ([document.subtitle] if document.subtitle else [])


def _note_height(text: str, widths: list[float]) -> float | None:
    """Excel never fits a merged cell's row to its text: a long note's row is made tall
    enough for it here."""
    lines = _wrapped_lines(text, sum(widths) or MIN_WIDTH)
    return min(MAX_ROW_POINTS, lines * LINE_POINTS) if lines > 1 else None


def _wrapped_lines(text: str, width: float) -> int:
    """About how many lines `text` takes wrapped in a cell `width` characters wide:
    words are not cut, so a line holds somewhat fewer characters than the width."""
    per_line = max(1, int(width * 0.9))
    return sum(max(1, -(-len(line) // per_line)) for line in text.splitlines() or [""])


def _column_widths(table: Table) -> list[float]:
    widths: list[float] = []
    for index, column in enumerate(table.columns):
        longest = max([len(column.title), *map(_shown_length, column_sample(table, index))])
        widths.append(min(MAX_WIDTH, max(MIN_WIDTH, longest + 2)))
    return widths


def _shown_length(value: CellValue) -> int:
    if isinstance(value, Formula):
        value = value.value
    if value is None or isinstance(value, bool):
        return 1
    if isinstance(value, Decimal):
        return len(f"{value:,.2f}")
    if isinstance(value, date):
        return 10
    return max((len(line) for line in str(value).splitlines()), default=0)


def _page_setup(sheet: WriteOnlyWorksheet, landscape: bool) -> None:
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.paperSize = 9  # A4 in the SpreadsheetML paper size list
    # Printed, a ledger is as wide as the page and as long as it needs to be.
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
