"""The house read-only table: whole rows selected, no editing in place, one line a row,
columns sized from the font (never from the rows, which may be 200,000)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def record_table(
    model: QAbstractItemModel,
    name: str,
    widths: tuple[int, ...],
    stretch: int | None = None,
    *,
    multi: bool = False,
    fit_titles: bool = True,
) -> QTableView:
    """A table of `model`; column i is `widths[i]` digits wide, or as wide as its title
    in the user's language when `fit_titles` (else the title is elided); `stretch`
    takes the room left."""
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    digit = table.fontMetrics().horizontalAdvance("0")
    for column, chars in enumerate(widths):
        width = digit * chars
        if fit_titles:
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(width, header.fontMetrics().horizontalAdvance(title) + 28)
        header.resizeSection(column, width)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table
