"""The Participants tab: one by one, a registration list imported, the roll call, the
attendance sheet and the certificates."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from rocb_desk.services.events import participants
from rocb_desk.services.events.queries import EventFilter, list_events
from rocb_desk.services.office import Office
from rocb_desk.ui.events.participant_dialog import ParticipantDialog, ParticipantsPanel
from rocb_desk.ui.events.participants_import_dialog import ParticipantsImportDialog

from . import on_dialog

GOOD_LIST = (
    "Name,Administration,Title,E-mail,Gender,Attendance\n"
    "Ion Popescu,Moldova,Chief inspector,ion.popescu@customs.md,m,present\n"
    "Elena Rusu,Moldova,Auditor,elena.rusu@customs.md,f,present\n"
    "Victor Ceban,Moldova,Inspector,,m,registered\n"
)
BAD_LIST = (
    "Name,Administration,E-mail,Gender\n"
    "Ion Popescu,Moldova,ion.popescu@customs.md,m\n"
    ",Moldova,nobody@customs.md,f\n"
    "Elena Rusu,Moldova,not-an-address,x\n"
)


@pytest.fixture
def event_id(demo_office: Office) -> int:
    found = list_events(demo_office, EventFilter(text="Post Clearance Audit"), "en")
    return found[0].id


@pytest.fixture
def panel(qtbot, demo_office: Office, event_id: int) -> ParticipantsPanel:
    widget = ParticipantsPanel(demo_office)
    qtbot.addWidget(widget)
    widget.set_event(event_id)
    widget.show()
    return widget


def import_list(panel: ParticipantsPanel, path: Path, monkeypatch, act) -> None:  # noqa: ANN001
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    on_dialog(act)
    panel.import_file()


def test_add_a_participant_from_a_member_administration(qtbot, panel, demo_office, event_id):
    def fill(dialog: ParticipantDialog):
        dialog.name_edit.setText("Ion Popescu")
        combo = dialog.administration_combo
        combo.setCurrentIndex(
            next(i for i in range(combo.count()) if "Moldova" in combo.itemText(i))
        )
        dialog.gender_combo.setCurrentIndex(dialog.gender_combo.findData("male"))
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    on_dialog(fill)
    panel.add()
    assert panel.model.rowCount() == 1
    line = panel.model.lines[0]
    assert (line.name, line.gender, line.attendance) == ("Ion Popescu", "male", "registered")
    form = participants.load_participant(demo_office, line.id)
    assert form.member_id is not None and "Moldova" in line.administration


def test_a_participant_without_a_name_is_refused_at_the_field(qtbot, panel):
    seen = {}

    def fill(dialog: ParticipantDialog):
        dialog.email_edit.setText("someone@customs.md")
        dialog.try_save()
        seen["name"] = dialog.errors.labels["name"].text()
        dialog.reject()

    on_dialog(fill)
    panel.add()
    assert seen["name"] and panel.model.rowCount() == 0


def test_the_import_preview_shows_the_refused_rows_with_their_reasons(
    panel, tmp_path: Path, monkeypatch
):
    path = tmp_path / "registration.csv"
    path.write_text(BAD_LIST, encoding="utf-8")
    seen = {}

    def look(dialog: ParticipantsImportDialog):
        model = dialog.table.model()
        seen["rows"] = model.rowCount()
        seen["reasons"] = [model.data(model.index(row, 1)) for row in range(model.rowCount())]
        seen["numbers"] = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
        seen["enabled"] = dialog.import_button.isEnabled()
        seen["summary"] = dialog.summary.text()
        dialog.reject()

    import_list(panel, path, monkeypatch, look)
    assert seen["rows"] == 3 and seen["numbers"] == ["2", "3", "4"]
    assert seen["reasons"][0] == ""
    assert seen["reasons"][1].startswith("Name:")
    assert "E-mail:" in seen["reasons"][2] and "Gender:" in seen["reasons"][2]
    assert "“x”" in seen["reasons"][2]
    assert seen["enabled"] is False and "2" in seen["summary"]
    assert panel.model.rowCount() == 0  # nothing imported


def test_import_then_roll_call_sheet_and_certificates(
    qtbot, panel, demo_office, event_id, tmp_path: Path, monkeypatch
):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    path = tmp_path / "registration.csv"
    path.write_text(GOOD_LIST, encoding="utf-8")

    def accept(dialog: ParticipantsImportDialog):
        assert dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    import_list(panel, path, monkeypatch, accept)
    assert panel.model.rowCount() == 3
    assert "2 present" in panel.count_label.text()

    # The roll call: Victor Ceban came after all.
    row = [line.name for line in panel.model.lines].index("Victor Ceban")
    panel.table.selectRow(row)
    panel.present_button.click()
    assert all(line.attendance == "present" for line in panel.model.lines)

    sheet = tmp_path / "sheet.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sheet), ""))
    panel.export_sheet()
    rows = list(load_workbook(sheet).worksheets[0].iter_rows(values_only=True))
    assert any(r and "Elena Rusu" in r for r in rows)

    combined = tmp_path / "certificates.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(combined), ""))
    panel.export_certificates()
    assert len(PdfReader(combined).pages) == 3

    folder = tmp_path / "one-each"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    panel.language_combo.setCurrentIndex(panel.language_combo.findData("ru"))
    panel.export_certificate_files()
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == 3
    assert all(len(PdfReader(f).pages) == 1 for f in files)


def test_certificates_without_anyone_present_say_why(panel, demo_office, event_id, answer_yes):
    participants.save_participant(
        demo_office, event_id, participants.ParticipantForm(name="Ion Popescu")
    )
    panel.reload()
    panel.export_certificates()
    assert "present" in answer_yes["information"][-1]


def test_delete_participants_asks_first(panel, demo_office, event_id, answer_yes):
    for name in ("Ion Popescu", "Elena Rusu"):
        participants.save_participant(
            demo_office, event_id, participants.ParticipantForm(name=name)
        )
    panel.reload()
    panel.table.selectAll()
    panel.delete_button.click()
    assert "2" in answer_yes["question"][-1]
    assert panel.model.rowCount() == 0
