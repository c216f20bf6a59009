"""The letter composer: an outgoing letter written for the letterhead, to one member
administration (to the attention of its current contact point) or, as a circular, to all
of them or some; saved as a draft (its number reserved) or registered, and exported as
PDF or Word."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OfficeError
from ...domain.letters import Direction, LetterStatus
from ...i18n import current_language
from ...services import directory
from ...services.letters import register, view
from ...services.letters.correspondents import Correspondent
from ...services.letters.register import LetterForm
from ...services.office import Office
from ..events.event_dialog import CheckList
from ..forms import FieldErrors, may_close, save_showing_refusals
from ..hub import hub
from ..messages import show_refusal
from . import choices, label
from .body_editor import BodyEditor
from .exporting import DOCX, PDF, LetterExporter, composer_service

ONE, ALL, SOME = "one", "all", "some"  # who the letter is addressed to


class ComposerDialog(QDialog):
    def __init__(self, office: Office, letter_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.letter_id = letter_id
        self.reference = ""
        self.status = LetterStatus.DRAFT.value
        self.kept = LetterForm()  # what the composer does not show (tags, events...) stays
        self.changed = False
        self.errors = FieldErrors()
        self.exporter = LetterExporter(self, office)
        lang = current_language()
        self.members = directory.member_choices(office, lang)

        self.language_combo = QComboBox(objectName="languageEdit")
        for value, text in choices("language"):
            self.language_combo.addItem(text, value)
        self.date_edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.date_edit.setObjectName("letter_dateEdit")
        self.reference_label = QLabel(objectName="referenceLabel")
        self.restriction_combo = QComboBox(objectName="restrictionEdit")
        for value, text in choices("restriction"):
            self.restriction_combo.addItem(text, value)
        self.subject_edit = QLineEdit(objectName="subjectEdit")
        self.body = BodyEditor(self)
        self.body.edit.setPlaceholderText(
            # The salutation and the closing are added on the letterhead.
            self.tr("The text of the letter: paragraphs, bold, italics, lists.")
        )
        header = QFormLayout()
        top = QHBoxLayout()
        top.addWidget(self.language_combo)
        top.addWidget(QLabel(self.tr("Date")))
        top.addWidget(self.date_edit)
        top.addWidget(QLabel(self.tr("Restriction")))
        top.addWidget(self.restriction_combo)
        top.addStretch(1)
        header.addRow(self.tr("Language"), top)
        header.addRow(self.tr("Reference"), self.reference_label)
        header.addRow(self.tr("Subject *"), self.errors.wrap("subject", self.subject_edit))

        writing = QWidget()
        writing_layout = QVBoxLayout(writing)
        writing_layout.setContentsMargins(0, 0, 0, 0)
        writing_layout.addLayout(header)
        writing_layout.addLayout(self.errors.wrap("body", self.body), 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(writing)
        splitter.addWidget(self._addressee_box())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setCollapsible(0, False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.draft_button = self._button(self.tr("Save &draft"), "draftButton", self.save_draft)
        self.draft_button.setToolTip(self.tr("Keep the letter as a draft; its number is reserved"))
        self.register_button = self._button(
            self.tr("&Register as sent"), "registerButton", self.register_sent
        )
        self.pdf_button = self._button(
            self.tr("Export &PDF…"), "pdfButton", lambda: self.export(PDF)
        )
        self.word_button = self._button(
            self.tr("Export &Word…"), "wordButton", lambda: self.export(DOCX)
        )
        self.circular_button = self._button(
            self.tr("&One PDF per addressee…"), "circularButton", self.export_circular
        )
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(1100, 700)

        self.member_combo.currentIndexChanged.connect(self._show_contact_point)
        self.date_edit.dateChanged.connect(self._show_contact_point)
        if letter_id is not None:
            self._load()
        else:
            self.date_edit.setDate(QDate(date.today()))
            default = self.restriction_combo.findData(self.kept.restriction)
            self.restriction_combo.setCurrentIndex(max(default, 0))
            self.one_button.setChecked(True)
        self.saved = self.form()
        self._opened()

    def _button(self, text: str, name: str, slot) -> QPushButton:  # noqa: ANN001
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _addressee_box(self) -> QWidget:
        box = QGroupBox(self.tr("Addressee"))
        self.one_button = QRadioButton(self.tr("One member administration"), objectName="oneButton")
        self.all_button = QRadioButton(
            self.tr("Circular to all member administrations"), objectName="allButton"
        )
        self.some_button = QRadioButton(
            self.tr("Circular to the administrations chosen below"), objectName="someButton"
        )
        self.addressing = QButtonGroup(self)
        for button in (self.one_button, self.all_button, self.some_button):
            self.addressing.addButton(button)
            button.toggled.connect(self._show_addressing)
        self.member_combo = QComboBox(objectName="memberCombo")
        self.member_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.member_combo.setMinimumContentsLength(24)
        for member_id, text in self.members:
            self.member_combo.addItem(text, member_id)
        self.contact_label = QLabel(objectName="contactPointLabel")
        self.contact_label.setWordWrap(True)
        self.some_list = CheckList(self.tr("Member administrations"), list(self.members))
        grid = QGridLayout(box)
        grid.addWidget(self.one_button, 0, 0, 1, 2)
        grid.addWidget(self.member_combo, 1, 1)
        grid.addWidget(self.contact_label, 2, 1)
        grid.addWidget(self.all_button, 3, 0, 1, 2)
        grid.addWidget(self.some_button, 4, 0, 1, 2)
        grid.addWidget(self.some_list, 5, 1)
        grid.setColumnMinimumWidth(0, self.fontMetrics().horizontalAdvance("0") * 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(5, 1)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.errors.wrap("correspondents", box))
        return page

    def _show_addressing(self, *_args: object) -> None:
        self.member_combo.setEnabled(self.one_button.isChecked())
        self.contact_label.setVisible(self.one_button.isChecked())
        self.some_list.setEnabled(self.some_button.isChecked())
        self.circular_button.setEnabled(
            self.letter_id is not None and not self.one_button.isChecked()
        )

    def _show_contact_point(self, *_args: object) -> None:
        """The administration's contact point on the letter's date: the letter's attention."""
        member_id = self.member_combo.currentData()
        service = composer_service()
        if member_id is None or service is None:
            self.contact_label.clear()
            return
        try:
            person = service.current_contact_point(
                self.office, member_id, self.date_edit.date().toPython()
            )
        except OfficeError:
            person = ""
        self.contact_label.setText(
            self.tr("To the attention of %1").replace("%1", person)
            if person
            else self.tr("No contact point is recorded for the administration.")
        )

    # --- values -------------------------------------------------------------------------

    def addressing_mode(self) -> str:
        if self.all_button.isChecked():
            return ALL
        return SOME if self.some_button.isChecked() else ONE

    def correspondents(self) -> list[Correspondent]:
        mode = self.addressing_mode()
        if mode == ONE:
            member_id = self.member_combo.currentData()
            return [Correspondent("member", member_id)] if member_id is not None else []
        ids = [m for m, _ in self.members] if mode == ALL else self._chosen_in_order()
        return [Correspondent("member", member_id) for member_id in ids]

    def _chosen_in_order(self) -> list[int]:
        chosen = self.some_list.value()
        return [member_id for member_id, _ in self.members if member_id in chosen]

    def form(self, status: str | None = None) -> LetterForm:
        kept = self.kept
        return LetterForm(
            direction=Direction.OUTGOING.value,
            letter_date=self.date_edit.date().toPython(),
            subject=self.subject_edit.text(),
            language=self.language_combo.currentData(),
            body=self.body.markdown(),
            sender_reference=kept.sender_reference,
            restriction=self.restriction_combo.currentData(),
            status=status or self.status,
            circular=self.addressing_mode() != ONE,
            correspondents=self.correspondents(),
            tags=set(kept.tags),
            event_ids=set(kept.event_ids),
            activity_ids=set(kept.activity_ids),  # its work-plan evidence stays linked
            in_reply_to_id=kept.in_reply_to_id,
            version=kept.version,
        )

    def _load(self) -> None:
        assert self.letter_id is not None
        letter = view.letter_view(self.office, self.letter_id, current_language())
        form = self.kept = letter.form
        self.reference, self.status = letter.reference, form.status
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(form.language), 0))
        self.date_edit.setDate(QDate(form.letter_date))
        self.restriction_combo.setCurrentIndex(
            max(self.restriction_combo.findData(form.restriction), 0)
        )
        self.subject_edit.setText(form.subject)
        self.body.set_markdown(form.body)
        members = [c.id for c in form.correspondents if c.kind == "member"]
        everyone = {m for m, _ in self.members}
        if form.circular and set(members) == everyone:
            self.all_button.setChecked(True)
        elif form.circular:
            self.some_button.setChecked(True)
            self.some_list.set_value(set(members))
        else:
            self.one_button.setChecked(True)
            if members:
                self.member_combo.setCurrentIndex(max(self.member_combo.findData(members[0]), 0))

    # --- saving and exporting -----------------------------------------------------------

    def _save(self, status: str) -> bool:
        form = self.form(status)

        def save() -> None:
            if self.letter_id is None:
                self.letter_id = register.register_letter(self.office, form).id
            else:
                register.update_letter(self.office, self.letter_id, form)

        if not save_showing_refusals(self, self.errors, save):
            return False
        self.changed = True
        self._load()
        self.saved = self.form()
        self._opened()
        return True

    def save_draft(self) -> bool:
        if not self._save(LetterStatus.DRAFT.value):
            return False
        hub.statusMessage.emit(
            self.tr("Draft saved; the number %1 is reserved").replace("%1", self.reference)
        )
        return True

    def register_sent(self) -> bool:
        """Register the draft as sent; a registered letter keeps its status."""
        drafting = self.status == LetterStatus.DRAFT.value
        if not self._save(LetterStatus.SENT.value if drafting else self.status):
            return False
        text = self.tr("Letter %1 registered") if drafting else self.tr("Letter %1 saved")
        hub.statusMessage.emit(text.replace("%1", self.reference))
        return True

    def _saved_first(self) -> bool:
        """A letter is exported as the office keeps it: unsaved changes are saved first."""
        if self.letter_id is not None and not self.has_unsaved_changes():
            return True
        return self._save(self.status)

    def export(self, suffix: str) -> None:
        if self._saved_first():
            language = self.language_combo.currentData()
            self.exporter.letter(self.letter_id, self.reference, language, suffix)

    def export_circular(self) -> None:
        if self._saved_first():
            self.exporter.circular(self.letter_id)

    def _opened(self) -> None:
        saved = self.letter_id is not None
        if saved:
            state = label("status", self.status)
            self.reference_label.setText(f"<b>{self.reference}</b> · {state}")
            title = self.tr("Outgoing letter %1").replace("%1", self.reference)
        else:
            self.reference_label.setText(self.tr("Given when the draft is saved"))
            title = self.tr("New outgoing letter")
        self.setWindowTitle(title)
        drafting = self.status == LetterStatus.DRAFT.value
        self.draft_button.setVisible(drafting)
        if not drafting:  # a registered letter keeps its status; Save writes the changes
            self.register_button.setText(self.tr("&Save"))
        self._show_addressing()
        self._show_contact_point()

    def has_unsaved_changes(self) -> bool:
        return self.form() != self.saved

    def reject(self) -> None:
        question = self.tr("The letter has changes that are not saved. Save them as a draft?")
        if self.has_unsaved_changes() and not may_close(
            self, question, lambda: self._save(self.status)
        ):
            return
        super().reject()

    @staticmethod
    def can_address(office: Office, letter_id: int) -> bool:
        """Whether the composer can show this letter's addressees: it writes to member
        administrations only; a draft to a partner, an RTC or a name opens in the editor."""
        form = view.letter_view(office, letter_id, current_language()).form
        return all(who.kind == "member" for who in form.correspondents)

    @classmethod
    def edit(
        cls, parent: QWidget, office: Office, letter_id: int | None
    ) -> tuple[int | None, bool]:
        """Compose a new outgoing letter, or go on with one; returns its id and whether the
        office's data changed."""
        try:
            dialog = cls(office, letter_id, parent)
        except OfficeError as error:
            show_refusal(parent, error)
            return None, True
        dialog.exec()
        result = dialog.letter_id, dialog.changed
        dialog.deleteLater()
        return result
