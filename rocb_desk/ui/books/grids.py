"""Who contributed in which year, what each still owes; shared helpers of the books grids.

Both tables are tiny (about fifty members by at most six years; a few dozen budget items),
so each model holds every row a service returned and the views size columns from them.
Each page behind the ledger reads the books only while it is shown (ui/shown.py).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.access import Permission
from ...domain.books import ContributionStatus
from ...domain.errors import OfficeError
from ...domain.fiscal import FinancialYear
from ...domain.money import format_money, to_cents
from ...i18n import current_language
from ...services import directory
from ...services.books import contributions, ledger_query
from ...services.books.contributions import MemberYear
from ...services.office import Office
from ..background import save_document
from ..hub import hub
from ..messages import show_refusal
from ..shown import LoadsWhenShown
from ..trust.permissions import grey_out_widgets

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
        # Made once per grid: measuring and painting ask each cell's text many times.
        self.texts: list[list[str]] = []
        self._brushes: dict[ContributionStatus, QBrush] = {}

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
        lang = current_language()
        self.beginResetModel()
        self.members = [(member_id, name) for member_id, name in members if member_id in cells]
        self.years, self.cells, self.arrears = years, cells, arrears
        self.texts = [
            [
                name,
                *(format_money(cell.paid, lang) for cell in cells[member_id]),
                format_money(arrears.get(member_id, ZERO), lang),
            ]
            for member_id, name in self.members
        ]
        self.endResetModel()
        self.recolour()

    def recolour(self) -> None:
        """The status tints mixed anew from the palette (on a reload, or a theme change)."""
        self._brushes = {status: QBrush(status_colour(status)) for status in _HUES}
        if self.members:
            last = self.index(len(self.members) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.BackgroundRole])

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
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts[row][column]
        member_id, name = self.members[row]
        if column == self.NAME:
            if role == Qt.ItemDataRole.ToolTipRole:
                return name
            return row if role == SORT_ROLE else None  # the service's name order
        if column == self.arrears_column:
            if role == SORT_ROLE:
                return to_cents(self.arrears.get(member_id, ZERO))
            return RIGHT if role == Qt.ItemDataRole.TextAlignmentRole else None
        cell = self.cells[member_id][column - 1]
        if role == SORT_ROLE:
            return to_cents(cell.paid)
        if role == STATUS_ROLE:
            return cell.status
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and (cell.due or cell.paid):
            return self._brushes[cell.status]
        if role == Qt.ItemDataRole.ToolTipRole:
            lang = current_language()
            return self.tr("Paid {paid} of {due}; outstanding {outstanding}").format(
                paid=format_money(cell.paid, lang),
                due=format_money(cell.due, lang),
                outstanding=format_money(cell.outstanding, lang),
            )
        return None


class ContributionsView(LoadsWhenShown, QWidget):
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

        statement = QPushButton(self.tr("Contributions &statement…"), objectName="statementButton")
        statement.setToolTip(
            self.tr("What the selected administration paid each year and still owes")
        )
        statement.clicked.connect(self.save_member_statement)
        buttons = QHBoxLayout()
        buttons.addWidget(statement)
        years_button = QPushButton(self.tr("&Years…"), objectName="yearsButton")
        years_button.setToolTip(self.tr("Standard contribution, and years kept before ROCB Desk"))
        years_button.clicked.connect(self.edit_years)
        grey_out_widgets(office, Permission.BOOKS, years_button)
        buttons.addWidget(years_button)
        buttons.addStretch(1)
        self.table.doubleClicked.connect(self.save_member_statement)
        self.footer.setWordWrap(True)  # a long count line must not widen the window

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addLayout(legend)
        hub.directoryChanged.connect(self._on_directory_changed)
        self.reload()

    def selected_member_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.members[self.proxy.mapToSource(index).row()][0]

    def save_member_statement(self, *_args: object) -> None:
        """The selected administration's contributions statement, as PDF or Word."""
        member_id = self.selected_member_id()
        if member_id is None:
            QMessageBox.information(
                self,
                self.tr("Contributions statement"),
                self.tr("Select a member administration first."),
            )
            return
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Contributions statement"),
            "contributions-statement",
            self.tr("PDF document (*.pdf);;Word document (*.docx)"),
        )
        if not path:
            return
        if not Path(path).suffix:
            path += ".pdf" if "pdf" in chosen else ".docx"
        office, lang = self.office, current_language()
        try:
            written = save_document(
                self, Path(path), lambda: contributions.member_statement(office, member_id, lang)
            )
        except OfficeError as error:
            show_refusal(self, error)
            return
        if written is not None:  # None: cancelled, and no file left behind
            hub.statusMessage.emit(self.tr("Saved %1").replace("%1", str(written)))

    def edit_years(self) -> None:
        from . import settings_dialogs

        if settings_dialogs.run(settings_dialogs.YearFiguresDialog(self.office, self)):
            self.reload()

    def set_year(self, year: FinancialYear | None) -> None:
        self.year = year
        self.reload()

    def years(self) -> list[FinancialYear]:
        return list(self.model.years)

    def _load(self) -> None:
        lang = current_language()
        try:
            years = shown_years(ledger_query.known_years(self.office), self.year)
            members = directory.member_choices(self.office, lang)
            # The grid and everyone's arrears (over all kept years) in one pass.
            read = contributions.grid_and_arrears(self.office, years, years[-1]) if years else None
            cells, owed = (read.grid, read.arrears) if read else ({}, {})
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
        """Each column as wide as its widest text or its header, as resizeColumnsToContents
        makes it, but measured from the model's texts: fifty rows cost a millisecond, where
        asking the delegate for every role of every cell costs tens."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        style = self.table.style()
        margin = 2 * (
            style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1
        )
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in range(self.model.columnCount()):
            widest = max(
                (metrics.horizontalAdvance(row[column]) for row in self.model.texts), default=0
            )
            width = max(widest + margin, header.sectionSizeHint(column))
            if column == ContributionsModel.NAME:
                width = min(width + 16, 320)
            header.resizeSection(column, width)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.model.recolour()

    def _on_directory_changed(self, key: str) -> None:
        if key == "members":
            self.reload()


# --- budget -----------------------------------------------------------------------------
