"""Tables every office has from its first day: settings and the audit trail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, utc_now


class OfficeSetting(Base):
    """A setting of the office itself (its name, its standard contribution...), not the user's."""

    __tablename__ = "office_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Base):
    """Who changed what, when, with the values before and after (JSON).

    Append-only (database triggers refuse an update or a delete) and chained: each
    entry's `hash` covers its own content and the previous entry's hash, so editing or
    removing any entry breaks every hash after it (services/audit_chain.py checks it).
    """

    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_entity", "entity", "entity_id"),
        # The viewer's filters by who and by action, on a trail of hundreds of thousands.
        Index("ix_audit_entry_actor", "actor", "id"),
        Index("ix_audit_entry_action", "action", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utc_now, index=True)
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(20))  # create, update, deactivate, ...
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None]
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")


class UserAccount(Base):
    """A person who may open the office: a role, a password hash (Argon2), a clearance."""

    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))  # domain.access.Role
    password_hash: Mapped[str] = mapped_column(String(200))
    # Confidential letters: the director and the administrator see them by their role;
    # anyone else only when given this clearance by name.
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(default=0)
    last_failed_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
