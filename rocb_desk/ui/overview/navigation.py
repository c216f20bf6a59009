"""Where a figure of the overview leads: a target the overview emits, and the way the
main window turns it into a tab shown on the right year, filter and row.

Only the tabs' public widgets and methods are used (their year combos, filters,
select_...() and set_year()); a choice a tab does not offer is simply left as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox

if TYPE_CHECKING:
    from ..main_window import MainWindow

BOOKS, EVENTS, LETTERS, WORKPLAN = "books", "events", "letters", "workplan"


@dataclass(frozen=True)
class Target:
    tab: str  # BOOKS, EVENTS, LETTERS or WORKPLAN
    year: int  # the financial year's start
    page: str = ""  # books: ledger, contributions, budget; workplan: review, chart
    chapter: int | None = None  # books: the ledger on one budget chapter
    member_id: int | None = None  # books: the member's row in the contributions grid
    role: str | None = None  # events: the register on one role of the office
    direction: str | None = None  # letters: in or out
    letter_id: int | None = None  # letters: that letter, found by its reference
    reference: str = ""
    activity_id: int | None = None  # work plan: that activity in the review
    attention: bool = False  # work plan: only the activities needing attention


def _choose(combo: QComboBox, value: object) -> bool:
    """Select `value` in `combo` if it is offered; say whether it was."""
    position = combo.findData(value)
    if position >= 0:
        combo.setCurrentIndex(position)
    return position >= 0


def go(window: MainWindow, target: Target) -> None:
    """Show the tab behind a figure (its own reload runs as it is shown), then narrow it."""
    tab = {
        BOOKS: window.books_tab,
        EVENTS: window.events_tab,
        LETTERS: window.letters_tab,
        WORKPLAN: window.workplan_tab,
    }[target.tab]
    window.tabs.setCurrentWidget(tab)
    {BOOKS: _books, EVENTS: _events, LETTERS: _letters, WORKPLAN: _workplan}[target.tab](
        window, target
    )


def _books(window: MainWindow, target: Target) -> None:
    books = window.books_tab
    ledger = books.ledger
    _choose(ledger.year_combo, target.year)  # the budget and the grid follow the ledger's year
    if target.page == "contributions":
        books.pages.setCurrentWidget(books.contributions)
        view = books.contributions
        row = view.model.row_of(target.member_id) if target.member_id is not None else -1
        if row >= 0:
            index = view.proxy.mapFromSource(view.model.index(row, 0))
            view.table.selectRow(index.row())
            view.table.scrollTo(index)
        return
    if target.page == "budget":
        books.pages.setCurrentWidget(books.budget)
        return
    books.pages.setCurrentWidget(ledger)
    _choose(ledger.kind_combo, "expense" if target.chapter is not None else None)
    _choose(ledger.chapter_combo, target.chapter)


def _events(window: MainWindow, target: Target) -> None:
    events = window.events_tab
    register = events.register
    _choose(register.year_combo, target.year)
    _choose(register.role_combo, target.role)
    events.pages.setCurrentWidget(register)


def _letters(window: MainWindow, target: Target) -> None:
    page = window.letters_tab.search
    for combo in page.combos():  # every filter open, then the direction asked for
        combo.blockSignals(True)
        _choose(combo, target.direction if combo is page.direction_combo else None)
        combo.blockSignals(False)
    page.search_edit.setText(target.reference)  # a reference finds its letter first
    page.apply_filters()
    if target.letter_id is not None:
        page.select_letter(target.letter_id)


def _workplan(window: MainWindow, target: Target) -> None:
    workplan = window.workplan_tab
    review = workplan.review
    review.set_year(target.year)
    review.attention_check.setChecked(target.attention)
    if target.activity_id is not None:
        review.select_activity(target.activity_id)
    workplan.pages.setCurrentWidget(workplan.chart if target.page == "chart" else review)
