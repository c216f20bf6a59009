"""The plan's documents written to a file: which format, which language, where."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OfficeError
from ...domain.fiscal import FinancialYear
from ...i18n import current_language
from ...services.office import Office
from ...services.workplan import documents
from ..background import save_document
from ..events import DOCUMENT_LANGUAGES
from ..hub import hub
from ..messages import show_refusal

PLAN, REPORT = "plan", "report"
BUILDERS = {PLAN: documents.workplan_document, REPORT: documents.activities_report_document}
FORMATS = {PLAN: (".docx", ".pdf", ".xlsx"), REPORT: (".docx", ".pdf")}
FILE_NAMES = {PLAN: "work-plan-", REPORT: "report-of-activities-"}


class ExportDialog(QDialog):
    """The format and the language of the plan's document of a year."""

    def __init__(self, kind: str, year: FinancialYear, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        titles = {
            PLAN: self.tr("Export the work plan %1"),
            REPORT: self.tr("Export the report of activities %1"),
        }
        self.setWindowTitle(titles[kind].replace("%1", year.name))
        names = {
            ".docx": self.tr("Word document (.docx)"),
            ".pdf": self.tr("PDF document (.pdf)"),
            ".xlsx": self.tr("Excel workbook (.xlsx)"),
        }
        self.format_combo = QComboBox(objectName="planFormatCombo")
        for suffix in FORMATS[kind]:
            self.format_combo.addItem(names[suffix], suffix)
        self.language_combo = QComboBox(objectName="planLanguageCombo")
        for code, name in DOCUMENT_LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(self.language_combo.findData(current_language()), 0)
        )
        form = QFormLayout()
        form.addRow(self.tr("Financial year"), QLabel(year.name))
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("Language"), self.language_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> tuple[str, str]:
        return self.format_combo.currentData(), self.language_combo.currentData()

    @classmethod
    def export(cls, parent: QWidget, office: Office, kind: str, year: FinancialYear) -> Path | None:
        """Ask for format, language and file, then write the document; the path written."""
        dialog = cls(kind, year, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.write(office, kind, year)
        finally:
            dialog.deleteLater()

    def write(self, office: Office, kind: str, year: FinancialYear) -> Path | None:
        suffix, lang = self.value()
        name = f"{FILE_NAMES[kind]}{year.name.replace('/', '-')}-{lang}{suffix}"
        path, _chosen = QFileDialog.getSaveFileName(
            self.parentWidget(), self.windowTitle(), name, f"*{suffix}"
        )
        if not path:
            return None
        if not Path(path).suffix:
            path += suffix
        build = BUILDERS[kind]
        try:
            written = save_document(
                self.parentWidget(), Path(path), lambda: build(office, year, lang), lang=lang
            )
        except OfficeError as error:
            show_refusal(self.parentWidget(), error)
            return None
        if written is None:  # cancelled: no file left behind
            return None
        hub.statusMessage.emit(self.tr("Saved %1").replace("%1", str(written)))
        return written
