"""The annexes of a year's report, chosen from the archive and titled in both languages."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.office import Office
from ...services.report.annexes import AnnexChoice, annex_candidates

FILE, TITLE_EN, TITLE_RU = range(3)


class AnnexPicker(QDialog):
    """Documents of the archive by name; the words typed narrow the list."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setWindowTitle(self.tr("Choose a document of the archive"))
        self.filter_edit = QLineEdit(clearButtonEnabled=True)
        self.filter_edit.setPlaceholderText(self.tr("Words of the file's name"))
        self.list = QListWidget(objectName="annexCandidates")
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.itemDoubleClicked.connect(self.accept)
        self.pause = QTimer(self, singleShot=True, interval=250)  # search when typing pauses
        self.pause.timeout.connect(self.reload)
        self.filter_edit.textChanged.connect(self.pause.start)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(620, 480)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for choice in annex_candidates(self.office, self.filter_edit.text()):
            item = QListWidgetItem(choice.name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, choice.attachment_id)

    def chosen(self) -> list[AnnexChoice]:
        return [
            AnnexChoice(item.data(Qt.ItemDataRole.UserRole), name=item.text())
            for item in self.list.selectedItems()
        ]


class AnnexesPanel(QWidget):
    """The annexes in their order: file, English title, Russian title (both editable)."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.table = QTableWidget(0, 3, objectName="annexTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Title in English"), self.tr("Title in Russian")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for column, width in ((FILE, 260), (TITLE_EN, 320)):
            self.table.setColumnWidth(column, width)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("&Add from the archive…"), self.add),
            (self.tr("Re&move"), self.remove),
            (self.tr("Move &up"), lambda: self.move(-1)),
            (self.tr("Move do&wn"), lambda: self.move(1)),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_annexes(self, annexes: list[AnnexChoice]) -> None:
        self.table.setRowCount(0)
        for annex in annexes:
            self._append(annex)

    def _append(self, annex: AnnexChoice) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(annex.name)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        name.setData(Qt.ItemDataRole.UserRole, annex.attachment_id)
        self.table.setItem(row, FILE, name)
        self.table.setItem(row, TITLE_EN, QTableWidgetItem(annex.title_en))
        self.table.setItem(row, TITLE_RU, QTableWidgetItem(annex.title_ru))

    def annexes(self) -> list[AnnexChoice]:
        return [
            AnnexChoice(
                self.table.item(row, FILE).data(Qt.ItemDataRole.UserRole),
                self.table.item(row, TITLE_EN).text().strip(),
                self.table.item(row, TITLE_RU).text().strip(),
                self.table.item(row, FILE).text(),
            )
            for row in range(self.table.rowCount())
        ]

    def add(self) -> None:
        picker = AnnexPicker(self.office, self)
        if picker.exec():
            present = {annex.attachment_id for annex in self.annexes()}
            for choice in picker.chosen():
                if choice.attachment_id not in present:
                    self._append(choice)
        picker.deleteLater()

    def remove(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def move(self, step: int) -> None:
        row = self.table.currentRow()
        annexes = self.annexes()
        target = row + step
        if row < 0 or not 0 <= target < len(annexes):
            return
        annexes[row], annexes[target] = annexes[target], annexes[row]
        self.set_annexes(annexes)
        self.table.selectRow(target)
