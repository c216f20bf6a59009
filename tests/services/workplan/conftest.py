"""One demo office built per test module, copied for each test that may change it.

Building the demo office takes seconds (its letters carry files); the work plan's
tests read it far more often than they change it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rocb_desk.cli import run
from rocb_desk.services.office import Office, open_office


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("workplan") / "demo.sqlite3"
    assert run(["--db", str(path), "init", "--demo"]) == 0
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Office:
    """A fresh copy of the demo office (the database; attachments are not needed here)."""
    copy = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_file, copy)
    opened = open_office(str(copy), actor="director")
    yield opened
    opened.close()
