"""reportlab layout for the PDF writer; imported only when a PDF is made (see pdf.py).

One huge reportlab `Table` splits quadratically across pages (each split re-measures
every row left), so a listing is laid out by `_PagedTable`: each row is measured once,
and each page gets a small `Table` of just the rows that fit, under its own header.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import Image as PdfImage
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable
from reportlab.platypus.tableofcontents import TableOfContents

from ..domain.document import (
    Annex,
    Bullets,
    CellValue,
    Contents,
    Document,
    Heading,
    Image,
    Orientation,
    Paragraph,
    Table,
)
from ..domain.document import PageBreak as BreakBlock
from ..paths import resource_path
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
from ._pdf_annexes import is_pdf

FONT, FONT_BOLD = "RocbSans", "RocbSans-Bold"
FONT_ITALIC, FONT_BOLD_ITALIC = "RocbSans-Oblique", "RocbSans-BoldOblique"
FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
LANGUAGES = {"en": "en-GB", "ru": "ru-RU"}
MARGIN = 18 * mm
CELL_SIZE, CELL_LEADING, CELL_PAD = 8.5, 10.5, 3.0
LIST_INDENT, LIST_HANG = 3.0, 14.0  # where a list's mark sits, and its text after it
CELL_PAD_TOP, CELL_PAD_BOTTOM = 2.0, 3.0
FRAME_PADDING = 6.0  # reportlab's default
GRID = colors.Color(0.6, 0.6, 0.6)
HEADER_FILL = colors.Color(0.9, 0.9, 0.9)
ALIGNS = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER}


def render(document: Document, path: Path, progress: Progress | None) -> None:
    _register_fonts()
    counter = RowProgress(document, progress)
    template = _ReportTemplate(
        str(path),
        landscape_first=document.landscape,
        pagesize=landscape(A4) if document.landscape else A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=clean_text(document.title),
        subject=clean_text(document.subtitle),
        author="",
        creator="",
        lang=LANGUAGES.get(document.lang, "en-GB"),
        initialFontName=FONT,  # else every page refers to a Helvetica that is not embedded
    )
    template.counter = counter
    depths = [block.depth for block in document.blocks if isinstance(block, Contents)]
    template.contents_depth = max(depths, default=0)
    story = _story(document, template.frame_sizes, template.contents_depth)
    if depths:
        # Page numbers in the contents are known after a first pass: build until stable.
        template.multiBuild(story)
    else:
        template.build(story)
    counter.finish()


def _register_fonts() -> None:
    registered = pdfmetrics.getRegisteredFontNames()
    for name, file_name in FONT_FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
    # So that <b> and <i> inside a paragraph pick our font's faces, not Helvetica's.
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )


def _style(name: str, size: float, leading: float, bold: bool = False, **extra) -> ParagraphStyle:
    font = FONT_BOLD if bold else FONT
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, **extra)


STYLES = {
    "title": _style("title", 18, 22, bold=True, spaceAfter=4),
    "subtitle": _style("subtitle", 11, 14, textColor=colors.Color(0.3, 0.3, 0.3), spaceAfter=8),
    "body": _style("body", 10, 13, spaceAfter=6),
    1: _style("h1", 14, 18, bold=True, spaceBefore=10, spaceAfter=5),
    2: _style("h2", 12, 15, bold=True, spaceBefore=8, spaceAfter=4),
    3: _style("h3", 10.5, 13, bold=True, spaceBefore=6, spaceAfter=3),
}
# A list's items are body text, hung after the mark, close together until the last one.
# The mark needs our font too: reportlab would draw it in an unembedded Helvetica, which
# has no "\u221a".
STYLES["item"] = ParagraphStyle(
    "item",
    STYLES["body"],
    leftIndent=LIST_INDENT + LIST_HANG,
    bulletIndent=LIST_INDENT,
    bulletFontName=FONT,
    bulletFontSize=STYLES["body"].fontSize,
    spaceAfter=2,
)
STYLES["last item"] = ParagraphStyle("last item", STYLES["item"], spaceAfter=6)
CELL_STYLES = {
    (align, bold): _style(f"cell-{align}-{bold}", CELL_SIZE, CELL_LEADING, bold, alignment=code)
    for align, code in ALIGNS.items()
    for bold in (False, True)
}


def _markup(text: str) -> str:
    return escape(clean_text(text)).replace("\n", "<br/>")


def _story(
    document: Document, frame_sizes: dict[bool, tuple[float, float]], listed: int
) -> list[Flowable]:
    """The flowables of the document; tables are laid out for the frame they fall in
    (portrait or landscape, by `frame_sizes[landscape]` = width, height). The contents
    list the headings of the `listed` outline levels."""
    turned = document.landscape
    width, height = frame_sizes[turned]
    story: list[Flowable] = [PdfParagraph(_markup(document.title), STYLES["title"])]
    if document.subtitle:
        story.append(PdfParagraph(_markup(document.subtitle), STYLES["subtitle"]))
    outlines = _outlines(document)
    for number, block in enumerate(document.blocks):
        if isinstance(block, Heading):
            heading = PdfParagraph(_markup(block.text), STYLES[min(max(block.level, 1), 3)])
            heading.outline = outlines[number]
            # Rather than strand a heading at the foot of a page, start a new one.
            story += [CondPageBreak(30 * mm), heading]
        elif isinstance(block, Paragraph):
            text = _runs_markup(block) if block.runs else _markup(block.text)
            story.append(PdfParagraph(text, STYLES["body"]))
        elif isinstance(block, Bullets):
            mark = clean_text(block.mark)  # drawn as it is: reportlab reads no markup in it
            for number, item in enumerate(block.items, 1):
                style = STYLES["last item" if number == len(block.items) else "item"]
                story.append(PdfParagraph(_markup(item), style, bulletText=mark))
        elif isinstance(block, BreakBlock):
            story.append(PageBreak())
        elif isinstance(block, Orientation):
            turned = block.landscape
            width, height = frame_sizes[turned]
            story += [NextPageTemplate(_template_id(turned)), PageBreak()]
        elif isinstance(block, Contents):
            entries = [(lvl, text, 0, key) for text, key, lvl in outlines.values() if lvl < listed]
            story += [
                PdfParagraph(_markup(block.title), STYLES[1]),
                _contents(block.depth, entries),
            ]
            story.append(PageBreak())
        elif isinstance(block, Annex):
            story.append(PdfParagraph(_markup(_annex_line(block)), STYLES["body"]))
        elif isinstance(block, Image):
            picture = PdfImage(block.path)
            scale = block.width_mm * mm / picture.imageWidth
            picture.drawWidth, picture.drawHeight = block.width_mm * mm, picture.imageHeight * scale
            picture.hAlign = "LEFT"
            story += [picture, Spacer(0, 8)]
        elif isinstance(block, Table) and block.columns:
            cells = _TableCells(block, document.lang, width, height)
            story += [_PagedTable(cells), Spacer(0, 6)]
    return story


def _annex_line(annex: Annex) -> str:
    """An annex as the report lists it; a PDF's own pages follow the report."""
    if is_pdf(annex):
        return annex.title
    return f"{annex.title} ({annex.name})"


