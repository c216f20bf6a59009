"""Ledger import: the whole file or nothing, every refusal with its row and column."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from rocb_desk.domain.errors import OfficeError, ValidationError
from rocb_desk.services.books import ledger
from rocb_desk.services.books.ledger_import import import_ledger, preview
from rocb_desk.services.office import Office

HEADER = "Date,Type,Code,Amount,Description,Counterparty,Reference\n"


def _csv(tmp_path: Path, lines: list[str], name: str = "ledger.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_a_thousand_rows_import_whole(office: Office, tmp_path: Path):
    lines = [
        f"2020-{4 + i % 12 if 4 + i % 12 <= 12 else 12:02d}-15,expense,2.1,1.{i % 100:02d},Paper {i},,"
        for i in range(1000)
    ]
    ids = import_ledger(office, _csv(tmp_path, lines))
    assert len(ids) == 1000 == ledger.entry_count(office)


def test_one_bad_row_in_a_thousand_imports_nothing_and_is_named(office: Office, tmp_path: Path):
    lines = [f"2020-05-{1 + i % 28:02d},expense,2.1,2.50,Paper,," for i in range(1000)]
    lines[636] = "2020-05-10,expense,2.1,2.505,Paper,,"
    with pytest.raises(ValidationError) as refused:
        import_ledger(office, _csv(tmp_path, lines))
    (problem,) = refused.value.errors
    assert (problem.row, problem.field) == (638, "amount")  # header is row 1
    assert "2.505" in problem.message.english()
    assert ledger.entry_count(office) == 0


def test_every_bad_row_is_reported_with_its_reason(office: Office, tmp_path: Path):
    path = _csv(
        tmp_path,
        [
            "2020-05-01,expense,9.9,10.00,,,",
            "2020-05-01,income,contribution,1750.00,,Atlantis,",
            "2020-13-01,expense,2.1,10.00,,,",
            "2020-05-01,expense,2.1,0,,,",
            "2020-05-02,expense,2.1,5.00,,,A-1",
            "2020-05-03,expense,2.1,5.00,,,A-1",
        ],
    )
    rows, _checked = preview(office, path)
    found = {(e.row, e.field) for row in rows for e in row.errors}
    assert found == {(2, "code"), (3, "counterparty"), (4, "date"), (5, "amount"), (7, "reference")}
    with pytest.raises(ValidationError):
        import_ledger(office, path)
    assert ledger.entry_count(office) == 0


def test_xlsx_with_date_and_number_cells(office: Office, tmp_path: Path):
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["date", "TYPE", "code", "amount", "counterparty"])
    sheet.append([datetime(2020, 6, 1), "income", "contribution", 1750, "MD"])
    sheet.append([datetime(2020, 6, 2), "expense", "2.5", 12.3, None])
    path = tmp_path / "ledger.xlsx"
    workbook.save(path)
    assert len(import_ledger(office, path)) == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "no header row"),
        (b"date,type,code,amount\n", "no entries"),
        (b"when,what\n2020-01-01,x\n", "missing"),
    ],
)
def test_empty_and_headerless_files_are_refused(office: Office, tmp_path: Path, content, message):
    path = tmp_path / "ledger.csv"
    path.write_bytes(content)
    with pytest.raises(OfficeError, match=message):
        import_ledger(office, path)


def test_a_file_that_is_not_a_spreadsheet_is_refused(office: Office, tmp_path: Path):
    path = tmp_path / "ledger.xlsx"
    path.write_bytes(b"%PDF-1.7 not a workbook")
    with pytest.raises(OfficeError, match="cannot be read"):
        import_ledger(office, path)
    with pytest.raises(OfficeError, match="only .csv and .xlsx"):
        import_ledger(office, tmp_path / "ledger.ods")


def test_written_voucher_numbers_are_not_handed_out_again(office: Office, tmp_path: Path):
    path = _csv(
        tmp_path,
        [
            "2020-05-01,expense,2.1,1.00,,,",
            "2020-05-02,expense,2.1,1.00,,,2",
            "2020-05-03,expense,2.1,1.00,,,",
        ],
    )
    import_ledger(office, path)
    from rocb_desk.db.models import LedgerEntry

    with office.reading() as session:
        vouchers = sorted(e.voucher for e in session.query(LedgerEntry))
    assert vouchers == ["1", "2", "3"]
