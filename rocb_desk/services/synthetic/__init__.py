"""A synthetic office of many years, deterministic from a seed: what the office will look
like after fifteen busy years, to measure the application against (issue 9).

At years=15 and scale=1.0: about 200,000 ledger lines over the budget's chapters and items,
member contributions with arrears, budgets, 50,000 letters in English and Russian (one in
a hundred with a real PDF file, most with an annex's text), 3,000 events with their
participants, a work plan a year with its evidence, the past years closed.

Everything is written with bulk inserts in one transaction, recorded as one entry of the
audit trail; then the past years are closed one by one as the Bookkeeping tab closes them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from ...db.models import Event, LedgerEntry, Letter, Partner, StrategicFramework, WorkPlan
from ...domain.access import Permission
from ...domain.errors import QT_TRANSLATE_NOOP, OfficeError
from ...domain.fiscal import FinancialYear
from ...i18n import translate
from .. import access, audit
from ..books.years import close_year
from ..office import Office
from ..reference_data import add_demo_partners
from . import books, events, letters, workplan
from .context import (
    EVENT_UNITS,
    EVENTS,
    FULL_YEARS,
    LEDGER_LINES,
    LETTER_UNITS,
    LETTERS,
    LINE_UNITS,
    PLAN_UNITS,
    Cancelled,
    Context,
    Progress,
)
from .files import Store

__all__ = ["Cancelled", "Summary", "build_synthetic"]

NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Errors",
    "The office {path} already has letters, entries, events or work plans; a synthetic "
    "office is built only into a new one.",
)
BAD_SIZE = QT_TRANSLATE_NOOP(
    "Errors", "A synthetic office has 1 to {years} years and a scale above 0 up to {scale}."
)
MAX_YEARS, MAX_SCALE = 40, 10.0
CLOSE_UNITS = 3000  # closing a year reads its books: about as long as 3,000 ledger lines


@dataclass(frozen=True)
class Summary:
    """What was built, for the command line to print."""

    years: list[FinancialYear]
    entries: int
    budget_lines: int
    letters: int
    attachments: int
    pdfs: int
    events: int
    participants: int
    activities: int
    closed_years: int
    seconds: float

    def text(self) -> str:
        return translate(
            "CLI",
            "Built {years} financial years ({first} to {last}, {closed} closed) in {seconds} s: "
            "{entries} ledger entries, {letters} letters ({attachments} with an attachment, "
            "{pdfs} of them PDF files), {events} events with {participants} participants, "
            "{activities} work-plan activities.",
        ).format(
            years=len(self.years),
            first=self.years[0].name,
            last=self.years[-1].name,
            closed=self.closed_years,
            seconds=f"{self.seconds:.0f}",
            entries=self.entries,
            letters=self.letters,
            attachments=self.attachments,
            pdfs=self.pdfs,
            events=self.events,
            participants=self.participants,
            activities=self.activities,
        )


def build_synthetic(
    office: Office,
    years: int = 15,
    *,
    seed: int = 2011,
    scale: float = 1.0,
    progress: Callable[[int, int], bool | None] | None = None,
    today: date | None = None,
) -> Summary:
    """Fill an office that has only its reference data with `years` financial years ending
    with today's. The same seed (and day) gives the same rows.

    `progress(done, total)` is called as the work goes on; returning False cancels it,
    and then nothing is written and no file is left behind (`Cancelled` is raised)."""
    started = time.perf_counter()
    access.require(office, Permission.ADMINISTER)
    if not (1 <= years <= MAX_YEARS and 0 < scale <= MAX_SCALE):
        raise OfficeError(BAD_SIZE, years=MAX_YEARS, scale=MAX_SCALE)
    today = today or date.today()
    current = FinancialYear.of(today)
    span = [FinancialYear(current.start_year - years + 1 + n) for n in range(years)]
    # The year before stays open until its accounts are audited and closed, by July.
    open_count = 2 if today < date(current.start_year, 7, 1) else 1
    to_close = span[: max(0, years - open_count)]
    share = years / FULL_YEARS * scale
    work = LETTERS * LETTER_UNITS + LEDGER_LINES * LINE_UNITS + EVENTS * EVENT_UNITS
    total = round(work * share) + PLAN_UNITS * years
    report = Progress(progress, total + CLOSE_UNITS * len(to_close))
    store = Store(office)
    try:
        with office.transaction(Permission.BOOKS) as session:
            _refuse_if_not_empty(office, session)
            _partners(session, office)
            ctx = Context(session, office, seed, scale, span, today, report)
            ctx.open_years = {year.start_year for year in span[len(to_close) :]}
            events.build(ctx)
            books.build(ctx)
            letters.build(ctx, store)
            workplan.build(ctx)
            store.sync()
            counts = dict(ctx.counts)
            audit.record(
                session,
                office.actor,
                "load",
                "synthetic",
                None,
                after={"years": years, "seed": seed, "scale": scale, "rows": counts},
            )
    except BaseException:
        store.remove()
        raise
    for year in to_close:
        close_year(office, year)
        report.advance(CLOSE_UNITS, cancellable=False)  # all is committed: too late to cancel
    report.finish()
    return Summary(
        years=span,
        entries=counts.get("ledger_entry", 0),
        budget_lines=counts.get("budget_line", 0),
        letters=counts.get("letter", 0),
        attachments=counts.get("attachment", 0),
        pdfs=counts.get("pdf", 0),
        events=counts.get("event", 0),
        participants=counts.get("participant", 0),
        activities=counts.get("activity", 0),
        closed_years=len(to_close),
        seconds=time.perf_counter() - started,
    )


def _refuse_if_not_empty(office: Office, session) -> None:  # noqa: ANN001 - a Session
    for model in (LedgerEntry, Letter, Event, WorkPlan, StrategicFramework):
        if session.scalar(select(func.count()).select_from(model)):
            raise OfficeError(NOT_EMPTY, path=office.location)


def _partners(session, office: Office) -> None:  # noqa: ANN001 - a Session
    """The partner organizations of the demo office, when the office has none: letters,
    events and grants name them."""
    if session.scalar(select(func.count()).select_from(Partner)):
        return
    add_demo_partners(session)
    session.flush()
