"""python-docx layout of an outgoing letter; imported only when a Word letter is made.

Made to be edited further in Word:
- The letterhead is the first-page header of the section ("different first page"), as
  in Word's own letter templates: it stays put while the body is edited and reflowed,
  it cannot be typed over by accident, and it is defined once for every letter of a
  circular (later sections link to it). Pages 2 and on carry a one-line running head
  and "Page X of Y" in the footer instead.
- Each addressee's letter is a section of its own, starting on a new page: page numbers
  restart with each letter, and "of Y" is that letter's length (SECTIONPAGES).
- The text uses Word's built-in styles: Normal, Body Text (the body's paragraphs,
  justified), List Bullet and List Number (levels 2 and 3 for nested lists); bold and
  italic are plain run formatting. Each numbered list restarts at its own first number.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.letter_document import Addressee, LetterDocument, Letterhead
from ..domain.markup import Block, Item, parse
from ._common import clean_text
from .certificates import BLUE, GREY
from .docx import LANGUAGES, _set_language
from .letter import caption, contact_lines

if TYPE_CHECKING:  # only for annotations: python-docx is imported when a letter is made
    from docx.document import Document as WordDocument
    from docx.section import Section, _Footer, _Header
    from docx.shared import RGBColor
    from docx.text.paragraph import Paragraph

PAGE_WIDTH_CM, PAGE_HEIGHT_CM = 21.0, 29.7
LEFT_CM, RIGHT_CM, TOP_CM, BOTTOM_CM = 2.5, 2.0, 2.0, 2.0
LOGO_MM = 22
LOGO_COLUMN_CM = 2.8
SIGNING_SPACE_PT = 40
# What may follow w:pgNumType in a w:sectPr, and w:pBdr in a w:pPr (the schema's order).
_SECTION_AFTER_PAGE_NUMBERS = (
    "w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection",
    "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange",
)  # fmt: skip
_PARAGRAPH_AFTER_BORDERS = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip


def _rgb(color: tuple[float, float, float]) -> RGBColor:
    from docx.shared import RGBColor

    return RGBColor(*(round(part * 255) for part in color))


def render(document: LetterDocument, path: Path) -> None:
    import docx
    from docx.enum.section import WD_SECTION

    word = docx.Document()
    _set_properties(word, document)
    _set_language(word, LANGUAGES.get(document.lang, "en-GB"))
    _set_styles(word)
    _keep_justified_lines_with_breaks(word)
    section = word.sections[0]
    _page_setup(section)
    _letterhead(section.first_page_header, document.letterhead, section)
    _running_head(section.header, document, section)
    # SECTIONPAGES counts one letter's pages, but Word alone knows it (LibreOffice prints
    # the number saved with it); a file with one letter uses NUMPAGES, known to both.
    pages = "SECTIONPAGES" if len(document.letters()) > 1 else "NUMPAGES"
    _page_numbers(section.footer, document.letterhead.label("page"), pages)
    blocks = parse(document.body)
    for index, addressee in enumerate(document.letters()):
        if index:
            # A copy of the first section: same page, same (linked) headers and footers.
            word.add_section(WD_SECTION.NEW_PAGE)
        _letter(word, document, addressee, blocks, _text_width(section))
    word.save(str(path))


def _set_properties(word: WordDocument, document: LetterDocument) -> None:
    properties = word.core_properties
    properties.title = clean_text(document.subject)
    properties.subject = clean_text(
        caption(document.letterhead.label("reference"), document.reference)
    )
    properties.author = clean_text(document.letterhead.office_name)
    properties.language = LANGUAGES.get(document.lang, "en-GB")
    properties.last_modified_by = properties.comments = ""


def _set_styles(word: WordDocument) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    normal = word.styles["Normal"].paragraph_format
    normal.space_after, normal.line_spacing = Pt(0), 1.0
    body = word.styles["Body Text"].paragraph_format
    body.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    body.space_after, body.line_spacing = Pt(8), 1.08
    for name in ("List Bullet", "List Number"):
        for level in ("", " 2", " 3"):
            # Items sit close together (the styles' contextual spacing), the list ends
            # with a gap before the next paragraph.
            style = word.styles[f"{name}{level}"].paragraph_format
            style.space_after, style.line_spacing = Pt(8), 1.08


def _keep_justified_lines_with_breaks(word: WordDocument) -> None:
    """Word stretches a justified line that ends in a line break across the whole width;
    this compatibility option, as Word's own dialog sets it, leaves it as it is."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    settings = word.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        return
    if compat.find(qn("w:doNotExpandShiftReturn")) is None:
        # Before w:useFELayout and the w:compatSetting entries, as the schema orders them.
        compat.insert(0, OxmlElement("w:doNotExpandShiftReturn"))