def _runs_markup(paragraph: Paragraph) -> str:
    """Runs as reportlab's markup: each escaped, then wrapped in its emphasis."""
    parts = []
    for run in paragraph.runs:
        text = _markup(run.text)
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        parts.append(text)
    return "".join(parts)


def _outlines(document: Document) -> dict[int, tuple[str, str, int]]:
    """Each heading's bookmark, by its block's number: its text, key and outline level."""
    outlines, level = {}, -1
    for number, block in enumerate(document.blocks):
        if isinstance(block, Heading):
            # PDF outlines cannot skip a level: a heading 3 after a heading 1 nests as 2.
            level = min(max(block.level, 1) - 1, level + 1)
            outlines[number] = (clean_text(block.text), f"heading-{number}", level)
    return outlines


def _contents(depth: int, entries: list[tuple[int, str, int, str]]) -> TableOfContents:
    """The contents, holding from the start the entries the headings will make, with their
    pages not known yet. The first pass then lays them out at their full length, and the
    pages it finds are where the second pass puts each heading too: two passes, not the
    three an empty first contents takes (its growth moves every page after it)."""
    contents = TableOfContents()
    contents.addEntries(entries)
    # Each entry's words stop short of the right margin: its dots and page number are
    # drawn after its last word, and reportlab shrinks a number that does not fit there,
    # after a heading as long as the line down to nothing.
    contents.levelStyles = [
        ParagraphStyle(
            f"toc{level}", STYLES["body"], leftIndent=12 * level, rightIndent=12 * mm, spaceAfter=2
        )
        for level in range(depth)
    ]
    contents.depth = depth
    return contents


