"""The budget of a year against what was spent, with planned amounts edited in place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...domain.access import Permission
from ...domain.errors import OfficeError
from ...domain.fiscal import FinancialYear
from ...domain.money import format_money, parse_money
from ...i18n import current_language, error_text
from ...services.books import budget, ledger_query
from ...services.books.budget import BudgetRow
from ...services.office import Office
from ..hub import hub
from ..messages import show_refusal
from ..models import TitledTableModel
from ..shown import LoadsWhenShown
from ..trust.permissions import grey_out_widgets
from . import settings_dialogs
from .grids import RIGHT, ZERO, Index, over_budget_colour


@dataclass(frozen=True)
class BudgetLine:
    """One row of the budget table: an item, a chapter's subtotal or the grand total."""

    kind: str  # item, chapter, total
    code: str
    name: str
    figures: BudgetRow


class BudgetModel(TitledTableModel):
    CODE, NAME, PLANNED, ACTUAL, VARIANCE, USED = range(6)

    def __init__(self, save: Callable[[str, str], bool] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.save = save  # (item code, typed text) -> stored; refusals are the saver's to show
        self.lines: list[BudgetLine] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Item"),
            self.tr("Planned"),
            self.tr("Actual"),
            self.tr("Variance"),
            self.tr("% used"),
        ]

    def set_rows(self, rows: list[BudgetRow], chapters: dict[int, str]) -> None:
        lang = current_language()
        lines: list[BudgetLine] = []
        totals = budget.chapter_totals(rows)
        for number, (planned, actual) in totals.items():
            for row in rows:
                if row.chapter == number:
                    name = row.name_ru if lang == "ru" and row.name_ru else row.name_en
                    lines.append(BudgetLine("item", row.code, name, row))
            name = self.tr("Total {chapter}").format(
                chapter=chapters.get(number, self.tr("chapter {number}").format(number=number))
            )
            lines.append(
                BudgetLine(
                    "chapter", str(number), name, BudgetRow(number, "", "", "", planned, actual)
                )
            )
        planned = sum((p for p, _a in totals.values()), ZERO)
        actual = sum((a for _p, a in totals.values()), ZERO)
        lines.append(
            BudgetLine(
                "total", "", self.tr("Total budget"), BudgetRow(0, "", "", "", planned, actual)
            )
        )
        if [line.code for line in lines] == [line.code for line in self.lines]:
            # The same items again (after an edit): refresh in place, keeping the view's state.
            self.lines = lines
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(lines) - 1, self.columnCount() - 1)
            )
        else:
            self.beginResetModel()
            self.lines = lines
            self.endResetModel()

    def row_of(self, code: str) -> int:
        return next(
            (i for i, line in enumerate(self.lines) if line.kind == "item" and line.code == code),
            -1,
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (
            index.isValid()
            and index.column() == self.PLANNED
            and self.lines[index.row()].kind == "item"
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        figures = line.figures
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.EditRole and column == self.PLANNED:
            # Ungrouped, so that the text given back parses as it stands.
            text = f"{figures.planned:.2f}"
            return text.replace(".", ",") if current_language() == "ru" else text
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.PLANNED:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and line.kind != "item":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and line.kind != "item":
            return QBrush(QApplication.palette().color(QPalette.ColorRole.AlternateBase))
        over = figures.actual > figures.planned
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and over
            and column in (self.ACTUAL, self.VARIANCE)
        ):
            return QBrush(over_budget_colour())
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.PLANNED and line.kind == "item":
                return self.tr("Double-click to change the planned amount.")
            if over and column in (self.ACTUAL, self.VARIANCE):
                return self.tr("Over budget by {amount}").format(
                    amount=format_money(-figures.variance, current_language())
                )
        return None

    def _text(self, line: BudgetLine, column: int) -> str:
        lang = current_language()
        figures = line.figures
        if column == self.CODE:
            return line.code if line.kind == "item" else ""
        if column == self.NAME:
            return line.name
        if column == self.PLANNED:
            return format_money(figures.planned, lang)
        if column == self.ACTUAL:
            return format_money(figures.actual, lang)
        if column == self.VARIANCE:
            return format_money(figures.variance, lang)
        used = figures.used_percent
        return "" if used is None else f"{format_money(used, lang)} %"

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt API
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not self.flags(index) & Qt.ItemFlag.ItemIsEditable
            or self.save is None
        ):
            return False
        return self.save(self.lines[index.row()].code, str(value))


