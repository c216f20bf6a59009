"""App-wide signals in one small hub, instead of passing the main window around."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Hub(QObject):
    # The key of a Directory list whose records changed (members feed every other list).
    directoryChanged = Signal(str)  # noqa: N815 - Qt signal naming
    # A message for the status bar, shown for a few seconds.
    statusMessage = Signal(str)  # noqa: N815


hub = Hub()
