"""What the three writers share: how a cell reads as text, column widths, progress.

Kept free of openpyxl, python-docx and reportlab so that it costs nothing to import.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal

from ..domain.document import Bullets, CellValue, Document, Formula, Heading, Table
from ..domain.money import format_money

Progress = Callable[[int, int], None]

CHECK_MARK = "\u2713"
RIGHT_KINDS = frozenset({"money", "int"})
# Cells of these kinds have one fixed shape ("1 234,50", "2021-04-01"): they must never
# wrap, so the writers size their columns to fit them and shrink the text columns.
FIXED_KINDS = frozenset({"money", "int", "date", "bool"})
# A column left empty for a hand to sign in (an attendance sheet): its rows are tall.
SIGNATURE_KIND = "signature"
SIGNATURE_ROW_POINTS = 30
GENEROUS_AMOUNT = Decimal("-999999.99")
SAMPLE_ROWS = 200  # columns are sized from a sample: a 200,000-row ledger is never measured whole

# XML 1.0 cannot carry most C0 control characters; text pasted from old letters sometimes
# does, and lxml or openpyxl would refuse the whole document over one invisible character.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean_text(text: str) -> str:
    return _XML_ILLEGAL.sub("", text)


def cell_text(value: CellValue, lang: str) -> str:
    """A cell as the reader sees it in a page layout (DOCX, PDF)."""
    if value is None:
        return ""
    if isinstance(value, Formula):
        value = value.value
    if isinstance(value, bool):  # before int: bool is an int to Python
        return CHECK_MARK if value else ""
    if isinstance(value, Decimal):
        return format_money(value, lang)
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return clean_text(str(value))


def bullet_lines(bullets: Bullets) -> list[str]:
    """A list as plain lines, "mark item", for a writer that has no lists of its own."""
    mark = clean_text(bullets.mark)
    return [f"{mark} {clean_text(item)}" for item in bullets.items]


def alignment(kind: str) -> str:
    if kind in RIGHT_KINDS:
        return "right"
    if kind == "bool":
        return "center"
    return "left"


def column_sample(table: Table, index: int) -> Iterator[CellValue]:
    """The values a writer may look at to size column `index`: the first rows, the totals,
    and for money a generous amount, since a bigger amount further down a long ledger
    must still fit (Excel would show "####", a PDF would print over the next column)."""
    for row in table.rows[:SAMPLE_ROWS]:
        if index < len(row):
            yield row[index]
    if table.totals is not None and index < len(table.totals):
        yield table.totals[index]
    if table.columns[index].kind == "money":
        yield GENEROUS_AMOUNT


def fit_widths(weights: Sequence[float], needs: Sequence[float], available: float) -> list[float]:
    """Share `available` by the columns' relative weights, but give each column at least
    what it needs, taking the difference from the columns that have room to spare."""
    total_weight = sum(max(w, 0.0) for w in weights) or float(len(weights)) or 1.0
    widths = [
        max(available * max(w, 0.0) / total_weight, need)
        for w, need in zip(weights, needs, strict=True)
    ]
    excess = sum(widths) - available
    if excess <= 0:
        return widths
    slack = [w - need for w, need in zip(widths, needs, strict=True)]
    total_slack = sum(slack)
    if total_slack >= excess:
        return [w - excess * s / total_slack for w, s in zip(widths, slack, strict=True)]
    # Too many columns for the page: everything shrinks, the fixed ones included.
    scale = available / sum(widths)
    return [w * scale for w in widths]


def preceding_headings(document: Document) -> Iterator[tuple[str, Table]]:
    """Each table with the text of the nearest heading above it ("" if none)."""
    heading = ""
    for block in document.blocks:
        if isinstance(block, Heading):
            heading = block.text
        elif isinstance(block, Table):
            yield heading, block
            heading = ""


class RowProgress:
    """Counts table rows as a writer gets through them and tells the caller per chunk."""

    def __init__(self, document: Document, callback: Progress | None) -> None:
        self.total = sum(len(t.rows) for t in document.tables())
        self.done = 0
        self._callback = callback
        self._reported: tuple[int, int] | None = None

    def advance(self, rows: int) -> None:
        self.done = min(self.total, self.done + rows)
        self._report()

    def finish(self) -> None:
        """Report completion, so a progress bar closes even for a report without rows."""
        if self.done < self.total or self._reported != (self.total, self.total):
            self.done = self.total
            self._report()

    def _report(self) -> None:
        if self._callback is not None and self._reported != (self.done, self.total):
            self._reported = (self.done, self.total)
            self._callback(self.done, self.total)
