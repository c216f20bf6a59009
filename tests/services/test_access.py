"""Accounts, logins and permissions, enforced in the services (so the window and the
command line obey alike): who may post to the books, who signs off, who only reads."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from rocb_desk.db.models import AuditEntry, LedgerEntry, UserAccount
from rocb_desk.domain.access import Role
from rocb_desk.domain.errors import OfficeError, ValidationError
from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services import access, directory
from rocb_desk.services.access import (
    UserForm,
    add_user,
    has_accounts,
    list_users,
    login,
    login_is_off,
    set_login_off,
    set_password,
    update_user,
)
from rocb_desk.services.books import budget, ledger, years
from rocb_desk.services.books.ledger_import import import_ledger
from rocb_desk.services.letters.register import LetterForm, register_letter
from rocb_desk.services.office import Office, open_office
from rocb_desk.services.workplan.review import sign_off_year, year_sign_off

REAL_HASHER = access._hasher
FY2020 = FinancialYear(2020)


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 with its real parameters takes a good part of a second a hash; the rules
    tested here do not depend on them (one test below uses the real ones)."""
    monkeypatch.setattr(
        access, "_hasher", lambda: PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
    )


def _staff(office: Office) -> dict[str, int]:
    """An administrator (created first), a director, an office manager, an officer and a
    read-only account, each with the password `NAME-password`."""
    ids = {}
    for name, role in (
        ("admin", Role.ADMINISTRATOR),
        ("director", Role.DIRECTOR),
        ("manager", Role.OFFICE_MANAGER),
        ("officer", Role.OFFICER),
        ("reader", Role.READ_ONLY),
    ):
        ids[name] = add_user(office, UserForm(name, role.value, f"{name}-password"))
    return ids


def _as(office: Office, name: str) -> Office:
    login(office, name, f"{name}-password")
    return office


def _expense(office: Office, amount: str = "10.00") -> int:
    entry_id, _warnings = ledger.post(
        office, {"date": date(2020, 5, 1), "type": "expense", "code": "2.1", "amount": amount}
    )
    return entry_id


def _entries(office: Office) -> int:
    return ledger.entry_count(office)


