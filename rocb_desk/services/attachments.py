"""The office's file store: every file kept once, under its SHA-256, beside the database.

A file is copied, flushed to disk and hashed before the database records it, so a
record never names a file that is not fully there; the source is never moved or
deleted. `check` verifies that every recorded file is present and unchanged.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Attachment
from ..domain.access import Permission
from ..domain.errors import QT_TRANSLATE_NOOP, Message, OfficeError
from . import access
from .office import Office

CHUNK = 1 << 20
MAX_BYTES = 512 * 1024**2  # a scan or a report; more than this is not an office document
INCOMING_PREFIX = ".incoming-"  # a copy's temporary name until it is complete


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    original_name: str


def stored_path(office: Office, sha256: str) -> Path:
    return office.attachments_folder / sha256[:2] / sha256


def copy_in(office: Office, source: Path, max_bytes: int = MAX_BYTES) -> StoredFile:
    """Copy `source` into the store (once per content) and return what was stored.

    Only an account that may change the office brings files into it: refused here, before
    a byte is copied, not only at the commit that would record the file."""
    access.require(office, Permission.EDIT)
    if not source.is_file():
        raise OfficeError(QT_TRANSLATE_NOOP("Errors", "{path} is not a file."), path=str(source))
    if source.stat().st_size > max_bytes:
        raise OfficeError(
            QT_TRANSLATE_NOOP("Errors", "{path} is larger than {limit} MB."),
            path=str(source),
            limit=max_bytes // 1024**2,
        )
    office.attachments_folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    handle, temporary = tempfile.mkstemp(prefix=INCOMING_PREFIX, dir=office.attachments_folder)
    try:
        with os.fdopen(handle, "wb") as target, source.open("rb") as reader:
            for block in iter(lambda: reader.read(CHUNK), b""):
                digest.update(block)
                target.write(block)
                size += len(block)
            target.flush()
            os.fsync(target.fileno())  # on disk before any record names it
        sha = digest.hexdigest()
        final = stored_path(office, sha)
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists():
            os.unlink(temporary)  # the same content is already kept
        else:
            os.replace(temporary, final)
            _sync_folder(final.parent)  # the rename too is on disk before the commit
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise OfficeError(
            QT_TRANSLATE_NOOP("Errors", "{path} cannot be copied into the office: {reason}"),
            path=str(source),
            reason=exc.strerror or str(exc),
        ) from None
    return StoredFile(sha, size, display_name(source.name))


def _sync_folder(folder: Path) -> None:
    """Flush a folder's entries (POSIX); Windows has no folder handles to flush."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def display_name(name: str) -> str:
    """A file's name as it may be shown and recorded: no control characters, no folders.

    The stored file is named by its hash, so a hostile name never reaches the disk."""
    cleaned = "".join(ch for ch in name if ch.isprintable()).replace("/", "_").replace("\\", "_")
    return cleaned.strip()[:300] or "file"


def record(session: Session, stored: StoredFile) -> int:
    """The attachment row for a stored file, inside the caller's transaction."""
    existing = session.scalar(select(Attachment).where(Attachment.sha256 == stored.sha256))
    if existing is not None:
        return existing.id
    attachment = Attachment(
        sha256=stored.sha256, original_name=stored.original_name, size=stored.size
    )
    session.add(attachment)
    session.flush()
    return attachment.id


def remove_unrecorded(office: Office, stored: list[StoredFile]) -> None:
    """Take back files copied in for a record that was never written (a refusal, a
    cancelled import): those no record names. Files another record names stay."""
    if not stored:
        return
    with office.reading() as session:
        recorded = set(
            session.scalars(
                select(Attachment.sha256).where(Attachment.sha256.in_([f.sha256 for f in stored]))
            )
        )
    for item in stored:
        if item.sha256 not in recorded:
            stored_path(office, item.sha256).unlink(missing_ok=True)


def path_of(office: Office, attachment_id: int) -> tuple[Path, str]:
    """Where an attachment is kept, and the name it came with."""
    with office.reading() as session:
        attachment = session.get(Attachment, attachment_id)
        if attachment is None:
            raise OfficeError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The record no longer exists; it may have been removed."
                )
            )
        return stored_path(office, attachment.sha256), attachment.original_name


def attachment_problems(office: Office) -> list[Message]:
    """Every recorded file that is missing or no longer matches its checksum."""
    problems: list[Message] = []
    with office.reading() as session:
        rows = session.execute(select(Attachment.sha256, Attachment.original_name)).all()
    for sha, name in rows:
        path = stored_path(office, sha)
        if not path.is_file():
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP("Errors", "Attachment {name} is missing ({sha})."),
                    params={"name": name, "sha": sha},
                )
            )
            continue
        digest = hashlib.sha256()
        with path.open("rb") as reader:
            for block in iter(lambda: reader.read(CHUNK), b""):
                digest.update(block)
        if digest.hexdigest() != sha:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP("Errors", "Attachment {name} has changed on disk ({sha})."),
                    params={"name": name, "sha": sha},
                )
            )
    return problems


UNFINISHED_COPY = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} is an unfinished copy left by an interrupted import: "
    "no record names it, and it may be deleted.",
)
ORPHAN = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} in the attachments folder is named by no record: "
    "an orphan, perhaps left by an interrupted import.",
)


def unrecorded_files(office: Office) -> list[Message]:
    """Files in the attachments folder that no record names, as notices, not problems.

    A crash between copying a file in and the commit that records it leaves one behind:
    harmless (the record never existed), but worth knowing about."""
    folder = office.attachments_folder
    if not folder.is_dir():
        return []
    with office.reading() as session:
        recorded = set(session.scalars(select(Attachment.sha256)))
    notices: list[Message] = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        if path.name.startswith(INCOMING_PREFIX):
            notices.append(Message(UNFINISHED_COPY, params={"path": str(path)}))
        elif path.name not in recorded or path != stored_path(office, path.name):
            notices.append(Message(ORPHAN, params={"path": str(path)}))
    return notices
