"""The probes' measure of memory: one definition for the window's and the documents'."""

from __future__ import annotations

import resource
from pathlib import Path


def peak_mb() -> float:
    """This process's peak resident memory. Not ru_maxrss: Linux carries the parent's
    peak into a child started by fork and exec, and run.py itself grows large."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