def _template_id(landscape_page: bool) -> str:
    return "landscape" if landscape_page else "portrait"


class _ReportTemplate(BaseDocTemplate):
    """Pages in portrait or landscape (a document may turn between them), each with its
    page number; headings become bookmarks and entries of the contents."""

    counter: RowProgress
    contents_depth = 0  # the heading levels the contents list

    def __init__(self, filename: str, landscape_first: bool, **kwargs) -> None:
        super().__init__(filename, **kwargs)
        templates, self.frame_sizes = [], {}
        for turned in (landscape_first, not landscape_first):  # the first one opens it
            width, height = landscape(A4) if turned else A4
            frame = Frame(
                self.leftMargin,
                self.bottomMargin,
                width - self.leftMargin - self.rightMargin,
                height - self.topMargin - self.bottomMargin,
                id=_template_id(turned),
            )
            # reportlab's frame keeps a padding inside the margins, above and below.
            self.frame_sizes[turned] = (frame._aW, frame._aH)
            templates.append(
                PageTemplate(
                    _template_id(turned), [frame], onPage=_footer, pagesize=(width, height)
                )
            )
        self.addPageTemplates(templates)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        outline = getattr(flowable, "outline", None)
        if outline is not None:
            text, key, level = outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=False)
            if level < self.contents_depth:
                self.notify("TOCEntry", (level, text, self.page, key))
        rows = getattr(flowable, "table_rows", 0)
        if rows:
            self.counter.advance(rows)


def _footer(canvas: Canvas, template: BaseDocTemplate) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 8)
    width = canvas._pagesize[0]  # this page's own, which may be turned
    canvas.drawCentredString(width / 2, MARGIN / 2, str(canvas.getPageNumber()))
    if canvas.getPageNumber() == 1:
        canvas.showOutline()  # open the viewer's bookmarks pane on the report's headings
    canvas.restoreState()


class _CellParagraph(PdfParagraph):
    """A table cell's Paragraph, its lines broken once for its column's width. The row is
    measured with it, and reportlab wraps it again to draw it: breaking the lines anew
    each time was the report's costliest step. The lines depend on the width alone."""

    _wrapped_for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # Only while the lines are there: a split that found no room deletes them, and a
        # width too narrow to wrap in makes none.
        if availWidth == self._wrapped_for and "blPara" in self.__dict__:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_for = availWidth if "blPara" in self.__dict__ else None
        return size


