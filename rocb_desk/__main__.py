"""Entry point: `rocb-desk`, `python -m rocb_desk`, and the PyInstaller bundle.

Absolute imports, so that PyInstaller can run this file as its script.
"""

from __future__ import annotations

import multiprocessing
import sys


def _open_window(database: str | None, lang: str) -> int:
    from rocb_desk.app import run_app

    return run_app(database, lang)


def load_data_layer_before_qt(argv: list[str]) -> None:
    """Import SQLAlchemy before anything imports Qt, unless only help or the version is asked.

    Once PySide6 is loaded it replaces Python's import and reads the whole source of every
    module imported after it, looking for its opt-in `__feature__` switches. SQLAlchemy's
    150-odd modules took 110 to 140 ms longer to import after Qt than before it, on every
    start of the window and every command that opens an office (the command line imports
    Qt for its translations)."""
    if {"-h", "--help", "--version"} & set(argv):
        return
    import sqlalchemy.dialects.sqlite  # noqa: F401 - loaded for what follows
    import sqlalchemy.orm  # noqa: F401 - loaded for what follows


def main(argv: list[str] | None = None) -> int:
    # In the PyInstaller bundle a spawned worker (attachment text extraction) starts this
    # same executable: freeze_support() runs the worker and exits instead of the app.
    multiprocessing.freeze_support()
    argv = sys.argv[1:] if argv is None else argv
    load_data_layer_before_qt(argv)
    from rocb_desk.cli import run

    return run(argv, open_window=_open_window)


if __name__ == "__main__":
    sys.exit(main())
