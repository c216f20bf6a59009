"""Lists and a table's closing note, as the work plan prints them, in all three formats."""

from __future__ import annotations

import re
from decimal import Decimal

import docx
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from rocb_desk.domain.document import Bullets, Column, Document, Heading, Table
from rocb_desk.exports import write
from rocb_desk.exports._pdf_layout import CELL_SIZE, FONT

CHECK = "\u221a"
ACHIEVED = ("Проведено три национальных семинара", "Training centre in Baku accredited")
PLANNED = ("Подготовить доклад для Совета", "Translate the guide")
# Long enough to need several lines across a landscape page in every format.
NOTE = "Expected Impact: " + " ".join(
    f"таможенные службы применяют стандарт {n} in their daily work;" for n in range(12)
)
COLUMNS = (Column("Activity", 3), Column("Ответственный", 1.5), Column("Budget", 1, "money"))
ROWS = (("Семинар по оценке", "RTC Baku", Decimal("1500.00")),)


def work_plan(note: str = NOTE, rows: int = 1) -> Document:
    table_rows = ROWS if rows == 1 else tuple((f"Line {n}", "RTC", Decimal(n)) for n in range(rows))
    return Document(
        "Work plan 2025/2026",
        lang="ru",
        landscape=True,
        blocks=[
            Heading("Goal 1: Capacity building", 1),
            Table(COLUMNS, table_rows, (None, "Total", Decimal("1500.00")), note=note),
            Bullets(ACHIEVED, mark=CHECK),
            Bullets(PLANNED),
        ],
    )


def words(text: str) -> str:
    """Text with its line breaks and spacing evened out: wrapped lines read as one."""
    return " ".join(text.replace("\u00a0", " ").split())


# --- Word ---------------------------------------------------------------------------


@pytest.fixture
def word(tmp_path):
    return docx.Document(str(write(work_plan(), tmp_path / "plan.docx")))


def test_docx_plain_bullets_are_a_word_list(word):
    listed = [p.text for p in word.paragraphs if p.style.name == "List Bullet"]
    assert listed == list(PLANNED)


def test_docx_other_marks_start_each_item_and_hang_its_text(word):
    marked = [p for p in word.paragraphs if p.text.startswith(CHECK)]
    assert [p.text for p in marked] == [f"{CHECK}\t{item}" for item in ACHIEVED]
    for paragraph in marked:
        assert paragraph.style.name != "List Bullet"  # else Word would add a second mark
        layout = paragraph.paragraph_format
        # Wrapped lines start under the text, not under the mark.
        assert layout.first_line_indent < 0
        assert layout.left_indent == -layout.first_line_indent


def test_docx_note_is_one_cell_across_the_table_after_the_totals(word):
    (table,) = word.tables
    assert [c.text for c in table.rows[-2].cells] == ["", "Total", "1\u00a0500,00"]
    note = table.rows[-1].cells
    assert len(note) == len(COLUMNS)
    assert all(cell._tc is note[0]._tc for cell in note)  # merged, not three copies
    assert note[0].text == NOTE


def test_docx_table_without_a_note_ends_with_its_totals(tmp_path):
    document = Document("Plain", blocks=[Table(COLUMNS, ROWS, (None, "Total", Decimal(1)))])
    (table,) = docx.Document(str(write(document, tmp_path / "plain.docx"))).tables
    assert len(table.rows) == 3  # header, row, totals
    assert table.rows[-1].cells[1].text == "Total"


# --- PDF ----------------------------------------------------------------------------


def test_pdf_prints_both_lists_with_their_marks(tmp_path):
    reader = PdfReader(write(work_plan(), tmp_path / "plan.pdf"))
    text = reader.pages[0].extract_text()
    for item in ACHIEVED:
        assert re.search(rf"{CHECK}\s*{item}", text)
    for item in PLANNED:
        assert re.search(rf"\u2022\s*{item}", text)
    # The marks are drawn in the embedded font, not in a Helvetica without "√".
    fonts = reader.pages[0]["/Resources"]["/Font"].values()
    assert all("/FontFile2" in f.get_object()["/FontDescriptor"] for f in fonts)


