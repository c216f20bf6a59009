"""Preview of a registration list: each row with the reasons it is refused; the list is
imported whole, once every row is right, or not at all."""

from __future__ import annotations

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

from ...domain.errors import OfficeError, ValidationError
from ...i18n import message_text
from ...services.events import participants
from ...services.office import Office
from ..messages import show_refusal
from ..models import Index

REFUSED = QColor(255, 205, 210)
ROW, REASON = 0, 1  # the reason stands next to the row number, where it is seen first


class ParticipantPreviewModel(QAbstractTableModel):
    """The list's rows as read, with why a row is refused beside its number."""

    def __init__(self, rows: list[participants.PreviewRow], parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.titles = [
            self.tr("Row"),
            self.tr("Refused because"),
            self.tr("Name"),
            self.tr("Administration"),
            self.tr("Position"),
            self.tr("E-mail"),
            self.tr("Gender"),
            self.tr("Attendance"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(participants.COLUMNS) + 2

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
            columns = dict(zip(participants.COLUMNS, self.titles[2:], strict=True))
            return "; ".join(
                f"{columns.get(e.field, e.field)}: {message_text(e.message)}" for e in row.errors
            )
        value = row.values.get(participants.COLUMNS[index.column() - 2])
        return "" if value is None else str(value)


class ParticipantsImportDialog(QDialog):
    def __init__(
        self,
        office: Office,
        event_id: int,
        path: Path,
        rows: list[participants.PreviewRow],
        ready: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.office = office
        self.event_id = event_id
        self.path = path
        refused = sum(1 for row in rows if row.errors)
        self.setWindowTitle(self.tr("Import %1").replace("%1", path.name))
        self.summary = QLabel(objectName="importSummary")
        self.summary.setWordWrap(True)
        if refused:
            self.summary.setText(
                self.tr(
                    "%n row(s) refused: nobody will be imported until the list is corrected.",
                    "",
                    refused,
                )
            )
            self.summary.setStyleSheet("color: #b00020;")
        else:
            self.summary.setText(self.tr("%n participant(s) ready to import.", "", ready))
        self.table = QTableView(objectName="previewTable")
        self.table.setModel(ParticipantPreviewModel(rows, self))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        digit = self.fontMetrics().horizontalAdvance("0")
        header.resizeSection(ROW, digit * 6 + 16)
        header.resizeSection(REASON, digit * 50)
        for column in range(2, len(participants.COLUMNS) + 2):
            header.resizeSection(column, digit * 16)
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
        try:
            participants.import_participants(self.office, self.event_id, self.path)
        except (ValidationError, OfficeError) as error:
            show_refusal(self, error)
            return
        self.accept()

    @classmethod
    def run(cls, parent: QWidget, office: Office, event_id: int, path: Path) -> bool:
        """Preview the list at `path`; True when its participants were imported."""
        try:
            rows, ready = participants.preview_import(office, event_id, path)
        except OfficeError as error:
            show_refusal(parent, error)
            return False
        dialog = cls(office, event_id, path, rows, len(ready), parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted
