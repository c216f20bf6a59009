"""`--user`, `users add|list|login` and the permissions of the command line (cli.md)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from rocb_desk.cli import run
from rocb_desk.db.models import AuditEntry
from rocb_desk.domain.errors import OfficeError
from rocb_desk.services import access
from rocb_desk.services.books.ledger import entry_count
from rocb_desk.services.office import open_office

ENTRIES = "date,type,code,amount\n2020-05-01,expense,2.1,10.00\n2020-05-02,expense,2.2,5.00\n"


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real Argon2 parameters cost a good part of a second a hash; not what is tested here."""
    monkeypatch.setattr(
        access, "_hasher", lambda: PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
    )
    monkeypatch.delenv("ROCB_DESK_PASSWORD", raising=False)
    monkeypatch.delenv("ROCB_DESK_NEW_PASSWORD", raising=False)


def cli(capsys, monkeypatch, *argv: str, password: str | None = None, new: str | None = None):  # noqa: ANN001, ANN201
    for variable, value in (("ROCB_DESK_PASSWORD", password), ("ROCB_DESK_NEW_PASSWORD", new)):
        if value is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, value)
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def staffed(tmp_path: Path, capsys, monkeypatch) -> str:  # noqa: ANN001
    """An office with an administrator, a director and an office manager."""
    db = str(tmp_path / "o.sqlite3")
    assert cli(capsys, monkeypatch, "--db", db, "init")[0] == 0
    code, out, _ = cli(
        capsys,
        monkeypatch,
        "--db",
        db,
        "users",
        "add",
        "admin",
        "--role",
        "administrator",
        password="admin-password",
    )
    assert code == 0 and out.strip() == "Account admin added: Administrator"
    for name, role in (("eser", "director"), ("olga", "office-manager")):
        code, _, err = cli(
            capsys,
            monkeypatch,
            "--db",
            db,
            "--user",
            "admin",
            "users",
            "add",
            name,
            "--role",
            role,
            password="admin-password",
            new=f"{name}-password",
        )
        assert code == 0, err
    return db


def test_users_add_and_list(staffed: str, capsys, monkeypatch):
    db = staffed
    code, _, err = cli(
        capsys,
        monkeypatch,
        "--db",
        db,
        "--user",
        "admin",
        "users",
        "add",
        "rita",
        "--role",
        "officer",
        "--full-name",
        "Rita M.",
        "--confidential",
        password="admin-password",
        new="rita-password",
    )
    assert code == 0, err
    cli(
        capsys,
        monkeypatch,
        "--db",
        db,
        "--user",
        "admin",
        "users",
        "add",
        "guest",
        "--role",
        "read-only",
        password="admin-password",
        new="guest-password",
    )
    code, out, _ = cli(
        capsys, monkeypatch, "--db", db, "--user", "olga", "users", "list", password="olga-password"
    )
    assert code == 0
    assert out.splitlines() == [
        "admin\tadministrator\tconfidential\tactive",
        "eser\tdirector\tconfidential\tactive",
        "guest\tread-only\tmembers\tactive",
        "olga\toffice-manager\tinternal\tactive",
        "rita\tofficer\tconfidential\tactive",
    ]
    # The new accounts got their own passwords, not the administrator's.
    assert (
        cli(
            capsys,
            monkeypatch,
            "--db",
            db,
            "--user",
            "rita",
            "users",
            "list",
            password="rita-password",
        )[0]
        == 0
    )
    assert (
        cli(
            capsys,
            monkeypatch,
            "--db",
            db,
            "--user",
            "rita",
            "users",
            "list",
            password="admin-password",
        )[0]
        == 1
    )


