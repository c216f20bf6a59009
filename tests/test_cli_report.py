"""`report` of the command-line contract: the demo office's annual progress report 2020/2021
as PDF and Word, read back, in English and Russian."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from rocb_desk.cli import run
from rocb_desk.paths import resource_path

WORKPLAN = json.loads(resource_path("demo", "workplan.json").read_text(encoding="utf-8"))
EVENTS = json.loads(resource_path("demo", "events_2020_2021.json").read_text(encoding="utf-8"))
RTCS = json.loads(resource_path("demo", "rtc_reports_2020_2021.json").read_text(encoding="utf-8"))[
    "reports"
]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("report") / "o.sqlite3")
    assert run(["--db", db, "init", "--demo"]) == 0
    return db


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def _read(path: Path) -> str:
    if path.suffix == ".pdf":
        return _squeezed("\n".join(page.extract_text() for page in PdfReader(path).pages))
    word = docx.Document(str(path))
    parts = [p.text for p in word.paragraphs]
    for table in word.tables:
        for row in table.rows:
            seen = []
            for cell in row.cells:
                if cell._tc not in seen:
                    seen.append(cell._tc)
                    parts.append(cell.text)
    return _squeezed("\n".join(parts))


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_report_2020_2021_carries_the_sources_sections(demo_db: str, tmp_path: Path, suffix):
    target = tmp_path / f"report{suffix}"
    assert run(["--db", demo_db, "report", "--fy", "2020/2021", "-o", str(target)]) == 0
    text = _read(target)
    # C: each activity of the year with its outcome.
    for activity in WORKPLAN["plans"][0]["activities"]:
        assert _squeezed(activity["outcome_en"]) in text
    # D: the fourteen events.
    for event in EVENTS["events"]:
        assert _squeezed(event["title_en"]) in text
    # E: the nineteen activities of 2021/2022.
    for activity in WORKPLAN["plans"][1]["activities"]:
        assert _squeezed(activity["title_en"]) in text
    # F: the seven RTCs, their events, and the survey as section C 4.4 sums it up.
    assert len(RTCS) == 7
    for rtc in RTCS:
        assert _squeezed(rtc["name_reported"]) in text
        for event in rtc["held"]:
            assert _squeezed(event["name"]) in text
    assert "3 of the 7 RTCs have accommodation facilities." in text
    assert "5 of the 7 RTCs are willing to specialize in certain topics." in text
    # G: the three totals of the financial statement.
    for figure in ("63,957.82", "12,196.48", "51,761.34"):
        assert figure in text
    if suffix == ".docx":
        word = docx.Document(str(target))
        assert 'TOC \\o "1-2"' in word.element.xml
        assert [s.page_width > s.page_height for s in word.sections] == [False, True, False]
    else:
        reader = PdfReader(target)
        top = [item.title for item in reader.outline if not isinstance(item, list)]
        assert top[:3] == ["Foreword", "Executive Summary", "A. Introduction"]
        assert top[-1] == "G. Financial Aspects"


def test_the_report_in_russian(demo_db: str, tmp_path: Path):
    target = tmp_path / "report.pdf"
    args = ["--db", demo_db, "--lang", "ru", "report", "--fy", "2020/2021", "-o", str(target)]
    assert run(args) == 0
    text = _read(target)
    assert "Ежегодный отчёт о ходе работы 2020/2021" in text
    for activity in WORKPLAN["plans"][1]["activities"]:
        assert _squeezed(activity["title_ru"]) in text
    assert "63 957,82" in text


def test_a_report_in_a_format_it_does_not_come_in_is_refused(demo_db: str, tmp_path, capsys):
    target = tmp_path / "report.xlsx"
    assert run(["--db", demo_db, "report", "--fy", "2020/2021", "-o", str(target)]) == 1
    assert not target.exists() and ".pdf / .docx" in capsys.readouterr().err
