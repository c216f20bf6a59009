"""Sums over the books that read a closed year's stored sums and only the open years' lines.

A closed year cannot change, and the database keeps what its entries add up to, per item
and kind (`closed_year_sum`, migration 0012). Fifteen years' totals are then a few
hundred stored sums and the open year's lines, not a scan of 200,000 lines. Both halves
are one statement, so a year closed meanwhile is counted once, in one half or the other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, Select, func, select, union_all
from sqlalchemy.orm import Session

from ...db.models import ClosedYearSum, FinancialYearRecord, LedgerEntry
from ...domain.books import EntryType

ZERO = Decimal("0.00")

# The ledger's lines or a closed year's sums: both have fy_start, item_id and kind, the
# columns conditions may name.
Source = type[LedgerEntry] | type[ClosedYearSum]
Conditions = Callable[[Source], list[ColumnElement[bool]]]


@dataclass
class Sum:
    lines: int = 0
    income: Decimal = ZERO
    expenditure: Decimal = ZERO

    def add(self, kind: str, lines: int, amount: Decimal | None) -> None:
        self.lines += lines
        if kind == EntryType.INCOME.value:
            self.income += amount or ZERO
        elif kind == EntryType.EXPENSE.value:
            self.expenditure += amount or ZERO


def _rows(conditions: Conditions) -> Select:  # type: ignore[type-arg]
    """(year, kind, lines, amount) in groups: the closed years' stored sums, then the open
    years' lines grouped in the order of the totals index (fy_start, item_id, kind,
    amount), which the database sums as it walks, with no sort."""
    closed = FinancialYearRecord.closed_at.is_not(None)
    closed_years = select(FinancialYearRecord.start_year).where(closed)
    open_years = select(FinancialYearRecord.start_year).where(~closed)
    # Sums are read for closed years only: a year reopened has none, and if one were left
    # behind (a trigger removed by hand) it would not be counted beside its lines.
    stored = select(
        ClosedYearSum.fy_start, ClosedYearSum.kind, ClosedYearSum.lines, ClosedYearSum.amount
    ).where(*conditions(ClosedYearSum), ClosedYearSum.fy_start.in_(closed_years))
    counted = (
        select(LedgerEntry.fy_start, LedgerEntry.kind, func.count(), func.sum(LedgerEntry.amount))
        .where(*conditions(LedgerEntry), LedgerEntry.fy_start.in_(open_years))
        .group_by(LedgerEntry.fy_start, LedgerEntry.item_id, LedgerEntry.kind)
    )
    return union_all(stored, counted)  # type: ignore[return-value]


def total(session: Session, conditions: Conditions) -> Sum:
    """Lines, income and expenditure of the entries that meet `conditions`."""
    result = Sum()
    for _year, kind, lines, amount in session.execute(_rows(conditions)):
        result.add(kind, lines, amount)
    return result


def by_year(session: Session, conditions: Conditions) -> dict[int, Sum]:
    """The same, for each year that has such entries."""
    years: dict[int, Sum] = {}
    for start_year, kind, lines, amount in session.execute(_rows(conditions)):
        years.setdefault(start_year, Sum()).add(kind, lines, amount)
    return years


# A year's lines grouped as the stored sums are: (item_id, kind) -> (lines, amount).
Groups = dict[tuple[int | None, str], tuple[int, Decimal]]


def _grouped(rows) -> Groups:  # noqa: ANN001 - (item_id, kind, lines, amount) rows
    groups: Groups = {}
    for item_id, kind, lines, amount in rows:
        before = groups.get((item_id, kind), (0, ZERO))
        groups[(item_id, kind)] = (before[0] + lines, before[1] + (amount or ZERO))
    return groups


def lines_of(session: Session, start_year: int) -> Groups:
    """A year's lines as the trigger sums them, read from the lines themselves."""
    return _grouped(
        session.execute(
            select(
                LedgerEntry.item_id, LedgerEntry.kind, func.count(), func.sum(LedgerEntry.amount)
            )
            .where(LedgerEntry.fy_start == start_year)
            .group_by(LedgerEntry.item_id, LedgerEntry.kind)
        )
    )


def stored_for(session: Session, start_year: int) -> Groups:
    """A year's stored sums, as they stand."""
    return _grouped(
        session.execute(
            select(
                ClosedYearSum.item_id, ClosedYearSum.kind, ClosedYearSum.lines, ClosedYearSum.amount
            ).where(ClosedYearSum.fy_start == start_year)
        )
    )


def total_of(groups: Groups) -> Sum:
    result = Sum()
    for (_item, kind), (lines, amount) in groups.items():
        result.add(kind, lines, amount)
    return result
