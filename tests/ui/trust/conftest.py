"""The demo office with its staff's accounts, cheap password hashes, and boxes answered."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from PySide6.QtWidgets import QMessageBox

from rocb_desk.domain.access import Role
from rocb_desk.services import access
from rocb_desk.services.office import Office
from rocb_desk.ui.main_window import MainWindow
from rocb_desk.ui.trust import backups

STAFF = (
    ("admin", Role.ADMINISTRATOR),
    ("director", Role.DIRECTOR),
    ("manager", Role.OFFICE_MANAGER),
    ("officer", Role.OFFICER),
    ("reader", Role.READ_ONLY),
)


def password(name: str) -> str:
    return f"{name}-password"


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 with its real parameters takes a good part of a second a hash; what the
    window does with a login does not depend on them."""
    monkeypatch.setattr(
        access, "_hasher", lambda: PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
    )


@pytest.fixture(autouse=True)
def said(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Questions answered Yes, warnings recorded: no box is left to block a test."""
    said: dict[str, list[str]] = {"question": [], "warning": []}

    def question(_parent, _title, text, *_args, **_kwargs):  # noqa: ANN001, ANN202
        said["question"].append(text)
        return QMessageBox.StandardButton.Yes

    def warning(_parent, _title, text, *_args, **_kwargs):  # noqa: ANN001, ANN202
        said["warning"].append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(backups.ClosingBackup, "failure_shown_ms", 0)
    return said


@pytest.fixture
def staffed(demo_office: Office) -> Office:
    """The demo office with an account for each role (the administrator made first, and
    logged in), each with the password NAME-password."""
    for name, role in STAFF:
        access.add_user(demo_office, access.UserForm(name, role.value, password(name)))
    assert demo_office.login_required and demo_office.account.name == "admin"
    return demo_office


@pytest.fixture
def window_as(qtbot, staffed: Office):  # noqa: ANN001, ANN201
    """A main window on the staffed office, for the account logged in by name."""

    def make(name: str) -> MainWindow:
        access.login(staffed, name, password(name))
        window = MainWindow(staffed)
        qtbot.addWidget(window)
        window.show()
        return window

    return make
