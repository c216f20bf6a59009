"""What every part of the synthetic office shares while it is built: the transaction, the
years, the Directory's records, the words, the seeded random streams, and the progress."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ...db.models import BudgetChapter, BudgetItem, Member, Partner, RegionalTrainingCenter
from ...domain.fiscal import FinancialYear
from ..office import Office
from . import words

# At years=15 and scale=1.0: the fifteen-year office of architecture.md.
LEDGER_LINES = 200_000
LETTERS = 50_000
EVENTS = 3_000
FULL_YEARS = 15
# What each record weighs in the progress, by how long it takes to write (a letter with its
# texts, files and index is some forty ledger lines; a year's plan, some two hundred).
LINE_UNITS, LETTER_UNITS, EVENT_UNITS, PLAN_UNITS = 1, 40, 25, 200


class Cancelled(Exception):
    """The progress callback returned False: nothing was built, no file was left behind."""


class Progress:
    """Work done out of the whole, in the units above."""

    def __init__(self, callback: Callable[[int, int], bool | None] | None, total: int) -> None:
        self.callback, self.total, self.done = callback, max(total, 1), 0
        self.told = -1  # the last percentage told: the callback hears of each one once

    def advance(self, units: float, cancellable: bool = True) -> None:
        self.done = min(self.total, self.done + round(units))
        percent = self.done * 100 // self.total
        if self.callback is None or percent == self.told:
            return
        self.told = percent
        if self.callback(self.done, self.total) is False and cancellable:
            raise Cancelled

    def finish(self) -> None:
        self.advance(self.total, cancellable=False)


@dataclass
class EventStub:
    """An event as the books, the letters and the work plan link to it."""

    id: int
    start: date
    end: date
    title_en: str
    paid: bool  # the office paid for it: its costs are in the books
    delivering: bool  # organized, hosted, co-organized or coordinated (the indicator)


class Context:
    def __init__(
        self,
        session: Session,
        office: Office,
        seed: int,
        scale: float,
        years: list[FinancialYear],
        today: date,
        progress: Progress,
    ) -> None:
        self.session, self.office, self.seed, self.scale = session, office, seed, scale
        self.years, self.today, self.progress = years, today, progress
        self.actor = office.actor
        self.first_day = years[0].start
        self.words = words.samplers(self.rng("words"))
        self.members = session.execute(
            select(Member.id, Member.iso, Member.name_en, Member.name_ru)
            .where(Member.active.is_(True))
            .order_by(Member.id)
        ).all()
        self.partners = session.execute(
            select(Partner.id, Partner.short, Partner.name_en, Partner.name_ru).order_by(Partner.id)
        ).all()
        self.rtcs = session.execute(
            select(
                RegionalTrainingCenter.id,
                RegionalTrainingCenter.code,
                RegionalTrainingCenter.name_en,
                RegionalTrainingCenter.name_ru,
            ).order_by(RegionalTrainingCenter.id)
        ).all()
        self.items = session.execute(
            select(BudgetItem.id, BudgetItem.code, BudgetChapter.number)
            .join(BudgetChapter, BudgetChapter.id == BudgetItem.chapter_id)
            .where(BudgetItem.active.is_(True))
            .order_by(BudgetItem.code)
        ).all()
        self.events: list[EventStub] = []  # in the order they start
        self.paid_events: list[EventStub] = []
        # Filled by the books and the letters, read by the work plan: ids per financial year.
        self.entries: dict[int, list[int]] = {}
        self.letters: dict[int, list[int]] = {}
        self.counts: dict[str, int] = {}
        self.open_years: set[int] = set()  # the years the build leaves open
        self._workdays: dict[int, list[date]] = {}

    def rng(self, *parts: object) -> random.Random:
        """A random stream of its own for each part: the same seed gives the same rows."""
        return random.Random(":".join(str(p) for p in (self.seed, *parts)))

    def share(self, full: int) -> int:
        """`full` (a count for fifteen years at scale 1) for this office's years and scale."""
        return round(full * len(self.years) / FULL_YEARS * self.scale)

    def next_id(self, model: type) -> int:
        return (self.session.scalar(select(func.max(model.id))) or 0) + 1

    def insert(self, model: type, rows: list[dict]) -> None:
        if rows:
            # NULLs sent as values: else each pattern of None columns is a batch of its own.
            self.session.execute(insert(model).execution_options(render_nulls=True), rows)
            self.counts[model.__tablename__] = self.counts.get(model.__tablename__, 0) + len(rows)

    def workdays(self, year: FinancialYear) -> list[date]:
        """Monday to Friday of the year, up to today."""
        if year.start_year not in self._workdays:
            days, day = [], year.start
            while day <= min(year.end, self.today):
                if day.weekday() < 5:
                    days.append(day)
                day += timedelta(days=1)
            self._workdays[year.start_year] = days
        return self._workdays[year.start_year]


def stamp(day: date, rng: random.Random) -> datetime:
    """When a record of `day` was typed in: office hours, UTC."""
    return datetime.combine(day, time(5, 0)) + timedelta(seconds=rng.randrange(9 * 3600))
