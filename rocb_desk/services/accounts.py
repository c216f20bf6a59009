"""The office's user accounts: adding them, changing their role, clearance and password.

The first account of an office is its administrator; every later change needs the
administrator's permission, and the office never loses its last active administrator.
Passwords are kept only as Argon2 hashes, and never written to the audit trail.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select

from ..db.models import UserAccount
from ..domain.access import Permission, Role
from ..domain.errors import QT_TRANSLATE_NOOP, FieldError, Message, OfficeError, ValidationError
from . import access, audit
from .office import Office

MIN_PASSWORD = 8
MAX_NAME = 80
MAX_FULL_NAME = 200

BAD_NAME = QT_TRANSLATE_NOOP(
    "Errors", "A user name has 1 to 80 characters, without spaces or control characters."
)
NAME_TAKEN = QT_TRANSLATE_NOOP("Errors", "There is already an account named {name}.")
BAD_ROLE = QT_TRANSLATE_NOOP(
    "Errors",
    "The role is one of administrator, director, office-manager, officer, read-only, not {value}.",
)
SHORT_PASSWORD = QT_TRANSLATE_NOOP("Errors", "A password has at least 8 characters.")
LONG_FULL_NAME = QT_TRANSLATE_NOOP("Errors", "The full name has at most 200 characters.")
FIRST_IS_ADMINISTRATOR = QT_TRANSLATE_NOOP(
    "Errors", "The first account of an office is its administrator: choose that role."
)
LAST_ADMINISTRATOR = QT_TRANSLATE_NOOP(
    "Errors",
    "{name} is the last active administrator of this office: "
    "make another account administrator first.",
)
NO_SUCH_ACCOUNT = QT_TRANSLATE_NOOP("Errors", "This account no longer exists.")
LOGIN_IS_OFF = QT_TRANSLATE_NOOP(
    "Errors",
    "Login is switched off, as for a one-person office: "
    "switch it on before giving the office a second active account.",
)


@dataclass(frozen=True)
class UserForm:
    name: str
    role: str  # a domain.access.Role value
    password: str
    full_name: str = ""
    confidential: bool = False


@dataclass(frozen=True)
class UserLine:
    id: int
    name: str
    full_name: str
    role: Role
    confidential: bool
    active: bool


def _name_problem(name: str) -> bool:
    return not 1 <= len(name) <= MAX_NAME or any(
        ch.isspace() or unicodedata.category(ch).startswith("C") for ch in name
    )


def _check_form(form: UserForm) -> list[FieldError]:
    errors: list[FieldError] = []
    if _name_problem(form.name.strip()):
        errors.append(FieldError("name", Message(BAD_NAME)))
    if form.role not in {role.value for role in Role}:
        errors.append(FieldError("role", Message(BAD_ROLE, params={"value": form.role})))
    if len(form.full_name.strip()) > MAX_FULL_NAME:
        errors.append(FieldError("full_name", Message(LONG_FULL_NAME)))
    if len(form.password) < MIN_PASSWORD:
        errors.append(FieldError("password", Message(SHORT_PASSWORD)))
    return errors


def _values(row: UserAccount) -> dict[str, object]:
    """What the audit trail keeps of an account: never its password hash."""
    return {
        "name": row.name,
        "full_name": row.full_name,
        "role": row.role,
        "confidential": bool(row.confidential),
        "active": bool(row.active),
    }


def has_accounts(office: Office) -> bool:
    with office.reading() as session:
        return bool(session.scalar(select(func.count()).select_from(UserAccount)))


def add_user(office: Office, form: UserForm) -> int:
    """Create an account; the first one of the office must be its administrator."""
    errors = _check_form(form)
    if errors:
        raise ValidationError(errors)
    name = form.name.strip()
    password_hash = access.hash_password(form.password)  # slow on purpose: outside the lock
    with office.reading() as session:
        first = not session.scalar(select(func.count()).select_from(UserAccount))
    # The first account is made by the one person of an office without accounts (who may
    # do everything); any later one needs the administrator.
    with office.transaction(None if first else Permission.ADMINISTER) as session:
        if not session.scalar(select(func.count()).select_from(UserAccount)):
            if form.role != Role.ADMINISTRATOR.value:
                raise ValidationError.single("role", FIRST_IS_ADMINISTRATOR)
        elif first:  # another window created the first account meanwhile
            raise OfficeError(access.NOT_LOGGED_IN)
        if access.find_account(session, name) is not None:
            raise ValidationError.single("name", NAME_TAKEN, name=name)
        if access.login_off_in(session) and access.active_count(session) >= 1:
            raise OfficeError(LOGIN_IS_OFF)
        row = UserAccount(
            name=name,
            full_name=form.full_name.strip(),
            role=form.role,
            password_hash=password_hash,
            confidential=bool(form.confidential),
            active=True,
            failed_logins=0,
        )
        session.add(row)
        session.flush()
        audit.record(session, office.actor, "create", "user_account", row.id, after=_values(row))
        account_id = row.id
    access.settle(office)
    return account_id


def list_users(office: Office) -> list[UserLine]:
    with office.reading() as session:
        rows = session.scalars(select(UserAccount).order_by(UserAccount.name)).all()
        return [
            UserLine(
                row.id,
                row.name,
                row.full_name,
                Role(row.role),
                bool(row.confidential),
                bool(row.active),
            )
            for row in rows
        ]


def _other_administrators(session, account_id: int) -> int:  # noqa: ANN001 - a Session
    return session.scalar(
        select(func.count())
        .select_from(UserAccount)
        .where(
            UserAccount.active,
            UserAccount.role == Role.ADMINISTRATOR.value,
            UserAccount.id != account_id,
        )
    )


def update_user(
    office: Office,
    user_id: int,
    *,
    role: str | None = None,
    full_name: str | None = None,
    confidential: bool | None = None,
    active: bool | None = None,
) -> None:
    """Change an account's role, full name, clearance or whether it may log in."""
    if role is not None and role not in {r.value for r in Role}:
        raise ValidationError.single("role", BAD_ROLE, value=role)
    if full_name is not None and len(full_name.strip()) > MAX_FULL_NAME:
        raise ValidationError.single("full_name", LONG_FULL_NAME)
    with office.transaction(Permission.ADMINISTER) as session:
        row = session.get(UserAccount, user_id)
        if row is None:
            raise OfficeError(NO_SUCH_ACCOUNT)
        before = _values(row)
        if role is not None:
            row.role = role
        if full_name is not None:
            row.full_name = full_name.strip()
        if confidential is not None:
            row.confidential = confidential
        if active is not None:
            row.active = active
        after = _values(row)
        if after == before:
            return
        was_administrator = before["active"] and before["role"] == Role.ADMINISTRATOR.value
        is_administrator = after["active"] and after["role"] == Role.ADMINISTRATOR.value
        if (
            was_administrator
            and not is_administrator
            and not _other_administrators(session, row.id)
        ):
            raise OfficeError(LAST_ADMINISTRATOR, name=row.name)
        if after["active"] and not before["active"] and access.login_off_in(session):
            if access.active_count(session) > 1:  # counted with this one, already flushed
                raise OfficeError(LOGIN_IS_OFF)
        changed = [key for key in after if after[key] != before[key]]
        audit.record(
            session,
            office.actor,
            "update",
            "user_account",
            row.id,
            before={key: before[key] for key in changed},
            after={key: after[key] for key in changed},
        )
        name, still_active = row.name, bool(row.active)
    if office.account is not None and office.account.name == name and not still_active:
        office.account = None  # whoever was acting as this account is logged out
    access.settle(office)


def set_password(office: Office, user_id: int, password: str) -> None:
    """A new password: the administrator sets anyone's, every account may change its own."""
    if len(password) < MIN_PASSWORD:
        raise ValidationError.single("password", SHORT_PASSWORD)
    password_hash = access.hash_password(password)
    with office.reading() as session:
        row = session.get(UserAccount, user_id)
        if row is None:
            raise OfficeError(NO_SUCH_ACCOUNT)
        own = office.account is not None and office.account.name == row.name
    with office.transaction(None if own else Permission.ADMINISTER) as session:
        row = session.get(UserAccount, user_id)
        if row is None:
            raise OfficeError(NO_SUCH_ACCOUNT)
        row.password_hash = password_hash
        row.failed_logins, row.last_failed_at = 0, None
        audit.record(session, office.actor, "password", "user_account", row.id)
