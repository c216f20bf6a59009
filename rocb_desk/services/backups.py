"""Backups and restores of an office file.

A backup is one zip file: the database copied with SQLite's online backup API (safe
while the window is writing), every stored attachment, and a manifest with the
SHA-256 of each. It is read back and verified right after it is written, and again
before a restore replaces anything.

Besides the backups a user writes where they like, the office keeps its own in its
backups folder: automatic ones (on closing the window, and daily while it runs; the
newest N kept), one before every schema upgrade and one of whatever a forced restore
replaced. All have the same format, so `restore` takes any of them.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from .. import __version__
from ..db import engine as dbengine
from ..db import migrate
from ..db.models import AuditEntry, Member
from ..domain.access import Permission
from ..domain.errors import QT_TRANSLATE_NOOP, Message, OfficeError
from ..i18n import message_text
from .attachments import INCOMING_PREFIX
from .office import Office, office_data_folder, open_office

BACKUP_FORMAT = "rocb-desk-backup/1"
DB_MEMBER = "office.sqlite3"
MANIFEST = "manifest.json"
FILES_PREFIX = "attachments/"
CHUNK = 1 << 20


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def _require_sqlite(office: Office) -> Path:
    path = office.sqlite_file
    if path is None:
        raise OfficeError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A server database is backed up with the server's own tools (pg_dump).",
            )
        )
    return path


def _refuse_target_inside_office(office: Office, source: Path, target: Path) -> None:
    """A backup must never land on the office itself or inside its data folder."""
    own_files = {
        source.with_name(source.name + suffix)
        for suffix in ("", "-wal", "-shm", "-journal", ".lock")
    }
    if target in own_files or target.is_relative_to(office.data_folder.resolve()):
        raise OfficeError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Write the backup outside the office: {path} belongs to the office itself.",
            ),
            path=str(target),
        )


def backup(office: Office, target: Path) -> Path:
    """Write a verified backup of the whole office to `target` (a .zip file).

    The office's own automatic backups stay in its folder; a copy written elsewhere
    carries every letter out, so it needs an account cleared for all of them."""
    from .access import BACKUP_SEES_ALL, require_all_letters  # access builds on office too

    require_all_letters(office, BACKUP_SEES_ALL)
    source = _require_sqlite(office).resolve()
    target = target.expanduser().resolve()
    if target.is_dir():
        raise OfficeError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a file."), path=str(target)
        )
    # The user's copy goes elsewhere: one inside the office would be lost with it.
    _refuse_target_inside_office(office, source, target)
    if not target.parent.is_dir():
        raise OfficeError(
            QT_TRANSLATE_NOOP("Errors", "The folder {path} does not exist."),
            path=str(target.parent),
        )
    if not os.access(target.parent, os.W_OK):
        raise OfficeError(
            QT_TRANSLATE_NOOP("Errors", "The folder {path} cannot be written to."),
            path=str(target.parent),
        )
    return _write_backup(office, target)


def _write_backup(office: Office, target: Path) -> Path:
    """The backup itself, written beside `target` under a unique name, verified, then
    renamed into place: a reader never sees a half-written backup, and two windows
    backing up at the same moment never write into one file."""
    source = _require_sqlite(office).resolve()
    with tempfile.TemporaryDirectory(prefix="rocb-backup-") as scratch:
        copy = Path(scratch) / DB_MEMBER
        dbengine.online_backup(source, copy)
        files = _attachment_files(office.attachments_folder)
        manifest = {
            "format": BACKUP_FORMAT,
            "application": __version__,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "schema": migrate.current_revision(office.engine),
            "database": _sha256(copy),
            "attachments": {name: _sha256(path) for name, path in files.items()},
            # The newest audit record and its seal: a later `check` compares the trail with
            # it, so a trail rewritten or cut short since this backup is caught.
            "audit_head": dbengine.first_row(
                copy, "SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1"
            ),
        }
        partial: Path | None = None
        try:
            handle, name = tempfile.mkstemp(
                prefix=target.name + ".", suffix=".part", dir=target.parent
            )
            os.close(handle)
            partial = Path(name)
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.write(copy, DB_MEMBER)
                for name, path in files.items():
                    archive.write(path, FILES_PREFIX + name)
                archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
            with partial.open("rb+") as written:
                os.fsync(written.fileno())  # on disk before it is called a backup
            problems = verify_backup(partial)
            if problems:
                raise _Unsound(message_text(problems[0]))
            partial.replace(target)
        except OSError as exc:
            raise OfficeError(
                QT_TRANSLATE_NOOP("Errors", "The backup cannot be written to {path}: {reason}"),
                path=str(target),
                reason=exc.strerror or str(exc),
            ) from None
        finally:
            if partial is not None:
                partial.unlink(missing_ok=True)
    return target


class _Unsound(OfficeError):
    """A backup that was written but did not pass its check (the office may be damaged)."""

    def __init__(self, reason: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The backup failed its check: {reason}"), reason=reason
        )
        self.reason = reason


def _attachment_files(folder: Path) -> dict[str, Path]:
    """The stored files; a copy cut short by a crash (`.incoming-*`) is not one of them."""
    if not folder.is_dir():
        return {}
    return {
        p.relative_to(folder).as_posix(): p
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.startswith(INCOMING_PREFIX)
    }


# A backup that unpacks to more than this is refused before it fills the disk.
MAX_UNPACKED_BYTES = 64 * 1024**3
_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "the file cannot be read as a backup ({detail})")
_NOT_A_BACKUP = QT_TRANSLATE_NOOP("Errors", "it is not an ROCB Desk backup")
_UNSAFE_NAME = QT_TRANSLATE_NOOP("Errors", "it holds an unsafe file name: {detail}")
_TOO_BIG = QT_TRANSLATE_NOOP("Errors", "it would unpack to more than {detail} GB")
_BAD_CHECKSUM = QT_TRANSLATE_NOOP("Errors", "{detail}: the checksum does not match")
_BAD_DATABASE = QT_TRANSLATE_NOOP("Errors", "its database is damaged: {detail}")


def _problem(text: str, detail: object = "") -> Message:
    return Message(text, params={"detail": detail})


def _expected_members(manifest: object) -> dict[str, str] | None:
    """Member name -> SHA-256 from a manifest, or None when the manifest is malformed."""
    if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
        return None
    database, attachments = manifest.get("database"), manifest.get("attachments")
    if not isinstance(database, str) or not isinstance(attachments, dict):
        return None
    expected = {DB_MEMBER: database}
    for name, digest in attachments.items():
        if not isinstance(name, str) or not isinstance(digest, str):
            return None
        expected[FILES_PREFIX + name] = digest
    return expected


def _member_digest(archive: zipfile.ZipFile, member: str, unpack_to: Path | None) -> str:
    """A member's SHA-256, read straight from the zip unless it is being unpacked."""
    if unpack_to is not None:
        return _sha256(Path(archive.extract(member, unpack_to)))
    digest = hashlib.sha256()
    with archive.open(member) as reader:
        for block in iter(lambda: reader.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_backup(path: Path, unpack_to: Path | None = None) -> list[Message]:
    """Problems with a backup file (empty when sound); optionally unpack it while checking."""
    try:
        with zipfile.ZipFile(path) as archive:
            expected = _expected_members(json.loads(archive.read(MANIFEST)))
            if expected is None:
                return [_problem(_NOT_A_BACKUP)]
            sizes = {info.filename: info.file_size for info in archive.infolist()}
            if sum(sizes.get(name, 0) for name in expected) > MAX_UNPACKED_BYTES:
                return [_problem(_TOO_BIG, MAX_UNPACKED_BYTES // 1024**3)]
            for member in expected:
                if ".." in Path(member).parts or Path(member).is_absolute() or "\\" in member:
                    return [_problem(_UNSAFE_NAME, member)]
            with tempfile.TemporaryDirectory(prefix="rocb-verify-") as scratch:
                problems: list[Message] = []
                # The database is unpacked either way: SQLite checks it from a file.
                database = Path(archive.extract(DB_MEMBER, unpack_to or Path(scratch)))
                if _sha256(database) != expected[DB_MEMBER]:
                    problems.append(_problem(_BAD_CHECKSUM, DB_MEMBER))
                for member, digest in expected.items():
                    if member != DB_MEMBER and _member_digest(archive, member, unpack_to) != digest:
                        problems.append(_problem(_BAD_CHECKSUM, member))
                verdict = dbengine.quick_integrity(database)
                if verdict != "ok":
                    problems.append(_problem(_BAD_DATABASE, verdict))
                return problems
    except Exception as exc:  # noqa: BLE001 - any damage to the file is "cannot be read"
        return [_problem(_UNREADABLE, exc)]


def office_has_data(path_or_url: str) -> bool:
    url = dbengine.resolve_url(path_or_url)
    path = dbengine.sqlite_path(url)
    if path is not None:
        tables, _revision = dbengine.peek_sqlite(path)
        if not tables:
            return False
    office = open_office(path_or_url, upgrade=False)
    try:
        with office.reading() as session:
            return bool(session.scalar(select(func.count()).select_from(Member)))
    finally:
        office.close()


def restore(
    backup_file: Path,
    path_or_url: str,
    *,
    force: bool = False,
    credentials: tuple[str, str] | None = None,
) -> Path:
    """Replace the office at `path_or_url` by a verified backup.

    An office with accounts is replaced only by its administrator: `credentials` (name,
    password) are checked against the office being replaced, not against the backup."""
    url = dbengine.resolve_url(path_or_url)
    target = dbengine.sqlite_path(url)
    if target is None:
        raise OfficeError(QT_TRANSLATE_NOOP("Errors", "Only an office file can be restored here."))
    if backup_file.is_dir():
        raise OfficeError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a file."), path=str(backup_file)
        )
    if not backup_file.is_file():
        raise OfficeError(
            QT_TRANSLATE_NOOP("Errors", "{path} does not exist."), path=str(backup_file)
        )
    # The office to itself for the whole restore: no window may open it halfway through.
    lock = dbengine.OfficeLock(target)
    if not lock.acquire_exclusive():
        raise OfficeError(
            QT_TRANSLATE_NOOP(
                "Errors", "Close the ROCB Desk window of {path} before restoring it."
            ),
            path=str(target),
        )
    try:
        _refuse_unless_administrator(path_or_url, credentials)
        _restore_locked(backup_file, path_or_url, force=force)
    finally:
        lock.release()
    open_office(path_or_url).close()  # brings an older backup up to the current schema
    return target


def _refuse_unless_administrator(path_or_url: str, credentials: tuple[str, str] | None) -> None:
    if not office_has_data(path_or_url):
        return
    from . import access  # access builds on the office module, as this one does

    office = open_office(path_or_url, upgrade=False)
    try:
        if not office.login_required:
            return
        if credentials is None:
            raise OfficeError(access.NOT_LOGGED_IN)
        access.login(office, *credentials)
        access.require(office, Permission.ADMINISTER)
    finally:
        office.close()


def _restore_locked(backup_file: Path, path_or_url: str, *, force: bool) -> None:
    url = dbengine.resolve_url(path_or_url)
    target = dbengine.sqlite_path(url)
    assert target is not None  # restore refused a server office
    has_data = office_has_data(path_or_url)
    if has_data and not force:
        raise OfficeError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} already holds an office; use --force to replace it."
            ),
            path=str(target),
        )
    with tempfile.TemporaryDirectory(prefix="rocb-restore-") as scratch:
        unpacked = Path(scratch)
        problems = verify_backup(backup_file, unpack_to=unpacked)
        if problems:
            raise OfficeError(
                QT_TRANSLATE_NOOP("Errors", "{path} is not a sound backup: {reason}"),
                path=str(backup_file),
                reason=message_text(problems[0]),
            )
        _tables, revision = dbengine.peek_sqlite(unpacked / DB_MEMBER)
        if revision is None or not migrate.is_known(revision):
            raise OfficeError(
                QT_TRANSLATE_NOOP("Errors", "The backup comes from a newer version of ROCB Desk.")
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        kept_files: Path | None = None
        if has_data:  # --force: the replaced office is kept, in case it was the wrong one
            kept_files = _keep_replaced(path_or_url, target)
        # The files are copied beside the office first, so that only two renames are left
        # between the restored database and its attachments.
        files = office_data_folder(url) / "attachments"
        _prepare_attachments(unpacked / "attachments", files)
        dbengine.copy_into(unpacked / DB_MEMBER, target)
        _swap_in_attachments(files, kept_files)


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


def _keep_replaced(path_or_url: str, target: Path) -> Path | None:
    """Back up the office a forced restore replaces, as a full backup where it can be.

    An office too damaged to pass a verified backup (perhaps why it is being replaced)
    keeps a raw copy of its database, and its attachments folder is moved aside whole
    (the returned path) instead of being deleted."""
    replaced = open_office(path_or_url, upgrade=False)
    folder = replaced.backups_folder
    try:
        _write_backup(replaced, _free_name(folder, f"before-restore-{_stamp()}", ".zip"))
        return None
    except OfficeError:
        dbengine.online_backup(target, _free_name(folder, f"before-restore-{_stamp()}", ".sqlite3"))
        return _free_name(folder, f"before-restore-{_stamp()}-attachments", "")
    finally:
        replaced.close()


def _prepare_attachments(source: Path, target: Path) -> None:
    """Copy the restored files beside the office's own, as `<folder>.restoring`."""
    incoming = target.with_name(target.name + ".restoring")
    outgoing = target.with_name(target.name + ".replaced")
    for leftover in (incoming, outgoing):
        if leftover.exists():
            shutil.rmtree(leftover)
    if source.is_dir():
        shutil.copytree(source, incoming)
    else:
        incoming.mkdir(parents=True)


def _swap_in_attachments(target: Path, keep_old_at: Path | None = None) -> None:
    """Swap the prepared folder in by renames; the old one is kept or removed."""
    incoming = target.with_name(target.name + ".restoring")
    outgoing = target.with_name(target.name + ".replaced")
    if target.exists():
        target.rename(outgoing)
    incoming.rename(target)
    if keep_old_at is not None and outgoing.exists():
        outgoing.rename(keep_old_at)
    shutil.rmtree(outgoing, ignore_errors=True)


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    """`folder/stem+suffix`, or with -2, -3... when a backup of that second exists."""
    folder.mkdir(parents=True, exist_ok=True)
    candidate = folder / f"{stem}{suffix}"
    counter = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{counter}{suffix}"
        counter += 1
    return candidate


# ---- the office's own backups ---------------------------------------------------------

AUTOMATIC_REASONS = ("closing", "daily")
AUTO_PREFIX = "auto-"
_AUTO_NAME = re.compile(r"^auto-(\d{8}-\d{6})-(closing|daily)(?:-\d+)?\.zip$")
DAY = timedelta(hours=24)


def automatic_backups(office: Office) -> list[tuple[datetime, Path]]:
    """The automatic backups in the office's backups folder, newest first, with their time
    (UTC). Nothing else in the folder is counted: not the backups before an upgrade or a
    restore, not a file someone put there."""
    folder = office.backups_folder
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(AUTO_PREFIX + "*.zip"):
        match = _AUTO_NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        at = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        found.append((at, path.stat().st_mtime, path))
    found.sort(reverse=True)
    return [(at, path) for at, _mtime, path in found]


def automatic_backup(office: Office, reason: str) -> Path | None:
    """Write a verified backup into the office's backups folder and keep the newest N.

    `reason` is "closing" or "daily". A server office is backed up with the server's own
    tools: there this does nothing and returns None, so the window need not ask."""
    from .trust_settings import backups_kept  # settings are read through their service

    if reason not in AUTOMATIC_REASONS:
        raise ValueError(f"unknown reason for an automatic backup: {reason!r}")
    if office.sqlite_file is None:
        return None
    folder = office.backups_folder
    written = _write_backup(office, _free_name(folder, f"{AUTO_PREFIX}{_stamp()}-{reason}", ".zip"))
    for _at, older in automatic_backups(office)[backups_kept(office) :]:
        older.unlink(missing_ok=True)
    _remove_stale_parts(folder)
    return written


def _remove_stale_parts(folder: Path) -> None:
    """Partial automatic backups a killed window left behind (a day old: none in progress)."""
    limit = datetime.now(UTC).timestamp() - DAY.total_seconds()
    for part in folder.glob(AUTO_PREFIX + "*.part"):
        try:
            if part.stat().st_mtime < limit:
                part.unlink()
        except OSError:
            pass  # another window removed it, or it is busy: the next backup tries again


def daily_backup_due(office: Office, now: datetime | None = None) -> bool:
    """True when the office has no automatic backup taken in the last 24 hours.

    `now` is for tests: an aware datetime, or a naive one in UTC. Never due for a server
    office, which is backed up with the server's own tools."""
    if office.sqlite_file is None:
        return False
    now = now or datetime.now(UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    newest = automatic_backups(office)
    return not newest or now - newest[0][0] >= DAY


def before_upgrade_backup(office: Office, revision: str | None) -> Path:
    """The full backup taken before a schema upgrade; the upgrade does not run without it."""
    target = _free_name(office.backups_folder, f"before-upgrade-from-{revision}-{_stamp()}", ".zip")
    try:
        return _write_backup(office, target)
    except _Unsound as exc:
        raise OfficeError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The backup before the upgrade failed its check ({reason}); nothing was changed.",
            ),
            reason=exc.reason,
        ) from None


