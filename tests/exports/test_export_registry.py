"""Choosing a writer by suffix, failing cleanly, reporting progress, and long tables."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from decimal import Decimal

import docx
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from rocb_desk.domain.document import Column, Document, Table
from rocb_desk.domain.errors import OfficeError
from rocb_desk.exports import SUPPORTED, write


@pytest.fixture
def folder(tmp_path):
    """A folder of the test's own, so that listing it shows only what the export left."""
    path = tmp_path / "exports"
    path.mkdir()
    return path


def test_unknown_suffix_is_refused_with_a_message_naming_it(folder, make_statement):
    target = folder / "statement.odt"
    with pytest.raises(OfficeError) as refused:
        write(make_statement(), target)
    assert ".odt" in str(refused.value)
    assert refused.value.message.context == "Errors"
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "marker"),
    [
        ("a.xlsx", "spreadsheetml"),
        ("a.docx", "wordprocessingml"),
        ("A.DOCX", "wordprocessingml"),
    ],
)
def test_suffix_picks_the_format(tmp_path, make_statement, name, marker):
    path = write(make_statement(), tmp_path / name)
    assert path == tmp_path / name
    with zipfile.ZipFile(path) as package:
        assert marker in package.read("[Content_Types].xml").decode()


def test_pdf_suffix_makes_a_pdf(tmp_path, make_statement):
    assert write(make_statement(), tmp_path / "a.pdf").read_bytes().startswith(b"%PDF-")
    assert SUPPORTED == (".xlsx", ".docx", ".pdf")


def test_failed_export_keeps_the_previous_file(folder, make_statement):
    target = folder / "ledger.xlsx"
    write(make_statement(), target)
    before = target.read_bytes()
    broken = Document("Broken", blocks=[Table((Column("A"),), ((object(),),))])
    with pytest.raises(ValueError):  # openpyxl refuses a value it cannot store
        write(broken, target)
    assert target.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == ["ledger.xlsx"]  # no half-written file


def test_a_missing_folder_is_an_office_error(tmp_path, make_statement):
    with pytest.raises(OfficeError) as refused:
        write(make_statement(), tmp_path / "no such folder" / "statement.pdf")
    assert "no such folder" in str(refused.value)


def test_importing_the_exports_does_not_load_office_libraries():
    # The window imports rocb_desk.exports at start-up; the libraries load on first export.
    code = (
        "import sys, rocb_desk.exports, rocb_desk.exports.xlsx, rocb_desk.exports.docx, "
        "rocb_desk.exports.pdf; "
        "print(sorted({'openpyxl', 'docx', 'reportlab'} & set(sys.modules)))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("suffix", SUPPORTED)
def test_progress_counts_rows_up_to_the_total(tmp_path, make_ledger, suffix):
    calls = []
    write(make_ledger(1200), tmp_path / f"ledger{suffix}", progress=lambda *a: calls.append(a))
    assert len(calls) > 1  # a bar that moves, not one jump at the end
    assert calls[-1] == (1200, 1200)
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert {total for _, total in calls} == {1200}


def test_progress_closes_for_a_report_without_tables(tmp_path):
    calls = []
    write(Document("Notes"), tmp_path / "notes.pdf", progress=lambda *a: calls.append(a))
    assert calls == [(0, 0)]


def test_three_thousand_rows_reach_every_format(tmp_path, make_ledger):
    ledger = make_ledger(3000)
    total = sum((Decimal(n) / 100 for n in range(3000)), Decimal("0.00"))

    sheet = load_workbook(write(ledger, tmp_path / "l.xlsx"), read_only=True)["Ledger"]
    rows = list(sheet.values)
    assert rows[-2][:2] == ("Line 2999", 29.99)
    assert rows[-1][0] == "Total" and Decimal(str(rows[-1][1])) == total

    table = docx.Document(str(write(ledger, tmp_path / "l.docx"))).tables[0]
    assert len(table.rows) == 3002  # header, rows, totals
    assert table.rows[-2].cells[0].text == "Line 2999"

    reader = PdfReader(write(ledger, tmp_path / "l.pdf"))
    last = reader.pages[-1].extract_text()
    assert "Line 2999" in last and "44,985.00" in last
