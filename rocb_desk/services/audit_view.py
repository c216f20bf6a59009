"""Reading the audit trail: what happened to a record, or in a financial year."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select

from ..db.models import AuditEntry, LedgerEntry
from ..domain.fiscal import FinancialYear
from .office import Office


@dataclass(frozen=True)
class AuditLine:
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    changes: str  # "field: before → after; ..." for updates, the values otherwise


def _changes(before: str | None, after: str | None) -> str:
    old = json.loads(before) if before else {}
    new = json.loads(after) if after else {}
    if old and new:
        return "; ".join(
            f"{k}: {old.get(k)} \u2192 {new.get(k)}"
            for k in sorted(new)
            if old.get(k) != new.get(k)
        )
    shown = new or old
    return "; ".join(f"{k}: {v}" for k, v in sorted(shown.items()) if v not in (None, ""))


def _lines(rows: list[AuditEntry]) -> list[AuditLine]:
    return [
        AuditLine(r.at, r.actor, r.action, r.entity, r.entity_id, _changes(r.before, r.after))
        for r in rows
    ]


def history(office: Office, entity: str, entity_id: int) -> list[AuditLine]:
    """Every change of one record, oldest first."""
    with office.reading() as session:
        rows = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.id)
        ).all()
        return _lines(list(rows))


def year_history(office: Office, year: FinancialYear) -> list[AuditLine]:
    """The changes to a year's books: its entries (even deleted ones), budget, close, reopen."""
    marker = f'%"fy_start": {year.start_year}%'
    with office.reading() as session:
        entries = select(LedgerEntry.id).where(LedgerEntry.fy_start == year.start_year)
        rows = session.scalars(
            select(AuditEntry)
            .where(
                or_(
                    (AuditEntry.entity == "financial_year")
                    & (AuditEntry.entity_id == year.start_year),
                    (AuditEntry.entity == "ledger_entry") & AuditEntry.entity_id.in_(entries),
                    # Entries deleted since: found by the year their records name.
                    (AuditEntry.entity == "ledger_entry")
                    & or_(AuditEntry.before.like(marker), AuditEntry.after.like(marker)),
                )
            )
            .order_by(AuditEntry.id)
        ).all()
        return _lines(list(rows))
