"""The seal of one audit entry: a SHA-256 over its content and the previous entry's seal.

Pure, so that the service that appends entries, the check that walks them and the
migration that sealed the entries written before the chain existed agree byte for byte.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime


def utc_text(at: datetime) -> str:
    """A timestamp as the chain reads it: naive UTC, to the microsecond."""
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds")


def entry_hash(
    prev_hash: str,
    entry_id: int,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    before: str | None,
    after: str | None,
) -> str:
    content = [prev_hash, entry_id, utc_text(at), actor, action, entity, entity_id, before, after]
    canonical = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
