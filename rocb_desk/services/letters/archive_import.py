"""Bulk import of the scanned archive: a folder of files and an index (CSV or XLSX) with a
row per letter. Every row is checked first; the import is all or nothing.

The slow part, copying the files into the store and reading their text, runs before
the one transaction that registers every letter; it reports progress and may be
cancelled, and then the files it added to the store are removed again, so a cancelled
or failed import leaves neither a letter nor a stray file behind.
"""

from __future__ import annotations

import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from ...domain.errors import QT_TRANSLATE_NOOP, FieldError, Message, OfficeError, ValidationError
from ...domain.letters import Direction
from .. import attachments
from ..office import Office
from ..office_profile import load_profile
from ..tabular import PreviewRow, read_rows
from .correspondents import resolve
from .register import REQUIRED as EMPTY_FIELD
from .register import LetterForm, PreparedFile, check_form, insert_letter

COLUMNS = (
    "reference",
    "date",
    "direction",
    "correspondent",
    "subject",
    "file",
    "language",
    "restriction",
    "tags",
    "sender_reference",
)
REQUIRED_COLUMNS = ("reference", "date", "direction", "subject", "file")
ALIASES = {
    "номер": "reference",
    "дата": "date",
    "направление": "direction",
    "корреспондент": "correspondent",
    "тема": "subject",
    "файл": "file",
    "file name": "file",
    "filename": "file",
    "язык": "language",
}
DIRECTIONS = {
    **dict.fromkeys(("in", "incoming", "вх", "входящее", "входящий"), Direction.INCOMING.value),
    **dict.fromkeys(("out", "outgoing", "исх", "исходящее", "исходящий"), Direction.OUTGOING.value),
}

BAD_DATE = QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not a date; write it as 2021-03-31.")
BAD_DIRECTION = QT_TRANSLATE_NOOP("Errors", "The direction is in or out, not \u201c{value}\u201d.")
NO_FILE = QT_TRANSLATE_NOOP("Errors", "The file {value} is not in the folder.")
OUTSIDE = QT_TRANSLATE_NOOP("Errors", "{value} names a file outside the folder.")
TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "The file {value} is larger than {limit} MB.")
TWICE = QT_TRANSLATE_NOOP("Errors", "The reference {value} is already on row {row}.")
HUGE_NUMBER = QT_TRANSLATE_NOOP(
    "Errors", "The reference \u201c{value}\u201d has a number larger than {limit}."
)
MAX_NUMBER = 999_999  # a year's letters number in the hundreds
_LONG_NUMBER = re.compile(r"\d{7,}")
VANISHED = QT_TRANSLATE_NOOP(
    "Errors", "{path} was removed or changed during the import; nothing was imported."
)


class Cancelled(Exception):
    """The user stopped the import; nothing was registered or left behind."""


@dataclass(frozen=True)
class ArchiveRow:
    form: LetterForm
    path: Path
    row: int


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(_text(value))
    except ValueError:
        return None


def _inside(folder: Path, name: str) -> Path | None:
    """The file `name` of the index names in `folder`, or None if it leads elsewhere
    ("../../etc/passwd", an absolute path, a link out of the folder) or cannot even be
    looked up (a NUL in it, a name longer than the system allows, a loop of links)."""
    if not name:
        return None
    try:
        root = folder.resolve()
        path = (folder / name).resolve()
    except (OSError, ValueError, RuntimeError):
        return None
    return path if path != root and path.is_relative_to(root) else None


