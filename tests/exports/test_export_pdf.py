"""The PDF export, read back with pypdf: its text, outline, pages and fonts."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from rocb_desk.domain.document import Column, Document, Table
from rocb_desk.exports import write


def page_text(page) -> str:
    # Russian amounts group digits with a no-break space; compare them as plain spaces.
    return page.extract_text().replace("\u00a0", " ")


@pytest.fixture
def english(tmp_path, make_statement):
    return PdfReader(write(make_statement("en"), tmp_path / "statement.pdf"))


def test_text_shows_title_cyrillic_and_money(english):
    text = page_text(english.pages[0])
    assert "Financial statement 2020/2021" in text
    assert "Командировка" in text
    assert "1,234.50" in text
    assert "0.10" in text
    assert "1,234.60" in text  # the totals


def test_russian_report_formats_money_the_russian_way(tmp_path, make_statement):
    reader = PdfReader(write(make_statement("ru"), tmp_path / "отчёт.pdf"))
    text = page_text(reader.pages[0])
    assert "Финансовый отчёт 2020/2021" in text
    assert "1 234,50" in text
    assert reader.metadata.title == "Финансовый отчёт 2020/2021"


def test_headings_are_in_the_outline(english):
    assert [entry.title for entry in english.outline] == ["Expenses by chapter"]


def test_the_cyrillic_font_is_embedded(english):
    # Without an embedded font a reader's machine substitutes one, often without Cyrillic.
    fonts = english.pages[0]["/Resources"]["/Font"]
    embedded = [
        font.get_object()["/BaseFont"]
        for font in fonts.values()
        if "/FontFile2" in font.get_object().get("/FontDescriptor", {})
    ]
    assert any(name.endswith("DejaVuSans") for name in embedded)
    assert len(embedded) == len(fonts)  # nothing left to a substitute


def test_page_is_a4_portrait_or_landscape_as_asked(tmp_path, make_statement, english):
    width, height = english.pages[0].mediabox.width, english.pages[0].mediabox.height
    assert (round(width), round(height)) == (595, 842)
    wide = PdfReader(write(make_statement("en", landscape=True), tmp_path / "wide.pdf"))
    box = wide.pages[0].mediabox
    assert (round(box.width), round(box.height)) == (842, 595)


def test_long_table_runs_over_pages_with_header_numbers_and_every_row(tmp_path, make_ledger):
    reader = PdfReader(write(make_ledger(300), tmp_path / "ledger.pdf"))
    pages = [page_text(page) for page in reader.pages]
    assert len(pages) > 3
    seen = []
    for number, text in enumerate(pages, 1):
        lines = text.splitlines()
        assert str(number) in lines  # the page number in the footer
        assert "Amount" in text  # the header, repeated on every page
        seen += [int(n) for n in re.findall(r"^Line (\d+)$", text, flags=re.MULTILINE)]
    assert seen == list(range(300))  # every row once, in order
    assert "Total" in pages[-1] and "448.50" in pages[-1]


def test_a_row_taller_than_a_page_still_prints_whole(tmp_path):
    long_text = " ".join(f"word{n}" for n in range(2000))
    document = Document(
        "Minutes",
        blocks=[Table((Column("Text", 3), Column("Amount", 1, "money")), ((long_text, None),))],
    )
    reader = PdfReader(write(document, tmp_path / "minutes.pdf"))
    words = re.findall(r"word(\d+)", "".join(page_text(page) for page in reader.pages))
    assert len(reader.pages) > 1
    assert words == [str(n) for n in range(2000)]


def test_short_and_long_text_cells_print_their_words_as_written(tmp_path):
    """A text that fits its column is drawn as it is, a longer one wraps: both keep
    every character, markup-like ones included."""
    long_text = "Customs " * 40 + "end"
    document = Document(
        "Partners",
        blocks=[
            Table(
                (Column("Name", 2), Column("Note", 2)),
                (("R&D <Centre> Ltd", long_text), ("Таможня", "")),
            )
        ],
    )
    text = page_text(PdfReader(write(document, tmp_path / "partners.pdf")).pages[0])
    assert "R&D <Centre> Ltd" in text and "Таможня" in text
    assert " ".join(text.split()).count("Customs") == 40 and "end" in text
    assert "&amp;" not in text and "&lt;" not in text