def _page_setup(section: Section) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(PAGE_WIDTH_CM), Cm(PAGE_HEIGHT_CM)
    section.left_margin, section.right_margin = Cm(LEFT_CM), Cm(RIGHT_CM)
    section.top_margin, section.bottom_margin = Cm(TOP_CM), Cm(BOTTOM_CM)
    section.header_distance = section.footer_distance = Cm(1.0)
    section.different_first_page_header_footer = True
    # Each letter (section) counts its pages from 1; later sections are copies of this one.
    numbering = OxmlElement("w:pgNumType")
    numbering.set(qn("w:start"), "1")
    sect_pr = section._sectPr
    sect_pr.insert_element_before(numbering, *_SECTION_AFTER_PAGE_NUMBERS)


def _text_width(section: Section) -> int:
    return section.page_width - section.left_margin - section.right_margin


def _letterhead(header: _Header, head: Letterhead, section: Section) -> None:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.shared import Cm, Pt

    width = _text_width(section)
    table = header.add_table(rows=1, cols=2, width=width)
    table.autofit = False
    # The table goes first; the header's own empty paragraph, now under it, is the rule.
    rule = header.paragraphs[0]
    rule._p.addprevious(table._tbl)
    logo_cell, text_cell = table.rows[0].cells
    for cell, cell_width in (
        (logo_cell, Cm(LOGO_COLUMN_CM)),
        (text_cell, width - Cm(LOGO_COLUMN_CM)),
    ):
        cell.width = cell_width
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for column, cell_width in zip(table.columns, (logo_cell.width, text_cell.width), strict=True):
        column.width = cell_width
    logo_cell.paragraphs[0].style = "Header"
    _add_logo(logo_cell.paragraphs[0], head.logo_path)

    name = text_cell.paragraphs[0]
    name.style = "Header"
    _styled_run(name, head.office_name, size=14, bold=True, color=BLUE)
    lines = [(head.office_subtitle, 10, BLUE)] if head.office_subtitle else []
    lines += [(text, 8, GREY) for text in contact_lines(head)]
    for number, (text, size, color) in enumerate(lines):
        paragraph = text_cell.add_paragraph(style="Header")
        if number == 1 and head.office_subtitle:
            paragraph.paragraph_format.space_before = Pt(5)
        _styled_run(paragraph, text, size=size, color=color)

    _bottom_border(rule, BLUE)
    rule.paragraph_format.space_after = Pt(16)


def _add_logo(paragraph: Paragraph, path: str) -> None:
    from docx.shared import Mm

    if not path or not Path(path).is_file():
        return
    try:
        paragraph.add_run().add_picture(path, width=Mm(LOGO_MM))
    except Exception:  # noqa: BLE001 - a broken logo file: the letter goes out without it
        for run in list(paragraph.runs):
            run._r.getparent().remove(run._r)


def _styled_run(
    paragraph: Paragraph,
    text: str,
    size: float,
    bold: bool = False,
    color: tuple[float, float, float] | None = None,
) -> None:
    from docx.shared import Pt

    run = paragraph.add_run(clean_text(text))
    run.font.size = Pt(size)
    if bold:
        run.bold = True
    if color is not None:
        run.font.color.rgb = _rgb(color)


def _bottom_border(paragraph: Paragraph, color: tuple[float, float, float]) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (
        ("w:val", "single"),
        ("w:sz", "6"),
        ("w:space", "1"),
        ("w:color", str(_rgb(color))),
    ):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().insert_element_before(borders, *_PARAGRAPH_AFTER_BORDERS)


def _right_tab(paragraph: Paragraph, position: int) -> None:
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Twips

    tabs = paragraph.paragraph_format.tab_stops
    if paragraph.style is not None and paragraph.style.name in ("Header", "Footer"):
        for inherited in (4680, 9360):  # the styles' centre and right tabs, set for Letter
            tabs.add_tab_stop(Twips(inherited), WD_TAB_ALIGNMENT.CLEAR)
    tabs.add_tab_stop(position, WD_TAB_ALIGNMENT.RIGHT)


def _running_head(header: _Header, document: LetterDocument, section: Section) -> None:
    paragraph = header.paragraphs[0]
    _right_tab(paragraph, _text_width(section))
    head = document.letterhead
    reference = caption(head.label("reference"), document.reference)
    right = "  \u00b7  ".join(text for text in (reference, document.date_text) if text)
    _styled_run(paragraph, f"{head.office_name}\t{right}", size=8, color=GREY)
    _bottom_border(paragraph, GREY)


