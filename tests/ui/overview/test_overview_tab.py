"""The Overview tab in the main window: the demo year's figures, and each one opening
the tab behind it on the right year, filter and row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from rocb_desk.services.office import Office
from rocb_desk.ui.main_window import MainWindow
from rocb_desk.ui.overview.cards import Link


@pytest.fixture
def window(qtbot, demo_office: Office) -> MainWindow:
    from tests.services.test_overview import register_request

    register_request(demo_office)  # an incoming letter waiting for an answer
    main = MainWindow(demo_office)
    qtbot.addWidget(main)
    main.resize(1280, 760)
    main.show()
    qtbot.waitUntil(lambda: main.overview_tab.figures is not None)  # read off the window's thread
    return main


def _figure(window: MainWindow, name: str) -> Link:
    link = window.overview_tab.findChild(Link, name)
    assert link is not None, name
    return link


def _click(qtbot, link: Link) -> None:
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)


def test_the_window_opens_on_the_overview_of_the_demo_year(window: MainWindow):
    tab = window.overview_tab
    assert window.tabs.currentWidget() is tab
    assert tab.year_combo.currentText() == "2020/2021"
    assert _figure(window, "closingFigure").text() == "51,761.34 €"
    assert _figure(window, "receivedFigure").text() == "63,957.82 €"
    assert _figure(window, "eventsFigure").text() == "14"
    assert _figure(window, "role_financially_supportedFigure").text() == "<b>8</b>"
    assert _figure(window, "activitiesFigure").text() == "27"
    assert _figure(window, "status_ongoingFigure").text() == "<b>24</b>"
    assert _figure(window, "lettersInFigure").text() == "<b>4</b>"  # the demo's 3 and a request
    assert _figure(window, "lettersOutFigure").text() == "<b>9</b>"
    assert "<b>9,919.79 €</b>" in _figure(window, "chapter2Figure").text()
    texts = [label.text() for label in tab.findChildren(QLabel)]
    assert "<b>12,196.48 €</b>" in texts  # expenditure
    attention = tab.attention_texts()
    assert "Contributions outstanding (17)" in attention
    assert any(text.startswith("Andorra owes 1,750.00 €") for text in attention)
    assert any(text.startswith("IN-2021/4 of 2021-02-10") for text in attention)


def test_the_balance_opens_the_ledger_of_the_year(qtbot, window: MainWindow):
    _click(qtbot, _figure(window, "closingFigure"))
    assert window.tabs.currentWidget() is window.books_tab
    ledger = window.books_tab.ledger
    assert window.books_tab.pages.currentWidget() is ledger
    assert ledger.year_combo.currentData() == 2020


def test_a_chapter_opens_its_entries(qtbot, window: MainWindow):
    _click(qtbot, _figure(window, "chapter3Figure"))
    ledger = window.books_tab.ledger
    assert window.tabs.currentWidget() is window.books_tab
    assert ledger.chapter_combo.currentData() == 3
    assert ledger.kind_combo.currentData() == "expense"


def test_contributions_and_a_member_open_the_contributions_grid(qtbot, window: MainWindow):
    tab = window.overview_tab
    _click(qtbot, _figure(window, "receivedFigure"))
    books = window.books_tab
    assert window.tabs.currentWidget() is books
    assert books.pages.currentWidget() is books.contributions
    window.tabs.setCurrentWidget(tab)
    row = next(r for r, text in enumerate(tab.attention_texts()) if text.startswith("Andorra owes"))
    tab.attention_list.clicked.emit(tab.attention_model.index(row, 0))
    assert window.tabs.currentWidget() is books
    member_id = books.contributions.selected_member_id()
    assert member_id is not None
    assert any(m.member_id == member_id and m.name == "Andorra" for m in tab.figures.owing)


def test_a_role_opens_the_events_register_on_that_role(qtbot, window: MainWindow):
    _click(qtbot, _figure(window, "role_financially_supportedFigure"))
    register = window.events_tab.register
    assert window.tabs.currentWidget() is window.events_tab
    assert register.year_combo.currentData() == 2020
    assert register.role_combo.currentData() == "financially_supported"
    assert register.model.rowCount() == 8


def test_the_work_plan_opens_on_the_year_and_attention(qtbot, window: MainWindow):
    _click(qtbot, _figure(window, "activitiesFigure"))
    review = window.workplan_tab.review
    assert window.tabs.currentWidget() is window.workplan_tab
    assert review.selected_year() == 2020
    assert not review.attention_check.isChecked()
    window.tabs.setCurrentWidget(window.overview_tab)
    _click(qtbot, window.overview_tab.attention_card.title)
    assert window.tabs.currentWidget() is window.workplan_tab
    assert review.attention_check.isChecked()
    _click(qtbot, _figure(window, "status_ongoingFigure"))
    assert window.workplan_tab.pages.currentWidget() is window.workplan_tab.chart


def test_letters_open_the_register_and_an_unanswered_letter_itself(qtbot, window: MainWindow):
    tab = window.overview_tab
    _click(qtbot, _figure(window, "lettersInFigure"))
    page = window.letters_tab.search
    assert window.tabs.currentWidget() is window.letters_tab
    assert page.direction_combo.currentData() == "in"
    window.tabs.setCurrentWidget(tab)
    row = next(r for r, text in enumerate(tab.attention_texts()) if text.startswith("IN-2021/4"))
    tab.attention_list.activated.emit(tab.attention_model.index(row, 0))
    assert window.tabs.currentWidget() is window.letters_tab
    assert page.selected_letter_id() == tab.figures.unanswered[0].id


def test_the_figures_follow_changes_made_in_the_other_tabs(qtbot, window: MainWindow):
    from datetime import date

    from rocb_desk.services.books import ledger

    window.tabs.setCurrentWidget(window.books_tab)
    ledger.post(
        window.office,
        {"date": date(2020, 6, 1), "type": "expense", "code": "2.1", "amount": "100.00"},
    )
    with qtbot.waitSignal(window.overview_tab.loaded):
        window.tabs.setCurrentWidget(window.overview_tab)  # shown again: read again
    assert _figure(window, "closingFigure").text() == "51,661.34 €"


def test_figures_read_after_the_user_left_the_tab_are_drawn_when_it_is_back(
    qtbot, window: MainWindow
):
    from datetime import date

    from rocb_desk.services.books import ledger

    tab = window.overview_tab
    drawn = _figure(window, "closingFigure")
    tab.figures = None
    tab.reload()  # a read starts...
    window.tabs.setCurrentWidget(window.books_tab)  # ...and the user moves on before it ends
    qtbot.waitUntil(lambda: tab.figures is not None)
    assert _figure(window, "closingFigure") is drawn  # nothing made again behind the tab
    ledger.post(
        window.office,
        {"date": date(2020, 6, 1), "type": "expense", "code": "2.1", "amount": "100.00"},
    )
    with qtbot.waitSignal(tab.loaded):
        window.tabs.setCurrentWidget(tab)
    assert _figure(window, "closingFigure").text() == "51,661.34 €"


def test_the_year_is_kept_when_the_language_changes(window: MainWindow):
    window.overview_tab.set_year(2026)
    window.set_language("ru")
    assert window.overview_tab.year_combo.currentData() == 2026
    assert window.tabs.currentWidget() is window.overview_tab


def test_an_overview_made_behind_another_tab_draws_its_figures_when_first_shown(
    qtbot, demo_office: Office
):
    main = MainWindow(demo_office)
    qtbot.addWidget(main)
    main.tabs.setCurrentWidget(main.books_tab)  # the window opens on the books
    main.show()
    tab = main.overview_tab  # made now, behind the books: its figures are read...
    qtbot.waitUntil(lambda: tab.figures is not None)
    main.tabs.setCurrentWidget(tab)  # ...and drawn when it is first looked at
    assert _figure(main, "closingFigure").text() == "51,761.34 €"
