"""Refresh the translations: collect every source text, then compile the .qm files.

    python i18n/refresh.py          # lupdate: rocb_desk/**/*.py -> i18n/rocb_desk_ru.ts
    python i18n/refresh.py --compile  # lrelease only: .ts -> .qm

Translate the new entries of the .ts file (Qt Linguist, or by hand), then compile.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent / "rocb_desk"
LANGUAGES = ("ru",)


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(HERE.parent))
        for p in PACKAGE.rglob("*.py")
        if "migrations" not in p.parts
    )


def ts_file(lang: str) -> Path:
    return HERE / f"rocb_desk_{lang}.ts"


def update() -> None:
    for lang in LANGUAGES:
        subprocess.run(
            ["pyside6-lupdate", "-no-obsolete", *sources(), "-ts", str(ts_file(lang))],
            check=True,
            cwd=HERE.parent,
        )


def compile_all() -> None:
    for lang in LANGUAGES:
        qm = ts_file(lang).with_suffix(".qm")
        subprocess.run(["pyside6-lrelease", str(ts_file(lang)), "-qm", str(qm)], check=True)


if __name__ == "__main__":
    if "--compile" not in sys.argv:
        update()
    compile_all()
