"""Render a neutral `Document` to a file: one writer per format, chosen by the suffix.

    from rocb_desk.exports import write
    write(document, Path("ledger.xlsx"), progress=lambda done, total: ...)

`progress(done, total)` counts table rows; writers call it once per chunk of rows and
once more with done == total at the end (total is 0 for a report without tables).

The writers import openpyxl, python-docx and reportlab only when they run, so the
window does not pay for them at start-up. A file is written next to its target and
moved into place only when complete: a failed export never leaves half a file behind
or destroys the previous one.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from ..domain.document import Document
from ..domain.errors import QT_TRANSLATE_NOOP, OfficeError
from ._common import Progress

SUPPORTED = (".xlsx", ".docx", ".pdf")

Writer = Callable[[Document, Path, Progress | None], None]


def _writer_for(suffix: str) -> Writer:
    # Imported here, not at the top: each writer module is only needed when used.
    if suffix == ".xlsx":
        from .xlsx import write_xlsx

        return write_xlsx
    if suffix == ".docx":
        from .docx import write_docx

        return write_docx
    if suffix == ".pdf":
        from .pdf import write_pdf

        return write_pdf
    raise OfficeError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Cannot save a report as \u201c{suffix}\u201d: choose an Excel (.xlsx), "
            "Word (.docx) or PDF (.pdf) file",
        ),
        suffix=suffix,
    )


def write(document: Document, path: Path, progress: Progress | None = None) -> Path:
    """Write `document` to `path` in the format its suffix names; return the path."""
    path = Path(path)
    if path.is_dir():
        raise OfficeError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a file."), path=str(path)
        )
    writer = _writer_for(path.suffix.lower())
    if not path.parent.is_dir():
        raise OfficeError(
            QT_TRANSLATE_NOOP("Errors", "The folder {path} does not exist."), path=str(path.parent)
        )
    if not os.access(path.parent, os.W_OK):
        # Refused up front: a writer failing half-way leaves its library's noise behind.
        raise OfficeError(
            QT_TRANSLATE_NOOP("Errors", "The folder {path} cannot be written to."),
            path=str(path.parent),
        )
    # A hidden sibling, so that the final rename stays on one file system; created by
    # the writer itself, so it gets the user's usual file permissions.
    temp = path.with_name(f".~{path.stem}.{secrets.token_hex(4)}{path.suffix}")
    try:
        writer(document, temp, progress)
        os.replace(temp, path)
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        # Rows streamed from the office (a long ledger) end their read transaction now,
        # not when the garbage collector finds them: a cancelled export included.
        for table in document.tables():
            close = getattr(table.rows, "close", None)
            if close is not None:
                close()
    return path


def _cannot_write(path: Path, exc: OSError) -> OfficeError:
    if isinstance(exc, PermissionError):
        # On Windows this is nearly always the previous export still open in Excel or Word.
        return OfficeError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Cannot write \u201c{path}\u201d: the file is open in another program "
                "or the folder is read-only",
            ),
            path=str(path),
        )
    return OfficeError(
        QT_TRANSLATE_NOOP("Errors", "Cannot write \u201c{path}\u201d: {reason}"),
        path=str(path),
        reason=exc.strerror or str(exc),
    )
