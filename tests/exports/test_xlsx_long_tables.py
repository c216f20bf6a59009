"""A table of several thousand rows through the Excel writer, read back as Excel shows it.

The rows under a header are written as SpreadsheetML text, a chunk at a time, into the
sheet openpyxl wrote (rocb_desk/exports/_xlsx_rows.py): every kind of value, every look
and every formula must come back as the office would see it.
"""

from __future__ import annotations

import re
import tempfile
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from rocb_desk.domain.document import Column, Document, Formula, Table
from rocb_desk.exports import write
from rocb_desk.exports.xlsx import CHUNK_ROWS, FORMULA_STARTS

ROWS = 2 * CHUNK_ROWS + 500  # three chunks, the last one short
HEADER_ROW = 4  # title, subtitle, empty row, header
FIRST = HEADER_ROW + 1
ITEMS = ("2.1 Office supplies", "Командировка в Брюссель", "Fees & charges <bank>")
# Text a spreadsheet would otherwise take for a formula or an error value.
RISKY = ('=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "#N/A")
NOTE = "Checked against the bank statements. " * 12
LONG = "x" * 40_000


def _description(n: int) -> str:
    if n % 250 == 7:
        return RISKY[(n // 250) % len(RISKY)]
    if n % 250 == 11:
        return "\ttab first, line\r\nbreaks, and a bell\x07"
    if n % 250 == 13:
        return "  padded  "
    if n == ROWS - 1:
        return LONG
    return f"Line {n}"


def _row(n: int) -> tuple:
    money = Decimal(n % 997) + Decimal(n % 100) / 100
    return (
        date(2020, 4, 1) + timedelta(days=n % 365),
        ITEMS[n % len(ITEMS)],
        _description(n),
        n,
        n % 3 == 0,  # a tick, or nothing
        money if n % 5 == 0 else None,  # income
        None if n % 5 == 0 else money,  # expense
    )


def _shown(text: str) -> str:
    """What a cell holds of `text`: no control characters XML forbids, Excel's length."""
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f]", "", text)[:32767]


SOURCE = tuple(_row(n) for n in range(ROWS))
SPENT = {
    item: sum((r[6] for r in SOURCE if r[1] == item and r[6] is not None), Decimal(0))
    for item in ITEMS
}
INCOME = sum((r[5] for r in SOURCE if r[5] is not None), Decimal(0))
EXPENSE = sum(SPENT.values(), Decimal(0))


def _document() -> Document:
    ledger = Table(
        (
            Column("Date", kind="date"),
            Column("Item", key="item"),
            Column("Description"),
            Column("Voucher", kind="int"),
            Column("Checked", kind="bool"),
            Column("Income", kind="money", key="income"),
            Column("Expenditure", kind="money", key="expense"),
        ),
        SOURCE,
        ("Total", None, None, None, None, INCOME, EXPENSE),
        name="Ledger",
        key="ledger",
        note=NOTE,
    )
    by_item = Table(
        (Column("Item", key="item"), Column("Spent", kind="money", key="spent")),
        tuple(
            (item, Formula("=SUMIFS({ledger.expense},{ledger.item},{this.item})", SPENT[item]))
            for item in ITEMS
        ),
        ("Total", Formula("=SUM({by_item.spent})", EXPENSE)),
        name="By item",
        key="by_item",
    )
    return Document("Ledger 2020/2021", "ROCB Europe", blocks=[ledger, by_item])


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    path = write(_document(), tmp_path_factory.mktemp("long") / "ledger.xlsx")
    return load_workbook(path)


def test_every_row_comes_back_with_its_values_and_types(book):
    sheet = book["Ledger"]
    rows = list(sheet.iter_rows(min_row=FIRST, max_row=FIRST + ROWS - 1))
    assert len(rows) == ROWS
    for number, (cells, source) in enumerate(zip(rows, SOURCE, strict=True)):
        when, item, description, voucher, checked, income, expense = source
        assert cells[0].is_date and cells[0].value == datetime.combine(when, datetime.min.time())
        assert cells[0].number_format == "YYYY-MM-DD"
        assert (cells[1].value, cells[2].value) == (item, _shown(description)), number
        assert cells[1].data_type == cells[2].data_type == "s"
        assert cells[3].value == voucher and cells[3].data_type == "n"
        assert cells[4].value == ("\u2713" if checked else None)
        for cell, amount in ((cells[5], income), (cells[6], expense)):
            if amount is None:
                assert cell.value is None
            else:
                assert Decimal(str(cell.value)) == amount and cell.data_type == "n"
                assert cell.number_format == "#,##0.00"
        assert not any(c.font.b for c in cells)


def test_text_that_looks_like_a_formula_stays_text_with_the_quote_prefix(book):
    sheet = book["Ledger"]
    texts = [row[2] for row in sheet.iter_rows(min_row=FIRST, max_row=FIRST + ROWS - 1)]
    risky = [cell for cell in texts if cell.value.startswith(FORMULA_STARTS)]
    assert {cell.value for cell in risky} >= set(RISKY)
    assert len(risky) > 2 * len(RISKY)  # found in every chunk, not only the first
    assert all(cell.data_type == "s" and cell.quotePrefix for cell in risky)
    assert not any(cell.quotePrefix for cell in texts if cell not in risky)
    assert not [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"]


def test_text_keeps_its_spaces_line_breaks_and_marks(book):
    sheet = book["Ledger"]
    assert sheet.cell(FIRST + 13, 3).value == "  padded  "
    assert sheet.cell(FIRST + 11, 3).value == "\ttab first, line\r\nbreaks, and a bell"
    assert sheet.cell(FIRST + 2, 2).value == "Fees & charges <bank>"
    assert sheet.cell(FIRST + ROWS - 1, 3).value == "x" * 32767  # Excel's limit


def test_totals_and_note_follow_the_last_row(book):
    sheet = book["Ledger"]
    totals = FIRST + ROWS
    assert sheet.cell(totals, 1).value == "Total"
    assert Decimal(str(sheet.cell(totals, 6).value)) == INCOME
    assert Decimal(str(sheet.cell(totals, 7).value)) == EXPENSE
    assert all(sheet.cell(totals, c).font.b for c in range(1, 8))  # the empty ones too
    assert sheet.cell(totals, 7).number_format == "#,##0.00"
    note = sheet.cell(totals + 1, 1)
    assert note.value == NOTE and note.alignment.wrap_text  # its last space too
    assert f"A{note.row}:G{note.row}" in {str(r) for r in sheet.merged_cells.ranges}
    assert sheet.row_dimensions[note.row].height >= 2 * 15
    assert sheet.max_row == note.row


def test_panes_filter_and_widths_cover_the_whole_table(book):
    sheet = book["Ledger"]
    assert sheet.freeze_panes == f"A{FIRST}"
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:G{FIRST + ROWS - 1}"
    assert sheet.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert sheet.page_setup.paperSize == 9 and sheet.page_setup.fitToWidth == 1  # A4, one page wide
    assert sheet.column_dimensions["G"].width >= len("-999,999.99")


def _column(book, reference: str) -> list:
    sheet, cells = re.fullmatch(r"'(.+)'!(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+)", reference).groups()
    return [row[0].value for row in book[sheet][cells.replace("$", "")]]


def test_the_formulas_recalculate_to_the_sums_over_every_row(book):
    sheet = book["By item"]
    last = FIRST + ROWS - 1
    found = {}
    for row in range(FIRST, FIRST + len(ITEMS)):
        formula = sheet.cell(row, 2).value
        sumifs = re.fullmatch(r"=SUMIFS\(([^,]+),([^,]+),A(\d+)\)", formula)
        assert sumifs and int(sumifs[3]) == row, formula
        assert sumifs[1] == f"'Ledger'!$G${FIRST}:$G${last}"  # every row, not the totals
        amounts, items = _column(book, sumifs[1]), _column(book, sumifs[2])
        wanted = sheet.cell(row, 1).value
        found[wanted] = sum(
            (Decimal(str(a)) for a, i in zip(amounts, items, strict=True) if a and i == wanted),
            Decimal(0),
        )
        assert sheet.cell(row, 2).number_format == "#,##0.00"
    assert found == SPENT
    total = sheet.cell(FIRST + len(ITEMS), 2)
    assert total.value == f"=SUM('By item'!$B${FIRST}:$B${FIRST + len(ITEMS) - 1})"
    assert total.font.b and total.number_format == "#,##0.00"


class Cancelled(Exception):  # noqa: N818 - as the window's progress step raises it
    pass


def test_a_cancelled_export_leaves_no_file_anywhere(tmp_path, monkeypatch):
    scratch = tmp_path / "scratch"  # where openpyxl keeps the sheets while writing
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    folder = tmp_path / "exports"
    folder.mkdir()
    calls = []

    def cancel(done: int, total: int) -> None:
        calls.append(done)
        if done >= 2 * CHUNK_ROWS:
            raise Cancelled

    with pytest.raises(Cancelled):
        write(_document(), folder / "ledger.xlsx", progress=cancel)
    assert calls == [CHUNK_ROWS, 2 * CHUNK_ROWS]
    assert list(folder.iterdir()) == []
    assert list(scratch.iterdir()) == []
