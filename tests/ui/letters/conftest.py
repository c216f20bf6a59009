"""Message boxes and file dialogs in the Correspondence tab's tests: answered and recorded,
never left to block."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from rocb_desk.services.office import Office
from rocb_desk.ui.letters.search_page import SearchPage


@pytest.fixture(autouse=True)
def answer_yes(monkeypatch):
    """Questions answered Yes (and recorded); information and warnings recorded, never shown."""
    said: dict[str, list[str]] = {"question": [], "information": [], "warning": []}

    def record(kind: str, answer=None):  # noqa: ANN001, ANN202
        def box(_parent, _title, text, *_args, **_kwargs):  # noqa: ANN001, ANN202
            said[kind].append(text)
            return answer

        return box

    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    return said


@pytest.fixture
def page(qtbot, demo_office: Office) -> SearchPage:
    shown = SearchPage(demo_office)
    qtbot.addWidget(shown)
    shown.resize(1300, 700)
    shown.show()
    return shown
