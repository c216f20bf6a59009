"""The ledger: filters, the paged table with the totals of what it shows, and the actions."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.access import Permission
from ...domain.errors import OfficeError
from ...domain.fiscal import FinancialYear
from ...domain.money import format_money
from ...i18n import current_language
from ...services import audit_view, directory
from ...services.books import ledger, years
from ...services.books.budget import chapter_choices, item_choices
from ...services.books.ledger_query import (
    LedgerFilter,
    known_years,
    latest_year_with_entries,
)
from ...services.books.statement import (
    ledger_document,
    ledger_document_all,
    statement_document,
)
from ...services.office import Office
from ..actions import table_page_action
from ..audit_dialog import AuditDialog
from ..background import save_document
from ..forms import OptionalDateEdit
from ..hub import hub
from ..messages import show_refusal
from ..tables import record_table
from ..trust.permissions import grey_out, no_double_click
from .entry_dialog import EntryDialog
from .import_dialog import ImportDialog
from .ledger_model import DESCRIPTION, LedgerTableModel


class LedgerPage(QWidget):
    # The books changed: the contributions, budget and charts read them again.
    booksChanged = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setObjectName("ledgerPage")
        lang = current_language()

        self.year_combo = QComboBox(objectName="yearCombo")
        self.kind_combo = QComboBox(objectName="kindCombo")
        self.kind_combo.addItem(self.tr("Income and expenditure"), None)
        self.kind_combo.addItem(self.tr("Income"), "income")
        self.kind_combo.addItem(self.tr("Expenditure"), "expense")
        self.chapter_combo = QComboBox(objectName="chapterCombo")
        self.chapter_combo.addItem(self.tr("All chapters"), None)
        for number, label in chapter_choices(office, lang):
            self.chapter_combo.addItem(label, number)
        self.item_combo = QComboBox(objectName="itemCombo")
        self.item_combo.addItem(self.tr("All items"), None)
        self.items = item_choices(office, lang)
        for code, label in self.items:
            self.item_combo.addItem(label, code)
        self.counterparty_edit = QLineEdit(objectName="counterpartyEdit", clearButtonEnabled=True)
        self.counterparty_edit.setPlaceholderText(self.tr("Counterparty"))
        self.text_edit = QLineEdit(objectName="textEdit", clearButtonEnabled=True)
        self.text_edit.setPlaceholderText(self.tr("Description or voucher (Ctrl+F)"))
        self.from_edit = OptionalDateEdit()
        self.until_edit = OptionalDateEdit()
        self.reload_years()

        filters = QGridLayout()
        filters.addWidget(self.year_combo, 0, 0)
        filters.addWidget(self.kind_combo, 0, 1)
        filters.addWidget(self.chapter_combo, 0, 2)
        filters.addWidget(self.item_combo, 0, 3)
        filters.addWidget(self.counterparty_edit, 1, 0)
        filters.addWidget(self.text_edit, 1, 1, 1, 1)
        filters.addWidget(QLabel(self.tr("From")), 1, 2, Qt.AlignmentFlag.AlignRight)
        filters.addWidget(self.from_edit, 1, 3)
        filters.addWidget(QLabel(self.tr("Until")), 1, 4, Qt.AlignmentFlag.AlignRight)
        filters.addWidget(self.until_edit, 1, 5)

        self.model = LedgerTableModel(office, self)
        # Sized from the font, never from the rows: a ledger may hold 200,000 of them.
        self.table = record_table(
            self.model, "ledgerTable", (11, 8, 9, 16, 40, 24, 9, 12, 12), DESCRIPTION
        )
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self.edit_selected)
        self.totals_label = QLabel(objectName="totalsLabel")
        # Every count (filters changed, a sort, a recount after lines went) brings its sums.
        self.model.modelReset.connect(self._show_totals)

        self.toolbar = QToolBar()
        self.new_action = self._action(
            self.tr("&New entry…"), QKeySequence.StandardKey.New, self.add
        )
        self.edit_action = self._action(
            self.tr("&Edit…"), QKeySequence(Qt.Key.Key_Return), self.edit_selected, table_only=True
        )
        self.delete_action = self._action(
            self.tr("&Delete"),
            QKeySequence.StandardKey.Delete,
            self.delete_selected,
            table_only=True,
        )
        self.reverse_action = self._action(self.tr("&Reverse…"), None, self.reverse_selected)
        self.history_action = self._action(
            self.tr("&History…"), QKeySequence("Ctrl+H"), self.show_history
        )
        self.year_history_action = self._action(
            self.tr("&Year history…"), None, self.show_year_history
        )
        self.attach_action = self._action(self.tr("&Attach receipt…"), None, self.attach_receipt)
        self.open_receipt_action = self._action(self.tr("Open recei&pt"), None, self.open_receipt)
        self.toolbar.addSeparator()
        self.import_action = self._action(
            self.tr("&Import…"), QKeySequence("Ctrl+I"), self.import_file
        )
        self._action(self.tr("Excel &ledger…"), QKeySequence("Ctrl+E"), self.export_ledger)
        self._action(self.tr("&Statement…"), QKeySequence("Ctrl+Shift+S"), self.export_statement)
        self.toolbar.addSeparator()
        self.close_action = self._action(self.tr("&Close year…"), None, self.close_year)
        self.reopen_action = self._action(self.tr("Re&open year…"), None, self.reopen_year)
        # Only the office manager and the administrator post, import and close years.
        books = (self.new_action, self.edit_action, self.delete_action, self.reverse_action)
        closing = (self.attach_action, self.import_action, self.close_action, self.reopen_action)
        grey_out(self, office, Permission.BOOKS, *books, *closing)
        no_double_click(office, Permission.BOOKS, self.table, self.edit_selected)
        find = QAction(self, shortcut=QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        find.triggered.connect(self.text_edit.setFocus)
        self.addAction(find)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_label)

        for combo in (self.year_combo, self.kind_combo, self.chapter_combo, self.item_combo):
            # Long item names must not make the window wider than a laptop screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.counterparty_edit, self.text_edit):
            edit.textChanged.connect(self.apply_filters)
        for day in (self.from_edit, self.until_edit):
            day.dateChanged.connect(self.apply_filters)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.apply_filters()

    def _action(self, text: str, shortcut, slot, table_only: bool = False) -> QAction:  # noqa: ANN001
        return table_page_action(self, self.toolbar, self.table, text, shortcut, slot, table_only)

    # --- filters and data ---------------------------------------------------------------

    def reload_years(self) -> None:
        chosen = self.year_combo.count() > 0  # after the first time, keep the user's choice
        current = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All years"), None)
        kept = known_years(self.office)
        this_year = FinancialYear.of(date.today())
        for year in sorted({*kept, this_year}, reverse=True):
            self.year_combo.addItem(year.name, year.start_year)
        opening = latest_year_with_entries(self.office) or this_year
        wanted = current if chosen else opening.start_year  # None: "All years"
        position = self.year_combo.findData(wanted)
        self.year_combo.setCurrentIndex(max(position, 0))
        self.year_combo.blockSignals(False)

    def selected_year(self) -> FinancialYear | None:
        start = self.year_combo.currentData()
        return FinancialYear(start) if start is not None else None

    def current_filters(self) -> LedgerFilter:
        return LedgerFilter(
            year=self.selected_year(),
            kind=self.kind_combo.currentData(),
            chapter=self.chapter_combo.currentData(),
            item_code=self.item_combo.currentData(),
            counterparty=self.counterparty_edit.text(),
            text=self.text_edit.text(),
            date_from=self.from_edit.value(),
            date_to=self.until_edit.value(),
        )

    def apply_filters(self, *_args: object) -> None:
        self.model.set_filters(self.current_filters())  # the totals line follows (reset)
        self._update_actions()

    def _show_totals(self) -> None:
        """The totals line: what the table counted, with the sums read with the count."""
        shown, lang = self.model.shown, current_language()
        self.totals_label.setText(
            self.tr(
                "%n line(s) shown · income %1 · expenditure %2 · difference %3",
                "",
                self.model.total,
            )
            .replace("%1", format_money(shown.income, lang))
            .replace("%2", format_money(shown.expenditure, lang))
            .replace("%3", format_money(shown.income - shown.expenditure, lang))
        )

    def _changed(self, entry_id: int | None = None) -> None:
        self.reload_years()
        self.apply_filters()
        if entry_id is not None:
            row = self.model.row_of(entry_id)
            if row >= 0:
                self.table.selectRow(row)
        self.booksChanged.emit()

    def selected_line(self):  # noqa: ANN201 - LedgerLine or None
        index = self.table.currentIndex()
        return self.model.line_at(index.row()) if index.isValid() else None

    def _update_actions(self, *_args: object) -> None:
        line = self.selected_line()
        editable = line is not None and not line.locked
        self.edit_action.setEnabled(editable)
        self.delete_action.setEnabled(editable)
        self.reverse_action.setEnabled(line is not None and line.locked)
        self.history_action.setEnabled(line is not None)
        self.attach_action.setEnabled(editable)
        self.open_receipt_action.setEnabled(line is not None and line.receipt_id is not None)
        self.year_history_action.setEnabled(self.selected_year() is not None)
        year = self.selected_year()
        closed = year is not None and years.is_year_closed(self.office, year)
        self.close_action.setEnabled(year is not None and not closed)
        self.reopen_action.setEnabled(closed)

    # --- entries ------------------------------------------------------------------------

    def _counterparties(self) -> list[str]:
        return [label for _id, label in directory.member_choices(self.office, current_language())]

    def add(self) -> None:
        created: list[int] = []

        def save(values: dict) -> list:  # type: ignore[type-arg]
            entry_id, warnings = ledger.post(self.office, values)
            created.append(entry_id)
            return warnings

        if EntryDialog.edit(
            self, self.tr("New entry"), self.items, self._counterparties(), {}, save
        ):
            self._changed(created[0])

    def edit_selected(self, *_args: object) -> None:
        line = self.selected_line()
        if line is None or line.locked:
            return
        values = ledger.entry_values(self.office, line.id)
        if EntryDialog.edit(
            self,
            self.tr("Edit entry"),
            self.items,
            self._counterparties(),
            values,
            lambda v: ledger.update_entry(self.office, line.id, v),
        ):
            self._changed(line.id)

    def delete_selected(self) -> None:
        line = self.selected_line()
        if line is None or line.locked:
            return
        question = (
            self.tr("Delete the entry %1 of %2 (%3)?")
            .replace("%1", line.voucher)
            .replace("%2", line.entry_date.isoformat())
            .replace("%3", format_money(line.amount, current_language()))
        )
        if (
            QMessageBox.question(self, self.tr("Delete entry"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            ledger.delete_entry(self.office, line.id)
        except OfficeError as error:
            show_refusal(self, error)
        self._changed()

    def reverse_selected(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        day, accepted = QInputDialog.getText(
            self,
            self.tr("Reverse entry"),
            self.tr("Date of the reversal, in an open year (YYYY-MM-DD):"),
            text=date.today().isoformat(),
        )
        if not accepted:
            return
        try:
            new_id = ledger.reverse_entry(self.office, line.id, date.fromisoformat(day.strip()))
        except ValueError:
            QMessageBox.warning(
                self, self.tr("Reverse entry"), self.tr("Write the date as 2021-05-31.")
            )
            return
        except OfficeError as error:
            show_refusal(self, error)
            return
        self._changed(new_id)

    def show_history(self) -> None:
        """The audit trail of the selected entry: who made and changed it, and how."""
        line = self.selected_line()
        if line is None:
            return
        title = (
            self.tr("History of voucher %1 (%2)")
            .replace("%1", line.voucher)
            .replace("%2", line.entry_date.isoformat())
        )
        AuditDialog.show_lines(
            self, title, audit_view.history(self.office, "ledger_entry", line.id)
        )

    def show_year_history(self) -> None:
        """Every change to the year's books, deleted entries and the close included."""
        year = self.selected_year()
        if year is not None:
            title = self.tr("History of the books of %1").replace("%1", year.name)
            AuditDialog.show_lines(self, title, audit_view.year_history(self.office, year))

    def attach_receipt(self) -> None:
        line = self.selected_line()
        if line is None or line.locked:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach the scan of the receipt"),
            "",
            self.tr("Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"),
        )
        if not path:
            return
        try:
            ledger.attach_receipt(self.office, line.id, Path(path))
        except OfficeError as error:
            show_refusal(self, error)
            return
        self._changed(line.id)

    def open_receipt(self) -> None:
        """Open a copy under the receipt's own name: the store names files by checksum."""
        line = self.selected_line()
        receipt = ledger.receipt_of(self.office, line.id) if line is not None else None
        if receipt is None:
            return
        stored, name = receipt
        viewing = Path(tempfile.gettempdir()) / "rocb-desk" / stored.name[:12] / name
        viewing.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(stored, viewing)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(viewing)))

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import ledger entries"), "", self.tr("Ledger files (*.csv *.xlsx)")
        )
        if path and ImportDialog.run(self, self.office, Path(path)):
            self._changed()

    # --- years and documents ------------------------------------------------------------

    def close_year(self) -> None:
        year = self.selected_year()
        if year is None:
            return
        question = self.tr(
            "Close the financial year %1? Its entries can then no longer change; "
            "corrections become reversals in an open year."
        ).replace("%1", year.name)
        if (
            QMessageBox.question(self, self.tr("Close year"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            result = years.close_year(self.office, year)
        except OfficeError as error:
            show_refusal(self, error)
            return
        hub.statusMessage.emit(
            self.tr("%1 closed; balance carried forward: %2")
            .replace("%1", year.name)
            .replace("%2", format_money(result.closing, current_language()))
        )
        self._changed()

    def reopen_year(self) -> None:
        year = self.selected_year()
        if year is None:
            return
        question = self.tr(
            "Reopen the closed financial year %1? This is recorded in the audit trail."
        ).replace("%1", year.name)
        if (
            QMessageBox.question(self, self.tr("Reopen year"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        years.reopen_year(self.office, year, confirmed=True)
        self._changed()

    def _save_document(self, build, title: str, name: str, filters: str, every=None) -> None:  # noqa: ANN001
        """Save the document of the year chosen; with "All years" chosen, the document of
        every year (`every`), where there is one."""
        year = self.selected_year()
        if year is None and every is None:
            QMessageBox.information(self, title, self.tr("Choose a financial year first."))
            return
        suggested = name + (year.name.replace("/", "-") if year else self.tr("all-years"))
        path, chosen = QFileDialog.getSaveFileName(self, title, suggested, filters)
        if not path:
            return
        if not Path(path).suffix:  # the filter the user chose says which format
            path += next(s for s in (".pdf", ".docx", ".xlsx") if s[1:] in chosen)
        office, lang = self.office, current_language()
        try:
            written = save_document(
                self,
                Path(path),
                (lambda: build(office, year, lang)) if year else (lambda: every(office, lang)),
            )
        except OfficeError as error:
            show_refusal(self, error)
            return
        if written is not None:  # None: cancelled, and no file left behind
            hub.statusMessage.emit(self.tr("Saved %1").replace("%1", str(written)))

    def export_ledger(self) -> None:
        self._save_document(
            ledger_document,
            self.tr("Excel ledger"),
            "ledger-",
            self.tr("Excel workbook (*.xlsx)"),
            every=ledger_document_all,
        )

    def export_statement(self) -> None:
        self._save_document(
            statement_document,
            self.tr("Financial statement"),
            "statement-",
            self.tr("PDF document (*.pdf);;Word document (*.docx)"),
        )
