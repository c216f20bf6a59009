"""The Excel export, read back with openpyxl as Excel would show it."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from rocb_desk.domain.document import Column, Document, Heading, Table
from rocb_desk.exports import write

CYRILLIC_ITEM = "Командировка в Брюссель"


@pytest.fixture
def sheet(tmp_path, make_statement):
    path = write(make_statement("en"), tmp_path / "statement.xlsx")
    return load_workbook(path)["Expenses"]


def find_row(sheet, value, column=0):
    for row in sheet.iter_rows():
        if len(row) > column and row[column].value == value:
            return row
    raise AssertionError(f"no row has {value!r} in column {column}")


def test_title_sits_above_a_bold_header(sheet):
    assert sheet["A1"].value == "Financial statement 2020/2021"
    assert sheet["A2"].value == "ROCB Europe, Baku"
    header = find_row(sheet, "Date")
    assert [c.value for c in header] == ["Date", "Item", "Amount", "Paid"]
    assert all(c.font.b for c in header)


def test_money_is_an_exact_number_formatted_to_the_cent(sheet):
    row = find_row(sheet, datetime(2020, 4, 15))
    amount = row[2]
    assert Decimal(str(amount.value)) == Decimal("1234.50")
    assert amount.number_format == "#,##0.00"
    small = find_row(sheet, datetime(2020, 5, 2))[2]
    assert Decimal(str(small.value)) == Decimal("0.10")


def test_dates_are_real_dates_and_text_keeps_its_cyrillic(sheet):
    row = find_row(sheet, datetime(2020, 4, 15))
    assert row[0].is_date
    assert row[0].value.date() == date(2020, 4, 15)
    assert row[0].number_format == "YYYY-MM-DD"
    assert row[1].value == CYRILLIC_ITEM
    assert row[3].value == "\u2713"


def test_header_stays_in_view_and_filters_cover_rows_not_totals(sheet):
    header_row = find_row(sheet, "Date")[0].row
    assert sheet.freeze_panes == f"A{header_row + 1}"
    assert sheet.auto_filter.ref == f"A{header_row}:D{header_row + 2}"


def test_totals_row_is_bold_and_numeric(sheet):
    totals = find_row(sheet, "Total", column=1)
    assert totals[1].value == "Total"
    assert Decimal(str(totals[2].value)) == Decimal("1234.60")
    assert totals[2].number_format == "#,##0.00"
    assert totals[1].font.b and totals[2].font.b
    assert totals[0].row == sheet.max_row


def test_money_column_is_wide_enough_not_to_show_hashes(sheet):
    assert sheet.column_dimensions["C"].width >= len("-999,999.99")


def test_sheet_names_follow_excel_rules(tmp_path):
    def table(name: str) -> Table:
        return Table((Column("A"),), (("x",),), name=name)

    document = Document(
        "Names",
        blocks=[
            table("Budget: 2020/2021 [draft]?"),
            table("A name far longer than Excel's thirty-one characters"),
            table("A name far longer than Excel's thirty-one characters"),
            table(""),
            Heading("Взносы"),
            table(""),
        ],
    )
    names = load_workbook(write(document, tmp_path / "names.xlsx")).sheetnames
    assert names[0] == "Budget 2020-2021 draft"
    assert all(len(name) <= 31 for name in names)
    assert len({name.casefold() for name in names}) == len(names)
    assert names[3] == "Sheet 4"
    assert names[4] == "Взносы"  # an unnamed table takes the heading above it


def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    document = Document("Letters", blocks=[Table((Column("Subject"),), (("=SUM(A1:A9)",),))])
    sheet = load_workbook(write(document, tmp_path / "letters.xlsx")).active
    cell = find_row(sheet, "=SUM(A1:A9)")[0]
    assert cell.data_type == "s"  # shown as typed, never evaluated


def test_long_sheet_names_are_cut_between_words(tmp_path):
    import openpyxl

    from rocb_desk.domain.document import Column, Document, Table
    from rocb_desk.exports import write

    document = Document(title="РУЦ", lang="ru")
    document.add(Table((Column("Имя"),), (("Баку",),), name="Региональные учебные центры (РУЦ)"))
    path = write(document, tmp_path / "rtc.xlsx")
    assert openpyxl.load_workbook(path).sheetnames == ["Региональные учебные центры"]
