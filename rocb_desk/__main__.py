"""Entry point: `rocb-desk` and `python -m rocb_desk`."""

from __future__ import annotations

import sys


def _open_window(database: str, lang: str) -> int:
    from .app import run_app

    return run_app(database, lang)


def main(argv: list[str] | None = None) -> int:
    from .cli import run

    return run(sys.argv[1:] if argv is None else argv, open_window=_open_window)


if __name__ == "__main__":
    sys.exit(main())
