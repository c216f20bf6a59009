"""`workplan export` of the command-line contract, on the demo office, read back."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from rocb_desk.cli import run
from rocb_desk.paths import resource_path

PLANS = {
    plan["year"]: plan
    for plan in json.loads(resource_path("demo", "workplan.json").read_text(encoding="utf-8"))[
        "plans"
    ]
}
GOALS = json.loads(resource_path("demo", "workplan.json").read_text(encoding="utf-8"))["framework"][
    "goals"
]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("workplan") / "o.sqlite3")
    assert run(["--db", db, "init", "--demo"]) == 0
    return db


def _squeezed(text: str) -> str:
    """Text with its line breaks and hyphenation-free wrapping undone, for comparison."""
    return " ".join(text.split())


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            seen = []
            for cell in row.cells:  # merged cells repeat: keep each once
                if cell._tc not in seen:
                    seen.append(cell._tc)
                    parts.append(cell.text)
    return _squeezed("\n".join(parts))


def _pdf_text(path: Path) -> str:
    return _squeezed("\n".join(page.extract_text() for page in PdfReader(path).pages))


def _xlsx_text(path: Path) -> tuple[list[str], str]:
    book = openpyxl.load_workbook(path)
    cells = [
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    return book.sheetnames, _squeezed("\n".join(cells))


@pytest.mark.parametrize("suffix", [".docx", ".pdf", ".xlsx"])
def test_workplan_export_writes_every_goal_and_activity_word_for_word(
    demo_db: str, tmp_path: Path, capsys, suffix: str
):
    target = tmp_path / f"plan{suffix}"
    code = run(["--db", demo_db, "workplan", "export", "--year", "2021/2022", "-o", str(target)])
    assert code == 0
    assert capsys.readouterr().out.strip() == str(target)
    if suffix == ".docx":
        text = _docx_text(target)
        landscape = docx.Document(str(target)).sections[0]
        assert landscape.page_width > landscape.page_height
    elif suffix == ".pdf":
        text = _pdf_text(target)
        box = PdfReader(target).pages[0].mediabox
        assert box.width > box.height
    else:
        sheets, text = _xlsx_text(target)
        assert sheets == [f"Goal {n}" for n in range(1, 8)]
    for goal in GOALS:
        assert f"Strategic Goal {goal['number']}: {goal['title_en']}" in text
    activities = PLANS["2021/2022"]["activities"]
    assert len(activities) == 19
    for activity in activities:
        for name in ("title_en", "expected_output_en", "indicator_en", "intended_outcome_en"):
            assert _squeezed(activity[name]) in text, (activity["number"], name)
    for impact in PLANS["2021/2022"]["goal_impacts"].values():
        assert f"Expected Impact: {_squeezed(impact['en'])}" in text
    # The status as the report words it where it says more than "Ongoing".
    assert "Initiated in early 2020" in text


def test_the_plan_in_russian(demo_db: str, tmp_path: Path):
    target = tmp_path / "plan.docx"
    code = run(
        [
            "--db",
            demo_db,
            "--lang",
            "ru",
            "workplan",
            "export",
            "--year",
            "2021/2022",
            "-o",
            str(target),
        ]
    )
    assert code == 0
    text = _docx_text(target)
    for activity in PLANS["2021/2022"]["activities"]:
        assert _squeezed(activity["title_ru"]) in text
    assert "Стратегическая цель 1" in text and "Ожидаемое воздействие" in text
    assert "Strategic Goal" not in text and "Expected Impact" not in text


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_report_of_activities_2020_2021_has_bullets_and_outcomes(
    demo_db: str, tmp_path: Path, suffix: str
):
    target = tmp_path / f"activities{suffix}"
    args = ["--db", demo_db, "workplan", "export", "--year", "2020/2021"]
    assert run([*args, "--content", "activities", "-o", str(target)]) == 0
    text = _docx_text(target) if suffix == ".docx" else _pdf_text(target)
    activities = PLANS["2020/2021"]["activities"]
    for activity in activities:
        assert f"{activity['number']} {_squeezed(activity['title_en'])}" in text
        assert _squeezed(activity["outcome_en"]) in text
        assert _squeezed(activity["progress_en"][0]) in text
    assert text.count("\u221a") == sum(1 for a in activities if a["outcome_en"])
    # The counted indicators, beside the words.
    assert "Number of needs collected: 9" in text
    if suffix == ".docx":
        styles = {p.style.name for p in docx.Document(str(target)).paragraphs}
        assert "List Bullet" in styles


def test_a_wrong_format_or_a_year_without_a_plan(demo_db: str, tmp_path: Path, capsys):
    target = tmp_path / "activities.xlsx"
    args = ["--db", demo_db, "workplan", "export", "--year", "2020/2021"]
    assert run([*args, "--content", "activities", "-o", str(target)]) == 1
    assert not target.exists()
    assert ".docx / .pdf" in capsys.readouterr().err

    empty = tmp_path / "plan.pdf"
    assert (
        run(["--db", demo_db, "workplan", "export", "--year", "2030/2031", "-o", str(empty)]) == 0
    )
    assert "no work plan for 2030/2031" in capsys.readouterr().err
    assert "has no activities" in _pdf_text(empty)


def test_a_picture_of_the_directors_review(demo_db: str, tmp_path: Path):
    from PySide6.QtGui import QImage

    target = tmp_path / "review.png"
    code = run(["--db", demo_db, "screenshot", "-o", str(target), "--workplan", "2020/2021"])
    assert code == 0
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 760)
    # Goal rows are tinted across the table: the picture is of the review, not another tab.
    assert image.pixelColor(640, 192) != image.pixelColor(640, 214)
