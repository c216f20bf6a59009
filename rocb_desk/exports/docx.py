"""The Word writer: a document the office can edit further, in its own language.

python-docx's `table.cell(i, j)` rebuilds the cell grid on every call, which makes
filling a table cell by cell quadratic; rows are added with `add_row()` and filled
from that row's own cells, once each.
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import deepcopy
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.document import (
    BULLET,
    Annex,
    Bullets,
    Contents,
    Document,
    Heading,
    Image,
    Orientation,
    PageBreak,
    Paragraph,
    Table,
)
from ._common import (
    FIXED_KINDS,
    SIGNATURE_KIND,
    SIGNATURE_ROW_POINTS,
    Progress,
    RowProgress,
    alignment,
    cell_text,
    clean_text,
    column_sample,
    fit_widths,
)

if TYPE_CHECKING:  # only for annotations: python-docx is imported when a document is made
    from docx.document import Document as WordDocument
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.section import Section
    from docx.shared import Length
    from docx.table import Table as WordTable
    from docx.table import _Cell

    Align = WD_ALIGN_PARAGRAPH | None

CHUNK_ROWS = 200  # rows between two progress reports
LANGUAGES = {"en": "en-GB", "ru": "ru-RU"}
# Estimated width in points of one bold character in the table font (Calibri 11 pt), and
# of a cell's left and right margins together: enough to keep "1 234 567,89" on one line.
BOLD_CHAR_WIDTH, CELL_PADDING = 6.6, 12.0
# The template's List Bullet hangs its text 18 pt (360 twips) from the bullet; a list with
# another mark hangs the same, so the two kinds of list line up in one report.
LIST_HANG_POINTS = 18


def write_docx(document: Document, path: Path, progress: Progress | None = None) -> None:
    import docx

    word = docx.Document()
    counter = RowProgress(document, progress)
    _set_properties(word, document)
    _set_language(word, LANGUAGES.get(document.lang, "en-GB"))
    section = word.sections[0]
    _page_setup(section, document.landscape)
    _add_page_number(section)

    word.add_paragraph(clean_text(document.title), style="Title")
    if document.subtitle:
        word.add_paragraph(clean_text(document.subtitle), style="Subtitle")
    width = section.page_width - section.left_margin - section.right_margin
    for block in document.blocks:
        if isinstance(block, Heading):
            word.add_heading(clean_text(block.text), min(max(block.level, 1), 9))
        elif isinstance(block, Paragraph) and block.runs:
            paragraph = word.add_paragraph()
            for run in block.runs:
                shown = paragraph.add_run(clean_text(run.text))
                shown.bold, shown.italic = run.bold or None, run.italic or None
        elif isinstance(block, Paragraph):
            word.add_paragraph(clean_text(block.text))
        elif isinstance(block, Bullets):
            _add_bullets(word, block)
        elif isinstance(block, PageBreak):
            word.add_page_break()
        elif isinstance(block, Orientation):
            width = _new_section(word, block.landscape)
        elif isinstance(block, Contents):
            _add_contents(word, block)
        elif isinstance(block, Annex):
            # Word cannot hold another PDF: the annex is named, to be sent with the report.
            word.add_paragraph(f"{clean_text(block.title)} ({clean_text(block.name)})")
        elif isinstance(block, Image):
            from docx.shared import Mm

            word.add_picture(block.path, width=Mm(block.width_mm))
        elif isinstance(block, Table):
            _add_table(word, block, document.lang, width, counter)
            word.add_paragraph()  # Word would join two tables that touch into one
    word.save(str(path))
    counter.finish()


def _set_properties(word: WordDocument, document: Document) -> None:
    properties = word.core_properties
    properties.title = clean_text(document.title)
    properties.subject = clean_text(document.subtitle)
    properties.language = LANGUAGES.get(document.lang, "en-GB")
    # python-docx's template would otherwise sign every report "python-docx".
    properties.author = properties.last_modified_by = properties.comments = ""


def _set_language(word: WordDocument, tag: str) -> None:
    """Spelling and hyphenation follow the report's language, not Word's default."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = word.styles["Normal"].element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.insert_element_before(lang, "w:eastAsianLayout", "w:specVanish", "w:oMath")
    lang.set(qn("w:val"), tag)


