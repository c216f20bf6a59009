"""A table's rows under its header, written as SpreadsheetML text rather than cell objects.

openpyxl's write-only path makes a cell object per value, binds and checks the value, and
has lxml write an element for it: about 20 µs a cell, most of a minute for fifteen years
of ledger (2.4 million cells). Here a row is one formatted string.

openpyxl still writes the rest of the sheet (the title, the header, the column widths,
the frozen panes, the filter, the merged note, the page setup) and every style: a cell
written here only names a style id that openpyxl registered for its look. Strings are
inline (t="inlineStr"), as openpyxl's write-only mode writes them too, so no table of
shared strings grows in memory with the ledger.

openpyxl cannot be handed ready XML: its lxml `xmlfile` escapes any string written to it.
So the sheet is closed first, which completes its part (the XML file that becomes
xl/worksheets/sheetN.xml) in openpyxl's own temporary file; the rows then go into that
file where `</sheetData>` stood, followed by the rest of the part as openpyxl wrote it.
The workbook's save puts the file into the zip as it would have anyway.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, Any, BinaryIO

from ..domain.document import CellValue, Formula
from ._common import CHECK_MARK, clean_text

if TYPE_CHECKING:
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "YYYY-MM-DD"
CELL_TEXT_MAX = 32767  # Excel's limit for one cell
# Text starting with one of these is what Excel (or a colleague pressing F2, Enter) would
# take for a formula: "=HYPERLINK(...)", "+cmd|' /C calc'!A0", "@SUM(...)", "-2+3"; and
# "#N/A" for an error value. Such text is written as a string with Excel's quote prefix.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "#")
# First characters that send a text off the fast path: those, and a space, which needs
# xml:space="preserve" (a leading tab or line break is not printable: off the path too).
_QUOTED_FIRST = "".join(FORMULA_STARTS) + " "

# A formula's expression and whether its value is money, for a formula cell in `row`.
Resolve = Callable[[Formula, int], tuple[str, bool]]


def excel_text(value: str) -> str:
    """Text as a cell can hold it: no character XML forbids, at most Excel's limit."""
    return clean_text(value)[:CELL_TEXT_MAX]


def _escape(text: str) -> str:
    """Element content: '\r' as a reference too, or a reader would take it for a '\n'."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text


def _string(ref: str, text: str, look: _Look) -> str:
    """A text cell; "" as an empty cell, written only if the look has a style."""
    if not text:
        return f'<c r="{ref}"{look.plain}/>' if look.plain else ""
    style = look.quote if text.startswith(FORMULA_STARTS) else look.plain
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{_escape(text)}</t></is></c>'


class CellStyles:
    """The style id of each look a cell can have, registered with openpyxl on first use:
    a cell object given the look reports the id the workbook's styles part will carry."""

    def __init__(self, sheet: WriteOnlyWorksheet, bold: Font, wrapped: Alignment) -> None:
        self._sheet, self._bold, self._wrapped = sheet, bold, wrapped
        self._attributes: dict[tuple[bool, str, bool, bool], str] = {}

    def attribute(
        self,
        *,
        bold: bool = False,
        number_format: str = "",
        quote: bool = False,
        wrap: bool = False,
    ) -> str:
        """' s="5"' for the `s` attribute of a cell, "" for the default look."""
        key = (bold, number_format, quote, wrap)
        if key not in self._attributes:
            from openpyxl.cell import WriteOnlyCell

            cell = WriteOnlyCell(self._sheet)
            if bold:
                cell.font = self._bold
            if number_format:
                cell.number_format = number_format
            if quote:
                cell.quotePrefix = True
            if wrap:
                cell.alignment = self._wrapped
            style = cell.style_id
            self._attributes[key] = f' s="{style}"' if style else ""
        return self._attributes[key]


class _Look:
    """The `s` attributes of one kind of row (body, totals in bold, note wrapped) for each
    kind of value. `plain` non-empty means an empty cell is written too, with its style."""

    def __init__(self, styles: CellStyles, bold: bool = False, wrap: bool = False) -> None:
        self._styles, self._bold, self._wrap = styles, bold, wrap

    def _attribute(self, number_format: str = "", quote: bool = False) -> str:
        return self._styles.attribute(
            bold=self._bold, number_format=number_format, quote=quote, wrap=self._wrap
        )

    @cached_property
    def plain(self) -> str:
        return self._attribute()

    @cached_property
    def money(self) -> str:
        return self._attribute(MONEY_FORMAT)

    @cached_property
    def date(self) -> str:
        return self._attribute(DATE_FORMAT)

    @cached_property
    def quote(self) -> str:
        return self._attribute(quote=True)


