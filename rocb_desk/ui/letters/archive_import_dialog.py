"""Importing the scanned archive: the preview of the index with each refused row's reasons,
then every letter registered with its file, or none.

Copying the files into the office and reading their text takes minutes for a big
archive, so the import runs off the window's thread (ui/background.py) behind a
progress dialog: the window stays alive, and Cancel stops it with nothing registered
and no file left behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.errors import OfficeError
from ...services.letters import archive_import
from ...services.office import Office
from ..background import Cancelled, Step, read_in_background, reading, run_in_background
from ..hub import hub
from ..import_preview import ImportPreviewDialog, PreviewModel
from ..messages import show_refusal


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
        self.imported: list[int] = []

    def import_all(self) -> None:
        """Copy the files in and register every letter, off the window's thread, behind
        a progress dialog; Cancel stops it with nothing registered and no file left."""
        office, folder, index = self.office, self.folder, self.index
        copying = self.tr("Copying file %1 of %2 into the office…")
        reading = self.tr("Reading the text of file %1 of %2…")

        def describe(done: int, total: int) -> str:
            half = total // 2  # each file is copied, then its text read
            text, number = (copying, done) if done <= half else (reading, done - half)
            return text.replace("%1", str(number)).replace("%2", str(half))

        def work(step: Step) -> list[int]:
            try:
                return archive_import.import_archive(office, folder, index, step.going)
            except archive_import.Cancelled:
                raise Cancelled from None

        try:
            ids = run_in_background(
                self,
                self.tr("Copying the files into the office…"),
                work,
                describe=describe,
                cancelling=self.tr("Cancelling: nothing will be registered…"),
            )
        except OfficeError as error:
            show_refusal(self, error)
            return
        except Exception as error:  # noqa: BLE001 - said in words, never a traceback
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The import stopped (%1); no letter was registered.").replace(
                    "%1", str(error) or type(error).__name__
                ),
            )
            return
        if ids is None:
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("The import was cancelled: no letter was registered."),
            )
            return
        self.imported = ids
        hub.statusMessage.emit(self.tr("%n letter(s) imported from the archive", "", len(ids)))
        self.accept()

    @classmethod
    def prepare(
        cls, parent: QWidget, office: Office, folder: Path, index: Path
    ) -> ArchiveImportDialog | None:
        """The preview of `index` for the files in `folder`; None when it cannot be read."""
        try:
            read = read_in_background(
                parent, reading(index), lambda: archive_import.preview(office, folder, index)
            )
        except OfficeError as error:
            show_refusal(parent, error)
            return None
        if read is None:  # cancelled
            return None
        rows, letters = read
        model = PreviewModel(rows, archive_import.COLUMNS, parent)
        dialog = cls(index, model, len(letters), lambda: None, parent)
        dialog.start(office, folder, index)
        return dialog

    @classmethod
    def run(cls, parent: QWidget, office: Office, folder: Path, index: Path) -> bool:
        """Preview the archive's index; True when its letters were imported."""
        dialog = cls.prepare(parent, office, folder, index)
        return dialog.ask() if dialog is not None else False
