"""A name and a password, checked by the service; what it refuses is said under them.

Shared by the login dialog and the lock screen, so both ask and refuse alike.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...domain.access import ROLE_LABELS, Account
from ...domain.errors import OfficeError
from ...i18n import error_text, translate
from ...services.office import Office


def account_text(account: Account | None) -> str:
    """ "anna (Office manager)": who acts, as the title and the status bar say it."""
    if account is None:
        return ""
    role = translate("Access", ROLE_LABELS[account.role])
    return f"{account.name} ({role})"


class CredentialsForm(QWidget):
    """Name and password; `attempt()` logs in through the service or shows its refusal."""

    loggedIn = Signal(object)  # noqa: N815 - Qt signal naming; the Account

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.name_edit = QLineEdit(objectName="loginName")
        self.name_edit.setMaxLength(80)
        self.password_edit = QLineEdit(objectName="loginPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(1024)
        self.error_label = QLabel(objectName="loginError")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.name_label = QLabel(self.tr("&Name:"))
        self.name_label.setBuddy(self.name_edit)
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.password_edit)
        self.rows = QFormLayout()
        self.rows.addRow(self.name_label, self.name_edit)
        self.rows.addRow(password_label, self.password_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows)
        layout.addWidget(self.error_label)
        self.name_edit.returnPressed.connect(self.password_edit.setFocus)

    def set_name(self, name: str, *, fixed: bool) -> None:
        """Prefill the name; `fixed` (the lock of one person's session, whose name the
        lock says) asks for the password alone."""
        self.name_edit.setText(name)
        self.name_edit.setReadOnly(fixed)
        self.rows.setRowVisible(self.name_edit, not fixed)
        self.password_edit.clear()
        self.show_error("")
        self.focus()

    def focus(self) -> None:
        (self.password_edit if self.name_edit.text() else self.name_edit).setFocus()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def attempt(self) -> Account | None:
        """Log in with what was typed; on refusal say why, empty the password, return None.

        The service makes a wrong password wait longer after each failure; the form is
        greyed out meanwhile, so nobody types into a window that does not answer."""
        name = self.name_edit.text().strip()
        if not name:
            self.show_error(self.tr("Type your name."))
            self.name_edit.setFocus()
            return None
        self.show_error("")
        self.setEnabled(False)
        from ...services import access  # with the mapped classes: not before the first frame

        try:
            account = access.login(self.office, name, self.password_edit.text())
        except OfficeError as error:
            self.setEnabled(True)
            self.show_error(error_text(error))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return None
        self.setEnabled(True)
        self.password_edit.clear()
        self.loggedIn.emit(account)
        return account
