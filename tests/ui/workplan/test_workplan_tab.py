"""The Work plan tab in the main window: its place, its keys, its state across a language
change, and the review reading the needs and the other tabs' changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from rocb_desk.services.office import Office
from rocb_desk.services.workplan import evidence, review
from rocb_desk.ui.main_window import MainWindow
from rocb_desk.ui.workplan.models import EVIDENCE, PROGRESS


@pytest.fixture
def window(qtbot, plan_office: Office) -> MainWindow:
    main = MainWindow(plan_office)
    qtbot.addWidget(main)
    main.show()
    return main


def test_the_work_plan_tab_follows_the_correspondence(window: MainWindow):
    tabs = window.tabs
    assert tabs.indexOf(window.workplan_tab) == tabs.indexOf(window.letters_tab) + 1
    assert tabs.tabText(tabs.indexOf(window.workplan_tab)) == "&Work plan"
    pages = window.workplan_tab.pages
    assert [pages.tabText(i) for i in range(pages.count())] == [
        "Review",
        "Status chart",
        "Needs register",
        "Strategic Framework",
        "RTC reports",
    ]
    assert pages.currentWidget() is window.workplan_tab.review  # the review first


def test_a_language_change_keeps_the_plan_the_filter_and_the_activity(window: MainWindow):
    tab = window.workplan_tab
    tab.review.set_year(2020)
    tab.review.attention_check.setChecked(True)
    chosen = next(row.id for row in tab.review.model.activities() if row.number == "3.2")
    tab.review.select_activity(chosen)
    tab.needs.set_year(2020)
    tab.pages.setCurrentIndex(1)
    window.set_language("ru")
    tab = window.workplan_tab
    assert tab.review.selected_year() == 2020
    assert tab.review.attention_check.isChecked()
    assert tab.review.selected_activity_id() == chosen
    assert tab.needs.selected_year() == 2020
    assert tab.pages.currentIndex() == 1
    assert tab.chart.year_combo.currentData() == 2020  # the chart shows the review's plan


def test_the_chart_and_framework_follow_the_reviews_plan(window: MainWindow):
    tab = window.workplan_tab
    tab.review.set_year(2020)
    assert tab.chart.chart.chart == review.status_chart(window.office, 2020)
    assert tab.framework.year_combo.currentData() == 2020
    tab.review.set_year(2021)
    assert tab.chart.chart.chart == review.status_chart(window.office, 2021)


def test_a_need_received_counts_in_activity_1_1_at_once(window: MainWindow, monkeypatch):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDialogButtonBox

    from rocb_desk.ui.workplan.need_dialog import NeedDialog

    from . import on_dialog

    tab = window.workplan_tab
    tab.review.set_year(2020)
    row = next(
        r for r, line in enumerate(tab.review.model.lines) if getattr(line, "number", "") == "1.1"
    )
    assert tab.review.model.index(row, PROGRESS).data() == "9"

    def fill(dialog: NeedDialog):
        dialog.year_spin.setValue(2021)
        dialog.member_combo.setCurrentIndex(1)
        dialog.topic_en_edit.setText("Customs laboratories")
        dialog.step_edits["received"].setDate(QDate(2021, 3, 10))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    on_dialog(fill)
    tab.needs.add()
    assert tab.review.model.index(row, PROGRESS).data() == "10"


def test_coming_back_to_the_tab_reads_the_evidence_again(window: MainWindow):
    tab = window.workplan_tab
    window.tabs.setCurrentWidget(tab)
    tab.review.set_year(2020)
    chosen = next(row for row in tab.review.model.activities() if row.number == "2.2")
    assert chosen.evidence == 0
    window.tabs.setCurrentWidget(window.events_tab)
    event = evidence.candidates(window.office, chosen.id, "events", "en")[0]
    evidence.link(window.office, chosen.id, "events", [event.record_id])  # as another tab might
    window.tabs.setCurrentWidget(tab)
    row = tab.review.model.row_of(chosen.id)
    assert tab.review.model.index(row, EVIDENCE).data() == "1"


def test_ctrl_n_on_the_review_opens_a_new_activity(qtbot, window: MainWindow, monkeypatch):
    from rocb_desk.ui.workplan.activity_dialog import ActivityDialog

    opened = []
    monkeypatch.setattr(
        ActivityDialog,
        "edit",
        classmethod(
            lambda cls, parent, office, activity_id, year: (
                opened.append((activity_id, year)),
                (None, False),
            )[1]
        ),
    )
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.tabs.setCurrentWidget(window.workplan_tab)  # the other tabs have their own Ctrl+N
    window.workplan_tab.review.set_year(2021)
    window.workplan_tab.review.year_combo.setFocus()
    qtbot.keyClick(
        window.workplan_tab.review.year_combo, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
    )
    assert opened == [(None, 2021)]
