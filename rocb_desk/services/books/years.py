"""Financial years: created as entries need them, closed and reopened, their balances."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ...db.models import AuditEntry, FinancialYearRecord
from ...domain.access import Permission
from ...domain.books import STANDARD_CONTRIBUTION
from ...domain.errors import QT_TRANSLATE_NOOP, Message, OfficeError
from ...domain.fiscal import FinancialYear
from .. import audit
from ..office import Office
from . import year_sums

CLOSED = QT_TRANSLATE_NOOP(
    "Errors",
    "The financial year {year} is closed; correct it with a reversal entry in an open year.",
)
SUMS_NOT_STORED = QT_TRANSLATE_NOOP(
    "Errors",
    "The financial year {year} was not closed: the database did not store its sums "
    "(run the check: a protection of the database is missing).",
)
ZERO = Decimal("0.00")


def year_record(session: Session, year: FinancialYear) -> FinancialYearRecord:
    """The year's record, created on first use with the previous year's standard contribution."""
    record = session.get(FinancialYearRecord, year.start_year)
    if record is None:
        before = session.scalar(
            select(FinancialYearRecord)
            .where(FinancialYearRecord.start_year < year.start_year)
            .order_by(FinancialYearRecord.start_year.desc())
        )
        standard = before.standard_contribution if before else Decimal(STANDARD_CONTRIBUTION)
        record = FinancialYearRecord(start_year=year.start_year, standard_contribution=standard)
        session.add(record)
        session.flush()
    return record


def refuse_if_closed(session: Session, year: FinancialYear) -> None:
    record = session.get(FinancialYearRecord, year.start_year)
    if record is not None and record.closed_at is not None:
        raise OfficeError(CLOSED, year=year.name)


def is_closed(session: Session, year: FinancialYear) -> bool:
    record = session.get(FinancialYearRecord, year.start_year)
    return record is not None and record.closed_at is not None


@dataclass(frozen=True)
class Balance:
    year: FinancialYear
    opening: Decimal
    income: Decimal
    expenditure: Decimal

    @property
    def closing(self) -> Decimal:
        return self.opening + self.income - self.expenditure


def _net_by_year(session: Session, first: int, last: int) -> dict[int, tuple[Decimal, Decimal]]:
    """Income and expenditure of each year from `first` to `last`, in one statement: the
    closed years from their stored sums, the open ones from their lines (year_sums)."""
    sums = year_sums.by_year(
        session, lambda source: [source.fy_start >= first, source.fy_start <= last]
    )
    return {year: (sum_.income, sum_.expenditure) for year, sum_ in sums.items()}


def balance(office: Office, year: FinancialYear) -> Balance:
    """Opening (carried from the year before, or entered), income, expenditure, closing."""
    with office.reading() as session:
        return _balance(session, year)


def _balance(session: Session, year: FinancialYear) -> Balance:
    """A year opens on the balance entered for it or for the nearest year before it (or on
    nothing before the first year kept), carried through every year since: one query over
    those years, not one per year."""
    entered = dict(
        session.execute(
            select(FinancialYearRecord.start_year, FinancialYearRecord.opening_balance).where(
                FinancialYearRecord.start_year <= year.start_year
            )
        ).all()
    )
    anchors = {start: opening for start, opening in entered.items() if opening is not None}
    if anchors:
        since = max(anchors)
        opening = anchors[since]
    else:  # carried from nothing before the first year kept (no entry can be earlier)
        since = min(entered, default=year.start_year)
        opening = ZERO
    sums = _net_by_year(session, since, year.start_year)
    for start_year, (income, expenditure) in sums.items():
        if start_year < year.start_year:
            opening += income - expenditure
    income, expenditure = sums.get(year.start_year, (ZERO, ZERO))
    return Balance(year, opening, income, expenditure)


def close_year(office: Office, year: FinancialYear) -> Balance:
    """Lock the year's entries; its closing balance opens the next year."""
    with office.transaction(Permission.BOOKS) as session:
        if session.get_bind().dialect.name == "postgresql":
            # An entry being written to this year by another session, not committed yet,
            # would be missed by the sums the close makes: wait for such writers, and hold
            # new ones back until the year is closed (then its triggers refuse them).
            session.execute(text("LOCK TABLE ledger_entry IN SHARE MODE"))
        record = year_record(session, year)
        refuse_if_closed(session, year)
        record.closed_at = datetime.now(UTC)
        record.closed_by = office.actor
        session.flush()  # the database's trigger stores the year's sums now
        lines = year_sums.lines_of(session, year.start_year)
        if year_sums.stored_for(session, year.start_year) != lines:
            raise OfficeError(SUMS_NOT_STORED, year=year.name)
        result = _balance(session, year)
        audit.record(
            session,
            office.actor,
            "close",
            "financial_year",
            year.start_year,
            # The year's own totals too: check compares them with the books later (the
            # closing balance also moves with an earlier year's, which may still be open).
            after={
                "closing_balance": result.closing,
                "income": result.income,
                "expenditure": result.expenditure,
            },
        )
        return result


