"""The PDF writer: a finished, printable report with Cyrillic fonts embedded.

The reportlab code lives in `_pdf_layout`, imported here only when a PDF is made: its
classes derive from reportlab's, so that module cannot defer the import itself.
"""

from __future__ import annotations

from pathlib import Path

from ..domain.document import Annex, Document
from ._common import Progress


def write_pdf(document: Document, path: Path, progress: Progress | None = None) -> None:
    from ._pdf_layout import render

    render(document, path, progress)
    annexes = [block for block in document.blocks if isinstance(block, Annex)]
    if annexes:
        from ._pdf_annexes import append_annexes

        append_annexes(path, annexes)
