"""The login at start (and to switch user): name and password, before any data shows."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ... import APP_NAME
from ...domain.access import Account
from ...services.office import Office
from .credentials import CredentialsForm


class LoginDialog(QDialog):
    def __init__(self, office: Office, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Log in — %1").replace("%1", APP_NAME))
        self.account: Account | None = None
        intro = QLabel(
            self.tr("<b>%1</b><br>This office keeps user accounts. Log in to open it:<br>%2")
            .replace("%1", APP_NAME)
            .replace("%2", office.location)
        )
        intro.setWordWrap(True)
        self.form = CredentialsForm(office, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Log in"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.form.set_name(name, fixed=False)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)

    def accept(self) -> None:
        """Close only when the service let the person in; a refusal stays on screen."""
        account = self.form.attempt()
        if account is not None:
            self.account = account
            super().accept()

    @classmethod
    def ask(cls, office: Office, parent: QWidget | None = None, name: str = "") -> Account | None:
        """The account that logged in, or None when the person cancelled."""
        dialog = cls(office, parent, name)
        try:
            dialog.exec()
            return dialog.account
        finally:
            dialog.deleteLater()
