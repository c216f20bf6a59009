"""The reader every import shares: row numbers as in the file, Excel's Russian CSV."""

from __future__ import annotations

from pathlib import Path

import pytest

from rocb_desk.domain.errors import OfficeError
from rocb_desk.services.tabular import read_rows


def test_rows_keep_their_line_numbers_across_blank_lines(tmp_path: Path):
    path = tmp_path / "list.csv"
    path.write_text("name,email\nAnna,a@x.org\n,\n\nBoris,bad\n", encoding="utf-8")
    rows = read_rows(path, ("name", "email"), ("name",))
    assert [(row.row, row.values["name"]) for row in rows] == [(2, "Anna"), (5, "Boris")]


def test_a_csv_saved_by_excel_on_a_russian_windows_is_read(tmp_path: Path):
    path = tmp_path / "list.csv"
    path.write_bytes("имя;почта\nАнна Петросян;a@x.org\n".encode("cp1251"))
    (row,) = read_rows(path, ("имя", "почта"), ("имя",))
    assert row.values == {"имя": "Анна Петросян", "почта": "a@x.org"}


def test_a_file_that_is_no_table_is_refused_naming_it(tmp_path: Path):
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(OfficeError) as refused:
        read_rows(path, ("name",), ("name",))
    assert "photo.xlsx" in str(refused.value)


def test_a_long_list_is_read_as_csv_and_a_workbook_that_long_is_sent_there(tmp_path: Path):
    """A whole archive's index fits a CSV; a workbook of more than 10,000 rows would take
    longer to read than an import may, so its refusal says how to import it instead."""
    import openpyxl

    from rocb_desk.domain.errors import OfficeError

    names = [f"Name {n}" for n in range(20_000)]
    path = tmp_path / "long.csv"
    path.write_text("name\n" + "\n".join(names) + "\n", encoding="utf-8")
    rows = read_rows(path, ("name",), ("name",))
    assert len(rows) == 20_000 and rows[-1].values["name"] == "Name 19999"

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["name"])
    for name in names[:10_001]:
        sheet.append([name])
    book.save(tmp_path / "long.xlsx")
    with pytest.raises(OfficeError, match="save it as CSV"):
        read_rows(tmp_path / "long.xlsx", ("name",), ("name",))
