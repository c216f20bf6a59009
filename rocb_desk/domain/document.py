"""The neutral document: what a report says, before any writer renders it.

Services build a `Document` from the office's data with every label already in the
user's language and every figure already computed; the PDF, DOCX and XLSX writers
only lay it out. A writer never computes a figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from .markup import Run


@dataclass(frozen=True)
class Formula:
    """A spreadsheet formula, with the value the application computed for it.

    The XLSX writer writes `expression` so the office's workbook stays live; the page
    writers print `value`. References name a table and a column by their keys:
    `{ledger.amount}` is that column's data range, `{this.chapter}` the cell of column
    `chapter` in the formula's own row.
    """

    expression: str
    value: Decimal | int


CellValue = str | int | Decimal | date | bool | Formula | None

BULLET = "\u2022"


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    text: str
    # The same text in runs with their emphasis, where it has any (the report's own words
    # are written with **bold** and *italic*); writers without emphasis print `text`.
    runs: tuple[Run, ...] = ()


@dataclass(frozen=True)
class Bullets:
    """A list, one item a line. `mark` other than the plain bullet is printed as given
    (the work plan marks achieved outcomes with "\u221a"), so it must be a character the
    report's fonts have."""

    items: tuple[str, ...]
    mark: str = BULLET


@dataclass(frozen=True)
class Column:
    title: str
    width: float = 1.0  # relative width, for writers that lay out pages
    kind: str = "text"  # text, money, date, int, bool
    key: str = ""  # how formulas name the column, whatever its title's language


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    # A tuple, or a sequence that reads a long ledger from the database as it is sliced.
    rows: Sequence[tuple[CellValue, ...]]
    totals: tuple[CellValue, ...] | None = None
    name: str = ""  # a sheet name where the writer has sheets
    key: str = ""  # how formulas name the table
    # A line under the totals across the whole width ("Expected impact: ..."); may be long.
    note: str = ""


@dataclass(frozen=True)
class PageBreak:
    """The next block starts a new page."""


@dataclass(frozen=True)
class Orientation:
    """The next blocks start on a new page, turned to landscape or back to portrait
    (the work plan's wide tables inside a portrait report)."""

    landscape: bool


@dataclass(frozen=True)
class Contents:
    """The table of contents of the headings up to `depth`, with their page numbers."""

    title: str
    depth: int = 2


@dataclass(frozen=True)
class Image:
    """A picture from a file the application ships (the letterhead logo on a cover)."""

    path: str
    width_mm: float


@dataclass(frozen=True)
class Annex:
    """A document of the archive attached to the report: its pages follow the report in
    a PDF (when it is one); elsewhere it is named, to be found in the archive."""

    title: str
    path: str  # the stored file
    name: str  # the name it came with, which tells its kind


Block = Heading | Paragraph | Bullets | Table | PageBreak | Orientation | Contents | Image | Annex


@dataclass
class Document:
    title: str
    subtitle: str = ""
    lang: str = "en"
    landscape: bool = False
    blocks: list[Block] = field(default_factory=list)

    def add(self, block: Block) -> Document:
        self.blocks.append(block)
        return self

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]
