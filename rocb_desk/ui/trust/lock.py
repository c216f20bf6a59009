"""The idle lock: after some minutes without a key or a click the window hides its data
until the same person types their password again, or someone else logs in.

The main window shows a lock page instead of its tabs (hidden tabs also silence their
shortcuts) and greys its menus. A dialog left open (a letter half written) is covered
too, by a panel of its own: a modal dialog takes the keyboard from the window, so the
password is typed there, and what was typed in the dialog is kept for its owner.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...domain.access import Account
from ...services.office import Office
from ..event_types import EventTypes
from .credentials import CredentialsForm, account_text

# What counts as someone at the desk; timers, paints and network events do not.
INPUT_EVENTS = EventTypes(
    "KeyPress", "MouseButtonPress", "MouseMove", "Wheel", "TouchBegin", "TabletPress"
)


class IdleWatcher(QObject):
    """Says `idle` after `interval` ms without keyboard or mouse input, anywhere in the
    application (an event filter on the application restarts one timer)."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.interval = 0  # 0: never
        self.paused = False
        self.watching = False

    def set_minutes(self, minutes: int) -> None:
        self.set_interval(max(0, minutes) * 60_000)

    def set_interval(self, milliseconds: int) -> None:
        self.interval = milliseconds
        self.restart()

    def restart(self) -> None:
        if self.interval > 0 and not self.paused:
            self.timer.start(self.interval)
            self._watch(True)
        else:
            self.timer.stop()
            self._watch(False)

    def _watch(self, on: bool) -> None:
        """The filter sees every event of the application, each a call into Python: it
        is installed only while there is something to watch for (an office without
        accounts never locks), so background work never waits on it."""
        app = QApplication.instance()
        if app is None or on == self.watching:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self.watching = on

    def pause(self, paused: bool) -> None:
        self.paused = paused
        self.restart()

    def stop(self) -> None:
        self._watch(False)
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in INPUT_EVENTS.types and self.interval > 0 and not self.paused:
            self.timer.start(self.interval)
        return False


class LockPanel(QFrame):
    """The locked screen's words and password: on the window, and on each open dialog."""

    def __init__(self, lock: ScreenLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPanel")
        self.lock = lock
        self.title = QLabel(objectName="lockTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation = QLabel(objectName="lockExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form = CredentialsForm(lock.office, self)
        self.unlock_button = QPushButton(self.tr("&Unlock"), objectName="unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.other_button = QPushButton(
            self.tr("Log in as &someone else"), objectName="otherUserButton"
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.other_button)
        buttons.addWidget(self.unlock_button)
        box = QFrame(objectName="lockBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setMaximumWidth(self.fontMetrics().averageCharWidth() * 70)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.setSpacing(12)
        inner.addWidget(self.title)
        inner.addWidget(self.explanation)
        inner.addWidget(self.form)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.setAutoFillBackground(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.form.password_edit.returnPressed.connect(self.unlock)
        self.other_button.clicked.connect(self.someone_else)

    def refresh(self) -> None:
        """Say who may unlock, and since when; an empty password for the next try."""
        owner = self.lock.owner
        if owner is None:
            self.title.setText(self.tr("Nobody is logged in"))
            self.explanation.setText(
                self.tr("%1 keeps this office's data hidden until someone logs in.").replace(
                    "%1", APP_NAME
                )
            )
            self.unlock_button.setText(self.tr("&Log in"))
            self.other_button.hide()
            self.form.set_name("", fixed=False)
            return
        self.title.setText(self.tr("%1 is locked").replace("%1", APP_NAME))
        self.explanation.setText(
            self.tr(
                "Locked at %1. %2 unlocks it with their password; someone else may log in "
                "instead (the window then opens for them)."
            )
            .replace("%1", self.lock.since.toString("HH:mm"))
            .replace("%2", account_text(owner))
        )
        self.unlock_button.setText(self.tr("&Unlock"))
        self.other_button.show()
        self.form.set_name(owner.name, fixed=True)

    def someone_else(self) -> None:
        self.form.set_name("", fixed=False)
        self.unlock_button.setText(self.tr("&Log in"))
        self.other_button.hide()

    def unlock(self) -> None:
        account = self.form.attempt()
        if account is not None:
            self.lock.unlock(account)


class DialogCover(QWidget):
    """A lock panel over a dialog left open: its content greyed out and hidden, kept."""

    def __init__(self, lock: ScreenLock, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.setObjectName("lockCover")
        self.dialog = dialog
        # The dialog's own widgets take neither clicks, keys nor shortcuts meanwhile;
        # those greyed out by the dialog itself stay so when the cover goes.
        self.disabled: list[QWidget] = []
        for child in dialog.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            if child is not self and child.isEnabled():
                child.setEnabled(False)
                self.disabled.append(child)
        self.panel = LockPanel(lock, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        self.setAutoFillBackground(True)
        self.setGeometry(dialog.rect())
        dialog.installEventFilter(self)
        self.panel.refresh()
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.dialog and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.dialog.rect())
        return False

    def remove(self) -> None:
        self.dialog.removeEventFilter(self)
        for child in self.disabled:
            child.setEnabled(True)
        self.hide()
        self.deleteLater()


class ScreenLock(QObject):
    """Locks and unlocks one main window (and the dialogs it opened).

    `unlocked(True)` when another person logged in: the window rebuilds for them, after
    the previous person's dialogs were closed (their drafts are theirs, not the next
    person's to see)."""

    locked = Signal()
    unlocked = Signal(bool)

    def __init__(self, window: QWidget, office: Office) -> None:
        super().__init__(window)
        self.main = window
        self.office = office
        self.owner: Account | None = None  # whose session is locked; None: logged out
        self.since = QTime.currentTime()
        self.is_locked = False
        self.covers: list[DialogCover] = []
        self.page: LockPanel | None = None

    def make_page(self) -> LockPanel:
        """The window's lock page (made again when the window rebuilds)."""
        self.page = LockPanel(self)
        return self.page

    def set_office(self, office: Office) -> None:
        self.office = office

    def lock(self, *, log_out: bool = False) -> None:
        if self.is_locked:
            return
        self.is_locked = True
        self.since = QTime.currentTime()
        self.owner = None if log_out else self.office.account
        if log_out:
            from ...services import access  # with the mapped classes: not before the first frame

            access.logout(self.office)  # nothing is done in anyone's name meanwhile
        if self.page is not None:
            self.page.form.office = self.office
            self.page.refresh()
        self.main.show_lock(True)  # type: ignore[attr-defined]
        for widget in QApplication.topLevelWidgets():
            if widget is not self.main and widget.isVisible() and isinstance(widget, QDialog):
                self.covers.append(DialogCover(self, widget))
        if self.page is not None and not self.covers:
            self.page.form.focus()
        self.locked.emit()

    def unlock(self, account: Account) -> None:
        if not self.is_locked:
            return
        other = self.owner is None or account.name != self.owner.name
        for cover in self.covers:
            cover.remove()
        dialogs = [cover.dialog for cover in self.covers]
        self.covers = []
        self.is_locked = False
        self.owner = account
        if other:
            for dialog in dialogs:
                # The base class's done(): no "save your changes?" question for the
                # person who just arrived, about a draft that is not theirs.
                if isinstance(dialog, QDialog):
                    QDialog.done(dialog, QDialog.DialogCode.Rejected)
        self.main.show_lock(False)  # type: ignore[attr-defined]
        if other:
            # Rebuilt once every dialog's event loop has returned to the window's.
            QTimer.singleShot(0, lambda: self.unlocked.emit(True))
        else:
            self.unlocked.emit(False)
