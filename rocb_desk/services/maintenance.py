"""Keeping an office sound: the integrity check, backups and restores.

A backup is one zip file: the database copied with SQLite's online backup API (safe
while the window is writing), every stored attachment, and a manifest with the
SHA-256 of each. It is read back and verified right after it is written, and again
before a restore replaces anything.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from .. import __version__
from ..db import engine as dbengine
from ..db import migrate
from ..db.models import Member
from ..domain.errors import QT_TRANSLATE_NOOP, Message, OfficeError
from ..i18n import message_text
from .attachments import attachment_problems
from .office import Office, office_data_folder, open_office, schema_problems

BACKUP_FORMAT = "rocb-desk-backup/1"
DB_MEMBER = "office.sqlite3"
MANIFEST = "manifest.json"
FILES_PREFIX = "attachments/"

# Later capabilities (attachments, the audit chain) add their own checks here.
EXTRA_CHECKS: list[Callable[[Office], list[Message]]] = []


def check(office: Office) -> list[Message]:
    """Every problem found; an empty list means the office is sound."""
    problems = list(schema_problems(office))
    for complaint in dbengine.integrity_problems(office.engine):
        problems.append(
            Message(
                QT_TRANSLATE_NOOP("Errors", "Database integrity: {detail}"),
                params={"detail": complaint},
            )
        )
    if problems:
        return problems  # the other checks read tables an old or damaged schema may lack
    problems += attachment_problems(office)
    for extra in EXTRA_CHECKS:
        problems += extra(office)
    return problems


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
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
    """Write a verified backup of the whole office to `target` (a .zip file)."""
    source = _require_sqlite(office).resolve()
    target = target.expanduser().resolve()
    if target.is_dir():
        raise OfficeError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a file."), path=str(target)
        )
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
        }
        partial = target.with_name(target.name + ".part")
        try:
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.write(copy, DB_MEMBER)
                for name, path in files.items():
                    archive.write(path, FILES_PREFIX + name)
                archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
            problems = verify_backup(partial)
            if problems:
                raise OfficeError(
                    QT_TRANSLATE_NOOP("Errors", "The backup failed its check: {reason}"),
                    reason=message_text(problems[0]),
                )
            partial.replace(target)
        except OSError as exc:
            raise OfficeError(
                QT_TRANSLATE_NOOP("Errors", "The backup cannot be written to {path}: {reason}"),
                path=str(target),
                reason=exc.strerror or str(exc),
            ) from None
        finally:
            partial.unlink(missing_ok=True)
    return target


def _attachment_files(folder: Path) -> dict[str, Path]:
    if not folder.is_dir():
        return {}
    return {p.relative_to(folder).as_posix(): p for p in sorted(folder.rglob("*")) if p.is_file()}


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
            with tempfile.TemporaryDirectory(prefix="rocb-verify-") as scratch:
                where = unpack_to or Path(scratch)
                problems: list[Message] = []
                for member, digest in expected.items():
                    if ".." in Path(member).parts or Path(member).is_absolute() or "\\" in member:
                        return [_problem(_UNSAFE_NAME, member)]
                    extracted = Path(archive.extract(member, where))
                    if _sha256(extracted) != digest:
                        problems.append(_problem(_BAD_CHECKSUM, member))
                verdict = dbengine.quick_integrity(where / DB_MEMBER)
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


def restore(backup_file: Path, path_or_url: str, *, force: bool = False) -> Path:
    """Replace the office at `path_or_url` by a verified backup."""
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
    if dbengine.OfficeLock(target).is_held_elsewhere():
        raise OfficeError(
            QT_TRANSLATE_NOOP(
                "Errors", "Close the ROCB Desk window of {path} before restoring it."
            ),
            path=str(target),
        )
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
        if has_data:  # --force: the replaced office is kept, in case it was the wrong one
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            safety = office_data_folder(url) / "backups" / f"before-restore-{stamp}.sqlite3"
            dbengine.online_backup(target, safety)
        dbengine.copy_into(unpacked / DB_MEMBER, target)
        _swap_in_attachments(unpacked / "attachments", office_data_folder(url) / "attachments")
    open_office(path_or_url).close()  # brings an older backup up to the current schema
    return target


def _swap_in_attachments(source: Path, target: Path) -> None:
    """Copy the restored files beside the old ones first, then swap the folders by renames."""
    incoming = target.with_name(target.name + ".restoring")
    outgoing = target.with_name(target.name + ".replaced")
    for leftover in (incoming, outgoing):
        if leftover.exists():
            shutil.rmtree(leftover)
    if source.is_dir():
        shutil.copytree(source, incoming)
    else:
        incoming.mkdir(parents=True)
    if target.exists():
        target.rename(outgoing)
    incoming.rename(target)
    shutil.rmtree(outgoing, ignore_errors=True)
