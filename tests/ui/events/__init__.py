"""The Events tab driven through its widgets, offscreen, on the demo office's events."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def on_dialog(act) -> None:  # noqa: ANN001
    """Run `act` on the modal dialog about to open, once it is up: work before it (a
    file read to preview) may run in the background with the event loop turning."""
    timer = QTimer(QApplication.instance(), interval=5)

    def tick() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.objectName() != "backgroundProgress":
            timer.stop()
            timer.deleteLater()
            act(dialog)

    timer.timeout.connect(tick)
    timer.start()
