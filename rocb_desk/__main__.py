"""Entry point: `rocb-desk`, `python -m rocb_desk`, and the PyInstaller bundle.

Absolute imports, so that PyInstaller can run this file as its script.
"""

from __future__ import annotations

import multiprocessing
import sys


def _open_window(database: str | None, lang: str) -> int:
    from rocb_desk.app import run_app

    return run_app(database, lang)


def main(argv: list[str] | None = None) -> int:
    # In the PyInstaller bundle a spawned worker (attachment text extraction) starts this
    # same executable: freeze_support() runs the worker and exits instead of the app.
    multiprocessing.freeze_support()
    from rocb_desk.cli import run

    return run(sys.argv[1:] if argv is None else argv, open_window=_open_window)


if __name__ == "__main__":
    sys.exit(main())
