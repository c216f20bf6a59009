"""What the window's table models share: rows a service returned, titled columns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class TitledTableModel(QAbstractTableModel):
    """Rows in `self.lines`, one column per title of `headers()`.

    The titles are translated once, when the model is made (a language change
    rebuilds the window), not each time a view asks for the column count.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[Any] = []
        self._titles: list[str] | None = None

    def headers(self) -> list[str]:
        raise NotImplementedError

    def set_lines(self, lines: list[Any]) -> None:
        """Show these rows instead of the ones shown (the views keep their columns)."""
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def titles(self) -> list[str]:
        if self._titles is None:
            self._titles = self.headers()
        return self._titles

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.titles())

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles()[section]
        return None


def file_size_text(size: int) -> str:
    """A file's size as people read it: "12 KB", "3.4 MB"."""
    from ..i18n import translate

    if size >= 1024**2:
        return translate("Files", "%1 MB").replace("%1", f"{size / 1024**2:.1f}")
    return translate("Files", "%1 KB").replace("%1", str(max(1, round(size / 1024))))
