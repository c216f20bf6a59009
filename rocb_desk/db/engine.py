"""The one module that knows which database it speaks to.

Everything SQLite-specific (pragmas, file sniffing, integrity_check, the online backup
API, the locks that tell which windows have an office file open) lives here; the rest of
the code is backend-neutral so the same office can run on PostgreSQL when several people
share it.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import IO

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from ..domain.errors import QT_TRANSLATE_NOOP, OfficeError

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def resolve_url(path_or_url: str) -> URL:
    """A SQLite file path, or any SQLAlchemy URL."""
    if "://" in path_or_url:
        try:
            return make_url(path_or_url)
        except ArgumentError:
            raise OfficeError(
                QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not a database address."),
                value=path_or_url,
            ) from None
    path = Path(path_or_url).expanduser().resolve()
    return URL.create("sqlite", database=str(path))


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: URL) -> Path | None:
    """The file of a SQLite office; None for a server database or an in-memory one."""
    if not is_sqlite(url) or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def describe(url: URL) -> str:
    """How to name the open office to the user, without a password."""
    path = sqlite_path(url)
    return str(path) if path else url.render_as_string(hide_password=True)


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database, before SQLite could touch it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise OfficeError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not an office file."), path=str(path)
        )
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise OfficeError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is not an office database: it is not a SQLite file."
            ),
            path=str(path),
        )


def create_office_engine(url: URL) -> Engine:
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            check_sqlite_file(path)
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except (NoSuchModuleError, ImportError, ArgumentError) as exc:
        raise OfficeError(
            QT_TRANSLATE_NOOP("Errors", "Cannot use the database {url}: {reason}."),
            url=url.render_as_string(hide_password=True),
            reason=str(exc),
        ) from None


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy, not the driver, open transactions, so that schema changes are
    # transactional too and a failed migration leaves nothing half-done.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    # The books must survive a power cut: WAL with NORMAL may lose the last commit.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


# Execution option that marks a connection as one that will write.
WRITES = "rocb_writes"


def for_writing(engine: Engine) -> Engine:
    """The same engine, its transactions announced as writes (see _sqlite_begin)."""
    return engine.execution_options(**{WRITES: True})


def _sqlite_begin(connection: Connection) -> None:
    # A write takes the write lock up front (IMMEDIATE): two writers then wait for each
    # other (busy timeout) instead of failing half-way with "database is locked".
    # Reads begin deferred, so that they never wait for a writer under WAL.
    writes = connection.get_execution_options().get(WRITES, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def serialize_audit(connection: Connection) -> None:
    """Let one transaction at a time append to the audit chain.

    SQLite needs nothing: a writing transaction already holds the database's write lock
    (BEGIN IMMEDIATE). PostgreSQL lets writers run side by side, so the trail is locked
    against other appenders until this transaction ends."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("LOCK TABLE audit_entry IN SHARE ROW EXCLUSIVE MODE")


def integrity_problems(engine: Engine) -> list[str]:
    """SQLite's own integrity and foreign-key checks; nothing to say for a server."""
    if not is_sqlite(engine.url):
        return []
    problems: list[str] = []
    try:
        with engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            rows = raw.execute("PRAGMA integrity_check").fetchall()
            problems += [row[0] for row in rows if row[0] != "ok"]
            for table, rowid, parent, _fk in raw.execute("PRAGMA foreign_key_check").fetchall():
                problems.append(f"{table} row {rowid}: refers to a missing {parent}")
    except (sqlite3.DatabaseError, DBAPIError) as exc:
        problems.append(str(getattr(exc, "orig", None) or exc))
    return problems


def triggers(engine: Engine) -> dict[str, str] | None:
    """Each trigger of a SQLite office with its SQL (None for a server: its catalogue is
    its administrator's, not checked here)."""
    if not is_sqlite(engine.url):
        return None
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type='trigger'"
        )
        return {row[0]: row[1] or "" for row in rows}


