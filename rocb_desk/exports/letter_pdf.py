"""reportlab layout of an outgoing letter; imported only when a PDF letter is made.

A4 portrait. Each addressee's letter starts on a new page under the letterhead (the
logo at the left; the office's name, subtitle, and its address and numbers in small
grey type; a thin blue rule); its later pages carry a one-line running head instead.
A letter of more than one page is numbered "Page X of Y" at the foot, counted within
that letter, not the file: the pages are kept aside until the file is finished
(`_LetterCanvas`), when every letter's length is known.
"""

from __future__ import annotations

from collections import Counter
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.flowables import HRFlowable

from ..domain.letter_document import Addressee, LetterDocument, Letterhead
from ..domain.markup import Block, Item, Run, parse
from ..paths import resource_path
from ._common import clean_text
from ._pdf_layout import FONT, FONT_BOLD, LANGUAGES, _register_fonts
from .certificates import BLUE, GREY
from .letter import caption, contact_lines

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 20 * mm, 18 * mm, 22 * mm
WIDTH = PAGE_WIDTH - LEFT - RIGHT
LOGO, LOGO_GAP = 22 * mm, 5 * mm
LIST_INDENT, LIST_HANG = 6 * mm, 7 * mm  # room for "10."
SIGNING_SPACE = 16 * mm
BODY_SIZE, BODY_LEADING = 10, 14.5

# A table only to place things side by side: no padding, and our font (a Table starts
# its cells with Helvetica, which would then be named in the file without being embedded).
BARE_TABLE = [
    ("FONTNAME", (0, 0), (-1, -1), FONT),
    *(
        (side, (0, 0), (-1, -1), 0)
        for side in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")
    ),
]
# Italic faces are used when resources/fonts has them; else italics print upright.
ITALIC_FILES = {
    "RocbSans-Oblique": "DejaVuSans-Oblique.ttf",
    "RocbSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}


def render(document: LetterDocument, path: Path) -> None:
    faces = _register_faces()
    head = document.letterhead
    template = BaseDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=clean_text(document.subject),
        subject=clean_text(caption(head.label("reference"), document.reference)),
        author=clean_text(head.office_name),
        creator="",
        lang=LANGUAGES.get(document.lang, "en-GB"),
        initialFontName=FONT,  # else every page refers to a Helvetica that is not embedded
    )
    frame = Frame(LEFT, BOTTOM, WIDTH, PAGE_HEIGHT - TOP - BOTTOM, 0, 0, 0, 0, id="letter")
    template.addPageTemplates([PageTemplate("letter", frames=[frame])])
    blocks = parse(document.body)
    logo = _logo(head.logo_path)
    story: list[Flowable] = []
    for index, addressee in enumerate(document.letters()):
        if index:
            story.append(PageBreak())
        story.append(_LetterStart(index))
        story += _letter(document, addressee, blocks, faces, logo)
    template.build(story, canvasmaker=partial(_LetterCanvas, document=document))


def _register_faces() -> dict[tuple[bool, bool], str]:
    """The font for each (bold, italic), all DejaVu, registered once."""
    _register_fonts()
    faces = {(False, False): FONT, (True, False): FONT_BOLD}
    registered = set(pdfmetrics.getRegisteredFontNames())
    for bold, (name, file_name) in enumerate(ITALIC_FILES.items()):
        font_file = resource_path("fonts", file_name)
        if name not in registered and font_file.is_file():
            pdfmetrics.registerFont(TTFont(name, str(font_file)))
            registered.add(name)
        upright = FONT_BOLD if bold else FONT
        faces[bool(bold), True] = name if name in registered else upright
    return faces


def _style(
    name: str, size: float = BODY_SIZE, leading: float = BODY_LEADING, **extra
) -> ParagraphStyle:
    extra.setdefault("fontName", FONT)
    return ParagraphStyle(f"letter-{name}", fontSize=size, leading=leading, **extra)


