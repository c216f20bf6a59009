"""The documents of the books: the Excel ledger of a year and the financial statement.

Both are neutral documents; every figure comes from the same services as the tab.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from ...db.models import BudgetChapter, LedgerEntry, Member
from ...domain.books import INCOME_KIND_LABELS, EntryType, IncomeKind
from ...domain.document import Column, Document, Formula, Heading, Paragraph, Table
from ...domain.fiscal import FinancialYear
from ...i18n import translate
from ..office import Office
from .budget import budget_against_actual, chapter_totals
from .contributions import contributing_members, contribution_grid
from .ledger_query import LedgerFilter, known_years, summary_by_year, totals
from .ledger_rows import LedgerRows
from .years import balance

ZERO = Decimal("0.00")


def _name(row: object, lang: str) -> str:
    return (getattr(row, "name_ru", "") if lang == "ru" else "") or getattr(row, "name_en", "")


def _chapters(office: Office) -> list[BudgetChapter]:
    with office.reading() as session:
        return list(session.scalars(select(BudgetChapter).order_by(BudgetChapter.number)))


def _ledger_columns(all_years: bool = False) -> tuple[Column, ...]:
    columns = (
        Column(translate("Books", "Date"), 0.8, "date"),
        Column(translate("Books", "Voucher"), 0.5),
        Column(translate("Books", "Type"), 0.6),
        Column(translate("Books", "Chapter"), 0.5, "int", key="chapter"),
        Column(translate("Books", "Item"), 0.5, key="item"),
        Column(translate("Books", "Item or income"), 1.6),
        Column(translate("Books", "Description"), 2.0),
        Column(translate("Books", "Counterparty"), 1.4),
        Column(translate("Books", "Method"), 0.6),
        Column(translate("Books", "Income"), 0.9, "money", key="income"),
        Column(translate("Books", "Expenditure"), 0.9, "money", key="expense"),
    )
    if all_years:
        return (Column(translate("Books", "Financial year"), 0.8, key="year"), *columns)
    return columns


def ledger_document_all(office: Office, lang: str) -> Document:
    """The Excel ledger of every year: all lines (streamed, never held at once) and each
    year's income and expenditure as live SUMIFS over them."""
    document = Document(
        translate("Books", "Ledger, all years"),
        translate("Books", "ROCB Europe"),
        lang,
        landscape=True,
    )
    years = summary_by_year(office)  # one read, not one a year
    income = sum((shown.income for shown in years.values()), ZERO)
    expense = sum((shown.expenditure for shown in years.values()), ZERO)
    document.add(
        Table(
            _ledger_columns(all_years=True),
            LedgerRows(office, None, lang),
            totals=(translate("Books", "Total"), *[None] * 9, income, expense),
            name=translate("Books", "Ledger"),
            key="ledger",
        )
    )
    by_year = []
    for year in known_years(office):
        shown = years.get(year.start_year)
        year_in, year_out = (shown.income, shown.expenditure) if shown else (ZERO, ZERO)
        by_year.append(
            (
                year.name,
                Formula("=SUMIFS({ledger.income},{ledger.year},{this.year})", year_in),
                Formula("=SUMIFS({ledger.expense},{ledger.year},{this.year})", year_out),
                Formula("={this.income}-{this.expense}", year_in - year_out),
            )
        )
    document.add(
        Table(
            (
                Column(translate("Books", "Financial year"), 0.8, key="year"),
                Column(translate("Books", "Income"), 1.0, "money", key="income"),
                Column(translate("Books", "Expenditure"), 1.0, "money", key="expense"),
                Column(translate("Books", "Difference"), 1.0, "money"),
            ),
            tuple(by_year),
            totals=(
                translate("Books", "Total"),
                Formula("=SUM({by_year.income})", income),
                Formula("=SUM({by_year.expense})", expense),
                Formula("={this.income}-{this.expense}", income - expense),
            ),
            name=translate("Books", "By year"),
            key="by_year",
        )
    )
    return document


