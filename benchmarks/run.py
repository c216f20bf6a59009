"""The speed of a fifteen-year office, side by side with naive baselines: one table.

    .venv/bin/python benchmarks/run.py                 # builds the office once, then measures
    .venv/bin/python benchmarks/run.py --runs 5 --office /tmp/rocb-bench/office.sqlite3

The office is the synthetic one of `rocb-desk init --synthetic 15` (200,000 ledger lines,
50,000 letters in English and Russian, 3,000 events, a work plan a year), built on the
first run and kept (`--office`). Every figure is the median of `--runs` runs; the window
and each document are measured in fresh processes, so that start-up and peak memory are
what a user's would be. Prints a Markdown table: figure, median, target, baseline.
"""

from __future__ import annotations

import argparse
import compileall
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from query_figures import ledger_figures, search_figures  # noqa: E402

DEFAULT_OFFICE = Path(tempfile.gettempdir()) / "rocb-bench" / "office.sqlite3"


class Row:
    def __init__(
        self, name: str, value: float, unit: str, target: float | None, baseline: str = ""
    ) -> None:
        self.name, self.value, self.unit, self.target, self.baseline = (
            name,
            value,
            unit,
            target,
            baseline,
        )

    @property
    def met(self) -> str:
        if self.target is None:
            return ""
        better = (
            self.value >= self.target if self.unit == "letters/s" else self.value <= self.target
        )
        return "yes" if better else "**no**"

    def cells(self) -> list[str]:
        target = "" if self.target is None else f"{self.target:,.0f} {self.unit}"
        return [self.name, f"{self.value:,.1f} {self.unit}", target, self.met, self.baseline]


def ensure_office(path: Path, years: int) -> None:
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"building the synthetic office of {years} years in {path} …", file=sys.stderr)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "rocb_desk", "--db", str(path), "init", "--synthetic", str(years)],
        check=True,
    )
    print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def compile_bytecode() -> None:
    """Python's compiled modules for the application, as an installed copy has them
    (pip and PyInstaller compile every module). A checkout installed with `pip -e`
    has none, and under PYTHONDONTWRITEBYTECODE never gets them: every start would
    compile each module from source, 0.3 s of the first frame that no user waits for."""
    compileall.compile_dir(HERE.parent / "rocb_desk", quiet=1)


