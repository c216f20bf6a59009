"""Outgoing letters on the office letterhead, as PDF or Word.

    write_letter(letter, Path("2021-2.pdf"))                     # every addressee, one file
    write_letter_per_addressee(letter, Path("out/"), ".docx")     # one file per addressee

A letter with several addressees is a circular: `write_letter` puts each addressee's
letter in the one file, each starting on a new page with the letterhead and numbered on
its own ("Page 2 of 3" counts that letter's pages); `write_letter_per_addressee` writes
a file for each, named after the reference and the administration. The layout lives in
`letter_pdf` (reportlab) and `letter_docx` (python-docx), imported only when a letter is
made. Like the report writers, a file is written next to its target and moved into place
when complete.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

from ..domain.errors import QT_TRANSLATE_NOOP, OfficeError
from ..domain.letter_document import LetterDocument, Letterhead
from .certificates import IS_FOLDER, _atomically, _writable, file_name

SUPPORTED = (".pdf", ".docx")

Renderer = Callable[[LetterDocument, Path], None]


def _renderer_for(suffix: str) -> Renderer:
    if suffix == ".pdf":
        from .letter_pdf import render

        return render
    if suffix == ".docx":
        from .letter_docx import render

        return render
    # The report writers' message, word for word: it has its translation already.
    raise OfficeError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Cannot save a report as \u201c{suffix}\u201d: choose an Excel (.xlsx), "
            "Word (.docx) or PDF (.pdf) file",
        ),
        suffix=suffix,
    )


def write_letter(document: LetterDocument, path: Path) -> Path:
    """The letter, once for each addressee, in one PDF or Word file; returns the path."""
    path = Path(path)
    if path.is_dir():
        raise OfficeError(IS_FOLDER, path=str(path))
    render = _renderer_for(path.suffix.lower())
    _writable(path.parent)
    _atomically(path, partial(render, document))
    return path


def write_letter_per_addressee(
    document: LetterDocument, folder: Path, suffix: str = ".pdf"
) -> list[Path]:
    """One file per addressee in `folder`, named "<reference> <organization><suffix>"
    ("2021-2 Republic of Moldova.pdf"); returns the paths, in the addressees' order.

    A file of the same name from an earlier run is replaced: writing again updates it.
    No addressee, no file.
    """
    folder = Path(folder)
    suffix = suffix.lower() if suffix.startswith(".") else f".{suffix.lower()}"
    render = _renderer_for(suffix)
    _writable(folder)
    taken: set[str] = set()
    paths = []
    for addressee in document.addressees:
        target = folder / letter_file_name(
            document.reference, addressee.organization, suffix, taken
        )
        _atomically(target, partial(render, replace(document, addressees=(addressee,))))
        paths.append(target)
    return paths


def letter_file_name(reference: str, organization: str, suffix: str, taken: set[str]) -> str:
    """A safe, unique file name on any system: the reference ("2021/2" gives "2021-2")
    and the organization; adds it to `taken`, compared casefolded."""
    reference = reference.replace("/", "-").replace("\\", "-")
    name = " ".join(part for part in (reference.strip(), organization.strip()) if part)
    return file_name(name or "letter", taken).removesuffix(".pdf") + suffix


def caption(label: str, value: str) -> str:
    """A caption and its value ("Ref. 2021/2"); the value alone if there is no caption."""
    return f"{label} {value}" if label and value else value


def contact_lines(head: Letterhead) -> list[str]:
    """The letterhead's small print: the address on one line, the telephone and fax on
    the next, the e-mail and web site on the last; no-break spaces keep each number
    whole on its line."""
    address = ", ".join(part.strip() for part in head.address.splitlines() if part.strip())
    lines = [address] if address else []
    for keys in (("phone", "fax"), ("email", "website")):
        items = [
            caption(head.label(key), value.strip()).replace(" ", "\u00a0")
            for key in keys
            if (value := getattr(head, key)).strip()
        ]
        if items:
            lines.append("\u2003\u00b7\u2003".join(items))
    return lines