def test_pdf_note_follows_the_totals_across_the_table_and_wrapped(tmp_path):
    page = PdfReader(write(work_plan(), tmp_path / "plan.pdf")).pages[0]
    text = words(page.extract_text())
    assert NOTE in text
    assert text.index("Total") < text.index("Expected Impact")

    lines: list[tuple[float, float, str]] = []

    def visit(chunk, cm, tm, font, size):  # where each line of text starts
        if chunk.strip():
            lines.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], chunk.strip()))

    page.extract_text(visitor_text=visit)
    note = [(x, y, chunk) for x, y, chunk in lines if "стандарт" in chunk]
    assert len({y for _, y, _ in note}) > 2  # wrapped: one long line would run off the page
    assert len({x for x, _, _ in note}) == 1  # every line starts at the table's left edge
    # Across the whole table, not squeezed into the first column: its lines hold more
    # than the first column's width...
    (second_column,) = [x for x, _, chunk in lines if chunk == "Ответственный"]
    longest = max(stringWidth(chunk, FONT, CELL_SIZE) for _, _, chunk in note)
    assert note[0][0] + longest > second_column
    # ...and its row is as tall as its text: the list below starts under its last line.
    (first_item,) = [y for _, y, chunk in lines if ACHIEVED[0] in chunk]
    assert first_item < min(y for _, y, _ in note) - CELL_SIZE


def test_pdf_note_stays_with_the_last_rows_when_the_table_runs_over_pages(tmp_path):
    # From a table that fits one page to one whose last rows, totals and note fall at
    # the page break in every possible way.
    for rows in range(18, 32):
        reader = PdfReader(write(work_plan(rows=rows), tmp_path / f"plan{rows}.pdf"))
        pages = [words(page.extract_text()) for page in reader.pages]
        seen = [int(n) for text in pages for n in re.findall(r"Line (\d+)", text)]
        assert seen == list(range(rows))  # every row once, in order
        (note_page,) = [text for text in pages if NOTE in text]
        assert f"Line {rows - 1} " in note_page  # not parted from the table's last row


def test_pdf_note_longer_than_a_page_prints_whole(tmp_path):
    note = " ".join(f"word{n}" for n in range(3000))
    reader = PdfReader(write(work_plan(note=note), tmp_path / "long.pdf"))
    found = re.findall(r"word(\d+)", "".join(p.extract_text() for p in reader.pages))
    assert found == [str(n) for n in range(3000)]


# --- Excel --------------------------------------------------------------------------


def test_xlsx_note_is_a_wrapped_row_merged_across_the_table(tmp_path):
    sheet = load_workbook(write(work_plan(), tmp_path / "plan.xlsx")).active
    note = sheet.cell(sheet.max_row, 1)
    assert note.value == NOTE
    assert sheet.cell(sheet.max_row - 1, 2).value == "Total"  # right under the totals
    assert f"A{note.row}:C{note.row}" in {str(r) for r in sheet.merged_cells.ranges}
    assert note.alignment.wrap_text
    # Excel does not fit a merged row to its text: the row was made tall enough.
    assert sheet.row_dimensions[note.row].height >= 3 * 15


def test_xlsx_text_only_report_lists_items_after_their_marks(tmp_path):
    document = Document("Outcomes", blocks=[Bullets(ACHIEVED, mark=CHECK), Bullets(PLANNED)])
    sheet = load_workbook(write(document, tmp_path / "outcomes.xlsx")).active
    lines = [row[0].value for row in sheet.iter_rows()]
    assert lines == [
        "Outcomes",
        *(f"{CHECK} {item}" for item in ACHIEVED),
        *(f"\u2022 {item}" for item in PLANNED),
    ]
