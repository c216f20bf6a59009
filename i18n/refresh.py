"""Refresh the translations: collect every source text, then compile the .qm files.

    python i18n/refresh.py          # lupdate: rocb_desk/**/*.py -> i18n/rocb_desk_ru.ts
    python i18n/refresh.py --compile  # lrelease only: .ts -> .qm

Translate the new entries of the .ts file (Qt Linguist, or by hand), then compile.

English needs a file too, for its plurals only: the code writes "%n line(s) shown" and
the English forms ("1 line shown", "2 lines shown") come from rocb_desk_en.ts, which this
script fills from the "(s)", "(es)" and "y(ies)" of each text.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent / "rocb_desk"
LANGUAGES = ("ru",)
PLURALS_ONLY = "en"  # the code's own language: only its plural forms are translated


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
    english = ts_file(PLURALS_ONLY)
    subprocess.run(
        ["pyside6-lupdate", "-no-obsolete", "-pluralonly", "-target-language", PLURALS_ONLY]
        + [*sources(), "-ts", str(english)],
        check=True,
        cwd=HERE.parent,
    )
    fill_english_plurals(english)


def english_forms(source: str) -> tuple[str, str]:
    """One and many: "%n entry(ies)" -> ("%n entry", "%n entries")."""
    one = re.sub(r"\((?:s|es|ies)\)", "", source)
    many = re.sub(r"y\(ies\)", "ies", source)
    many = re.sub(r"\((s|es)\)", r"\1", many)
    return one, many


def fill_english_plurals(path: Path) -> None:
    tree = ElementTree.parse(path)
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or message.get("numerus") != "yes":
            continue
        for form in list(translation):
            translation.remove(form)
        translation.attrib.pop("type", None)
        translation.text = None
        for text in english_forms(message.findtext("source") or ""):
            ElementTree.SubElement(translation, "numerusform").text = text
    ElementTree.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def compile_all() -> None:
    for lang in (*LANGUAGES, PLURALS_ONLY):
        qm = ts_file(lang).with_suffix(".qm")
        subprocess.run(["pyside6-lrelease", str(ts_file(lang)), "-qm", str(qm)], check=True)


if __name__ == "__main__":
    if "--compile" not in sys.argv:
        update()
    compile_all()
