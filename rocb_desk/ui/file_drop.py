"""Files given to a panel: dropped on it, or chosen in the file dialog. One place, so
the event, letter and activity panels take files the same way."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget


class DropsFiles:
    """Mixed into a panel (before its Qt class) that has `attach(paths)`; files dropped
    on it are attached when `takes_files()` says the panel can keep them now."""

    def takes_files(self) -> bool:
        return True

    def attach(self, paths: list[Path]) -> None:
        raise NotImplementedError

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if self.takes_files() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.attach([p for p in paths if p.is_file()])


def choose_documents(parent: QWidget, title: str) -> list[Path]:
    """Documents chosen in the file dialog (none when the user cancels)."""
    paths, _chosen = QFileDialog.getOpenFileNames(
        parent,
        title,
        "",
        QCoreApplication.translate(
            "Files", "Documents (*.pdf *.docx *.doc *.pptx *.ppt *.xlsx *.jpg *.png);;All files (*)"
        ),
    )
    return [Path(p) for p in paths]
