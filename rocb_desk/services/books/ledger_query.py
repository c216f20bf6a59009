"""Reading the ledger a page at a time: filters, sorting and totals done in SQL.

The tab never loads a year, let alone fifteen, into Python objects: it asks for the
count, the totals and the rows it is about to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import aliased

from ...db.models import (
    BudgetChapter,
    BudgetItem,
    FinancialYearRecord,
    LedgerEntry,
    Member,
    Partner,
)
from ...domain.books import EntryType
from ...domain.fiscal import FinancialYear
from ..office import Office

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class LedgerFilter:
    year: FinancialYear | None = None
    kind: str | None = None  # income, expense
    chapter: int | None = None
    item_code: str | None = None
    counterparty: str = ""
    text: str = ""
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class LedgerLine:
    id: int
    entry_date: date
    voucher: str
    kind: str
    chapter: int | None
    item_code: str
    income_kind: str
    description: str
    counterparty: str
    method: str
    amount: Decimal
    locked: bool  # its year is closed
    reversal_of_id: int | None
    receipt_id: int | None


# Columns the table may be sorted by, and the SQL each stands for.
SORTABLE = ("date", "voucher", "kind", "item", "description", "counterparty", "amount")


def _base(lang: str) -> tuple[Select, dict[str, object]]:  # type: ignore[type-arg]
    member_name = Member.name_ru if lang == "ru" else Member.name_en
    counterparty = func.coalesce(member_name, Partner.short, LedgerEntry.counterparty_text, "")
    chapter = aliased(BudgetChapter)
    query = (
        select(
            LedgerEntry.id,
            LedgerEntry.entry_date,
            LedgerEntry.voucher,
            LedgerEntry.kind,
            chapter.number,
            func.coalesce(BudgetItem.code, ""),
            func.coalesce(LedgerEntry.income_kind, ""),
            LedgerEntry.description,
            counterparty,
            LedgerEntry.method,
            LedgerEntry.amount,
            FinancialYearRecord.closed_at.is_not(None),
            LedgerEntry.reversal_of_id,
            LedgerEntry.receipt_id,
        )
        .outerjoin(BudgetItem, LedgerEntry.item_id == BudgetItem.id)
        .outerjoin(chapter, BudgetItem.chapter_id == chapter.id)
        .outerjoin(Member, LedgerEntry.member_id == Member.id)
        .outerjoin(Partner, LedgerEntry.partner_id == Partner.id)
        .join(FinancialYearRecord, LedgerEntry.fy_start == FinancialYearRecord.start_year)
    )
    columns = {
        "date": LedgerEntry.entry_date,
        "voucher": LedgerEntry.voucher,
        "kind": LedgerEntry.kind,
        "item": func.coalesce(BudgetItem.code, LedgerEntry.income_kind),
        "description": LedgerEntry.description,
        "counterparty": counterparty,
        "amount": LedgerEntry.amount,
        "chapter": chapter.number,
        "member_name": member_name,
    }
    return query, columns


def _where(query: Select, columns: dict[str, object], filters: LedgerFilter) -> Select:  # type: ignore[type-arg]
    conditions = []
    if filters.year is not None:
        conditions.append(LedgerEntry.fy_start == filters.year.start_year)
    if filters.kind:
        conditions.append(LedgerEntry.kind == filters.kind)
    if filters.chapter is not None:
        conditions.append(columns["chapter"] == filters.chapter)
    if filters.item_code:
        conditions.append(BudgetItem.code == filters.item_code)
    if filters.date_from:
        conditions.append(LedgerEntry.entry_date >= filters.date_from)
    if filters.date_to:
        conditions.append(LedgerEntry.entry_date <= filters.date_to)
    if filters.counterparty.strip():
        needle = f"%{filters.counterparty.strip()}%"
        conditions.append(
            or_(
                Member.name_en.ilike(needle),
                Member.name_ru.ilike(needle),
                Member.iso.ilike(needle),
                Partner.short.ilike(needle),
                Partner.name_en.ilike(needle),
                LedgerEntry.counterparty_text.ilike(needle),
            )
        )
    if filters.text.strip():
        # Within the filters above (a year is a few thousand lines): a scan is fine here.
        needle = f"%{filters.text.strip()}%"
        conditions.append(
            or_(LedgerEntry.description.ilike(needle), LedgerEntry.voucher.ilike(needle))
        )
    return query.where(and_(*conditions)) if conditions else query


def count_lines(office: Office, filters: LedgerFilter) -> int:
    query, columns = _base("en")
    query = _where(query, columns, filters)
    with office.reading() as session:
        return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def fetch_lines(
    office: Office,
    filters: LedgerFilter,
    offset: int,
    limit: int,
    *,
    lang: str = "en",
    order: str = "date",
    descending: bool = False,
) -> list[LedgerLine]:
    query, columns = _base(lang)
    query = _where(query, columns, filters)
    key = columns[order if order in SORTABLE else "date"]
    key = key.desc() if descending else key.asc()  # type: ignore[attr-defined]
    tie = LedgerEntry.id.desc() if descending else LedgerEntry.id.asc()
    query = query.order_by(key, tie).offset(offset).limit(limit)
    with office.reading() as session:
        return [LedgerLine(*row) for row in session.execute(query).all()]


def totals(office: Office, filters: LedgerFilter) -> tuple[Decimal, Decimal]:
    """Income and expenditure of what the filters show."""
    query, columns = _base("en")
    query = _where(query, columns, filters).subquery()
    income = func.sum(case((query.c.kind == EntryType.INCOME.value, query.c.amount), else_=0))
    expense = func.sum(case((query.c.kind == EntryType.EXPENSE.value, query.c.amount), else_=0))
    with office.reading() as session:
        money_in, money_out = session.execute(select(income, expense)).one()
    return money_in or ZERO, money_out or ZERO


def known_years(office: Office) -> list[FinancialYear]:
    with office.reading() as session:
        starts = session.scalars(
            select(FinancialYearRecord.start_year)
            .where(FinancialYearRecord.contributing_members.is_(None))
            .order_by(FinancialYearRecord.start_year)
        )
        return [FinancialYear(start) for start in starts]