def _page_numbers(footer: _Footer, label: str, pages_field: str) -> None:
    """ "Page {page} of {pages}" with Word fields: this page, and the pages of this letter."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph = footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rest = label
    while rest:
        page, pages = rest.find("{page}"), rest.find("{pages}")
        found = [(at, token) for at, token in ((page, "{page}"), (pages, "{pages}")) if at >= 0]
        if not found:
            _styled_run(paragraph, rest, size=8, color=GREY)
            break
        at, token = min(found)
        if at:
            _styled_run(paragraph, rest[:at], size=8, color=GREY)
        _field(paragraph, "PAGE" if token == "{page}" else pages_field)
        rest = rest[at + len(token) :]


def _field(paragraph: Paragraph, instruction: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), str(_rgb(GREY)))
    properties.append(color)
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "16")  # 8 points, as the words around it
    properties.append(size)
    text = OxmlElement("w:t")
    text.text = "1"  # shown until Word or LibreOffice updates the field
    run.append(properties)
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _letter(
    word: WordDocument,
    document: LetterDocument,
    addressee: Addressee,
    blocks: list[Block],
    width: int,
) -> None:
    from docx.shared import Pt

    head = document.letterhead
    line = word.add_paragraph(clean_text(caption(head.label("reference"), document.reference)))
    _right_tab(line, width)
    line.add_run("\t" + clean_text(caption(head.label("date"), document.date_text)))
    line.paragraph_format.space_after = Pt(18)
    if addressee.organization:
        block = word.add_paragraph()
        block.add_run(clean_text(addressee.organization)).bold = True
        for text in (addressee.attention, addressee.address):
            if text:
                block.add_run("\n" + clean_text(text))
        block.paragraph_format.space_after = Pt(18)
    if document.subject:
        subject = word.add_paragraph()
        label = head.label("subject")
        if label:
            subject.add_run(clean_text(label) + " ").bold = True
        subject.add_run(clean_text(document.subject)).bold = True
        subject.paragraph_format.space_after = Pt(12)
        subject.paragraph_format.keep_with_next = True
    if document.salutation:
        salutation = word.add_paragraph(clean_text(document.salutation))
        salutation.paragraph_format.space_after = Pt(8)
        salutation.paragraph_format.keep_with_next = True
    last = _body(word, blocks)
    if last is not None:
        last.paragraph_format.keep_with_next = True  # the signature never stands alone
    closing = word.add_paragraph(clean_text(document.closing))
    closing.paragraph_format.space_before = Pt(4)
    closing.paragraph_format.keep_with_next = True
    name = word.add_paragraph()
    name.add_run(clean_text(document.signature_name)).bold = True
    name.paragraph_format.space_before = Pt(SIGNING_SPACE_PT)  # room to sign
    name.paragraph_format.keep_with_next = bool(document.signature_title)
    if document.signature_title:
        word.add_paragraph(clean_text(document.signature_title))


def _body(word: WordDocument, blocks: list[Block]) -> Paragraph | None:
    """The body's paragraphs and list items; returns the last one."""
    # Per list level: (ordered, last number, the Word list it continues).
    lists: dict[int, tuple[bool, int, int | None]] = {}
    paragraph = None
    for block in blocks:
        if not isinstance(block, Item):
            paragraph = word.add_paragraph(style="Body Text")
            lists.clear()
        else:
            level = min(block.level, 2)
            style = ("List Number" if block.ordered else "List Bullet") + (
                f" {level + 1}" if level else ""
            )
            paragraph = word.add_paragraph(style=style)
            lists = {key: value for key, value in lists.items() if key <= level}
            number_id = None
            if block.ordered:
                previous = lists.get(level)
                if previous and previous[0] and previous[1] + 1 == block.number:
                    number_id = previous[2]
                else:
                    number_id = _new_list(word, style, block.number)
                _use_list(paragraph, number_id)
            lists[level] = (block.ordered, block.number, number_id)
        for run in block.runs:
            out = paragraph.add_run(clean_text(run.text))
            if run.bold:
                out.bold = True
            if run.italic:
                out.italic = True
    return paragraph


def _new_list(word: WordDocument, style: str, start: int) -> int | None:
    """A new Word list of the style's numbering, counting from `start`: without it every
    numbered list of the document, and of every letter of a circular, would count on."""
    properties = word.styles[style].element.pPr
    numbering_properties = properties.numPr if properties is not None else None
    if numbering_properties is None or numbering_properties.numId is None:
        return None
    numbering = word.part.numbering_part.element
    abstract = numbering.num_having_numId(numbering_properties.numId.val).abstractNumId.val
    new = numbering.add_num(abstract)
    new.add_lvlOverride(ilvl=0).add_startOverride(start)
    return new.numId


def _use_list(paragraph: Paragraph, number_id: int | None) -> None:
    if number_id is None:
        return
    numbering = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numbering.get_or_add_ilvl().val = 0
    numbering.get_or_add_numId().val = number_id
