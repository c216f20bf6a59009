"""The main window's trust side: who is logged in, the lock, accounts, settings, the
audit trail and the automatic backups. A mixin of MainWindow, kept here so the window's
own file stays about tabs and menus."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QStackedWidget

from ... import APP_NAME
from ...domain.access import Permission
from ...i18n import translate
from ...services.office import Office
from .backups import ClosingBackup, DailyBackups
from .credentials import account_text
from .lock import IdleWatcher, ScreenLock
from .login_dialog import LoginDialog

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QTabWidget


class TrustWindow:
    """Mixed into MainWindow (a QMainWindow with `office`, `tabs`, `build(fresh)`,
    `_add(menu, text, shortcut, slot)` and `show_status`)."""

    office: Office
    tabs: QTabWidget
    office_label: QLabel
    if TYPE_CHECKING:  # MainWindow's own

        def build(self, fresh: bool = False) -> None: ...
        def show_status(self, text: str) -> None: ...
        def _add(self, menu: QMenu, text: str, shortcut: object, slot: Callable) -> QAction: ...

    def setup_trust(self) -> None:
        window = self._as_window()
        self.screen_lock = ScreenLock(window, self.office)
        self.screen_lock.unlocked.connect(self._unlocked)
        self.idle_watcher = IdleWatcher(window)
        self.idle_watcher.idle.connect(self.lock_now)
        self.daily_backups = DailyBackups(self.office, window)
        self.daily_backups.reported.connect(self.show_status)
        self.closing_backup = True  # off for a window that is no working session (a picture)
        self.stack: QStackedWidget | None = None

    def _as_window(self) -> QMainWindow:
        assert isinstance(self, QMainWindow)
        return self

    # --- what the window shows ----------------------------------------------------------

    def place_tabs(self, tabs: QTabWidget) -> None:
        """The tabs, and behind them the lock page, as the window's content."""
        self.stack = QStackedWidget(objectName="lockStack")
        self.stack.addWidget(tabs)
        self.stack.addWidget(self.screen_lock.make_page())
        self._as_window().setCentralWidget(self.stack)
        self.screen_lock.set_office(self.office)
        self.daily_backups.office = self.office
        self.show_who()
        self.follow_idle_setting()
        if self.screen_lock.is_locked:
            self.show_lock(True)
        elif self.office.login_required and self.office.account is None:
            self.screen_lock.lock(log_out=True)  # nobody logged in: nothing shows

    def show_who(self) -> None:
        """The office and, when it has accounts, who acts in it and in which role."""
        window = self._as_window()
        who = account_text(self.office.account) if self.office.login_required else ""
        name = Path(self.office.location).name
        title = f"{APP_NAME} — {name}" + (f" — {who}" if who else "")
        window.setWindowTitle(title)
        text = translate("MainWindow", "Office: %1").replace("%1", self.office.location)
        if who:
            text = (
                translate("MainWindow", "%1 · logged in: %2").replace("%1", text).replace("%2", who)
            )
        self.office_label.setText(text)

    def follow_idle_setting(self) -> None:
        """Lock after the office's idle time, when there is an account to unlock with."""
        minutes = 0
        if self.office.login_required:  # an office without accounts has nobody to unlock
            from ...services import trust_settings

            minutes = trust_settings.idle_minutes(self.office)
        self.idle_watcher.set_minutes(minutes)

    def show_lock(self, locked: bool) -> None:
        """Called by the screen lock: hide or show the data, grey or wake the menus."""
        if self.stack is None:
            return
        self.stack.setCurrentIndex(1 if locked else 0)
        self._as_window().menuBar().setEnabled(not locked)
        self.idle_watcher.pause(locked)

    # --- menus ---------------------------------------------------------------------------

    def add_session_actions(self, menu: QMenu) -> None:
        """File ▸ Switch user, Log out, Lock now, Change my password."""
        with_login = self.office.login_required
        self.switch_user_action = self._add(
            menu, translate("MainWindow", "S&witch user…"), None, self.switch_user
        )
        self.log_out_action = self._add(
            menu, translate("MainWindow", "Log &out"), None, self.log_out
        )
        self.lock_action = self._add(
            menu, translate("MainWindow", "&Lock now"), QKeySequence("Ctrl+L"), self.lock_now
        )
        self.password_action = self._add(
            menu, translate("MainWindow", "Change my pass&word…"), None, self.change_password
        )
        for action in (self.switch_user_action, self.log_out_action, self.lock_action):
            action.setEnabled(with_login)
        self.password_action.setEnabled(with_login and self.office.account is not None)

    def add_tools_menu(self) -> QMenu:
        """The Tools menu with the trail, accounts and settings; the window adds its own."""
        window = self._as_window()
        tools = window.menuBar().addMenu(translate("MainWindow", "&Tools"))
        self.audit_action = self._add(
            tools,
            translate("MainWindow", "&Audit trail…"),
            QKeySequence("Ctrl+Shift+A"),
            self.audit_trail,
        )
        # The trail keeps what letters said when they changed: it is read by those who
        # may read every letter.
        readable = self.office.readable()
        self.audit_action.setEnabled(readable is None or "confidential" in readable)
        tools.addSeparator()
        self.accounts_action = self._add(
            tools, translate("MainWindow", "A&ccounts…"), None, self.manage_accounts
        )
        self.accounts_action.setEnabled(self.office.may(Permission.ADMINISTER))
        self.settings_action = self._add(
            tools, translate("MainWindow", "&Settings…"), None, self.trust_settings
        )
        return tools

    # --- logging in and out --------------------------------------------------------------

    def lock_now(self) -> None:
        if self.office.login_required and self.office.account is not None:
            self.screen_lock.lock()

    def log_out(self) -> None:
        if self.office.login_required:
            self.screen_lock.lock(log_out=True)

    def switch_user(self) -> None:
        before = self.office.account
        account = LoginDialog.ask(self.office, self._as_window())
        if account is not None and account != before:
            self.build(fresh=True)

    def _unlocked(self, other: bool) -> None:
        if other:
            self.build(fresh=True)
        else:
            self.idle_watcher.restart()

    def change_password(self) -> None:
        from ...services import access
        from .accounts_dialog import PasswordDialog

        account = self.office.account
        if account is None:
            return
        line = next((u for u in access.list_users(self.office) if u.name == account.name), None)
        if line is None:
            return
        dialog = PasswordDialog(self.office, line.id, line.name, self._as_window())
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.show_status(translate("MainWindow", "Your password was changed."))
        finally:
            dialog.deleteLater()

    # --- tools ---------------------------------------------------------------------------

    def audit_trail(self) -> None:
        from ..audit_dialog import AuditTrailDialog

        dialog = AuditTrailDialog(self.office, self._as_window())
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def manage_accounts(self) -> None:
        from .accounts_dialog import AccountsDialog

        before = (self.office.login_required, self.office.account)
        dialog = AccountsDialog(self.office, self._as_window())
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        after = (self.office.login_required, self.office.account)
        if after == before:
            return
        # Someone else, or nobody (the person acting here lost their account: the lock
        # page then asks who logs in), gets a window of their own.
        self.build(fresh=after[1] != before[1])

    def trust_settings(self) -> None:
        from .settings_dialog import TrustSettingsDialog

        dialog = TrustSettingsDialog(self.office, self._as_window())
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.follow_idle_setting()
        finally:
            dialog.deleteLater()

    # --- closing -------------------------------------------------------------------------

    def close_trust(self) -> None:
        """The window closes: no more checks, and the closing backup."""
        self.idle_watcher.stop()
        self.daily_backups.stop()
        if self.closing_backup:
            self.closing_backup = False  # once, even if Qt sends close twice
            ClosingBackup(self.office, self._as_window()).run()
