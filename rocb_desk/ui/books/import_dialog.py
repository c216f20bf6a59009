"""Import preview: every row of the file with its refusals; importing is all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OfficeError, ValidationError
from ...i18n import message_text
from ...services.books.ledger import write_entries
from ...services.books.ledger_import import COLUMNS, PreviewRow, preview
from ...services.office import Office
from ..messages import show_refusal

Index = QModelIndex | QPersistentModelIndex
REFUSED = QColor(255, 205, 210)
ROW, REASON = 0, 1  # the reason stands next to the row number, where it is seen first


class PreviewModel(QAbstractTableModel):
    """The file's rows as read, and a last column with why a row is refused."""

    def __init__(self, rows: list[PreviewRow], parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS) + 2

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802 - Qt API
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == ROW:
            return self.tr("Row")
        if section == REASON:
            return self.tr("Refused because")
        return COLUMNS[section - 2]  # the file's own column names

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and row.errors:
            return QBrush(REFUSED)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == ROW:
            return str(row.row)
        if index.column() == REASON:
            return "; ".join(f"{e.field}: {message_text(e.message)}" for e in row.errors)
        value = row.values.get(COLUMNS[index.column() - 2])
        return "" if value is None else str(value)


class ImportDialog(QDialog):
    def __init__(
        self,
        office: Office,
        path: Path,
        rows: list[PreviewRow],
        entries: list,  # type: ignore[type-arg]
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.office = office
        self.entries = entries
        refused = sum(1 for row in rows if row.errors)
        self.setWindowTitle(self.tr("Import %1").replace("%1", path.name))
        summary = QLabel(objectName="importSummary")
        if refused:
            summary.setText(
                self.tr(
                    "%n row(s) refused: nothing will be imported until the file is corrected.",
                    "",
                    refused,
                )
            )
            summary.setStyleSheet("color: #b00020;")
        else:
            summary.setText(self.tr("%n entry(ies) ready to import.", "", len(entries)))
        self.table = QTableView(objectName="previewTable")
        self.table.setModel(PreviewModel(rows, self))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ROW, self.fontMetrics().horizontalAdvance("000000") + 16)
        header.resizeSection(REASON, self.fontMetrics().horizontalAdvance("0") * 60)
        header.setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(refused == 0)
        self.buttons.accepted.connect(self.import_all)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.resize(980, 520)

    def import_all(self) -> None:
        try:
            write_entries(self.office, self.entries, action="import")
        except (ValidationError, OfficeError) as error:
            show_refusal(self, error)
            return
        self.accept()

    @classmethod
    def run(cls, parent: QWidget, office: Office, path: Path) -> bool:
        """Preview `path`; True when its entries were imported."""
        try:
            rows, entries = preview(office, path)
        except OfficeError as error:
            show_refusal(parent, error)
            return False
        dialog = cls(office, path, rows, entries, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted
