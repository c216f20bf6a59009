"""Writing outgoing letters on the letterhead: one letter as PDF or Word, a circular as
one PDF per addressee and one combined. The composer service, with reportlab and
python-docx behind it, is imported only when a letter is exported."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ... import APP_NAME
from ...domain.errors import OfficeError
from ...services.office import Office
from ..background import run_in_background
from ..hub import hub
from ..messages import show_refusal

PDF, DOCX = ".pdf", ".docx"


def composer_service() -> ModuleType | None:
    try:
        from ...services.letters import composer
    except ImportError:  # an installation without the composer: said when asked for
        return None
    return composer


def file_name(reference: str, language: str = "") -> str:
    stem = "letter-" + reference.replace("/", "-")
    return f"{stem}-{language}" if language else stem


class LetterExporter(QObject):
    """Asks where, writes, says where it was written (or why not)."""

    def __init__(self, parent: QWidget, office: Office) -> None:
        super().__init__(parent)
        self.window = parent
        self.office = office

    def _service(self) -> ModuleType | None:
        service = composer_service()
        if service is None:
            QMessageBox.warning(
                self.window, APP_NAME, self.tr("The letter composer is not installed.")
            )
        return service

    def letter(
        self, letter_id: int, reference: str, language: str = "", suffix: str = PDF
    ) -> Path | None:
        """Write the letter as PDF or Word, as the name the user gives ends."""
        service = self._service()
        if service is None:
            return None
        pdf, word = self.tr("PDF document (*.pdf)"), self.tr("Word document (*.docx)")
        filters = f"{pdf};;{word}" if suffix == PDF else f"{word};;{pdf}"
        chosen, picked = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export the letter"),
            file_name(reference, language) + suffix,
            filters,
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (PDF, DOCX):
            path = path.with_suffix(DOCX if picked == word else PDF)
        # The composer writes one letter at once, with no steps to stop between: no Cancel.
        office = self.office
        try:
            written = run_in_background(
                self.window,
                self.tr("Writing the letter…"),
                lambda _step: Path(service.export_letter_by_id(office, letter_id, path)),
                cancellable=False,
            )
        except OfficeError as error:
            show_refusal(self.window, error)
            return None
        hub.statusMessage.emit(self.tr("Letter written to %1").replace("%1", str(written)))
        return written

    def circular(self, letter_id: int) -> list[Path]:
        """Ask for a folder; write one PDF per addressee and the combined one into it."""
        service = self._service()
        if service is None:
            return []
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Folder for the letter to each addressee")
        )
        if not folder:
            return []
        office = self.office
        try:
            written = run_in_background(
                self.window,
                self.tr("Writing the letter to each addressee…"),
                lambda _step: [
                    Path(p) for p in service.export_circular(office, letter_id, Path(folder))
                ],
                cancellable=False,
            )
        except OfficeError as error:
            show_refusal(self.window, error)
            return []
        hub.statusMessage.emit(
            self.tr("%n PDF file(s) written to %1", "", len(written)).replace("%1", folder)
        )
        answer = QMessageBox.question(
            self.window,
            self.tr("Circular letter"),
            self.tr("%n PDF file(s) written. Open their folder?", "", len(written)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(folder))
        return written


def export_letter(
    parent: QWidget, office: Office, letter_id: int, reference: str, language: str = ""
) -> Path | None:
    exporter = LetterExporter(parent, office)
    try:
        return exporter.letter(letter_id, reference, language)
    finally:
        exporter.deleteLater()


def export_circular(parent: QWidget, office: Office, letter_id: int) -> list[Path]:
    exporter = LetterExporter(parent, office)
    try:
        return exporter.circular(letter_id)
    finally:
        exporter.deleteLater()
