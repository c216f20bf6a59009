"""A Directory list as a Qt table model: rows a service returned, columns from the spec."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from ...i18n import current_language
from ...services.directory import DirectoryRow
from ...services.directory_lists import CONTEXT, Kind, ListSpec

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
# Every text of the record, shown or not (the other language's name, the phone...),
# so that a search finds "Baku" while the table shows "РУЦ Баку".
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex


class DirectoryTableModel(QAbstractTableModel):
    def __init__(self, spec: ListSpec, parent: Any = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.fields = spec.table_fields(current_language())
        self.rows: list[DirectoryRow] = []

    def set_rows(self, rows: list[DirectoryRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.fields)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802 - Qt API
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, self.fields[section].label)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        field = self.fields[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.texts.get(field.name, "")
        if role == SORT_ROLE:
            value = row.values.get(field.name)
            if isinstance(value, date):
                return value.isoformat()
            if field.kind in (Kind.INT,) and value is not None:
                return int(value)
            return row.texts.get(field.name, "").casefold()
        if role == ID_ROLE:
            return row.id
        if role == SEARCH_ROLE:
            return " ".join(row.texts.values())
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        return None

    def row_at(self, index: QModelIndex) -> DirectoryRow:
        return self.rows[index.row()]

    def row_of(self, record_id: int) -> int:
        return next((i for i, row in enumerate(self.rows) if row.id == record_id), -1)