def _page_setup(section: Section, landscape: bool) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    # The template is US Letter; the office prints on A4.
    short, long = Cm(21.0), Cm(29.7)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))


def _new_section(word: WordDocument, landscape: bool) -> Length:
    """A new page turned as asked; its footer (the page number) follows the one before.
    Returns the width between its margins, for the tables that follow."""
    from docx.enum.section import WD_SECTION

    section = word.add_section(WD_SECTION.NEW_PAGE)
    _page_setup(section, landscape)
    return section.page_width - section.left_margin - section.right_margin


def _add_contents(word: WordDocument, contents: Contents) -> None:
    """Word's own table of contents field over the heading styles, so the office can
    update it after editing; Word is asked to fill it in when the file opens."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    word.add_paragraph(clean_text(contents.title), style="TOC Heading")
    paragraph = word.add_paragraph()

    def field_char(kind: str) -> object:
        run = OxmlElement("w:r")
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        run.append(char)
        return run

    instruction = OxmlElement("w:r")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f'TOC \\o "1-{contents.depth}" \\h \\z \\u'
    instruction.append(text)
    shown = OxmlElement("w:r")
    placeholder = OxmlElement("w:t")
    placeholder.text = "\u2026"  # until Word or LibreOffice fills the field in
    shown.append(placeholder)
    for element in (field_char("begin"), instruction, field_char("separate"), shown):
        paragraph._p.append(element)
    paragraph._p.append(field_char("end"))
    settings = word.settings.element
    if settings.find(qn("w:updateFields")) is None:
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        settings.append(update)
    word.add_page_break()


def _add_page_number(section: Section) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"  # shown until Word or LibreOffice updates the field
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _add_bullets(word: WordDocument, bullets: Bullets) -> None:
    from docx.shared import Pt

    if bullets.mark == BULLET:
        # Word's own list: the office can renumber, restyle or extend it as usual.
        for item in bullets.items:
            word.add_paragraph(clean_text(item), style="List Bullet")
        return
    # Word's bullet lists take their mark from the numbering definitions, which the
    # template has only for the plain bullet; any other mark ("\u221a") is written as
    # text before a tab, with the text hanging as it does in List Bullet.
    hang = Pt(LIST_HANG_POINTS)
    mark = clean_text(bullets.mark)
    for number, item in enumerate(bullets.items, 1):
        paragraph = word.add_paragraph(f"{mark}\t{clean_text(item)}")
        layout = paragraph.paragraph_format
        layout.left_indent, layout.first_line_indent = hang, -hang
        layout.tab_stops.add_tab_stop(hang)
        if number < len(bullets.items):
            # Items close together, a gap after the list: as List Bullet's contextual
            # spacing does.
            layout.space_after = Pt(0)


def _add_table(
    word: WordDocument, table: Table, lang: str, width: int, counter: RowProgress
) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    if not table.columns:
        return
    aligns = {
        "left": None,  # the style's own alignment; nothing to write per cell
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
        "center": WD_ALIGN_PARAGRAPH.CENTER,
    }
    column_aligns = [aligns[alignment(column.kind)] for column in table.columns]
    out = word.add_table(rows=1, cols=len(table.columns))
    out.style = word.styles["Table Grid"]
    out.autofit = False
    widths = [Pt(w) for w in _column_widths(table, lang, width / Pt(1))]
    for column, column_width in zip(out.columns, widths, strict=True):
        column.width = column_width  # add_row() copies these into every new cell

    header = out.rows[0]
    # Repeat the header row at the top of every page the table runs onto.
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header._tr.get_or_add_trPr().append(repeat)
    for cell, column, cell_width, align in zip(
        header.cells, table.columns, widths, column_aligns, strict=True
    ):
        cell.width = cell_width
        _fill(cell, clean_text(column.title), align, bold=True)

    signed = any(column.kind == SIGNATURE_KIND for column in table.columns)
    rows = _RowStamp(out, column_aligns, height=Pt(SIGNATURE_ROW_POINTS) if signed else None)
    for start in range(0, len(table.rows), CHUNK_ROWS):
        chunk = table.rows[start : start + CHUNK_ROWS]
        for values in chunk:
            rows.append([cell_text(value, lang) for value in values])
        counter.advance(len(chunk))
    if table.totals is not None:
        _RowStamp(out, column_aligns, bold=True).append(
            [cell_text(value, lang) for value in table.totals]
        )
    if table.note:
        _add_note(out, clean_text(table.note), sum(widths, Pt(0)))


def _add_note(out: WordTable, text: str, width: Length) -> None:
    """One last row, a single cell across the whole table: Word wraps the long text in it.

    Made by hand (grid span, the other cells removed) rather than with `_Cell.merge`,
    which would look the row up among all the table's rows."""
    row = out.add_row()
    first, *others = row._tr.tc_lst
    for tc in others:
        row._tr.remove(tc)
    first.grid_span = 1 + len(others)
    cell = row.cells[0]
    cell.width = width
    _fill(cell, text, None)


