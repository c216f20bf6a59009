"""Parts of the letter editor: its correspondents, its attachments (dropped onto it and
opened in the system's viewer) and the lists of letters it is linked to."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDesktopServices,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OfficeError, ValidationError
from ...i18n import current_language
from ...services import attachments, directory
from ...services.events.choices import partner_choices
from ...services.letters import register
from ...services.letters.choices import rtc_choices
from ...services.letters.correspondents import Correspondent
from ...services.letters.view import LetterFile, LetterRef
from ...services.office import Office
from ..file_drop import DropsFiles
from ..messages import show_refusal
from ..models import Index, TitledTableModel, file_size_text
from ..tables import record_table
from . import label

ID_ROLE = Qt.ItemDataRole.UserRole + 2
KEY_ROLE = Qt.ItemDataRole.UserRole + 3
NOT_EXTRACTED = QColor(176, 0, 32)
PENDING = "pending"  # a file of a letter not saved yet: filed when it is


class CorrespondentsEditor(QWidget):
    """Who the letter is from or to: Directory records, or a name typed in full. A
    circular lists its recipients, all member administrations or some."""

    changed = Signal()

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lang = current_language()
        self.labels: dict[tuple[str, int | None], str] = {}
        self.chooser = QComboBox(objectName="correspondentChooser", editable=True)
        self.chooser.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Partners' names run long, in Russian longer: the combo does not grow to the longest.
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chooser.setMinimumContentsLength(30)
        self.members = directory.member_choices(office, lang)
        for kind, items in (
            ("member", directory.member_choices(office, lang, include_inactive=True)),
            ("partner", partner_choices(office, lang)),
            ("rtc", rtc_choices(office, lang)),
        ):
            for item_id, text in items:
                self.labels[(kind, item_id)] = text
                self.chooser.addItem(text, (kind, item_id))
        self.chooser.setCurrentIndex(-1)
        self.chooser.lineEdit().setPlaceholderText(
            self.tr("An administration, partner or RTC, or any name")
        )
        completer = QCompleter(self.chooser.model(), self.chooser)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.chooser.setCompleter(completer)
        self.chooser.lineEdit().returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(self.tr("&Add"), objectName="addCorrespondentButton")
        self.add_button.clicked.connect(self.add_typed)
        self.all_button = QPushButton(self.tr("All &members"), objectName="allMembersButton")
        self.all_button.setToolTip(self.tr("Every active member administration: a circular"))
        self.all_button.clicked.connect(self.add_all_members)
        self.remove_button = QPushButton(self.tr("Remo&ve"), objectName="removeCorrespondentButton")
        self.remove_button.clicked.connect(self.remove_selected)
        self.list = QListWidget(objectName="correspondentList")
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        # Names side by side, wrapped: a circular's fifty recipients fit without scrolling.
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setSpacing(2)
        self.list.setMinimumHeight(self.fontMetrics().height() * 5)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.list, self.remove_selected)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.circular_check = QCheckBox(
            self.tr("Circular letter: the list above are its recipients"),
            objectName="circularCheck",
        )
        self.circular_check.toggled.connect(self.changed)
        self.count_label = QLabel(objectName="correspondentCount")
        top = QHBoxLayout()
        top.addWidget(self.chooser, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.all_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.circular_check, 1)
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        self._count()

    def _append(self, item: Correspondent, text: str = "") -> None:
        key = (item.kind, item.id, item.name.strip().casefold())
        if any(self.list.item(row).data(KEY_ROLE) == key for row in range(self.list.count())):
            return
        if item.kind == "name":
            text = item.name
        shown = QListWidgetItem(text or self.labels.get((item.kind, item.id), item.name))
        shown.setData(ID_ROLE, item)
        shown.setData(KEY_ROLE, key)
        if item.kind == "name":
            shown.setToolTip(self.tr("Not in the Directory"))
        self.list.addItem(shown)

    def add_typed(self) -> None:
        text = " ".join(self.chooser.currentText().split())
        if not text:
            return
        index = self.chooser.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            kind, item_id = self.chooser.itemData(index)
            self._append(Correspondent(kind, item_id))
        else:
            self._append(Correspondent("name", None, text))
        self.chooser.setCurrentIndex(-1)
        self.chooser.clearEditText()
        self._count()
        self.changed.emit()

    def add_all_members(self) -> None:
        for member_id, text in self.members:
            self._append(Correspondent("member", member_id), text)
        self.circular_check.setChecked(True)
        self._count()
        self.changed.emit()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self._count()
        self.changed.emit()

    def _count(self) -> None:
        count = self.list.count()
        self.count_label.setText(self.tr("%n correspondent(s)", "", count) if count > 1 else "")
        self.remove_button.setEnabled(count > 0)

    def value(self) -> list[Correspondent]:
        return [self.list.item(row).data(ID_ROLE) for row in range(self.list.count())]

    def set_value(self, items: list[Correspondent], names: list[str], circular: bool) -> None:
        """`names` are the correspondents as the office names them, in the same order."""
        self.list.clear()
        for number, item in enumerate(items):
            self._append(item, names[number] if number < len(names) else "")
        self.circular_check.setChecked(circular)
        self._count()


class FileModel(TitledTableModel):
    """A letter's files: LetterFile rows; those not yet filed have the status PENDING."""

    def headers(self) -> list[str]:
        return [self.tr("File"), self.tr("Size"), self.tr("Text")]

    def status_text(self, status: str) -> str:
        if status == "extracted":
            return self.tr("text indexed")
        if status == PENDING:
            return self.tr("filed when the letter is saved")
        return self.tr("text not extracted")

    def status_tip(self, status: str) -> str:
        return {
            "extracted": self.tr("The words of this file are found by the search."),
            "empty": self.tr("No text in the file: a scan or a picture."),
            "failed": self.tr("The file is damaged, encrypted or could not be read."),
            "unsupported": self.tr("A kind of file whose text is not read (PDF, DOCX, TXT are)."),
            PENDING: self.tr("The file is copied into the office when the letter is saved."),
        }.get(status, "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line: LetterFile = self.lines[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return line.attachment_id
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            if line.text_status not in ("extracted", PENDING):
                return QBrush(NOT_EXTRACTED)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return self.status_tip(line.text_status)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return (line.name, file_size_text(line.size), self.status_text(line.text_status))[column]


class FilesPanel(DropsFiles, QWidget):
    """The letter's attachments. Files dropped on the panel (or added) are filed with the
    letter at once; for a letter not saved yet, when it is saved."""

    changed = Signal()

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.letter_id: int | None = None
        self.pending: list[Path] = []
        self.setAcceptDrops(True)
        self.model = FileModel(self)
        self.table = record_table(self.model, "fileTable", (40, 9, 22), 0)
        self.table.doubleClicked.connect(self.open_selected)
        self.add_button = QPushButton(self.tr("&Add files…"), objectName="addFileButton")
        self.open_button = QPushButton(self.tr("&Open"), objectName="openFileButton")
        self.remove_button = QPushButton(self.tr("&Remove"), objectName="removeFileButton")
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        hint = QLabel(self.tr("Drop files here to file them with the letter."))
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self._update_buttons()

    def set_files(self, letter_id: int | None, files: list[LetterFile]) -> None:
        self.letter_id = letter_id
        shown = list(files)
        shown += [LetterFile(-1, p.name, p.stat().st_size, PENDING) for p in self.pending]
        self.model.set_lines(shown)
        self._update_buttons()

    def _selected(self) -> LetterFile | None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return self.model.lines[rows[0]] if rows else None

    def _update_buttons(self, *_args: object) -> None:
        chosen = self._selected()
        self.open_button.setEnabled(chosen is not None and chosen.attachment_id >= 0)
        self.remove_button.setEnabled(chosen is not None)

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("File documents with the letter"), "", self.tr("All files (*)")
        )
        self.attach([Path(p) for p in paths])

    def attach(self, paths: list[Path]) -> None:
        """Keep copies of the files with the letter; the originals stay where they are."""
        if not paths:
            return
        if self.letter_id is None:
            self.pending += [p for p in paths if p not in self.pending]
            self.set_files(None, [f for f in self.model.lines if f.text_status != PENDING])
            return
        try:
            register.attach_files(self.office, self.letter_id, paths)
        except (OfficeError, ValidationError) as error:
            show_refusal(self, error)
            return
        self.changed.emit()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.attach([p for p in paths if p.is_file()])

    def open_selected(self, *_args: object) -> None:
        """Open a copy under the file's own name: the store names files by checksum, and the
        viewer knows a file's kind by its name."""
        chosen = self._selected()
        if chosen is None or chosen.attachment_id < 0:
            return
        try:
            stored, name = attachments.path_of(self.office, chosen.attachment_id)
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
        chosen = self._selected()
        if chosen is None:
            return
        if chosen.text_status == PENDING:
            self.pending = [p for p in self.pending if p.name != chosen.name]
            self.set_files(None, [f for f in self.model.lines if f.text_status != PENDING])
            return
        question = self.tr("Remove %1 from the letter?").replace("%1", chosen.name)
        if (
            QMessageBox.question(self, self.tr("Remove file"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        assert self.letter_id is not None
        try:
            register.detach_file(self.office, self.letter_id, chosen.attachment_id)
        except OfficeError as error:
            show_refusal(self, error)
            return
        self.changed.emit()


class LetterList(QListWidget):
    """Other letters (the answers, the thread): activating one asks to open it."""

    opened = Signal(int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName=name)
        # Long subjects are elided (the whole one is the tooltip), never scrolled sideways.
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)
        self.itemActivated.connect(lambda item: self.opened.emit(item.data(ID_ROLE)))

    def set_letters(self, letters: list[LetterRef], current: int | None = None) -> None:
        self.clear()
        for ref in letters:
            item = QListWidgetItem(ref_text(ref))
            item.setData(ID_ROLE, ref.id)
            item.setToolTip(ref.subject)
            if ref.id == current:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.addItem(item)


def ref_text(ref: LetterRef) -> str:
    return " · ".join(
        (ref.reference, ref.letter_date.isoformat(), label("language", ref.language), ref.subject)
    )
