"""The crash battery's larger run: the code the test runs (tests/reliability), more kills.

    .venv/bin/python benchmarks/crash_battery.py                 # 2,000 kills
    .venv/bin/python benchmarks/crash_battery.py --kills 5000 --seed 1234

Prints the figures of docs/RELIABILITY.md: kills, operations completed and interrupted,
interrupted ones found whole or absent, where letter registrations were cut, failures.
Exits 1 if any kill left a failure.
"""

from __future__ import annotations

import sys
from pathlib import Path

# The battery lives with the tests, so that CI and this run share every line of it.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.reliability.crash_battery import main  # noqa: E402

if __name__ == "__main__":
    arguments = sys.argv[1:]
    if "--kills" not in arguments:
        arguments = ["--kills", "2000", *arguments]
    sys.exit(main([*arguments, "--progress"]))
