"""The audit trail of a record or a year, shown read-only: who, when, what, before and after."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services.audit_view import AuditLine
from .models import TitledTableModel

Index = QModelIndex | QPersistentModelIndex
WHEN, WHO, ACTION, RECORD, CHANGES = range(5)


class AuditModel(TitledTableModel):
    def __init__(self, lines: list[AuditLine], parent: Any = None) -> None:
        super().__init__(parent)
        self.lines = lines

    def headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("Who"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Changes"),
        ]

    def actions(self) -> dict[str, str]:
        return {
            "create": self.tr("created"),
            "update": self.tr("changed"),
            "delete": self.tr("deleted"),
            "import": self.tr("imported"),
            "demo": self.tr("demo data"),
            "reverse": self.tr("reversal"),
            "close": self.tr("year closed"),
            "reopen": self.tr("year reopened"),
            "receipt": self.tr("receipt attached"),
            "budget": self.tr("budget set"),
            "settings": self.tr("settings"),
            "activate": self.tr("reactivated"),
            "deactivate": self.tr("deactivated"),
            "replace": self.tr("replaced"),
            "load": self.tr("loaded"),
        }

    def entities(self) -> dict[str, str]:
        return {
            "ledger_entry": self.tr("Ledger entry"),
            "financial_year": self.tr("Financial year"),
            "budget_item": self.tr("Budget item"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        line = self.lines[index.row()]
        column = index.column()
        if column == WHEN:
            return line.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if column == WHO:
            return line.actor
        if column == ACTION:
            return self.actions().get(line.action, line.action)
        if column == RECORD:
            return f"{self.entities().get(line.entity, line.entity)} {line.entity_id or ''}".strip()
        return line.changes


class AuditDialog(QDialog):
    def __init__(self, title: str, lines: list[AuditLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.table = QTableView(objectName="auditTable")
        self.table.setModel(AuditModel(lines, self))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CHANGES, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(1000, 420)

    @classmethod
    def show_lines(cls, parent: QWidget, title: str, lines: list[AuditLine]) -> None:
        dialog = cls(title, lines, parent)
        dialog.exec()
        dialog.deleteLater()