def reopen_year(office: Office, year: FinancialYear, *, confirmed: bool) -> None:
    """Reopen a closed year; the caller must have asked the user and say so."""
    if not confirmed:
        raise OfficeError(
            QT_TRANSLATE_NOOP(
                "Errors", "Reopening the year {year} needs an explicit confirmation."
            ),
            year=year.name,
        )
    with office.transaction(Permission.BOOKS) as session:
        record = session.get(FinancialYearRecord, year.start_year)
        if record is None or record.closed_at is None:
            return
        before = {"closed_at": record.closed_at, "closed_by": record.closed_by}
        record.closed_at = None
        record.closed_by = None
        audit.record(
            session, office.actor, "reopen", "financial_year", year.start_year, before=before
        )


def is_year_closed(office: Office, year: FinancialYear) -> bool:
    with office.reading() as session:
        return is_closed(session, year)


UNSEALED_CLOSE = QT_TRANSLATE_NOOP(
    "Errors",
    "The financial year {year} is marked closed, but the audit trail does not record its "
    "closing: it was closed outside ROCB Desk.",
)
CHANGED_AFTER_CLOSE = QT_TRANSLATE_NOOP(
    "Errors",
    "The financial year {year} closed with income {income} and expenditure {expenditure}; "
    "its entries now give {income_now} and {expenditure_now}: its books were changed after "
    "the close.",
)
STORED_SUMS_DIFFER = QT_TRANSLATE_NOOP(
    "Errors",
    "The sums stored for the closed financial year {year} no longer match its entries, "
    "line by line and item by item (stored: income {income}, expenditure {expenditure}; "
    "the entries: {income_now}, {expenditure_now}). Reopen the year and close it again "
    "to make them anew.",
)


def _pair(sums: year_sums.Sum) -> tuple[Decimal, Decimal]:
    return sums.income, sums.expenditure


def _disagreement(
    wording: str, year: FinancialYear, was: tuple[Decimal, Decimal], now: tuple[Decimal, Decimal]
) -> Message:
    return Message(
        wording,
        params={
            "year": year.name,
            "income": f"{was[0]:.2f}",
            "expenditure": f"{was[1]:.2f}",
            "income_now": f"{now[0]:.2f}",
            "expenditure_now": f"{now[1]:.2f}",
        },
    )


def closed_year_problems(office: Office) -> list[Message]:
    """Each closed year whose entries no longer give the income and expenditure sealed in
    the audit trail when it was closed (its own totals: its closing balance also moves with
    an earlier year still open). The triggers stop a change made while the year is closed;
    this catches one made by reopening it behind the application's back. And each closed
    year whose stored sums (year_sums) no longer give what its entries give."""
    problems: list[Message] = []
    with office.reading() as session:
        closed = session.scalars(
            select(FinancialYearRecord.start_year).where(FinancialYearRecord.closed_at.is_not(None))
        ).all()
        for start_year in closed:
            year = FinancialYear(start_year)
            lines = year_sums.lines_of(session, start_year)
            stored = year_sums.stored_for(session, start_year)
            now = _pair(year_sums.total_of(lines))
            if stored != lines:
                problems.append(
                    _disagreement(STORED_SUMS_DIFFER, year, _pair(year_sums.total_of(stored)), now)
                )
            last = session.execute(
                select(AuditEntry.action, AuditEntry.after)
                .where(
                    AuditEntry.entity == "financial_year",
                    AuditEntry.entity_id == start_year,
                    AuditEntry.action.in_(("close", "reopen")),
                )
                .order_by(AuditEntry.id.desc())
                .limit(1)
            ).first()
            if last is None or last.action != "close":
                problems.append(Message(UNSEALED_CLOSE, params={"year": year.name}))
                continue
            try:
                sealed = json.loads(last.after or "{}")
                totals = (Decimal(sealed["income"]), Decimal(sealed["expenditure"]))
            except (ValueError, KeyError, TypeError, ArithmeticError):
                continue  # closed before the totals were sealed (an altered record: the chain)
            if now != totals:
                problems.append(_disagreement(CHANGED_AFTER_CLOSE, year, totals, now))
    return problems
