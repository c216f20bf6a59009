"""The books: budget classification, financial years, ledger entries, budget lines."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, utc_now


class BudgetChapter(Base):
    __tablename__ = "budget_chapter"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)
    name_en: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200), default="")


class BudgetItem(Base):
    __tablename__ = "budget_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)  # "2.1"
    chapter_id: Mapped[int] = mapped_column(ForeignKey("budget_chapter.id"), index=True)
    name_en: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    chapter: Mapped[BudgetChapter] = relationship()


class FinancialYearRecord(Base):
    """A financial year the office knows: its standard contribution, and whether it is closed.

    Years before the books were kept here carry their figures (contributing members,
    closing balance) instead of entries.
    """

    __tablename__ = "financial_year"

    start_year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    standard_contribution: Mapped[Decimal]
    contributing_members: Mapped[int | None]  # a figure, for years without entries
    opening_balance: Mapped[Decimal | None]  # entered for the first year kept here
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[str | None] = mapped_column(String(80))


class LedgerEntry(Base):
    __tablename__ = "ledger_entry"
    __table_args__ = (
        UniqueConstraint("fy_start", "voucher", name="uq_ledger_entry_voucher"),
        Index("ix_ledger_entry_fy_date", "fy_start", "entry_date"),
        Index(
            "ix_ledger_entry_date", "entry_date", "id"
        ),  # all years in date order, a page at a time
        # Totals and counts of a year, a chapter or an item from the index alone.
        Index("ix_ledger_entry_totals", "fy_start", "item_id", "kind", "amount"),
        CheckConstraint("amount > 0 OR reversal_of_id IS NOT NULL", name="positive_amount"),
        CheckConstraint(
            "(kind = 'expense' AND item_id IS NOT NULL AND income_kind IS NULL) OR "
            "(kind = 'income' AND item_id IS NULL AND income_kind IS NOT NULL)",
            name="item_or_income_kind",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The financial year the date falls in, stored so that a year's lines are one index range.
    fy_start: Mapped[int] = mapped_column(ForeignKey("financial_year.start_year"))
    entry_date: Mapped[date]
    kind: Mapped[str] = mapped_column(String(10))  # income, expense
    item_id: Mapped[int | None] = mapped_column(ForeignKey("budget_item.id"), index=True)
    income_kind: Mapped[str | None] = mapped_column(String(20))
    amount: Mapped[Decimal]
    description: Mapped[str] = mapped_column(Text, default="")
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id"))
    counterparty_text: Mapped[str] = mapped_column(String(200), default="")
    voucher: Mapped[str] = mapped_column(String(40))
    method: Mapped[str] = mapped_column(String(10), default="bank")
    reversal_of_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entry.id"))
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))
    # The event the entry paid for (its costs) or that brought it in; the entry outlives it.
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    item: Mapped[BudgetItem | None] = relationship()


class BudgetLine(Base):
    __tablename__ = "budget_line"
    __table_args__ = (UniqueConstraint("fy_start", "item_id", name="uq_budget_line_item"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    fy_start: Mapped[int] = mapped_column(ForeignKey("financial_year.start_year"))
    item_id: Mapped[int] = mapped_column(ForeignKey("budget_item.id"))
    planned: Mapped[Decimal]


class ClosedYearSum(Base):
    """What a closed year's entries add up to, per item and kind, kept by the database.

    A closed year's entries cannot change (the triggers of migration 0010), so their sums
    are made once, when the year closes, by a trigger on `financial_year.closed_at`, and
    dropped when it reopens (migration 0012). Totals and counts over many years then add
    a few hundred of these instead of scanning 200,000 lines; only the open years are
    read line by line. Income has no item: its rows carry item_id NULL.
    """

    __tablename__ = "closed_year_sum"

    id: Mapped[int] = mapped_column(primary_key=True)
    fy_start: Mapped[int] = mapped_column(ForeignKey("financial_year.start_year"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("budget_item.id"))
    kind: Mapped[str] = mapped_column(String(10))
    lines: Mapped[int]
    amount: Mapped[Decimal]