def test_the_password_is_kept_as_an_argon2_hash_never_in_the_audit(
    office: Office, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(access, "_hasher", REAL_HASHER)
    user_id = add_user(office, UserForm("anna", "administrator", "correct horse battery"))
    with office.reading() as session:
        row = session.get(UserAccount, user_id)
        trail = " ".join(
            f"{entry.before} {entry.after}" for entry in session.scalars(select(AuditEntry))
        )
    assert row.password_hash.startswith("$argon2id$")
    assert "correct horse" not in row.password_hash
    assert PasswordHasher().verify(row.password_hash, "correct horse battery")
    assert "anna" in trail and row.password_hash not in trail and "correct horse" not in trail
    set_password(office, user_id, "another good phrase")
    with office.reading() as session:
        changed = session.get(UserAccount, user_id).password_hash
        trail = " ".join(
            f"{entry.before} {entry.after}" for entry in session.scalars(select(AuditEntry))
        )
    assert changed != row.password_hash and changed not in trail
    assert login(office, "anna", "another good phrase").role is Role.ADMINISTRATOR


def test_the_first_account_is_the_administrator(office: Office):
    with pytest.raises(ValidationError) as refused:
        add_user(office, UserForm("olga", "office-manager", "long enough"))
    assert refused.value.for_field("role")
    assert not has_accounts(office) and not office.login_required
    add_user(office, UserForm("admin", "administrator", "long enough"))
    # The person who created it goes on as that administrator, not locked out.
    assert office.login_required and office.account.name == "admin" and office.actor == "admin"
    add_user(office, UserForm("olga", "office-manager", "long enough"))
    assert [(line.name, line.role) for line in list_users(office)] == [
        ("admin", Role.ADMINISTRATOR),
        ("olga", Role.OFFICE_MANAGER),
    ]


def test_only_the_administrator_manages_accounts(office: Office):
    ids = _staff(office)
    _as(office, "manager")
    with pytest.raises(OfficeError, match="manager \\(Office manager\\)"):
        add_user(office, UserForm("eve", "administrator", "long enough"))
    with pytest.raises(OfficeError, match="administrator's work"):
        update_user(office, ids["manager"], role="administrator")
    with pytest.raises(OfficeError):
        set_password(office, ids["admin"], "taken over")
    set_password(office, ids["manager"], "my own new one")  # one's own password: yes
    assert login(office, "manager", "my own new one").name == "manager"
    assert [line.role for line in list_users(office)][2] is Role.OFFICE_MANAGER


@pytest.mark.parametrize(
    ("field", "form"),
    [
        ("name", UserForm("two words", "officer", "long enough")),
        ("name", UserForm("", "officer", "long enough")),
        ("name", UserForm("x" * 81, "officer", "long enough")),
        ("name", UserForm("bell\x07", "officer", "long enough")),
        ("name", UserForm("zero\u200bwidth", "officer", "long enough")),
        ("password", UserForm("olga", "officer", "short12")),
        ("role", UserForm("olga", "accountant", "long enough")),
        ("name", UserForm("ADMIN", "officer", "long enough")),  # names differ by more than case
    ],
)
def test_bad_accounts_are_refused_at_the_field(office: Office, field: str, form: UserForm):
    add_user(office, UserForm("admin", "administrator", "long enough"))
    with pytest.raises(ValidationError) as refused:
        add_user(office, form)
    assert refused.value.for_field(field)
    assert len(list_users(office)) == 1


def test_a_wrong_password_is_refused_with_a_delay_that_grows(office: Office):
    _staff(office)
    start = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    with pytest.raises(OfficeError) as wrong_name:
        login(office, "nobody", "officer-password", now=start)
    with pytest.raises(OfficeError) as wrong_password:
        login(office, "officer", "guess", now=start)
    assert str(wrong_name.value) == str(wrong_password.value) == "Wrong name or password."
    # One failure: one second; even the right password waits.
    with pytest.raises(OfficeError, match="^Too many wrong passwords: try again in 1 s.$"):
        login(office, "officer", "officer-password", now=start + timedelta(seconds=0.5))
    moment = start
    for failures in range(2, 12):
        moment += timedelta(seconds=access.delay_after(failures - 1))
        with pytest.raises(OfficeError, match="Wrong name or password"):
            login(office, "officer", "guess", now=moment)
        wait = min(2 ** (failures - 1), 300)
        with pytest.raises(OfficeError) as waiting:
            login(office, "officer", "officer-password", now=moment)
        assert str(waiting.value) == f"Too many wrong passwords: try again in {wait} s."
    assert wait == 300  # the delay stops growing at five minutes
    # The count is in the database: another program opening the office obeys it too.
    other = open_office(office.url.render_as_string(hide_password=False), actor="cli")
    try:
        with pytest.raises(OfficeError, match="try again in 240 s"):
            login(other, "officer", "officer-password", now=moment + timedelta(seconds=60))
        account = login(other, "officer", "officer-password", now=moment + timedelta(seconds=300))
        assert account.role is Role.OFFICER and other.actor == "officer"
    finally:
        other.close()
    # Success starts the count again: one failure means one second.
    with pytest.raises(OfficeError, match="Wrong name or password"):
        login(office, "officer", "guess", now=moment + timedelta(seconds=400))
    with pytest.raises(OfficeError, match="try again in 1 s"):
        login(office, "officer", "officer-password", now=moment + timedelta(seconds=400))


def test_an_inactive_account_cannot_log_in(office: Office):
    ids = _staff(office)
    update_user(office, ids["officer"], active=False)
    with pytest.raises(OfficeError, match="Wrong name or password"):
        login(office, "officer", "officer-password")


def test_a_director_cannot_post_to_the_books(office: Office, tmp_path):
    _staff(office)
    _as(office, "manager")
    kept = _expense(office)
    _as(office, "director")
    with pytest.raises(OfficeError) as refused:
        _expense(office, "99.00")
    assert "director (Director) may not post to the books" in str(refused.value)
    csv = tmp_path / "entries.csv"
    csv.write_text("date,type,code,amount\n2020-05-02,expense,2.1,5.00\n")
    for attempt in (
        lambda: import_ledger(office, csv),
        lambda: ledger.delete_entry(office, kept),
        lambda: ledger.reverse_entry(office, kept, date(2020, 6, 1)),
        lambda: ledger.update_entry(office, kept, ledger.entry_values(office, kept)),
        lambda: budget.set_planned(office, FY2020, {"2.1": Decimal("100.00")}),
        lambda: years.close_year(office, FY2020),
    ):
        with pytest.raises(OfficeError, match="Director"):
            attempt()
    assert _entries(office) == 1 and not years.is_year_closed(office, FY2020)
    # The office manager and the administrator keep the books.
    _as(office, "manager")
    import_ledger(office, csv)
    _as(office, "admin")
    years.close_year(office, FY2020)
    assert _entries(office) == 2 and years.is_year_closed(office, FY2020)
    with office.reading() as session:
        actors = set(
            session.scalars(select(AuditEntry.actor).where(AuditEntry.entity == "ledger_entry"))
        )
    assert actors == {"manager"}


def test_a_read_only_account_changes_nothing(office: Office):
    _staff(office)
    _as(office, "reader")
    before = len(list_users(office))
    members = directory.list_rows(office, "members")
    attempts = (
        lambda: _expense(office),
        lambda: register_letter(office, LetterForm(subject="A note", letter_date=date(2021, 1, 5))),
        lambda: directory.set_active(office, "members", members[0].id, False),
        lambda: add_user(office, UserForm("eve", "officer", "long enough")),
        lambda: set_login_off(office, True),
    )
    for attempt in attempts:
        with pytest.raises(OfficeError, match="reader \\(Read-only\\)"):
            attempt()
    assert _entries(office) == 0 and len(list_users(office)) == before
    assert len(directory.list_rows(office, "members")) == len(members)  # none deactivated


def test_only_the_director_signs_off_the_work_plan(demo_office: Office):
    _staff(demo_office)
    for name in ("admin", "manager", "officer", "reader"):
        _as(demo_office, name)
        with pytest.raises(OfficeError, match="only the director"):
            sign_off_year(demo_office, 2020, "Reviewed")
    assert not year_sign_off(demo_office, 2020).signed
    _as(demo_office, "director")
    assert sign_off_year(demo_office, 2020, "Reviewed").by == "director"
    _as(demo_office, "admin")
    with pytest.raises(OfficeError, match="only the director"):
        sign_off_year(demo_office, 2020, None)  # nor withdraws it
    assert year_sign_off(demo_office, 2020).signed


def test_the_last_administrator_stays(office: Office):
    ids = _staff(office)
    with pytest.raises(OfficeError, match="last active administrator"):
        update_user(office, ids["admin"], role="director")
    with pytest.raises(OfficeError, match="last active administrator"):
        update_user(office, ids["admin"], active=False)
    update_user(office, ids["manager"], role="administrator", full_name="Olga K.")
    update_user(office, ids["admin"], role="officer", confidential=True)
    lines = {line.name: line for line in list_users(office)}
    assert lines["admin"].role is Role.OFFICER and lines["admin"].confidential
    assert lines["manager"].role is Role.ADMINISTRATOR and lines["manager"].full_name == "Olga K."
    # The acting account demoted itself: from now on it acts as an officer.
    assert office.account.role is Role.OFFICER and office.account.readable()[-1] == "confidential"
    with office.reading() as session:
        change = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "user_account")
            .order_by(AuditEntry.id.desc())
        ).first()
    assert '"role": "officer"' in change.after and "password" not in change.after