class _TableCells:
    """A table's cells as reportlab wants them, made and measured once, a page at a time.

    Text cells become Paragraphs so that they wrap; money, dates and numbers stay plain
    strings: they never wrap (their columns are sized to fit them) and cost a fraction
    of a Paragraph on a long ledger. Row heights are measured here exactly as reportlab
    would and handed to each page's Table, so no row is measured twice."""

    def __init__(self, table: Table, lang: str, width: float, page_height: float) -> None:
        self.table = table
        self.lang = lang
        self.page_height = page_height
        self.kinds = [column.kind for column in table.columns]
        self.widths = _column_widths(table, lang, width)
        self.header = self._measured(
            [
                _CellParagraph(_markup(c.title), CELL_STYLES[alignment(c.kind), True])
                for c in table.columns
            ]
        )
        self.totals = (
            self._measured(self._cells(table.totals, bold=True))
            if table.totals is not None
            else None
        )
        self.note = self._note(table.note) if table.note else None
        # What goes under the last row, and must be on the same page as it.
        self.tail_height = sum(row[1] for row in (self.totals, self.note) if row is not None)
        self._rows: dict[int, tuple[list[object], float]] = {}

    def __len__(self) -> int:
        return len(self.table.rows)

    def row(self, index: int) -> tuple[list[object], float]:
        """Row `index` as cells, with its height."""
        if index not in self._rows:
            cells, height = self._measured(self._cells(self.table.rows[index], bold=False))
            if SIGNATURE_KIND in self.kinds:
                height = max(height, SIGNATURE_ROW_POINTS)
            self._rows[index] = (cells, height)
        return self._rows[index]

    def forget(self, stop: int) -> None:
        """Rows before `stop` are on a page already: let their Paragraphs go."""
        for index in [i for i in self._rows if i < stop]:
            del self._rows[index]

    def _cells(self, values: tuple[CellValue, ...], bold: bool) -> list[object]:
        cells: list[object] = []
        font = FONT_BOLD if bold else FONT
        # Not strict: a short row leaves its last cells empty rather than losing the report.
        for value, kind, width in zip(values, self.kinds, self.widths, strict=False):
            text = cell_text(value, self.lang)
            if kind in FIXED_KINDS or not text:
                cells.append(text)
                continue
            text = clean_text(text)
            # Drawn as it is only if a Paragraph would draw it the same: on one line, with
            # no tab, line break or run of spaces for a Paragraph to fold into one space.
            plain = " ".join(text.split()) == text
            if plain and pdfmetrics.stringWidth(text, font, CELL_SIZE) <= width - 2 * CELL_PAD:
                cells.append(text)
            else:
                cells.append(_CellParagraph(_markup(text), CELL_STYLES[alignment(kind), bold]))
        cells += [""] * (len(self.kinds) - len(cells))
        return cells

    def _note(self, text: str) -> tuple[list[object], float]:
        """The note as a row of one Paragraph that the page's Table spans over every
        column, measured at that whole width (so it wraps as it will be drawn)."""
        paragraph = PdfParagraph(_markup(text), CELL_STYLES["left", False])
        height = max(CELL_LEADING, paragraph.wrap(sum(self.widths) - 2 * CELL_PAD, 1e6)[1])
        cells = [paragraph, *[""] * (len(self.widths) - 1)]
        return cells, height + CELL_PAD_TOP + CELL_PAD_BOTTOM

    def _measured(self, cells: list[object]) -> tuple[list[object], float]:
        # What reportlab's Table would compute: the tallest cell plus the paddings.
        height = CELL_LEADING
        for cell, width in zip(cells, self.widths, strict=True):
            if isinstance(cell, Flowable):
                height = max(height, cell.wrap(width - 2 * CELL_PAD, 1e6)[1])
        return cells, height + CELL_PAD_TOP + CELL_PAD_BOTTOM

    def page(self, start: int, stop: int, with_totals: bool, measured: bool = True) -> PdfTable:
        """The header, rows[start:stop] and, if asked, the totals and the note, as one
        small Table.

        `measured=False` leaves the heights to reportlab and lets it break inside a row:
        the one way to print a row taller than a page."""
        rows = [self.header, *(self.row(i) for i in range(start, stop))]
        commands = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
            ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD_TOP),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD_BOTTOM),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ]
        for index, kind in enumerate(self.kinds):
            commands.append(("ALIGN", (index, 0), (index, -1), alignment(kind).upper()))
        # Rows named by their index from the top: -1 would be the note when there is one.
        if with_totals and self.totals is not None:
            here = len(rows)
            rows.append(self.totals)
            commands += [
                ("FONTNAME", (0, here), (-1, here), FONT_BOLD),
                ("LINEABOVE", (0, here), (-1, here), 1.0, colors.black),
            ]
        if with_totals and self.note is not None:
            here = len(rows)
            rows.append(self.note)
            commands.append(("SPAN", (0, here), (-1, here)))
        table = PdfTable(
            [cells for cells, _ in rows],
            colWidths=self.widths,
            rowHeights=[height for _, height in rows] if measured else None,
            repeatRows=1,
            splitInRow=0 if measured else 2 * CELL_LEADING,  # at least two lines a side
            style=commands,
            hAlign="LEFT",
        )
        table.table_rows = stop - start  # read by the template to report progress
        return table


