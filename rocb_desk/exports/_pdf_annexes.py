"""Annexes of a PDF report: the pages of archived PDF documents appended after the
report, each with its bookmark. Imported only when a report has annexes."""

from __future__ import annotations

from pathlib import Path

from ..domain.document import Annex
from ..domain.errors import QT_TRANSLATE_NOOP, OfficeError

UNREADABLE = QT_TRANSLATE_NOOP(
    "Errors", "The annex \u201c{name}\u201d cannot be read as a PDF; choose another file."
)


def is_pdf(annex: Annex) -> bool:
    return annex.name.lower().endswith(".pdf")


def append_annexes(path: Path, annexes: list[Annex]) -> None:
    """Append each PDF annex to the report at `path`, in order, bookmarked by its title."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=str(path))
    for annex in annexes:
        if not is_pdf(annex):
            continue
        try:
            reader = PdfReader(annex.path)
            if reader.is_encrypted:
                reader.decrypt("")  # archived scans are often "protected" without a password
            first = len(writer.pages)
            writer.append(reader, import_outline=False)
        except Exception as error:  # noqa: BLE001 - every way a broken file fails, one message
            raise OfficeError(UNREADABLE, name=annex.name) from error
        writer.add_outline_item(title=annex.title, page_number=first)
    with Path(path).open("wb") as handle:
        writer.write(handle)
