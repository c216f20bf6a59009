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