def ledger_document(office: Office, year: FinancialYear, lang: str) -> Document:
    """The Excel ledger: every entry, the chapters as live SUMIFS, contributions, budget."""
    document = Document(
        translate("Books", "Ledger {year}").format(year=year.name),
        translate("Books", "ROCB Europe"),
        lang,
        landscape=True,
    )
    rows = LedgerRows(office, year, lang)
    income, expense = totals(office, LedgerFilter(year=year))
    document.add(
        Table(
            _ledger_columns(),
            rows,
            totals=(translate("Books", "Total"), *[None] * 8, income, expense),
            name=translate("Books", "Ledger"),
            key="ledger",
        )
    )
    budget_rows = budget_against_actual(office, year)
    by_chapter = chapter_totals(budget_rows)
    chapter_rows = tuple(
        (
            c.number,
            _name(c, lang),
            Formula(
                "=SUMIFS({ledger.expense},{ledger.chapter},{this.chapter})", by_chapter[c.number][1]
            ),
        )
        for c in _chapters(office)
    )
    total_spent = sum((actual for _planned, actual in by_chapter.values()), ZERO)
    document.add(
        Table(
            (
                Column(translate("Books", "Chapter"), 0.5, "int", key="chapter"),
                Column(translate("Books", "Name"), 2.0),
                Column(translate("Books", "Expenditure"), 1.0, "money", key="total"),
            ),
            chapter_rows,
            totals=(
                None,
                translate("Books", "Total"),
                Formula("=SUM({by_chapter.total})", total_spent),
            ),
            name=translate("Books", "By chapter"),
            key="by_chapter",
        )
    )
    document.add(_contributions_table(office, year, lang))
    document.add(
        Table(
            (
                Column(translate("Books", "Item"), 0.5, key="item"),
                Column(translate("Books", "Name"), 2.0),
                Column(translate("Books", "Planned"), 1.0, "money", key="planned"),
                Column(translate("Books", "Actual"), 1.0, "money", key="actual"),
                Column(translate("Books", "Variance"), 1.0, "money"),
            ),
            tuple(
                (
                    r.code,
                    _name(r, lang),
                    r.planned,
                    Formula("=SUMIFS({ledger.expense},{ledger.item},{this.item})", r.actual),
                    Formula("={this.planned}-{this.actual}", r.variance),
                )
                for r in budget_rows
            ),
            name=translate("Books", "Budget"),
            key="budget",
        )
    )
    return document


def _contributions_table(office: Office, year: FinancialYear, lang: str) -> Table:
    grid = contribution_grid(office, [year])
    with office.reading() as session:
        members = {m.id: (m.iso, _name(m, lang)) for m in session.scalars(select(Member))}
    status_text = {
        "paid": translate("Books", "Paid"),
        "partial": translate("Books", "Partially paid"),
        "not paid": translate("Books", "Not paid"),
    }
    rows = sorted(
        (
            (
                members[member_id][0],
                members[member_id][1],
                status_text[cells[0].status.value],
                cells[0].paid,
                cells[0].outstanding,
            )
            for member_id, cells in grid.items()
        ),
        key=lambda row: row[1].casefold(),
    )
    return Table(
        (
            Column("ISO", 0.4),
            Column(translate("Books", "Member administration"), 2.0),
            Column(translate("Books", "Status"), 1.0),
            Column(translate("Books", "Paid"), 1.0, "money"),
            Column(translate("Books", "Outstanding"), 1.0, "money"),
        ),
        tuple(rows),
        totals=(
            None,
            translate("Books", "Total"),
            None,
            sum((r[3] for r in rows), ZERO),
            sum((r[4] for r in rows), ZERO),
        ),
        name=translate("Books", "Contributions"),
        key="contributions",
    )


