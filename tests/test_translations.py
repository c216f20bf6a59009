"""Every visible string has its Russian translation, every count its English plural, and
the shipped .qm files are current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "i18n" / "rocb_desk_ru.ts"
ENGLISH_TS = ROOT / "i18n" / "rocb_desk_en.ts"
sys.path.insert(0, str(ROOT / "i18n"))
import refresh  # noqa: E402


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        pytest.fail(f"{name} is missing: it comes with PySide6")
    return found


def _unfinished(ts_file: Path) -> list[str]:
    tree = ElementTree.parse(ts_file)
    missing = []
    for context in tree.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = (
                [f.text for f in translation.iter("numerusform")] if translation is not None else []
            )
            text = translation.text if translation is not None else None
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not (text or any(forms))
            ):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
    return missing


def test_every_source_string_of_the_code_is_translated(tmp_path: Path):
    """lupdate over today's code into a copy: nothing new, nothing unfinished."""
    copy = tmp_path / "rocb_desk_ru.ts"
    shutil.copy(TS, copy)
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", *refresh.sources(), "-ts", str(copy)],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    assert _unfinished(copy) == []


def test_every_count_of_the_code_has_its_english_plurals(tmp_path: Path):
    """English speaks the code's own words, but "%n line(s)" needs "1 line", "2 lines"."""
    copy = tmp_path / "rocb_desk_en.ts"
    shutil.copy(ENGLISH_TS, copy)
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", "-pluralonly", *refresh.sources()]
        + ["-ts", str(copy)],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    assert _unfinished(copy) == [], "run: python i18n/refresh.py"
    assert refresh.english_forms("%n entry(ies) found") == ("%n entry found", "%n entries found")
    assert refresh.english_forms("%n row(s) read") == ("%n row read", "%n rows read")


@pytest.mark.parametrize("ts", [TS, ENGLISH_TS], ids=["ru", "en"])
def test_the_shipped_qm_matches_the_ts(tmp_path: Path, ts: Path):
    compiled = tmp_path / "check.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(compiled)], check=True, capture_output=True
    )
    shipped = ts.with_suffix(".qm").read_bytes()
    assert shipped == compiled.read_bytes(), "run: python i18n/refresh.py --compile"


@pytest.mark.parametrize("ts", [TS, ENGLISH_TS], ids=["ru", "en"])
def test_placeholders_survive_translation(ts: Path):
    tree = ElementTree.parse(ts)
    import re

    pattern = re.compile(r"\{\w+\}|%\d|%n")
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        texts = [translation.text or ""] + [f.text or "" for f in translation.iter("numerusform")]
        for text in (t for t in texts if t.strip()):
            assert sorted(set(pattern.findall(source))) == sorted(set(pattern.findall(text))), (
                source
            )
