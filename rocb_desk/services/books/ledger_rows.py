"""The Excel ledger's lines, read from the database a chunk at a time as the writer asks.

Fifteen years are 200,000 lines: as Python tuples (let alone ORM objects) they would take
hundreds of megabytes before the first cell is written. The writers read a table's rows
in slices, front to back; this sequence answers each slice by continuing one streamed
query where the previous slice ended, so only a chunk is ever held.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, overload

from sqlalchemy import Result, func, select

from ...db.models import BudgetChapter, BudgetItem, LedgerEntry, Member, Partner
from ...domain.books import INCOME_KIND_LABELS, EntryType, IncomeKind
from ...domain.fiscal import FinancialYear
from ...i18n import translate
from ..office import Office

Row = tuple[Any, ...]
STREAM_ROWS = 1000  # rows SQLite hands over at a time


class LedgerRows(Sequence[Row]):
    """Every line of one year (or of all years, `year=None`) in date order, as the
    ledger sheet lists them: date, voucher, type, chapter, item, item or income,
    description, counterparty, method, income, expenditure (and first the financial
    year, for all years)."""

    def __init__(self, office: Office, year: FinancialYear | None, lang: str) -> None:
        self.office, self.year, self.lang = office, year, lang
        self._labels = {
            "income": translate("Books", "Income"),
            "expense": translate("Books", "Expense"),
            "bank": translate("Books", "Bank"),
            "cash": translate("Books", "Cash"),
            **{kind.value: translate("Books", label) for kind, label in INCOME_KIND_LABELS.items()},
        }
        with office.reading() as session:
            self._count = session.scalar(self._where(select(func.count(LedgerEntry.id)))) or 0
        self._rows: Iterator[Row] | None = None
        self._result: Result[Any] | None = None
        self._context: Any = None
        self._position = 0

    def _where(self, query: Any) -> Any:
        if self.year is None:
            return query
        return query.where(LedgerEntry.fy_start == self.year.start_year)

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Row: ...

    @overload
    def __getitem__(self, index: slice) -> list[Row]: ...

    def __getitem__(self, index: int | slice) -> Row | list[Row]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._count)
            rows = self._read(start, max(0, stop - start))
            return rows[::step] if step != 1 else rows
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        return self._read(index, 1)[0]

    def _read(self, start: int, count: int) -> list[Row]:
        if self._rows is None or start != self._position:
            self._open(start)
        assert self._rows is not None
        rows = [row for _, row in zip(range(count), self._rows, strict=False)]
        self._position = start + len(rows)
        if self._position >= self._count:
            self.close()
        return rows

    def _open(self, start: int) -> None:
        """One read transaction streams the lines from `start` on (a restart for the
        writer's first look at a sample, then front to back once)."""
        self.close()
        member = (Member.name_ru, Member.name_en) if self.lang == "ru" else (Member.name_en,)
        item = (
            (BudgetItem.name_ru, BudgetItem.name_en) if self.lang == "ru" else (BudgetItem.name_en,)
        )
        query = self._where(
            select(
                LedgerEntry.fy_start,
                LedgerEntry.entry_date,
                LedgerEntry.voucher,
                LedgerEntry.kind,
                BudgetChapter.number,
                BudgetItem.code,
                func.coalesce(func.nullif(item[0], ""), *item[1:], ""),
                LedgerEntry.income_kind,
                LedgerEntry.description,
                func.coalesce(
                    func.nullif(member[0], ""),
                    *member[1:],
                    func.nullif(Partner.short, ""),
                    Partner.name_en,
                    LedgerEntry.counterparty_text,
                ),
                LedgerEntry.method,
                LedgerEntry.amount,
            )
            .outerjoin(BudgetItem, LedgerEntry.item_id == BudgetItem.id)
            .outerjoin(BudgetChapter, BudgetItem.chapter_id == BudgetChapter.id)
            .outerjoin(Member, LedgerEntry.member_id == Member.id)
            .outerjoin(Partner, LedgerEntry.partner_id == Partner.id)
        ).order_by(LedgerEntry.entry_date, LedgerEntry.id)
        self._context = self.office.reading()
        session = self._context.__enter__()
        self._result = session.execute(query.offset(start).limit(-1)).yield_per(STREAM_ROWS)
        self._rows = (self._shown(row) for row in self._result)
        self._position = start

    def _shown(self, row: Any) -> Row:
        fy, day, voucher, kind, chapter, code, name, income_kind, text, who, method, amount = row
        income = kind == EntryType.INCOME.value
        what = f"{code} {name}" if code else self._labels[income_kind or IncomeKind.OTHER.value]
        shown = (
            day,
            voucher,
            self._labels[kind],
            chapter,
            code or "",
            what,
            text,
            who or "",
            self._labels.get(method, method),
            amount if income else None,
            None if income else amount,
        )
        return shown if self.year is not None else (FinancialYear(fy).name, *shown)

    def close(self) -> None:
        """End the read transaction (done by itself after the last row)."""
        if self._result is not None:
            self._result.close()
        if self._context is not None:
            self._context.__exit__(None, None, None)
        self._rows = self._result = self._context = None

    def __del__(self) -> None:
        self.close()
