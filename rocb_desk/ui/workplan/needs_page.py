"""The needs register: the capacity-building needs the administrations sent in a cycle,
and how far each got on its way to an event."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.access import Permission
from ...domain.errors import OfficeError
from ...domain.workplan import NeedPath
from ...i18n import current_language
from ...services.office import Office
from ...services.workplan import needs
from ..actions import table_page_action
from ..messages import show_refusal
from ..tables import record_table
from ..trust.permissions import grey_out, no_double_click
from .labels import fill_years, path_label
from .models import NeedModel
from .need_dialog import NeedDialog

NEED_WIDTHS = (22, 44, 26, 20, 11, 28)


class NeedsPage(QWidget):
    # Needs count in activity 1.1's indicator: the review reads the plan again.
    needsChanged = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setObjectName("needsPage")
        self.year_combo = QComboBox(objectName="needYearCombo")
        self.summary_label = QLabel(objectName="needSummaryLabel")
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reload_years()
        self.model = NeedModel(self)
        self.table = record_table(self.model, "needTable", NEED_WIDTHS, 1, fit_titles=False)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.doubleClicked.connect(self.edit_selected)

        self.toolbar = QToolBar()
        self.new_action = self._action(
            self.tr("&New need…"), QKeySequence.StandardKey.New, self.add
        )
        self.edit_action = self._action(
            self.tr("&Edit…"), QKeySequence(Qt.Key.Key_Return), self.edit_selected, True
        )
        self.edit_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.delete_action = self._action(
            self.tr("&Delete"), QKeySequence.StandardKey.Delete, self.delete_selected, True
        )
        grey_out(
            self, office, Permission.EDIT, self.new_action, self.edit_action, self.delete_action
        )
        no_double_click(office, Permission.EDIT, self.table, self.edit_selected)

        top = QHBoxLayout()
        top.setContentsMargins(6, 0, 6, 0)
        year_label = QLabel(self.tr("C&ycle"))
        year_label.setBuddy(self.year_combo)
        top.addWidget(year_label)
        top.addWidget(self.year_combo)
        top.addSpacing(12)
        top.addWidget(self.summary_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.year_combo.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.reload()

    def _action(self, text: str, shortcut, slot, table_only: bool = False) -> QAction:  # noqa: ANN001
        return table_page_action(self, self.toolbar, self.table, text, shortcut, slot, table_only)

    def reload_years(self, wanted: int | None = None) -> None:
        years = needs.need_years(self.office) or [date.today().year]
        if wanted is not None and wanted not in years:
            years = sorted({*years, wanted}, reverse=True)
        fill_years(self.year_combo, years, wanted, years[0], str)

    def selected_year(self) -> int:
        return self.year_combo.currentData()

    def set_year(self, year: int) -> None:
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(year), 0))

    def reload(self, *_args: object) -> None:
        current = self.selected_need_id()
        year = self.selected_year()
        self.model.set_lines(needs.needs_of(self.office, year, current_language()))
        summary = needs.cycle_summary(self.office, year)
        text = (
            self.tr("Needs: %1; requesting administrations: %2")
            .replace("%1", str(summary.needs))
            .replace("%2", str(summary.administrations))
        )
        if summary.by_path:
            stages = sorted(summary.by_path.items(), key=lambda item: _path_order(item[0]))
            text += " (" + ", ".join(f"{path_label(p)}: {n}" for p, n in stages) + ")"
        self.summary_label.setText(text)
        if current is not None:
            self.select_need(current)
        self._update_actions()

    def selected_need_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.lines[index.row()].id if index.isValid() else None

    def select_need(self, need_id: int) -> None:
        row = self.model.row_of(need_id)
        if row >= 0:
            self.table.selectRow(row)

    def _update_actions(self, *_args: object) -> None:
        chosen = self.selected_need_id() is not None
        self.edit_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)

    def _changed(self, need_id: int | None, year: int | None = None) -> None:
        self.reload_years(wanted=year)
        self.reload()
        if need_id is not None:
            self.select_need(need_id)
        self.needsChanged.emit()

    def add(self) -> None:
        need_id, saved = NeedDialog.edit(self, self.office, None, self.selected_year())
        if saved and need_id is not None:
            self._changed(need_id, needs.load_need(self.office, need_id).year)

    def edit_selected(self, *_args: object) -> None:
        need_id = self.selected_need_id()
        if need_id is None:
            return
        _id, saved = NeedDialog.edit(self, self.office, need_id, self.selected_year())
        if saved:
            self._changed(need_id, needs.load_need(self.office, need_id).year)

    def delete_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        line = self.model.lines[index.row()]
        question = (
            self.tr("Delete the need of %1, \u201c%2\u201d?")
            .replace("%1", line.administration)
            .replace("%2", line.topic)
        )
        if (
            QMessageBox.question(self, self.tr("Delete need"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            needs.delete_need(self.office, line.id)
        except OfficeError as error:
            show_refusal(self, error)
        self._changed(None)


def _path_order(value: str) -> int:
    values = [step.value for step in NeedPath]
    return values.index(value) if value in values else len(values)
