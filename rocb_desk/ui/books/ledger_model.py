"""The ledger as a Qt model that reads from the database only the pages the view shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from ...domain.books import INCOME_KIND_LABELS, IncomeKind
from ...domain.money import format_money
from ...i18n import current_language, translate
from ...services.books.ledger_query import (
    LedgerFilter,
    LedgerLine,
    fetch_lines,
    position_of,
    summary,
)
from ...services.books.year_sums import Sum
from ...services.office import Office
from ..models import Index
from ..paging import PagedTableModel

DATE, VOUCHER, TYPE, ITEM, DESCRIPTION, COUNTERPARTY, METHOD, INCOME, EXPENSE = range(9)
ANSWERED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
TEXTS_KEPT = 5000  # lines whose shown words are kept: a few screens' worth, many times over
SORT_KEYS = {
    DATE: "date",
    VOUCHER: "voucher",
    TYPE: "kind",
    ITEM: "item",
    DESCRIPTION: "description",
    COUNTERPARTY: "counterparty",
    INCOME: "amount",
    EXPENSE: "amount",
}


class LedgerTableModel(PagedTableModel):
    def __init__(self, office: Office, parent: Any = None) -> None:
        super().__init__(parent)
        self.office = office
        # None until the page chooses them: the view's sorting set up before that asks
        # for no count of every line of every year.
        self.filters: LedgerFilter | None = None
        self.order, self.descending = "date", False
        self._texts: dict[int, tuple[str, ...]] = {}
        # What the filters show, counted and added up in the same read as the count.
        self.shown = Sum()
        self._greyed = QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Voucher"),
            self.tr("Type"),
            self.tr("Item"),
            self.tr("Description"),
            self.tr("Counterparty"),
            self.tr("Method"),
            self.tr("Income"),
            self.tr("Expenditure"),
        ]

    def set_filters(self, filters: LedgerFilter) -> None:
        self.filters = filters
        self.reload()

    def count_rows(self) -> int:
        self._texts.clear()  # an edit may have changed any line's words
        self.shown = Sum() if self.filters is None else summary(self.office, self.filters)
        return self.shown.lines

    def fetch_page(self, start: int, count: int) -> list[LedgerLine]:
        if self.filters is None:
            return []
        return fetch_lines(
            self.office,
            self.filters,
            start,
            count,
            total=self.total,
            lang=current_language(),
            order=self.order,
            descending=self.descending,
        )

    def find_row(self, key: int) -> int:
        if self.filters is None:
            return -1
        return position_of(
            self.office,
            self.filters,
            key,
            lang=current_language(),
            order=self.order,
            descending=self.descending,
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the database's job: the model asks again in the new order."""
        self.order = SORT_KEYS.get(column, "date")
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for every role of every cell at each repaint: the roles nothing answers
        # are turned away before the line is looked up, and a line's texts are made once.
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        line = self.line_at(index.row())
        if line is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._texts.get(line.id)
            if texts is None:
                if len(self._texts) > TEXTS_KEPT:
                    self._texts.clear()
                texts = self._texts[line.id] = tuple(self._text(line, c) for c in range(9))
            return texts[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in (INCOME, EXPENSE) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._greyed if line.locked else None
        if line.locked:
            return self.tr("The financial year of this entry is closed.")
        if line.reversal_of_id:
            return self.tr("Reversal of an entry of a closed year.")
        return None

    def _text(self, line: LedgerLine, column: int) -> str:
        lang = current_language()
        if column == DATE:
            return line.entry_date.isoformat()
        if column == VOUCHER:
            return line.voucher
        if column == TYPE:
            return self.tr("Income") if line.kind == "income" else self.tr("Expense")
        if column == ITEM:
            if line.item_code:
                return line.item_code
            kind = IncomeKind(line.income_kind) if line.income_kind else IncomeKind.OTHER
            return translate("Books", INCOME_KIND_LABELS[kind])
        if column == DESCRIPTION:
            return line.description
        if column == COUNTERPARTY:
            return line.counterparty
        if column == METHOD:
            return self.tr("Bank") if line.method == "bank" else self.tr("Cash")
        if column == INCOME:
            return format_money(line.amount, lang) if line.kind == "income" else ""
        if column == EXPENSE:
            return format_money(line.amount, lang) if line.kind == "expense" else ""
        return ""
