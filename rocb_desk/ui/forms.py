"""Refusals shown at the field: one red line under each editor that a service refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import OfficeError, ValidationError
from ..i18n import message_text
from .messages import show_refusal

NO_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date that may be left empty: its minimum stands for 'no date'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(" ")
        self.setDate(NO_DATE)

    def value(self) -> date | None:
        return None if self.date() == NO_DATE else self.date().toPython()

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value) if value else NO_DATE)


class FieldErrors:
    """Keeps an error label under each editor of a form, and fills them from a refusal."""

    def __init__(self) -> None:
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}

    def wrap(self, name: str, editor: QWidget) -> QVBoxLayout:
        """The editor with its (hidden) error line below, ready for a form row."""
        label = QLabel()
        label.setObjectName(f"{name}Error")
        label.setStyleSheet("color: #b00020;")
        label.setWordWrap(True)
        label.hide()
        self.editors[name] = editor
        self.labels[name] = label
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(label)
        return column

    def show(self, name: str, text: str) -> None:
        label = self.labels[name]
        label.setText(text)
        label.setVisible(bool(text))

    def clear(self) -> None:
        for name in self.labels:
            self.show(name, "")

    def show_refusal(self, error: ValidationError) -> list[str]:
        """Show each refusal under its field; returns the messages of fields not in the form."""
        elsewhere = []
        for problem in error.errors:
            text = message_text(problem.message)
            if problem.field in self.labels:
                self.show(problem.field, text)
            else:
                elsewhere.append(text)
        first = next((p.field for p in error.errors if p.field in self.editors), None)
        if first is not None:
            self.editors[first].setFocus()
        return elsewhere


def show_first_refusal(errors: FieldErrors, tabs: QTabWidget) -> None:
    """Bring forward the tab of the first refused field and put the cursor there."""
    for name, label in errors.labels.items():
        if label.text():
            editor = errors.editors[name]
            for index in range(tabs.count()):
                if tabs.widget(index).isAncestorOf(editor):
                    tabs.setCurrentIndex(index)
                    editor.setFocus()
                    return


def save_showing_refusals(dialog: QDialog, errors: FieldErrors, save: Callable[[], object]) -> bool:
    """Run `save`; a refusal goes under its fields (or in a box) and the form stays open."""
    errors.clear()
    try:
        save()
    except ValidationError as error:
        for text in errors.show_refusal(error):
            QMessageBox.warning(dialog, dialog.windowTitle(), text)
        # Room for the messages, however long in Russian; never smaller than it was.
        hint = dialog.sizeHint()
        dialog.resize(max(dialog.width(), hint.width()), max(dialog.height(), hint.height()))
        return False
    except OfficeError as error:
        show_refusal(dialog, error)
        return False
    return True


def lay_out_form(
    dialog: QDialog,
    errors: FieldErrors,
    rows: tuple[tuple[str, str, QWidget], ...],
    save: Callable[[], object],
) -> QDialogButtonBox:
    """The house form dialog: labelled editors, each with room for its refusal, over
    Save and Cancel. `rows` are (field name, label, editor); Save calls `save`."""
    form = QFormLayout()
    for name, label, editor in rows:
        editor.setObjectName(f"{name}Edit")
        form.addRow(label, errors.wrap(name, editor))
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return buttons


def save_apply_buttons(
    dialog: QDialog, try_save: Callable[[bool], bool], apply_tip: str
) -> QDialogButtonBox:
    """Save (and close), Apply (save and keep the record open) and Cancel, for the
    editors of records that grow after their first save (events, letters, activities)."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Apply
        | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(lambda: try_save(True))
    buttons.rejected.connect(dialog.reject)
    apply = buttons.button(QDialogButtonBox.StandardButton.Apply)
    apply.setToolTip(apply_tip)
    apply.clicked.connect(lambda: try_save(False))
    return buttons


def may_close(dialog: QDialog, question: str, save: Callable[[], bool]) -> bool:
    """Whether a dialog with changes not saved may close: the user saves them (and `save`
    succeeds), discards them, or cancels. Nothing typed is lost by a slip."""
    answer = QMessageBox.question(
        dialog,
        dialog.windowTitle(),
        question,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return save()
    return answer == QMessageBox.StandardButton.Discard
