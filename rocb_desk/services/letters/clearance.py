"""Which letters the acting account may see: the one place the clearance rule becomes SQL.

A letter above the account's clearance (domain/access.py) is not refused with a message
that would confirm it exists: every list, search, count, export and link leaves it out,
and loading it by id or reference answers as for a letter that does not exist. While the
office needs no login (`office.readable()` is None) nothing is filtered.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, exists, or_
from sqlalchemy.orm import Session

from ...db.models import Letter, LetterAttachment
from ..office import Office


def readable_condition(office: Office, letter=Letter) -> ColumnElement[bool] | None:  # noqa: ANN001 - the model or an alias of it
    """The SQL condition on `letter` (the model or an alias) for the letters the account
    may see; None where every letter is visible."""
    levels = office.readable()
    if levels is None:
        return None
    return letter.restriction.in_(levels)


def readable_where(office: Office, letter=Letter) -> tuple[ColumnElement[bool], ...]:  # noqa: ANN001
    """The same condition as a tuple for `.where(*...)`: empty where everything is visible."""
    condition = readable_condition(office, letter)
    return () if condition is None else (condition,)


def may_read(office: Office, letter: Letter | None) -> bool:
    """Whether a loaded letter is one the account may see (False for None)."""
    if letter is None:
        return False
    levels = office.readable()
    return levels is None or letter.restriction in levels


def readable_letter(session: Session, office: Office, letter_id: int | None) -> Letter | None:
    """The letter with this id, or None if there is none or the account may not see it."""
    if letter_id is None:
        return None
    letter = session.get(Letter, letter_id)
    return letter if may_read(office, letter) else None


def readable_attachment_condition(office: Office, attachment_id) -> ColumnElement[bool] | None:  # noqa: ANN001 - a column of attachment ids
    """The SQL condition for files the account may come upon in the archive: a file filed
    only with letters above its clearance is theirs (a file also filed with a letter it
    may see is seen there anyway); None where everything is visible."""
    condition = readable_condition(office)
    if condition is None:
        return None
    filed = LetterAttachment.attachment_id == attachment_id
    hidden = exists().where(filed, LetterAttachment.letter_id == Letter.id, ~condition)
    seen = exists().where(filed, LetterAttachment.letter_id == Letter.id, condition)
    return or_(~hidden, seen)
