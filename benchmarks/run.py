"""Measure the figures of benchmarks/README.md and print them as one table."""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST_FRAME = r"""
import os, sys, time
start = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QObject, QEvent, QTimer
from rocb_desk.app import create_application
from rocb_desk.services.office import open_office
from rocb_desk.ui.main_window import MainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(time.perf_counter() - start)
            sys.exit(0)
        return False

app = create_application("en")
window = MainWindow(open_office(sys.argv[1]))
painter = FirstPaint()
window.directory_tab.installEventFilter(painter)
window.show()
app.exec()
"""


def median_seconds(command: list[str], runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def median_reported(command: list[str], runs: int) -> float:
    samples = [
        float(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
        for _ in range(runs)
    ]
    return statistics.median(samples)


def median_inline(action, runs: int) -> float:  # noqa: ANN001
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    from rocb_desk.services import directory, maintenance
    from rocb_desk.services.directory_lists import LISTS
    from rocb_desk.services.office import open_office

    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "office.sqlite3")
        cli = [sys.executable, "-m", "rocb_desk", "--db", db]
        subprocess.run([*cli, "init", "--demo"], check=True, capture_output=True)
        rows = [
            ("command start (check)", median_seconds([*cli, "check"], runs)),
            ("window first frame", median_reported([sys.executable, "-c", FIRST_FRAME, db], runs)),
        ]
        office = open_office(db)
        try:
            rows.append(
                (
                    "directory lists (all six)",
                    median_inline(
                        lambda: [directory.list_rows(office, key) for key in LISTS], runs
                    ),
                )
            )
            rows.append(
                (
                    "backup (verified)",
                    median_inline(lambda: maintenance.backup(office, Path(folder) / "b.zip"), runs),
                )
            )
        finally:
            office.close()
    print(f"{'figure':32} {'median':>10}")
    for name, seconds in rows:
        print(f"{name:32} {seconds * 1000:>8.1f} ms")


if __name__ == "__main__":
    main()