def test_an_office_with_accounts_needs_a_login(staffed: str, capsys, monkeypatch):
    db = staffed
    for argv in (("members", "list"), ("check",), ("users", "list"), ("init",)):
        code, out, err = cli(capsys, monkeypatch, "--db", db, *argv)
        assert code == 1 and out == ""
        assert err.strip() == (
            "This office has user accounts: log in first (--user NAME on the command line)."
        )
    code, out, err = cli(
        capsys, monkeypatch, "--db", db, "--user", "olga", "members", "list", password="not hers"
    )
    assert (code, out, err.strip()) == (1, "", "Wrong name or password.")
    code, out, _ = cli(
        capsys,
        monkeypatch,
        "--db",
        db,
        "--user",
        "nobody",
        "members",
        "list",
        password="olga-password",
    )
    assert code == 1 and out == ""
    # A new file needs no login: it has no accounts yet.
    fresh = str(Path(db).with_name("fresh.sqlite3"))
    assert cli(capsys, monkeypatch, "--db", fresh, "init")[0] == 0


def test_the_password_is_asked_for_when_not_in_the_environment(staffed: str, capsys, monkeypatch):
    db = staffed
    typed = iter(["olga-password"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
    code, out, _ = cli(capsys, monkeypatch, "--db", db, "--user", "olga", "members", "list")
    assert code == 0 and "MD\tRepublic of Moldova" in out
    # A new account's password is typed twice; two different ones write nothing.
    typed = iter(["admin-password", "first-try", "second-try"])
    code, _, err = cli(
        capsys,
        monkeypatch,
        "--db",
        db,
        "--user",
        "admin",
        "users",
        "add",
        "kim",
        "--role",
        "officer",
    )
    assert code == 1 and err.strip() == "The two passwords are not the same; nothing was changed."
    typed = iter(["admin-password", "kim-password", "kim-password"])
    assert (
        cli(
            capsys,
            monkeypatch,
            "--db",
            db,
            "--user",
            "admin",
            "users",
            "add",
            "kim",
            "--role",
            "officer",
        )[0]
        == 0
    )
    typed = iter(["kim-password"])
    assert cli(capsys, monkeypatch, "--db", db, "--user", "kim", "users", "list")[0] == 0


def test_a_director_cannot_import_to_the_books(staffed: str, tmp_path: Path, capsys, monkeypatch):
    db = staffed
    entries = tmp_path / "entries.csv"
    entries.write_text(ENTRIES)
    code, out, err = cli(
        capsys,
        monkeypatch,
        "--db",
        db,
        "--user",
        "eser",
        "ledger",
        "import",
        str(entries),
        password="eser-password",
    )
    assert code == 1 and out == ""
    assert err.strip() == (
        "eser (Director) may not post to the books or close a year: "
        "that is the office manager's or the administrator's work."
    )
    office = open_office(db, create=False)
    try:
        assert entry_count(office) == 0
    finally:
        office.close()
    code, out, err = cli(
        capsys,
        monkeypatch,
        "--db",
        db,
        "--user",
        "olga",
        "ledger",
        "import",
        str(entries),
        password="olga-password",
    )
    assert code == 0, err
    office = open_office(db, create=False)
    try:
        assert entry_count(office) == 2
        with office.reading() as session:
            actors = set(
                session.scalars(select(AuditEntry.actor).where(AuditEntry.entity == "ledger_entry"))
            )
        assert actors == {"olga"}
    finally:
        office.close()


def test_the_wait_after_failures_holds_on_the_command_line(staffed: str, capsys, monkeypatch):
    db = staffed
    office = open_office(db, create=False)
    try:
        moment = datetime.now(UTC) - timedelta(seconds=600)
        for failures in range(1, 10):  # the ninth failure: 256 seconds, from just now
            moment += timedelta(seconds=access.delay_after(failures - 1))
            if failures == 9:
                moment = datetime.now(UTC)
            with pytest.raises(OfficeError, match="Wrong name or password"):
                access.login(office, "olga", "guess", now=moment)
    finally:
        office.close()
    code, out, err = cli(
        capsys,
        monkeypatch,
        "--db",
        db,
        "--user",
        "olga",
        "members",
        "list",
        password="olga-password",
    )
    assert code == 1 and out == ""
    assert err.startswith("Too many wrong passwords: try again in ") and err.strip().endswith(" s.")
    assert 200 < int(err.split()[-2]) <= 256


def test_login_off_for_a_one_person_office(tmp_path: Path, capsys, monkeypatch):
    db = str(tmp_path / "o.sqlite3")
    cli(capsys, monkeypatch, "--db", db, "init")
    cli(
        capsys,
        monkeypatch,
        "--db",
        db,
        "users",
        "add",
        "solo",
        "--role",
        "administrator",
        password="solo-password",
    )
    assert cli(capsys, monkeypatch, "--db", db, "members", "list")[0] == 1
    code, out, _ = cli(
        capsys,
        monkeypatch,
        "--db",
        db,
        "--user",
        "solo",
        "users",
        "login",
        "--off",
        password="solo-password",
    )
    assert code == 0 and "Login is off" in out
    code, out, _ = cli(capsys, monkeypatch, "--db", db, "members", "list")
    assert code == 0 and out
    assert cli(capsys, monkeypatch, "--db", db, "users", "login", "--on")[0] == 0
    assert cli(capsys, monkeypatch, "--db", db, "members", "list")[0] == 1
    office = open_office(db, create=False)
    try:
        with office.reading() as session:
            switches = session.execute(
                select(AuditEntry.action, AuditEntry.actor).where(
                    AuditEntry.entity == "office_login"
                )
            ).all()
    finally:
        office.close()
    assert [action for action, _actor in switches] == ["login_off", "login_on"]
    assert switches[0].actor == "solo"


def test_users_usage_errors_exit_2(tmp_path: Path):
    db = str(tmp_path / "o.sqlite3")
    for argv in (
        ["users", "add", "x", "--role", "accountant"],
        ["users", "add", "x"],
        ["users", "login"],
        ["users", "login", "--on", "--off"],
    ):
        with pytest.raises(SystemExit) as usage:
            run(["--db", db, *argv])
        assert usage.value.code == 2


def test_restore_over_an_office_with_accounts_needs_its_administrator(
    staffed: str, tmp_path: Path, capsys, monkeypatch
):
    """A backup replaces everything, accounts included: only the administrator of the office
    being replaced may do it; anyone else is refused and the office is left as it was."""
    backup = tmp_path / "copy.zip"
    admin = {"password": "admin-password"}
    code, _, err = cli(
        capsys,
        monkeypatch,
        "--db",
        staffed,
        "--user",
        "admin",
        "backup",
        "-o",
        str(backup),
        **admin,
    )
    assert code == 0, err
    # Made after the backup: it is there as long as the office was not replaced.
    code, _, err = cli(
        capsys,
        monkeypatch,
        "--db",
        staffed,
        "--user",
        "admin",
        "users",
        "add",
        "late",
        "--role",
        "officer",
        new="late-password",
        **admin,
    )
    assert code == 0, err

    def accounts() -> str:
        return cli(
            capsys, monkeypatch, "--db", staffed, "--user", "admin", "users", "list", **admin
        )[1]

    for user, password in ((None, None), ("olga", "olga-password")):
        argv = ["--db", staffed] + (["--user", user] if user else [])
        code, _, err = cli(
            capsys, monkeypatch, *argv, "restore", str(backup), "--force", password=password
        )
        assert code == 1 and err.strip(), (user, err)
        assert "late\t" in accounts()
    assert "olga (Office manager)" in err
    code, out, err = cli(
        capsys,
        monkeypatch,
        "--db",
        staffed,
        "--user",
        "admin",
        "restore",
        str(backup),
        "--force",
        **admin,
    )
    assert code == 0 and "Office restored" in out, err
    assert "late\t" not in accounts() and "olga\t" in accounts()
