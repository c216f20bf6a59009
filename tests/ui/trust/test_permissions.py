"""What an account may not do is greyed out in its window, and stays so whatever the
page's own selection code enables; the services refuse it all the same."""

from __future__ import annotations

from datetime import date

import pytest

from rocb_desk.domain.errors import OfficeError
from rocb_desk.services.books import ledger
from rocb_desk.services.office import Office


def test_a_director_sees_the_posting_actions_greyed_out_and_the_books_refuse(
    qtbot, staffed: Office, window_as
):
    window = window_as("director")
    page = window.books_tab.ledger
    window.tabs.setCurrentWidget(window.books_tab)
    before = ledger.entry_count(staffed)
    page.table.selectRow(0)  # a selection enables editing on the ledger, but not for her
    posting = (page.new_action, page.edit_action, page.delete_action, page.import_action)
    assert not any(action.isEnabled() for action in posting)
    assert not page.close_action.isEnabled() and not page.attach_action.isEnabled()
    assert page.history_action.isEnabled()  # reading the books is hers
    page.new_action.trigger()  # a shortcut pressed anyway does nothing
    with pytest.raises(OfficeError, match="may not post to the books"):
        ledger.post(
            staffed,
            {"date": date(2020, 5, 1), "type": "expense", "code": "2.1", "amount": "10.00"},
        )
    assert ledger.entry_count(staffed) == before
    review = window.workplan_tab.review  # the work plan's sign-off is hers
    review.table.selectRow(1)
    assert review.sign_action.isEnabled() and review.new_action.isEnabled()


def test_the_office_manager_posts_but_does_not_sign_off(qtbot, window_as):
    window = window_as("manager")
    page = window.books_tab.ledger
    assert page.new_action.isEnabled() and page.import_action.isEnabled()
    review = window.workplan_tab.review
    review.table.selectRow(1)
    assert not review.sign_action.isEnabled() and not review.sign_year_action.isEnabled()
    assert review.new_action.isEnabled()


def test_a_read_only_account_has_every_edit_action_greyed_out(qtbot, window_as):
    window = window_as("reader")
    search = window.letters_tab.search
    assert not search.new_action.isEnabled() and not search.import_action.isEnabled()
    greyed = [
        window.books_tab.ledger.new_action,
        window.workplan_tab.review.new_action,
        window.workplan_tab.review.edit_action,
        window.workplan_tab.needs.new_action,
        window.events_tab.premises.new_action,
        window.directory_tab.show_list("contact_points").add_action,
    ]
    assert not any(action.isEnabled() for action in greyed)
    assert not window.workplan_tab.framework.edit_button.isEnabled()
    events = window.events_tab.register
    events.table.selectRow(0)  # a chosen event would be editable, but not by a reader
    assert not events.new_action.isEnabled() and not events.edit_action.isEnabled()
    search.table.selectRow(0)
    assert search.open_action.isEnabled()  # letters are opened to be read
    assert not window.accounts_action.isEnabled()