class _PagedTable(Flowable):
    """A long table that hands each page a Table of just the rows that fit on it.

    It never draws itself: it reports more height than the room left, so the frame
    always asks it to split, and each split looks at only about a page of rows."""

    def __init__(self, cells: _TableCells, start: int = 0) -> None:
        super().__init__()
        self.cells = cells
        self.start = start

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, available_height + 1

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        cells, start = self.cells, self.start
        used = cells.header[1]
        stop = start
        while stop < len(cells) and used + cells.row(stop)[1] <= available_height:
            used += cells.row(stop)[1]
            stop += 1
        finished = stop == len(cells)
        held_back = False
        if finished and used + cells.tail_height > available_height:
            # The totals or the note would go over the page: the last row goes with them.
            finished = False
            held_back = stop - start > 1
            stop = stop - 1 if held_back else stop
        if stop == start == len(cells) and not finished:
            # Only the totals and the note are left (or the table has no rows at all).
            if cells.header[1] + cells.tail_height <= cells.page_height:
                return []  # they fit on the next page, under its header
            # A note longer than a page: reportlab breaks it inside its row.
            return cells.page(start, stop, with_totals=True, measured=False).split(
                available_width, available_height
            )
        if stop == start and not finished:
            if cells.header[1] + cells.row(start)[1] <= cells.page_height:
                return []  # not even the header and one row: on to the next page
            # A row taller than a whole page can only be broken inside the row.
            parts = cells.page(start, start + 1, with_totals=False, measured=False).split(
                available_width, available_height
            )
            if not parts:
                return []
            for part in parts:
                part.table_rows = 0
            parts[-1].table_rows = 1
            rest = start + 1 < len(cells) or cells.tail_height > 0
            return [*parts, _PagedTable(cells, start + 1)] if rest else parts
        page = cells.page(start, stop, with_totals=finished)
        if finished:
            return [page]
        cells.forget(stop)
        if held_back:
            # The held-back row opens the next page: in the little room left on this one,
            # under a header of its own, it would be parted from the totals again.
            return [page, PageBreak(), _PagedTable(cells, stop)]
        return [page, _PagedTable(cells, stop)]

    def draw(self) -> None:  # pragma: no cover - split() always replaces it
        raise AssertionError("a _PagedTable is always split before it is drawn")


def _column_widths(table: Table, lang: str, available: float) -> list[float]:
    """Relative widths, made wide enough for each money, date or number cell and for the
    longest word of each header, measured on a sample of rows."""
    needs = []
    for index, column in enumerate(table.columns):
        words = column.title.split() or [""]
        need = max(pdfmetrics.stringWidth(w, FONT_BOLD, CELL_SIZE) for w in words)
        if column.kind in FIXED_KINDS:
            for value in column_sample(table, index):
                text = cell_text(value, lang)
                need = max(need, pdfmetrics.stringWidth(text, FONT_BOLD, CELL_SIZE))
        needs.append(need + 2 * CELL_PAD + 1)
    return fit_widths([column.width for column in table.columns], needs, available)
