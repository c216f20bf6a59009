"""`events export` and `events list` of the command-line contract, on the demo office."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from rocb_desk.cli import run

DATES = [
    "2 June 2020",
    "3 June 2020",
    "24 September 2020",
    "20 November 2020",
    "25\u201326 November 2020",
    "2 December 2020",
    "2\u20134 December 2020",
    "16\u201318 December 2020",
    "18\u201322 January 2021",
    "18\u201319 February 2021",
    "22\u201324 February 2021",
    "25\u201326 February 2021",
    "16 March 2021",
    "24 March 2021",
]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("events") / "o.sqlite3")
    assert run(["--db", db, "init", "--demo"]) == 0
    return db


def _dates_in(text: str) -> list[str]:
    text = " ".join(text.split())
    months = "|".join(["January", "February", "March", "June", "September", "November", "December"])
    pattern = r"\d{1,2}(?:\u2013\d{1,2})? (?:" + months + r") 20\d\d"
    return re.findall(pattern, text)


@pytest.mark.parametrize("suffix", [".xlsx", ".docx", ".pdf"])
def test_events_export_lists_the_fourteen_events_in_date_order(
    demo_db: str, tmp_path: Path, capsys, suffix: str
):
    target = tmp_path / f"events{suffix}"
    assert run(["--db", demo_db, "events", "export", "--fy", "2020/2021", "-o", str(target)]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    if suffix == ".xlsx":
        rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
        header = rows.index(("#", "Event", "Location", "Date"))
        events = rows[header + 1 : header + 15]
        assert [row[0] for row in events] == list(range(1, 15))
        assert [row[3] for row in events] == DATES
        assert events[8][1] == "National Workshop on Post Clearance Audit for Moldova"
        return
    if suffix == ".docx":
        (table,) = docx.Document(target).tables
        text = "\n".join(row.cells[3].text for row in table.rows)
    else:
        text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
        text = text.split("Date", 1)[1]  # the table, after the sentence naming the period
    assert _dates_in(text) == DATES


def test_events_export_refuses_a_format_it_does_not_write(demo_db: str, tmp_path: Path, capsys):
    code = run(
        ["--db", demo_db, "events", "export", "--fy", "2020/2021", "-o", str(tmp_path / "e.odt")]
    )
    assert code == 1
    assert "e.odt" in capsys.readouterr().err
    assert not (tmp_path / "e.odt").exists()


def test_events_list_and_the_supported_events(demo_db: str, tmp_path: Path, capsys):
    assert run(["--db", demo_db, "events", "list", "--fy", "2020/2021"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 14
    assert sum("financially_supported" in line for line in lines) == 8
    assert lines[0].startswith("2020-06-02\t2020-06-02\t")
    target = tmp_path / "supported.xlsx"
    argv = ["--db", demo_db, "events", "export", "--fy", "2020/2021", "-o", str(target)]
    assert run([*argv, "--content", "supported"]) == 0
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    numbered = [row for row in rows if isinstance(row[0], int)]
    assert len(numbered) == 8
