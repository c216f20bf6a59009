"""Importing the scanned archive through its preview: refused rows with their reasons, a
good import off the window's thread behind its progress dialog, and a cancelled one."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from rocb_desk.services.letters import search
from rocb_desk.services.office import Office
from rocb_desk.ui.background import Step
from rocb_desk.ui.import_preview import REASON
from rocb_desk.ui.letters.archive_import_dialog import ArchiveImportDialog
from tests.ui.test_background import SAFETY_S, press_cancel, progress_dialog, when

HEADER = "reference,date,direction,correspondent,subject,file,language\n"


def archive(tmp_path: Path, rows: list[str], files: int = 3) -> tuple[Path, Path]:
    folder = tmp_path / "scans"
    folder.mkdir(exist_ok=True)
    for number in range(1, files + 1):
        (folder / f"letter-{number}.txt").write_text(
            f"Scanned letter {number} with the word platypusword{number}", encoding="utf-8"
        )
    index = tmp_path / "index.csv"
    index.write_text(HEADER + "".join(row + "\n" for row in rows), encoding="utf-8")
    return folder, index


GOOD = [
    "2012/1,2012-02-01,out,MD,Opening of the office,letter-1.txt,en",
    "IN-2012/1,2012-02-10,in,WCO Secretariat,Welcome,letter-2.txt,en",
    "2012/2,2012-03-01,исх,Грузия,Письмо на русском,letter-3.txt,ru",
]


def stored_files(office: Office) -> list[Path]:
    folder = office.attachments_folder
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


@pytest.fixture
def open_preview(qtbot, demo_office: Office):  # noqa: ANN201
    def make(folder: Path, index: Path) -> ArchiveImportDialog:
        dialog = ArchiveImportDialog.prepare(None, demo_office, folder, index)
        assert dialog is not None
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def test_the_preview_names_every_refused_row(open_preview, demo_office: Office, tmp_path):
    folder, index = archive(
        tmp_path,
        [
            GOOD[0],
            "2012/3,2012-13-01,out,MD,Bad date,letter-2.txt,en",
            "2012/5,2012-04-01,out,MD,Missing file,nowhere.pdf,en",
            "2021/2,2021-01-15,out,MD,Taken,letter-3.txt,en",
        ],
    )
    dialog = open_preview(folder, index)
    assert "refused" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    model = dialog.table.model()
    reasons = [model.index(row, REASON).data() or "" for row in range(model.rowCount())]
    assert reasons[0] == ""
    assert reasons[1].startswith("Date:") and "2012-13-01" in reasons[1]
    assert reasons[2].startswith("File:") and "nowhere.pdf" in reasons[2]
    assert reasons[3].startswith("Reference:") and "2021/2" in reasons[3]


def _held_at_first_file(monkeypatch, until: threading.Event) -> None:
    """The import waits at its first file until `until` is set: time to act while the
    progress dialog shows it."""
    going = Step.going

    def held(step: Step, done: int, total: int) -> bool:
        if done == 1:
            until.wait(SAFETY_S)
        return going(step, done, total)

    monkeypatch.setattr(Step, "going", held)


def test_a_good_import_runs_behind_its_progress_dialog(
    qtbot, open_preview, demo_office: Office, tmp_path, monkeypatch
):
    before = search.search(demo_office, "").total
    dialog = open_preview(*archive(tmp_path, GOOD))
    assert "ready to import" in dialog.summary.text() and dialog.import_button.isEnabled()
    seen, looked = [], threading.Event()
    _held_at_first_file(monkeypatch, looked)

    def look() -> None:  # the window's thread goes on while the import runs
        seen.append(progress_dialog().labelText())
        looked.set()

    when(progress_dialog, look)
    dialog.import_button.click()
    assert seen == ["Copying the files into the office…"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(dialog.imported) == 3
    assert search.search(demo_office, "").total == before + 3
    assert [h.reference for h in search.search(demo_office, "platypusword3").hits] == ["2012/2"]
    assert progress_dialog() is None  # closed


def test_a_cancelled_import_leaves_no_letter_and_no_file(
    qtbot, open_preview, demo_office: Office, tmp_path, answer_yes, monkeypatch
):
    before = search.search(demo_office, "").total
    files_before = stored_files(demo_office)
    rows = [
        f"2013/{n},2013-01-{n:02d},out,MD,Scanned letter {n},letter-{n}.txt,en"
        for n in range(1, 21)
    ]
    dialog = open_preview(*archive(tmp_path, rows, files=20))
    # Cancel at the first sign of progress, as a user pressing Cancel would.
    pressed = threading.Event()
    _held_at_first_file(monkeypatch, pressed)
    when(progress_dialog, lambda: press_cancel(qtbot, pressed))
    dialog.import_button.click()
    assert pressed.is_set()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert answer_yes["information"] == ["The import was cancelled: no letter was registered."]
    assert search.search(demo_office, "").total == before
    assert stored_files(demo_office) == files_before
    assert progress_dialog() is None  # closed once the work stopped
    assert dialog.isVisible() and dialog.import_button.isEnabled()  # it may be started again