def window_figures(office: Path, runs: int) -> dict[str, float]:
    samples: dict[str, list[float]] = {}
    for _ in range(runs):
        started_at = time.time()
        out = subprocess.run(
            [sys.executable, str(HERE / "window_probe.py"), str(office), str(started_at)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        for key, value in json.loads(out.strip().splitlines()[-1]).items():
            samples.setdefault(key, []).append(value)
    return {key: statistics.median(values) for key, values in samples.items()}


def document_figure(office: Path, figure: str, year: int, runs: int) -> dict[str, float]:
    samples: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(runs):
            out = subprocess.run(
                [
                    sys.executable,
                    str(HERE / "document_probe.py"),
                    figure,
                    str(office),
                    str(year),
                    folder,
                ],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            samples.append(json.loads(out.strip().splitlines()[-1]))
    return {key: statistics.median(sample[key] for sample in samples) for key in samples[0]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--office", type=Path, default=DEFAULT_OFFICE)
    parser.add_argument("--years", type=int, default=15)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    ensure_office(args.office, args.years)
    compile_bytecode()
    rows: list[Row] = []

    window = window_figures(args.office, args.runs)
    rows.append(Row("window: first frame (cold start)", window["first_frame"], "ms", 1000))
    rows.append(Row("window: the overview's figures shown", window["overview_figures"], "ms", None))
    for name in ("overview", "books", "events", "letters", "workplan", "directory"):
        rows.append(Row(f"window: open the {name} tab", window[f"tab:{name}"], "ms", 300))

    ledger = ledger_figures(args.office, args.runs)
    rows.append(
        Row(
            "ledger: all years shown (count, totals, paint)",
            window["ledger_all"],
            "ms",
            300,
            f"load every line: {ledger['baseline_all']:,.0f} ms",
        )
    )
    rows.append(Row("ledger: filter by year (in the window)", window["ledger_year"], "ms", 50))
    rows.append(
        Row(
            "ledger: filter by year and chapter (in the window)", window["ledger_chapter"], "ms", 50
        )
    )
    rows.append(
        Row(
            "ledger: totals of a year",
            ledger["totals_year"],
            "ms",
            50,
            f"load the year, add in Python: {ledger['baseline_year']:,.0f} ms",
        )
    )
    rows.append(Row("ledger: totals of all years", ledger["totals_all"], "ms", 50))
    rows.append(
        Row(
            f"ledger: wheel step in {window['rows']:,.0f} lines (median)",
            window["wheel"],
            "ms",
            17,
            f"slowest step {window['wheel_max']:,.0f} ms",
        )
    )
    rows.append(
        Row(
            "ledger: Ctrl+End to the last line",
            window["jump_end"],
            "ms",
            50,
            f"page in every line (fetchMore): {ledger['baseline_end']:,.0f} ms",
        )
    )

    search = search_figures(args.office)
    baseline = f"LIKE '%word%': p50 {search['like_p50']:,.0f} / p95 {search['like_p95']:,.0f} ms"
    rows.append(
        Row(f"search: p50 of {search['queries']} queries", search["p50"], "ms", None, baseline)
    )
    rows.append(Row("search: p95", search["p95"], "ms", 30))
    rows.append(Row("search: p99", search["p99"], "ms", 100))

    def document(name: str, figure: str, target_s: float, runs: int, baseline: str = "") -> dict:  # type: ignore[type-arg]
        measured = document_figure(args.office, figure, ledger["year"], runs)
        rows.append(Row(name, measured["seconds"] * 1000, "ms", target_s * 1000, baseline))
        return measured

    year_normal = document_figure(args.office, "ledger-year-baseline", ledger["year"], 1)
    document(
        f"Excel ledger of a year ({ledger['year_lines']:,} lines)",
        "ledger-year",
        1.5,
        args.runs,
        f"openpyxl normal mode: {year_normal['seconds'] * 1000:,.0f} ms",
    )
    all_normal = document_figure(args.office, "ledger-all-baseline", ledger["year"], 1)
    every = document(
        "Excel ledger of all years",
        "ledger-all",
        15,
        1,
        f"openpyxl normal mode: {all_normal['seconds'] * 1000:,.0f} ms, "
        f"{all_normal['peak_mb']:,.0f} MB",
    )
    rows.append(Row("Excel ledger of all years: peak memory", every["peak_mb"], "MB", 200))
    document("statement, PDF", "statement-pdf", 1, args.runs)
    document("statement, Word", "statement-docx", 1, args.runs)
    document("annual report, PDF", "report-pdf", 2, args.runs)
    document("annual report, Word", "report-docx", 3, args.runs)
    backup = document_figure(args.office, "backup", ledger["year"], 1)
    rows.append(Row("backup of the whole office (verified)", backup["seconds"] * 1000, "ms", None))
    reindex = document_figure(args.office, "reindex", ledger["year"], 1)
    rows.append(
        Row(
            f"search index rebuilt ({reindex['count']:,.0f} letters)",
            reindex["count"] / reindex["seconds"],
            "letters/s",
            5000,
        )
    )
    rows.append(Row("window: peak memory, every tab visited", window["peak_mb"], "MB", 300))
    rows.append(
        Row(
            "window: longest freeze while exporting and backing up",
            window["stall"],
            "ms",
            100,
            f"peak memory then {window['peak_mb_after_exports']:,.0f} MB",
        )
    )

    print(f"\n{args.runs} runs a figure (median); office {args.office}\n")
    header = ["figure", "median", "target", "met", "baseline (same run)"]
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join(["---"] * len(header)) + "|")
    for row in rows:
        print("| " + " | ".join(row.cells()) + " |")


if __name__ == "__main__":
    main()
