"""The event editor: the form refused at its fields, costs, documents, closing with changes."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from rocb_desk.services.events import register
from rocb_desk.services.events.queries import EventFilter, list_events
from rocb_desk.services.office import Office
from rocb_desk.ui.events.event_dialog import EventDialog
from rocb_desk.ui.events.event_panels import CandidatesDialog

from . import on_dialog


def event_count(office: Office) -> int:
    return len(list_events(office, EventFilter(), "en"))


def event_id_titled(office: Office, words: str) -> int:
    return next(e.id for e in list_events(office, EventFilter(text=words), "en"))


@pytest.fixture
def new_dialog(qtbot, demo_office: Office) -> EventDialog:
    dialog = EventDialog(demo_office, None)
    qtbot.addWidget(dialog)
    return dialog


def save_button(dialog: EventDialog):  # noqa: ANN201
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_create_an_event_with_its_links(qtbot, demo_office: Office):
    from rocb_desk.services import directory
    from rocb_desk.services.events import choices

    moldova = next(
        i for i, label in directory.member_choices(demo_office, "en") if "Moldova" in label
    )
    unodc = next(i for i, label in choices.partner_choices(demo_office, "en") if "UNODC" in label)

    def fill(dialog: EventDialog):
        dialog.title_en_edit.setText("  National Workshop on Risk Management for Moldova ")
        dialog.title_ru_edit.setText("Национальный семинар по управлению рисками для Молдовы")
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("workshop"))
        dialog.modality_combo.setCurrentIndex(dialog.modality_combo.findData("in_person"))
        dialog.city_edit.setText("Chișinău")
        dialog.country_edit.setText("Moldova")
        dialog.start_edit.setDate(QDate(2021, 2, 8))
        assert dialog.end_edit.date() == QDate(2021, 2, 8)  # a one-day event follows its start
        dialog.end_edit.setDate(QDate(2021, 2, 10))
        dialog.participants_edit.setText("24")
        dialog.role_checks["coordinated"].setChecked(True)
        dialog.role_checks["financially_supported"].setChecked(True)
        dialog.partner_list.filter_edit.setText("UNODC")
        proxy = dialog.partner_list.proxy
        assert proxy.rowCount() == 1
        proxy.setData(
            proxy.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
        dialog.beneficiary_list.set_value({moldova})
        dialog.narrative_en_edit.setPlainText("Twenty-four officers were trained.")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    on_dialog(fill)
    event_id, changed = EventDialog.edit(None, demo_office, None)
    assert changed and event_id is not None
    form = register.load_event(demo_office, event_id)
    assert form.title_en == "National Workshop on Risk Management for Moldova"
    assert (form.kind, form.modality, form.participants) == ("workshop", "in_person", 24)
    assert form.roles == {"coordinated", "financially_supported"}
    assert form.partner_ids == {unodc} and form.beneficiary_ids == {moldova}
    assert form.narrative_en == "Twenty-four officers were trained."
    assert event_count(demo_office) == 15


def test_an_end_before_the_start_is_refused_at_the_field(qtbot, new_dialog, demo_office):
    new_dialog.title_en_edit.setText("Workshop")
    new_dialog.start_edit.setDate(QDate(2021, 3, 10))
    new_dialog.end_edit.setDate(QDate(2021, 3, 9))
    new_dialog.tabs.setCurrentIndex(2)
    qtbot.mouseClick(save_button(new_dialog), Qt.MouseButton.LeftButton)
    assert "2021-03-09" in new_dialog.errors.labels["end_date"].text()
    assert not new_dialog.errors.labels["end_date"].isHidden()
    assert new_dialog.tabs.currentIndex() == 0  # the tab of the refused field comes forward
    assert new_dialog.event_id is None and event_count(demo_office) == 14


def test_a_negative_count_is_refused_at_the_field(qtbot, new_dialog, demo_office):
    new_dialog.title_en_edit.setText("Workshop")
    new_dialog.countries_edit.setText("-3")
    qtbot.mouseClick(save_button(new_dialog), Qt.MouseButton.LeftButton)
    assert "negative" in new_dialog.errors.labels["countries"].text()
    assert new_dialog.errors.labels["participants"].text() == ""
    assert event_count(demo_office) == 14


def test_a_count_that_is_not_a_number_is_refused_at_the_field(qtbot, new_dialog, demo_office):
    new_dialog.title_en_edit.setText("Workshop")
    new_dialog.participants_edit.setText("about 30")
    qtbot.mouseClick(save_button(new_dialog), Qt.MouseButton.LeftButton)
    assert "whole number" in new_dialog.errors.labels["participants"].text()
    assert event_count(demo_office) == 14


def test_a_title_is_needed(qtbot, new_dialog, demo_office):
    qtbot.mouseClick(save_button(new_dialog), Qt.MouseButton.LeftButton)
    assert new_dialog.errors.labels["title_en"].text()
    assert event_count(demo_office) == 14


def test_a_new_event_opens_costs_documents_and_participants_once_applied(new_dialog):
    panels = (new_dialog.costs, new_dialog.documents, new_dialog.participants)
    assert not any(new_dialog.tabs.isTabEnabled(new_dialog.tabs.indexOf(p)) for p in panels)
    assert new_dialog.hint.isVisibleTo(new_dialog)
    new_dialog.title_en_edit.setText("Webinar on e-commerce")
    assert new_dialog.try_save(close=False)
    assert all(new_dialog.tabs.isTabEnabled(new_dialog.tabs.indexOf(p)) for p in panels)
    assert not new_dialog.hint.isVisibleTo(new_dialog)
    assert "Webinar on e-commerce" in new_dialog.windowTitle()
    assert not new_dialog.has_unsaved_changes()


def test_closing_with_changes_asks_and_discarding_keeps_the_office_as_it_was(
    qtbot, demo_office: Office, monkeypatch
):
    event_id = event_id_titled(demo_office, "AEO MRA")
    dialog = EventDialog(demo_office, event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.has_unsaved_changes()  # nothing typed, nothing asked
    dialog.venue_edit.setText("Customs Training Centre")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert dialog.isVisible()  # still open, what was typed still there to save
    assert dialog.venue_edit.text() == "Customs Training Centre"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert not dialog.isVisible()
    assert register.load_event(demo_office, event_id).venue == ""
    dialog2 = EventDialog(demo_office, event_id)
    qtbot.addWidget(dialog2)
    dialog2.venue_edit.setText("Customs Training Centre")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    dialog2.reject()
    assert register.load_event(demo_office, event_id).venue == "Customs Training Centre"


def test_linking_and_unlinking_a_cost_updates_the_total(qtbot, demo_office: Office):
    event_id = event_id_titled(demo_office, "AEO MRA")
    dialog = EventDialog(demo_office, event_id)
    qtbot.addWidget(dialog)
    costs = dialog.costs
    assert costs.model.rowCount() == 1 and "540.00" in costs.total_label.text()
    candidate = register.cost_candidates(demo_office, event_id)[0]
    chosen = {}

    def pick(candidates: CandidatesDialog):
        chosen["rows"] = candidates.model.rowCount()
        candidates.table.selectRow(0)
        candidates.accept()

    on_dialog(pick)
    costs.link()
    assert chosen["rows"] == len(register.cost_candidates(demo_office, event_id)) + 1
    assert costs.model.rowCount() == 2
    total = Decimal("540.00") + candidate.amount
    assert f"{total:,.2f}" in costs.total_label.text()
    assert dialog.changed  # the register reads the event again
    costs.table.selectRow([line.entry_id for line in costs.model.lines].index(candidate.entry_id))
    assert costs.unlink_button.isEnabled()
    qtbot.mouseClick(costs.unlink_button, Qt.MouseButton.LeftButton)
    assert costs.model.rowCount() == 1 and "540.00" in costs.total_label.text()


def test_documents_added_by_dialog_and_by_drop_then_opened_and_removed(
    qtbot, demo_office: Office, tmp_path: Path, monkeypatch
):
    from PySide6.QtGui import QDesktopServices

    agenda = tmp_path / "agenda.pdf"
    agenda.write_bytes(b"%PDF-1.4 agenda")
    report = tmp_path / "final report.docx"
    report.write_bytes(b"PK final report")
    event_id = event_id_titled(demo_office, "AEO MRA")
    dialog = EventDialog(demo_office, event_id)
    qtbot.addWidget(dialog)
    panel = dialog.documents
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(agenda)], ""))
    panel.choose_files()
    assert [(d.name, d.label) for d in register.documents(demo_office, event_id)] == [
        ("agenda.pdf", "Agenda")
    ]

    panel.label_combo.setEditText("Final report")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(report))])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    panel.dropEvent(drop)
    assert panel.model.rowCount() == 2
    assert report.exists() and agenda.exists()  # copies are kept; the originals stay

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    panel.table.selectRow(0)
    panel.open_selected()
    assert Path(opened[0]).name == "agenda.pdf"
    assert Path(opened[0]).read_bytes() == b"%PDF-1.4 agenda"
    panel.remove_selected()
    assert [d.name for d in register.documents(demo_office, event_id)] == ["final report.docx"]


def _activity_rows(dialog: EventDialog) -> dict[str, bool]:
    """The work-plan activities offered, as "2020/2021 · 1.2", and whether checked."""
    model = dialog.activity_list.model
    return {
        " ".join(label.split(" ")[:3]): choice_id in model.checked
        for choice_id, label in model.choices
    }


def test_an_event_is_linked_to_the_work_plan_activities_it_serves(qtbot, demo_office: Office):
    from rocb_desk.services.workplan.review import review

    event_id = event_id_titled(demo_office, "Revised Kyoto Convention for Uzbekistan")
    dialog = EventDialog(demo_office, event_id)
    qtbot.addWidget(dialog)
    offered = _activity_rows(dialog)
    assert len(offered) == 27  # the plan 2020/2021, the event's year
    assert (
        offered["2020/2021 \u00b7 1.2"] and not offered["2020/2021 \u00b7 2.1"]
    )  # a national workshop: activity 1.2

    row = next(
        r
        for r in range(dialog.activity_list.proxy.rowCount())
        if "\u00b7 2.1 " in dialog.activity_list.proxy.index(r, 0).data()
    )
    dialog.activity_list.proxy.setData(
        dialog.activity_list.proxy.index(row, 0),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    counted = {r.number: r.actual for r in review(demo_office, 2020, "en")}
    assert counted["2.1"] == 1 and counted["1.2"] == 4

    # Moved to the next financial year, it is offered that year's plan instead.
    again = EventDialog(demo_office, event_id)
    qtbot.addWidget(again)
    again.start_edit.setDate(QDate(2021, 11, 25))
    offered = _activity_rows(again)
    # The 19 of 2021/2022, and the two it is linked to in 2020/2021, still shown.
    assert len(offered) == 21 and sum(offered.values()) == 2
    assert offered["2020/2021 \u00b7 1.2"] and not offered["2021/2022 \u00b7 1.2"]
    assert not any("Inactive" in label for _id, label in again.activity_list.model.choices)
