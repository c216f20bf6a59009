"""The main window and the way the application opens an office."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from rocb_desk import app as desktop
from rocb_desk import i18n
from rocb_desk.services import directory
from rocb_desk.services.office import Office, open_office
from rocb_desk.ui import settings
from rocb_desk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_office: Office) -> MainWindow:
    main = MainWindow(demo_office)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.office.close()  # a restore replaces the office the fixture opened


def test_window_shows_the_directory_and_names_the_office(window: MainWindow, demo_office: Office):
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "&Overview",
        "&Bookkeeping",
        "&Events",
        "&Correspondence",
        "&Work plan",
        "&Directory",
    ]
    assert window.tabs.currentWidget() is window.overview_tab  # the window opens on it
    assert demo_office.location in window.office_label.text()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Tools", "&Language", "&Help"]


def test_geometry_is_remembered(qtbot, demo_office: Office):
    first = MainWindow(demo_office)
    qtbot.addWidget(first)
    first.resize(795, 560)
    first.show()
    first.close()
    second = MainWindow(demo_office)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (795, 560)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_window_fits_a_small_laptop_screen(qtbot, demo_office: Office, lang: str):
    i18n.install(lang)
    window = MainWindow(demo_office)
    qtbot.addWidget(window)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700


def test_switching_to_russian_rebuilds_the_window(window: MainWindow):
    window.directory_tab.show_list("rtcs").search.setText("Baku")
    window.set_language("ru")
    assert window.directory_tab.current_key() == "rtcs"  # the user's place is kept
    rtcs = window.directory_tab.page_by_key["rtcs"]
    assert rtcs.search.text() == "Baku"
    assert rtcs.proxy.index(0, 0).data() == "РУЦ Баку"  # names in the user's language
    directory_index = window.tabs.indexOf(window.directory_tab)
    assert window.tabs.tabText(directory_index).replace("&", "") == "Справочник"
    assert [a.text() for a in window.menuBar().actions()][0] == "&Файл"
    page = window.directory_tab.show_list("contact_points")
    header = page.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Администрация"
    assert i18n.preferred_language() == "ru"


def test_first_run_creates_the_office_and_offers_the_demo(qtbot, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    path = tmp_path / "first.sqlite3"
    office = desktop.open_office_interactively(str(path))
    assert office is not None
    try:
        assert directory.list_rows(office, "contact_points")  # the demo office was loaded
        assert settings.last_database() == str(path)
    finally:
        office.close()


def test_declining_the_demo_leaves_only_reference_data(qtbot, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    office = desktop.open_office_interactively(str(tmp_path / "empty.sqlite3"))
    assert office is not None
    try:
        assert directory.list_rows(office, "members")
        assert directory.list_rows(office, "contact_points") == []
    finally:
        office.close()


def _refusals(monkeypatch) -> list[str]:
    """Capture the refusal box: answer Cancel instead of blocking."""
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: None)
    return shown


def test_a_file_that_is_not_an_office_is_refused_and_kept(qtbot, tmp_path: Path, monkeypatch):
    shown = _refusals(monkeypatch)
    path = tmp_path / "report.docx"
    path.write_bytes(b"PK\x03\x04 a word file")
    assert desktop.open_office_interactively(str(path)) is None
    assert "not a SQLite file" in shown[0]
    assert path.read_bytes() == b"PK\x03\x04 a word file"


def test_an_office_open_in_another_window_opens_here_too(qtbot, office_path: Path, monkeypatch):
    """Two windows share one office file: SQLite serializes their writes."""
    shown = _refusals(monkeypatch)
    holder = open_office(str(office_path), lock=True)
    try:
        second = desktop.open_office_interactively(str(office_path))
        assert second is not None and not shown
        second.close()
    finally:
        holder.close()


def test_open_another_office_from_the_window(qtbot, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    first = open_office(str(tmp_path / "first.sqlite3"), lock=True)
    main = MainWindow(first)
    qtbot.addWidget(main)
    desktop.switch_office(main, str(tmp_path / "second.sqlite3"))
    try:
        assert main.office.location == str(tmp_path / "second.sqlite3")
        assert "second.sqlite3" in main.office_label.text()
        assert settings.last_database() == str(tmp_path / "second.sqlite3")
    finally:
        main.office.close()


def test_a_refused_office_leaves_the_previous_one_open(qtbot, tmp_path: Path, monkeypatch):
    shown = _refusals(monkeypatch)
    first = open_office(str(tmp_path / "first.sqlite3"), lock=True)
    main = MainWindow(first)
    qtbot.addWidget(main)
    not_an_office = tmp_path / "letter.pdf"
    not_an_office.write_bytes(b"%PDF-1.7 letter")
    desktop.switch_office(main, str(not_an_office))
    try:
        assert shown and main.office.location == str(tmp_path / "first.sqlite3")
        assert not_an_office.read_bytes() == b"%PDF-1.7 letter"
    finally:
        main.office.close()


def test_backup_and_restore_from_the_file_menu(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    backup = tmp_path / "from-window.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(backup), ""))
    window.backup()
    assert backup.exists()
    before = len(directory.list_rows(window.office, "partners"))
    directory.save(
        window.office, "partners", None, {"name_en": "Added after the backup", "kind": "other"}
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.office.take_writer_lock()
    window.officeRequested.connect(lambda path: desktop.switch_office(window, path))
    window.restore()
    assert len(directory.list_rows(window.office, "partners")) == before
    page = window.directory_tab.show_list("partners")
    assert page.proxy.rowCount() == before


def test_a_vanished_last_office_is_not_silently_recreated(qtbot, tmp_path: Path, monkeypatch):
    gone = tmp_path / "usb-stick" / "office.sqlite3"
    settings.remember_database(str(gone))
    asked: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        asked.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: None)  # Cancel
    assert desktop._last_or_default_office() is None
    assert str(gone) in asked[0]
    assert not gone.exists()


def test_no_remembered_office_means_the_default_one(qtbot):
    from rocb_desk.paths import default_database

    assert desktop._last_or_default_office() == default_database()


def test_every_visible_text_of_the_russian_window_is_russian(qtbot, demo_office: Office):
    """Walk the whole window in Russian: menus, toolbars, labels, headers, placeholders."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

    i18n.install("ru")
    main = MainWindow(demo_office)
    qtbot.addWidget(main)
    texts: list[str] = [main.tabs.tabText(i) for i in range(main.tabs.count())]
    texts += [a.text() for a in main.findChildren(QAction)]
    for menu_action in main.menuBar().actions():
        texts += [a.text() for a in menu_action.menu().actions()]
    texts += [w.text() for w in main.findChildren(QLabel)]
    texts += [w.text() for w in main.findChildren(QAbstractButton)]
    texts += [w.placeholderText() for w in main.findChildren(QLineEdit)]
    navigation = main.directory_tab.navigation
    texts += [navigation.item(i).text() for i in range(navigation.count())]
    for page in main.directory_tab.page_by_key.values():
        page._update_count()
        texts += [
            page.model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(page.model.columnCount())
        ]
    # Names that stay as they are in Russian: the product, the languages, file formats.
    kept = {"English", "ROCB Desk", "Excel", "Word", "ISO", "e-Training"}
    texts = [re.sub(r"<[^>]+>", "", t) for t in texts if t]  # "<b>14</b>" is a figure
    latin_only = [
        t
        for t in texts
        if t
        and any(ch.isalpha() for ch in t)  # figures ("14", "2020") are in no language
        and not any("а" <= ch.lower() <= "я" for ch in t)
        and not any(word in t for word in kept)
        and not t.startswith(("Офис", "/"))
        and demo_office.location not in t
    ]
    assert latin_only == []


