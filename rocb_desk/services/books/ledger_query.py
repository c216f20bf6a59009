"""Reading the ledger a page at a time: filters, sorting and totals done in SQL.

The tab never loads a year, let alone fifteen, into Python objects: it asks for the
count, the totals and the rows it is about to show. Filtered by year, kind, chapter or
item only, the totals and counts read a closed year's stored sums (year_sums) and the
open years' covering index (`ix_ledger_entry_totals`); other filters read the lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, and_, bindparam, case, func, or_, select, tuple_

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
from . import year_sums

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
    """The shown line, joined to the names it displays; and each sortable column's SQL."""
    member_name = Member.name_ru if lang == "ru" else Member.name_en
    counterparty = func.coalesce(member_name, Partner.short, LedgerEntry.counterparty_text, "")
    item = func.coalesce(BudgetItem.code, LedgerEntry.income_kind, "")
    query = (
        select(
            LedgerEntry.id,
            LedgerEntry.entry_date,
            LedgerEntry.voucher,
            LedgerEntry.kind,
            BudgetChapter.number,
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
        .outerjoin(BudgetChapter, BudgetItem.chapter_id == BudgetChapter.id)
        .outerjoin(Member, LedgerEntry.member_id == Member.id)
        .outerjoin(Partner, LedgerEntry.partner_id == Partner.id)
        .join(FinancialYearRecord, LedgerEntry.fy_start == FinancialYearRecord.start_year)
    )
    columns = {
        "date": LedgerEntry.entry_date,
        "voucher": LedgerEntry.voucher,
        "kind": LedgerEntry.kind,
        "item": item,
        "description": LedgerEntry.description,
        "counterparty": counterparty,
        "amount": LedgerEntry.amount,
    }
    return query, columns


def _classified(filters: LedgerFilter, source: year_sums.Source) -> list:  # type: ignore[type-arg]
    """The filters a closed year's stored sums can answer too: year, kind, chapter, item."""
    conditions = []
    if filters.year is not None:
        conditions.append(source.fy_start == filters.year.start_year)
    if filters.kind:
        conditions.append(source.kind == filters.kind)
    if filters.chapter is not None:
        conditions.append(
            source.item_id.in_(
                select(BudgetItem.id)
                .join(BudgetChapter, BudgetItem.chapter_id == BudgetChapter.id)
                .where(BudgetChapter.number == filters.chapter)
            )
        )
    if filters.item_code:
        conditions.append(
            source.item_id.in_(select(BudgetItem.id).where(BudgetItem.code == filters.item_code))
        )
    return conditions


def _summable(filters: LedgerFilter) -> bool:
    """Whether the filters are only ones that stored sums answer (see year_sums)."""
    return not (
        filters.date_from or filters.date_to or filters.counterparty.strip() or filters.text.strip()
    )


def _conditions(filters: LedgerFilter) -> list:  # type: ignore[type-arg]
    """The filters on ledger_entry alone (subqueries, not joins): counting and totalling
    a year then touches one table and its indexes."""
    conditions = _classified(filters, LedgerEntry)
    if filters.date_from:
        conditions.append(LedgerEntry.entry_date >= filters.date_from)
    if filters.date_to:
        conditions.append(LedgerEntry.entry_date <= filters.date_to)
    if filters.counterparty.strip():
        needle = f"%{filters.counterparty.strip()}%"
        conditions.append(
            or_(
                LedgerEntry.member_id.in_(
                    select(Member.id).where(
                        or_(
                            Member.name_en.ilike(needle),
                            Member.name_ru.ilike(needle),
                            Member.iso.ilike(needle),
                        )
                    )
                ),
                LedgerEntry.partner_id.in_(
                    select(Partner.id).where(
                        or_(Partner.short.ilike(needle), Partner.name_en.ilike(needle))
                    )
                ),
                LedgerEntry.counterparty_text.ilike(needle),
            )
        )
    if filters.text.strip():
        # Within the filters above (a year is a few thousand lines): a scan is fine here.
        needle = f"%{filters.text.strip()}%"
        conditions.append(
            or_(LedgerEntry.description.ilike(needle), LedgerEntry.voucher.ilike(needle))
        )
    return conditions


def summary(office: Office, filters: LedgerFilter) -> year_sums.Sum:
    """How many lines the filters show, and their income and expenditure, in one read:
    from the closed years' stored sums and the open years' lines when the filters allow
    it, else from the lines they show."""
    with office.reading() as session:
        if _summable(filters):
            return year_sums.total(session, lambda source: _classified(filters, source))
        income = func.sum(
            case((LedgerEntry.kind == EntryType.INCOME.value, LedgerEntry.amount), else_=0)
        )
        expense = func.sum(
            case((LedgerEntry.kind == EntryType.EXPENSE.value, LedgerEntry.amount), else_=0)
        )
        query = select(func.count(), income, expense).where(*_conditions(filters))
        lines, money_in, money_out = session.execute(query).one()
    return year_sums.Sum(lines, money_in or ZERO, money_out or ZERO)


def summary_by_year(office: Office) -> dict[int, year_sums.Sum]:
    """Every year's lines, income and expenditure, in one read (a year without lines is
    absent)."""
    with office.reading() as session:
        return year_sums.by_year(session, lambda _source: [])


def count_lines(office: Office, filters: LedgerFilter) -> int:
    return summary(office, filters).lines


def fetch_lines(
    office: Office,
    filters: LedgerFilter,
    start: int,
    limit: int,
    *,
    total: int | None = None,
    lang: str = "en",
    order: str = "date",
    descending: bool = False,
) -> list[LedgerLine]:
    """Lines `start … start+limit-1` of what the filters show, in the chosen order.

    The table jumps anywhere (Ctrl+End, the scroll bar dragged), so a page is addressed
    by its position. OFFSET reads the rows it skips; counting from the nearer end (the
    order reversed, the page turned round) halves the worst case, and the last screen
    of 200,000 lines costs what the first costs. Pass the `total` the view counted to
    allow that; the id breaks ties so pages never overlap.
    """
    order = order if order in SORTABLE else "date"
    query, columns = _base(lang)
    key = columns[order]
    query = query.where(and_(True, *_conditions(filters)))
    backwards = total is not None and start > total // 2
    if backwards:
        assert total is not None
        limit = min(limit, total - start)
        if limit <= 0:
            return []
        start = total - start - limit
    down = descending != backwards
    ordering = (key.desc(), LedgerEntry.id.desc()) if down else (key.asc(), LedgerEntry.id.asc())  # type: ignore[attr-defined]
    query = query.order_by(*ordering).limit(limit).offset(start)
    with office.reading() as session:
        lines = [LedgerLine(*row) for row in session.execute(query).all()]
    return lines[::-1] if backwards else lines


def position_of(
    office: Office,
    filters: LedgerFilter,
    entry_id: int,
    *,
    lang: str = "en",
    order: str = "date",
    descending: bool = False,
) -> int:
    """The row at which `entry_id` stands among what the filters show; -1 if hidden.

    After a save the table selects the entry wherever it landed, without reading the
    pages before it: the lines ahead of it are counted in SQL."""
    order = order if order in SORTABLE else "date"
    query, columns = _base(lang)
    key = columns[order]
    conditions = _conditions(filters)
    with office.reading() as session:
        found = session.execute(
            query.with_only_columns(key).where(LedgerEntry.id == entry_id, *conditions)
        ).first()
        if found is None:
            return -1
        # Bound with the column's own type (money in cents, dates as dates).
        there = tuple_(bindparam(None, found[0], type_=key.type), entry_id)  # type: ignore[attr-defined]
        here = tuple_(key, LedgerEntry.id)
        ahead = query.with_only_columns(func.count()).where(
            *conditions, here > there if descending else here < there
        )
        return session.scalar(ahead) or 0


def totals(office: Office, filters: LedgerFilter) -> tuple[Decimal, Decimal]:
    """Income and expenditure of what the filters show."""
    shown = summary(office, filters)
    return shown.income, shown.expenditure


def known_years(office: Office) -> list[FinancialYear]:
    with office.reading() as session:
        starts = session.scalars(
            select(FinancialYearRecord.start_year)
            .where(FinancialYearRecord.contributing_members.is_(None))
            .order_by(FinancialYearRecord.start_year)
        )
        return [FinancialYear(start) for start in starts]


def latest_year_with_entries(office: Office) -> FinancialYear | None:
    """Where the ledger opens: the last year that has lines, rather than an empty new one."""
    with office.reading() as session:
        start = session.scalar(select(func.max(LedgerEntry.fy_start)))
    return FinancialYear(start) if start is not None else None
