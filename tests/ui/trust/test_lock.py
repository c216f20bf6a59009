"""The idle lock: the window hides the office after the idle time, opens again for the
same person's password, or rebuilds for someone else who logs in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QVBoxLayout

from rocb_desk.services import access, trust_settings
from rocb_desk.services.office import Office
from rocb_desk.ui.main_window import MainWindow

from .conftest import password


def _unlock(window: MainWindow, secret: str, name: str | None = None) -> None:
    page = window.screen_lock.page
    if name is not None:
        page.someone_else()
        page.form.name_edit.setText(name)
    page.form.password_edit.setText(secret)
    page.unlock_button.click()


def test_the_window_locks_when_idle_and_opens_for_the_same_password(qtbot, window_as, monkeypatch):
    monkeypatch.setattr(access, "delay_after", lambda _failures: 0)  # tested with the login
    window = window_as("manager")
    assert window.idle_watcher.interval == 15 * 60_000  # the office's default idle time
    assert window.idle_watcher.watching  # it sees the keys and clicks of the application
    window.idle_watcher.set_interval(50)  # the test does not wait fifteen minutes
    qtbot.waitUntil(lambda: window.screen_lock.is_locked, timeout=5000)
    assert not window.tabs.isVisible()  # the office's data is hidden...
    assert not window.menuBar().isEnabled()  # ...and the menus sleep
    page = window.screen_lock.page
    assert page.isVisible() and "manager (Office manager)" in page.explanation.text()

    _unlock(window, "not-the-password")
    assert window.screen_lock.is_locked and not window.tabs.isVisible()
    assert page.form.error_label.text() == "Wrong name or password."

    _unlock(window, password("manager"))
    assert not window.screen_lock.is_locked
    assert window.tabs.isVisible() and window.menuBar().isEnabled()
    assert window.office.account.name == "manager"


def test_someone_else_logging_in_at_the_lock_gets_a_window_of_their_own(qtbot, window_as):
    window = window_as("manager")
    assert "manager (Office manager)" in window.windowTitle()
    window.lock_now()
    assert window.screen_lock.is_locked
    _unlock(window, password("director"), name="director")
    qtbot.waitUntil(lambda: "director (Director)" in window.windowTitle(), timeout=5000)
    qtbot.waitUntil(window.tabs.isVisible)  # the new tabs show once the loop runs
    assert not window.screen_lock.is_locked
    assert "logged in: director (Director)" in window.office_label.text()
    assert not window.books_tab.ledger.new_action.isEnabled()  # the director's window


def test_a_dialog_left_open_is_covered_and_kept_for_its_owner(qtbot, window_as):
    window = window_as("officer")
    dialog = QDialog(window)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    draft = QLineEdit("a letter half written", dialog)
    QVBoxLayout(dialog).addWidget(draft)
    dialog.resize(500, 400)
    dialog.open()
    window.lock_now()
    (cover,) = window.screen_lock.covers
    assert cover.isVisible() and not draft.isEnabled()
    cover.panel.form.password_edit.setText(password("officer"))
    cover.panel.unlock_button.click()
    assert not window.screen_lock.is_locked and not window.screen_lock.covers
    assert dialog.isVisible() and draft.isEnabled()
    assert draft.text() == "a letter half written"
    dialog.close()


def test_log_out_leaves_nobody_acting_until_someone_logs_in(qtbot, window_as):
    window = window_as("officer")
    window.log_out()
    assert window.office.account is None and window.screen_lock.is_locked
    assert window.screen_lock.page.form.name_edit.text() == ""
    _unlock(window, password("reader"), name="reader")
    qtbot.waitUntil(lambda: "reader (Read-only)" in window.windowTitle(), timeout=5000)


def test_no_idle_lock_when_the_setting_says_never(qtbot, staffed: Office, window_as):
    trust_settings.set_idle_minutes(staffed, 0)
    window = window_as("officer")
    assert window.idle_watcher.interval == 0 and not window.idle_watcher.timer.isActive()
    assert not window.idle_watcher.watching  # no filter on every event for nothing


def test_without_accounts_there_is_nothing_to_lock(qtbot, demo_office: Office):
    window = MainWindow(demo_office)
    qtbot.addWidget(window)
    window.show()
    assert not window.idle_watcher.timer.isActive() and not window.idle_watcher.watching
    assert not window.lock_action.isEnabled()
    window.lock_now()
    assert not window.screen_lock.is_locked


def test_while_locked_the_window_shortcuts_do_nothing(qtbot, window_as, monkeypatch):
    window = window_as("manager")
    called: list[str] = []

    def asked(*_args: object) -> tuple[str, str]:  # File ▸ Back up asks where, first
        called.append("backup")
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", asked)
    backup_keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.wait(10)
    QTest.keyClick(window, Qt.Key.Key_B, backup_keys)
    assert called == ["backup"]  # the File menu's shortcut, unlocked
    window.lock_now()
    QTest.keyClick(window.screen_lock.page.form.password_edit, Qt.Key.Key_B, backup_keys)
    QTest.keyClick(window, Qt.Key.Key_B, backup_keys)
    assert called == ["backup"]