def test_switching_login_off_is_recorded(office: Office):
    add_user(office, UserForm("solo", "administrator", "long enough"))
    set_login_off(office, True)
    assert login_is_off(office) and not office.login_required
    reopened = open_office(office.url.render_as_string(hide_password=False), actor="desk")
    try:
        assert not reopened.login_required and reopened.account is None
        _expense(reopened)  # the one person of the office does everything, without a login
    finally:
        reopened.close()
    with pytest.raises(OfficeError, match="switch it on"):  # a second person means login
        add_user(office, UserForm("olga", "office-manager", "long enough"))
    set_login_off(office, False)
    assert not login_is_off(office) and office.login_required
    with office.reading() as session:
        switches = session.execute(
            select(AuditEntry.action, AuditEntry.actor, AuditEntry.after)
            .where(AuditEntry.entity == "office_login")
            .order_by(AuditEntry.id)
        ).all()
    assert [(action, actor) for action, actor, _after in switches] == [
        ("login_off", "solo"),
        ("login_on", "solo"),
    ]
    add_user(office, UserForm("olga", "office-manager", "long enough"))
    with pytest.raises(OfficeError, match="2 active accounts"):
        set_login_off(office, True)


def test_an_office_with_accounts_refuses_writes_before_a_login(office: Office):
    _staff(office)
    reopened = open_office(office.url.render_as_string(hide_password=False), actor="desk")
    try:
        assert reopened.login_required and reopened.account is None
        with pytest.raises(OfficeError, match="log in first"):
            _expense(reopened)
        with pytest.raises(OfficeError, match="log in first"):
            register_letter(reopened, LetterForm(subject="A note", letter_date=date(2021, 1, 5)))
    finally:
        reopened.close()
    with office.reading() as session:
        assert session.scalar(select(LedgerEntry.id)) is None


