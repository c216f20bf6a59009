"""The Work plan tab driven through its widgets, offscreen, on the demo office's plans."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def on_dialog(act) -> None:  # noqa: ANN001
    """Run `act` on the modal dialog about to open (once the caller's exec() starts)."""
    QTimer.singleShot(0, lambda: act(QApplication.activeModalWidget()))
