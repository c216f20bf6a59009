"""The financial statement and the Excel ledger of the demo year, read back from the files."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from rocb_desk import exports
from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services.books.statement import ledger_document, statement_document
from rocb_desk.services.office import Office

FY2020 = FinancialYear(2020)
SECTION_G = [
    "339.12",
    "9,919.79",
    "1,937.57",
    "143.76",
    "849.13",
    "3,411.43",
    "4,113.96",
    "1,401.51",
    "12,196.48",
    "63,957.82",
    "51,761.34",
]


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_statement_shows_every_figure_of_section_g(demo_office: Office, tmp_path: Path, suffix):
    path = exports.write(statement_document(demo_office, FY2020, "en"), tmp_path / f"st{suffix}")
    if suffix == ".pdf":
        text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    else:
        document = docx.Document(path)
        text = "\n".join(
            cell.text for table in document.tables for row in table.rows for cell in row.cells
        )
    for figure in SECTION_G:
        assert figure in text, figure
    assert re.search(r"37\D+38\D+39\D+39\D+37\D+37", text)


def test_the_russian_statement_speaks_russian(demo_office: Office, tmp_path: Path):
    from rocb_desk import i18n

    i18n.install("ru")
    path = exports.write(statement_document(demo_office, FY2020, "ru"), tmp_path / "st.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Финансовый отчет за 2020/2021" in text and "12 196,48" in text


def _range_values(book, reference: str) -> list:
    sheet, cells = re.fullmatch(r"'(.+)'!(\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+)", reference).groups()
    return [row[0].value for row in book[sheet][cells.replace("$", "")]]


def _recalculate(book, sheet, formula: str, row: int):
    """Evaluate the two shapes of formula the ledger uses, as a spreadsheet would."""
    sumifs = re.fullmatch(r"=SUMIFS\(([^,]+),([^,]+),([A-Z]+)(\d+)\)", formula)
    if sumifs:
        amounts, keys = _range_values(book, sumifs[1]), _range_values(book, sumifs[2])
        wanted = sheet[f"{sumifs[3]}{sumifs[4]}"].value
        return sum(
            (
                Decimal(str(a))
                for a, k in zip(amounts, keys, strict=True)
                if a is not None and str(k) == str(wanted)
            ),
            Decimal("0"),
        )
    total = re.fullmatch(r"=SUM\(([^)]+)\)", formula)
    values = _range_values(book, total[1])
    return sum(
        (
            _recalculate(book, sheet, v, 0) if isinstance(v, str) else Decimal(str(v))
            for v in values
        ),
        Decimal("0"),
    )


def test_the_excel_ledger_by_chapter_recalculates_to_section_g(demo_office: Office, tmp_path: Path):
    path = exports.write(ledger_document(demo_office, FY2020, "en"), tmp_path / "ledger.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Ledger", "By chapter", "Contributions", "Budget"]
    ledger = book["Ledger"]
    assert ledger.freeze_panes == "A5" and ledger.auto_filter.ref
    assert ledger["A5"].is_date  # dates as dates
    assert (
        ledger["J5"].value == 1750 and ledger["J5"].number_format == "#,##0.00"
    )  # euros as numbers
    by_chapter = book["By chapter"]
    figures = {}
    for row in range(5, 11):
        formula = by_chapter[f"C{row}"].value
        assert formula.startswith("=SUMIFS(")
        figures[by_chapter[f"A{row}"].value] = _recalculate(book, by_chapter, formula, row)
    assert figures == {
        1: Decimal("339.12"),
        2: Decimal("9919.79"),
        3: Decimal("1937.57"),
        4: 0,
        5: 0,
        6: 0,
    }
    assert _recalculate(book, by_chapter, by_chapter["C11"].value, 11) == Decimal("12196.48")
    contributions = book["Contributions"]
    statuses = [contributions[f"C{r}"].value for r in range(5, contributions.max_row)]
    assert statuses.count("Paid") + statuses.count("Partially paid") == 37


def test_the_excel_ledger_of_all_years_lists_every_line_and_sums_each_year(
    demo_office: Office, tmp_path: Path
):
    from rocb_desk.services.books.ledger_import import import_ledger
    from rocb_desk.services.books.ledger_query import LedgerFilter, count_lines, totals
    from rocb_desk.services.books.statement import ledger_document_all

    # A second year, so that the workbook has two to tell apart.
    source = tmp_path / "next.csv"
    source.write_text(
        "date,type,code,amount,description\n"
        + "".join(f"2021-06-{1 + i % 28:02d},expense,2.1,{i + 1}.25,Paper {i}\n" for i in range(40))
    )
    import_ledger(demo_office, source)
    path = exports.write(ledger_document_all(demo_office, "en"), tmp_path / "all.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Ledger", "By year"]
    ledger = book["Ledger"]
    lines = [row for row in ledger.iter_rows(min_row=5, values_only=True) if row[1] is not None]
    assert len(lines) == count_lines(demo_office, LedgerFilter())
    assert {line[0] for line in lines} == {"2020/2021", "2021/2022"}
    assert [line[1] for line in lines] == sorted(line[1] for line in lines)  # in date order
    assert ("2021/2022", "Paper 39", Decimal("40.25")) in {
        (line[0], line[7], Decimal(str(line[11]))) for line in lines if line[11]
    }
    by_year = book["By year"]
    for row in (5, 6):
        year = FinancialYear.parse(by_year[f"A{row}"].value)
        spent = _recalculate(book, by_year, by_year[f"C{row}"].value, row)
        assert spent == totals(demo_office, LedgerFilter(year=year))[1]
