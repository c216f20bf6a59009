"""The documents of a year's events, built once and read back from every format."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from rocb_desk import i18n
from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.exports import write
from rocb_desk.services.books.statement import statement_document
from rocb_desk.services.events import documents
from rocb_desk.services.office import Office

FY2020 = FinancialYear(2020)


def test_the_events_table_has_the_reports_columns_and_order(demo_office: Office):
    document = documents.events_table_document(demo_office, FY2020, "en")
    (table,) = document.tables()
    assert [c.title for c in table.columns] == ["#", "Event", "Location", "Date"]
    assert [row[0] for row in table.rows] == list(range(1, 15))
    assert table.rows[4][1:] == (
        "National Workshop on Revised Kyoto Convention for Uzbekistan",
        "Online",
        "25\u201326 November 2020",
    )
    assert table.rows[13][3] == "24 March 2021"


@pytest.mark.parametrize("suffix", [".xlsx", ".docx", ".pdf"])
def test_the_events_table_reads_back_from_every_format(demo_office: Office, tmp_path: Path, suffix):
    path = write(
        documents.events_table_document(demo_office, FY2020, "en"), tmp_path / f"e{suffix}"
    )
    if suffix == ".xlsx":
        sheet = openpyxl.load_workbook(path).active
        text = "\n".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row if c)
    elif suffix == ".docx":
        text = "\n".join(
            cell.text for t in docx.Document(path).tables for r in t.rows for cell in r.cells
        )
    else:
        text = " ".join(page.extract_text() for page in PdfReader(path).pages)
        text = " ".join(text.split())
    assert "2 June 2020" in text and "24 March 2021" in text
    assert "Post Clearance Audit for Moldova" in " ".join(text.split())


def test_the_supported_events_carry_their_costs_and_go_into_the_statement(demo_office: Office):
    table = documents.supported_events_table(demo_office, FY2020, "en")
    assert len(table.rows) == 8
    assert str(table.totals[-1]) == "1937.57"
    statement = statement_document(demo_office, FY2020, "en")
    assert any(t.key == "supported" and len(t.rows) == 8 for t in statement.tables())


def test_the_narratives_in_russian(demo_office: Office, tmp_path: Path):
    i18n.install("ru")
    path = write(documents.narratives_document(demo_office, FY2020, "ru"), tmp_path / "n.docx")
    text = "\n".join(p.text for p in docx.Document(path).paragraphs)
    assert "Национальный семинар по Пересмотренной Киотской конвенции" in text
    assert "25\u201326 ноября 2020" in text
