"""The RTC reports of a year: one line per RTC with its events, the aggregate in words,
the blank template to send out, the import of a filled one, a report's view, delete."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...domain.access import Permission
from ...domain.errors import OfficeError
from ...domain.fiscal import FinancialYear
from ...exports import write
from ...i18n import current_language
from ...services.office import Office
from ...services.rtc import importing, labels, reports
from ...services.rtc.template import blank_template
from ..background import read_in_background, reading
from ..import_preview import ImportPreviewDialog, PreviewModel
from ..messages import show_refusal
from ..trust.permissions import grey_out_widgets

FIRST_YEAR = 2011  # the office keeps its records since 2011


class RtcImportDialog(ImportPreviewDialog):
    def ready_text(self, count: int) -> str:
        return self.tr("The report is ready to import (%n row(s) read).", "", count)

    def refused_text(self, count: int) -> str:
        return self.tr(
            "%n row(s) refused: nothing will be imported until the file is corrected.", "", count
        )

    def column_titles(self, columns: tuple[str, ...]) -> list[str]:
        assert columns == importing.COLUMNS  # the titles below are in that order
        return [self.tr("Sheet"), self.tr("Item"), self.tr("Value")]


class RtcReportView(QDialog):
    """A report, read-only, as the RTC wrote it."""

    def __init__(self, form: reports.RtcReportForm, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QTextBrowser(objectName="reportText")
        self.text.setHtml(self._html(form))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(900, 640)

    def _html(self, form: reports.RtcReportForm) -> str:
        def text(value: str) -> str:
            return escape(value).replace("\n", "<br>")

        parts = ["<table>"]
        for key in (*reports.GENERAL, "developments", "remarks"):
            label = labels.tr(labels.GENERAL_LABELS[key])
            parts.append(f"<tr><th align=left valign=top>{escape(label)}</th>")
            parts.append(f"<td>{text(getattr(form, key))}</td></tr>")
        parts.append("</table>")
        for kind, heading in (
            (form.held, self.tr("Organized or hosted events")),
            (form.planned, self.tr("Planned or foreseen events")),
        ):
            parts.append(f"<h3>{escape(heading)}</h3><table border=1 cellpadding=3>")
            parts.append(
                "<tr><th>#</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>".format(
                    *(
                        escape(t)
                        for t in (
                            self.tr("Name of the Event"),
                            self.tr("Date"),
                            self.tr("Attendance"),
                            self.tr("Purpose & Outcomes"),
                        )
                    )
                )
            )
            for number, event in enumerate(kind, start=1):
                parts.append(
                    f"<tr><td>{number}</td><td>{text(event.name)}</td><td>{text(event.dates)}</td>"
                    f"<td>{text(event.attendance)}</td><td>{text(event.purpose)}</td></tr>"
                )
            parts.append("</table>")
        survey = self.tr("Survey")  # outside the f-string, where lupdate finds it
        parts.append(f"<h3>{escape(survey)}</h3><ul>")
        for key in reports.SURVEY:
            answer = labels.tr(labels.ANSWER_LABELS[getattr(form, key)])
            parts.append(f"<li>{escape(labels.tr(labels.QUESTIONS[key]))} <b>{answer}</b></li>")
        parts.append("</ul>")
        if form.specialization_topics:
            parts.append(f"<p>{text(form.specialization_topics)}</p>")
        return "".join(parts)


class RtcReportsPage(QWidget):
    """The year's RTC reports. Placed by the main window: RtcReportsPage(office, parent)."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.lines: list[reports.RtcReportLine] = []
        self.year_combo = QComboBox(objectName="yearCombo")
        today = FinancialYear.of(date.today())
        known = reports.report_years(office)
        last = max([today, *known])
        for start in range(last.start_year, FIRST_YEAR - 1, -1):
            self.year_combo.addItem(FinancialYear(start).name, start)
        chosen = known[0] if known else today.previous()
        self.year_combo.setCurrentIndex(self.year_combo.findData(chosen.start_year))
        self.year_combo.currentIndexChanged.connect(self.refresh)

        self.table = QTableWidget(0, 4, objectName="reportsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("RTC"), self.tr("Report"), self.tr("Events held"), self.tr("Events planned")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.open_selected)
        self.table.itemSelectionChanged.connect(self._enable)

        self.summary = QLabel(objectName="aggregate")
        self.summary.setWordWrap(True)

        self.template_button = QPushButton(self.tr("Save blank template\u2026"))
        self.import_button = QPushButton(self.tr("Import filled report\u2026"))
        self.open_button = QPushButton(self.tr("View report"))
        self.delete_button = QPushButton(self.tr("Delete report"))
        self.template_button.clicked.connect(self.ask_template)
        self.import_button.clicked.connect(self.ask_import)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        grey_out_widgets(office, Permission.EDIT, self.import_button, self.delete_button)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Financial year:")))
        top.addWidget(self.year_combo)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (
            self.template_button,
            self.import_button,
            self.open_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.refresh()

    # --- state -------------------------------------------------------------------------------

    @property
    def year(self) -> FinancialYear:
        return FinancialYear(int(self.year_combo.currentData()))

    def selected(self) -> reports.RtcReportLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.lines[rows[0].row()] if rows else None

    def refresh(self) -> None:
        try:
            self.lines = reports.reports_of_year(self.office, self.year, current_language())
            result = reports.aggregate(self.office, self.year)
        except OfficeError as error:
            show_refusal(self, error)
            return
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            received = self.tr("received") if line.report_id else self.tr("not received")
            values = (line.rtc, received, str(line.held), str(line.planned))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.summary.setText("\n".join(labels.aggregate_sentences(result)))
        self._enable()

    def _enable(self) -> None:
        line = self.selected()
        has_report = line is not None and line.report_id is not None
        self.open_button.setEnabled(has_report)
        self.delete_button.setEnabled(has_report)

    # --- actions -----------------------------------------------------------------------------

    def ask_template(self) -> None:
        line = self.selected()
        name = f"rtc-report-{self.year.name.replace('/', '-')}"
        if line is not None:
            name += f"-{line.code.lower()}"
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save blank template"),
            name + ".xlsx",
            self.tr("Excel workbook (*.xlsx);;Word document (*.docx)"),
        )
        if path:
            self.save_template(Path(path), line.rtc_id if line else None)

    def save_template(self, path: Path, rtc_id: int | None = None) -> bool:
        """The blank template of the year (for one RTC, its details filled) at `path`."""
        if path.suffix.lower() not in (".xlsx", ".docx"):
            path = path.with_suffix(".xlsx")
        try:
            document = blank_template(self.office, self.year, current_language(), rtc_id)
            write(document, path)
        except OfficeError as error:
            show_refusal(self, error)
            return False
        return True

    def ask_import(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(
            self,
            self.tr("Import filled report"),
            "",
            self.tr("Filled report template (*.xlsx *.docx)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        """Preview the file; import it (replacing the RTC's report of that year when the
        user agrees). True when a report was imported."""
        office = self.office
        try:
            preview = read_in_background(
                self, reading(path), lambda: importing.preview_report(office, path)
            )
        except OfficeError as error:
            show_refusal(self, error)
            return False
        if preview is None:  # cancelled
            return False
        replace = False
        if preview.form is not None and preview.replaces is not None:
            answer = QMessageBox.question(
                self,
                APP_NAME,
                self.tr("%1 already has a report for %2. Replace it with this file?")
                .replace("%1", preview.rtc)
                .replace("%2", preview.year.name if preview.year else ""),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            replace = True
        model = PreviewModel(preview.rows, importing.COLUMNS, self)
        ready = len(preview.rows) if preview.form is not None else 0

        def do_import() -> int:
            return importing.import_report(self.office, path, replace=replace)

        done = RtcImportDialog(path, model, ready, do_import, self).ask()
        if done:
            if preview.year is not None:
                index = self.year_combo.findData(preview.year.start_year)
                if index >= 0:
                    self.year_combo.setCurrentIndex(index)
            self.refresh()
        return done

    def open_selected(self) -> None:
        line = self.selected()
        if line is None or line.report_id is None:
            return
        try:
            form = reports.load_report(self.office, line.report_id)
        except OfficeError as error:
            show_refusal(self, error)
            self.refresh()
            return
        view = RtcReportView(form, f"{line.rtc} \u2014 {self.year.name}", self)
        view.exec()
        view.deleteLater()

    def delete_selected(self) -> bool:
        line = self.selected()
        if line is None or line.report_id is None:
            return False
        answer = QMessageBox.question(
            self,
            APP_NAME,
            self.tr("Delete the report of %1 for %2?")
            .replace("%1", line.rtc)
            .replace("%2", self.year.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            reports.delete_report(self.office, line.report_id)
        except OfficeError as error:
            show_refusal(self, error)
        self.refresh()
        return True
