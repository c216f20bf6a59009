"""An editor open while another window changes the same record: its save is refused, said
who changed it and when, and the form stays open with what the user typed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from rocb_desk.services.books import ledger
from rocb_desk.services.letters import register, view
from rocb_desk.services.office import Office, open_office
from rocb_desk.ui.books.entry_dialog import EntryDialog
from rocb_desk.ui.books.ledger_page import LedgerPage
from rocb_desk.ui.letters.letter_dialog import LetterDialog

CHANGED_BY_ANNA = "This record was changed by anna at "


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: said.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    return said


@pytest.fixture
def anna(demo_office: Office) -> Iterator[Office]:
    """A colleague's window on the same office file."""
    other = open_office(str(demo_office.sqlite_file), actor="anna", lock=True)
    yield other
    other.close()


def test_the_entry_dialog_refuses_to_overwrite_a_colleagues_change(
    qtbot, demo_office: Office, anna: Office, warnings: list[str]
):
    page = LedgerPage(demo_office)
    qtbot.addWidget(page)
    page.year_combo.setCurrentIndex(page.year_combo.findData(2020))
    page.table.selectRow(0)
    line = page.selected_line()
    assert line is not None and not line.locked
    seen: dict[str, object] = {}

    def edit(dialog: EntryDialog) -> None:
        # Anna corrects the entry while the dialog is open here.
        values = ledger.entry_values(anna, line.id)
        ledger.update_entry(anna, line.id, values | {"description": "Anna's correction"})
        dialog.description_edit.setText("My correction")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen["open"] = dialog.isVisible()
        seen["typed"] = dialog.description_edit.text()
        dialog.reject()

    QTimer.singleShot(0, lambda: edit(QApplication.activeModalWidget()))
    page.edit_selected()
    assert seen == {"open": True, "typed": "My correction"}
    assert len(warnings) == 1 and CHANGED_BY_ANNA in warnings[0]
    assert ledger.entry_values(demo_office, line.id)["description"] == "Anna's correction"


def _letter(qtbot, office: Office) -> LetterDialog:
    letter_id = view.find_by_reference(office, "2021/2", "en")
    assert letter_id is not None
    dialog = LetterDialog(office, letter_id)
    qtbot.addWidget(dialog)
    return dialog


def _anna_renames(anna: Office, letter_id: int) -> None:
    form = view.letter_view(anna, letter_id, "en").form
    form.subject = "Anna's subject"
    register.update_letter(anna, letter_id, form)


def test_the_letter_dialog_keeps_the_typed_text_when_refused(
    qtbot, demo_office: Office, anna: Office, warnings: list[str]
):
    dialog = _letter(qtbot, demo_office)
    assert dialog.letter_id is not None
    _anna_renames(anna, dialog.letter_id)
    dialog.subject_edit.setText("My subject")
    assert not dialog.try_save(close=True)
    assert len(warnings) == 1 and CHANGED_BY_ANNA in warnings[0]
    assert dialog.subject_edit.text() == "My subject"  # nothing typed is lost
    assert view.letter_view(demo_office, dialog.letter_id, "en").form.subject == "Anna's subject"


def test_a_file_filed_from_the_dialog_itself_is_no_colleagues_change(
    qtbot, demo_office: Office, anna: Office, warnings: list[str], tmp_path: Path
):
    scan = tmp_path / "signed.txt"
    scan.write_text("Signed by the Director.", encoding="utf-8")
    dialog = _letter(qtbot, demo_office)
    assert dialog.letter_id is not None
    dialog.files.attach([scan])  # written at once: a newer version, made here
    dialog.subject_edit.setText("My subject")
    assert dialog.try_save(close=False) and not warnings
    assert view.letter_view(demo_office, dialog.letter_id, "en").form.subject == "My subject"

    # Anna changes the letter, then a file is filed here: her change is still not overwritten.
    _anna_renames(anna, dialog.letter_id)
    dialog.files.attach([scan.with_name("signed.txt")])
    dialog.subject_edit.setText("My second subject")
    assert not dialog.try_save(close=False)
    assert CHANGED_BY_ANNA in warnings[0]
    assert view.letter_view(demo_office, dialog.letter_id, "en").form.subject == "Anna's subject"
