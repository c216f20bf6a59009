"""The office's accounts, for its administrator: who they are, what they may do, whether
they may log in; new accounts and new passwords; and login switched off for one person.

Every change goes through services/accounts.py, which refuses what an administrator may
not do (the last administrator demoted, a second account while login is off); its
refusals are shown here, under the field or under the list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
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

from ...domain.access import ROLE_LABELS, Role
from ...domain.errors import OfficeError, ValidationError
from ...i18n import error_text, translate
from ...services import access
from ...services.office import Office
from ..forms import FieldErrors
from ..models import TitledTableModel
from ..tables import record_table

Index = QModelIndex | QPersistentModelIndex
NAME, FULL_NAME, ROLE, CLEARANCE, ACTIVE = range(5)


def clearance_tip() -> str:
    return translate(
        "AccountsDialog",
        "The confidential clearance given by name; administrators and the director read "
        "confidential letters by their role.",
    )


def role_combo(selected: str | None = None) -> QComboBox:
    combo = QComboBox(objectName="roleCombo")
    for role in Role:
        combo.addItem(translate("Access", ROLE_LABELS[role]), role.value)
    if selected is not None:
        combo.setCurrentIndex(max(combo.findData(selected), 0))
    return combo


class AccountsModel(TitledTableModel):
    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Full name"),
            self.tr("Role"),
            self.tr("Confidential letters"),
            self.tr("May log in"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        line = self.lines[index.row()]
        column = index.column()
        if column == NAME:
            return line.name
        if column == FULL_NAME:
            return line.full_name
        if column == ROLE:
            return translate("Access", ROLE_LABELS[line.role])
        if column == CLEARANCE:
            if line.role in (Role.ADMINISTRATOR, Role.DIRECTOR):
                return self.tr("by role")
            return self.tr("given by name") if line.confidential else self.tr("no")
        return self.tr("yes") if line.active else self.tr("no (deactivated)")


class PasswordFields(QWidget):
    """A password typed twice, so a slip of the finger does not lock anyone out."""

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = errors
        self.password_edit = QLineEdit(objectName="passwordEdit")
        self.repeat_edit = QLineEdit(objectName="repeatEdit")
        for edit in (self.password_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(1024)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Password:"), errors.wrap("password", self.password_edit))
        form.addRow(self.tr("&Repeat it:"), errors.wrap("repeat", self.repeat_edit))

    def value(self) -> str | None:
        """The password, or None (said under the field) when the two differ."""
        if self.password_edit.text() != self.repeat_edit.text():
            self.errors.show("repeat", self.tr("The two passwords differ."))
            self.repeat_edit.setFocus()
            return None
        return self.password_edit.text()


_REFUSED = object()


def _attempt(dialog: QDialog, errors: FieldErrors, action: Callable[[], object]) -> object:
    """The service call's result; or its refusal shown (under the fields it names, else in
    a box) and _REFUSED, the dialog staying open with what was typed."""
    try:
        return action()
    except ValidationError as error:
        for text in errors.show_refusal(error):
            QMessageBox.warning(dialog, dialog.windowTitle(), text)
    except OfficeError as error:
        QMessageBox.warning(dialog, dialog.windowTitle(), error_text(error))
    return _REFUSED


class NewAccountDialog(QDialog):
    def __init__(self, office: Office, first: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newAccountDialog")
        self.setWindowTitle(self.tr("New account"))
        self.office = office
        self.account_id: int | None = None
        self.errors = FieldErrors()
        self.name_edit = QLineEdit(objectName="nameEdit")
        self.full_name_edit = QLineEdit(objectName="fullNameEdit")
        self.role_combo = role_combo(Role.ADMINISTRATOR.value if first else Role.OFFICER.value)
        self.confidential_check = QCheckBox(
            self.tr("&Confidential letters, by name"), objectName="confidentialCheck"
        )
        self.confidential_check.setToolTip(clearance_tip())
        self.password = PasswordFields(self.errors)
        form = QFormLayout()
        form.addRow(self.tr("&Name (to log in):"), self.errors.wrap("name", self.name_edit))
        form.addRow(self.tr("&Full name:"), self.errors.wrap("full_name", self.full_name_edit))
        form.addRow(self.tr("&Role:"), self.errors.wrap("role", self.role_combo))
        form.addRow("", self.confidential_check)
        layout = QVBoxLayout(self)
        if first:
            note = QLabel(
                self.tr(
                    "This is the office's first account: its administrator. Once it exists, "
                    "everyone logs in at start."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def accept(self) -> None:
        self.errors.clear()
        password = self.password.value()
        if password is None:
            return
        form = access.UserForm(
            name=self.name_edit.text(),
            role=self.role_combo.currentData(),
            password=password,
            full_name=self.full_name_edit.text(),
            confidential=self.confidential_check.isChecked(),
        )
        added = _attempt(self, self.errors, lambda: access.add_user(self.office, form))
        if added is not _REFUSED:
            self.account_id = added
            super().accept()


class PasswordDialog(QDialog):
    """A new password for one account (the administrator's, or one's own)."""

    def __init__(self, office: Office, user_id: int, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("New password for %1").replace("%1", name))
        self.office = office
        self.user_id = user_id
        self.errors = FieldErrors()
        self.password = PasswordFields(self.errors)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.password)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)

    def accept(self) -> None:
        self.errors.clear()
        password = self.password.value()
        if password is None:
            return
        changed = _attempt(
            self, self.errors, lambda: access.set_password(self.office, self.user_id, password)
        )
        if changed is not _REFUSED:
            super().accept()


class AccountsDialog(QDialog):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Accounts"))
        self.office = office
        self.model = AccountsModel(self)
        self.table = record_table(self.model, "accountsTable", (14, 26, 14, 10, 10), FULL_NAME)
        self.table.selectionModel().currentRowChanged.connect(self._show_selected)
        self.add_button = QPushButton(self.tr("&New account…"), objectName="addAccountButton")
        self.add_button.clicked.connect(self.add)
        self.password_button = QPushButton(
            self.tr("Set &password…"), objectName="setPasswordButton"
        )
        self.password_button.clicked.connect(self.set_password)
        self.error_label = QLabel(objectName="accountsError")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        # The selected account, changed in place and saved with one button.
        self.full_name_edit = QLineEdit(objectName="selectedFullName")
        self.role_combo = role_combo()
        self.confidential_check = QCheckBox(
            self.tr("&Confidential letters, by name"), objectName="selectedConfidential"
        )
        self.confidential_check.setToolTip(clearance_tip())
        self.active_check = QCheckBox(self.tr("May &log in"), objectName="selectedActive")
        self.apply_button = QPushButton(self.tr("&Apply changes"), objectName="applyAccount")
        self.apply_button.clicked.connect(self.apply_changes)
        self.editor = QGroupBox(self.tr("Selected account"))
        editor_form = QFormLayout(self.editor)
        editor_form.addRow(self.tr("&Full name:"), self.full_name_edit)
        editor_form.addRow(self.tr("&Role:"), self.role_combo)
        editor_form.addRow("", self.confidential_check)
        editor_form.addRow("", self.active_check)
        editor_buttons = QHBoxLayout()
        editor_buttons.addWidget(self.password_button)
        editor_buttons.addStretch(1)
        editor_buttons.addWidget(self.apply_button)
        editor_form.addRow(editor_buttons)

        self.login_off_check = QCheckBox(
            self.tr("Switch login &off for this one-person office"), objectName="loginOffCheck"
        )
        self.login_off_check.setToolTip(
            self.tr(
                "Only when the office has one active account: the application then opens "
                "without asking for a password. The choice is kept in the audit trail."
            )
        )
        self.login_off_check.clicked.connect(self.toggle_login_off)

        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 3)
        middle.addWidget(self.editor, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.login_off_check)
        layout.addWidget(close)
        self.resize(980, 420)
        self.reload()

    # --- reading --------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        current = self.selected()
        wanted = select_id if select_id is not None else (current.id if current else None)
        self.model.set_lines(access.list_users(self.office))
        row = next((i for i, line in enumerate(self.model.lines) if line.id == wanted), 0)
        if self.model.lines:
            self.table.selectRow(row)
        self._show_selected()
        self.login_off_check.blockSignals(True)
        self.login_off_check.setChecked(access.login_is_off(self.office))
        self.login_off_check.blockSignals(False)
        # Switching off makes sense with one active account; switching back on, always.
        active = sum(1 for line in self.model.lines if line.active)
        self.login_off_check.setEnabled(self.login_off_check.isChecked() or active == 1)

    def selected(self):  # noqa: ANN201 - a UserLine or None
        index = self.table.currentIndex()
        return self.model.lines[index.row()] if index.isValid() else None

    def _show_selected(self, *_args: object) -> None:
        line = self.selected()
        self.editor.setEnabled(line is not None)
        if line is None:
            self.editor.setTitle(self.tr("Selected account"))
            return
        self.editor.setTitle(self.tr("Account %1").replace("%1", line.name))
        self.full_name_edit.setText(line.full_name)
        self.role_combo.setCurrentIndex(max(self.role_combo.findData(line.role.value), 0))
        self.confidential_check.setChecked(line.confidential)
        self.active_check.setChecked(line.active)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # --- changing -------------------------------------------------------------------

    def add(self) -> None:
        dialog = NewAccountDialog(self.office, not self.model.lines, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.show_error("")
                self.reload(dialog.account_id)
        finally:
            dialog.deleteLater()

    def apply_changes(self) -> None:
        line = self.selected()
        if line is None:
            return
        try:
            access.update_user(
                self.office,
                line.id,
                role=self.role_combo.currentData(),
                full_name=self.full_name_edit.text(),
                confidential=self.confidential_check.isChecked(),
                active=self.active_check.isChecked(),
            )
        except OfficeError as error:
            self.show_error(error_text(error))
            self._show_selected()  # back to what the office keeps
            return
        self.show_error("")
        self.reload(line.id)

    def set_password(self) -> None:
        line = self.selected()
        if line is None:
            return
        dialog = PasswordDialog(self.office, line.id, line.name, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.show_error("")
        finally:
            dialog.deleteLater()

    def toggle_login_off(self, off: bool) -> None:
        if off:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr(
                    "Switch login off? Anyone at this computer will then open the office "
                    "and may do everything, without a password. The choice is recorded in "
                    "the audit trail."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.reload()
                return
        try:
            access.set_login_off(self.office, off)
        except OfficeError as error:
            self.show_error(error_text(error))
        else:
            self.show_error("")
        self.reload()
