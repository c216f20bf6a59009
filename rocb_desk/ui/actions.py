"""Toolbar actions of the pages that hold a table, with the house rules for shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTableView, QToolBar, QWidget

Shortcut = QKeySequence | QKeySequence.StandardKey | None


def table_page_action(
    page: QWidget,
    toolbar: QToolBar,
    table: QTableView,
    text: str,
    shortcut: Shortcut,
    slot: Callable[..., object],
    table_only: bool = False,
) -> QAction:
    """A toolbar action of `page`.

    `table_only` shortcuts (Enter, Delete) act on the table alone, so that Enter in a
    search box never opens a record. The others are window-wide while the page is shown
    (a hidden page's shortcuts sleep), so Ctrl+N works wherever the focus is.
    """
    action = QAction(text, page)
    if shortcut is not None:
        action.setShortcut(shortcut)
        if table_only:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            table.addAction(action)
        else:
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            page.addAction(action)
    action.triggered.connect(slot)
    toolbar.addAction(action)
    return action
