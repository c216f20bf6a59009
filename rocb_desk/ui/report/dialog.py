"""The annual progress report: its own words written per year, and the report made from
the registers as Word or PDF, off the window's thread, with a progress bar and Cancel.

A cancelled report leaves no file where the user asked for it: the assembly stops
between sections, and the writers only move a finished file into place.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OfficeError
from ...domain.fiscal import FinancialYear
from ...i18n import current_language, document_language, translate
from ...services.books.ledger_query import known_years
from ...services.office import Office
from ...services.report import assemble
from ...services.report.annexes import (
    AnnexChoice,
    report_annexes,
    report_parts_version,
    save_report_parts,
)
from ...services.report.texts import PART_LABELS, PARTS, report_texts
from ..background import Cancelled, Step, run_in_background
from ..forms import may_close
from ..hub import hub
from ..messages import show_refusal
from ..workplan.framework_editor import Bilingual
from .annexes import AnnexesPanel


class ReportDialog(QDialog):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setWindowTitle(self.tr("Annual progress report"))

        self.year_combo = QComboBox(objectName="reportYearCombo")
        this_year = FinancialYear.of(date.today())
        years = sorted({*known_years(self.office), this_year.previous()}, reverse=True)
        for year in years:
            self.year_combo.addItem(year.name, year.start_year)
        self.year_combo.currentIndexChanged.connect(self._year_chosen)
        self.lang_combo = QComboBox(objectName="reportLanguageCombo")
        self.lang_combo.addItem(self.tr("English"), "en")
        self.lang_combo.addItem(self.tr("Russian"), "ru")
        self.lang_combo.setCurrentIndex(max(self.lang_combo.findData(current_language()), 0))
        self.make_button = QPushButton(self.tr("&Make the report…"), objectName="makeReport")
        self.make_button.clicked.connect(self.make_report)
        top = QHBoxLayout()
        year_label = QLabel(self.tr("Financial &year"))
        year_label.setBuddy(self.year_combo)
        top.addWidget(year_label)
        top.addWidget(self.year_combo)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Language")))
        top.addWidget(self.lang_combo)
        top.addStretch(1)
        top.addWidget(self.make_button)

        hint = QLabel(
            self.tr(
                "The report is made from the books, the events, the letters and the work "
                "plan. Only these words are written for it, for each year; paragraphs are "
                "separated by a blank line, list items start with \u201c- \u201d."
            )
        )
        hint.setWordWrap(True)
        self.tabs = QTabWidget(objectName="reportTexts")
        self.editors: dict[str, Bilingual] = {}
        for part in PARTS:
            editor = Bilingual(single_line=False)
            self.editors[part] = editor
            page = QWidget()
            form = QFormLayout(page)
            form.addRow(editor)
            self.tabs.addTab(page, translate("Report", PART_LABELS[part]))
        self.annexes = AnnexesPanel(office, self)
        self.tabs.addTab(self.annexes, self.tr("Annexes"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self.save_texts)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(1000, 680)
        self.saved: dict[tuple[str, str], str] = {}
        self.saved_annexes: list[AnnexChoice] = []
        self.version: int | None = None  # of the words and annexes shown, when read
        self._year_chosen()

    # --- the report's own words ----------------------------------------------------------

    def selected_year(self) -> FinancialYear:
        return FinancialYear(self.year_combo.currentData())

    def texts(self) -> dict[tuple[str, str], str]:
        return {
            (part, lang): editor.text(lang).strip()
            for part, editor in self.editors.items()
            for lang in ("en", "ru")
        }

    def _year_chosen(self, *_args: object) -> None:
        """Show the words of the year chosen; those typed for the year before are saved
        first, not lost."""
        if self.saved and self.has_unsaved_changes() and not self.save_texts():
            # Not saved: stay on the year whose words are typed, so nothing is lost.
            self.year_combo.blockSignals(True)
            self.year_combo.setCurrentIndex(self.year_combo.findData(self.texts_year.start_year))
            self.year_combo.blockSignals(False)
            return
        self.texts_year = self.selected_year()
        self.saved = report_texts(self.office, self.texts_year)
        for (part, lang), text in self.saved.items():
            self.editors[part].set_text(lang, text)
        self.saved_annexes = report_annexes(self.office, self.texts_year)
        self.annexes.set_annexes(self.saved_annexes)
        self.version = report_parts_version(self.office, self.texts_year)

    def has_unsaved_changes(self) -> bool:
        return self.texts() != self.saved or self.annexes.annexes() != self.saved_annexes

    def save_texts(self) -> bool:
        try:
            save_report_parts(
                self.office,
                self.texts_year,
                self.texts(),
                self.annexes.annexes(),
                version=self.version,
            )
        except OfficeError as error:
            show_refusal(self, error)
            return False
        self.saved = self.texts()
        self.saved_annexes = self.annexes.annexes()
        self.version = report_parts_version(self.office, self.texts_year)
        hub.statusMessage.emit(self.tr("The report's texts are saved"))
        return True

    def reject(self) -> None:
        if self.has_unsaved_changes() and not may_close(
            self,
            self.tr("The report's texts have changes that are not saved. Save them?"),
            self.save_texts,
        ):
            return
        super().reject()

    # --- making the report ---------------------------------------------------------------

    def make_report(self) -> Path | None:
        """Ask where, then assemble and write the report off the window's thread, with
        a progress bar and Cancel; the path written, or None."""
        if self.has_unsaved_changes() and not self.save_texts():
            return None
        year, lang = self.selected_year(), self.lang_combo.currentData()
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the annual progress report"),
            f"annual-progress-report-{year.name.replace('/', '-')}-{lang}.pdf",
            self.tr("PDF document (*.pdf);;Word document (*.docx)"),
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in (".pdf", ".docx"):
            target = target.with_suffix(".pdf")
        # Said in the window's language, so worded here: the work translates for the report.
        assembling, writing = self.tr("Assembling: %1"), self.tr("Writing the file…")
        office = self.office

        def work(step: Step) -> Path:
            from ... import exports

            told = 0

            def section(title: str) -> bool:
                nonlocal told
                told += 1
                step.say(assembling.replace("%1", title))
                return step.going(told, assemble.SECTIONS + 1)

            with document_language(lang):
                try:
                    document = assemble.annual_report(office, year, lang, section)
                except assemble.Cancelled:
                    raise Cancelled from None
                step.say(writing)
                # Writing takes most of the time: Cancel is heard there too, and the
                # half-written file is removed by the writer before anything is renamed.
                return exports.write(document, target, step)

        try:
            written = run_in_background(self, self.tr("Assembling the report…"), work)
        except OfficeError as error:
            show_refusal(self, error)
            return None
        except Exception as error:  # noqa: BLE001 - said in words, never a traceback
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The report could not be made: %1").replace(
                    "%1", str(error) or type(error).__name__
                ),
            )
            return None
        if written is None:
            hub.statusMessage.emit(self.tr("The report was cancelled; no file was written"))
        else:
            hub.statusMessage.emit(self.tr("Report saved: %1").replace("%1", str(written)))
        return written
