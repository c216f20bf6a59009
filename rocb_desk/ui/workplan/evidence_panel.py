"""The activity editor's Evidence tab: events, letters, ledger entries and documents the
activity's progress rests on. Each change is written as it is made."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OfficeError
from ...i18n import current_language
from ...services.office import Office
from ...services.workplan import evidence
from ...services.workplan.evidence import CANDIDATE_LIMIT
from ..file_drop import DropsFiles, choose_documents
from ..messages import show_refusal
from ..tables import record_table
from .models import EvidenceModel

EVIDENCE_WIDTHS = (13, 11, 60)


def selected_rows(table: QTableView) -> list[int]:
    return sorted({index.row() for index in table.selectionModel().selectedRows()})


class EvidencePicker(QDialog):
    """Records of the activity's year not yet linked: events, letters or ledger entries."""

    def __init__(self, office: Office, activity_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.activity_id = activity_id
        self.setWindowTitle(self.tr("Link evidence to the activity"))
        self.kind_combo = QComboBox(objectName="evidenceKindCombo")
        self.kind_combo.addItem(self.tr("Events"), "events")
        self.kind_combo.addItem(self.tr("Letters"), "letters")
        self.kind_combo.addItem(self.tr("Ledger entries"), "entries")
        self.filter_edit = QLineEdit(objectName="evidenceFilterEdit", clearButtonEnabled=True)
        self.filter_edit.setPlaceholderText(self.tr("Words of the title, subject or description"))
        self.model = EvidenceModel(self)
        self.table = record_table(self.model, "candidateTable", EVIDENCE_WIDTHS, 2, multi=True)
        self.table.hideColumn(0)  # the kind is the one chosen above
        self.table.doubleClicked.connect(self.accept)
        self.note = QLabel(objectName="candidateNote")
        self.note.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Link"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.kind_combo)
        top.addWidget(self.filter_edit, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Records of the plan's financial year not linked yet:")))
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(820, 480)
        # Filtered a moment after the last key, not on every key of a word being typed.
        self.timer = QTimer(self, singleShot=True, interval=250)
        self.timer.timeout.connect(self.reload)
        self.filter_edit.textChanged.connect(self.timer.start)
        self.kind_combo.currentIndexChanged.connect(self.reload)
        self.reload()

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def reload(self, *_args: object) -> None:
        try:
            lines = evidence.candidates(
                self.office,
                self.activity_id,
                self.kind(),
                current_language(),
                self.filter_edit.text(),
            )
        except OfficeError as error:
            show_refusal(self, error)
            lines = []
        self.model.set_lines(lines)
        if len(lines) >= CANDIDATE_LIMIT:
            self.note.setText(
                self.tr("The latest %1 are shown; type words to find older ones.").replace(
                    "%1", str(CANDIDATE_LIMIT)
                )
            )
        elif not lines:
            self.note.setText(self.tr("Nothing of the plan's year is left to link."))
        else:
            self.note.setText(self.tr("Records: %1").replace("%1", str(len(lines))))

    def chosen(self) -> list[int]:
        return [self.model.lines[row].record_id for row in selected_rows(self.table)]

    @classmethod
    def choose(cls, parent: QWidget, office: Office, activity_id: int) -> tuple[str, list[int]]:
        """The kind and the records chosen; no records when the user cancels."""
        dialog = cls(office, activity_id, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = (dialog.kind(), dialog.chosen() if accepted else [])
        dialog.deleteLater()
        return result


class EvidencePanel(DropsFiles, QWidget):
    """What is linked; link more, attach files (or drop them here), remove."""

    changed = Signal()

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.activity_id: int | None = None
        self.setAcceptDrops(True)
        self.model = EvidenceModel(self)
        self.table = record_table(self.model, "evidenceTable", EVIDENCE_WIDTHS, 2, multi=True)
        self.link_button = QPushButton(self.tr("&Link records…"), objectName="linkEvidenceButton")
        self.attach_button = QPushButton(
            self.tr("Attach &documents…"), objectName="attachEvidenceButton"
        )
        self.remove_button = QPushButton(self.tr("&Remove"), objectName="removeEvidenceButton")
        self.link_button.clicked.connect(self.link)
        self.attach_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.attach_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        hint = QLabel(
            self.tr(
                "Events, letters and ledger entries stay where they are kept; removing a link "
                "keeps them. Drop files here to attach them."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self._update_buttons()

    def set_activity(self, activity_id: int) -> None:
        self.activity_id = activity_id
        self.reload()

    def reload(self) -> None:
        if self.activity_id is None:
            return
        try:
            self.model.set_lines(
                evidence.evidence(self.office, self.activity_id, current_language())
            )
        except OfficeError as error:
            show_refusal(self, error)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        self.remove_button.setEnabled(bool(selected_rows(self.table)))

    def link(self) -> None:
        if self.activity_id is None:
            return
        kind, record_ids = EvidencePicker.choose(self, self.office, self.activity_id)
        self.link_records(kind, record_ids)

    def link_records(self, kind: str, record_ids: list[int]) -> None:
        if self.activity_id is None or not record_ids:
            return
        try:
            evidence.link(self.office, self.activity_id, kind, record_ids)  # all or none
        except OfficeError as error:
            show_refusal(self, error)
        self.reload()
        self.changed.emit()

    def choose_files(self) -> None:
        self.attach(choose_documents(self, self.tr("Attach documents to the activity")))

    def attach(self, paths: list[Path]) -> None:
        """Keep copies of the files with the activity; the originals stay where they are."""
        if self.activity_id is None or not paths:
            return
        try:
            evidence.attach_documents(self.office, self.activity_id, paths)
        except OfficeError as error:
            show_refusal(self, error)
        self.reload()
        self.changed.emit()

    def takes_files(self) -> bool:
        return self.activity_id is not None

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.attach([p for p in paths if p.is_file()])
        event.acceptProposedAction()

    def remove_selected(self) -> None:
        rows = selected_rows(self.table)
        if self.activity_id is None or not rows:
            return
        chosen = [self.model.lines[row] for row in rows]
        if len(chosen) == 1:
            question = self.tr("Remove \u201c%1\u201d from the activity's evidence?").replace(
                "%1", chosen[0].label
            )
        else:
            question = self.tr(
                "Remove the %1 records chosen from the activity's evidence?"
            ).replace("%1", str(len(chosen)))
        if (
            QMessageBox.question(self, self.tr("Remove evidence"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        by_kind: dict[str, list[int]] = {}
        for item in chosen:
            by_kind.setdefault(item.kind, []).append(item.record_id)
        try:
            evidence.unlink(self.office, self.activity_id, by_kind)
        except OfficeError as error:
            show_refusal(self, error)
        self.reload()
        self.changed.emit()
