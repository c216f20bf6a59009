"""The crash battery: a child writes at random through the services and is killed with
SIGKILL at a random moment, again and again; after each kill the office is verified
(crash_check.py). Issue 8 point 5.

This process imports everything once and forks each child (a fresh interpreter per
kill would cost a second each). It must be a process of its own, without Qt: forking a
process whose Qt threads run is unsafe, so the test runs it with `python -m`:

    .venv/bin/python -m tests.reliability.crash_battery --kills 200
    .venv/bin/python benchmarks/crash_battery.py --kills 2000      # the larger run

Each child opens the office itself; this process holds no connection when it forks.
The kills alternate between two offices, so that the verification of one kill runs
while the next child writes to the other office (when there is time for it before the
kill; else after). Every `--per-office` kills an office is replaced by a fresh one, so
that the per-kill check (which re-hashes every stored file and walks the whole audit
chain) stays cheap.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import select
import shutil
import signal
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rocb_desk.services import reference_data
from rocb_desk.services.office import open_office

from .crash_check import SETUP_ACTOR, Verifier
from .crash_worker import run_child

OFFICE = "office.sqlite3"
OPENING_MS = 60.0  # a kill in the child's first moments lands within this
READY_TIMEOUT = 30.0  # seconds; a child that never opens the office is killed anyway
LATE_S = 0.01  # a kill this much after its planned moment is counted late


@dataclass
class Figures:
    seed: int = 0
    kills: int = 0
    offices: int = 0
    seconds: float = 0.0
    ops_begun: int = 0
    ops_completed: int = 0  # the service returned
    ops_refused: int = 0
    ops_interrupted: int = 0  # begun, not done: the kill landed inside the operation
    interrupted_found_whole: int = 0  # ... and the operation had committed
    interrupted_found_absent: int = 0  # ... and it had left nothing
    kills_while_opening: int = 0  # timed from the fork: the child may be opening the office
    kills_before_first_op: int = 0  # the child had announced no operation yet
    interrupted_by_kind: dict[str, int] = field(default_factory=dict)
    completed_by_kind: dict[str, int] = field(default_factory=dict)
    letters_cut: dict[str, int] = field(default_factory=dict)  # where letter registrations were cut
    copies_cut_short: int = 0  # temporary files left in the store by a kill mid-copy
    orphan_files: int = 0  # stored files no record names, at the end of each office
    check_notices: int = 0  # notices of `check` (unrecorded files), at each office's end
    orphan_problems_tolerated: int = 0  # `check` problems about orphans (not damage)
    check_runs: int = 0
    verify_seconds: float = 0.0  # the parent's verification, all kills together
    verified_meanwhile: int = 0  # verifications done while the next child was writing
    late_kills: int = 0  # kills more than LATE_S after their planned moment
    failures: list[str] = field(default_factory=list)

    def summary(self) -> str:
        lines = [
            f"crash battery: {self.kills} kills in {self.seconds:.1f} s "
            f"({self.offices} offices, seed {self.seed})",
            f"  operations begun {self.ops_begun}, completed {self.ops_completed}, "
            f"refused {self.ops_refused}",
            f"  interrupted by the kill {self.ops_interrupted}: found whole "
            f"{self.interrupted_found_whole}, found absent {self.interrupted_found_absent}, "
            f"partial {self.ops_interrupted - self.interrupted_found_whole - self.interrupted_found_absent}",
            f"  kills timed from the fork {self.kills_while_opening}, kills before the first "
            f"operation {self.kills_before_first_op}",
            f"  interrupted by kind {dict(sorted(self.interrupted_by_kind.items()))}",
            f"  completed by kind {dict(sorted(self.completed_by_kind.items()))}",
            f"  letter registrations cut {dict(sorted(self.letters_cut.items()))}",
            f"  copies cut short in the store {self.copies_cut_short}, orphan files "
            f"{self.orphan_files}, check notices {self.check_notices}, orphan problems "
            f"tolerated {self.orphan_problems_tolerated}",
            f"  check runs {self.check_runs} ({self.verify_seconds:.1f} s verifying, "
            f"{self.verified_meanwhile} while the next child wrote; late kills "
            f"{self.late_kills}), failures {len(self.failures)}",
        ]
        lines += [f"  FAILURE {failure}" for failure in self.failures[:20]]
        return "\n".join(lines)


def make_template(folder: Path) -> Path:
    """A new office with its reference data (members, RTCs, budget items), no accounts."""
    folder.mkdir(parents=True, exist_ok=True)
    office = open_office(str(folder / OFFICE), actor=SETUP_ACTOR)
    try:
        reference_data.load_reference(office)
    finally:
        office.close()
    return folder / OFFICE


def fresh_office(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True)
    shutil.copyfile(template, folder / OFFICE)
    data = template.with_name(template.stem + "-data")
    if data.exists():
        shutil.copytree(data, folder / (Path(OFFICE).stem + "-data"))
    return folder / OFFICE


@dataclass
class Lane:
    """One of two offices the kills alternate between: while a child writes to one, the
    parent verifies the other after the previous kill."""

    name: str
    folder: Path | None = None
    verifier: Verifier | None = None
    kills: int = 0
    orphans: int = 0  # at its latest verification
    notices: int = 0


@dataclass
class Pending:
    """A kill whose verification is still to come."""

    number: int
    lane: Lane
    journal: Path
    sources: Path
    status: int


class Battery:
    def __init__(
        self,
        folder: Path,
        seed: int,
        per_office: int,
        sleep_ms: tuple[float, float],
        opening_share: float,
    ) -> None:
        self.folder = folder
        self.rng = random.Random(seed)
        self.per_office = per_office
        self.sleep_ms = sleep_ms
        self.opening_share = opening_share
        self.figures = Figures(seed=seed)
        self.template = make_template(folder / "template")
        self.common = folder / "common.txt"
        self.common.write_text("The same circular, many letters.\n" * 200, encoding="utf-8")
        self.lanes = (Lane("a"), Lane("b"))
        self.verify_estimate = 0.1  # seconds; a running mean of the verifications
        self.counts: dict[str, Counter[str]] = {
            "letters_cut": Counter(),
            "interrupted_by_kind": Counter(),
            "completed_by_kind": Counter(),
        }

    def run(self, kills: int, progress: bool) -> Figures:
        started = time.perf_counter()
        pending: Pending | None = None
        for number in range(kills):
            lane = self.lanes[number % 2]  # never the lane of `pending`
            if lane.kills % self.per_office == 0:
                self._new_office(lane)
            lane.kills += 1
            pending = self._kill_one(number, lane, pending)
            if progress and (number + 1) % 100 == 0:
                elapsed = time.perf_counter() - started
                print(
                    f"  {number + 1} kills, {elapsed:.0f} s, {len(self.figures.failures)} failures"
                )
        if pending is not None:
            self._verify(pending)
        for lane in self.lanes:
            self._retire(lane)
        for name, counter in self.counts.items():
            setattr(self.figures, name, dict(sorted(counter.items())))
        self.figures.seconds = time.perf_counter() - started
        return self.figures

    def _new_office(self, lane: Lane) -> None:
        self._retire(lane)
        self.figures.offices += 1
        lane.folder = self.folder / f"office-{self.figures.offices:03d}"
        lane.verifier = Verifier(fresh_office(self.template, lane.folder))

    def _retire(self, lane: Lane) -> None:
        if lane.folder is None:
            return
        self.figures.orphan_files += lane.orphans
        self.figures.check_notices += lane.notices
        shutil.rmtree(lane.folder)  # keeps the disk small on long runs
        lane.folder = None

    def _kill_one(self, number: int, lane: Lane, pending: Pending | None) -> Pending:
        """Fork a writer on `lane`, kill it at a random moment; verify `pending` meanwhile
        when there is time for it before the kill, else right after."""
        assert lane.folder is not None and lane.verifier is not None
        journal = lane.folder / f"journal-{number:05d}.jsonl"
        sources = lane.folder / f"sources-{number:05d}"
        child_seed = self.rng.randrange(2**32)
        sys.stdout.flush()
        sys.stderr.flush()
        ready, ready_fd = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(ready)
            run_child(
                lane.verifier.office_path,
                journal,
                sources,
                self.common,
                f"{lane.name}{number:05d}",
                child_seed,
                ready_fd,
            )
        os.close(ready_fd)
        try:
            if self.rng.random() < self.opening_share:
                # Timed from the fork: the child may still be opening the office.
                self.figures.kills_while_opening += 1
                deadline = time.monotonic() + self.rng.uniform(0, OPENING_MS) / 1000
            else:
                # Timed from its first write, whatever the machine's speed.
                select.select([ready], [], [], READY_TIMEOUT)
                deadline = time.monotonic() + self.rng.uniform(*self.sleep_ms) / 1000
                if pending is not None and deadline - time.monotonic() > self.verify_estimate:
                    self._verify(pending)
                    self.figures.verified_meanwhile += 1
                    pending = None
            late = time.monotonic() - deadline
            if late > LATE_S:
                self.figures.late_kills += 1  # the verification overran: a later moment
            else:
                time.sleep(max(0.0, -late))
        finally:
            os.kill(pid, signal.SIGKILL)
            os.close(ready)
        _, status = os.waitpid(pid, 0)
        self.figures.kills += 1
        if pending is not None:
            self._verify(pending)
        return Pending(number, lane, journal, sources, status)

    def _verify(self, pending: Pending) -> None:
        figures, lane = self.figures, pending.lane
        assert lane.verifier is not None
        began = time.perf_counter()
        result = lane.verifier.verify(pending.journal)
        spent = time.perf_counter() - began
        figures.verify_seconds += spent
        self.verify_estimate = 0.8 * self.verify_estimate + 0.2 * spent * 1.5
        figures.check_runs += 1
        status = pending.status
        if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
            result.failures.append(f"the child was not killed but ended (status {status})")
        shutil.rmtree(pending.sources, ignore_errors=True)
        pending.journal.unlink(missing_ok=True)  # none if killed before its first line

        figures.ops_begun += len(result.ops)
        for op in result.ops:
            if op.status == "done":
                figures.ops_completed += 1
                self.counts["completed_by_kind"][op.kind] += 1
            elif op.status == "refused":
                figures.ops_refused += 1
        if result.interrupted is None:
            figures.kills_before_first_op += not result.ops
        else:
            op = result.interrupted
            figures.ops_interrupted += 1
            self.counts["interrupted_by_kind"][op.kind] += 1
            figures.interrupted_found_whole += op.found == "whole"
            figures.interrupted_found_absent += op.found == "absent"
        if result.letter_phase:
            self.counts["letters_cut"][result.letter_phase] += 1
        figures.copies_cut_short += result.new_temporaries
        figures.orphan_problems_tolerated += len(result.tolerated)
        lane.orphans, lane.notices = result.orphans, result.notices
        figures.failures += [
            f"kill {pending.number} (seed {figures.seed}): {text}" for text in result.failures
        ]


def run_battery(
    kills: int,
    folder: Path,
    *,
    seed: int | None = None,
    per_office: int = 50,
    sleep_ms: tuple[float, float] = (5.0, 300.0),
    opening_share: float = 0.1,
    progress: bool = False,
) -> Figures:
    if not hasattr(os, "fork"):
        raise RuntimeError("the crash battery forks its writers: it needs os.fork (POSIX)")
    seed = seed if seed is not None else random.SystemRandom().randrange(2**32)
    battery = Battery(folder, seed, per_office, sleep_ms, opening_share)
    return battery.run(kills, progress)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None, help="repeat a run's choices")
    parser.add_argument("--per-office", type=int, default=50, help="kills before a new office")
    parser.add_argument("--folder", type=Path, default=None, help="default: a temporary one")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--progress", action="store_true")
    options = parser.parse_args(argv)
    if options.folder is None:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="rocb-crash-") as scratch:
            figures = _run(options, Path(scratch))
    else:
        figures = _run(options, options.folder)
    print(figures.summary())
    if options.json is not None:
        options.json.write_text(json.dumps(asdict(figures), indent=2), encoding="utf-8")
    return 1 if figures.failures else 0


def _run(options: argparse.Namespace, folder: Path) -> Figures:
    # Settings and data of the application's own stay inside the run's folder.
    os.environ.setdefault("ROCB_DESK_DATA_DIR", str(folder / "data"))
    os.environ.setdefault("ROCB_DESK_CONFIG_DIR", str(folder / "config"))
    return run_battery(
        options.kills,
        folder,
        seed=options.seed,
        per_office=options.per_office,
        progress=options.progress,
    )


if __name__ == "__main__":
    sys.exit(main())
