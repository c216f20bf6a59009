"""Automatic backups from the window: one when it closes, one a day while it runs.

The backup itself (database and attachments, verified, the last N kept) is the
service's; here it runs off the GUI thread so the window keeps answering, and what
became of it is said in the status bar, or, on closing, in a small note that goes away
by itself: a failed backup is shown, never a reason the window cannot close.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...crashlog import record_crash
from ...domain.errors import OfficeError
from ...i18n import error_text, translate
from ...services.office import Office


class BackupWorker(QThread):
    """One automatic backup (`reason` "closing" or "daily") on a thread of its own."""

    succeeded = Signal(str)  # the backup's path; "" for a server office (its own tools)
    failed = Signal(str)  # why, in the user's language

    def __init__(self, office: Office, reason: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.reason = reason

    def run(self) -> None:
        from ...services import maintenance

        try:
            written = maintenance.automatic_backup(self.office, self.reason)
        except OfficeError as error:
            self.failed.emit(error_text(error))
        except Exception as error:  # noqa: BLE001 - a thread must not die silently
            where = record_crash(type(error), error, sys.exc_info()[2], "automatic backup")
            self.failed.emit(
                translate("Backups", "%1 (the details are in %2)")
                .replace("%1", str(error) or type(error).__name__)
                .replace("%2", str(where))
            )
        else:
            self.succeeded.emit(str(written) if written is not None else "")


class ClosingBackup:
    """The backup when the window closes, with a short note while it is written."""

    # How long a failure stays on screen before the window closes all the same.
    failure_shown_ms = 4000

    def __init__(self, office: Office, parent: QWidget | None) -> None:
        self.office = office
        self.parent = parent
        self.written: Path | None = None
        self.failure = ""

    def run(self) -> Path | None:
        note = QProgressDialog(self.parent)
        note.setObjectName("closingBackup")
        note.setWindowTitle(translate("Backups", "Closing"))
        note.setLabelText(translate("Backups", "Backing up the office before closing…"))
        note.setCancelButton(None)
        note.setRange(0, 0)  # busy: the service says nothing of its progress
        note.setMinimumDuration(0)
        note.setWindowModality(Qt.WindowModality.ApplicationModal)
        note.show()
        worker = BackupWorker(self.office, "closing")
        loop = QEventLoop()
        worker.succeeded.connect(
            lambda path: setattr(self, "written", Path(path) if path else None)
        )
        worker.failed.connect(lambda text: setattr(self, "failure", text))
        worker.finished.connect(loop.quit)
        worker.start()
        if not worker.isFinished():
            loop.exec()
        worker.wait()
        if self.failure:
            note.setRange(0, 1)
            note.setValue(1)
            note.setLabelText(
                translate("Backups", "The automatic backup failed: %1").replace("%1", self.failure)
            )
            if self.failure_shown_ms > 0:
                QTimer.singleShot(self.failure_shown_ms, loop.quit)
                loop.exec()
        note.close()
        note.deleteLater()
        worker.deleteLater()
        return self.written


class DailyBackups(QObject):
    """Checks now and then whether today's backup is due, and writes it in the background."""

    # Status-bar text when a backup was written, or why it failed.
    reported = Signal(str)

    first_check_ms = 2 * 60_000  # not while the office is being opened and looked at
    check_ms = 10 * 60_000

    def __init__(self, office: Office, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.worker: BackupWorker | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.setSingleShot(True)
        self.timer.start(self.first_check_ms)

    def set_office(self, office: Office) -> None:
        self.stop()
        self.office = office
        self.timer.start(self.first_check_ms)

    def check(self) -> None:
        """Start today's backup if it is due and none is being written."""
        from ...services import maintenance

        self.timer.start(self.check_ms)
        if self.worker is not None:
            return
        try:
            due = maintenance.daily_backup_due(self.office)
        except OfficeError as error:
            self.reported.emit(error_text(error))
            return
        if due:
            self.start()

    def start(self) -> BackupWorker:
        worker = BackupWorker(self.office, "daily", self)
        worker.succeeded.connect(self._written)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._finished)
        self.worker = worker
        worker.start()
        return worker

    def _written(self, path: str) -> None:
        if not path:
            return
        self.reported.emit(
            translate("Backups", "Today's automatic backup was written: %1").replace("%1", path)
        )

    def _failed(self, text: str) -> None:
        self.reported.emit(
            translate("Backups", "Today's automatic backup failed: %1").replace("%1", text)
        )

    def _finished(self) -> None:
        if self.worker is not None:
            self.worker.deleteLater()
        self.worker = None

    def stop(self) -> None:
        """No more checks; a backup being written is let finish (never cut in half)."""
        self.timer.stop()
        if self.worker is not None:
            self.worker.wait()
            self._finished()
