"""Import preview: every row of the file with its refusals beside its number; the file
is imported whole once every row is right, or not at all. Each import (ledger entries,
participants) gives its columns, its counts and the service call that imports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
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

from ..domain.errors import OfficeError, ValidationError
from ..i18n import message_text
from ..services.tabular import PreviewRow
from .background import run_in_background
from .messages import show_refusal
from .models import Index

REFUSED = QColor(255, 205, 210)
ROW, REASON = 0, 1  # the reason stands next to the row number, where it is seen first


class PreviewModel(QAbstractTableModel):
    """The file's rows as read: the row number, why it is refused, then its values.

    `columns` are the import's column names, shown as they are until `name_columns`.
    """

    def __init__(self, rows: list[PreviewRow], columns: tuple[str, ...], parent: Any) -> None:
        super().__init__(parent)
        self.rows = rows
        self.columns = columns
        self.name_columns(list(columns))

    def name_columns(self, titles: list[str]) -> None:
        """What the user sees for the columns (and for the fields in the reasons)."""
        self.titles = [self.tr("Row"), self.tr("Refused because"), *titles]
        self.field_titles = dict(zip(self.columns, titles, strict=True))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.titles)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None

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
            reasons = [
                f"{self.field_titles.get(e.field, e.field)}: {message_text(e.message).rstrip('.')}"
                for e in row.errors
            ]
            # The cell shows them on one line; the tooltip, one reason a line.
            separator = "\n" if role == Qt.ItemDataRole.ToolTipRole else "; "
            return separator.join(reasons)
        value = row.values.get(self.columns[index.column() - 2])
        return "" if value is None else str(value)


class ImportPreviewDialog(QDialog):
    """Shows the preview; Import runs `do_import`, refused until no row is refused.

    Each import says in its own words what is ready and what is refused."""

    def ready_text(self, count: int) -> str:
        raise NotImplementedError

    def refused_text(self, count: int) -> str:
        raise NotImplementedError

    def column_titles(self, columns: tuple[str, ...]) -> list[str]:
        return list(columns)

    def __init__(
        self,
        path: Path,
        model: PreviewModel,
        ready: int,
        do_import: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.do_import = do_import
        refused = sum(1 for row in model.rows if row.errors)
        self.setWindowTitle(self.tr("Import %1").replace("%1", path.name))
        text = self.refused_text(refused) if refused else self.ready_text(ready)
        self.summary = QLabel(text, objectName="importSummary")
        self.summary.setWordWrap(True)
        if refused:
            self.summary.setStyleSheet("color: #b00020;")
        model.setParent(self)
        model.name_columns(self.column_titles(model.columns))
        self.table = QTableView(objectName="previewTable")
        self.table.setModel(model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        digit = self.fontMetrics().horizontalAdvance("0")
        header.resizeSection(ROW, digit * 6 + 16)
        header.resizeSection(REASON, digit * 70)
        for column in range(2, model.columnCount()):
            header.resizeSection(column, digit * 14)
        header.setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(refused == 0 and ready > 0)
        self.buttons.accepted.connect(self.import_all)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(1000, 520)

    def import_all(self) -> None:
        # Off the window's thread; one transaction, whole or not at all, so no Cancel.
        do_import = self.do_import
        try:
            run_in_background(
                self, self.tr("Importing…"), lambda _step: do_import(), cancellable=False
            )
        except (ValidationError, OfficeError) as error:
            show_refusal(self, error)
            return
        self.accept()

    def ask(self) -> bool:
        """Show the preview; True when the file was imported."""
        accepted = self.exec() == QDialog.DialogCode.Accepted
        self.deleteLater()
        return accepted
