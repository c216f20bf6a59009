"""The administrator's accounts dialog: the list, a new account, a change of role, a new
password, refusals where they belong, and login switched off for a one-person office."""

from __future__ import annotations

from rocb_desk.domain.access import Role
from rocb_desk.services import access
from rocb_desk.services.office import Office
from rocb_desk.ui.trust.accounts_dialog import AccountsDialog, NewAccountDialog, PasswordDialog

from .conftest import password


def _dialog(qtbot, office: Office) -> AccountsDialog:  # noqa: ANN001
    dialog = AccountsDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _select(dialog: AccountsDialog, name: str) -> None:
    row = next(i for i, line in enumerate(dialog.model.lines) if line.name == name)
    dialog.table.selectRow(row)


def _shown_names(dialog: AccountsDialog) -> list[str]:
    model = dialog.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_list_shows_each_account_with_its_role(qtbot, staffed: Office):
    dialog = _dialog(qtbot, staffed)
    assert _shown_names(dialog) == ["admin", "director", "manager", "officer", "reader"]
    row = _shown_names(dialog).index("manager")
    assert dialog.model.index(row, 2).data() == "Office manager"
    assert dialog.model.index(row, 4).data() == "yes"


def test_a_new_account_is_added_and_a_short_password_refused_under_its_field(
    qtbot, staffed: Office
):
    dialog = _dialog(qtbot, staffed)
    new = NewAccountDialog(staffed, first=False, parent=dialog)
    qtbot.addWidget(new)
    new.show()
    new.name_edit.setText("zarina")
    new.full_name_edit.setText("Zarina Aliyeva")
    new.role_combo.setCurrentIndex(new.role_combo.findData(Role.OFFICER.value))
    new.password.password_edit.setText("short")
    new.password.repeat_edit.setText("short")
    new.accept()
    assert new.isVisible()
    assert new.errors.labels["password"].text() == "A password has at least 8 characters."
    new.password.password_edit.setText("zarina-password")
    new.password.repeat_edit.setText("zarina-passw0rd")
    new.accept()
    assert new.errors.labels["repeat"].text() == "The two passwords differ."
    new.password.repeat_edit.setText("zarina-password")
    new.accept()
    assert not new.isVisible() and new.account_id is not None
    added = next(line for line in access.list_users(staffed) if line.name == "zarina")
    assert added.role == Role.OFFICER and added.full_name == "Zarina Aliyeva" and added.active
    dialog.reload(new.account_id)
    assert "zarina" in _shown_names(dialog)
    assert access.login(staffed, "zarina", "zarina-password").role == Role.OFFICER


def test_role_and_active_are_changed_and_the_last_administrator_kept(qtbot, staffed: Office):
    dialog = _dialog(qtbot, staffed)
    _select(dialog, "officer")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.READ_ONLY.value))
    dialog.active_check.setChecked(False)
    dialog.apply_changes()
    officer = next(line for line in access.list_users(staffed) if line.name == "officer")
    assert officer.role == Role.READ_ONLY and not officer.active
    assert not dialog.error_label.isVisible()

    _select(dialog, "admin")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.OFFICER.value))
    dialog.apply_changes()
    assert dialog.error_label.isVisible()
    assert "last active administrator" in dialog.error_label.text()
    assert dialog.role_combo.currentData() == Role.ADMINISTRATOR.value  # shown as kept


def test_a_new_password_is_set(qtbot, staffed: Office):
    ids = {line.name: line.id for line in access.list_users(staffed)}
    dialog = PasswordDialog(staffed, ids["reader"], "reader")
    qtbot.addWidget(dialog)
    dialog.password.password_edit.setText("a new reading lamp")
    dialog.password.repeat_edit.setText("a new reading lamp")
    dialog.accept()
    assert access.login(staffed, "reader", "a new reading lamp").name == "reader"


def test_login_is_switched_off_for_one_person_after_a_confirmation(qtbot, demo_office, said):
    access.add_user(demo_office, access.UserForm("solo", "administrator", password("solo")))
    dialog = _dialog(qtbot, demo_office)
    assert dialog.login_off_check.isEnabled() and not dialog.login_off_check.isChecked()
    dialog.login_off_check.click()
    assert said["question"] and "without a password" in said["question"][-1]
    assert access.login_is_off(demo_office) and not demo_office.login_required
    assert dialog.login_off_check.isChecked()


def test_with_several_accounts_login_cannot_be_switched_off(qtbot, staffed: Office):
    dialog = _dialog(qtbot, staffed)
    assert not dialog.login_off_check.isEnabled()


def test_only_the_administrator_finds_the_accounts_in_the_menu(qtbot, window_as):
    window = window_as("director")
    assert not window.accounts_action.isEnabled()
    assert not window.restore_action.isEnabled()  # restoring replaces everyone's work
    window.close()
    admin = window_as("admin")
    assert admin.accounts_action.isEnabled() and admin.restore_action.isEnabled()