class BudgetView(LoadsWhenShown, QWidget):
    """The budget of a year against what was spent; planned amounts are edited in place."""

    plannedChanged = Signal()  # noqa: N815 - Qt signal naming; after a planned amount is stored

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setObjectName("budgetView")

        self.year_combo = QComboBox()
        self.year_combo.setObjectName("budgetYearCombo")
        self.year_combo.currentIndexChanged.connect(self._year_chosen)
        year_label = QLabel(self.tr("&Financial year:"))
        year_label.setBuddy(self.year_combo)

        self.model = BudgetModel(self._save_planned, self)
        self.table = QTableView()
        self.table.setObjectName("budgetTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)

        hint = QLabel(self.tr("Double-click a planned amount to change it."))
        hint.setObjectName("budgetHint")
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_combo)
        top.addStretch(1)
        top.addWidget(hint)
        add_item = QPushButton(self.tr("&New item…"), objectName="addItemButton")
        add_item.clicked.connect(self.add_item)
        # The budget is the books' work: without BOOKS it is shown, not edited.
        if not grey_out_widgets(office, Permission.BOOKS, add_item):
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            hint.hide()
        top.addWidget(add_item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.reload()

    def year(self) -> FinancialYear | None:
        start = self.year_combo.currentData()
        return FinancialYear(start) if start is not None else None

    def add_item(self) -> None:
        if settings_dialogs.run(settings_dialogs.AddItemDialog(self.office, self)):
            self.reload()

    def set_year(self, year: FinancialYear) -> None:
        """Show `year` (the ledger's): chosen at once, read when the page is shown."""
        if self.year_combo.findData(year.start_year) < 0:
            self._fill_years([*self._combo_years(), year], year)
        else:
            self.year_combo.blockSignals(True)  # one read below, not one per signal
            self.year_combo.setCurrentIndex(self.year_combo.findData(year.start_year))
            self.year_combo.blockSignals(False)
        self.reload()

    def _load(self) -> None:
        try:
            kept = ledger_query.known_years(self.office)
        except OfficeError as error:
            show_refusal(self, error)
            return
        years = kept + [kept[-1].next()] if kept else [FinancialYear.of(date.today())]
        selected = self.year() or (kept[-1] if kept else years[0])
        self._fill_years([*years, selected], selected)
        self._load_rows()

    def _combo_years(self) -> list[FinancialYear]:
        return [FinancialYear(self.year_combo.itemData(i)) for i in range(self.year_combo.count())]

    def _fill_years(self, years: list[FinancialYear], selected: FinancialYear) -> None:
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in sorted(set(years)):
            self.year_combo.addItem(year.name, year.start_year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(selected.start_year))
        self.year_combo.blockSignals(False)

    def _year_chosen(self, _index: int) -> None:
        self._load_rows()

    def _load_rows(self) -> None:
        year = self.year()
        if year is None:
            return
        try:
            rows = budget.budget_against_actual(self.office, year)
            names = budget.chapter_names(self.office, current_language())
        except OfficeError as error:
            show_refusal(self, error)
            return
        self.model.set_rows(rows, names)
        self._size_columns()

    def _size_columns(self) -> None:
        # Two dozen rows: measured whole. The item name takes what is left; the figures
        # keep room for six digits so that an edited amount still fits.
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        money = self.fontMetrics().horizontalAdvance("000,000.00") + 16
        for column in (BudgetModel.PLANNED, BudgetModel.ACTUAL, BudgetModel.VARIANCE):
            header.resizeSection(column, max(header.sectionSize(column), money))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(BudgetModel.NAME, QHeaderView.ResizeMode.Stretch)

    def _save_planned(self, code: str, text: str) -> bool:
        year = self.year()
        if year is None:
            return False
        # Russian writes the decimals after a comma and never groups with one.
        typed = text.replace(",", ".") if current_language() == "ru" else text
        try:
            amount = parse_money(typed)
            budget.set_planned(self.office, year, {code: amount})
        except OfficeError as error:
            self._show_refusal_at(code, error_text(error))
            return False
        self._load_rows()
        self.plannedChanged.emit()
        return True

    def _show_refusal_at(self, code: str, message: str) -> None:
        """The reason, shown at the refused cell rather than in a box to dismiss."""
        index = self.model.index(self.model.row_of(code), BudgetModel.PLANNED)
        rect = self.table.visualRect(index)
        where = self.table.viewport().mapToGlobal(rect.bottomLeft())
        QToolTip.showText(where, message, self.table.viewport(), rect, 10_000)
        hub.statusMessage.emit(message)
