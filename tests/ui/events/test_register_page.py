"""The register: the list, its filters, the calendar, deleting, exporting."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFileDialog

from rocb_desk import i18n
from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services.books import ledger
from rocb_desk.services.events import register
from rocb_desk.services.events.queries import EventFilter, list_events
from rocb_desk.services.office import Office
from rocb_desk.ui.events.list_page import NARRATIVES, TABLE, EventsPage, ExportDialog
from rocb_desk.ui.events.tab import EventsTab

from . import on_dialog


@pytest.fixture
def page(qtbot, demo_office: Office) -> EventsPage:
    widget = EventsPage(demo_office)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def titles(page: EventsPage) -> list[str]:
    return [page.model.line_at(row).title for row in range(page.model.rowCount())]


def test_opens_on_the_latest_year_with_its_events_in_date_order(page: EventsPage):
    assert page.selected_year() == FinancialYear(2020)
    assert page.model.rowCount() == 14
    starts = [page.model.line_at(row).start for row in range(14)]
    assert starts == sorted(starts) and starts[0] == date(2020, 6, 2)
    assert page.model.data(page.model.index(0, 0)) == "1"
    assert "14" in page.count_label.text() and "1,937.57" in page.count_label.text()


def test_each_filter_narrows_the_list(qtbot, page: EventsPage):
    page.role_combo.setCurrentIndex(page.role_combo.findData("financially_supported"))
    assert page.model.rowCount() == 8
    page.role_combo.setCurrentIndex(0)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("webinar"))
    assert page.model.rowCount() == 1
    assert "Smuggling" in titles(page)[0]
    page.kind_combo.setCurrentIndex(0)
    page.text_edit.setText("Moldova")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)  # filtered once the typing pauses
    page.text_edit.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 14)
    page.modality_combo.setCurrentIndex(page.modality_combo.findData("in_person"))
    assert page.model.rowCount() == 0
    page.modality_combo.setCurrentIndex(0)
    this_year = FinancialYear.of(date.today()).start_year  # offered even without events
    page.year_combo.setCurrentIndex(page.year_combo.findData(this_year))
    assert page.model.rowCount() == 0
    page.year_combo.setCurrentIndex(page.year_combo.findData(None))  # all years
    assert page.model.rowCount() == 14


def test_sorting_by_a_column_keeps_the_report_numbers(page: EventsPage):
    page.table.sortByColumn(8, Qt.SortOrder.DescendingOrder)  # costs, largest first
    first = page.model.line_at(0)
    assert first.cost == max(page.model.line_at(r).cost for r in range(14))
    assert page.model.data(page.model.index(0, 0)) == "9"  # the report's number of the event


def test_the_calendar_marks_event_days_and_a_click_filters_the_list(page: EventsPage):
    calendar = page.calendar.calendar
    calendar.setCurrentPage(2020, 12)
    marked = calendar.dateTextFormat(QDate(2020, 12, 2))
    assert marked.fontWeight() == QFont.Weight.Bold
    assert calendar.dateTextFormat(QDate(2020, 12, 3)).fontWeight() == QFont.Weight.Bold
    assert calendar.dateTextFormat(QDate(2020, 12, 10)).fontWeight() != QFont.Weight.Bold
    assert "2 event" in marked.toolTip()

    calendar.setSelectedDate(QDate(2020, 12, 2))
    calendar.clicked.emit(QDate(2020, 12, 2))  # as a click on the day does
    assert page.model.rowCount() == 2
    assert {page.model.line_at(r).start for r in range(2)} == {date(2020, 12, 2)}
    assert page.calendar.clear_button.isEnabled()
    page.calendar.clear_button.click()
    assert page.model.rowCount() == 14


def test_a_chosen_day_outside_the_year_shown_is_still_found(page: EventsPage):
    page.year_combo.setCurrentIndex(
        page.year_combo.findData(FinancialYear.of(date.today()).start_year)
    )
    page.calendar.choose(date(2021, 1, 20))
    assert titles(page) == ["National Workshop on Post Clearance Audit for Moldova"]


def test_delete_an_event_with_costs_asks_and_keeps_the_entries(
    qtbot, page: EventsPage, demo_office: Office, answer_yes
):
    before = ledger.entry_count(demo_office)
    page.text_edit.setText("AEO MRA")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    event_id = page.selected_event_id()
    assert register.cost_total(demo_office, event_id) == 540
    page.delete_action.trigger()
    assert (
        "540.00" in answer_yes["question"][-1] and "stay in the books" in answer_yes["question"][-1]
    )
    assert page.model.rowCount() == 0
    assert ledger.entry_count(demo_office) == before
    page.text_edit.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 13)


def test_delete_declined_changes_nothing(page: EventsPage, demo_office: Office, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.table.selectRow(0)
    page.delete_selected()
    assert page.model.rowCount() == 14


def test_export_the_events_table_and_the_narratives(page: EventsPage, tmp_path: Path, monkeypatch):
    import docx

    chosen = iter(
        [
            (TABLE, ".docx", "en", FinancialYear(2020)),
            (NARRATIVES, ".docx", "ru", FinancialYear(2020)),
        ]
    )
    monkeypatch.setattr(ExportDialog, "choose", classmethod(lambda cls, *a: next(chosen)))
    target = iter([tmp_path / "events.docx", tmp_path / "narratives"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(target)), ""))
    page.export()
    table = docx.Document(str(tmp_path / "events.docx")).tables[0]
    assert len(table.rows) == 15  # the header and the fourteen events
    assert "Virtual Intersessional Meeting" in table.rows[1].cells[1].text
    page.export()
    assert (tmp_path / "narratives.docx").exists()  # the suffix of the format chosen
    assert i18n.current_language() == "en"  # the window keeps its language


def test_the_export_dialog_offers_word_only_for_the_narratives(qtbot):
    dialog = ExportDialog([FinancialYear(2020), FinancialYear(2019)], FinancialYear(2020))
    qtbot.addWidget(dialog)
    assert dialog.format_combo.count() == 3
    dialog.choices[NARRATIVES].setChecked(True)
    assert [dialog.format_combo.itemData(i) for i in range(dialog.format_combo.count())] == [
        ".docx"
    ]
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ru"))
    assert dialog.value() == (NARRATIVES, ".docx", "ru", FinancialYear(2020))


def test_the_statistics_follow_the_register(qtbot, demo_office: Office):
    tab = EventsTab(demo_office)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.statistics.is_stale()  # read only once someone looks at it
    tab.pages.setCurrentWidget(tab.statistics)
    figures = tab.statistics.figures
    assert figures["events"].text() == "14"
    assert figures["financially_supported"].text() == "8"
    assert figures["delivered"].text() == "6"
    assert figures["participants"].text() == "730"
    assert figures["kind:workshop"].text() == "4"
    assert figures["role:attended"].text() == "6"
    register.delete_event(demo_office, list_events(demo_office, EventFilter(), "en")[0].id)
    tab.register.eventsChanged.emit()
    assert figures["events"].text() == "13"


def test_shortcuts_of_the_register(qtbot, demo_office: Office, monkeypatch):
    from rocb_desk.ui.events.event_dialog import EventDialog

    opened: list[int | None] = []
    monkeypatch.setattr(
        EventDialog,
        "edit",
        classmethod(
            lambda cls, parent, office, event_id, *a: (opened.append(event_id), (None, False))[1]
        ),
    )
    page = EventsPage(demo_office)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.text_edit.hasFocus()
    qtbot.keyClick(page.text_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [None]
    qtbot.keyClick(page.text_edit, Qt.Key.Key_Return)  # Enter in the filter opens nothing
    assert opened == [None]
    page.table.setFocus()
    page.table.selectRow(2)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [None, page.model.line_at(2).id]


def test_a_new_event_is_added_to_the_list_and_chosen(qtbot, page: EventsPage):
    def fill(dialog):
        dialog.title_en_edit.setText("Regional Workshop on Risk Management")
        dialog.start_edit.setDate(QDate(2021, 3, 10))
        dialog.end_edit.setDate(QDate(2021, 3, 11))
        dialog.role_checks["organized"].setChecked(True)
        dialog.try_save(close=True)

    on_dialog(fill)
    page.add()
    assert page.model.rowCount() == 15
    line = page.model.line_at(page.table.currentIndex().row())
    assert line.title == "Regional Workshop on Risk Management"
    assert line.roles == frozenset({"organized"})


def test_an_event_removed_meanwhile_is_said_and_the_list_read_again(
    page: EventsPage, demo_office: Office, answer_yes
):
    page.table.selectRow(0)
    register.delete_event(demo_office, page.selected_event_id())  # from another desk
    page.edit_selected()
    assert "no longer exists" in answer_yes["warning"][-1]
    assert page.model.rowCount() == 13
