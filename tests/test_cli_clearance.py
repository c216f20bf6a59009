"""On the command line too, a confidential letter never appears for an officer: `letters
search` and `letters export` with --user and ROCB_DESK_PASSWORD answer as the window does.

The demo's 2021/4 is confidential; IN-2021/1, which it answers, is internal.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rocb_desk.cli import run
from rocb_desk.services import access
from rocb_desk.services.office import open_office

PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="module")
def secured_db(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> str:
    """A copy of the demo office with an administrator, an officer and a director."""
    folder = tmp_path_factory.mktemp("clearance")
    db = str(folder / "o.sqlite3")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ROCB_DESK_DATA_DIR", str(folder / "data"))
        patch.setenv("ROCB_DESK_CONFIG_DIR", str(folder / "config"))
        for suffix in ("", "-wal", "-shm"):  # as tests/conftest.py's demo_office copies it
            journal = demo_template.with_name(demo_template.name + suffix)
            if journal.exists():
                shutil.copyfile(journal, db + suffix)
        office = open_office(db, actor="setup")
        try:
            # The first account is the administrator; the later ones are made by them.
            for name, role in (("ada", "administrator"), ("olga", "officer"), ("dina", "director")):
                access.add_user(office, access.UserForm(name, role, PASSWORD))
        finally:
            office.close()
    return db


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROCB_DESK_PASSWORD", PASSWORD)


def _search(db: str, user: str, words: str, capsys) -> list[str]:  # noqa: ANN001
    assert run(["--db", db, "--user", user, "letters", "search", words, "--limit", "500"]) == 0
    return [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]


def test_search_as_an_officer_never_shows_the_confidential_letter(secured_db, capsys):
    for words in ("compact list", "2021/4", "seven Member Administrations", ""):
        assert "2021/4" not in _search(secured_db, "olga", words, capsys), words
    # Logged in indeed: the officer sees the internal letter it answers.
    assert "IN-2021/1" in _search(secured_db, "olga", "needs assessment", capsys)
    assert _search(secured_db, "dina", "compact list", capsys) == ["2021/4"]


def test_export_as_an_officer_is_refused_as_for_no_such_letter(secured_db, tmp_path: Path, capsys):
    target = tmp_path / "2021-4.pdf"
    argv = ["--db", secured_db, "letters", "export", "2021/4", "-o", str(target)]
    assert run([argv[0], argv[1], "--user", "olga", *argv[2:]]) == 1
    refused = capsys.readouterr()
    assert "No letter has the reference 2021/4" in refused.err and not refused.out
    assert not target.exists()
    assert run([argv[0], argv[1], "--user", "dina", *argv[2:]]) == 0
    assert target.stat().st_size > 0
