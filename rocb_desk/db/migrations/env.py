"""Alembic environment: always run from the application, on its own connection."""

from __future__ import annotations

from alembic import context

from rocb_desk.db import models  # noqa: F401 - registers every table on Base.metadata
from rocb_desk.db.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
