"""Participants of an event: one participant's form, and the event editor's Participants tab
(the list, the roll call, the import of a registration list, the attendance sheet and the
certificates of attendance)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OfficeError
from ...domain.events import ATTENDANCE_LABELS, GENDER_LABELS, Attendance
from ...exports import certificates as certificate_files
from ...i18n import current_language, translate
from ...services import directory
from ...services.events import participants
from ...services.events.participants import ParticipantForm
from ...services.office import Office
from ..background import run_in_background, save_document
from ..forms import FieldErrors, lay_out_form, save_showing_refusals
from ..hub import hub
from ..messages import show_refusal
from ..tables import record_table
from . import DOCUMENT_LANGUAGES
from .event_panels import selected_rows
from .list_model import ParticipantModel
from .participants_import_dialog import ParticipantsImportDialog


class ParticipantDialog(QDialog):
    def __init__(self, office: Office, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.event_id = event_id
        self.participant_id: int | None = None
        # The version read, given back with the save: a change made meanwhile in another
        # window is refused, never overwritten.
        self.version: int | None = None
        self.errors = FieldErrors()
        self.name_edit = QLineEdit()
        self.administration_combo = QComboBox(editable=True)
        self.administration_combo.addItem("", None)
        for member_id, label in directory.member_choices(office, current_language()):
            self.administration_combo.addItem(label, member_id)
        self.administration_combo.lineEdit().setPlaceholderText(
            self.tr("A member administration, or another organization")
        )
        self.title_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.gender_combo = QComboBox()
        for gender, label in GENDER_LABELS.items():
            self.gender_combo.addItem(translate("Events", label), gender.value)
        self.attendance_combo = QComboBox()
        for attendance, label in ATTENDANCE_LABELS.items():
            self.attendance_combo.addItem(translate("Events", label), attendance.value)
        self.buttons = lay_out_form(
            self,
            self.errors,
            (
                ("name", self.tr("Name *"), self.name_edit),
                ("administration", self.tr("Administration"), self.administration_combo),
                ("title", self.tr("Position"), self.title_edit),
                ("email", self.tr("E-mail"), self.email_edit),
                ("gender", self.tr("Gender"), self.gender_combo),
                ("attendance", self.tr("Attendance"), self.attendance_combo),
            ),
            self.try_save,
        )
        self.setMinimumWidth(560)

    def set_form(self, form: ParticipantForm) -> None:
        self.version = form.version
        self.name_edit.setText(form.name)
        position = self.administration_combo.findData(form.member_id)
        if form.member_id is not None and position >= 0:
            self.administration_combo.setCurrentIndex(position)
        else:
            self.administration_combo.setEditText(form.administration)
        self.title_edit.setText(form.title)
        self.email_edit.setText(form.email)
        self.gender_combo.setCurrentIndex(max(self.gender_combo.findData(form.gender), 0))
        self.attendance_combo.setCurrentIndex(
            max(self.attendance_combo.findData(form.attendance), 0)
        )

    def form(self) -> ParticipantForm:
        text = self.administration_combo.currentText().strip()
        index = self.administration_combo.currentIndex()
        # A member chosen from the list, unless its name was typed over afterwards.
        member_id = (
            self.administration_combo.itemData(index)
            if index >= 0 and self.administration_combo.itemText(index) == text
            else None
        )
        return ParticipantForm(
            name=self.name_edit.text(),
            administration=text,
            member_id=member_id,
            title=self.title_edit.text(),
            email=self.email_edit.text(),
            gender=self.gender_combo.currentData(),
            attendance=self.attendance_combo.currentData(),
            version=self.version,
        )

    def try_save(self) -> None:
        form = self.form()

        def save() -> None:
            self.participant_id = participants.save_participant(
                self.office, self.event_id, form, self.participant_id
            )

        if save_showing_refusals(self, self.errors, save):
            self.accept()

    @classmethod
    def edit(
        cls, parent: QWidget, office: Office, event_id: int, participant_id: int | None = None
    ) -> bool:
        dialog = cls(office, event_id, parent)
        if participant_id is None:
            dialog.setWindowTitle(dialog.tr("New participant"))
        else:
            dialog.setWindowTitle(dialog.tr("Edit participant"))
            dialog.participant_id = participant_id
            try:
                dialog.set_form(participants.load_participant(office, participant_id))
            except OfficeError as error:  # removed meanwhile
                dialog.deleteLater()
                show_refusal(parent, error)
                return True  # the list is read again
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted


class ParticipantsPanel(QWidget):
    """The event's participant list and what is made of it."""

    changed = Signal()

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.event_id: int | None = None
        self.model = ParticipantModel(self)
        self.table = record_table(
            self.model, "participantTable", (24, 26, 20, 24, 8, 11), 0, multi=True
        )
        self.table.doubleClicked.connect(self.edit_selected)
        self.count_label = QLabel(objectName="participantCountLabel")

        def button(text: str, slot, name: str) -> QPushButton:  # noqa: ANN001
            widget = QPushButton(text, objectName=name)
            widget.clicked.connect(slot)
            return widget

        self.add_button = button(self.tr("&Add…"), self.add, "addParticipantButton")
        self.edit_button = button(self.tr("&Edit…"), self.edit_selected, "editParticipantButton")
        self.delete_button = button(
            self.tr("&Delete"), self.delete_selected, "deleteParticipantButton"
        )
        self.present_button = button(
            self.tr("Mark &present"),
            lambda: self.mark(Attendance.PRESENT.value),
            "presentButton",
        )
        self.absent_button = button(
            self.tr("Mark a&bsent"), lambda: self.mark(Attendance.ABSENT.value), "absentButton"
        )
        self.import_button = button(self.tr("&Import list…"), self.import_file, "importButton")
        self.sheet_button = button(
            self.tr("Attendance &sheet…"), self.export_sheet, "attendanceSheetButton"
        )
        self.certificates_button = QPushButton(
            self.tr("Cer&tificates"), objectName="certificatesButton"
        )
        menu = QMenu(self.certificates_button)
        menu.addAction(self.tr("All in one PDF…"), self.export_certificates)
        menu.addAction(self.tr("One PDF per participant…"), self.export_certificate_files)
        self.certificates_button.setMenu(menu)
        self.language_combo = QComboBox(objectName="documentLanguageCombo")
        for code, name in DOCUMENT_LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(self.language_combo.findData(current_language()), 0)
        )
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        listing = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.delete_button):
            listing.addWidget(widget)
        listing.addSpacing(12)
        listing.addWidget(self.present_button)
        listing.addWidget(self.absent_button)
        listing.addStretch(1)
        listing.addWidget(self.import_button)
        documents = QHBoxLayout()
        documents.addWidget(self.count_label, 1)
        documents.addWidget(QLabel(self.tr("Documents in")))
        documents.addWidget(self.language_combo)
        documents.addWidget(self.sheet_button)
        documents.addWidget(self.certificates_button)
        layout = QVBoxLayout(self)
        layout.addLayout(listing)
        layout.addWidget(self.table, 1)
        layout.addLayout(documents)

    def set_event(self, event_id: int) -> None:
        self.event_id = event_id
        self.reload()

    def reload(self) -> None:
        assert self.event_id is not None
        self.model.set_lines(
            participants.participants(self.office, self.event_id, current_language())
        )
        present = sum(1 for line in self.model.lines if line.attendance == Attendance.PRESENT)
        self.count_label.setText(
            self.tr("%n participant(s)", "", len(self.model.lines))
            + " · "
            + self.tr("%n present", "", present)
        )
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        rows = selected_rows(self.table)
        self.edit_button.setEnabled(len(rows) == 1)
        for widget in (self.delete_button, self.present_button, self.absent_button):
            widget.setEnabled(bool(rows))
        has_list = bool(self.model.lines)
        self.sheet_button.setEnabled(has_list)
        self.certificates_button.setEnabled(has_list)

    def _done(self) -> None:
        self.reload()
        self.changed.emit()

    def selected_ids(self) -> list[int]:
        return [self.model.lines[row].id for row in selected_rows(self.table)]

    def add(self) -> None:
        if self.event_id is not None and ParticipantDialog.edit(self, self.office, self.event_id):
            self._done()

    def edit_selected(self, *_args: object) -> None:
        ids = self.selected_ids()
        if self.event_id is not None and ids:
            if ParticipantDialog.edit(self, self.office, self.event_id, ids[0]):
                self._done()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        question = self.tr("Remove %n participant(s) from the event?", "", len(ids))
        if (
            QMessageBox.question(self, self.tr("Remove participants"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            participants.delete_participants(self.office, ids)
        except OfficeError as error:
            show_refusal(self, error)
        self._done()

    def mark(self, attendance: str) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        try:
            participants.set_attendance(self.office, ids, attendance)
        except OfficeError as error:
            show_refusal(self, error)
        self._done()
        for row in range(self.model.rowCount()):  # keep the roll call's selection
            if self.model.lines[row].id in ids:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    self.table.selectionModel().SelectionFlag.Select
                    | self.table.selectionModel().SelectionFlag.Rows,
                )

    def import_file(self) -> None:
        if self.event_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a registration list"),
            "",
            self.tr("Registration lists (*.xlsx *.csv)"),
        )
        if path and ParticipantsImportDialog.run(self, self.office, self.event_id, Path(path)):
            self._done()

    # --- documents ----------------------------------------------------------------------

    def language(self) -> str:
        return self.language_combo.currentData()

    def export_sheet(self) -> None:
        if self.event_id is None:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Attendance sheet"),
            f"attendance-sheet-{self.language()}",
            self.tr("Word document (*.docx);;Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        if not Path(path).suffix:  # the filter the user chose says which format
            path += ".xlsx" if "xlsx" in chosen else ".docx"
        office, event_id, lang = self.office, self.event_id, self.language()
        try:
            written = save_document(
                self, Path(path), lambda: participants.attendance_document(office, event_id, lang)
            )
        except OfficeError as error:
            show_refusal(self, error)
            return
        if written is not None:  # None: cancelled, and no file left behind
            hub.statusMessage.emit(self.tr("Saved %1").replace("%1", str(written)))

    def _certificates(self) -> list[participants.Certificate] | None:
        assert self.event_id is not None
        made = participants.certificates(self.office, self.event_id, self.language())
        if not made:
            QMessageBox.information(
                self,
                self.tr("Certificates"),
                self.tr("Certificates are for those present: mark the participants present first."),
            )
            return None
        return made

    def export_certificates(self) -> None:
        made = self._certificates() if self.event_id is not None else None
        if not made:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Certificates of attendance"),
            f"certificates-{self.language()}.pdf",
            self.tr("PDF document (*.pdf)"),
        )
        if not path:
            return
        if not Path(path).suffix:
            path += ".pdf"
        # The writer says nothing of its progress and replaces the file only when
        # complete: a busy bar without Cancel.
        try:
            written = run_in_background(
                self,
                self.tr("Writing the certificates…"),
                lambda _step: certificate_files.write_certificates(made, Path(path)),
                cancellable=False,
            )
        except OfficeError as error:
            show_refusal(self, error)
            return
        hub.statusMessage.emit(
            self.tr("%n certificate(s) saved in %1", "", len(made)).replace("%1", str(written))
        )

    def export_certificate_files(self) -> None:
        made = self._certificates() if self.event_id is not None else None
        if not made:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the certificates, one PDF per participant")
        )
        if not folder:
            return
        try:
            written = run_in_background(
                self,
                self.tr("Writing the certificates…"),
                lambda _step: certificate_files.write_certificate_files(made, Path(folder)),
                cancellable=False,
            )
        except OfficeError as error:
            show_refusal(self, error)
            return
        hub.statusMessage.emit(
            self.tr("%n certificate(s) saved in %1", "", len(written)).replace("%1", folder)
        )
