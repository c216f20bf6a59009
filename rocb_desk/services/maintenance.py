"""Keeping an office sound: the integrity check, backups and restores.

A backup is one zip file: the database copied with SQLite's online backup API (safe
while the window is writing), every stored attachment, and a manifest with the
SHA-256 of each. It is read back and verified right after it is written, and again
before a restore replaces anything.
"""

from __future__ import annotations

import hashlib
import json
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


def backup(office: Office, target: Path) -> Path:
    """Write a verified backup of the whole office to `target` (a .zip file)."""
    source = _require_sqlite(office)
    target = target.expanduser().resolve()
    if target.exists() and target.is_dir():
        raise OfficeError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a file."), path=str(target)
        )
    target.parent.mkdir(parents=True, exist_ok=True)
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
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.write(copy, DB_MEMBER)
            for name, path in files.items():
                archive.write(path, FILES_PREFIX + name)
            archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
        problems = verify_backup(partial)
        if problems:
            partial.unlink(missing_ok=True)
            raise OfficeError(
                QT_TRANSLATE_NOOP("Errors", "The backup failed its check: {reason}"),
                reason=problems[0],
            )
        partial.replace(target)
    return target


def _attachment_files(folder: Path) -> dict[str, Path]:
    if not folder.is_dir():
        return {}
    return {p.relative_to(folder).as_posix(): p for p in sorted(folder.rglob("*")) if p.is_file()}


def verify_backup(path: Path, unpack_to: Path | None = None) -> list[str]:
    """Problems with a backup file (empty when sound); optionally unpack it while checking."""
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read(MANIFEST))
            if manifest.get("format") != BACKUP_FORMAT:
                return ["not an ROCB Desk backup"]
            with tempfile.TemporaryDirectory(prefix="rocb-verify-") as scratch:
                where = unpack_to or Path(scratch)
                problems: list[str] = []
                expected = {DB_MEMBER: manifest["database"]}
                for name, digest in manifest["attachments"].items():
                    expected[FILES_PREFIX + name] = digest
                for member, digest in expected.items():
                    if ".." in Path(member).parts or member.startswith("/"):
                        return [f"unsafe file name in the backup: {member}"]
                    extracted = Path(archive.extract(member, where))
                    if _sha256(extracted) != digest:
                        problems.append(f"{member}: checksum does not match")
                verdict = dbengine.quick_integrity(where / DB_MEMBER)
                if verdict != "ok":
                    problems.append(f"database: {verdict}")
                return problems
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        return [f"cannot be read ({exc})"]


def office_has_data(path_or_url: str) -> bool:
    url = dbengine.resolve_url(path_or_url)
    path = dbengine.sqlite_path(url)
    if path is not None:
        tables, _revision = dbengine.peek_sqlite(path)
        if not tables:
            return False
    office = open_office(path_or_url)
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
    if not force and office_has_data(path_or_url):
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
                reason=problems[0],
            )
        _tables, revision = dbengine.peek_sqlite(unpacked / DB_MEMBER)
        if revision is None or not migrate.is_known(revision):
            raise OfficeError(
                QT_TRANSLATE_NOOP("Errors", "The backup comes from a newer version of ROCB Desk.")
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        dbengine.copy_into(unpacked / DB_MEMBER, target)
        files = office_data_folder(url) / "attachments"
        if files.exists():
            shutil.rmtree(files)
        if (unpacked / "attachments").is_dir():
            shutil.copytree(unpacked / "attachments", files)
    open_office(path_or_url).close()  # brings an older backup up to the current schema
    return target