def test_the_overview_speaks_russian(qtbot, demo_office: Office):
    from PySide6.QtWidgets import QLabel

    i18n.install("ru")
    main = MainWindow(demo_office)
    qtbot.addWidget(main)
    qtbot.waitUntil(lambda: main.overview_tab.figures is not None)
    texts = [main.tabs.tabText(main.tabs.indexOf(main.overview_tab))]
    texts += [w.text() for w in main.overview_tab.findChildren(QLabel)]
    texts += main.overview_tab.attention_texts()
    latin = [
        t
        for t in texts
        if any("a" <= ch.lower() <= "z" for ch in t.replace("<b>", "").replace("</b>", ""))
        and not t.startswith(("IN-", "<span"))
    ]
    assert latin == []


def test_list_shortcuts_reach_the_list_shown_wherever_the_focus_is(qtbot, window, monkeypatch):
    from rocb_desk.ui.directory.record_dialog import RecordDialog

    opened: list[str] = []
    monkeypatch.setattr(
        RecordDialog,
        "edit",
        classmethod(lambda cls, parent, spec, *a, **k: (opened.append(spec.key), (None, False))[1]),
    )
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.tabs.setCurrentWidget(window.directory_tab)  # the Bookkeeping tab has its own Ctrl+N
    window.directory_tab.show_list("partners")
    window.directory_tab.navigation.setFocus()
    qtbot.keyClick(
        window.directory_tab.navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
    )
    assert opened == ["partners"]
    qtbot.keyClick(
        window.directory_tab.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
    )
    assert window.directory_tab.page_by_key["partners"].search.hasFocus()