def statement_document(office: Office, year: FinancialYear, lang: str) -> Document:
    """The financial statement of a year: the tables of the report's section G."""
    document = Document(
        translate("Books", "Financial statement {year}").format(year=year.name),
        translate("Books", "ROCB Europe"),
        lang,
    )
    trend_years = [FinancialYear(year.start_year - n) for n in range(5, -1, -1)]
    trend = contributing_members(office, trend_years)
    document.add(Heading(translate("Books", "Member contributions")))
    document.add(
        Table(
            (
                Column(translate("Books", "Financial year"), 2.2),
                *[Column(y.name, 0.8, "int") for y in trend_years],
            ),
            (
                (
                    translate("Books", "Number of contributing members"),
                    *[trend[y] for y in trend_years],
                ),
            ),
        )
    )
    figures = balance(office, year)
    rows = budget_against_actual(office, year)
    by_chapter = chapter_totals(rows)
    chapters = _chapters(office)
    document.add(Heading(translate("Books", "Expenditure")))
    document.add(
        Paragraph(
            translate("Books", "Expenditure in euros from {start} until {end}.").format(
                start=year.start.isoformat(), end=year.end.isoformat()
            )
        )
    )
    document.add(
        Table(
            (
                Column(translate("Books", "Chapter"), 0.5, "int"),
                Column(translate("Books", "Name"), 2.5),
                Column(translate("Books", "Amount"), 1.0, "money"),
            ),
            tuple((c.number, _name(c, lang), by_chapter[c.number][1]) for c in chapters),
            totals=(None, translate("Books", "Total"), figures.expenditure),
        )
    )
    document.add(Heading(translate("Books", "Revenue")))
    document.add(
        Table(
            (
                Column(translate("Books", "Revenue"), 2.5),
                Column(translate("Books", "Amount"), 1.0, "money"),
            ),
            tuple(
                (translate("Books", INCOME_KIND_LABELS[kind]), amount)
                for kind, amount in _revenue(office, year).items()
                if amount or kind is IncomeKind.CONTRIBUTION
            ),
            totals=(translate("Books", "Total"), figures.income),
        )
    )
    document.add(Heading(translate("Books", "Balance")))
    document.add(
        Table(
            (
                Column(translate("Books", "Balance"), 2.5),
                Column(translate("Books", "Amount"), 1.0, "money"),
            ),
            (
                (translate("Books", "Opening balance"), figures.opening),
                (translate("Books", "Income"), figures.income),
                (translate("Books", "Expenditure"), figures.expenditure),
            ),
            totals=(translate("Books", "Closing balance"), figures.closing),
        )
    )
    # Section G lists the events the office paid for next to the balance that paid for them.
    from ..events.documents import supported_events_table

    document.add(Heading(translate("Events", "Events financially supported")))
    document.add(supported_events_table(office, year, lang))
    document.add(Heading(translate("Books", "Detailed expenditure {year}").format(year=year.name)))
    for chapter in chapters:
        document.add(
            Heading(
                translate("Books", "Chapter {number} \u2013 {name}").format(
                    number=chapter.number, name=_name(chapter, lang)
                ),
                2,
            )
        )
        document.add(
            Table(
                (
                    Column(translate("Books", "Item"), 0.5),
                    Column(translate("Books", "Description"), 2.5),
                    Column(translate("Books", "Expenditure"), 1.0, "money"),
                ),
                tuple(
                    (r.code, _name(r, lang), r.actual) for r in rows if r.chapter == chapter.number
                ),
                totals=(None, translate("Books", "Total"), by_chapter[chapter.number][1]),
            )
        )
    document.add(
        Table(
            (Column("", 3.0), Column(translate("Books", "Amount"), 1.0, "money")),
            (),
            totals=(translate("Books", "Grand total"), figures.expenditure),
        )
    )
    return document


def _revenue(office: Office, year: FinancialYear) -> dict[IncomeKind, Decimal]:
    from sqlalchemy import func

    with office.reading() as session:
        sums = dict(
            session.execute(
                select(LedgerEntry.income_kind, func.sum(LedgerEntry.amount))
                .where(
                    LedgerEntry.fy_start == year.start_year,
                    LedgerEntry.kind == EntryType.INCOME.value,
                )
                .group_by(LedgerEntry.income_kind)
            ).all()
        )
    return {kind: sums.get(kind.value) or ZERO for kind in IncomeKind}