class _RowStamp:
    """One formatted row made the python-docx way (`add_row()`, then that row's own
    cells), kept aside and copied for each data row.

    python-docx spends about 2 ms building a row element by element; a copy of the
    finished XML takes microseconds: seconds instead of minutes for a 200,000-line ledger.
    """

    def __init__(
        self, out: WordTable, aligns: list[Align], bold: bool = False, height: Length | None = None
    ) -> None:
        from docx.enum.table import WD_ROW_HEIGHT_RULE
        from docx.oxml.ns import qn

        row = out.add_row()
        if height is not None:
            row.height = height
            row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for cell, align in zip(row.cells, aligns, strict=True):
            paragraph = cell.paragraphs[0]
            if align is not None:
                paragraph.alignment = align
            run = paragraph.add_run("-")  # a placeholder, so the run has its w:t to fill
            if bold:
                run.bold = True
        self._table = out._tbl
        self._row = row._tr
        self._table.remove(self._row)
        self._text_tag = qn("w:t")
        for text in self._row.iter(self._text_tag):
            text.set(qn("xml:space"), "preserve")  # keep leading and trailing spaces

    def append(self, texts: Sequence[str]) -> None:
        row = deepcopy(self._row)
        # Not strict: a short row leaves its last cells empty rather than losing the report.
        targets = list(row.iter(self._text_tag))  # listed first: a line break adds w:t
        for element, text in zip(targets, texts, strict=False):
            if "\n" in text or "\t" in text:
                element.getparent().text = text  # the run turns these into w:br and w:tab
            else:
                element.text = text
        self._table.append(row)


def _fill(cell: _Cell, text: str, align: Align, bold: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    if align is not None:
        paragraph.alignment = align
    if text:
        run = paragraph.add_run(text)
        if bold:
            run.bold = True


def _column_widths(table: Table, lang: str, available: float) -> list[float]:
    """Widths in points: the relative widths, made wide enough for the fixed-form cells."""
    needs = []
    for index, column in enumerate(table.columns):
        header_word = max(column.title.split() or [""], key=len)
        need = len(header_word) * BOLD_CHAR_WIDTH + CELL_PADDING
        if column.kind in FIXED_KINDS:
            sample = column_sample(table, index)
            longest = max((len(cell_text(v, lang)) for v in sample), default=0)
            need = max(need, longest * BOLD_CHAR_WIDTH + CELL_PADDING)  # the totals are bold
        needs.append(need)
    return fit_widths([column.width for column in table.columns], needs, available)
