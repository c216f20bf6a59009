"""The command-line contract of ../shared/design/cli.md: names, formats, exit codes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rocb_desk.cli import run


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_demo_then_check_and_members_list(tmp_path: Path, capsys):
    db = str(tmp_path / "o.sqlite3")
    assert cli(capsys, "--db", db, "init", "--demo")[0] == 0
    code, out, _ = cli(capsys, "--db", db, "check")
    assert code == 0 and "sound" in out
    code, out, _ = cli(capsys, "--db", db, "members", "list")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) >= 50
    assert "MD\tRepublic of Moldova\tРеспублика Молдова" in lines
    assert all(len(line.split("\t")) == 3 for line in lines)


def test_init_twice_is_harmless(tmp_path: Path, capsys):
    db = str(tmp_path / "o.sqlite3")
    cli(capsys, "--db", db, "init", "--demo")
    first = cli(capsys, "--db", db, "members", "list")[1]
    assert cli(capsys, "--db", db, "init", "--demo")[0] == 0
    assert cli(capsys, "--db", db, "members", "list")[1] == first


def test_refusal_is_one_line_exit_1_no_traceback(tmp_path: Path, capsys):
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database")
    code, out, err = cli(capsys, "--db", str(bad), "check")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert bad.read_text() == "not a database"


def test_refusal_in_russian(tmp_path: Path, capsys):
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database")
    code, _, err = cli(capsys, "--lang", "ru", "--db", str(bad), "check")
    assert code == 1
    assert "SQLite" in err and any("а" <= ch <= "я" for ch in err.lower())


def test_wrong_usage_exits_2(tmp_path: Path):
    with pytest.raises(SystemExit) as usage:
        run(["--db", str(tmp_path / "o.sqlite3"), "no-such-command"])
    assert usage.value.code == 2


def test_backup_and_restore_commands(tmp_path: Path, capsys):
    db = str(tmp_path / "o.sqlite3")
    cli(capsys, "--db", db, "init", "--demo")
    backup = tmp_path / "office-backup.zip"
    assert cli(capsys, "--db", db, "backup", "-o", str(backup))[0] == 0 and backup.exists()
    code, _, err = cli(capsys, "--db", db, "restore", str(backup))
    assert code == 1 and "--force" in err
    copy = str(tmp_path / "copy.sqlite3")
    assert cli(capsys, "--db", copy, "restore", str(backup))[0] == 0
    assert (
        cli(capsys, "--db", copy, "members", "list")[1]
        == cli(capsys, "--db", db, "members", "list")[1]
    )


def test_default_database_comes_from_the_environment(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.setenv("ROCB_DESK_DB", str(tmp_path / "env.sqlite3"))
    assert cli(capsys, "init")[0] == 0
    assert (tmp_path / "env.sqlite3").exists()


def test_the_installed_entry_point_runs(tmp_path: Path):
    """The `rocb-desk` script that pip installed, as a user types it."""
    script = shutil.which("rocb-desk", path=str(Path(sys.executable).parent))
    assert script, "rocb-desk is not installed beside this Python"
    db = str(tmp_path / "o.sqlite3")
    done = subprocess.run(
        [script, "--db", db, "init"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    done = subprocess.run(
        [script, "--db", db, "restore", str(tmp_path / "missing.zip")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr


def test_ledger_import_all_or_nothing(tmp_path: Path, capsys):
    db = str(tmp_path / "o.sqlite3")
    cli(capsys, "--db", db, "init")
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "date,type,code,amount\n2020-05-01,expense,2.1,10.00\n2020-05-02,expense,7.7,1.00\n"
    )
    code, out, err = cli(capsys, "--db", db, "ledger", "import", str(bad))
    assert code == 1 and out == ""
    assert (
        err.strip()
        == "row 3, column code: \u201c7.7\u201d is not a budget item code (1.0, 2.1 \u2026 6.0)."
    )
    good = tmp_path / "good.csv"
    good.write_text("date,type,code,amount\n2020-05-01,expense,2.1,10.00\n")
    code, out, _ = cli(capsys, "--db", db, "ledger", "import", str(good))
    assert code == 0 and "1" in out


def test_statement_and_ledger_export_commands(tmp_path: Path, capsys):
    db = str(tmp_path / "o.sqlite3")
    cli(capsys, "--db", db, "init", "--demo")
    for name in ("st.pdf", "st.docx"):
        assert (
            cli(capsys, "--db", db, "statement", "--fy", "2020/2021", "-o", str(tmp_path / name))[0]
            == 0
        )
        assert (tmp_path / name).stat().st_size > 1000
    assert (
        cli(
            capsys,
            "--db",
            db,
            "ledger",
            "export",
            "--fy",
            "2020/2021",
            "-o",
            str(tmp_path / "l.xlsx"),
        )[0]
        == 0
    )
    code, _, err = cli(
        capsys, "--db", db, "ledger", "export", "--fy", "2020/2021", "-o", str(tmp_path / "l.pdf")
    )
    assert code == 1 and ".xlsx" in err
    with pytest.raises(SystemExit) as usage:
        run(["--db", db, "statement", "--fy", "2020-21", "-o", str(tmp_path / "x.pdf")])
    assert usage.value.code == 2
