"""The office's particulars: what its letterhead and signature block say in English and
Russian, and the largest attachment it keeps."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OfficeError
from ...services.office import Office
from ...services.office_profile import OfficeProfile, load_profile, save_profile
from ..forms import FieldErrors, save_showing_refusals
from ..hub import hub
from ..messages import show_refusal

BILINGUAL = ("office_name", "office_subtitle", "address", "director_name", "director_title")
MULTILINE = ("address", "director_title")
SINGLE = ("phone", "fax", "website", "email")


class ProfileDialog(QDialog):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setWindowTitle(self.tr("Office particulars"))
        self.errors = FieldErrors()
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        titles = {
            "office_name": self.tr("Office name"),
            "office_subtitle": self.tr("Below the name"),
            "address": self.tr("Address"),
            "director_name": self.tr("Director's name"),
            "director_title": self.tr("Director's title"),
            "phone": self.tr("Phone"),
            "fax": self.tr("Fax"),
            "website": self.tr("Web site"),
            "email": self.tr("E-mail"),
        }
        grid = QGridLayout()
        grid.addWidget(QLabel("<b>" + self.tr("In English") + "</b>"), 0, 1)
        grid.addWidget(QLabel("<b>" + self.tr("In Russian") + "</b>"), 0, 2)
        row = 1
        for name in BILINGUAL:
            caption = QLabel(titles[name])
            if name in MULTILINE:
                caption.setContentsMargins(0, 4, 0, 0)
                grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            else:
                grid.addWidget(caption, row, 0)
            for column, lang in ((1, "en"), (2, "ru")):
                grid.addLayout(self._editor(f"{name}_{lang}", name in MULTILINE), row, column)
            row += 1
        for name in SINGLE:
            grid.addWidget(QLabel(titles[name]), row, 0)
            grid.addLayout(self._editor(name, False), row, 1)
            row += 1
        self.limit_spin = QSpinBox(objectName="max_attachment_mbEdit", minimum=1, maximum=512)
        self.limit_spin.setSuffix(self.tr(" MB"))
        self.limit_spin.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 14)
        grid.addWidget(QLabel(self.tr("Largest attachment")), row, 0)
        grid.addLayout(self.errors.wrap("max_attachment_mb", self.limit_spin), row, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        note = QLabel(
            self.tr("Printed on the letterhead of outgoing letters and in their signature.")
        )
        note.setEnabled(False)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(920, self.sizeHint().height())
        self.profile = load_profile(office)
        self.set_profile(self.profile)

    def _editor(self, name: str, multiline: bool):  # noqa: ANN202 - a layout
        editor: QLineEdit | QPlainTextEdit
        if multiline:
            editor = QPlainTextEdit(objectName=f"{name}Edit")
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        else:
            editor = QLineEdit(objectName=f"{name}Edit")
        self.editors[name] = editor
        return self.errors.wrap(name, editor)

    def set_profile(self, profile: OfficeProfile) -> None:
        for name, editor in self.editors.items():
            value = str(getattr(profile, name))
            if isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value)
            else:
                editor.setText(value)
        self.limit_spin.setValue(int(profile.max_attachment_mb))

    def value(self) -> OfficeProfile:
        texts = {
            name: (
                editor.toPlainText().strip()
                if isinstance(editor, QPlainTextEdit)
                else editor.text().strip()
            )
            for name, editor in self.editors.items()
        }
        return replace(self.profile, **texts, max_attachment_mb=self.limit_spin.value())

    def save(self) -> None:
        profile = self.value()
        if save_showing_refusals(self, self.errors, lambda: save_profile(self.office, profile)):
            hub.statusMessage.emit(self.tr("Office particulars saved"))
            self.accept()

    @classmethod
    def edit(cls, parent: QWidget, office: Office) -> bool:
        """True when the particulars were saved."""
        try:
            dialog = cls(office, parent)
        except OfficeError as error:
            show_refusal(parent, error)
            return False
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted
