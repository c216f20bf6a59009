"""Opening an office: the database, its schema version, its data folder, who acts in it."""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Boolean, Engine, String, Text, column, func, select, table
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ..db import engine as dbengine
from ..db import migrate
from ..domain.access import Account, Permission
from ..domain.errors import QT_TRANSLATE_NOOP, Message, OfficeError
from ..paths import data_dir

NOT_OURS = QT_TRANSLATE_NOOP(
    "Errors", "{path} is a database of another application, not an ROCB Desk office."
)
TOO_NEW = QT_TRANSLATE_NOOP(
    "Errors",
    "This office was written by a newer version of ROCB Desk (schema {revision}). "
    "Update the application to open it; the file was not changed.",
)
OFFICE_BUSY = QT_TRANSLATE_NOOP(
    "Errors",
    "This office is busy: it is being restored, or an older version of ROCB Desk has it "
    "open: {path}. Try again in a moment.",
)
UPGRADE_WHILE_OPEN = QT_TRANSLATE_NOOP(
    "Errors",
    "This office must be upgraded for this version of ROCB Desk, and another ROCB Desk "
    "window has it open: {path}. Close the other windows first; the file was not changed.",
)
CANNOT_OPEN = QT_TRANSLATE_NOOP("Errors", "The office database {path} cannot be opened: {reason}.")


@dataclass
class Office:
    """An open office: where it is, how to reach it, and who acts in it."""

    url: URL
    engine: Engine
    actor: str
    data_folder: Path
    upgrade_backup: Path | None = None  # the copy taken before this opening upgraded the schema
    # Who is logged in (services/access.py). While the office has no accounts, or login
    # is switched off, `login_required` is False and the one user may do everything.
    account: Account | None = None
    login_required: bool = False
    _lock: dbengine.OfficeLock | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._writing_sessions = sessionmaker(
            dbengine.for_writing(self.engine), expire_on_commit=False
        )

    @property
    def location(self) -> str:
        return dbengine.describe(self.url)

    @property
    def sqlite_file(self) -> Path | None:
        return dbengine.sqlite_path(self.url)

    @property
    def attachments_folder(self) -> Path:
        return self.data_folder / "attachments"

    @property
    def backups_folder(self) -> Path:
        return self.data_folder / "backups"

    def may(self, permission: Permission) -> bool:
        if not self.login_required:
            return True
        return self.account is not None and self.account.may(permission)

    def readable(self) -> tuple[str, ...] | None:
        """The restriction levels of letters the acting person may see; None: all of them."""
        if not self.login_required:
            return None
        return self.account.readable() if self.account is not None else ("public",)

    @contextmanager
    def transaction(self, permission: Permission | None = Permission.EDIT) -> Iterator[Session]:
        """One unit of work: committed whole when the block ends, rolled back on any error.

        Every write passes here, so here the acting account's permission is enforced:
        EDIT by default, BOOKS for the books, SIGN_OFF for the director's sign-off, None
        only for the few writes that precede a login (counting a failed password)."""
        if permission is not None and not self.may(permission):
            from .access import refuse  # access builds on this module

            refuse(self, permission)
        with self._writing_sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def take_writer_lock(self) -> None:
        """Mark the office open in this window. Other windows may have it open too (SQLite
        serializes their writes); a restore waits until every window has closed it."""
        path = self.sqlite_file
        if path is None or self._lock is not None:
            return
        lock = dbengine.OfficeLock(path)
        if not lock.acquire():
            raise OfficeError(OFFICE_BUSY, path=str(path))
        self._lock = lock

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def office_data_folder(url: URL) -> Path:
    """Attachments and backups of an office: beside its file, or per server database."""
    path = dbengine.sqlite_path(url)
    if path is not None:
        return path.with_name(path.stem + "-data")
    digest = hashlib.sha256(url.render_as_string(hide_password=True).encode()).hexdigest()[:12]
    return data_dir() / f"server-{digest}"


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on this system is not an error
        return "office"


NO_OFFICE = QT_TRANSLATE_NOOP(
    "Errors", "There is no office at {path}; create one with the init command."
)
# A table every ROCB Desk office has had since its first schema.
OUR_TABLE = "office_setting"


def open_office(
    path_or_url: str,
    *,
    actor: str | None = None,
    lock: bool = False,
    create: bool = True,
    upgrade: bool = True,
) -> Office:
    """Open the office at a path or URL, creating it (`create`) or upgrading it as needed.

    A foreign, corrupt or too-new file is refused before anything writes to it. An
    existing office that is behind the newest schema is backed up, then upgraded;
    with `upgrade=False` it is opened as it is (for `check`, which must not repair).
    """
    url = dbengine.resolve_url(path_or_url)
    path = dbengine.sqlite_path(url)
    revision: str | None = None
    existing = False
    if path is not None:
        tables, revision = dbengine.peek_sqlite(path)
        existing = bool(tables)
        if existing and OUR_TABLE not in tables:
            raise OfficeError(NOT_OURS, path=str(path))
        if not existing and not create:
            raise OfficeError(NO_OFFICE, path=str(path))
    _refuse_newer(revision)
    # A window reading the old schema must not have it changed under it.
    behind = existing and upgrade and revision != migrate.head_revision()
    if path is not None and behind and dbengine.OfficeLock(path).is_held_elsewhere():
        raise OfficeError(UPGRADE_WHILE_OPEN, path=str(path))
    engine = dbengine.create_office_engine(url)
    office = Office(url, engine, actor or default_actor(), office_data_folder(url))
    try:
        if lock:
            office.take_writer_lock()
        if path is None:
            revision = migrate.current_revision(engine)
            existing = revision is not None
            _refuse_newer(revision)
            if not existing and not create:
                raise OfficeError(NO_OFFICE, path=office.location)
        if upgrade and revision != migrate.head_revision():
            if existing and path is not None:
                office.upgrade_backup = _backup_before_upgrade(office, path, revision)
            migrate.upgrade(engine)
        office.login_required = login_required(office)
    except DBAPIError as exc:
        office.close()
        reason = " ".join(str(exc.orig).split())  # drivers write several lines; we say one
        raise OfficeError(CANNOT_OPEN, path=office.location, reason=reason) from None
    except BaseException:
        office.close()  # never leave the lock or a connection behind
        raise
    return office


# Whether an office asks who logs in: the two questions services/access.py asks of the
# accounts too. Asked of the tables with the Core, not the mapped classes: a window whose
# office has no login draws its first frame while those load behind it. The Core quotes
# and writes the boolean test for each database as the mapped classes would.
_ACCOUNTS = table("user_account", column("active", Boolean))
_SETTINGS = table("office_setting", column("key", String), column("value", Text))
ACTIVE_ACCOUNTS = select(func.count()).select_from(_ACCOUNTS).where(_ACCOUNTS.c.active)
LOGIN_OFF = "access.login_off"  # "1": a one-person office switched login off (audited)
LOGIN_OFF_VALUE = select(_SETTINGS.c.value).where(_SETTINGS.c.key == LOGIN_OFF)


def login_required(office: Office) -> bool:
    """True when the office has active accounts and login has not been switched off."""
    try:
        with office.engine.connect() as connection:
            if not connection.scalar(ACTIVE_ACCOUNTS):
                return False
            return connection.scalar(LOGIN_OFF_VALUE) != "1"
    except DBAPIError:  # an office opened without upgrading (check) may predate accounts
        return False


def _refuse_newer(revision: str | None) -> None:
    if revision is not None and not migrate.is_known(revision):
        raise OfficeError(TOO_NEW, revision=revision)


def _backup_before_upgrade(office: Office, path: Path, revision: str | None) -> Path:
    """A full backup (database and attachments, verified), restorable with `restore`."""
    from .backups import before_upgrade_backup  # backups builds on this module

    return before_upgrade_backup(office, revision)


def schema_problems(office: Office) -> list[Message]:
    current = migrate.current_revision(office.engine)
    head = migrate.head_revision()
    if current != head:
        text = QT_TRANSLATE_NOOP(
            "Errors", "The schema is at revision {current}; this version expects {head}."
        )
        return [Message(text, params={"current": current, "head": head})]
    return []
