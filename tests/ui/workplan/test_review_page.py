"""The review page: the year's activities by goal, the attention filter, the detail panel,
sign-offs, carry forward, delete and the exports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QMessageBox

from rocb_desk.services.office import Office
from rocb_desk.services.workplan import register, review
from rocb_desk.ui.workplan.exporting import ExportDialog
from rocb_desk.ui.workplan.models import ACTIVITY, NUMBER, PROGRESS, SIGNED, STATUS
from rocb_desk.ui.workplan.review_page import ReviewPage

from . import on_dialog
from .conftest import ACTOR


@pytest.fixture
def page(qtbot, plan_office: Office) -> ReviewPage:
    shown = ReviewPage(plan_office)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    shown.set_year(2020)
    return shown


def numbers(page: ReviewPage) -> list[str]:
    return [row.number for row in page.model.activities()]


def cell(page: ReviewPage, number: str, column: int) -> str:
    row = next(
        r for r, line in enumerate(page.model.lines) if getattr(line, "number", "") == number
    )
    return page.model.index(row, column).data() or ""


def choose(page: ReviewPage, number: str) -> int:
    activity = next(row for row in page.model.activities() if row.number == number)
    page.select_activity(activity.id)
    return activity.id


def test_the_plan_2020_shows_its_27_activities_by_goal_with_their_outcomes(page: ReviewPage):
    assert page.year_combo.currentText() == "2020/2021"
    assert len(numbers(page)) == 27
    assert numbers(page)[:4] == ["1.1", "1.2", "1.3", "1.4"]
    goal_rows = page.model.goal_rows()
    assert len(goal_rows) == 7
    assert page.model.index(goal_rows[0], 0).data().startswith("Strategic Goal 1: Promote")
    assert page.table.columnSpan(goal_rows[0], 0) == page.model.columnCount()
    assert cell(page, "2.5", STATUS).startswith("Completed \u2013 Considered accomplished")
    assert cell(page, "1.1", PROGRESS) == "9"  # the needs received in the year, counted
    assert "Activities: 27; needing attention: 16" == page.count_label.text()

    choose(page, "1.1")
    shown = page.detail.toPlainText()
    assert "Orchestrated approach with the WCO Secretariat" in shown
    assert "\u221a" in shown  # the outcome achieved, marked as the report marks it
    assert "This year there were seven requesting administrations" in shown  # progress
    assert "IN-2021/1" in shown  # the evidence: the letters linked
    assert "2020-04-01" in shown  # the status history
    assert page.edit_action.isEnabled() and page.sign_action.isEnabled()

    page.table.selectRow(goal_rows[1])  # a goal's row: the goal, no activity commands
    assert "Strategic Goal 2" in page.detail.toPlainText()
    assert not page.edit_action.isEnabled() and not page.delete_action.isEnabled()


def test_the_year_opens_on_this_years_plan_or_the_newest(qtbot, plan_office: Office):
    from rocb_desk.ui.workplan.labels import opening_year

    assert opening_year([2021, 2020], today=date(2020, 6, 1)) == 2020
    assert opening_year([2021, 2020], today=date(2030, 6, 1)) == 2021
    shown = ReviewPage(plan_office)
    qtbot.addWidget(shown)
    offered = [shown.year_combo.itemText(i) for i in range(shown.year_combo.count())]
    assert offered == ["2021/2022", "2020/2021"]


def test_needing_attention_hides_the_activities_with_progress_and_evidence(page: ReviewPage):
    everything = review.review(page.office, 2020, "en")
    settled = {row.number for row in everything if not row.attention}
    assert "1.1" in settled and len(settled) == 11
    page.attention_check.setChecked(True)
    assert len(numbers(page)) == 16
    assert not settled & set(numbers(page))
    assert cell(page, "3.2", 6) == "Overdue, no evidence"
    page.attention_check.setChecked(False)
    assert len(numbers(page)) == 27


def test_signing_off_an_activity_shows_the_signer_in_the_table(page: ReviewPage, said):
    activity_id = choose(page, "1.1")
    assert cell(page, "1.1", SIGNED) == ""
    page.sign_action.trigger()
    assert "activity 1.1" in said["input"][0]
    today = date.today().isoformat()
    assert cell(page, "1.1", SIGNED) == f"{ACTOR}, {today}"
    assert page.selected_activity_id() == activity_id  # still on the activity signed
    assert f"Signed off by {ACTOR}, {today}" in page.detail.toPlainText()
    assert "Reviewed" in page.detail.toPlainText()  # the comment


def test_a_cancelled_sign_off_signs_nothing(page: ReviewPage, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("", False))
    choose(page, "1.2")
    page.sign_action.trigger()
    assert cell(page, "1.2", SIGNED) == ""


def test_signing_off_the_years_progress_is_shown_to_everyone(page: ReviewPage, qtbot):
    assert "not signed off yet" in page.sign_off_label.text()
    page.sign_year_action.trigger()
    text = page.sign_off_label.text()
    assert f"signed off by {ACTOR}, {date.today().isoformat()}" in text and "Reviewed" in text
    other = ReviewPage(page.office)  # another window, another user: the same banner
    qtbot.addWidget(other)
    other.set_year(2020)
    assert other.sign_off_label.text() == text
    other.set_year(2021)
    assert "2021/2022 is not signed off yet" in other.sign_off_label.text()


def test_a_sign_off_given_by_mistake_is_withdrawn(page: ReviewPage, said):
    choose(page, "1.1")
    page.sign_action.trigger()
    assert page.sign_action.text() == "&Withdraw sign-off…"
    page.sign_action.trigger()  # asks first (answered Yes), then withdraws
    assert "Withdraw the sign-off of activity 1.1" in said["question"][-1]
    assert cell(page, "1.1", SIGNED) == ""
    assert page.sign_action.text() == "&Sign off activity…"
    page.sign_year_action.trigger()
    assert "Withdraw" in page.sign_year_action.text()
    page.sign_year_action.trigger()
    assert "not signed off yet" in page.sign_off_label.text()


def test_the_expected_impacts_are_edited_from_the_review(page: ReviewPage, qtbot):
    def change(dialog):  # noqa: ANN001, ANN202
        dialog.edits[1].en.setPlainText("More capacity, better used.")
        dialog.try_save()

    on_dialog(change)
    page.impacts_action.trigger()
    choose_goal = next(r for r, line in enumerate(page.model.lines) if line.number == 1)
    page.table.selectRow(choose_goal)
    assert "More capacity, better used." in page.detail.toPlainText()


def test_carry_forward_from_2021_creates_the_plan_2022(page: ReviewPage, said):
    page.set_year(2021)
    assert len(numbers(page)) == 19
    assert page.carry_action.text().replace("&", "") == "Carry forward to 2022/2023…"
    unfinished = [row.number for row in page.model.activities() if row.status != "completed"]
    page.carry_action.trigger()
    assert "2022/2023" in said["question"][0]
    assert page.year_combo.currentText() == "2022/2023"  # the new plan is shown
    assert numbers(page) == unfinished
    assert register.plan_years(page.office) == [2022, 2021, 2020]
    assert f"Copied into 2022/2023: {len(unfinished)}." in said["information"][0]
    page.set_year(2021)
    page.carry_action.trigger()  # twice changes nothing, and says so
    assert f"Already in the plan 2022/2023: {len(unfinished)}." in said["information"][1]


def test_delete_asks_first_and_a_no_keeps_the_activity(page: ReviewPage, monkeypatch):
    choose(page, "2.6")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.delete_action.trigger()
    assert "2.6" in numbers(page)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_action.trigger()
    assert "2.6" not in numbers(page) and len(numbers(page)) == 26


def test_a_target_shows_a_progress_bar(page: ReviewPage, qtbot):
    activity_id = choose(page, "1.2")  # four events of the year counted
    form = register.load_activity(page.office, activity_id)
    form.target = "8"
    register.save_activity(page.office, form, activity_id)
    page.reload()
    assert cell(page, "1.2", PROGRESS) == "4 / 8"
    page.table.clearSelection()  # the bar's own colour, not the selection's
    row = page.model.row_of(activity_id)
    rect = page.table.visualRect(page.model.index(row, PROGRESS))
    image = page.table.viewport().grab(rect).toImage()
    blue = QColor("#64b5f6")
    filled = sum(
        1
        for x in range(image.width())
        if image.pixelColor(x, image.height() // 2).rgb() == blue.rgb()
    )
    assert 0.3 * image.width() < filled < 0.6 * image.width()  # half way: four of eight


def test_enter_on_the_table_opens_the_activity(page: ReviewPage, qtbot, monkeypatch):
    from rocb_desk.ui.workplan.activity_dialog import ActivityDialog

    opened = []
    monkeypatch.setattr(
        ActivityDialog,
        "edit",
        classmethod(
            lambda cls, parent, office, activity_id, *a: (
                opened.append(activity_id),
                (activity_id, False),
            )[1]
        ),
    )
    activity_id = choose(page, "3.3")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [activity_id]
    page.table.doubleClicked.emit(page.model.index(page.model.row_of(activity_id), ACTIVITY))
    assert opened == [activity_id, activity_id]
    assert cell(page, "3.3", NUMBER) == "3.3"


def test_export_the_plan_as_a_word_document(page: ReviewPage, tmp_path: Path, monkeypatch):
    from docx import Document

    target = tmp_path / "plan.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def choose_word(dialog: ExportDialog):
        formats = [dialog.format_combo.itemData(i) for i in range(dialog.format_combo.count())]
        assert formats == [".docx", ".pdf", ".xlsx"]
        dialog.format_combo.setCurrentIndex(0)
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
        dialog.accept()

    on_dialog(choose_word)
    page.export_plan_action.trigger()
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "Work Plan 2020/2021" in text
    assert "Strategic Goal 1" in text


def test_export_the_report_of_activities_in_russian(page: ReviewPage, tmp_path: Path, monkeypatch):
    from docx import Document

    target = tmp_path / "report.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def choose_russian(dialog: ExportDialog):
        formats = [dialog.format_combo.itemData(i) for i in range(dialog.format_combo.count())]
        assert formats == [".docx", ".pdf"]  # the report is prose: no spreadsheet
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ru"))
        dialog.accept()

    on_dialog(choose_russian)
    page.export_report_action.trigger()
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "Обеспечивается согласованный с Секретариатом ВТамО подход" in text
