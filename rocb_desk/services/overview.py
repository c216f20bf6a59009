"""The director's overview: one financial year at a glance, from the services of the tabs.

Every figure comes from the service that the tab behind it uses (the balance, the
contributions, the budget, the events' statistics, the work-plan review); only the
letters have no yearly figure of their own, so the two small aggregates they need are
here, counted in SQL on the letters' date index, never by loading the register.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import and_, distinct, exists, func, select
from sqlalchemy.orm import aliased

from ..db.models import Event, LedgerEntry, Letter
from ..domain.fiscal import FinancialYear
from ..domain.letters import Direction, LetterStatus
from ..domain.workplan import ActivityStatus
from . import directory
from .books.budget import budget_against_actual, chapter_names, chapter_totals
from .books.contributions import (
    contributing_members,
    contributions_total,
    grid_and_arrears,
)
from .books.years import Balance, balance
from .events.queries import year_statistics
from .letters.clearance import readable_where
from .office import Office
from .workplan import register as plans
from .workplan.review import review, status_chart

ZERO = Decimal("0.00")
UNANSWERED_DAYS = 30  # an incoming letter without an answer this long needs attention
LISTED = 50  # attention lines listed per kind; the count tells how many there are


@dataclass(frozen=True)
class ChapterFigure:
    number: int
    name: str
    planned: Decimal
    actual: Decimal


@dataclass(frozen=True)
class MemberOwing:
    member_id: int
    name: str
    outstanding: Decimal  # of the year shown
    arrears: Decimal  # over every year kept in the books, up to the year shown


@dataclass(frozen=True)
class ActivityLine:
    id: int
    number: str
    title: str
    status: str


@dataclass(frozen=True)
class LetterLine:
    id: int
    reference: str
    letter_date: date
    subject: str
    days: int  # since it was received


@dataclass(frozen=True)
class Overview:
    year: FinancialYear
    balance: Balance
    contributions_received: Decimal
    contributions_expected: Decimal  # active members × the year's standard contribution
    members: int
    contributing_members: int
    chapters: list[ChapterFigure]
    events: int
    events_by_role: dict[str, int]  # OfficeRole value -> events (an event may hold several)
    activities: int
    activities_by_status: dict[str, int]  # ActivityStatus value -> activities of the plan
    letters_in: int
    letters_out: int
    without_progress: list[ActivityLine] = field(default_factory=list)
    owing: list[MemberOwing] = field(default_factory=list)
    unanswered: list[LetterLine] = field(default_factory=list)
    unanswered_total: int = 0

    @property
    def contributions_outstanding(self) -> Decimal:
        return max(self.contributions_expected - self.contributions_received, ZERO)

    @property
    def needs_attention(self) -> bool:
        return bool(self.without_progress or self.owing or self.unanswered_total)


# --- years --------------------------------------------------------------------------------


def _activity_years(office: Office) -> set[int]:
    """Years in which something happened: entries in the books, events, letters."""
    with office.reading() as session:
        years = set(session.scalars(select(LedgerEntry.fy_start).distinct()))
        for first, last in (
            session.execute(select(func.min(Event.start_date), func.max(Event.start_date))).one(),
            session.execute(
                select(func.min(Letter.letter_date), func.max(Letter.letter_date)).where(
                    *readable_where(office)
                )
            ).one(),
        ):
            if first is not None:
                years |= set(
                    range(FinancialYear.of(first).start_year, FinancialYear.of(last).start_year + 1)
                )
    return years


def year_choices(
    office: Office, today: date | None = None
) -> tuple[list[FinancialYear], FinancialYear]:
    """The years to offer, newest first, and the one to open on: the current financial year
    if anything happened in it, else the newest year in which something did (a work plan
    drawn up for next year is not yet a year to look back on)."""
    this_year = FinancialYear.of(today or date.today()).start_year
    happened = _activity_years(office)
    offered = happened | set(plans.plan_years(office)) | {this_year}
    opening = this_year if this_year in happened or not happened else max(happened)
    return [FinancialYear(y) for y in sorted(offered, reverse=True)], FinancialYear(opening)


# --- letters ------------------------------------------------------------------------------


def _letters_in_year(year: FinancialYear) -> list:  # type: ignore[type-arg]
    return [
        Letter.letter_date >= year.start,
        Letter.letter_date <= year.end,
        Letter.status != LetterStatus.DRAFT.value,
    ]


def letter_counts(office: Office, year: FinancialYear) -> dict[str, int]:
    """Letters registered in the year by direction; a letter and its translation share
    their reference and count once. Only the letters the account may see: the figure
    opens the register, which shows no others."""
    with office.reading() as session:
        counted = dict(
            session.execute(
                select(Letter.direction, func.count(distinct(Letter.reference)))
                .where(*_letters_in_year(year), *readable_where(office))
                .group_by(Letter.direction)
            ).all()
        )
    return {d.value: counted.get(d.value, 0) for d in Direction}


def _unanswered_condition(year: FinancialYear, today: date):  # noqa: ANN202 - SQL condition
    reply = aliased(Letter)
    answered = exists().where(
        reply.in_reply_to_id == Letter.id,
        reply.direction == Direction.OUTGOING.value,
        reply.status != LetterStatus.DRAFT.value,
    )
    return and_(
        *_letters_in_year(year),
        Letter.direction == Direction.INCOMING.value,
        Letter.status != LetterStatus.ANSWERED.value,
        # A reply to the office's own letter closes an exchange: it awaits no answer.
        Letter.in_reply_to_id.is_(None),
        Letter.letter_date <= today - timedelta(days=UNANSWERED_DAYS),
        ~answered,
    )


def unanswered_letters(
    office: Office, year: FinancialYear, today: date | None = None, limit: int = LISTED
) -> tuple[list[LetterLine], int]:
    """Incoming letters of the year received more than 30 days ago that no outgoing letter
    answers (in_reply_to), nobody marked answered, and that are not themselves replies:
    the oldest first, and how many."""
    today = today or date.today()
    condition = and_(_unanswered_condition(year, today), *readable_where(office))
    with office.reading() as session:
        total = session.scalar(select(func.count()).select_from(Letter).where(condition)) or 0
        rows = session.execute(
            select(Letter.id, Letter.reference, Letter.letter_date, Letter.subject)
            .where(condition)
            .order_by(Letter.letter_date, Letter.id)
            .limit(limit)
        ).all()
    lines = [LetterLine(i, ref, day, subject, (today - day).days) for i, ref, day, subject in rows]
    return lines, total


# --- the year -----------------------------------------------------------------------------


def _owing(
    office: Office, year: FinancialYear, lang: str
) -> tuple[Decimal, int, list[MemberOwing]]:
    read = grid_and_arrears(office, [year], year)  # the year and everyone's arrears at once
    grid, owed = read.grid, read.arrears
    names = dict(directory.member_choices(office, lang))
    expected = sum((cells[0].due for cells in grid.values()), ZERO)
    owing = [
        MemberOwing(
            member_id,
            names.get(member_id, str(member_id)),
            cells[0].outstanding,
            owed.get(member_id, ZERO),
        )
        for member_id, cells in grid.items()
        if cells[0].outstanding > ZERO
    ]
    owing.sort(key=lambda m: (-m.arrears, m.name.casefold()))
    return expected, len(grid), owing


def overview(office: Office, year: FinancialYear, lang: str, today: date | None = None) -> Overview:
    """The figures of `year` for the Overview tab, in `lang` for the names it carries."""
    today = today or date.today()
    expected, members, owing = _owing(office, year, lang)
    budget_rows = budget_against_actual(office, year)
    names = chapter_names(office, lang)
    chapters = [
        ChapterFigure(number, names.get(number, str(number)), planned, actual)
        for number, (planned, actual) in sorted(chapter_totals(budget_rows).items())
    ]
    events = year_statistics(office, year)
    by_status: dict[str, int] = {status.value: 0 for status in ActivityStatus}
    for per_goal in status_chart(office, year.start_year).values():
        for status, count in per_goal.items():
            by_status[status] = by_status.get(status, 0) + count
    without_progress = [
        ActivityLine(row.id, row.number, row.title, row.status)
        for row in review(office, year.start_year, lang, today=today)
        if not row.has_progress
    ]
    letters = letter_counts(office, year)
    unanswered, unanswered_total = unanswered_letters(office, year, today)
    return Overview(
        year=year,
        balance=balance(office, year),
        contributions_received=contributions_total(office, year),
        contributions_expected=expected,
        members=members,
        contributing_members=contributing_members(office, [year])[year],
        chapters=chapters,
        events=events.events,
        events_by_role=events.by_role,
        activities=sum(by_status.values()),
        activities_by_status=by_status,
        letters_in=letters[Direction.INCOMING.value],
        letters_out=letters[Direction.OUTGOING.value],
        without_progress=without_progress,
        owing=owing,
        unanswered=unanswered,
        unanswered_total=unanswered_total,
    )
