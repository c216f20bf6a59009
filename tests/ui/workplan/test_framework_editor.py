"""The Strategic Framework's editor: goals edited in both languages, refusals shown, nothing lost."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from rocb_desk.services.office import Office
from rocb_desk.services.workplan.framework import framework_for, framework_periods, load_framework
from rocb_desk.ui.workplan.framework_editor import FrameworkEditor


def _editor(qtbot, office: Office) -> FrameworkEditor:
    editor = FrameworkEditor(office, load_framework(office, 2018), 2018)
    qtbot.addWidget(editor)
    return editor


def test_the_demo_framework_opens_with_its_seven_goals(qtbot, plan_office: Office):
    editor = _editor(qtbot, plan_office)
    goals = [editor.goal_list.item(i).text() for i in range(editor.goal_list.count())]
    assert len(goals) == 7 and goals[0].startswith("1. Promote the work on customs capacity")
    assert editor.goal_edits["title"].ru.text().startswith("Продвигать работу")
    assert editor.values.text("en").count("\n") == 3  # four values, one a line
    assert not editor.has_unsaved_changes()


def test_a_new_period_is_saved_as_a_framework_of_its_own(qtbot, plan_office: Office):
    editor = FrameworkEditor(plan_office, load_framework(plan_office, 2018), None)
    qtbot.addWidget(editor)
    editor.start_spin.setValue(2022)
    editor.end_spin.setValue(2025)
    editor.goal_list.setCurrentRow(6)
    editor.goal_edits["indicators"].en.setPlainText("Visitors of the website\nNewsletters sent")
    editor.add_goal()
    assert editor.number_spin.value() == 8
    editor.goal_edits["title"].en.setText("Strengthen the Regional Training Centers")
    editor.group_combo.setCurrentIndex(editor.group_combo.findData("keystone"))
    assert editor.try_save()

    assert framework_periods(plan_office) == [(2022, 2025), (2018, 2021)]
    newer = framework_for(plan_office, 2022, "en")
    assert newer.goal(8).title == "Strengthen the Regional Training Centers"
    assert newer.goal(7).indicators == ["Visitors of the website", "Newsletters sent"]
    assert len(framework_for(plan_office, 2020, "en").goals) == 7  # the old one untouched


def test_a_goal_without_a_title_is_refused_and_the_editor_stays(qtbot, plan_office: Office):
    editor = _editor(qtbot, plan_office)
    editor.add_goal()
    editor.tabs.setCurrentIndex(0)
    assert not editor.try_save()
    assert "goal 8" in editor.errors.labels["goals"].text()
    assert editor.tabs.currentIndex() == 1  # brought to the goals
    assert len(framework_for(plan_office, 2020, "en").goals) == 7


def test_closing_with_changes_asks_first(qtbot, plan_office: Office, monkeypatch):
    editor = _editor(qtbot, plan_office)
    editor.show()
    editor.mission.en.setPlainText("A new mission")
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Cancel)
    editor.reject()  # Cancel: the editor stays open with what was typed
    assert editor.isVisible() and editor.mission.text("en") == "A new mission"
    assert load_framework(plan_office, 2018).mission["en"] != "A new mission"


def test_the_plans_expected_impacts_are_edited_under_each_goal(qtbot, plan_office: Office):
    from rocb_desk.domain.fiscal import FinancialYear
    from rocb_desk.services.workplan.documents import plan_content
    from rocb_desk.ui.workplan.impacts_dialog import ImpactsDialog

    dialog = ImpactsDialog(plan_office, 2021)
    qtbot.addWidget(dialog)
    assert sorted(dialog.edits) == [1, 2, 3, 4, 5, 6, 7]
    assert dialog.edits[2].text("en") == "Increased customs capacity of Member Administrations."
    dialog.edits[2].en.setPlainText("Stronger customs administrations.")
    assert dialog.has_unsaved_changes() and dialog.try_save()
    impacts = plan_content(plan_office, FinancialYear(2021), "en").impacts
    assert impacts[2] == "Stronger customs administrations."
    assert impacts[3] == "Increased regional cooperation among the Member Administrations."