class SheetRows:
    """Writes rows into a closed write-only sheet's part, then puts the part's tail back.

    with SheetRows(sheet, styles, resolve) as rows:
        rows.body(chunk, first_row)
        rows.totals(values, row)
    """

    def __init__(self, sheet: WriteOnlyWorksheet, styles: CellStyles, resolve: Resolve) -> None:
        self._sheet = sheet
        self._resolve = resolve
        self._body = _Look(styles)
        self._totals = _Look(styles, bold=True)
        self._note = _Look(styles, wrap=True)
        self._letters: list[str] = []
        self._serials: dict[date, str] = {}  # a year's ledger has a few hundred dates
        self._epoch = sheet.parent.epoch
        self._out: BinaryIO | None = None
        self._tail = b""

    def __enter__(self) -> SheetRows:
        self._sheet.close()  # the part is complete: its rows, `</sheetData>`, the rest
        path = self._sheet._writer.out  # noqa: SLF001 - the part's file, see the module doc
        out = open(path, "r+b")  # noqa: SIM115 - closed in __exit__
        try:
            part = out.read()  # a few kilobytes: the title, the header, the settings
            cut = part.rindex(b"</sheetData>")
            self._tail = part[cut:]
            out.seek(cut)
            out.truncate()
        except BaseException:
            out.close()
            raise
        self._out = out
        return self

    def __exit__(self, kind: Any, *_: Any) -> None:
        """Without the tail the part is broken, which is right for a failed or cancelled
        export: write_xlsx then removes it, and no workbook is saved."""
        assert self._out is not None
        try:
            if kind is None:
                self._out.write(self._tail)
        finally:
            self._out.close()

    def body(self, rows: Sequence[Sequence[CellValue]], first: int) -> None:
        """Rows numbered from `first`, as one write."""
        look, cells = self._body, self._cells
        self._write("".join([cells(row, r, look) for r, row in enumerate(rows, first)]))

    def totals(self, values: Sequence[CellValue], row: int) -> None:
        self._write(self._cells(values, row, self._totals))

    def note(self, text: str, row: int, height: float | None) -> None:
        """The text in the first cell, wrapped; `height` in points when set."""
        extra = f' ht="{height:g}" customHeight="1"' if height else ""
        self._write(self._cells((text,), row, self._note, extra))

    def _write(self, xml: str) -> None:
        assert self._out is not None, "rows are written inside `with SheetRows(...)`"
        self._out.write(xml.encode("utf-8"))

    def _letters_for(self, count: int) -> list[str]:
        if count > len(self._letters):
            from openpyxl.utils import get_column_letter

            self._letters = [get_column_letter(n) for n in range(1, count + 1)]
        return self._letters

    def _cells(self, values: Sequence[Any], r: int, look: _Look, extra: str = "") -> str:
        """One <row>. The hot path of the module: the cases in the order a ledger's cells
        are most often of, and text of printable characters only, the usual case, taken
        without cleaning (isprintable() is false for every character clean_text drops)."""
        row = str(r)
        plain = look.plain
        parts = [f'<row r="{row}"{extra}>']
        add = parts.append
        for letter, value in zip(self._letters_for(len(values)), values, strict=False):
            kind = type(value)
            if kind is str:
                if (
                    value
                    and value.isprintable()
                    and value[0] not in _QUOTED_FIRST
                    and value[-1] != " "
                    and len(value) <= CELL_TEXT_MAX
                    and "&" not in value
                    and "<" not in value
                    and ">" not in value
                ):
                    add(f'<c r="{letter}{row}"{plain} t="inlineStr"><is><t>{value}</t></is></c>')
                else:
                    add(_string(letter + row, excel_text(value), look))
            elif value is None:
                if plain:
                    add(f'<c r="{letter}{row}"{plain}/>')
            elif kind is Decimal:
                # Exact to the cent: "1234.50", which Excel reads as the nearest binary
                # number, as it would have read openpyxl's 16 significant digits.
                shown = str(value) if value.is_finite() else ""
                add(f'<c r="{letter}{row}"{look.money}><v>{shown}</v></c>')
            elif kind is date:
                serial = self._serials.get(value)
                if serial is None:
                    serial = self._serials[value] = self._serial(value)
                add(f'<c r="{letter}{row}"{look.date}><v>{serial}</v></c>')
            elif kind is int:
                add(f'<c r="{letter}{row}"{plain}><v>{value}</v></c>')
            else:
                add(self._other(letter + row, value, r, look))
        add("</row>")
        return "".join(parts)

    def _serial(self, value: date) -> str:
        from openpyxl.utils.datetime import to_excel

        return f"{to_excel(value, self._epoch):.16g}"

    def _other(self, ref: str, value: object, r: int, look: _Look) -> str:
        """The rarer values: formulas, ticks, and subclasses of the common types."""
        if isinstance(value, Formula):
            expression, money = self._resolve(value, r)
            style = look.money if money else look.plain
            if expression.startswith("="):
                return f'<c r="{ref}"{style}><f>{_escape(clean_text(expression[1:]))}</f></c>'
            value = expression
        if isinstance(value, bool):
            value = CHECK_MARK if value else None
        if value is None:
            return f'<c r="{ref}"{look.plain}/>' if look.plain else ""
        if isinstance(value, str):
            return _string(ref, excel_text(value), look)
        if isinstance(value, datetime | date):
            return f'<c r="{ref}"{look.date}><v>{self._serial(value)}</v></c>'
        if isinstance(value, int):
            return f'<c r="{ref}"{look.plain}><v>{int(value)}</v></c>'
        if isinstance(value, float | Decimal):
            shown = repr(float(value)) if math.isfinite(value) else ""  # no NaN in a cell
            style = look.money if isinstance(value, Decimal) else look.plain
            return f'<c r="{ref}"{style}><v>{shown}</v></c>'
        # As openpyxl says it: an export of a value no cell can hold fails whole.
        raise ValueError(f"Cannot convert {value!r} to Excel")
