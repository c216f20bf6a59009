"""Every test runs in a folder of its own: data, settings and the office database.

Qt runs offscreen, set here so that nobody running the tests has to set it.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from rocb_desk import i18n  # noqa: E402
from rocb_desk.services import reference_data  # noqa: E402
from rocb_desk.services.office import Office, open_office  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def application(qapp):  # noqa: ANN001, ANN201
    """One QApplication before anything else: the command line would otherwise create a
    bare QCoreApplication for its translations, and widgets need the full one."""
    return qapp


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ROCB_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ROCB_DESK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("ROCB_DESK_DB", raising=False)
    yield tmp_path
    i18n.install("en")


@pytest.fixture
def office_path(tmp_path: Path) -> Path:
    return tmp_path / "office.sqlite3"


@pytest.fixture
def office(office_path: Path) -> Office:
    """A new office with its reference data (members, RTCs)."""
    opened = open_office(str(office_path), actor="tester")
    reference_data.load_reference(opened)
    yield opened
    opened.close()


@pytest.fixture
def demo_office(office: Office) -> Office:
    reference_data.load_demo(office)
    return office
