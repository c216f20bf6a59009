"""Message boxes in the RTC page's tests: answered and recorded, never left to block."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


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
