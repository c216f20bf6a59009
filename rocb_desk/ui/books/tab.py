"""The Bookkeeping tab: the ledger, the contributions grid, the budget and the charts.

The ledger opens first; the other pages read the books only when they are shown, so the
tab costs about what the ledger costs, and choosing a year in the ledger reads only the
ledger (the hidden pages note the year and read it when they are next looked at).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from ...services.office import Office
from .budget_view import BudgetView
from .charts import ContributionsTrendChart, ExpenditureChart
from .grids import ContributionsView
from .ledger_page import LedgerPage


class BooksTab(QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("booksTab")
        self.ledger = LedgerPage(office, self)
        self.contributions = ContributionsView(office, self)
        self.budget = BudgetView(office, self)
        self.expenditure_chart = ExpenditureChart(office, self)
        self.trend_chart = ContributionsTrendChart(office, self)
        charts = QWidget()
        charts_layout = QHBoxLayout(charts)
        charts_layout.addWidget(self.expenditure_chart, 3)
        charts_layout.addWidget(self.trend_chart, 2)

        self.pages = QTabWidget(objectName="booksPages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.ledger, self.tr("Ledger"))
        self.pages.addTab(self.contributions, self.tr("Contributions"))
        self.pages.addTab(self.budget, self.tr("Budget"))
        self.pages.addTab(charts, self.tr("Charts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.ledger.booksChanged.connect(self.refresh_views)
        self.ledger.year_combo.currentIndexChanged.connect(self._follow_year)
        self._follow_year()

    def _follow_year(self, *_args: object) -> None:
        """The budget and the charts show the year the ledger is filtered on (a hidden one
        reads it when it is shown)."""
        year = self.ledger.selected_year()
        if year is None:
            return
        for view in (self.budget, self.expenditure_chart, self.trend_chart):
            view.set_year(year)

    def refresh_views(self) -> None:
        """The books changed: the page shown reads them now, the others when shown."""
        for view in (self.contributions, self.budget, self.expenditure_chart, self.trend_chart):
            view.reload()
