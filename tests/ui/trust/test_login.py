"""Logging in at start: the right password opens the office, a wrong one is refused
where the person typed it, and Cancel opens nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from rocb_desk import app as desktop
from rocb_desk.services.office import Office
from rocb_desk.ui.trust.login_dialog import LoginDialog

from .conftest import password


def _type(dialog: LoginDialog, name: str, secret: str) -> None:
    dialog.form.name_edit.setText(name)
    dialog.form.password_edit.setText(secret)
    dialog.accept()


def test_the_right_password_logs_in(qtbot, staffed: Office):
    staffed.account = None
    dialog = LoginDialog(staffed)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(dialog, "manager", password("manager"))
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert staffed.account.name == "manager" and staffed.actor == "manager"
    assert dialog.account == staffed.account


def test_a_wrong_password_is_refused_in_the_dialog_and_the_wait_grows(qtbot, staffed: Office):
    staffed.account = None
    dialog = LoginDialog(staffed)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(dialog, "manager", "guessing")
    assert dialog.isVisible() and dialog.account is None and staffed.account is None
    assert dialog.form.error_label.isVisible()
    assert dialog.form.error_label.text() == "Wrong name or password."
    assert dialog.form.password_edit.text() == ""  # typed again, not edited
    _type(dialog, "manager", password("manager"))  # even the right one waits now
    assert "try again in" in dialog.form.error_label.text() and staffed.account is None
    assert dialog.isVisible()


def test_an_office_with_accounts_asks_for_a_login_and_cancel_opens_nothing(
    qtbot, staffed: Office, monkeypatch
):
    location = staffed.location
    staffed.close()
    asked = []

    def cancel(dialog: LoginDialog) -> int:
        asked.append(dialog.windowTitle())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(LoginDialog, "exec", cancel)
    assert desktop.open_office_interactively(location) is None
    assert asked == ["Log in — ROCB Desk"]

    def log_in(dialog: LoginDialog) -> int:
        _type(dialog, "officer", password("officer"))
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", log_in)
    office = desktop.open_office_interactively(location)
    try:
        assert office is not None and office.account.name == "officer"
    finally:
        office.close()


def test_an_office_without_accounts_opens_without_a_login(qtbot, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(LoginDialog, "exec", lambda _dialog: 1 / 0)  # never asked
    monkeypatch.setattr(desktop, "_welcome", lambda office, parent: None)
    office = desktop.open_office_interactively(str(tmp_path / "new.sqlite3"))
    try:
        assert office is not None and not office.login_required
    finally:
        office.close()


def test_switch_user_rebuilds_the_window_for_the_new_account(qtbot, window_as, monkeypatch):
    window = window_as("director")
    assert not window.books_tab.ledger.new_action.isEnabled()

    def log_in(dialog: LoginDialog) -> int:
        _type(dialog, "manager", password("manager"))
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", log_in)
    window.switch_user_action.trigger()
    assert "manager (Office manager)" in window.windowTitle()
    assert window.books_tab.ledger.new_action.isEnabled()  # the books are hers
