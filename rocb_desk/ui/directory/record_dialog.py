"""Add or edit one Directory record: a form built from the list's fields.

The dialog saves through the function it is given while it is still open, so that a
refusal is shown at the field it concerns and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.validation import check_email
from ...i18n import message_text
from ...services.directory_lists import CONTEXT, FieldSpec, Kind, ListSpec
from ..forms import FieldErrors, OptionalDateEdit, save_showing_refusals

SaveFunction = Callable[[dict[str, Any]], int]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class RecordDialog(QDialog):
    def __init__(
        self,
        spec: ListSpec,
        members: list[tuple[int, str]],
        parent: QWidget | None = None,
        extra_fields: tuple[FieldSpec, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.errors = FieldErrors()
        self.editors = self.errors.editors
        self.error_labels = self.errors.labels
        self._save: SaveFunction | None = None
        self.saved_id: int | None = None
        # The version of the record read (directory.get_values), given back with the save
        # so that a change made meanwhile in another window is refused, never overwritten.
        self.version: int | None = None

        form = QFormLayout()
        for field in (*spec.fields, *extra_fields):
            editor = self._editor(field, members)
            editor.setObjectName(f"{field.name}Edit")
            label = _tr(field.label) + (" *" if field.required else "")
            form.addRow(label, self.errors.wrap(field.name, editor))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = QLabel(self.tr("Fields marked * are required."))
        note.setEnabled(False)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _editor(self, field: FieldSpec, members: list[tuple[int, str]]) -> QWidget:
        if field.kind is Kind.MEMBER:
            combo = QComboBox()
            # An empty first entry even when required: the user chooses, never a default.
            combo.addItem("", None)
            for member_id, label in members:
                combo.addItem(label, member_id)
            return combo
        if field.kind is Kind.CHOICE:
            combo = QComboBox()
            for value, label in field.choices:
                combo.addItem(_tr(label), value)
            return combo
        if field.kind is Kind.BOOL:
            return QCheckBox()
        if field.kind is Kind.DATE:
            return OptionalDateEdit()
        if field.kind is Kind.INT:
            spin = QSpinBox()
            spin.setRange(-1, 100000)
            spin.setSpecialValueText(" ")
            spin.setValue(-1)
            return spin
        if field.kind is Kind.LINES:
            text = QPlainTextEdit()
            text.setPlaceholderText(_tr(field.hint) if field.hint else "")
            text.setFixedHeight(80)
            text.setTabChangesFocus(True)
            return text
        line = QLineEdit()
        if field.hint:
            line.setPlaceholderText(field.hint)
        if field.kind is Kind.EMAIL:
            line.editingFinished.connect(lambda f=field.name, e=line: self._check_email(f, e))
        return line

    def _check_email(self, name: str, editor: QLineEdit) -> None:
        problem = check_email(name, editor.text())
        self._show_error(name, message_text(problem.message) if problem else "")

    def _show_error(self, name: str, text: str) -> None:
        self.errors.show(name, text)

    def set_values(self, values: dict[str, Any]) -> None:
        self.version = values.get("version", self.version)
        for name, value in values.items():
            editor = self.editors.get(name)
            if isinstance(editor, QComboBox):
                # Never fall back to the first entry: a wrong administration saved silently
                # is worse than an empty choice the validation asks about.
                editor.setCurrentIndex(editor.findData(value))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, OptionalDateEdit):
                editor.set_value(value)
            elif isinstance(editor, QSpinBox):
                editor.setValue(-1 if value is None else int(value))
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value or "")
            elif isinstance(editor, QLineEdit):
                editor.setText("" if value is None else str(value))
                editor.setCursorPosition(0)  # show the start of a long name, not its end

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                values[name] = editor.currentData()
            elif isinstance(editor, QCheckBox):
                values[name] = editor.isChecked()
            elif isinstance(editor, OptionalDateEdit):
                values[name] = editor.value()
            elif isinstance(editor, QSpinBox):
                values[name] = None if editor.value() < 0 else editor.value()
            elif isinstance(editor, QPlainTextEdit):
                values[name] = editor.toPlainText()
            elif isinstance(editor, QLineEdit):
                values[name] = editor.text()
        if self.version is not None:
            values["version"] = self.version
        return values

    def try_save(self) -> None:
        assert self._save is not None
        save = self._save

        def run() -> None:
            self.saved_id = save(self.values())

        if save_showing_refusals(self, self.errors, run):
            self.accept()

    @classmethod
    def edit(
        cls,
        parent: QWidget,
        spec: ListSpec,
        members: list[tuple[int, str]],
        title: str,
        values: dict[str, Any],
        save: SaveFunction,
        extra_fields: tuple[FieldSpec, ...] = (),
    ) -> tuple[int | None, bool]:
        """Show the form; returns (the saved record's id, accepted)."""
        dialog = cls(spec, members, parent, extra_fields)
        dialog.setWindowTitle(title)
        dialog.set_values(values)
        dialog._save = save
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        saved = dialog.saved_id
        dialog.deleteLater()
        return saved, accepted
