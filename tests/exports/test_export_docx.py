"""The Word export, read back with python-docx as Word would show it."""

from __future__ import annotations

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from rocb_desk.domain.document import Column, Document, Table
from rocb_desk.exports import write

CYRILLIC_ITEM = "Командировка в Брюссель"


def read(path):
    return docx.Document(str(path))


@pytest.fixture
def english(tmp_path, make_statement):
    return read(write(make_statement("en"), tmp_path / "statement.docx"))


def texts(row):
    return [cell.text for cell in row.cells]


def test_title_subtitle_and_heading_use_word_styles(english):
    styled = [(p.style.name, p.text) for p in english.paragraphs if p.text]
    assert styled[0] == ("Title", "Financial statement 2020/2021")
    assert styled[1] == ("Subtitle", "ROCB Europe, Baku")
    assert ("Heading 1", "Expenses by chapter") in styled
    assert english.core_properties.title == "Financial statement 2020/2021"


def test_table_holds_header_rows_and_totals(english):
    (table,) = english.tables
    assert table.style.name == "Table Grid"
    assert len(table.rows) == 4  # header, two rows, totals
    assert texts(table.rows[0]) == ["Date", "Item", "Amount", "Paid"]
    assert texts(table.rows[1]) == ["2020-04-15", CYRILLIC_ITEM, "1,234.50", "\u2713"]
    assert texts(table.rows[2]) == ["2020-05-02", "Bank charges", "0.10", ""]
    assert texts(table.rows[3]) == ["", "Total", "1,234.60", ""]


def test_header_repeats_on_every_page_and_is_bold(english):
    header = english.tables[0].rows[0]
    repeat = header._tr.trPr.find(qn("w:tblHeader"))
    assert repeat is not None and repeat.get(qn("w:val")) == "true"
    assert all(run.bold for cell in header.cells for run in cell.paragraphs[0].runs)


def test_money_is_right_aligned_and_totals_bold(english):
    table = english.tables[0]
    amount = table.rows[1].cells[2].paragraphs[0]
    assert amount.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    totals = table.rows[3].cells[2].paragraphs[0]
    assert totals.runs[0].bold


def test_russian_report_formats_money_the_russian_way(tmp_path, make_statement):
    russian = read(write(make_statement("ru"), tmp_path / "отчёт.docx"))
    assert russian.paragraphs[0].text == "Финансовый отчёт 2020/2021"
    assert texts(russian.tables[0].rows[1])[2] == "1\u00a0234,50"
    normal_lang = russian.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert normal_lang.get(qn("w:val")) == "ru-RU"


def test_english_report_is_spell_checked_as_english(english):
    normal_lang = english.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert normal_lang.get(qn("w:val")) == "en-GB"


def test_page_is_a4_portrait_or_landscape_as_asked(tmp_path, make_statement, english):
    portrait = english.sections[0]
    assert portrait.orientation == WD_ORIENT.PORTRAIT
    assert round(portrait.page_width.cm, 1) == 21.0
    wide = read(write(make_statement("en", landscape=True), tmp_path / "wide.docx"))
    section = wide.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width > section.page_height


def test_footer_numbers_the_pages(english):
    footer = english.sections[0].footer.paragraphs[0]._p
    fields = footer.findall(qn("w:fldSimple"))
    assert [f.get(qn("w:instr")).strip() for f in fields] == ["PAGE"]


def test_multiline_text_keeps_its_line_break(tmp_path):
    document = Document("Letters", blocks=[Table((Column("Subject"),), (("First\nSecond",),))])
    table = read(write(document, tmp_path / "letters.docx")).tables[0]
    assert table.rows[1].cells[0].text == "First\nSecond"