STYLES = {
    "office": _style("office", 13.5, 16.5, fontName=FONT_BOLD, textColor=colors.Color(*BLUE)),
    "subtitle": _style("subtitle", 9.5, 12, textColor=colors.Color(*BLUE), spaceAfter=2.5 * mm),
    "contacts": _style("contacts", 7.5, 10, textColor=colors.Color(*GREY)),
    "line": _style("line"),
    "date": _style("date", alignment=TA_RIGHT),
    "addressee": _style("addressee", spaceAfter=0),
    "subject": _style("subject", fontName=FONT_BOLD, spaceAfter=5 * mm),
    "salutation": _style("salutation", spaceAfter=3 * mm, keepWithNext=True),
    "body": _style("body", alignment=TA_JUSTIFY, spaceAfter=2.5 * mm),
    "closing": _style("closing", spaceBefore=3 * mm, alignment=TA_LEFT),
    "name": _style("name", fontName=FONT_BOLD),
}


def _text(text: str) -> str:
    """Plain text as paragraph markup: escaped, its line breaks kept."""
    return escape(clean_text(text)).replace("\n", "<br/>")


Logo = tuple[str, float, float]  # the file, its width and height on the page


def _logo(path: str) -> Logo | None:
    """The logo's file and size on the letterhead; none if there is no file or it cannot
    be read (a letter still goes out without it)."""
    if not path or not Path(path).is_file():
        return None
    try:
        from reportlab.lib.utils import ImageReader

        width, height = ImageReader(path).getSize()
    except Exception:  # noqa: BLE001 - Pillow raises many types for a broken image
        return None
    if width <= 0 or height <= 0:
        return None
    scale = min(LOGO / width, LOGO / height)
    return path, width * scale, height * scale


