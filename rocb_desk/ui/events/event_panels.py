"""The event editor's Costs and Documents tabs: each change is written as it is made."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OfficeError
from ...domain.money import format_money
from ...i18n import current_language
from ...services import attachments
from ...services.events import register
from ...services.office import Office
from ..file_drop import DropsFiles, choose_documents
from ..messages import show_refusal
from ..tables import record_table
from .list_model import CostModel, DocumentModel

COST_WIDTHS = (11, 7, 6, 40, 12)


def selected_rows(table: QTableView) -> list[int]:
    return sorted({index.row() for index in table.selectionModel().selectedRows()})


class CandidatesDialog(QDialog):
    """Expenses of the event's year not linked to any event: choose those it paid for."""

    def __init__(self, lines: list[register.CostLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link expenses to the event"))
        self.model = CostModel(self)
        self.model.set_lines(lines)
        self.table = record_table(self.model, "candidateTable", COST_WIDTHS, 3, multi=True)
        self.table.doubleClicked.connect(self.accept)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Expenses of the event's financial year not linked to an event:"))
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 460)

    def chosen(self) -> list[int]:
        return [self.model.lines[row].entry_id for row in selected_rows(self.table)]

    def show_near(self, day: date) -> None:
        """Scroll to the expenses paid around the event, without choosing any."""
        row = next((r for r, line in enumerate(self.model.lines) if line.entry_date >= day), -1)
        if row >= 0:
            self.table.scrollTo(
                self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop
            )

    @classmethod
    def choose(
        cls, parent: QWidget, lines: list[register.CostLine], near: date | None = None
    ) -> list[int]:
        dialog = cls(lines, parent)
        if near is not None:
            dialog.show_near(near)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.chosen() if accepted else []
        dialog.deleteLater()
        return chosen


class CostsPanel(QWidget):
    """Ledger entries linked to the event, with their total; link more, or unlink."""

    changed = Signal()

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.event_id: int | None = None
        self.near: date | None = None  # the event's start: its expenses are paid around it
        self.model = CostModel(self)
        self.table = record_table(self.model, "costTable", COST_WIDTHS, 3)
        self.total_label = QLabel(objectName="costTotalLabel")
        self.link_button = QPushButton(self.tr("&Link expenses…"), objectName="linkCostButton")
        self.unlink_button = QPushButton(self.tr("U&nlink"), objectName="unlinkCostButton")
        self.link_button.clicked.connect(self.link)
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.total_label, 1)
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        note = QLabel(
            self.tr("Costs are expenses of the books; unlinking keeps them in the books.")
        )
        note.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(note)

    def set_event(self, event_id: int) -> None:
        self.event_id = event_id
        self.reload()

    def reload(self) -> None:
        assert self.event_id is not None
        self.model.set_lines(register.costs(self.office, self.event_id))
        total = register.cost_total(self.office, self.event_id)
        self.total_label.setText(
            self.tr("Total: %1 EUR").replace("%1", format_money(total, current_language()))
        )
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        self.unlink_button.setEnabled(bool(selected_rows(self.table)))

    def link(self) -> None:
        if self.event_id is None:
            return
        candidates = register.cost_candidates(self.office, self.event_id)
        if not candidates:
            QMessageBox.information(
                self,
                self.tr("Link expenses"),
                self.tr("Every expense of the event's financial year is already linked."),
            )
            return
        self.link_entries(CandidatesDialog.choose(self, candidates, self.near))

    def link_entries(self, entry_ids: list[int]) -> None:
        assert self.event_id is not None
        try:
            register.link_costs(self.office, self.event_id, entry_ids)  # all or none
        except OfficeError as error:
            show_refusal(self, error)
        if entry_ids:
            self.reload()
            self.changed.emit()

    def unlink_selected(self) -> None:
        try:
            register.unlink_costs(
                self.office, [self.model.lines[row].entry_id for row in selected_rows(self.table)]
            )
        except OfficeError as error:
            show_refusal(self, error)
        self.reload()
        self.changed.emit()


class DocumentsPanel(DropsFiles, QWidget):
    """Files kept with the event (agenda, presentations, final report); files dropped on
    the panel are attached too, with the label chosen above the list."""

    changed = Signal()

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.event_id: int | None = None
        self.setAcceptDrops(True)
        self.model = DocumentModel(self)
        self.table = record_table(self.model, "documentTable", (40, 18, 8), 0)
        self.table.doubleClicked.connect(self.open_selected)
        self.label_combo = QComboBox(editable=True, objectName="documentLabelCombo")
        self.label_combo.addItems(
            [self.tr("Agenda"), self.tr("Presentation"), self.tr("Final report"), ""]
        )
        self.label_combo.setMinimumContentsLength(16)
        self.add_button = QPushButton(self.tr("&Add files…"), objectName="addDocumentButton")
        self.open_button = QPushButton(self.tr("&Open"), objectName="openDocumentButton")
        self.remove_button = QPushButton(self.tr("&Remove"), objectName="removeDocumentButton")
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Attach as")))
        top.addWidget(self.label_combo)
        top.addWidget(self.add_button)
        top.addStretch(1)
        top.addWidget(self.open_button)
        top.addWidget(self.remove_button)
        hint = QLabel(self.tr("Drop files here to attach them to the event."))
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)

    def set_event(self, event_id: int) -> None:
        self.event_id = event_id
        self.reload()

    def reload(self) -> None:
        assert self.event_id is not None
        self.model.set_lines(register.documents(self.office, self.event_id))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        chosen = bool(selected_rows(self.table))
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def choose_files(self) -> None:
        self.attach(choose_documents(self, self.tr("Attach documents to the event")))

    def attach(self, paths: list[Path]) -> None:
        """Keep copies of the files with the event; the originals stay where they are."""
        if self.event_id is None or not paths:
            return
        label = self.label_combo.currentText().strip()
        try:
            register.attach_documents(self.office, self.event_id, paths, label)
        except OfficeError as error:
            show_refusal(self, error)
        self.reload()
        self.changed.emit()

    def takes_files(self) -> bool:
        return self.event_id is not None

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.attach([p for p in paths if p.is_file()])
        event.acceptProposedAction()

    def open_selected(self, *_args: object) -> None:
        """Open a copy under the file's own name: the store names files by checksum."""
        rows = selected_rows(self.table)
        if not rows:
            return
        try:
            stored, name = attachments.path_of(self.office, self.model.lines[rows[0]].attachment_id)
            viewing = Path(tempfile.gettempdir()) / "rocb-desk" / stored.name[:12] / name
            viewing.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(stored, viewing)
        except OfficeError as error:
            show_refusal(self, error)
            return
        except OSError as error:
            QMessageBox.warning(self, self.tr("Open"), str(error))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(viewing)))

    def remove_selected(self) -> None:
        rows = selected_rows(self.table)
        if self.event_id is None or not rows:
            return
        line = self.model.lines[rows[0]]
        question = self.tr("Remove %1 from the event?").replace("%1", line.name)
        if (
            QMessageBox.question(self, self.tr("Remove document"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        register.remove_document(self.office, self.event_id, line.attachment_id)
        self.reload()
        self.changed.emit()
