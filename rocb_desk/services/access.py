"""Enforcing who may do what, in the services, so the window and the command line obey alike.

Every write passes `office.transaction(permission)`, which calls `refuse` when the acting
account may not do it; a service that lists letters filters by `office.readable()`.
Here also: logging in (Argon2 password hashes, a delay that grows after failed attempts,
kept in the database so the command line obeys it too) and switching login off.
The accounts themselves are managed in services/accounts.py and re-exported here.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from ..db.models import OfficeSetting, UserAccount
from ..domain.access import DENIED, ROLE_LABELS, Account, Permission, Role
from ..domain.errors import QT_TRANSLATE_NOOP, OfficeError
from ..i18n import translate
from . import audit
from .office import ACTIVE_ACCOUNTS, LOGIN_OFF, LOGIN_OFF_VALUE, Office, login_required

if TYPE_CHECKING:
    from argon2 import PasswordHasher

MAX_DELAY = 300  # seconds: the longest wait after repeated failures

NOT_LOGGED_IN = QT_TRANSLATE_NOOP(
    "Errors", "This office has user accounts: log in first (--user NAME on the command line)."
)
WRONG_LOGIN = QT_TRANSLATE_NOOP("Errors", "Wrong name or password.")
WAIT = QT_TRANSLATE_NOOP("Errors", "Too many wrong passwords: try again in {seconds} s.")
NOT_ONE_PERSON = QT_TRANSLATE_NOOP(
    "Errors",
    "Login can be switched off only in a one-person office: "
    "this office has {count} active accounts.",
)


def require(office: Office, permission: Permission) -> None:
    """Refuse, naming the person and the role, unless the acting account may do this."""
    if not office.may(permission):
        refuse(office, permission)


def refuse(office: Office, permission: Permission) -> None:
    account = office.account
    if account is None:
        raise OfficeError(NOT_LOGGED_IN)
    role = translate("Access", ROLE_LABELS[account.role])
    raise OfficeError(DENIED[permission], user=account.name, role=role)


BACKUP_SEES_ALL = QT_TRANSLATE_NOOP(
    "Errors",
    "A backup holds every letter of the office, confidential ones included: only an "
    "account that may read them all (the director, the administrator) writes one.",
)
AUDIT_SEES_ALL = QT_TRANSLATE_NOOP(
    "Errors",
    "The audit trail shows what every letter said, confidential ones included: only an "
    "account that may read them all (the director, the administrator) opens it.",
)


def require_all_letters(office: Office, refusal: str) -> None:
    """Refuse, with `refusal`, what would show letters above the account's clearance (the
    audit trail's before and after values, a backup carried out of the office)."""
    readable = office.readable()
    if readable is not None and "confidential" not in readable:
        raise OfficeError(refusal)


# --- passwords ---------------------------------------------------------------------------


def _hasher() -> PasswordHasher:
    """Argon2id with the library's recommended parameters (tests may swap in cheaper ones)."""
    from argon2 import PasswordHasher  # imported when a password is checked, not at start-up

    return PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher().hash(password)


_dummy_hash: list[str] = []


def _password_matches(stored: str | None, password: str) -> bool:
    """Verify `password`; with no account (`stored` None) verify against a dummy hash all the
    same, so that a wrong name takes as long as a wrong password."""
    from argon2.exceptions import InvalidHashError, VerificationError

    hasher = _hasher()
    if stored is None:
        if not _dummy_hash:
            _dummy_hash.append(hasher.hash("not a password of this office"))
        try:
            hasher.verify(_dummy_hash[0], password)
        except (VerificationError, InvalidHashError):
            pass
        return False
    try:
        return hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


# --- logging in --------------------------------------------------------------------------


def delay_after(failures: int) -> int:
    """Seconds an account waits after its `failures`-th consecutive failed login."""
    return min(2 ** (failures - 1), MAX_DELAY) if failures > 0 else 0


def find_account(session, name: str) -> UserAccount | None:  # noqa: ANN001 - a Session
    """The account of `name`, compared without regard to case (names are unique so)."""
    wanted = name.strip().casefold()
    for row in session.scalars(select(UserAccount)):
        if row.name.casefold() == wanted:
            return row
    return None


def account_of(row: UserAccount) -> Account:
    return Account(row.name, Role(row.role), bool(row.confidential))


