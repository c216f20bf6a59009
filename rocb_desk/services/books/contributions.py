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


def _contribution_lines() -> tuple:  # type: ignore[type-arg]
    """The conditions that pick a contribution line. `item_id IS NULL` is what the ledger's
    check constraint already holds for every income line; said here, it lets the totals
    index (fy_start, item_id, kind, amount) go straight to a year's few income lines
    instead of reading its thousands of expense lines (a busy year has about 13,000)."""
    return (
        LedgerEntry.item_id.is_(None),
        LedgerEntry.kind == EntryType.INCOME.value,
        LedgerEntry.income_kind == IncomeKind.CONTRIBUTION.value,
    )


def _paid_by_member_and_year(session, years: list[int]) -> dict[tuple[int, int], Decimal]:  # noqa: ANN001
    rows = session.execute(
        select(LedgerEntry.member_id, LedgerEntry.fy_start, func.sum(LedgerEntry.amount))
        .where(*_contribution_lines(), LedgerEntry.fy_start.in_(years))
        .group_by(LedgerEntry.member_id, LedgerEntry.fy_start)
    ).all()
    return {(member_id, fy): total for member_id, fy, total in rows}


@dataclass(frozen=True)
class Contributions:
    """The contribution grid of some years and what each member owes, read in one pass."""

    grid: dict[int, list[MemberYear]]  # per active member, its cell in each year asked for
    arrears: dict[int, Decimal]  # per active member, outstanding over the kept years


def grid_and_arrears(
    office: Office, years: list[FinancialYear], up_to: FinancialYear | None
) -> Contributions:
    """The grid of `years` for every active member, and each one's arrears over every year
    kept in the books up to `up_to` (none when None): three queries, whatever the number
    of members or years."""
    with office.reading() as session:
        records = session.execute(
            select(
                FinancialYearRecord.start_year,
                FinancialYearRecord.standard_contribution,
                FinancialYearRecord.contributing_members,
            )
        ).all()
        due = {start: standard for start, standard, _count in records}
        # A year kept before these books (its count entered) has no entries to owe on.
        kept = (
            [start for start, _due, count in records if start <= up_to.start_year and count is None]
            if up_to is not None
            else []
        )
        wanted = sorted({*kept, *(y.start_year for y in years)})
        paid = _paid_by_member_and_year(session, wanted) if wanted else {}
        members = session.scalars(select(Member.id).where(Member.active.is_(True))).all()

    def cell(member_id: int, start: int) -> MemberYear:
        return MemberYear(
            member_id,
            FinancialYear(start),
            due.get(start, ZERO),
            paid.get((member_id, start), ZERO),
        )

    return Contributions(
        grid={m: [cell(m, y.start_year) for y in years] for m in members},
        arrears={m: sum((cell(m, y).outstanding for y in kept), ZERO) for m in members},
    )


def contribution_grid(office: Office, years: list[FinancialYear]) -> dict[int, list[MemberYear]]:
    """Per active member administration, its contribution in each of `years` (kept years)."""
    return grid_and_arrears(office, years, None).grid


def arrears(office: Office, member_id: int, up_to: FinancialYear) -> Decimal:
    """What a member still owes over every year kept in the books, up to `up_to`. For many
    members, all_arrears or grid_and_arrears: they read everyone at once."""
    return all_arrears(office, up_to).get(member_id, ZERO)


def all_arrears(office: Office, up_to: FinancialYear) -> dict[int, Decimal]:
    """What each member still owes over every year kept in the books, up to `up_to`:
    one grid for all members, for lists of everyone who owes."""
    return grid_and_arrears(office, [], up_to).arrears


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
                    *_contribution_lines(),
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
                LedgerEntry.fy_start == year.start_year, *_contribution_lines()
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
