"""The budget of a year: planned per item, and budget against actual per item and chapter."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from ...db.models import BudgetChapter, BudgetItem, BudgetLine, LedgerEntry
from ...domain.access import Permission
from ...domain.fiscal import FinancialYear
from ...domain.money import round_money
from .. import audit
from ..office import Office
from .years import refuse_if_closed, year_record

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class BudgetRow:
    chapter: int
    code: str
    name_en: str
    name_ru: str
    planned: Decimal
    actual: Decimal

    @property
    def variance(self) -> Decimal:
        return self.planned - self.actual

    @property
    def used_percent(self) -> Decimal | None:
        return round_money(self.actual * 100 / self.planned) if self.planned else None


def set_planned(office: Office, year: FinancialYear, planned: dict[str, Decimal]) -> None:
    """Planned amounts by item code for the year, in one transaction."""
    with office.transaction(Permission.BOOKS) as session:
        year_record(session, year)
        refuse_if_closed(session, year)
        items = dict(session.execute(select(BudgetItem.code, BudgetItem.id)).all())
        lines = {
            line.item_id: line
            for line in session.scalars(
                select(BudgetLine).where(BudgetLine.fy_start == year.start_year)
            )
        }
        for code, amount in planned.items():
            line = lines.get(items[code])
            if line is None:
                session.add(
                    BudgetLine(fy_start=year.start_year, item_id=items[code], planned=amount)
                )
            else:
                line.planned = amount
        audit.record(
            session,
            office.actor,
            "budget",
            "financial_year",
            year.start_year,
            after={code: amount for code, amount in planned.items()},
        )


def budget_against_actual(office: Office, year: FinancialYear) -> list[BudgetRow]:
    """Every item, in classification order, with what was planned and what was spent."""
    with office.reading() as session:
        planned = dict(
            session.execute(
                select(BudgetLine.item_id, BudgetLine.planned).where(
                    BudgetLine.fy_start == year.start_year
                )
            ).all()
        )
        actual = dict(
            session.execute(
                select(LedgerEntry.item_id, func.sum(LedgerEntry.amount))
                .where(LedgerEntry.fy_start == year.start_year, LedgerEntry.item_id.is_not(None))
                .group_by(LedgerEntry.item_id)
            ).all()
        )
        items = session.execute(
            select(
                BudgetItem.id,
                BudgetChapter.number,
                BudgetItem.code,
                BudgetItem.name_en,
                BudgetItem.name_ru,
            )
            .join(BudgetChapter, BudgetItem.chapter_id == BudgetChapter.id)
            .order_by(BudgetChapter.number, BudgetItem.code)
        ).all()
    return [
        BudgetRow(
            number, code, name_en, name_ru, planned.get(item_id, ZERO), actual.get(item_id) or ZERO
        )
        for item_id, number, code, name_en, name_ru in items
    ]


def chapter_totals(rows: list[BudgetRow]) -> dict[int, tuple[Decimal, Decimal]]:
    """Planned and actual per chapter, summed from the item rows (never queried twice)."""
    totals: dict[int, tuple[Decimal, Decimal]] = {}
    for row in rows:
        planned, actual = totals.get(row.chapter, (ZERO, ZERO))
        totals[row.chapter] = (planned + row.planned, actual + row.actual)
    return totals


def item_choices(office: Office, lang: str) -> list[tuple[str, str]]:
    """Active budget items for a form: ('2.1', '2.1 Office Supplies'), in code order."""
    with office.reading() as session:
        items = session.scalars(
            select(BudgetItem).where(BudgetItem.active.is_(True)).order_by(BudgetItem.code)
        ).all()
    return [(i.code, f"{i.code} {(i.name_ru if lang == 'ru' else '') or i.name_en}") for i in items]


def chapter_choices(office: Office, lang: str) -> list[tuple[int, str]]:
    with office.reading() as session:
        chapters = session.scalars(select(BudgetChapter).order_by(BudgetChapter.number)).all()
    return [
        (c.number, f"{c.number} {(c.name_ru if lang == 'ru' else '') or c.name_en}")
        for c in chapters
    ]


def chapter_names(office: Office, lang: str) -> dict[int, str]:
    """Chapter number -> its name in `lang`."""
    with office.reading() as session:
        chapters = session.scalars(select(BudgetChapter)).all()
    return {c.number: (c.name_ru if lang == "ru" else "") or c.name_en for c in chapters}