def login(office: Office, name: str, password: str, *, now: datetime | None = None) -> Account:
    """Log `name` in: `office.account` and `office.actor` become that account.

    A wrong name and a wrong password get the same answer. After the n-th consecutive
    failure of an account, further attempts wait min(2**(n-1), 300) seconds, counted from
    the last failure kept in the database, whichever program tried. Names that are no
    account share one such count, so the wait does not tell a real name from a made-up one.

    The attempt is counted as a failure before the password is verified, in one writing
    transaction with the check of the wait (writers take turns), so guesses sent in
    parallel wait like guesses sent one after the other; a right password then clears it."""
    now = _utc(now)
    with office.transaction(None) as session:  # before the login: no permission yet
        row = find_account(session, name)
        if row is not None and not row.active:
            row = None
        counter = _Counter(session, row)
        remaining = counter.remaining(now)
        if remaining > 0:
            raise OfficeError(WAIT, seconds=math.ceil(remaining))
        counter.fail(now)
        account_id = row.id if row is not None else None
        stored = row.password_hash if row is not None else None
    if not _password_matches(stored, password) or account_id is None:
        raise OfficeError(WRONG_LOGIN)
    with office.transaction(None) as session:
        fresh = session.get(UserAccount, account_id)
        if fresh is None or not fresh.active:  # removed while the password was checked
            raise OfficeError(WRONG_LOGIN)
        fresh.failed_logins, fresh.last_failed_at = 0, None
        if _hasher().check_needs_rehash(fresh.password_hash):
            fresh.password_hash = hash_password(password)
        account = account_of(fresh)
    office.account = account
    office.actor = account.name
    return account


UNKNOWN_NAMES = "access.unknown_names"  # {"failures": n, "last": ISO time}


class _Counter:
    """The consecutive failures of an account, or of all names that are no account."""

    def __init__(self, session, row: UserAccount | None) -> None:  # noqa: ANN001 - a Session
        self.session, self.row = session, row
        if row is None:
            setting = session.get(OfficeSetting, UNKNOWN_NAMES)
            try:
                kept = json.loads(setting.value) if setting is not None else {}
                self.failures = int(kept.get("failures", 0))
                self.last = datetime.fromisoformat(kept["last"]) if "last" in kept else None
            except (ValueError, TypeError, AttributeError):  # hand-edited: start again
                self.failures, self.last = 0, None
        else:
            self.failures, self.last = row.failed_logins or 0, row.last_failed_at

    def remaining(self, now: datetime) -> float:
        if not self.failures or self.last is None:
            return 0.0
        delay = delay_after(self.failures)
        remaining = (_utc(self.last) + timedelta(seconds=delay) - now).total_seconds()
        return min(remaining, delay)  # a clock set back never makes the wait longer

    def fail(self, now: datetime) -> None:
        if self.row is not None:
            self.row.failed_logins = self.failures + 1
            self.row.last_failed_at = now
            return
        value = json.dumps({"failures": self.failures + 1, "last": now.isoformat()})
        setting = self.session.get(OfficeSetting, UNKNOWN_NAMES)
        if setting is None:
            self.session.add(OfficeSetting(key=UNKNOWN_NAMES, value=value))
        else:
            setting.value = value


def _utc(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    return now if now.tzinfo is not None else now.replace(tzinfo=UTC)


def logout(office: Office) -> None:
    office.account = None


# --- switching login off -----------------------------------------------------------------


def login_is_off(office: Office) -> bool:
    with office.reading() as session:
        return login_off_in(session)


def login_off_in(session) -> bool:  # noqa: ANN001 - a Session
    return session.scalar(LOGIN_OFF_VALUE) == "1"


def set_login_off(office: Office, off: bool) -> None:
    """Switch login off (a one-person office) or on again; the choice is audited."""
    with office.transaction(Permission.ADMINISTER) as session:
        setting = session.get(OfficeSetting, LOGIN_OFF)
        was_off = setting is not None and setting.value == "1"
        if was_off == off:
            return
        if off:
            active = active_count(session)
            if active > 1:
                raise OfficeError(NOT_ONE_PERSON, count=active)
        if setting is None:
            session.add(OfficeSetting(key=LOGIN_OFF, value="1" if off else "0"))
        else:
            setting.value = "1" if off else "0"
        audit.record(
            session,
            office.actor,
            "login_off" if off else "login_on",
            "office_login",
            None,
            before={"login_off": was_off},
            after={"login_off": off},
        )
    settle(office)


def active_count(session) -> int:  # noqa: ANN001 - a Session
    return session.scalar(ACTIVE_ACCOUNTS)


def settle(office: Office) -> None:
    """After a change to the accounts or to login, bring this open office up to date.

    When login has just become required and nobody is logged in here, the one person who
    made the change goes on as the office's only active account (the first administrator
    just created, or the account of a one-person office turning login back on); with
    several accounts this office must log in. Nobody is ever logged in here in place of
    someone who already had to log in (an account that deactivated itself is logged out)."""
    was_required = office.login_required
    office.login_required = login_required(office)
    if not office.login_required:
        return
    with office.reading() as session:
        rows = session.scalars(select(UserAccount).where(UserAccount.active)).all()
        if office.account is not None:
            current = next((r for r in rows if r.name == office.account.name), None)
            office.account = account_of(current) if current is not None else None
            return
        if len(rows) == 1 and not was_required:
            office.account = account_of(rows[0])
            office.actor = rows[0].name


# The account API lives in services/accounts.py (which builds on this module) and is
# offered here too, where the window and the command line look for it.
_ACCOUNT_API = (
    "UserForm",
    "UserLine",
    "add_user",
    "has_accounts",
    "list_users",
    "set_password",
    "update_user",
)


def __getattr__(name: str) -> object:
    if name in _ACCOUNT_API:
        from . import accounts

        return getattr(accounts, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
