"""Two small grids of the books: who contributed in which year, and the budget against actual.

Both tables are tiny (about fifty members by at most six years; a few dozen budget items),
so each model holds every row a service returned and the views size columns from them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...domain.books import ContributionStatus
from ...domain.errors import OfficeError
from ...domain.fiscal import FinancialYear
from ...domain.money import format_money, parse_money, to_cents
from ...i18n import current_language, error_text
from ...services import directory
from ...services.books import budget, contributions, ledger_query
from ...services.books.budget import BudgetRow
from ...services.books.contributions import MemberYear
from ...services.office import Office
from ..hub import hub
from ..messages import show_refusal

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # a contribution cell's ContributionStatus
Index = QModelIndex | QPersistentModelIndex
ZERO = Decimal("0.00")
SHOWN_YEARS = 6
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

# Status hues, mixed into the palette's base colour so a light and a dark theme both
# get a soft tint with their own text colour still readable on it.
_HUES = {
    ContributionStatus.PAID: QColor(76, 175, 80),
    ContributionStatus.PARTIAL: QColor(255, 179, 0),
    ContributionStatus.NOT_PAID: QColor(229, 57, 53),
}


def _dark_palette() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def status_colour(status: ContributionStatus) -> QColor:
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    hue = _HUES[status]
    share = 0.45 if _dark_palette() else 0.32
    return QColor(
        round(base.red() + (hue.red() - base.red()) * share),
        round(base.green() + (hue.green() - base.green()) * share),
        round(base.blue() + (hue.blue() - base.blue()) * share),
    )


def over_budget_colour() -> QColor:
    return QColor("#ff8a80") if _dark_palette() else QColor("#c62828")


def latest_year(office: Office) -> FinancialYear:
    """The last year kept in the books, or the running year of a new office."""
    kept = ledger_query.known_years(office)
    return kept[-1] if kept else FinancialYear.of(date.today())


def shown_years(kept: list[FinancialYear], selected: FinancialYear | None) -> list[FinancialYear]:
    """The kept years and the selected one, the last six of them (the selected one kept in)."""
    years = sorted(set(kept) | ({selected} if selected else set()))
    if selected is not None and selected not in years[-SHOWN_YEARS:]:
        years = [year for year in years if year <= selected]
    return years[-SHOWN_YEARS:]


# --- contributions ------------------------------------------------------------------------


class ContributionsModel(QAbstractTableModel):
    """Member administrations by financial year: paid per cell, arrears in the last column."""

    NAME = 0  # then one column per year, then ARREARS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.members: list[tuple[int, str]] = []
        self.years: list[FinancialYear] = []
        self.cells: dict[int, list[MemberYear]] = {}
        self.arrears: dict[int, Decimal] = {}

    @property
    def arrears_column(self) -> int:
        return len(self.years) + 1

    def set_grid(
        self,
        members: list[tuple[int, str]],
        years: list[FinancialYear],
        cells: dict[int, list[MemberYear]],
        arrears: dict[int, Decimal],
    ) -> None:
        self.beginResetModel()
        self.members = [(member_id, name) for member_id, name in members if member_id in cells]
        self.years, self.cells, self.arrears = years, cells, arrears
        self.endResetModel()

    def year_column(self, year: FinancialYear) -> int:
        return self.years.index(year) + 1

    def row_of(self, member_id: int) -> int:
        return next((i for i, (mid, _name) in enumerate(self.members) if mid == member_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.years) + 2

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802 - Qt API
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.NAME:
                return self.tr("Member administration")
            if section == self.arrears_column:
                return self.tr("Arrears")
            return self.years[section - 1].name
        if role == Qt.ItemDataRole.ToolTipRole and section == self.arrears_column and self.years:
            return self.tr("Outstanding over every year kept in the books up to {year}").format(
                year=self.years[-1].name
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        member_id, name = self.members[index.row()]
        column = index.column()
        lang = current_language()
        if column == self.NAME:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return name
            return index.row() if role == SORT_ROLE else None  # the service's name order
        if column == self.arrears_column:
            owed = self.arrears.get(member_id, ZERO)
            if role == Qt.ItemDataRole.DisplayRole:
                return format_money(owed, lang)
            if role == SORT_ROLE:
                return to_cents(owed)
            return RIGHT if role == Qt.ItemDataRole.TextAlignmentRole else None
        cell = self.cells[member_id][column - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_money(cell.paid, lang)
        if role == SORT_ROLE:
            return to_cents(cell.paid)
        if role == STATUS_ROLE:
            return cell.status
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and (cell.due or cell.paid):
            return QBrush(status_colour(cell.status))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Paid {paid} of {due}; outstanding {outstanding}").format(
                paid=format_money(cell.paid, lang),
                due=format_money(cell.due, lang),
                outstanding=format_money(cell.outstanding, lang),
            )
        return None


class ContributionsView(QWidget):
    """Who paid what in the last kept years, what each still owes, and the year's count."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.year: FinancialYear | None = None  # None: the latest year kept in the books
        self.setObjectName("contributionsView")

        self.model = ContributionsModel(self)
        self.proxy = QSortFilterProxyModel(self)  # fifty rows: sorting in Qt is fine
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        self.table = QTableView()
        self.table.setObjectName("contributionsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ContributionsModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

        self.footer = QLabel()
        self.footer.setObjectName("contributionsFooter")
        legend = QHBoxLayout()
        legend.addWidget(self.footer, 1)
        for status, text in (
            (ContributionStatus.PAID, self.tr("paid")),
            (ContributionStatus.PARTIAL, self.tr("partly paid")),
            (ContributionStatus.NOT_PAID, self.tr("not paid")),
        ):
            swatch = QLabel(text)
            swatch.setContentsMargins(8, 2, 8, 2)
            swatch.setAutoFillBackground(True)
            palette = swatch.palette()
            palette.setColor(QPalette.ColorRole.Window, status_colour(status))
            palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Text))
            swatch.setPalette(palette)
            legend.addWidget(swatch)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(legend)
        hub.directoryChanged.connect(self._on_directory_changed)
        self.reload()

    def set_year(self, year: FinancialYear | None) -> None:
        self.year = year
        self.reload()

    def years(self) -> list[FinancialYear]:
        return list(self.model.years)

    def reload(self) -> None:
        lang = current_language()
        try:
            years = shown_years(ledger_query.known_years(self.office), self.year)
            members = directory.member_choices(self.office, lang)
            cells = contributions.contribution_grid(self.office, years) if years else {}
            owed = (
                {mid: contributions.arrears(self.office, mid, years[-1]) for mid, _ in members}
                if years
                else {}
            )
            focus = self.year or (years[-1] if years else None)
            if focus is not None:
                count = contributions.contributing_members(self.office, [focus])[focus]
                total = contributions.contributions_total(self.office, focus)
        except OfficeError as error:
            show_refusal(self, error)
            return
        self.model.set_grid(members, years, cells, owed)
        self._size_columns()
        if focus is None:
            self.footer.setText(self.tr("No financial year is kept in the books yet."))
        else:
            self.footer.setText(
                self.tr("%n contributing member(s) in {year}, total {total}", "", count).format(
                    year=focus.name, total=format_money(total, lang)
                )
            )

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()  # fifty rows: measuring them all is cheap
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ContributionsModel.NAME, min(header.sectionSize(0) + 16, 320))

    def _on_directory_changed(self, key: str) -> None:
        if key == "members":
            self.reload()


# --- budget -----------------------------------------------------------------------------


@dataclass(frozen=True)
class BudgetLine:
    """One row of the budget table: an item, a chapter's subtotal or the grand total."""

    kind: str  # item, chapter, total
    code: str
    name: str
    figures: BudgetRow


class BudgetModel(QAbstractTableModel):
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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else 6

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802 - Qt API
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

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


class BudgetView(QWidget):
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.reload()

    def year(self) -> FinancialYear | None:
        start = self.year_combo.currentData()
        return FinancialYear(start) if start is not None else None

    def set_year(self, year: FinancialYear) -> None:
        if self.year_combo.findData(year.start_year) < 0:
            self._fill_years([*self._combo_years(), year], year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(year.start_year))
        self._load_rows()

    def reload(self) -> None:
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
