"""A small financial statement, in English or Russian, that every writer test renders."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from rocb_desk.domain.document import Column, Document, Heading, Paragraph, Table

COLUMNS = (
    Column("Date", 1, "date"),
    Column("Item", 3, "text"),
    Column("Amount", 1.2, "money"),
    Column("Paid", 0.6, "bool"),
)
ROWS = (
    (date(2020, 4, 15), "Командировка в Брюссель", Decimal("1234.50"), True),
    (date(2020, 5, 2), "Bank charges", Decimal("0.10"), False),
)
TOTALS = (None, "Total", Decimal("1234.60"), None)


def statement(lang: str = "en", landscape: bool = False) -> Document:
    title = "Financial statement 2020/2021" if lang == "en" else "Финансовый отчёт 2020/2021"
    return Document(
        title=title,
        subtitle="ROCB Europe, Baku",
        lang=lang,
        landscape=landscape,
        blocks=[
            Heading("Expenses by chapter", 1),
            Paragraph("Amounts in euros, as posted in the books."),
            Table(COLUMNS, ROWS, TOTALS, name="Expenses"),
        ],
    )


def ledger(rows: int) -> Document:
    """A long listing: one money column, a text column, a totals line."""
    return Document(
        title="Ledger",
        blocks=[
            Table(
                (Column("Line", 3), Column("Amount", 1, "money")),
                tuple((f"Line {n}", Decimal(n) / 100) for n in range(rows)),
                ("Total", sum((Decimal(n) / 100 for n in range(rows)), Decimal("0.00"))),
                name="Ledger",
            )
        ],
    )


@pytest.fixture
def make_statement() -> Callable[..., Document]:
    return statement


@pytest.fixture
def make_ledger() -> Callable[[int], Document]:
    return ledger