def _letterhead(head: Letterhead, logo: Logo | None) -> list[Flowable]:
    lines: list[Flowable] = [Paragraph(_text(head.office_name), STYLES["office"])]
    if head.office_subtitle:
        lines.append(Paragraph(_text(head.office_subtitle), STYLES["subtitle"]))
    lines += [Paragraph(_text(text), STYLES["contacts"]) for text in contact_lines(head)]
    if logo is None:
        top: list[Flowable] = lines
    else:
        top = [
            Table(
                [[Image(*logo, mask="auto"), lines]],
                colWidths=[LOGO + LOGO_GAP, WIDTH - LOGO - LOGO_GAP],
                style=[*BARE_TABLE, ("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
                hAlign="LEFT",
            )
        ]
    rule = HRFlowable(
        width="100%",
        thickness=0.8,
        color=colors.Color(*BLUE),
        spaceBefore=4 * mm,
        spaceAfter=7 * mm,
    )
    return [*top, rule]


def _letter(
    document: LetterDocument,
    addressee: Addressee,
    blocks: list[Block],
    faces: dict[tuple[bool, bool], str],
    logo: Logo | None,
) -> list[Flowable]:
    head = document.letterhead
    story = _letterhead(head, logo)
    reference = caption(head.label("reference"), document.reference)
    date = caption(head.label("date"), document.date_text)
    story.append(
        Table(
            [[Paragraph(_text(reference), STYLES["line"]), Paragraph(_text(date), STYLES["date"])]],
            colWidths=[WIDTH * 0.55, WIDTH * 0.45],
            style=BARE_TABLE,
            hAlign="LEFT",
        )
    )
    story.append(Spacer(0, 6 * mm))
    if addressee.organization:
        lines = [f'<font face="{FONT_BOLD}">{_text(addressee.organization)}</font>']
        lines += [_text(text) for text in (addressee.attention, addressee.address) if text]
        story += [Paragraph("<br/>".join(lines), STYLES["addressee"]), Spacer(0, 8 * mm)]
    if document.subject:
        label = head.label("subject")
        hang = pdfmetrics.stringWidth(f"{label} ", FONT_BOLD, BODY_SIZE) if label else 0
        style = ParagraphStyle("letter-subject-hang", STYLES["subject"], leftIndent=hang)
        style.firstLineIndent, style.keepWithNext = -hang, True
        text = f"{_text(label)} {_text(document.subject)}" if label else _text(document.subject)
        story.append(Paragraph(text, style))
    if document.salutation:
        story.append(Paragraph(_text(document.salutation), STYLES["salutation"]))
    body = _body(blocks, faces)
    signature = [Paragraph(_text(document.closing), STYLES["closing"]), Spacer(0, SIGNING_SPACE)]
    signature.append(Paragraph(_text(document.signature_name), STYLES["name"]))
    if document.signature_title:
        signature.append(Paragraph(_text(document.signature_title), STYLES["line"]))
    # The signature never stands alone on a page: the body's last paragraph goes with it.
    story += [*body[:-1], KeepTogether([*body[-1:], *signature])]
    return story


def _body(blocks: list[Block], faces: dict[tuple[bool, bool], str]) -> list[Flowable]:
    story: list[Flowable] = []
    for index, block in enumerate(blocks):
        markup = _runs(block.runs, faces)
        if not isinstance(block, Item):
            story.append(Paragraph(markup, STYLES["body"]))
            continue
        indent = LIST_INDENT * block.level
        last = index + 1 == len(blocks) or not isinstance(blocks[index + 1], Item)
        style = ParagraphStyle(
            f"letter-item-{block.level}-{last}-{block.ordered}",
            STYLES["body"],
            alignment=TA_LEFT,  # short lines: justified, they would gape
            leftIndent=indent + LIST_HANG,
            # Numbers end at one line ("9." above "10."); bullets start at one.
            bulletIndent=indent + (LIST_HANG - 1.5 * mm if block.ordered else 1 * mm),
            bulletAnchor="end" if block.ordered else "start",
            bulletFontName=FONT,
            spaceAfter=2.5 * mm if last else 1 * mm,
        )
        bullet = (
            f"{block.number}."
            if block.ordered
            else ("\u2022" if block.level % 2 == 0 else "\u2013")
        )
        story.append(Paragraph(markup, style, bulletText=bullet))
    return story


def _runs(runs: tuple[Run, ...], faces: dict[tuple[bool, bool], str]) -> str:
    parts = []
    for run in runs:
        text = _text(run.text)
        face = faces[run.bold, run.italic]
        parts.append(text if face == FONT else f'<font face="{face}">{text}</font>')
    return "".join(parts)


class _LetterStart(Flowable):
    """Takes no room; tells the canvas that the pages from here on are letter `index`."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.letter_index = self.index


class _LetterCanvas(Canvas):
    """Keeps every page aside until the file is saved, then adds the running heads and
    "Page X of Y", counted within each letter of a circular."""

    def __init__(self, *args, document: LetterDocument, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.letter = document
        self.letter_index = 0
        self._kept: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._kept.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = Counter(state["letter_index"] for state in self._kept)
        seen: Counter[int] = Counter()
        for state in self._kept:
            self.__dict__.update(state)
            seen[self.letter_index] += 1
            self._decorate(seen[self.letter_index], pages[self.letter_index])
            super().showPage()
        super().save()

    def _decorate(self, page: int, pages: int) -> None:
        head = self.letter.letterhead
        self.saveState()
        self.setFillColorRGB(*GREY)
        if page > 1:
            self.setFont(FONT, 7.5)
            top = PAGE_HEIGHT - 11 * mm
            self.drawString(LEFT, top, clean_text(head.office_name))
            reference = caption(head.label("reference"), self.letter.reference)
            right = "  \u00b7  ".join(t for t in (reference, self.letter.date_text) if t)
            self.drawRightString(PAGE_WIDTH - RIGHT, top, clean_text(right))
            self.setStrokeColorRGB(*GREY)
            self.setLineWidth(0.3)
            self.line(LEFT, top - 2 * mm, PAGE_WIDTH - RIGHT, top - 2 * mm)
        if pages > 1:
            self.setFont(FONT, 8)
            self.drawCentredString(
                PAGE_WIDTH / 2, 11 * mm, clean_text(head.page_label(page, pages))
            )
        self.restoreState()
