"""Member contributions: who paid what in which year, what is outstanding, the trend."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from ...db.models import FinancialYearRecord, LedgerEntry, Member
from ...domain.books import ContributionStatus, EntryType, IncomeKind, contribution_status
from ...domain.document import Column, Document, Paragraph, Table
from ...domain.fiscal import FinancialYear
from ...domain.money import format_money
from ...i18n import translate
from ..office import Office

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class MemberYear:
    member_id: int
    year: FinancialYear
    due: Decimal
    paid: Decimal

    @property
    def status(self) -> ContributionStatus:
        return contribution_status(self.due, self.paid)

    @property
    def outstanding(self) -> Decimal:
        return max(self.due - self.paid, ZERO)


def _paid_by_member_and_year(session, years: list[int]) -> dict[tuple[int, int], Decimal]:  # noqa: ANN001
    rows = session.execute(
        select(LedgerEntry.member_id, LedgerEntry.fy_start, func.sum(LedgerEntry.amount))
        .where(
            LedgerEntry.kind == EntryType.INCOME.value,
            LedgerEntry.income_kind == IncomeKind.CONTRIBUTION.value,
            LedgerEntry.fy_start.in_(years),
        )
        .group_by(LedgerEntry.member_id, LedgerEntry.fy_start)
    ).all()
    return {(member_id, fy): total for member_id, fy, total in rows}


def contribution_grid(office: Office, years: list[FinancialYear]) -> dict[int, list[MemberYear]]:
    """Per active member administration, its contribution in each of `years` (kept years)."""
    with office.reading() as session:
        records = {
            r.start_year: r
            for r in session.scalars(
                select(FinancialYearRecord).where(
                    FinancialYearRecord.start_year.in_([y.start_year for y in years])
                )
            )
        }
        paid = _paid_by_member_and_year(session, [y.start_year for y in years])
        members = session.scalars(select(Member.id).where(Member.active.is_(True))).all()
    grid: dict[int, list[MemberYear]] = {}
    for member_id in members:
        grid[member_id] = [
            MemberYear(
                member_id,
                year,
                records[year.start_year].standard_contribution
                if year.start_year in records
                else ZERO,
                paid.get((member_id, year.start_year), ZERO),
            )
            for year in years
        ]
    return grid


def arrears(office: Office, member_id: int, up_to: FinancialYear) -> Decimal:
    """What a member still owes over every year kept in the books, up to `up_to`."""
    return all_arrears(office, up_to).get(member_id, ZERO)


def all_arrears(office: Office, up_to: FinancialYear) -> dict[int, Decimal]:
    """What each member still owes over every year kept in the books, up to `up_to`:
    one grid for all members, for lists of everyone who owes."""
    with office.reading() as session:
        kept = [
            y
            for y in session.scalars(
                select(FinancialYearRecord.start_year).where(
                    FinancialYearRecord.start_year <= up_to.start_year,
                    FinancialYearRecord.contributing_members.is_(None),
                )
            )
        ]
    grid = contribution_grid(office, [FinancialYear(y) for y in kept])
    return {
        member: sum((cell.outstanding for cell in cells), ZERO) for member, cells in grid.items()
    }


def contributing_members(office: Office, years: list[FinancialYear]) -> dict[FinancialYear, int]:
    """The trend table: members that paid anything, or the figure entered for older years."""
    with office.reading() as session:
        figures = dict(
            session.execute(
                select(FinancialYearRecord.start_year, FinancialYearRecord.contributing_members)
            ).all()
        )
        counted = dict(
            session.execute(
                select(LedgerEntry.fy_start, func.count(func.distinct(LedgerEntry.member_id)))
                .where(
                    LedgerEntry.income_kind == IncomeKind.CONTRIBUTION.value,
                    LedgerEntry.fy_start.in_([y.start_year for y in years]),
                )
                .group_by(LedgerEntry.fy_start)
            ).all()
        )
    return {year: figures.get(year.start_year) or counted.get(year.start_year, 0) for year in years}


def contributions_total(office: Office, year: FinancialYear) -> Decimal:
    with office.reading() as session:
        total = session.scalar(
            select(func.sum(LedgerEntry.amount)).where(
                LedgerEntry.fy_start == year.start_year,
                LedgerEntry.income_kind == IncomeKind.CONTRIBUTION.value,
            )
        )
    return total if total is not None else ZERO


def member_statement(office: Office, member_id: int, lang: str) -> Document:
    """What one administration paid each year kept in the books, and what it still owes:
    a document the office can send with a covering letter."""
    with office.reading() as session:
        member = session.get(Member, member_id)
        name = (member.name_ru if lang == "ru" else "") or member.name_en if member else ""
        kept = session.scalars(
            select(FinancialYearRecord.start_year)
            .where(FinancialYearRecord.contributing_members.is_(None))
            .order_by(FinancialYearRecord.start_year)
        ).all()
    years = [FinancialYear(start) for start in kept]
    cells = contribution_grid(office, years).get(member_id, [])
    status = {
        ContributionStatus.PAID: translate("Books", "Paid"),
        ContributionStatus.PARTIAL: translate("Books", "Partially paid"),
        ContributionStatus.NOT_PAID: translate("Books", "Not paid"),
    }
    rows = tuple((c.year.name, c.due, c.paid, c.outstanding, status[c.status]) for c in cells)
    outstanding = sum((c.outstanding for c in cells), ZERO)
    document = Document(
        translate("Books", "Contributions statement: {member}").format(member=name),
        translate("Books", "ROCB Europe, as of {day}").format(day=date.today().isoformat()),
        lang,
    )
    document.add(
        Table(
            (
                Column(translate("Books", "Financial year"), 1.0),
                Column(translate("Books", "Contribution"), 1.0, "money"),
                Column(translate("Books", "Paid"), 1.0, "money"),
                Column(translate("Books", "Outstanding"), 1.0, "money"),
                Column(translate("Books", "Status"), 1.2),
            ),
            rows,
            totals=(
                translate("Books", "Total"),
                sum((r[1] for r in rows), ZERO),
                sum((r[2] for r in rows), ZERO),
                outstanding,
                None,
            ),
        )
    )
    document.add(
        Paragraph(
            translate("Books", "Total outstanding: {amount} EUR.").format(
                amount=format_money(outstanding, lang)
            )
        )
    )
    return document
