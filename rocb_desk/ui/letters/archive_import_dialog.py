"""Importing the scanned archive: the preview of the index with each refused row's reasons,
then every letter registered with its file, or none.

Copying the files into the office and reading their text takes minutes for a big
archive, so the import runs in a worker thread behind a progress dialog: the window
stays alive, and Cancel stops it with nothing registered and no file left behind.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from ...domain.errors import OfficeError
from ...services.letters import archive_import
from ...services.office import Office
from ..hub import hub
from ..import_preview import ImportPreviewDialog, PreviewModel
from ..messages import show_refusal


class ImportWorker(QThread):
    """Runs the import off the window's thread; reports progress; stops when asked."""

    progressed = Signal(int, int)

    def __init__(self, office: Office, folder: Path, index: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.office, self.folder, self.index = office, folder, index
        self.stop = threading.Event()
        self.ids: list[int] | None = None
        self.cancelled = False
        self.error: OfficeError | None = None
        self.failure = ""  # an unexpected failure: its reason, for the message

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.stop.is_set()

    def run(self) -> None:
        try:
            self.ids = archive_import.import_archive(
                self.office, self.folder, self.index, self._progress
            )
        except archive_import.Cancelled:
            self.cancelled = True
        except OfficeError as error:
            self.error = error
        except Exception as error:  # noqa: BLE001 - said in words, never a traceback
            self.failure = str(error) or type(error).__name__


class ArchiveImportDialog(ImportPreviewDialog):
    def ready_text(self, count: int) -> str:
        return self.tr("%n letter(s) ready to import with their files.", "", count)

    def refused_text(self, count: int) -> str:
        return self.tr(
            "%n row(s) refused: nothing will be imported until the index is corrected.", "", count
        )

    def column_titles(self, columns: tuple[str, ...]) -> list[str]:
        assert columns == archive_import.COLUMNS  # the titles below are in that order
        return [
            self.tr("Reference"),
            self.tr("Date"),
            self.tr("Direction"),
            self.tr("Correspondent"),
            self.tr("Subject"),
            self.tr("File"),
            self.tr("Language"),
            self.tr("Restriction"),
            self.tr("Tags"),
            self.tr("Sender's number"),
        ]

    def start(self, office: Office, folder: Path, index: Path) -> None:
        self.office, self.folder, self.index = office, folder, index
        self.worker: ImportWorker | None = None
        self.progress: QProgressDialog | None = None
        self.imported: list[int] = []

    def import_all(self) -> None:
        """Start the import in its worker; the progress dialog follows it."""
        if self.worker is not None:
            return
        self.import_button.setEnabled(False)
        self.worker = ImportWorker(self.office, self.folder, self.index, self)
        progress = QProgressDialog(
            self.tr("Copying the files into the office…"), self.tr("Cancel"), 0, 0, self
        )
        progress.setObjectName("importProgress")
        progress.setWindowTitle(self.windowTitle())
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel_import)
        self.progress = progress
        self.worker.progressed.connect(self._progressed)
        self.worker.finished.connect(self._finished)
        self.worker.start()
        progress.show()

    def cancel_import(self) -> None:
        """Ask the worker to stop; the progress stays up, saying so, until it has."""
        if self.worker is not None:
            self.worker.stop.set()
        progress = self.progress
        if progress is not None:
            # Qt hid the dialog on Cancel; it comes back until the files are removed again.
            progress.setRange(0, 0)
            progress.setLabelText(self.tr("Cancelling: nothing will be registered…"))
            button = progress.findChild(QPushButton)
            if button is not None:
                button.setEnabled(False)
            progress.show()

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is None or self.progress.wasCanceled():
            return
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        half = total // 2
        if done <= half:
            text = self.tr("Copying file %1 of %2 into the office…")
            text = text.replace("%1", str(done)).replace("%2", str(half))
        else:
            text = self.tr("Reading the text of file %1 of %2…")
            text = text.replace("%1", str(done - half)).replace("%2", str(half))
        self.progress.setLabelText(text)

    def _finished(self) -> None:
        worker = self.worker
        assert worker is not None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.worker = None
        worker.deleteLater()
        if worker.ids is not None:
            self.imported = worker.ids
            hub.statusMessage.emit(
                self.tr("%n letter(s) imported from the archive", "", len(worker.ids))
            )
            self.accept()
            return
        self.import_button.setEnabled(True)
        if worker.cancelled:
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("The import was cancelled: no letter was registered."),
            )
        elif worker.error is not None:
            show_refusal(self, worker.error)
        else:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The import stopped (%1); no letter was registered.").replace(
                    "%1", worker.failure
                ),
            )

    def running(self) -> bool:
        return self.worker is not None

    def reject(self) -> None:
        """While the import runs, closing the preview cancels it and waits for it to stop."""
        if self.running():
            self.cancel_import()
            return
        super().reject()

    @classmethod
    def prepare(
        cls, parent: QWidget, office: Office, folder: Path, index: Path
    ) -> ArchiveImportDialog | None:
        """The preview of `index` for the files in `folder`; None when it cannot be read."""
        try:
            rows, letters = archive_import.preview(office, folder, index)
        except OfficeError as error:
            show_refusal(parent, error)
            return None
        model = PreviewModel(rows, archive_import.COLUMNS, parent)
        dialog = cls(index, model, len(letters), lambda: None, parent)
        dialog.start(office, folder, index)
        return dialog

    @classmethod
    def run(cls, parent: QWidget, office: Office, folder: Path, index: Path) -> bool:
        """Preview the archive's index; True when its letters were imported."""
        dialog = cls.prepare(parent, office, folder, index)
        return dialog.ask() if dialog is not None else False
