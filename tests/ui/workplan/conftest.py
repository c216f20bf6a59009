"""The demo office with its work plans, built once per module and copied for each test;
message boxes and input dialogs answered and recorded, never left to block."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from rocb_desk.services import reference_data
from rocb_desk.services.office import Office, open_office

ACTOR = "director"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo office, built once for the module's tests (it takes a few seconds)."""
    folder = tmp_path_factory.mktemp("workplan-demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ROCB_DESK_DATA_DIR", str(folder / "data"))
        patch.setenv("ROCB_DESK_CONFIG_DIR", str(folder / "config"))
        office = open_office(str(folder / "demo.sqlite3"), actor=ACTOR)
        try:
            reference_data.load_reference(office)
            reference_data.load_demo(office)
        finally:
            office.close()
    return folder / "demo.sqlite3"


@pytest.fixture
def plan_office(demo_template: Path, tmp_path: Path) -> Office:
    """A copy of the demo office of the test's own: a test may change anything in it."""
    target = tmp_path / "office.sqlite3"
    shutil.copyfile(demo_template, target)
    for suffix in ("-wal", "-shm"):
        journal = demo_template.with_name(demo_template.name + suffix)
        if journal.exists():
            shutil.copyfile(journal, target.with_name(target.name + suffix))
    files = demo_template.with_name(demo_template.stem + "-data")
    if files.exists():
        shutil.copytree(files, target.with_name(target.stem + "-data"))
    office = open_office(str(target), actor=ACTOR)
    yield office
    office.close()


@pytest.fixture(autouse=True)
def said(monkeypatch) -> dict[str, list[str]]:
    """Questions answered Yes, comments asked for answered "Reviewed"; all recorded."""
    said: dict[str, list[str]] = {"question": [], "information": [], "warning": [], "input": []}

    def record(kind: str, answer=None):  # noqa: ANN001, ANN202
        def box(_parent, _title, text, *_args, **_kwargs):  # noqa: ANN001, ANN202
            said[kind].append(text)
            return answer

        return box

    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", record("input", ("Reviewed", True)))
    return said
