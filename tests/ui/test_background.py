"""Long work off the window's thread: its result or its error comes back to the caller,
the window keeps running meanwhile and takes no clicks, Cancel stops it with no file
left, and the window's exports and the search index's rebuild go through it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QVBoxLayout, QWidget

from rocb_desk.domain.document import Column, Document, Table
from rocb_desk.domain.errors import QT_TRANSLATE_NOOP, OfficeError
from rocb_desk.services.letters import search
from rocb_desk.services.office import Office
from rocb_desk.ui.background import Fetch, Step, run_in_background, save_document
from rocb_desk.ui.main_window import MainWindow

# Long enough that a wait which should end never hangs the run: never reached when right.
SAFETY_S = 20


@pytest.fixture
def widget(qtbot) -> QWidget:
    window = QWidget()
    window.setWindowTitle("Desk")
    window.button = QPushButton("Export", window)  # type: ignore[attr-defined]
    QVBoxLayout(window).addWidget(window.button)  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def window(qtbot, demo_office: Office) -> MainWindow:
    main = MainWindow(demo_office)
    main.closing_backup = False  # not what these tests are about
    qtbot.addWidget(main)
    main.show()
    return main


def when(condition: Callable[[], object], act: Callable[[], None]) -> QTimer:
    """Run `act` on the window's thread once `condition` holds: polled by a timer, so it
    runs inside the event loop the caller of run_in_background waits in."""
    timer = QTimer(QApplication.instance(), interval=5)

    def tick() -> None:
        if condition():
            timer.stop()
            act()

    timer.timeout.connect(tick)
    timer.start()
    return timer


def progress_dialog():  # noqa: ANN201 - the runner's QProgressDialog, once it is shown
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "backgroundProgress" and widget.isVisible():
            return widget
    return None


def press_cancel(qtbot, then: threading.Event) -> None:
    """Press the progress dialog's Cancel as a user would, then let the work go on."""
    button = progress_dialog().findChild(QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    then.set()


def test_the_work_result_comes_back(widget: QWidget):
    seen_on: list[threading.Thread] = []

    def work(step: Step) -> int:
        seen_on.append(threading.current_thread())
        step(1, 1)
        return 42

    assert run_in_background(widget, "Counting", work) == 42
    assert seen_on and seen_on[0] is not threading.main_thread()  # off the window's thread


def test_an_office_error_of_the_work_reaches_the_caller(widget: QWidget):
    refusal = OfficeError(
        QT_TRANSLATE_NOOP("Errors", "The folder {path} does not exist."), path="x"
    )

    def work(_step: Step) -> None:
        raise refusal

    with pytest.raises(OfficeError) as raised:
        run_in_background(widget, "Failing", work)
    assert raised.value is refusal


def test_the_window_keeps_running_while_the_work_runs(widget: QWidget):
    ticked = threading.Event()
    QTimer.singleShot(10, ticked.set)  # fires only if the window's event loop turns

    def work(_step: Step) -> bool:
        return ticked.wait(SAFETY_S)

    assert run_in_background(widget, "Waiting", work) is True


def test_the_window_takes_no_clicks_and_cannot_close_while_the_work_runs(qtbot, widget):
    clicked: list[bool] = []
    widget.button.clicked.connect(lambda: clicked.append(True))
    tried = threading.Event()

    def try_the_window() -> None:
        qtbot.mouseClick(widget.button, Qt.MouseButton.LeftButton)
        widget.close()
        tried.set()

    QTimer.singleShot(0, try_the_window)
    assert run_in_background(widget, "Busy", lambda _step: tried.wait(SAFETY_S)) is True
    assert clicked == [] and widget.isVisible()
    qtbot.mouseClick(widget.button, Qt.MouseButton.LeftButton)  # and afterwards it does
    assert clicked == [True]


def test_once_the_progress_dialog_is_up_the_window_still_takes_no_clicks(qtbot, widget):
    clicked: list[bool] = []
    widget.button.clicked.connect(lambda: clicked.append(True))
    tried = threading.Event()

    def click_the_window() -> None:
        # Through the window system, as a user's click comes (QTest's widget clicks
        # go around what a modal dialog blocks).
        where = widget.button.mapTo(widget, widget.button.rect().center())
        QTest.mouseClick(
            widget.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where
        )
        tried.set()

    when(progress_dialog, click_the_window)
    assert run_in_background(widget, "Busy", lambda _step: tried.wait(SAFETY_S)) is True
    assert clicked == []


def test_work_waits_for_a_read_in_progress_to_end(qtbot, widget: QWidget):
    """One piece of background work at a time: two busy threads would keep Python's lock
    between them while the window's thread waits for it."""
    order: list[str] = []
    reading, release = threading.Event(), threading.Event()

    def read() -> int:
        reading.set()
        release.wait(SAFETY_S)
        order.append("read")
        return 1

    fetch = Fetch(widget)
    fetch.start(read, lambda _figures: None, lambda error: None)
    assert reading.wait(SAFETY_S)
    QTimer.singleShot(50, release.set)
    assert run_in_background(widget, "Export", lambda _step: order.append("work")) is None
    assert order == ["read", "work"]


def test_work_cancelled_while_it_waits_for_its_turn_never_runs(qtbot, widget: QWidget):
    ran: list[bool] = []
    reading, release = threading.Event(), threading.Event()

    def read() -> None:
        reading.set()
        release.wait(SAFETY_S)

    fetch = Fetch(widget)
    fetch.start(read, lambda _figures: None, lambda error: None)
    assert reading.wait(SAFETY_S)
    when(progress_dialog, lambda: press_cancel(qtbot, threading.Event()))
    assert run_in_background(widget, "Export", lambda _step: ran.append(True)) is None
    assert ran == []
    release.set()
    qtbot.waitUntil(lambda: not fetch.busy)


def test_cancel_returns_none_and_leaves_no_file(qtbot, widget: QWidget, tmp_path: Path):
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "ledger.xlsx"
    pressed = threading.Event()

    def build() -> Document:
        pressed.wait(SAFETY_S)  # the user reads the progress dialog and presses Cancel
        document = Document("Ledger", "ROCB Europe", "en")
        document.add(Table((Column("Line"),), [(str(n),) for n in range(3000)], name="Ledger"))
        return document

    when(progress_dialog, lambda: press_cancel(qtbot, pressed))
    assert save_document(widget, target, build) is None
    assert pressed.is_set()
    assert list(folder.iterdir()) == []  # neither the file nor a half-written one beside it
    assert progress_dialog() is None  # and the dialog is gone


def test_a_cancelled_work_shows_it_is_cancelling_until_it_stops(qtbot, widget: QWidget):
    pressed, stopped = threading.Event(), threading.Event()
    texts: list[str] = []

    def work(step: Step) -> str:
        step(1, 10)
        pressed.wait(SAFETY_S)
        texts.append("work saw Cancel" if step.cancelled else "work missed Cancel")
        stopped.set()
        step(2, 10)  # raises Cancelled
        return "finished anyway"

    def cancel() -> None:
        press_cancel(qtbot, pressed)
        texts.append(progress_dialog().labelText())  # still up, saying so

    when(progress_dialog, cancel)
    assert run_in_background(widget, "Copying", work) is None
    assert texts == ["Cancelling…", "work saw Cancel"]


def test_a_ledger_exported_from_the_bookkeeping_tab_is_a_readable_workbook(
    window: MainWindow, tmp_path: Path, monkeypatch
):
    target = tmp_path / "ledger-2020-2021.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.tabs.setCurrentWidget(window.books_tab)
    ledger = window.books_tab.ledger
    ledger.year_combo.setCurrentIndex(ledger.year_combo.findData(2020))
    [export] = [a for a in ledger.toolbar.actions() if a.text() == "Excel &ledger…"]
    export.trigger()
    assert str(target) in window.statusBar().currentMessage()
    book = openpyxl.load_workbook(target, read_only=True)
    rows = list(book["Ledger"].iter_rows(values_only=True))
    text = " ".join(str(value) for row in rows for value in row if value is not None)
    assert "Moldova" in text  # its contribution, one of the year's 67 entries
    assert sum(1 for row in rows if any(value is not None for value in row)) >= 67


def test_with_all_years_chosen_the_excel_ledger_holds_every_year(
    window: MainWindow, tmp_path: Path, monkeypatch
):
    offered = []

    def save_as(_parent, _title, suggested, _filters):  # noqa: ANN001, ANN202
        offered.append(suggested)
        return str(tmp_path / "ledger.xlsx"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.tabs.setCurrentWidget(window.books_tab)
    ledger = window.books_tab.ledger
    ledger.year_combo.setCurrentIndex(ledger.year_combo.findData(None))  # "All years"
    ledger.export_ledger()
    assert offered == ["ledger-all-years"]
    book = openpyxl.load_workbook(tmp_path / "ledger.xlsx", read_only=True)
    assert book.sheetnames == ["Ledger", "By year"]
    years = {row[0] for row in book["Ledger"].iter_rows(min_row=5, values_only=True) if row[1]}
    assert "2020/2021" in years


def _ids(office: Office, words: str) -> list[int]:
    return [hit.id for hit in search.search(office, words).hits]


def _rebuild_action(window: MainWindow) -> QAction:
    return window.findChild(QAction, "rebuildIndexAction")


def test_the_tools_menu_rebuilds_the_search_index(window: MainWindow, demo_office: Office):
    from rocb_desk.db import search_index

    found = _ids(demo_office, "contributions")
    assert found
    with demo_office.transaction() as session:  # a damaged index: they are not found
        for letter_id in found:
            search_index.remove(session, letter_id)
    assert _ids(demo_office, "contributions") == []
    _rebuild_action(window).trigger()
    assert _ids(demo_office, "contributions") == found
    assert "indexed again" in window.statusBar().currentMessage()


def test_a_cancelled_rebuild_leaves_the_old_index_whole(
    qtbot, window: MainWindow, demo_office: Office, monkeypatch
):
    found = _ids(demo_office, "contributions")
    pressed = threading.Event()
    told = Step.__call__

    def slow_at_the_end(step: Step, done: int, total: int) -> None:
        if total and done == total:  # every letter indexed again, not yet committed
            pressed.wait(SAFETY_S)  # long enough for the user to press Cancel
        told(step, done, total)

    monkeypatch.setattr(Step, "__call__", slow_at_the_end)
    when(progress_dialog, lambda: press_cancel(qtbot, pressed))
    _rebuild_action(window).trigger()
    assert pressed.is_set()
    # The old index was dropped and a new one filled inside the rebuild's transaction:
    # all of it was rolled back, and search finds what it found before.
    assert _ids(demo_office, "contributions") == found
    assert "left as it was" in window.statusBar().currentMessage()
