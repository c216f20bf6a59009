"""The audit trail: every change to the office's records, who made it, before and after.

The trail is a hash chain. Each entry's hash covers its own content and the hash of the
entry before it, so changing one byte of any entry, or removing one, breaks the chain
from there on; `chain_problems` walks it and names the first entry that does not hold.
The database refuses updates and deletes of the trail (triggers of migration 0010).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db import engine as dbengine
from ..db.models import AuditEntry
from ..domain.audit_chain import entry_hash, utc_text
from ..domain.errors import QT_TRANSLATE_NOOP, Message, OfficeError
from .office import Office

# What an entry says (its seal apart), as the chain and the viewer read it.
ENTRY_COLUMNS = (
    AuditEntry.id,
    AuditEntry.at,
    AuditEntry.actor,
    AuditEntry.action,
    AuditEntry.entity,
    AuditEntry.entity_id,
    AuditEntry.before,
    AuditEntry.after,
)
_HEAD = "rocb_audit_head"  # session.info key: (id, hash) of the newest entry in this transaction


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def _dump(values: dict[str, Any] | None) -> str | None:
    if values is None:
        return None
    return json.dumps({k: _plain(v) for k, v in values.items()}, ensure_ascii=False, sort_keys=True)


def _head(session: Session) -> tuple[int, str]:
    cached = session.info.get(_HEAD)
    if cached is not None:
        return cached
    dbengine.serialize_audit(session.connection())  # PostgreSQL: one appender at a time
    row = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    return (row[0], row[1]) if row else (0, "")


def record(
    session: Session,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Add one audit entry inside the caller's transaction: it commits with the change.

    Writers are serialized (SQLite's BEGIN IMMEDIATE, a table lock on PostgreSQL), so the
    newest entry read here stays the newest until this transaction commits."""
    last_id, last_hash = _head(session)
    entry_id = last_id + 1
    at = datetime.now(UTC).replace(tzinfo=None)
    before_text, after_text = _dump(before), _dump(after)
    digest = entry_hash(
        last_hash, entry_id, at, actor, action, entity, entity_id, before_text, after_text
    )
    session.add(
        AuditEntry(
            id=entry_id,
            at=at,
            actor=actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            before=before_text,
            after=after_text,
            prev_hash=last_hash,
            hash=digest,
        )
    )
    session.info[_HEAD] = (entry_id, digest)


BROKEN = QT_TRANSLATE_NOOP(
    "Errors",
    "Audit record {id} ({at}, {actor}) has been altered: its content does not match its hash.",
)
UNLINKED = QT_TRANSLATE_NOOP(
    "Errors",
    "Audit record {id} ({at}, {actor}) does not follow the record before it: "
    "a record was removed or inserted.",
)
CHAIN_BATCH = 5000


def chain_problems(office: Office) -> list[Message]:
    """The first audit record whose hash or link does not hold; empty when the chain is whole."""
    expected_prev = ""
    with office.reading() as session:
        after_id = 0
        while True:
            rows = session.execute(
                select(*ENTRY_COLUMNS, AuditEntry.prev_hash, AuditEntry.hash)
                .where(AuditEntry.id > after_id)
                .order_by(AuditEntry.id)
                .limit(CHAIN_BATCH)
            ).all()
            if not rows:
                return []
            for row in rows:
                params = {"id": row.id, "at": utc_text(row.at)[:19], "actor": row.actor}
                if row.prev_hash != expected_prev:
                    return [Message(UNLINKED, params=params)]
                digest = entry_hash(
                    row.prev_hash,
                    row.id,
                    row.at,
                    row.actor,
                    row.action,
                    row.entity,
                    row.entity_id,
                    row.before,
                    row.after,
                )
                if digest != row.hash:
                    return [Message(BROKEN, params=params)]
                expected_prev = row.hash
            after_id = rows[-1].id


CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Errors",
    "This record was changed by {actor} at {at} while you were editing it. "
    "Nothing was saved: close the form, open the record again and redo your change.",
)


def version_of(session: Session, entity: str, entity_id: int) -> int:
    """The record's version: the id of the newest audit entry about it (0 if none).

    An editor keeps the version it read; `refuse_if_changed` compares it before saving,
    so two windows on one office never overwrite each other's work silently."""
    return (
        session.scalar(
            select(func.max(AuditEntry.id)).where(
                AuditEntry.entity == entity, AuditEntry.entity_id == entity_id
            )
        )
        or 0
    )


def refuse_if_changed(session: Session, entity: str, entity_id: int, seen: int | None) -> None:
    """Inside a writing transaction: refuse when someone changed the record after `seen`.

    `seen` None means the caller did not read the record first (an import, a script)."""
    if seen is None:
        return
    # The first change the editor did not see: the one that made its copy stale (a later
    # one may be the editor's own, such as a file it filed at once).
    first = session.execute(
        select(AuditEntry.actor, AuditEntry.at)
        .where(
            AuditEntry.entity == entity,
            AuditEntry.entity_id == entity_id,
            AuditEntry.id > seen,
        )
        .order_by(AuditEntry.id)
        .limit(1)
    ).first()
    if first is not None:
        # Stored as naive UTC; said in the local time of the person reading it.
        at = first.at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
        raise OfficeError(CHANGED_MEANWHILE, actor=first.actor, at=at)
