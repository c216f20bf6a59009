"""The window at scale, timed in a fresh process: what the user waits for.

    python benchmarks/window_probe.py OFFICE STARTED_AT

STARTED_AT is the parent's `time.time()` just before it started this process, so the
first frame counts Python's start and every import, as a double-click would. Prints
one JSON line of figures in milliseconds (peak memory in MB):

- first_frame: process start to the first painted frame of the window's first tab;
- overview_figures: process start until that tab's figures, read after the first frame
  on a thread of their own, are painted in its cards;
- tab:NAME: a tab's first opening, from the click to its first painted frame;
- ledger_all / ledger_year / ledger_chapter: a filter chosen, the table, its count and
  its totals shown and painted;
- wheel: one wheel step in the 200,000-line table until it is painted (median of 120
  steps; every fourth the table is first thrown somewhere new, so that step reads a
  page it does not hold);
- jump_end: Ctrl+End in that table and its repaint;
- peak_mb: the process's peak resident memory after every tab was visited;
- stall: the longest the event loop stood still while a year's Excel ledger, the
  ledger of all years and a backup were made from the window (a 5 ms heartbeat);
- peak_mb_after_exports: the peak memory again, those exports included.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# As `rocb-desk` starts the window: the data layer before Qt, then the command line.
from rocb_desk.__main__ import load_data_layer_before_qt  # noqa: E402

load_data_layer_before_qt([])
from memory import peak_mb  # noqa: E402 - beside this file
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from rocb_desk import cli  # noqa: E402


class PaintWatch(QObject):
    """Notes when a widget or any widget inside it is next painted (a page fully
    covered by its children gets no paint event of its own: its children do)."""

    def __init__(self, root: QWidget) -> None:
        super().__init__()
        self.root = root
        self.painted_at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            self.painted_at is None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and (watched is self.root or self.root.isAncestorOf(watched))
        ):
            self.painted_at = time.perf_counter()
        return False


def until_painted(app: QApplication, widget: QWidget, action) -> float:  # noqa: ANN001
    """Milliseconds from `action()` until the widget (or something inside it) has been
    painted: the frame the user sees, as Qt updates it (only what changed)."""
    watch = PaintWatch(widget)
    app.installEventFilter(watch)
    started = time.perf_counter()
    action()
    while watch.painted_at is None and time.perf_counter() - started < 60:
        app.processEvents()
    app.removeEventFilter(watch)
    return (time.perf_counter() - started) * 1000


def until_figures_shown(app: QApplication, overview: QWidget) -> None:
    """Wait until the overview's figures, read on their own thread after the first frame,
    are drawn in its cards and painted."""
    loaded: list[float] = []
    overview.loaded.connect(lambda: loaded.append(time.perf_counter()))
    watch = PaintWatch(overview)
    app.installEventFilter(watch)
    deadline = time.perf_counter() + 60
    while not (loaded and watch.painted_at is not None and watch.painted_at > loaded[0]):
        if watch.painted_at is not None and (not loaded or watch.painted_at < loaded[0]):
            watch.painted_at = None  # a paint before the figures came: not the one awaited
        if time.perf_counter() > deadline:
            raise SystemExit("the overview's figures were not shown within a minute")
        app.processEvents()
    app.removeEventFilter(watch)


class Heartbeat(QObject):
    """A timer every 5 ms; the longest gap between two beats is the longest freeze."""

    def __init__(self) -> None:
        super().__init__()
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer = QTimer(self, interval=5)
        self.timer.timeout.connect(self.beat)

    def beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()


def longest_stall(app: QApplication, window, ledger, combo, year_index: int) -> float:  # noqa: ANN001
    """The longest stand-still of the event loop while the year's Excel ledger, all
    years' ledger and a backup are made from the window, as a user would make them.
    The year is chosen and painted before each export starts: choosing it is timed
    apart (ledger_year, ledger_all), this times the long work only."""
    import tempfile

    from PySide6.QtWidgets import QFileDialog

    heartbeat = Heartbeat()
    longest = 0.0
    with tempfile.TemporaryDirectory() as folder:
        answers = iter([f"{folder}/year.xlsx", f"{folder}/all.xlsx", f"{folder}/office-backup.zip"])
        QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (next(answers), ""))
        for year in (year_index, combo.findData(None), None):
            if year is not None:
                until_painted(app, ledger.table.viewport(), lambda y=year: combo.setCurrentIndex(y))
            heartbeat.start()
            ledger.export_ledger() if year is not None else window.backup()
            app.processEvents()
            heartbeat.timer.stop()
            longest = max(longest, heartbeat.longest)
        assert Path(f"{folder}/all.xlsx").exists(), "the export did not run"
    return longest * 1000


def main() -> None:
    office_path, started_at = sys.argv[1], float(sys.argv[2])
    cli.build_parser().parse_args(["--db", office_path])
    from rocb_desk.app import create_application
    from rocb_desk.services.office import open_office
    from rocb_desk.ui.main_window import MainWindow

    app = create_application("en")
    figures: dict[str, float] = {}
    window = MainWindow(open_office(office_path))
    window.resize(1280, 800)
    watch = PaintWatch(window)
    app.installEventFilter(watch)
    window.show()
    while watch.painted_at is None:
        app.processEvents()
    app.removeEventFilter(watch)
    figures["first_frame"] = (time.time() - started_at) * 1000
    until_figures_shown(app, window.overview_tab)
    figures["overview_figures"] = (time.time() - started_at) * 1000

    names = ["overview", "books", "events", "letters", "workplan", "directory"]
    for index in [1, 2, 3, 4, 5, 0]:
        page = window.tabs.widget(index)
        figures[f"tab:{names[index]}"] = until_painted(
            app, page, lambda i=index: window.tabs.setCurrentIndex(i)
        )

    window.tabs.setCurrentWidget(window.books_tab)
    ledger = window.books_tab.ledger
    table = ledger.table
    app.processEvents()
    combo = ledger.year_combo
    figures["ledger_all"] = until_painted(
        app, table.viewport(), lambda: combo.setCurrentIndex(combo.findData(None))
    )
    rows = ledger.model.rowCount()
    figures["rows"] = rows
    # The probe's own tools, imported after the first frame: the window does not load them.
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtTest import QTest

    rng = random.Random(17)
    steps = []
    bar = table.verticalScrollBar()
    for number in range(120):
        if number % 4 == 0:  # thrown somewhere new: the next step reads a page not held
            until_painted(app, table.viewport(), lambda: bar.setValue(rng.randrange(bar.maximum())))
        centre = QPointF(table.viewport().rect().center())
        wheel = QWheelEvent(
            centre,
            QPointF(table.viewport().mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        steps.append(
            until_painted(app, table.viewport(), lambda w=wheel: app.sendEvent(table.viewport(), w))
        )
    steps.sort()
    figures["wheel"] = steps[len(steps) // 2]
    figures["wheel_max"] = steps[-1]
    table.setCurrentIndex(ledger.model.index(0, 1))
    figures["jump_end"] = until_painted(
        app,
        table.viewport(),
        lambda: QTest.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier),
    )
    figures["held_rows"] = ledger.model.held_rows()
    year_index = combo.count() - 2  # the last year with lines but one: a whole year
    figures["ledger_year"] = until_painted(
        app, table.viewport(), lambda: combo.setCurrentIndex(year_index)
    )
    chapter = ledger.chapter_combo
    figures["ledger_chapter"] = until_painted(
        app, table.viewport(), lambda: chapter.setCurrentIndex(chapter.findData(2))
    )
    figures["peak_mb"] = peak_mb()
    figures["stall"] = longest_stall(app, window, ledger, combo, year_index)
    figures["peak_mb_after_exports"] = peak_mb()
    print(json.dumps(figures))
    # Not a working session: no backup on closing (it would write 380 MB at every run,
    # and the next run would start with the machine's disk cache full of it).
    window.closing_backup = False
    window.close()


if __name__ == "__main__":
    main()