def _size(path: Path) -> int | None:
    """The size of a regular file; None for anything else (a folder, a pipe, a device)."""
    try:
        info = path.stat()
    except (OSError, ValueError):
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def _check_row(
    session: Session, folder: Path, preview: PreviewRow, limit: int
) -> tuple[ArchiveRow | None, list[FieldError]]:
    values, row = preview.values, preview.row
    errors: list[FieldError] = []

    def refuse(name: str, text: str, **params: object) -> None:
        errors.append(FieldError(name, Message(text, params=dict(params)), row))

    day = _date(values.get("date"))
    if day is None:
        refuse("date", BAD_DATE, value=_text(values.get("date")))
    direction = DIRECTIONS.get(_text(values.get("direction")).casefold())
    if direction is None:
        refuse("direction", BAD_DIRECTION, value=_text(values.get("direction")))
    reference = _text(values.get("reference"))
    if not reference:
        refuse("reference", EMPTY_FIELD)
    elif _LONG_NUMBER.search(reference):
        # Else a 30-digit number would fail in the database, and 5000 digits in int().
        refuse("reference", HUGE_NUMBER, value=reference[:40], limit=MAX_NUMBER)
    name = _text(values.get("file"))
    path = _inside(folder, name)
    size = _size(path) if path is not None else None
    if path is None:
        refuse("file", OUTSIDE, value=name)
    elif size is None:
        refuse("file", NO_FILE, value=name)
    elif size > limit:
        refuse("file", TOO_LARGE, value=name, limit=limit // 1024**2)
    if errors:
        return None, errors
    form = LetterForm(
        direction=direction,
        letter_date=day,
        subject=_text(values.get("subject")),
        language=_text(values.get("language")).lower() or "en",
        sender_reference=_text(values.get("sender_reference")),
        restriction=_text(values.get("restriction")).lower() or "members",
        correspondents=resolve(session, _text(values.get("correspondent"))),
        tags={t for t in _text(values.get("tags")).replace(";", ",").split(",") if t.strip()},
        reference=_text(values.get("reference")),
    )
    errors += check_form(session, form, row)
    return (ArchiveRow(form, path, row) if not errors else None), errors


def preview(office: Office, folder: Path, index: Path) -> tuple[list[PreviewRow], list[ArchiveRow]]:
    """Every row of the index with its refusals, and the letters that would be registered."""
    rows = read_rows(index, COLUMNS, REQUIRED_COLUMNS, ALIASES)
    limit = load_profile(office).max_attachment_mb * 1024**2
    checked: list[ArchiveRow] = []
    first_row: dict[tuple[str, str], int] = {}
    with office.reading() as session:
        for row in rows:
            letter, row.errors = _check_row(session, folder, row, limit)
            if letter is None:
                continue
            key = (letter.form.reference, letter.form.language)
            if key in first_row:
                row.errors.append(
                    FieldError(
                        "reference",
                        Message(TWICE, params={"value": key[0], "row": first_row[key]}),
                        row.row,
                    )
                )
                continue
            first_row[key] = row.row
            checked.append(letter)
    return rows, checked


def import_archive(
    office: Office,
    folder: Path,
    index: Path,
    progress: Callable[[int, int], bool] | None = None,
) -> list[int]:
    """Register every letter of the index with its file, or none; returns their ids.

    `progress(done, total)` is called as files are read; returning False cancels.
    """
    from .extract import Cancelled as ExtractCancelled
    from .extract import extract_many

    rows, letters = preview(office, folder, index)
    errors = [error for row in rows for error in row.errors]
    if errors:
        raise ValidationError(errors)
    total = len(letters)
    limit = load_profile(office).max_attachment_mb * 1024**2
    added: list[attachments.StoredFile] = []  # taken back out (unless recorded) if we stop
    try:
        stored = []
        for done, letter in enumerate(letters, start=1):
            if not letter.path.is_file():
                raise OfficeError(VANISHED, path=str(letter.path))
            item = attachments.copy_in(office, letter.path, max_bytes=limit)
            stored.append(item)
            if item not in added:
                added.append(item)
            if progress is not None and progress(done, 2 * total) is False:
                raise Cancelled
        # Read from the files as named in the folder: their suffix says what kind they are.
        paths = [letter.path for letter in letters]

        def reading(done: int, _total: int) -> bool:
            return progress is None or progress(total + done, 2 * total) is not False

        try:
            found = extract_many(paths, progress=reading)
        except ExtractCancelled:
            raise Cancelled from None
        prepared = [
            PreparedFile(s, result.status.value, result.text)
            for s, result in zip(stored, found, strict=True)
        ]
        with office.transaction() as session:
            return [
                insert_letter(session, office.actor, letter.form, [file], action="import").id
                for letter, file in zip(letters, prepared, strict=True)
            ]
    except BaseException:
        attachments.remove_unrecorded(office, added)
        raise
