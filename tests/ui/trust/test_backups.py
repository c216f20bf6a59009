"""Automatic backups from the window: one when it closes, one a day while it runs; a
failure is said, and never keeps the window from closing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QProgressDialog

from rocb_desk.domain.errors import OfficeError
from rocb_desk.services import maintenance
from rocb_desk.services.office import Office
from rocb_desk.ui.main_window import MainWindow


def _files(folder: Path) -> set[Path]:
    return set(folder.iterdir()) if folder.exists() else set()


def _window(qtbot, office: Office) -> MainWindow:  # noqa: ANN001
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    return window


def test_closing_the_window_writes_a_verified_backup_into_the_backups_folder(
    qtbot, demo_office: Office
):
    folder = demo_office.backups_folder
    before = _files(folder)
    window = _window(qtbot, demo_office)
    window.close()
    (written,) = _files(folder) - before
    assert written.stat().st_size > 0
    assert maintenance.verify_backup(written) == []


def test_the_daily_backup_runs_in_the_background_and_says_so(
    qtbot, demo_office: Office, monkeypatch
):
    monkeypatch.setattr(maintenance, "daily_backup_due", lambda office, now=None: True)
    folder = demo_office.backups_folder
    before = _files(folder)
    window = _window(qtbot, demo_office)
    window.closing_backup = False
    daily = window.daily_backups
    assert daily.timer.isActive()  # checking by itself, every few minutes
    with qtbot.waitSignal(daily.reported, timeout=20000) as said:
        daily.check()
    assert said.args[0].startswith("Today's automatic backup was written")
    assert window.statusBar().currentMessage() == said.args[0]
    assert len(_files(folder) - before) == 1


def test_a_failed_closing_backup_is_said_and_the_window_closes_anyway(
    qtbot, demo_office: Office, monkeypatch
):
    def refuse(office, reason):  # noqa: ANN001, ANN202
        raise OfficeError("The disk is full.")

    shown: list[str] = []
    monkeypatch.setattr(maintenance, "automatic_backup", refuse, raising=False)
    original = QProgressDialog.setLabelText
    monkeypatch.setattr(
        QProgressDialog,
        "setLabelText",
        lambda note, text: (shown.append(text), original(note, text)),
    )
    window = _window(qtbot, demo_office)
    window.close()
    assert not window.isVisible()
    assert shown == [
        "Backing up the office before closing…",
        "The automatic backup failed: The disk is full.",
    ]
