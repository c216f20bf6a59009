"""Greying out what the person logged in may not do.

The services refuse it anyway (office.transaction checks the permission); greyed-out
actions only spare the person a refusal. They stay greyed out for the whole session,
whatever a page's own "enable what fits the selection" code sets afterwards: an action
in a disabled QActionGroup cannot be enabled, and a widget is watched and disabled
again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QAbstractItemView, QWidget

from ...domain.access import Permission
from ...services.office import Office


def grey_out(
    owner: QObject, office: Office, permission: Permission, *actions: QAction | None
) -> bool:
    """Disable `actions` for good unless the acting account has `permission`; returns
    whether it has."""
    if office.may(permission):
        return True
    group = QActionGroup(owner)
    group.setObjectName(f"refused_{permission.value}")
    group.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
    for action in actions:
        if action is not None:
            group.addAction(action)
    group.setEnabled(False)
    return False


class _StayDisabled(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched.isEnabled()
        ):
            watched.setEnabled(False)
        return False


def grey_out_widgets(office: Office, permission: Permission, *widgets: QWidget | None) -> bool:
    """Disable buttons (and other widgets) for good unless the account has `permission`."""
    if office.may(permission):
        return True
    for widget in widgets:
        if widget is None:
            continue
        keeper = _StayDisabled(widget)
        widget.installEventFilter(keeper)
        widget.setEnabled(False)
    return False


def no_double_click(
    office: Office, permission: Permission, table: QAbstractItemView, slot: Callable
) -> None:
    """A double-click that opens a record to change it does nothing for whoever may not."""
    if not office.may(permission):
        table.doubleClicked.disconnect(slot)
