"""The Correspondence tab in the main window: its place, its state across a language
change, its shortcuts, and the office's particulars."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from rocb_desk.services.office import Office
from rocb_desk.services.office_profile import load_profile
from rocb_desk.ui.letters import search_page as search_module
from rocb_desk.ui.letters.profile_dialog import ProfileDialog
from rocb_desk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_office: Office) -> MainWindow:
    main = MainWindow(demo_office)
    qtbot.addWidget(main)
    main.show()
    main.tabs.setCurrentWidget(main.letters_tab)
    return main


def test_the_tab_follows_the_events(window: MainWindow):
    index = window.tabs.indexOf(window.letters_tab)
    assert index == window.tabs.indexOf(window.events_tab) + 1
    assert window.tabs.tabText(index) == "&Correspondence"
    assert window.letters_tab.search.model.total == 20


def test_a_language_change_keeps_the_search_and_filters(window: MainWindow):
    page = window.letters_tab.search
    page.search_edit.setText("contact")
    page.year_combo.setCurrentIndex(page.year_combo.findData(2021))
    page.apply_filters()
    chosen = page.selected_letter_id()
    window.set_language("ru")
    page = window.letters_tab.search
    assert page.search_edit.text() == "contact"
    assert page.year_combo.currentData() == 2021
    assert page.selected_letter_id() == chosen


@pytest.mark.parametrize(
    ("keys", "opener"),
    [
        ("Ctrl+N", "LetterDialog"),
        ("Ctrl+Shift+N", "ComposerDialog"),
    ],
)
def test_shortcuts_open_the_editors(qtbot, window: MainWindow, monkeypatch, keys, opener):
    opened = []

    def edit(cls, _parent, _office, letter_id):  # noqa: ANN001, ANN202
        opened.append((cls.__name__, letter_id))
        return None, False

    monkeypatch.setattr(getattr(search_module, opener), "edit", classmethod(edit))
    key = Qt.Key.Key_N
    modifiers = Qt.KeyboardModifier.ControlModifier
    if "Shift" in keys:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    window.activateWindow()
    window.letters_tab.search.table.setFocus()
    qtbot.keyClick(window.letters_tab.search.table, key, modifiers)
    assert opened == [(opener, None)]


def test_ctrl_i_asks_for_the_archive_index(qtbot, window: MainWindow, monkeypatch):
    asked = []
    monkeypatch.setattr(
        search_module.QFileDialog,
        "getOpenFileName",
        lambda *args, **_kwargs: (asked.append(args[1]), ("", ""))[1],
    )
    window.activateWindow()
    window.letters_tab.search.table.setFocus()
    qtbot.keyClick(
        window.letters_tab.search.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier
    )
    assert asked == ["Index of the scanned archive"]


def test_the_office_particulars_are_saved(qtbot, demo_office: Office):
    dialog = ProfileDialog(demo_office)
    qtbot.addWidget(dialog)
    assert dialog.editors["website"].text() == "rocb-europe.org"
    dialog.editors["phone"].setText("+994 12 000 00 00")
    dialog.editors["address_ru"].setPlainText("Баку\nАзербайджан")
    dialog.limit_spin.setValue(40)
    dialog.save()
    profile = load_profile(demo_office)
    assert profile.phone == "+994 12 000 00 00"
    assert profile.address_ru == "Баку\nАзербайджан"
    assert profile.max_attachment_mb == 40
