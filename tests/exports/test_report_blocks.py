"""The blocks a long report needs: a cover picture, contents with page numbers, page
breaks, and pages turned to landscape for wide tables and back."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from rocb_desk.domain.document import (
    Column,
    Contents,
    Document,
    Heading,
    Image,
    Orientation,
    PageBreak,
    Paragraph,
    Table,
)
from rocb_desk.exports import write
from rocb_desk.paths import resource_path


def _report() -> Document:
    wide = Table(
        tuple(Column(f"Column {n}") for n in range(7)),
        tuple(tuple(f"row {r} cell {c}" for c in range(7)) for r in range(5)),
    )
    return Document(
        "Annual Progress Report",
        "1 April 2020 \u2013 31 March 2021",
        blocks=[
            Image(str(resource_path("letterhead", "logo.png")), 30),
            PageBreak(),
            Contents("Contents"),
            Heading("A. Introduction", 1),
            Paragraph("Введение на русском тоже."),
            Heading("1. General information", 2),
            Paragraph("The office in Baku."),
            Orientation(landscape=True),
            Heading("E. Work plan", 1),
            wide,
            Orientation(landscape=False),
            Heading("G. Financial aspects", 1),
            Paragraph("Balance."),
        ],
    )


def test_word_gets_a_contents_field_sections_turned_and_the_cover_picture(tmp_path: Path):
    target = write(_report(), tmp_path / "report.docx")
    word = docx.Document(str(target))
    xml = word.element.xml
    assert 'TOC \\o "1-2" \\h \\z \\u' in xml  # Word's own contents, updatable
    assert word.settings.element.xml.count("updateFields") == 1
    turned = [s.page_width > s.page_height for s in word.sections]
    assert turned == [False, True, False]
    assert len(word.inline_shapes) == 1  # the logo
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [
        "A. Introduction",
        "1. General information",
        "E. Work plan",
        "G. Financial aspects",
    ]
    assert word.tables[0].rows[0].cells[6].text == "Column 6"


def test_pdf_contents_name_each_heading_with_its_page_and_pages_turn(tmp_path: Path):
    target = write(_report(), tmp_path / "report.pdf")
    reader = PdfReader(target)
    sizes = [page.mediabox.width > page.mediabox.height for page in reader.pages]
    pages = {n: page.extract_text() for n, page in enumerate(reader.pages, 1)}
    work_plan = next(n for n, text in pages.items() if "E. Work plan" in text and "row 0" in text)
    finance = next(n for n, text in pages.items() if "Balance." in text)
    assert sizes[work_plan - 1] and not sizes[finance - 1]  # landscape, then portrait again
    contents = next(page for page in reader.pages if "Contents" in page.extract_text())
    laid_out = contents.extract_text(extraction_mode="layout")  # each entry on its line
    lines = [" ".join(line.split()) for line in laid_out.splitlines()]
    assert any(line.startswith("E. Work plan") and line.endswith(str(work_plan)) for line in lines)
    assert any(
        line.startswith("G. Financial aspects") and line.endswith(str(finance)) for line in lines
    )
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline == ["A. Introduction", "E. Work plan", "G. Financial aspects"]
    assert (
        "Введение"
        in pages[next(n for n, t in pages.items() if "A. Introduction" in t and "Введение" in t)]
    )


def test_emphasis_of_the_reports_own_words_is_kept(tmp_path: Path):
    from rocb_desk.domain.markup import Run

    runs = (
        Run("The "),
        Run("Coronavirus Bulletin", bold=True),
        Run(" is "),
        Run("online", italic=True),
    )
    document = Document("Report", blocks=[Paragraph("The Coronavirus Bulletin is online", runs)])
    word = docx.Document(str(write(document, tmp_path / "r.docx")))
    [paragraph] = [p for p in word.paragraphs if "Bulletin" in p.text]
    assert paragraph.text == "The Coronavirus Bulletin is online"
    assert [(r.text, bool(r.bold), bool(r.italic)) for r in paragraph.runs] == [
        ("The ", False, False),
        ("Coronavirus Bulletin", True, False),
        (" is ", False, False),
        ("online", False, True),
    ]
    reader = PdfReader(write(document, tmp_path / "r.pdf"))
    assert "The Coronavirus Bulletin is online" in reader.pages[0].extract_text()
    fonts = {str(font["/BaseFont"]) for font in reader.pages[0]["/Resources"]["/Font"].values()}
    assert any("Bold" in f for f in fonts) and any("Oblique" in f for f in fonts)


def test_pdf_contents_longer_than_a_page_give_each_headings_page_in_two_passes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Contents that fill two pages move every page after them: the pages they list are
    still where each heading is, and the document is laid out twice, not three times."""
    from rocb_desk.exports import _pdf_layout

    blocks: list = [Contents("Contents")]
    for number in range(1, 81):
        blocks += [Heading(f"Section {number:02d}", 1), Paragraph(f"Text of section {number}.")]
    passes = []
    build = _pdf_layout._ReportTemplate.build
    monkeypatch.setattr(
        _pdf_layout._ReportTemplate,
        "build",
        lambda self, *args, **kwargs: passes.append(1) or build(self, *args, **kwargs),
    )
    target = write(Document("Long report", "", blocks=blocks), tmp_path / "long.pdf")
    reader = PdfReader(target)
    pages = {n: page.extract_text() for n, page in enumerate(reader.pages, 1)}
    listed = {}  # the contents' entries: "Section 07 . . . 3"
    for page in reader.pages[:3]:
        for line in page.extract_text(extraction_mode="layout").splitlines():
            words = line.split()
            if len(words) >= 3 and words[0] == "Section":
                listed[words[1]] = int(words[-1])
    assert len(listed) == 80
    assert max(listed.values()) > min(listed.values()) > 2  # the contents took two pages
    for number, page in listed.items():
        assert f"Text of section {int(number)}." in pages[page]
    assert len(passes) == 2


def test_pdf_contents_draw_every_page_number_full_size_however_long_the_heading(
    tmp_path: Path,
):
    """A heading reaching the right margin once had its page number shrunk to fit after
    it, down to nothing: in the report, "… partners and donors" had no page."""
    blocks: list = [Contents("Contents")]
    for length in range(60, 100):  # one of them ends just short of the margin
        blocks += [Heading(("Goal " + "ab " * 40)[:length].strip(), 1), Paragraph("Text.")]
    reader = PdfReader(write(Document("Report", "", blocks=blocks), tmp_path / "long.pdf"))
    numbers: list[float] = []  # the size of each number drawn at the right (not the footer)
    for page in reader.pages[:2]:
        right = float(page.mediabox.width) * 0.75
        page.extract_text(
            visitor_text=lambda text, cm, tm, _font, size, right=right: (
                numbers.append(size * tm[0])
                if text.strip().isdigit() and cm[4] + tm[4] > right
                else None
            )
        )
    assert len(numbers) == 40  # each heading's page
    assert set(numbers) == {10.0}  # the entries' own size
