"""The annual report in the window: its words written per year, the report made off the
window's thread with a progress bar, and Cancel leaving no file behind."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services.office import Office
from rocb_desk.services.report.texts import report_texts
from rocb_desk.ui.report.dialog import ReportDialog, ReportWorker


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
    seen: list[int] = []
    dialog.make_report()
    dialog.worker.stepped.connect(lambda done, _section: seen.append(done))
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60_000)
    assert target.exists() and target.stat().st_size > 10_000
    assert dialog.progress is None  # closed
    assert seen[-1] == 10  # nine sections, then writing the file


def test_cancel_midway_leaves_no_file(qtbot, demo_office, tmp_path: Path, monkeypatch):
    folder = tmp_path / "reports"
    folder.mkdir()
    target = folder / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    step = ReportWorker._step

    def cancelled_at_events(worker: ReportWorker, section: str) -> bool:
        if section == "D. Events":
            worker.stop.set()  # as the Cancel button does
        return step(worker, section)

    monkeypatch.setattr(ReportWorker, "_step", cancelled_at_events)
    dialog = _dialog(qtbot, demo_office)
    dialog.make_report()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60_000)
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
    writing = ReportWorker._writing

    def cancelled_while_writing(worker: ReportWorker, done: int, total: int) -> None:
        worker.stop.set()  # Cancel pressed once the file is being written
        writing(worker, done, total)

    monkeypatch.setattr(ReportWorker, "_writing", cancelled_while_writing)
    dialog = _dialog(qtbot, demo_office)
    dialog.make_report()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60_000)
    assert list(folder.iterdir()) == []


def test_closing_the_dialog_while_the_report_is_made_stops_it(qtbot, demo_office, tmp_path):
    from unittest.mock import patch

    folder = tmp_path / "reports"
    folder.mkdir()
    target = folder / "report.pdf"
    dialog = _dialog(qtbot, demo_office)
    with patch.object(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")):
        dialog.make_report()
    worker = dialog.worker
    dialog.reject()  # Esc while it runs: stopped and waited for, not left running
    assert dialog.worker is None and worker.isFinished()
    assert not target.exists() or worker.written == target  # never half a file
