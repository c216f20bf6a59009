"""Every test runs in a folder of its own: data, settings and the office database.

Qt runs offscreen, set here so that nobody running the tests has to set it.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
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


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo office, built once for the whole run: it takes seconds (its letters carry
    files, its plans link events and letters), and most tests of the tabs start from it."""
    folder = tmp_path_factory.mktemp("demo-template")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ROCB_DESK_DATA_DIR", str(folder / "data"))
        patch.setenv("ROCB_DESK_CONFIG_DIR", str(folder / "config"))
        built = open_office(str(folder / "office.sqlite3"), actor="tester")
        try:
            reference_data.load_reference(built)
            reference_data.load_demo(built)
        finally:
            built.close()
    return folder / "office.sqlite3"


@pytest.fixture
def demo_office(demo_template: Path, office_path: Path) -> Office:
    """A copy of the demo office of the test's own, attachments and all: change anything."""
    shutil.copyfile(demo_template, office_path)
    for suffix in ("-wal", "-shm"):
        journal = demo_template.with_name(demo_template.name + suffix)
        if journal.exists():
            shutil.copyfile(journal, office_path.with_name(office_path.name + suffix))
    files = demo_template.with_name(demo_template.stem + "-data")
    if files.exists():
        shutil.copytree(files, office_path.with_name(office_path.stem + "-data"))
    opened = open_office(str(office_path), actor="tester")
    yield opened
    opened.close()
