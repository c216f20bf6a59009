"""The RTC reports page on the demo office: the year's list, the aggregate, the template,
an import through the preview (replacing after a question), view and delete."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog

from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services.rtc import reports
from rocb_desk.ui.rtc import RtcReportsPage
from rocb_desk.ui.rtc.page import RtcImportDialog, RtcReportView


@pytest.fixture
def page(qtbot, demo_office):  # noqa: ANN001, ANN201
    widget = RtcReportsPage(demo_office, None)
    qtbot.addWidget(widget)
    return widget


def _select(page, code: str) -> None:  # noqa: ANN001
    row = next(i for i, line in enumerate(page.lines) if line.code == code)
    page.table.selectRow(row)


def test_the_demo_year_is_shown_with_its_aggregate(page):
    assert page.year == FinancialYear(2020)
    assert page.table.rowCount() == 7
    assert page.table.item(0, 0).text() == "RTC Baku"
    assert "24 events and plan 22 more" in page.summary.text()
    assert "3 of the 7 RTCs have accommodation facilities." in page.summary.text()
    assert not page.delete_button.isEnabled()
    _select(page, "MOSCOW")
    assert page.delete_button.isEnabled()


def test_template_import_replaces_after_asking(page, tmp_path, monkeypatch, answer_yes):
    _select(page, "BAKU")
    path = tmp_path / "baku.xlsx"
    assert page.save_template(path, page.selected().rtc_id)
    book = openpyxl.load_workbook(path)
    events = book.worksheets[1]
    header = next(r[0].row for r in events.iter_rows() if r[0].value == "#")
    events.cell(header + 1, 2, "Only event")
    events.cell(header + 1, 3, "June 2020")
    book.save(path)
    shown: list[RtcImportDialog] = []

    def accept(dialog):  # noqa: ANN001, ANN202
        shown.append(dialog)
        assert dialog.import_button.isEnabled()
        dialog.import_all()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(RtcImportDialog, "ask", accept)
    assert page.import_file(path)
    assert "already has a report" in answer_yes["question"][0]
    baku = next(line for line in page.lines if line.code == "BAKU")
    assert (baku.held, baku.planned) == (1, 0)
    assert "plan 17 more" in page.summary.text()


def test_a_wrong_file_shows_the_refusals_and_imports_nothing(page, tmp_path, monkeypatch):
    path = tmp_path / "wrong.xlsx"
    assert page.save_template(path)
    book = openpyxl.load_workbook(path)
    general = book.worksheets[0]
    for row in general.iter_rows():
        if row[0].value == "template_version":
            row[2].value = "OLD-1"
        if row[0].value == "rtc":
            row[2].value = "SKOPJE"
    book.save(path)
    seen: list[str] = []

    def look(dialog):  # noqa: ANN001, ANN202
        seen.append(dialog.summary.text())
        assert not dialog.import_button.isEnabled()
        return False

    monkeypatch.setattr(RtcImportDialog, "ask", look)
    assert not page.import_file(path)
    assert "refused" in seen[0]
    skopje = next(line for line in page.lines if line.code == "SKOPJE")
    assert (skopje.held, skopje.planned) == (1, 2)


def test_view_and_delete(page, monkeypatch, answer_yes, demo_office):
    opened: list[str] = []
    monkeypatch.setattr(
        RtcReportView, "exec", lambda view: opened.append(view.text.toPlainText()) or 0
    )
    _select(page, "MOSCOW")
    page.open_selected()
    assert "Russian Customs Academy" in opened[0]
    assert page.delete_selected()
    assert answer_yes["question"]
    assert reports.find_report(demo_office, page.lines[4].rtc_id, FinancialYear(2020)) is None
    assert "6 of the 7 RTCs sent" in page.summary.text()


def test_a_template_with_another_suffix_is_saved_as_xlsx(page, tmp_path: Path):
    assert page.save_template(tmp_path / "blank.txt")
    assert (tmp_path / "blank.xlsx").exists()
