"""The window's first frame waits only for what it shows: the office opened and the
window built. The mapped classes and the overview's figures follow on another thread."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel

from rocb_desk.services.office import Office
from rocb_desk.ui.shown import after_first_frame

ROOT = Path(__file__).resolve().parents[2]

# The start of `rocb-desk --db FILE` up to the window's first frame, in a fresh process:
# what was loaded by then, and what the overview shows once its figures are read.
START = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from rocb_desk.__main__ import load_data_layer_before_qt

load_data_layer_before_qt(["--db", sys.argv[1]])
from rocb_desk import cli

cli.build_parser().parse_args(["--db", sys.argv[1]])
from PySide6.QtCore import QObject
from PySide6.QtGui import QPaintEvent
from rocb_desk.app import create_application
from rocb_desk.services.office import open_office
from rocb_desk.ui.background import wait_for_reads
from rocb_desk.ui.main_window import MainWindow

LATER = ("rocb_desk.db.models", "rocb_desk.services.overview", "rocb_desk.services.access")


class FirstPaint(QObject):
    loaded = None

    def eventFilter(self, watched, event):
        if self.loaded is None and isinstance(event, QPaintEvent):
            self.loaded = [name for name in LATER if name in sys.modules]
            self.said = window.overview_tab.period_label.text()
        return False


app = create_application("en")
window = MainWindow(open_office(sys.argv[1]))
window.closing_backup = False
first = FirstPaint()
app.installEventFilter(first)
window.show()
while first.loaded is None:
    app.processEvents()
app.removeEventFilter(first)
for _ in range(50):
    wait_for_reads()
    app.processEvents()
    if window.overview_tab.figures is not None:
        break
print(json.dumps({
    "at_first_frame": first.loaded,
    "said_first": first.said,
    "said_then": window.overview_tab.period_label.text(),
    "members": window.overview_tab.contributions_card.title.text(),
    "figures": window.overview_tab.figures is not None,
}))
window.office.close()
"""


def test_the_first_frame_comes_before_the_mapped_classes_and_the_figures(
    office: Office, tmp_path: Path
):
    path = office.sqlite_file
    office.close()
    script = tmp_path / "start.py"
    script.write_text(START, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(path)],
        capture_output=True,
        text=True,
        timeout=90,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    # Loading these took the window's thread 300 ms and more before its first frame.
    assert seen["at_first_frame"] == []
    # The first frame says what is coming; then the overview shows its figures.
    assert seen["said_first"] == "Reading the office's figures…"
    assert seen["figures"] is True
    assert " to " in seen["said_then"], seen["said_then"]  # the year's period
    assert seen["members"], "the contributions card has no title"


def test_rocb_desk_loads_sqlalchemy_before_qt(office: Office):
    """PySide reads the source of every module imported after it: SQLAlchemy comes first,
    for the window and for every command that opens an office."""
    path = office.sqlite_file
    office.close()
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "rocb_desk", "--db", str(path)]
        + ["members", "list"],
        capture_output=True,
        text=True,
        timeout=90,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert "\tAlbania\t" in done.stdout or "AL\t" in done.stdout  # the command did its work
    loaded = [line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if "|" in line]
    assert loaded.index("sqlalchemy.orm") < loaded.index("PySide6.QtCore")


class Painted(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.events: list[str] = []

    def eventFilter(self, watched: QObject, event) -> bool:  # noqa: ANN001, N802 - Qt API
        if isinstance(event, QPaintEvent) and not self.events:
            self.events.append("painted")
        return False


class MadeWhileShown(QLabel):
    """Starts its work as a tab made while the window first shows does."""

    def __init__(self, start) -> None:  # noqa: ANN001 - a callable
        super().__init__("Overview")
        self.start = start

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().showEvent(event)
        after_first_frame(self, self.start)


def test_work_waits_for_the_first_frame_of_a_window_being_shown(qtbot, qapp):
    painted = Painted()
    calls: list[str] = []

    def start() -> None:
        calls.append("started")
        painted.events.append("started")

    label = MadeWhileShown(start)
    qtbot.addWidget(label)
    qapp.installEventFilter(painted)
    label.show()
    assert calls == []
    qtbot.waitUntil(lambda: calls == ["started"])
    qapp.removeEventFilter(painted)
    assert painted.events == ["painted", "started"]

    after_first_frame(label, start)  # drawn already: at once
    assert calls == ["started", "started"]


def test_work_for_a_widget_nobody_shows_starts_at_once(qtbot):
    label = QLabel("Overview")
    qtbot.addWidget(label)
    calls: list[str] = []
    after_first_frame(label, lambda: calls.append("started"))
    assert calls == ["started"]
