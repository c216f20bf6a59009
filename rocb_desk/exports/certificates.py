"""Certificates of attendance as PDF: one landscape A4 page per participant.

    write_certificates(certificates, Path("certificates.pdf"))       # one file, every page
    write_certificate_files(certificates, Path("certificates/"))     # one file per person

The service hands over every text already in the certificate's language; this module
only lays it out, with the DejaVu font embedded so Cyrillic names print. Like the report
writers, each file is written next to its target and moved into place when complete.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import unicodedata
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from ..domain.certificates import Certificate
from ..domain.errors import QT_TRANSLATE_NOOP, OfficeError
from . import _cannot_write
from ._common import clean_text

if TYPE_CHECKING:  # reportlab is imported when a certificate is drawn, not at start-up
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

NOTHING_TO_PRINT = QT_TRANSLATE_NOOP(
    "Errors", "No participant is marked present: there is no certificate to make."
)
NO_FOLDER = QT_TRANSLATE_NOOP("Errors", "The folder {path} does not exist.")
READ_ONLY = QT_TRANSLATE_NOOP("Errors", "The folder {path} cannot be written to.")
IS_FOLDER = QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a file.")

# Characters no file system takes (Windows' list is the longest), and names Windows reserves.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"} | {f"{p}{n}" for p in ("com", "lpt") for n in range(1, 10)}
)
NAME_CHARS = 80  # Cyrillic takes two bytes a letter; 255 bytes is the usual limit

BLUE = (0.0, 0.29, 0.55)  # the WCO's blue, for the frame and the heading
GREY = (0.35, 0.35, 0.35)


def write_certificates(certificates: list[Certificate], path: Path) -> Path:
    """Every certificate in one PDF, a page each, in the order given; returns the path."""
    path = Path(path)
    if not certificates:
        raise OfficeError(NOTHING_TO_PRINT)
    if path.is_dir():
        raise OfficeError(IS_FOLDER, path=str(path))
    _writable(path.parent)
    _atomically(path, partial(_render, certificates))
    return path


def write_certificate_files(certificates: list[Certificate], folder: Path) -> list[Path]:
    """One PDF per certificate in `folder`, named after the participant; returns the paths.

    A file of the same name from an earlier run is replaced: printing again updates it.
    """
    folder = Path(folder)
    if not certificates:
        raise OfficeError(NOTHING_TO_PRINT)
    _writable(folder)
    taken: set[str] = set()
    paths = []
    for certificate in certificates:
        target = folder / file_name(certificate.name, taken)
        _atomically(target, partial(_render, [certificate]))
        paths.append(target)
    return paths


def file_name(name: str, taken: set[str]) -> str:
    """A safe, unique "<name>.pdf" on any system; adds it to `taken` (compared casefolded,
    since Windows and macOS do not tell "Ivanov" from "IVANOV")."""
    stem = _FORBIDDEN.sub(" ", unicodedata.normalize("NFC", name))
    stem = " ".join(stem.split())[:NAME_CHARS].strip(" .")
    if not stem:
        stem = "certificate"
    if stem.split(".")[0].casefold() in _RESERVED:
        stem = f"_{stem}"
    candidate, number = stem, 2
    while candidate.casefold() in taken:
        candidate, number = f"{stem} ({number})", number + 1
    taken.add(candidate.casefold())
    return f"{candidate}.pdf"


def _writable(folder: Path) -> None:
    if not folder.is_dir():
        raise OfficeError(NO_FOLDER, path=str(folder))
    if not os.access(folder, os.W_OK):
        raise OfficeError(READ_ONLY, path=str(folder))


def _atomically(path: Path, render: Callable[[Path], None]) -> None:
    # A hidden sibling, so the rename stays on one file system (see exports.write).
    temp = path.with_name(f".~{path.stem}.{secrets.token_hex(4)}{path.suffix}")
    try:
        render(temp)
        os.replace(temp, path)
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)


# --- the page -------------------------------------------------------------------------------


def _render(certificates: list[Certificate], path: Path) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    from ._pdf_layout import FONT, LANGUAGES, _register_fonts

    _register_fonts()
    first = certificates[0]
    canvas = Canvas(
        str(path),
        pagesize=landscape(A4),
        initialFontName=FONT,  # else the file refers to a Helvetica it does not embed
        lang=LANGUAGES.get(first.lang, "en-GB"),
    )
    canvas.setTitle(clean_text(first.labels.heading if len(certificates) > 1 else first.name))
    canvas.setSubject(clean_text(first.event_title))
    canvas.setAuthor(clean_text(first.labels.office))
    canvas.setCreator("")
    for certificate in certificates:
        _page(canvas, certificate, *landscape(A4))
        canvas.showPage()
    canvas.save()


def _page(canvas: Canvas, certificate: Certificate, width: float, height: float) -> None:
    from reportlab.lib.units import mm

    from ._pdf_layout import FONT, FONT_BOLD

    labels = certificate.labels
    _frame(canvas, width, height)
    text_width = width - 2 * 45 * mm
    left = (width - text_width) / 2
    foot = 32 * mm
    # The office's name heads the page; the body is centred in the room left above the foot,
    # so a short certificate does not hang at the top and a long title still fits.
    office = _Lines(text_width)
    office.add(labels.office, _style(11, False, GREY))
    office.draw(canvas, left, height - 30 * mm)
    body = _Lines(text_width)
    body.add(labels.heading, _style(30, True, BLUE), after=9 * mm)
    body.add(labels.certify, _style(14, False), after=5 * mm)
    # A name stays large: on one line down to 22 points, else on two rather than tiny.
    name_size = _fitting(certificate.name, FONT_BOLD, 30, text_width, smallest=22)
    if not _fits(certificate.name, FONT_BOLD, name_size, text_width):
        name_size = _fitting(certificate.name, FONT_BOLD, 22, text_width * 2, smallest=12)
    body.add(certificate.name, _style(name_size, True), after=2 * mm)
    body.add(labels.of_line, _style(_fitting(labels.of_line, FONT, 14, text_width * 2), False))
    body.add(labels.attended, _style(14, False), before=6 * mm, after=2 * mm)
    # A title runs to two lines at most: a long one gets a smaller size rather than more lines.
    title_size = _fitting(certificate.event_title, FONT_BOLD, 18, text_width * 2)
    body.add(certificate.event_title, _style(title_size, True), after=3 * mm)
    place = ", ".join(part for part in (certificate.location, certificate.period) if part)
    body.add(place, _style(13, False, GREY))
    room_top, room_bottom = height - 30 * mm - office.height - 6 * mm, foot + 16 * mm
    body.draw(canvas, left, room_top - max(0.0, (room_top - room_bottom - body.height) / 2))

    # The foot: the date of issue on the left, the Director's signature line on the right.
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(FONT, 11)
    canvas.drawString(left, foot, clean_text(labels.issued_line))
    sign_left, sign_right = width - left - 75 * mm, width - left
    canvas.setLineWidth(0.6)
    canvas.line(sign_left, foot + 6 * mm, sign_right, foot + 6 * mm)
    canvas.drawCentredString((sign_left + sign_right) / 2, foot, clean_text(labels.signature))


def _frame(canvas: Canvas, width: float, height: float) -> None:
    from reportlab.lib.units import mm

    canvas.setStrokeColorRGB(*BLUE)
    canvas.setLineWidth(2.5)
    canvas.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
    canvas.setLineWidth(0.7)
    canvas.rect(15 * mm, 15 * mm, width - 30 * mm, height - 30 * mm)
    canvas.setStrokeColorRGB(0, 0, 0)


def _fitting(text: str, font: str, size: float, room: float, smallest: float = 10) -> float:
    """The largest size up to `size` at which `text` fits in `room` points of line."""
    while size > smallest and not _fits(text, font, size, room):
        size -= 1
    return size


def _fits(text: str, font: str, size: float, room: float) -> bool:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    # A margin for the words wrapping short of the line's end.
    return stringWidth(clean_text(text), font, size) <= room * 0.95


def _style(size: float, bold: bool, color: tuple[float, float, float] = (0, 0, 0)):  # noqa: ANN202
    from reportlab.lib.colors import Color
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    from ._pdf_layout import FONT, FONT_BOLD

    return ParagraphStyle(
        f"certificate-{size}-{bold}",
        fontName=FONT_BOLD if bold else FONT,
        fontSize=size,
        leading=size * 1.25,
        alignment=TA_CENTER,
        textColor=Color(*color),
    )


class _Lines:
    """Centred paragraphs stacked top to bottom, measured before they are drawn."""

    def __init__(self, width: float) -> None:
        self.width = width
        self.height = 0.0
        self._items: list[tuple[Paragraph, float, float, float]] = []

    def add(self, text: str, style: ParagraphStyle, before: float = 0, after: float = 0) -> None:
        from reportlab.platypus import Paragraph

        if not text:  # no administration on the list: no "of ..." line, and no gap for it
            return
        paragraph = Paragraph(escape(clean_text(text)), style)
        _, height = paragraph.wrap(self.width, 10_000)
        self._items.append((paragraph, before, height, after))
        self.height += before + height + after

    def draw(self, canvas: Canvas, left: float, top: float) -> None:
        for paragraph, before, height, after in self._items:
            top -= before + height
            paragraph.drawOn(canvas, left, top)
            top -= after
