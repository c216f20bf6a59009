"""The demo office with its work plans, copied for each test and acting as the director;
message boxes and input dialogs answered and recorded, never left to block."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from rocb_desk.services.office import Office, open_office

ACTOR = "director"


@pytest.fixture
def plan_office(demo_office: Office) -> Office:
    """A copy of the demo office of the test's own, acting as the director who signs off."""
    office = open_office(demo_office.url.render_as_string(hide_password=False), actor=ACTOR)
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
