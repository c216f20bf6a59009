"""The annual report in the window: its words written per year, the report made off the
window's thread with a progress bar, and Cancel leaving no file behind."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services.office import Office
from rocb_desk.services.report.texts import report_texts
from rocb_desk.ui.background import Step
from rocb_desk.ui.report.dialog import ReportDialog
from tests.ui.test_background import SAFETY_S, press_cancel, progress_dialog, when


def _held_at(monkeypatch, line: str, until: threading.Event) -> None:
    """The report's work waits, once it tells `line`, until `until` is set: time for
    the user to act while the progress dialog shows it."""
    say = Step.say

    def held(step: Step, text: str) -> None:
        say(step, text)
        if text.endswith(line):
            until.wait(SAFETY_S)

    monkeypatch.setattr(Step, "say", held)


def _dialog(qtbot, office: Office) -> ReportDialog:
    dialog = ReportDialog(office)
    qtbot.addWidget(dialog)
    dialog.year_combo.setCurrentIndex(dialog.year_combo.findData(2020))
    return dialog


def test_the_words_of_a_year_are_saved_and_kept_when_the_year_changes(qtbot, demo_office):
    dialog = _dialog(qtbot, demo_office)
    dialog.editors["foreword"].en.setPlainText("A year of online events.")
    dialog.year_combo.setCurrentIndex(dialog.year_combo.findData(2019))  # saved on the way
    assert dialog.editors["foreword"].text("en") == ""
    texts = report_texts(demo_office, FinancialYear(2020))
    assert texts[("foreword", "en")] == "A year of online events."
    dialog.year_combo.setCurrentIndex(dialog.year_combo.findData(2020))
    assert dialog.editors["foreword"].text("en") == "A year of online events."


def test_the_report_is_made_with_a_progress_bar(qtbot, demo_office, tmp_path: Path, monkeypatch):
    target = tmp_path / "report.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = _dialog(qtbot, demo_office)
    said: list[str] = []
    say = Step.say
    monkeypatch.setattr(Step, "say", lambda step, text: said.append(text) or say(step, text))
    assert dialog.make_report() == target
    assert target.exists() and target.stat().st_size > 10_000
    assert progress_dialog() is None  # closed
    # Nine sections, then writing the file.
    assert len([text for text in said if text.startswith("Assembling: ")]) == 9
    assert said[-1] == "Writing the file…"


def test_cancel_midway_leaves_no_file(qtbot, demo_office, tmp_path: Path, monkeypatch):
    folder = tmp_path / "reports"
    folder.mkdir()
    target = folder / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    pressed = threading.Event()
    _held_at(monkeypatch, "D. Events", pressed)
    when(progress_dialog, lambda: press_cancel(qtbot, pressed))
    dialog = _dialog(qtbot, demo_office)
    assert dialog.make_report() is None
    assert pressed.is_set()
    assert not target.exists()
    assert list(folder.iterdir()) == []  # no half-written file beside it either


def test_annexes_are_chosen_from_the_archive_and_titled(qtbot, demo_office, monkeypatch):
    from rocb_desk.services.report.annexes import report_annexes
    from rocb_desk.ui.report.annexes import AnnexPicker

    def pick_first_pdf(picker: AnnexPicker) -> int:
        picker.filter_edit.setText("pdf")
        picker.reload()
        picker.list.item(0).setSelected(True)
        return 1

    monkeypatch.setattr(AnnexPicker, "exec", pick_first_pdf)
    dialog = _dialog(qtbot, demo_office)
    dialog.annexes.add()
    assert dialog.annexes.table.rowCount() == 1
    dialog.annexes.table.item(0, 1).setText("Circular on contact points")
    assert dialog.has_unsaved_changes()
    assert dialog.save_texts()
    [annex] = report_annexes(demo_office, FinancialYear(2020))
    assert annex.title_en == "Circular on contact points" and annex.name.lower().endswith(".pdf")
    dialog.annexes.add()  # the same document again is not listed twice
    assert dialog.annexes.table.rowCount() == 1


def test_cancel_while_writing_leaves_no_file(qtbot, demo_office, tmp_path: Path, monkeypatch):
    folder = tmp_path / "reports"
    folder.mkdir()
    target = folder / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    pressed = threading.Event()
    _held_at(monkeypatch, "Writing the file…", pressed)  # Cancel once the file is written
    when(progress_dialog, lambda: press_cancel(qtbot, pressed))
    dialog = _dialog(qtbot, demo_office)
    assert dialog.make_report() is None
    assert pressed.is_set()
    assert list(folder.iterdir()) == []


def test_escape_while_the_report_is_made_stops_it_and_keeps_the_dialog(
    qtbot, demo_office, tmp_path, monkeypatch
):
    folder = tmp_path / "reports"
    folder.mkdir()
    target = folder / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = _dialog(qtbot, demo_office)
    dialog.show()
    pressed = threading.Event()
    _held_at(monkeypatch, "D. Events", pressed)

    def escape() -> None:
        # The report's dialog takes no keys now. Sent through the window system, as a
        # user's key comes: QTest's widget keys go around what a modal dialog blocks.
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Escape)
        qtbot.keyClick(progress_dialog(), Qt.Key.Key_Escape)  # the progress dialog's Esc
        pressed.set()

    when(progress_dialog, escape)
    assert dialog.make_report() is None  # stopped and waited for, not left running
    assert dialog.isVisible()  # the report's words are still there to work on
    assert list(folder.iterdir()) == []  # never half a file
