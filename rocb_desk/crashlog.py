"""The log of unexpected errors: the user sees one line, the details are kept here."""

from __future__ import annotations

import logging
from pathlib import Path
from types import TracebackType

from .paths import log_file


def record_crash(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None, context: str
) -> Path:
    """Append the traceback to the log file; returns where it went (never raises)."""
    target = log_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        logger = logging.getLogger("rocb_desk.crash")
        if not logger.handlers:
            logger.addHandler(logging.FileHandler(target, encoding="utf-8"))
            logger.propagate = False
        logger.error("%s", context, exc_info=(kind, error, tb))
    except OSError:
        pass  # a full or read-only disk must not turn one error into two
    return target
