"""The needs register: a cycle's needs and its summary, a need added, refused and deleted."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from rocb_desk.services import directory
from rocb_desk.services.office import Office
from rocb_desk.services.workplan import needs
from rocb_desk.ui.workplan.need_dialog import NeedDialog
from rocb_desk.ui.workplan.needs_page import NeedsPage

from . import on_dialog


@pytest.fixture
def page(qtbot, plan_office: Office) -> NeedsPage:
    shown = NeedsPage(plan_office)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def column(page: NeedsPage, number: int) -> list[str]:
    return [page.model.index(row, number).data() for row in range(page.model.rowCount())]


def member_id(office: Office, name: str) -> int:
    return next(i for i, label in directory.member_choices(office, "en") if label == name)


def test_the_2021_cycle_shows_its_9_needs_from_7_administrations(page: NeedsPage):
    assert [page.year_combo.itemText(i) for i in range(page.year_combo.count())] == [
        "2021",
        "2020",
    ]
    page.set_year(2021)
    assert page.model.rowCount() == 9
    assert len(set(column(page, 0))) == 7
    assert page.summary_label.text().startswith("Needs: 9; requesting administrations: 7")
    assert "Uzbekistan" in column(page, 0) and "Time Release Study" in column(page, 1)
    assert set(column(page, 3)) == {"Forwarded to the WCO"}
    page.set_year(2020)
    delivered = [event for event in column(page, 5) if event]
    assert "National Workshop on AEO MRA for Moldova Customs" in delivered


def test_a_need_added_through_the_dialog_joins_its_cycle(page: NeedsPage):
    page.set_year(2021)
    armenia = member_id(page.office, "Armenia")

    def fill(dialog: NeedDialog):
        dialog.member_combo.setCurrentIndex(dialog.member_combo.findData(armenia))
        dialog.topic_en_edit.setText("Coordinated border management")
        dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("trade_facilitation"))
        dialog.step_edits["received"].setDate(QDate(2021, 3, 1))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    on_dialog(fill)
    page.add()
    assert page.model.rowCount() == 10
    assert page.summary_label.text().startswith("Needs: 10; requesting administrations: 7")
    chosen = page.selected_need_id()
    assert needs.load_need(page.office, chosen).topic_en == "Coordinated border management"


def test_a_delivered_need_without_its_event_is_refused_at_the_event(qtbot, plan_office: Office):
    dialog = NeedDialog(plan_office, None, 2021)
    qtbot.addWidget(dialog)
    dialog.show()
    before = len(needs.needs_of(plan_office, 2021, "en"))
    dialog.member_combo.setCurrentIndex(1)
    dialog.topic_en_edit.setText("Risk management")
    dialog.step_edits["delivered"].setDate(QDate(2021, 11, 2))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    error = dialog.errors.labels["event_id"]
    assert error.isVisible() and "names the event" in error.text()
    assert dialog.isVisible()
    assert len(needs.needs_of(plan_office, 2021, "en")) == before
    # The events offered are those around the cycle, in date order.
    offered = [dialog.event_combo.itemText(i) for i in range(1, dialog.event_combo.count())]
    assert offered and offered == sorted(offered)
    assert all(t[:4] in ("2021", "2022") for t in offered)


def test_the_steps_of_a_need_are_kept_with_their_days(qtbot, plan_office: Office):
    chosen = needs.needs_of(plan_office, 2021, "en")[0].id
    dialog = NeedDialog(plan_office, chosen, 2021)
    qtbot.addWidget(dialog)
    assert dialog.step_edits["forwarded"].value() is not None
    assert dialog.step_edits["in_wco_plan"].value() is None
    dialog.step_edits["in_wco_plan"].setDate(QDate(2021, 7, 15))
    assert dialog.try_save()
    form = needs.load_need(plan_office, chosen)
    assert form.steps["in_wco_plan"] == date(2021, 7, 15) and form.path == "in_wco_plan"


def test_delete_asks_first(page: NeedsPage, monkeypatch, said):
    page.set_year(2021)
    page.table.selectRow(0)
    administration = column(page, 0)[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.delete_action.trigger()
    assert page.model.rowCount() == 9
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_action.trigger()
    assert page.model.rowCount() == 8
    assert administration not in column(page, 0)  # Armenia asked once
