"""The Bookkeeping tab: the pages behind the ledger read the books only when they are shown,
and whatever is shown holds the books as they are."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services.books import budget, contributions, ledger
from rocb_desk.services.office import Office
from rocb_desk.ui.books.budget_view import BudgetModel
from rocb_desk.ui.books.grids import ContributionsModel
from rocb_desk.ui.books.tab import BooksTab


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)


@pytest.fixture
def reads(monkeypatch) -> Counter[str]:
    """How often each page's reading of the books runs."""
    counted: Counter[str] = Counter()

    def spy(module: Any, name: str) -> None:
        real: Callable[..., Any] = getattr(module, name)

        def counting(*args: Any, **kwargs: Any) -> Any:
            counted[name] += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, counting)

    spy(budget, "budget_against_actual")  # the budget page and the expenditure chart
    spy(contributions, "grid_and_arrears")  # the contributions page
    spy(contributions, "contributing_members")  # the contributions page and the trend chart
    return counted


@pytest.fixture
def tab(qtbot, demo_office: Office, reads: Counter[str]) -> BooksTab:
    books = BooksTab(demo_office)
    qtbot.addWidget(books)
    books.resize(1200, 700)
    books.show()
    qtbot.waitExposed(books)
    return books


def _choose_ledger_year(tab: BooksTab, name: str) -> None:
    combo = tab.ledger.year_combo
    combo.setCurrentIndex(combo.findText(name))


def _budget_total(tab: BooksTab, column: int) -> str:
    model = tab.budget.model
    return model.index(model.rowCount() - 1, column).data()


def test_the_tab_opens_on_the_ledger_reading_nothing_else(tab: BooksTab, reads) -> None:
    assert tab.pages.currentWidget() is tab.ledger
    _choose_ledger_year(tab, "2020/2021")
    _choose_ledger_year(tab, "2021/2022")
    assert sum(reads.values()) == 0  # the year is noted by the budget and charts, not read
    assert tab.budget.is_stale() and tab.contributions.is_stale()
    assert tab.budget.model.rowCount() == 0


def test_an_entry_posted_behind_the_budget_is_in_it_when_shown(
    tab: BooksTab, reads, demo_office: Office
) -> None:
    _choose_ledger_year(tab, "2020/2021")
    ledger.post(
        demo_office,
        {"date": date(2020, 10, 1), "type": "expense", "code": "2.1", "amount": "100.00"},
    )
    tab.ledger.booksChanged.emit()  # as the ledger says after any change it makes
    assert reads["budget_against_actual"] == 0

    tab.pages.setCurrentWidget(tab.budget)
    assert reads["budget_against_actual"] == 1  # read once, as it is shown
    assert tab.budget.year_combo.currentText() == "2020/2021"  # the ledger's year
    assert _budget_total(tab, BudgetModel.ACTUAL) == "12,296.48"  # 12,196.48 and the entry

    # Shown, it follows the books at once; the charts behind it still wait.
    ledger.post(
        demo_office,
        {"date": date(2020, 10, 2), "type": "expense", "code": "2.1", "amount": "3.52"},
    )
    tab.ledger.booksChanged.emit()
    assert _budget_total(tab, BudgetModel.ACTUAL) == "12,300.00"
    assert reads["budget_against_actual"] == 2

    tab.pages.setCurrentIndex(tab.pages.indexOf(tab.expenditure_chart.parentWidget()))
    assert tab.expenditure_chart.title() == "Expenditure by chapter, 2020/2021"
    assert tab.expenditure_chart.bar_labels()[1] == "10,023.31"  # 9,919.79 + 103.52
    assert tab.trend_chart.bar_labels()[-1] == "37"


def test_a_contribution_posted_behind_the_grid_is_in_it_when_shown(
    tab: BooksTab, reads, demo_office: Office
) -> None:
    ledger.post(
        demo_office,
        {
            "date": date(2020, 11, 1),
            "type": "income",
            "code": "contribution",
            "amount": "750.00",
            "counterparty": "Kyrgyzstan",
        },
    )
    tab.ledger.booksChanged.emit()
    assert reads["grid_and_arrears"] == 0

    tab.pages.setCurrentWidget(tab.contributions)
    assert reads["grid_and_arrears"] == 1  # every member's arrears with the grid, at once
    view = tab.contributions
    model = view.model
    names = [model.index(r, ContributionsModel.NAME).data() for r in range(model.rowCount())]
    row = names.index("Kyrgyzstan")
    paid = model.index(row, model.year_column(FinancialYear(2020)))
    assert paid.data() == "1,750.00"  # 1,000.00 and the 750.00 just posted
    assert model.index(row, model.arrears_column).data() == "1,750.00"  # 2021/2022 only
    assert view.footer.text() == "0 contributing members in 2021/2022, total 0.00"