REWRITTEN = QT_TRANSLATE_NOOP(
    "Errors",
    "Audit record {id} is not the one the backup of {date} holds: the audit trail was "
    "rewritten after that backup.",
)
CUT_SHORT = QT_TRANSLATE_NOOP(
    "Errors",
    "The audit trail ends before record {id}, which the backup of {date} holds: records "
    "were removed from its end.",
)


def anchor_problems(office: Office) -> list[Message]:
    """The trail against the seal of its newest record kept in the newest automatic backup:
    a chain that holds in itself may still have been rewritten whole or cut short. A
    backup taken before the office was last restored belongs to the trail it replaced."""
    newest = automatic_backups(office)[:1]
    if not newest:
        return []
    at, path = newest[0]
    restores = [p.stat().st_mtime for p in office.backups_folder.glob("before-restore-*")]
    if restores and path.stat().st_mtime <= max(restores):
        return []
    try:
        with zipfile.ZipFile(path) as archive:
            head = json.loads(archive.read(MANIFEST)).get("audit_head")
        entry_id, sealed = int(head[0]), str(head[1])
    except Exception:  # noqa: BLE001 - an older or damaged backup anchors nothing
        return []
    with office.reading() as session:
        current = session.scalar(select(AuditEntry.hash).where(AuditEntry.id == entry_id))
    params = {"id": entry_id, "date": at.astimezone().strftime("%Y-%m-%d %H:%M")}
    if current is None:
        return [Message(CUT_SHORT, params=params)]
    if current != sealed:
        return [Message(REWRITTEN, params=params)]
    return []