def test_an_account_that_deactivates_itself_is_logged_out(office: Office):
    ids = _staff(office)
    update_user(office, ids["manager"], role="administrator")
    _as(office, "admin")
    update_user(office, ids["admin"], active=False)
    # Nobody else is logged in in its place, even with one other administrator left.
    assert office.account is None and office.login_required
    with pytest.raises(OfficeError, match="log in first"):
        _expense(office)
    assert not {line.name: line for line in list_users(office)}["admin"].active


def test_event_costs_are_the_bookkeepers_work(demo_office: Office):
    from rocb_desk.services.events import register

    with demo_office.reading() as session:
        entry_id, event_id = session.execute(
            select(LedgerEntry.id, LedgerEntry.event_id).where(LedgerEntry.event_id.is_not(None))
        ).first()
    _staff(demo_office)
    _as(demo_office, "officer")
    register.save_event(demo_office, register.load_event(demo_office, event_id), event_id)
    for attempt in (
        lambda: register.unlink_cost(demo_office, entry_id),
        lambda: register.delete_event(demo_office, event_id),  # it would unlink its costs
    ):
        with pytest.raises(OfficeError, match="officer \\(Officer\\) may not post"):
            attempt()
    assert entry_id in {line.entry_id for line in register.costs(demo_office, event_id)}
    _as(demo_office, "manager")
    register.unlink_cost(demo_office, entry_id)
    assert entry_id not in {line.entry_id for line in register.costs(demo_office, event_id)}


def test_the_audit_trail_and_backups_need_a_clearance_for_every_letter(office: Office, tmp_path):
    """The trail keeps what letters said, and a backup carries them all out: an office
    manager (no confidential clearance) gets neither; the administrator does."""
    from rocb_desk.services import audit_view, maintenance

    _staff(office)
    _as(office, "manager")
    with pytest.raises(OfficeError, match="audit trail shows what every letter said"):
        audit_view.search_audit(office, audit_view.AuditFilter())
    with pytest.raises(OfficeError, match="A backup holds every letter"):
        maintenance.backup(office, tmp_path / "copy.zip")
    assert not (tmp_path / "copy.zip").exists()
    _as(office, "admin")
    assert audit_view.search_audit(office, audit_view.AuditFilter(), limit=5)
    assert maintenance.backup(office, tmp_path / "copy.zip").is_file()


def test_guesses_sent_in_parallel_wait_like_guesses_one_after_another(
    office: Office, monkeypatch: pytest.MonkeyPatch
):
    """An attempt is counted before its password is verified: a second guess arriving while
    the first is still being checked already has to wait."""
    _staff(office)
    start = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    verify = access._password_matches
    answers: list[str] = []

    def slow_verification(stored, password):  # noqa: ANN001, ANN202
        if not answers:  # the second guess comes in while the first is being verified
            answers.append("started")
            with pytest.raises(OfficeError) as second:
                login(office, "officer", "another guess", now=start)
            answers.append(str(second.value))
        return verify(stored, password)

    monkeypatch.setattr(access, "_password_matches", slow_verification)
    with pytest.raises(OfficeError, match="Wrong name or password"):
        login(office, "officer", "first guess", now=start)
    assert answers[1] == "Too many wrong passwords: try again in 1 s."


def test_a_made_up_name_waits_too(office: Office):
    """The wait does not tell a real name from one that is no account."""
    _staff(office)
    start = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    with pytest.raises(OfficeError, match="Wrong name or password"):
        login(office, "nobody-here", "guess", now=start)
    with pytest.raises(OfficeError, match="try again in 1 s"):
        login(office, "someone-else", "guess", now=start)
    assert _as(office, "officer").account.name == "officer"  # a real account is not held up


def test_a_refused_account_brings_no_file_into_the_archive(office: Office, tmp_path):
    """A receipt for the director, a document for read-only: refused before a byte of the
    file is copied, so the archive holds nothing that no record names."""
    from rocb_desk.services.events import register as events

    _staff(office)
    entry = _expense(_as(office, "manager"))
    scan = tmp_path / "receipt.pdf"
    scan.write_bytes(b"%PDF-1.4 a receipt")
    for name, attach in (
        ("director", lambda: ledger.attach_receipt(office, entry, scan)),
        ("reader", lambda: events.attach_documents(office, 1, [scan])),
    ):
        _as(office, name)
        with pytest.raises(OfficeError, match=name):
            attach()
    folder = office.attachments_folder
    assert not folder.exists() or not [p for p in folder.rglob("*") if p.is_file()]
