"""The letter editor's Links tab: its translation (both ways), the letter it answers, the
answers it got and the whole thread, and the events it concerns."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import FormatError, OfficeError
from ...domain.references import LetterReference
from ...i18n import current_language
from ...services.letters import register, view
from ...services.letters.choices import event_choices
from ...services.letters.register import LetterForm
from ...services.letters.view import LetterView
from ...services.office import Office
from ...services.workplan import evidence
from ..events.event_dialog import CheckList
from ..messages import show_refusal
from . import label, other_language
from .letter_panels import LetterList, ref_text


class LinksTab(QWidget):
    openLetter = Signal(int)  # noqa: N815 - Qt signal naming
    registerTranslation = Signal()  # noqa: N815
    linked = Signal()  # a translation was linked: written at once

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.letter: LetterView | None = None
        self.language = "en"
        self.reply_id: int | None = None

        self.translation_label = QLabel(objectName="translationLabel")
        self.translation_label.setWordWrap(True)
        self.open_translation_button = QPushButton(
            self.tr("&Open"), objectName="openTranslationButton"
        )
        self.open_translation_button.clicked.connect(
            lambda: (
                self.letter
                and self.letter.translation
                and self.openLetter.emit(self.letter.translation.id)
            )
        )
        self.link_translation_button = QPushButton(
            self.tr("&Link the registered one"), objectName="linkTranslationButton"
        )
        self.link_translation_button.setToolTip(
            self.tr("Link the letter of the same reference in the other language")
        )
        self.link_translation_button.clicked.connect(self.link_translation)
        self.new_translation_button = QPushButton(
            self.tr("&Register the translation…"), objectName="newTranslationButton"
        )
        self.new_translation_button.clicked.connect(self.registerTranslation)
        translation = QGroupBox(self.tr("Translation"))
        row = QHBoxLayout(translation)
        row.addWidget(self.translation_label, 1)
        row.addWidget(self.open_translation_button)
        row.addWidget(self.link_translation_button)
        row.addWidget(self.new_translation_button)

        self.reply_edit = QLineEdit(objectName="in_reply_toEdit", clearButtonEnabled=True)
        self.reply_edit.setPlaceholderText(self.tr("e.g. IN-2021/1"))
        self.reply_edit.setToolTip(self.tr("The reference of the letter this one answers"))
        self.reply_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 26)
        self.reply_edit.textChanged.connect(self._resolve_reply)
        self.reply_label = QLabel(objectName="replyLabel")
        self.reply_label.setWordWrap(True)
        self.reply_error = QLabel(objectName="in_reply_toError")
        self.reply_error.setStyleSheet("color: #b00020;")
        self.reply_error.hide()
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply_edit)
        reply_row.addWidget(self.reply_label, 1)
        self.answers = LetterList("answerList")
        self.thread = LetterList("threadList")
        for letters in (self.answers, self.thread):
            letters.opened.connect(self.openLetter)
            letters.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        exchange = QGroupBox(self.tr("Thread"))
        form = QFormLayout(exchange)
        answering = QVBoxLayout()
        answering.addLayout(reply_row)
        answering.addWidget(self.reply_error)
        form.addRow(self.tr("Answers the letter"), answering)
        form.addRow(self.tr("Answered by"), self.answers)
        form.addRow(self.tr("The whole exchange"), self.thread)

        lang = current_language()
        self.choices = event_choices(office, lang)
        self.events = CheckList(self.tr("Events the letter concerns"), list(self.choices))
        self.events.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.events.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # What the letter is evidence of in the work plan: the activities of its year.
        self.activities = CheckList(self.tr("Work plan activities"), [])
        self.activities.setObjectName("activityList")
        self.activities.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.activities.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lists = QHBoxLayout()
        lists.addWidget(self.events, 1)
        lists.addWidget(self.activities, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(translation)
        layout.addWidget(exchange)
        layout.addLayout(lists, 1)

    # --- what is linked -----------------------------------------------------------------

    def show_links(self, letter: LetterView | None) -> None:
        """The links of `letter` written at once (None: a letter not registered yet)."""
        self.letter = letter
        translation = letter.translation if letter else None
        if translation is not None:
            self.translation_label.setText(ref_text(translation))
        elif letter is not None:
            self.translation_label.setText(
                self.tr("No translation into %1 is linked.").replace(
                    "%1", label("language", other_language(letter.language))
                )
            )
        else:
            self.translation_label.setText(self.tr("Saved letters can have their translation."))
        self.open_translation_button.setVisible(translation is not None)
        for button in (self.link_translation_button, self.new_translation_button):
            button.setVisible(letter is not None and translation is None)
        self.answers.set_letters(letter.answered_by if letter else [])
        thread = view.thread(self.office, letter.id) if letter else []
        self.thread.set_letters(thread if len(thread) > 1 else [], letter.id if letter else None)

    def set_form(self, form: LetterForm) -> None:
        """The links the form saves: the letter answered, the events."""
        answered = self.letter.answers if self.letter else None
        if form.in_reply_to_id is None:
            self.reply_edit.clear()
        elif answered is not None and answered.id == form.in_reply_to_id:
            self.reply_edit.setText(answered.reference)
        self.reply_id = form.in_reply_to_id
        known = {choice_id for choice_id, _text in self.events.model.choices}
        linked = dict(self.letter.events) if self.letter else {}
        for event_id in sorted(form.event_ids - known):
            if event_id in linked:  # older than the events offered: still shown by name
                self.events.model.choices.append((event_id, linked[event_id]))
        self.events.set_value(set(form.event_ids))
        self.activities.model.checked = set(form.activity_ids)
        self.offer_activities(form.letter_date)
        self.activities.set_value(set(form.activity_ids))

    def offer_activities(self, day: date) -> None:
        """The activities of the plan of the letter's year; the chosen ones stay shown."""
        keep = self.activities.value()
        offered = evidence.activity_choices(self.office, day, current_language(), keep)
        self.activities.model.set_choices([(choice.id, choice.label) for choice in offered])

    def event_ids(self) -> set[int]:
        return self.events.value()

    def activity_ids(self) -> set[int]:
        return self.activities.value()

    # --- the letter it answers ----------------------------------------------------------

    def _resolve_reply(self, *_args: object) -> None:
        """Find the letter answered as its reference is typed, and show its subject."""
        text = self.reply_edit.text().strip()
        self.reply_id = None
        self.reply_label.clear()
        if not text:
            return
        try:
            reference = str(LetterReference.parse(text))
        except FormatError:
            return
        found = view.find_by_reference(self.office, reference, self.language)
        if found is not None and (self.letter is None or found != self.letter.id):
            self.reply_id = found
            answered = view.letter_view(self.office, found, current_language())
            self.reply_label.setText(
                f"{label('language', answered.language)} · {answered.form.subject}"
            )

    def in_reply_to_id(self) -> int | None:
        return self.reply_id

    def reply_problem(self) -> str:
        """Why the reference typed names no letter ("" when it does, or is empty)."""
        text = self.reply_edit.text().strip()
        if text and self.reply_id is None:
            return self.tr("No other letter has the reference %1.").replace("%1", text)
        return ""

    def show_reply_problem(self, text: str) -> None:
        self.reply_error.setText(text)
        self.reply_error.setVisible(bool(text))
        if text:
            self.reply_edit.setFocus()

    # --- translation --------------------------------------------------------------------

    def link_translation(self) -> None:
        letter = self.letter
        if letter is None:
            return
        other = other_language(letter.language)
        found = view.find_by_reference(self.office, letter.reference, other)
        if found is None or found == letter.id:
            QMessageBox.information(
                self,
                self.tr("Translation"),
                self.tr("No letter %1 in %2 is registered yet: register the translation.")
                .replace("%1", letter.reference)
                .replace("%2", label("language", other)),
            )
            return
        try:
            register.link_translation(self.office, letter.id, found)
        except OfficeError as error:
            show_refusal(self, error)
            return
        self.linked.emit()