def online_backup(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite file, safe while other connections write."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            dst.close()
    finally:
        src.close()


def copy_into(source: Path, target: Path) -> None:
    """Replace the content of the SQLite file `target` by that of `source` (restore)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def first_row(path: Path, sql: str) -> tuple | None:
    """The first row a query gives on a SQLite file outside any open office (a backup's
    copy), read-only; None also where an older schema lacks what it asks for."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchone()
    except sqlite3.OperationalError:  # no such table or column: a schema before it
        return None
    finally:
        connection.close()


def quick_integrity(path: Path) -> str:
    """'ok', or SQLite's first complaint, for a file outside any open office."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return connection.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)


# How long a window waits for the gate, which others hold only for an instant (a window
# creating its lock file, a restore looking for windows).
GATE_WAIT_S = 2.0
_window_serial = itertools.count(1)


def _try_lock(handle: IO[bytes]) -> bool:
    """An exclusive OS lock on the file, without waiting; it dies with the process."""
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _close(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        try:  # unlocked now, not whenever Windows gets round to it after the close
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
    handle.close()


class OfficeLock:
    """Which windows have an office file open, told by OS locks that die with their process.

    Several windows (processes) may share one office: SQLite serializes their writes
    (BEGIN IMMEDIATE, busy timeout). Each window holds an exclusive lock on a file of its
    own, '<office>.lock.<pid>.<n>'. A restore needs the office to itself: it takes the
    gate '<office>.lock' and finds every window's file unlocked (a file left by a window
    that died is unlocked, and removed). A window takes the gate too, for the instant of
    creating its file, so none slips in while a restore looks. One design everywhere:
    Windows has no shared file locks (msvcrt), exclusive ones on one's own file it has.
    """

    def __init__(self, office_path: Path) -> None:
        self.path = office_path.with_name(office_path.name + ".lock")  # the gate
        self._handle: IO[bytes] | None = None
        self._own: Path | None = None  # this window's file; None when holding the gate

    def _open(self, path: Path) -> IO[bytes]:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            return open(path, "a+b")  # noqa: SIM115 - held open for the lock's lifetime
        except OSError as exc:
            # Not "someone else has it": the folder itself cannot be written.
            raise OfficeError(
                QT_TRANSLATE_NOOP("Errors", "The folder of {path} cannot be written to: {reason}."),
                path=str(self.path.parent),
                reason=exc.strerror or str(exc),
            ) from None

    def _take_gate(self) -> IO[bytes] | None:
        deadline = time.monotonic() + GATE_WAIT_S
        while True:
            handle = self._open(self.path)
            if _try_lock(handle):
                return handle
            handle.close()
            if time.monotonic() >= deadline:
                return None
            time.sleep(0.02)

    def acquire(self) -> bool:
        """Open the office as one window among others; False while the gate stays taken."""
        if self._handle is not None:
            return True
        gate = self._take_gate()
        if gate is None:
            return False
        try:
            own = self.path.with_name(f"{self.path.name}.{os.getpid()}.{next(_window_serial)}")
            handle = self._open(own)
            if not _try_lock(handle):  # cannot be: the name is new, and the gate is ours
                handle.close()
                return False
            self._handle, self._own = handle, own
            return True
        finally:
            _close(gate)

    def acquire_exclusive(self) -> bool:
        """Have the office to oneself (a restore); False when any window has it open."""
        if self._handle is not None:
            return self._own is None
        gate = self._take_gate()
        if gate is None:
            return False
        if any(self._window_holds(path) for path in self._window_files()):
            _close(gate)
            return False
        self._handle = gate
        return True

    def _window_files(self) -> list[Path]:
        prefix = self.path.name + "."
        try:
            names = os.listdir(self.path.parent)
        except OSError:
            return []
        return [self.path.parent / name for name in names if name.startswith(prefix)]

    @staticmethod
    def _window_holds(path: Path) -> bool:
        try:
            handle = open(path, "r+b")  # noqa: SIM115 - closed below
        except FileNotFoundError:
            return False  # its window closed meanwhile
        except OSError:
            return True  # unreadable: assume a window, never restore under one
        if not _try_lock(handle):
            handle.close()
            return True
        _close(handle)
        try:  # left by a window that died: nobody will take it again
            path.unlink(missing_ok=True)
        except OSError:
            pass
        return False

    def is_held_elsewhere(self) -> bool:
        """Whether some window (this process's included) has the office open."""
        if self._handle is not None:
            return False
        if not self.acquire_exclusive():
            return True
        self.release()
        return False

    def release(self) -> None:
        handle, own = self._handle, self._own
        self._handle = self._own = None
        if handle is not None:
            # The gate file stays: removing it could let a waiting process lock a stale inode.
            _close(handle)
        if own is not None:
            try:
                own.unlink(missing_ok=True)
            except OSError:
                pass  # a restore looking at it this instant removes it as left behind


def peek_sqlite(path: Path) -> tuple[list[str], str | None]:
    """The tables and schema revision of a SQLite file, read without changing a byte.

    Used before the office is opened for writing, so that a foreign or corrupt file,
    or one from a newer version of the application, is refused untouched.
    """
    if not path.exists() or path.stat().st_size == 0:
        return [], None
    check_sqlite_file(path)
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = [
                row[0]
                for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                )
            ]
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            return tables, revision
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise OfficeError(
            QT_TRANSLATE_NOOP("Errors", "{path} cannot be read as an office database: {reason}."),
            path=str(path),
            reason=str(exc),
        ) from None
