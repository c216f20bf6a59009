"""The letter editor: what the register keeps of a letter, its text, its files and the
letters and events it is linked to.

The Letter, Text and Links tabs are one form, saved by Save or Apply. Files are filed
as soon as they are dropped on a saved letter; a new letter files them when it is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OfficeError
from ...domain.letters import Direction, LetterStatus
from ...domain.references import LetterReference
from ...i18n import current_language
from ...services.letters import register, view
from ...services.letters.register import LetterForm
from ...services.letters.view import LetterView
from ...services.office import Office
from ..forms import (
    FieldErrors,
    may_close,
    save_apply_buttons,
    save_showing_refusals,
    show_first_refusal,
)
from ..hub import hub
from ..messages import show_refusal
from . import choices, label, other_language
from .body_editor import BodyEditor
from .letter_links import LinksTab
from .letter_panels import CorrespondentsEditor, FilesPanel

DEFAULT_STATUS = {
    Direction.OUTGOING.value: LetterStatus.SENT,
    Direction.INCOMING.value: LetterStatus.RECEIVED,
}


class LetterDialog(QDialog):
    def __init__(
        self,
        office: Office,
        letter_id: int | None,
        parent: QWidget | None = None,
        translation_of: LetterView | None = None,
    ) -> None:
        super().__init__(parent)
        self.office = office
        self.letter_id = letter_id
        self.translation_of = translation_of  # the original, when registering its translation
        self.letter: LetterView | None = None
        # The version of the letter read, given back with the save: a change made meanwhile
        # in another window is refused, never overwritten (see _follow_own_write).
        self.version: int | None = None
        self.read: LetterForm | None = None  # the letter as it stood at that version
        self.changed = False  # something was written: the search reads it again
        self.errors = FieldErrors()
        self.tabs = QTabWidget(objectName="letterTabs")
        self.tabs.addTab(self._letter_tab(), self.tr("&Letter"))
        self.body = BodyEditor(self)
        self.tabs.addTab(self._wrapped("body", self.body), self.tr("&Text"))
        self.links = LinksTab(office, self)
        self.links.openLetter.connect(self.open_other)
        self.links.registerTranslation.connect(self.register_translation)
        self.links.linked.connect(self._reload_links)
        self.tabs.addTab(self.links, self.tr("Li&nks"))
        self.files = FilesPanel(office, self)
        self.files.changed.connect(self._files_changed)
        self.files.model.modelReset.connect(self._count_files)
        self.tabs.addTab(self.files, self.tr("&Attachments"))

        self.buttons = save_apply_buttons(
            self, lambda close: self.try_save(close=close), self.tr("Save and keep the letter open")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 640)

        if letter_id is not None:
            self._load()
        else:
            self.links.show_links(None)
            self.set_form(self._new_form())
            self.files.set_files(None, [])
        self.saved = self.form()
        self._opened()

    def _wrapped(self, name: str, editor: QWidget) -> QWidget:
        page = QWidget()
        page.setLayout(self.errors.wrap(name, editor))
        return page

    # --- the Letter tab -----------------------------------------------------------------

    def _letter_tab(self) -> QWidget:
        self.direction_combo = QComboBox()
        for value, text in choices("direction"):
            self.direction_combo.addItem(text, value)
        self.reference_edit = QLineEdit()
        self.sender_reference_edit = QLineEdit()
        self.sender_reference_edit.setPlaceholderText(self.tr("The number the sender gave it"))
        self.date_edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.language_combo = QComboBox()
        for value, text in choices("language"):
            self.language_combo.addItem(text, value)
        self.status_combo = QComboBox()
        for value, text in choices("status"):
            self.status_combo.addItem(text, value)
        self.restriction_combo = QComboBox()
        for value, text in choices("restriction"):
            self.restriction_combo.addItem(text, value)
        self.subject_edit = QLineEdit()
        self.correspondents = CorrespondentsEditor(self.office, self)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Words separated by commas"))
        digit = self.fontMetrics().horizontalAdvance("0")
        for narrow in (self.reference_edit, self.sender_reference_edit):
            narrow.setMaximumWidth(digit * 30)
        self.date_edit.setMaximumWidth(digit * 18)
        for combo in (
            self.direction_combo,
            self.language_combo,
            self.status_combo,
            self.restriction_combo,
        ):
            combo.setMaximumWidth(digit * 30)
        self.direction_combo.currentIndexChanged.connect(self._direction_changed)
        self.date_edit.dateChanged.connect(self._show_next_number)
        # The work-plan activities offered are those of the letter's financial year.
        self.date_edit.dateChanged.connect(lambda day: self.links.offer_activities(day.toPython()))
        self.language_combo.currentIndexChanged.connect(
            lambda: setattr(self.links, "language", self.language_combo.currentData())
        )

        page = QWidget()
        form = QFormLayout(page)
        for name, text, editor in (
            ("direction", self.tr("Direction"), self.direction_combo),
            ("reference", self.tr("Reference"), self.reference_edit),
            ("sender_reference", self.tr("Sender's number"), self.sender_reference_edit),
            ("letter_date", self.tr("Date"), self.date_edit),
            ("language", self.tr("Language"), self.language_combo),
            ("subject", self.tr("Subject *"), self.subject_edit),
            ("correspondents", self.tr("Correspondents"), self.correspondents),
            ("status", self.tr("Status"), self.status_combo),
            ("restriction", self.tr("Restriction"), self.restriction_combo),
            ("tags", self.tr("Tags"), self.tags_edit),
        ):
            editor.setObjectName(f"{name}Edit")
            form.addRow(text, self.errors.wrap(name, editor))
        return page

    def _direction_changed(self, *_args: object) -> None:
        """A new letter's status follows its direction until the user chooses one."""
        if self.letter_id is None:
            status = DEFAULT_STATUS[self.direction_combo.currentData()]
            self.status_combo.setCurrentIndex(self.status_combo.findData(status.value))
        self._show_next_number()

    def _show_next_number(self, *_args: object) -> None:
        if self.letter_id is not None or self.translation_of is not None:
            return
        direction = self.direction_combo.currentData()
        year = self.date_edit.date().year()
        last = view.numbering(self.office, direction, year).last
        following = LetterReference(year, last + 1, direction == Direction.INCOMING.value)
        self.reference_edit.setPlaceholderText(
            self.tr("%1 when saved, or the number of a paper letter").replace("%1", str(following))
        )

    # --- values -------------------------------------------------------------------------

    def _new_form(self) -> LetterForm:
        form = LetterForm(direction=Direction.INCOMING.value, status=LetterStatus.RECEIVED.value)
        original = self.translation_of
        if original is not None:
            form = LetterForm(
                direction=original.direction,
                letter_date=original.form.letter_date,
                language=other_language(original.language),
                sender_reference=original.form.sender_reference,
                restriction=original.form.restriction,
                status=original.form.status,
                circular=original.form.circular,
                correspondents=list(original.form.correspondents),
                tags=set(original.form.tags),
                event_ids=set(original.form.event_ids),
                activity_ids=set(original.form.activity_ids),
                reference=original.reference,
            )
        return form

    def _load(self) -> None:
        assert self.letter_id is not None
        self.letter = view.letter_view(self.office, self.letter_id, current_language())
        self.version, self.read = self.letter.form.version, self.letter.form
        self.links.show_links(self.letter)
        self.set_form(self.letter.form, self.letter.correspondent_names)
        self.files.set_files(self.letter_id, self.letter.files)

    def set_form(self, form: LetterForm, names: list[str] | None = None) -> None:
        self.direction_combo.blockSignals(True)
        self.direction_combo.setCurrentIndex(max(self.direction_combo.findData(form.direction), 0))
        self.direction_combo.blockSignals(False)
        self.reference_edit.setText(form.reference)
        self.sender_reference_edit.setText(form.sender_reference)
        self.date_edit.setDate(QDate(form.letter_date))
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(form.language), 0))
        status = form.status or DEFAULT_STATUS[form.direction].value
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(status), 0))
        self.restriction_combo.setCurrentIndex(
            max(self.restriction_combo.findData(form.restriction), 0)
        )
        self.subject_edit.setText(form.subject)
        self.correspondents.set_value(form.correspondents, names or [], form.circular)
        self.tags_edit.setText(", ".join(sorted(form.tags)))
        self.body.set_markdown(form.body)
        self.links.language = form.language
        self.links.set_form(form)
        self._show_next_number()

    def form(self) -> LetterForm:
        existing = self.letter_id is not None
        return LetterForm(
            direction=self.direction_combo.currentData(),
            letter_date=self.date_edit.date().toPython(),
            subject=self.subject_edit.text(),
            language=self.language_combo.currentData(),
            body=self.body.markdown(),
            sender_reference=self.sender_reference_edit.text(),
            restriction=self.restriction_combo.currentData(),
            status=self.status_combo.currentData(),
            circular=self.correspondents.circular_check.isChecked(),
            correspondents=self.correspondents.value(),
            tags={t.strip() for t in self.tags_edit.text().split(",") if t.strip()},
            event_ids=self.links.event_ids(),
            activity_ids=self.links.activity_ids(),
            in_reply_to_id=self.links.in_reply_to_id(),
            reference="" if existing else self.reference_edit.text().strip(),
            version=self.version,
        )

    # --- saving -------------------------------------------------------------------------

    def try_save(self, close: bool) -> bool:
        self.errors.clear()
        problem = self.links.reply_problem()
        if problem:
            self.links.show_reply_problem(problem)
            self.tabs.setCurrentWidget(self.links)
            return False
        self.links.show_reply_problem("")
        form = self.form()

        def save() -> None:
            if self.letter_id is None:
                original = self.translation_of.id if self.translation_of else None
                done = register.register_letter(
                    self.office, form, self.files.pending, translation_of=original
                )
                self.letter_id = done.id
                self.files.pending = []
            else:
                register.update_letter(self.office, self.letter_id, form)

        if not save_showing_refusals(self, self.errors, save):
            self._show_first_error()
            return False
        self.changed = True
        self._load()  # as the office keeps it: tags in small letters, the number given
        self.saved = self.form()
        hub.statusMessage.emit(self.tr("Letter %1 saved").replace("%1", self.letter.reference))
        if close:
            self.accept()
        else:
            self._opened()
        return True

    def _show_first_error(self) -> None:
        show_first_refusal(self.errors, self.tabs)

    def _opened(self) -> None:
        """Title and what may change, as the letter now stands."""
        saved = self.letter is not None
        for editor in (self.direction_combo, self.language_combo):
            editor.setEnabled(not saved and self.translation_of is None)
        self.reference_edit.setReadOnly(saved or self.translation_of is not None)
        if self.letter is not None:
            title = self.tr("Letter %1 (%2)").replace("%1", self.letter.reference)
            self.setWindowTitle(title.replace("%2", label("language", self.letter.language)))
        elif self.translation_of is not None:
            title = self.tr("Translation of %1").replace("%1", self.translation_of.reference)
            self.setWindowTitle(title)
        else:
            self.setWindowTitle(self.tr("New letter"))

    def _files_changed(self) -> None:
        self.changed = True
        if self.letter_id is not None:
            self._follow_own_write()
            self.files.set_files(self.letter_id, self.letter.files)

    def _follow_own_write(self) -> None:
        """Read the letter again after this dialog wrote to it at once (a file, a link).

        That write made a newer version, which the form's save must not take for someone
        else's change; it takes it only if what the form holds is still as stored, so a
        change of another window meanwhile is still refused."""
        assert self.letter_id is not None
        self.letter = view.letter_view(self.office, self.letter_id, current_language())
        if self.letter.form == self.read:
            self.version = self.letter.form.version

    def _count_files(self) -> None:
        count = self.files.model.rowCount()
        text = self.tr("&Attachments (%1)").replace("%1", str(count)) if count else ""
        self.tabs.setTabText(self.tabs.indexOf(self.files), text or self.tr("&Attachments"))

    def _reload_links(self) -> None:
        """Links written at once (a translation) shown again; the form keeps what is typed."""
        self.changed = True
        if self.letter_id is not None:
            self._follow_own_write()
            self.links.show_links(self.letter)

    # --- other letters ------------------------------------------------------------------

    def open_other(self, letter_id: int) -> None:
        """Open a linked letter on top of this one (its changes are the office's at once)."""
        if letter_id == self.letter_id:
            return
        _chosen, changed = LetterDialog.edit(self, self.office, letter_id)
        if changed:
            self.changed = True
            self._reload_links()

    def register_translation(self) -> None:
        if self.letter is None:
            return
        if self.has_unsaved_changes() and not self.try_save(close=False):
            return
        dialog = LetterDialog(self.office, None, self, translation_of=self.letter)
        dialog.exec()
        if dialog.changed:
            self.changed = True
            self._reload_links()
        dialog.deleteLater()

    def has_unsaved_changes(self) -> bool:
        return self.form() != self.saved or bool(self.files.pending)

    def reject(self) -> None:
        """Closing with changes not saved asks first: nothing typed is lost by a slip."""
        if self.has_unsaved_changes() and not may_close(
            self,
            self.tr("The letter has changes that are not saved. Save them?"),
            lambda: self.try_save(close=True) and False,  # a save closes the dialog itself
        ):
            return
        super().reject()

    @classmethod
    def edit(
        cls, parent: QWidget, office: Office, letter_id: int | None
    ) -> tuple[int | None, bool]:
        """Open the letter (a new one without `letter_id`); returns its id and whether the
        office's data changed, which it may have even when the dialog was cancelled."""
        try:
            dialog = cls(office, letter_id, parent)
        except OfficeError as error:  # removed meanwhile (another desk, another window)
            show_refusal(parent, error)
            return None, True
        dialog.exec()
        result = dialog.letter_id, dialog.changed
        dialog.deleteLater()
        return result
