"""The activity editor: refusals at their fields, a new activity in the review, the
status history, the evidence linked, attached and removed, and closing with changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from rocb_desk.services.office import Office
from rocb_desk.services.workplan import evidence, register, review
from rocb_desk.ui.workplan.activity_dialog import ActivityDialog
from rocb_desk.ui.workplan.evidence_panel import EvidencePicker
from rocb_desk.ui.workplan.models import EVIDENCE, STATUS
from rocb_desk.ui.workplan.review_page import ReviewPage

from . import on_dialog


def activity_id(office: Office, year: int, number: str) -> int:
    return next(row.id for row in review.review(office, year, "en") if row.number == number)


def save_button(dialog: ActivityDialog):  # noqa: ANN201
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


@pytest.fixture
def page(qtbot, plan_office: Office) -> ReviewPage:
    shown = ReviewPage(plan_office)
    qtbot.addWidget(shown)
    shown.show()
    shown.set_year(2021)
    return shown


def test_a_target_in_words_is_refused_at_the_target_field_and_nothing_is_saved(
    qtbot, plan_office: Office
):
    kept = [row.number for row in review.review(plan_office, 2021, "en")]
    before = len(kept)
    dialog = ActivityDialog(plan_office, None, 2021)
    assert dialog.number_edit.text() == "1.5"  # the first free number of goal 1
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_en_edit.setText("Survey of e-learning needs")
    dialog.tabs.setCurrentIndex(0)
    dialog.target_edit.setText("ten")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    error = dialog.errors.labels["target"]
    assert error.isVisible() and "whole number" in error.text()
    assert dialog.tabs.currentIndex() == 1  # brought forward to the field refused
    assert dialog.focusWidget() is dialog.target_edit  # the cursor there, to correct it
    assert not dialog.errors.labels["title_en"].isVisible()
    assert dialog.isVisible()  # still open, with what was typed
    assert len(review.review(plan_office, 2021, "en")) == before
    dialog.target_edit.setText("10")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert len(review.review(plan_office, 2021, "en")) == before + 1


def test_creating_an_activity_through_the_dialog_adds_a_row(page: ReviewPage):
    before = len(page.model.activities())
    goal_3 = [row.number for row in page.model.activities() if row.goal_number == 3]
    proposed = {}

    def fill(dialog: ActivityDialog):
        dialog.goal_combo.setCurrentIndex(dialog.goal_combo.findData(3))
        proposed["number"] = dialog.number_edit.text()
        dialog.title_en_edit.setText("Regional webinar on e-commerce")
        dialog.title_ru_edit.setText("Региональный вебинар по электронной торговле")
        dialog.stakeholder_checks["member_administrations"].setChecked(True)
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("initiated"))
        dialog.indicator_en_edit.setText("Number of participants")
        dialog.source_combo.setCurrentIndex(dialog.source_combo.findData("events"))
        dialog.target_edit.setText("2")
        save_button(dialog).click()

    on_dialog(fill)
    page.add()
    assert goal_3 == ["3.1", "3.2", "3.3"]
    assert proposed["number"] == "3.4"  # the next free number of the goal chosen
    rows = page.model.activities()
    assert len(rows) == before + 1
    added = next(row for row in rows if row.number == "3.4")
    assert added.title == "Regional webinar on e-commerce"
    assert page.selected_activity_id() == added.id  # the new row is chosen and shown
    assert "Regional webinar on e-commerce" in page.detail.toPlainText()
    row = page.model.row_of(added.id)
    assert page.model.index(row, STATUS).data() == "Initiated"
    form = register.load_activity(page.office, added.id)
    assert form.target == 2 and form.stakeholders == {"member_administrations"}


def test_a_new_status_is_dated_and_kept_in_the_history(qtbot, plan_office: Office):
    from datetime import date

    from PySide6.QtCore import QDate

    chosen = activity_id(plan_office, 2020, "3.2")
    dialog = ActivityDialog(plan_office, chosen, 2020)
    qtbot.addWidget(dialog)
    assert not dialog.since_edit.isEnabled()  # the day of the status kept, not to edit
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("ongoing"))
    assert dialog.since_edit.isEnabled()
    assert dialog.since_edit.date() == QDate(date.today())
    dialog.since_edit.setDate(QDate(2021, 2, 1))
    assert dialog.try_save(close=False)
    history = register.status_history(plan_office, chosen)
    assert [(h.status, h.changed_on) for h in history][-1] == ("ongoing", date(2021, 2, 1))
    assert not dialog.since_edit.isEnabled()


def test_linking_evidence_counts_in_the_review(page: ReviewPage, qtbot):
    page.set_year(2020)  # the demo office keeps records of 2020/2021 to link
    chosen = activity_id(page.office, 2020, "1.1")
    before = next(r for r in page.model.activities() if r.id == chosen).evidence
    dialog = ActivityDialog(page.office, chosen, 2020, parent=page)
    qtbot.addWidget(dialog)
    assert dialog.tabs.isTabEnabled(dialog.tabs.indexOf(dialog.evidence))
    panel = dialog.evidence
    listed = {}

    def pick(picker: EvidencePicker):
        picker.kind_combo.setCurrentIndex(picker.kind_combo.findData("letters"))
        listed["letters"] = picker.model.rowCount()
        picker.filter_edit.setText("Contact")
        picker.reload()  # as the typing pause would
        listed["contact"] = [line.label for line in picker.model.lines]
        picker.table.selectRow(0)
        picker.accept()

    on_dialog(pick)
    panel.link()
    assert listed["letters"] > len(listed["contact"]) > 0
    assert all("contact" in label.lower() for label in listed["contact"])
    assert panel.model.rowCount() == before + 1
    assert dialog.changed
    dialog.reject()  # nothing typed: closes without asking
    page.reload()
    row = page.model.row_of(chosen)
    assert page.model.index(row, EVIDENCE).data() == str(before + 1)


def test_documents_attached_by_dialog_and_by_drop_then_removed(
    qtbot, plan_office: Office, tmp_path: Path, monkeypatch
):
    agenda = tmp_path / "agenda.pdf"
    agenda.write_bytes(b"%PDF-1.4 agenda")
    minutes = tmp_path / "minutes.docx"
    minutes.write_bytes(b"PK minutes")
    chosen = activity_id(plan_office, 2020, "2.2")
    dialog = ActivityDialog(plan_office, chosen, 2020)
    qtbot.addWidget(dialog)
    panel = dialog.evidence
    assert panel.model.rowCount() == 0
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(agenda)], ""))
    panel.choose_files()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(minutes))])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    panel.dropEvent(drop)
    names = [item.label for item in evidence.evidence(plan_office, chosen, "en")]
    assert names == ["agenda.pdf", "minutes.docx"]
    assert [panel.model.index(r, 0).data() for r in range(2)] == ["Document", "Document"]
    assert agenda.exists() and minutes.exists()  # copies are kept; the originals stay
    panel.table.selectRow(0)
    assert panel.remove_button.isEnabled()
    panel.remove_selected()
    assert [item.label for item in evidence.evidence(plan_office, chosen, "en")] == ["minutes.docx"]


def test_a_new_activity_links_evidence_after_its_first_apply(qtbot, plan_office: Office):
    dialog = ActivityDialog(plan_office, None, 2021)
    qtbot.addWidget(dialog)
    assert not dialog.tabs.isTabEnabled(dialog.tabs.indexOf(dialog.evidence))
    assert dialog.hint.isVisibleTo(dialog)
    dialog.title_en_edit.setText("Webinar on the Revised Kyoto Convention")
    assert dialog.try_save(close=False)
    assert dialog.tabs.isTabEnabled(dialog.tabs.indexOf(dialog.evidence))
    assert "Webinar on the Revised Kyoto Convention" in dialog.windowTitle()
    assert not dialog.has_unsaved_changes()


def test_closing_with_changes_asks_and_discarding_keeps_the_office_as_it_was(
    qtbot, plan_office: Office, monkeypatch
):
    chosen = activity_id(plan_office, 2020, "1.3")
    kept = register.load_activity(plan_office, chosen).outcome_en
    dialog = ActivityDialog(plan_office, chosen, 2020)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.outcome_en_edit.setPlainText("Advertising reached every member.")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert dialog.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert not dialog.isVisible()
    assert register.load_activity(plan_office, chosen).outcome_en == kept
    again = ActivityDialog(plan_office, chosen, 2020)
    qtbot.addWidget(again)
    again.outcome_en_edit.setPlainText("Advertising reached every member.")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    again.reject()
    assert register.load_activity(plan_office, chosen).outcome_en == (
        "Advertising reached every member."
    )
