"""The budget classification and the settings of each financial year, as the office edits them."""

from __future__ import annotations

import re
from decimal import Decimal

from sqlalchemy import select

from ...db.models import BudgetChapter, BudgetItem
from ...domain.access import Permission
from ...domain.errors import QT_TRANSLATE_NOOP, FieldError, Message, ValidationError
from ...domain.fiscal import FinancialYear
from .. import audit
from ..office import Office
from .years import refuse_if_closed, year_record

REQUIRED = QT_TRANSLATE_NOOP("Errors", "This field is required.")
BAD_CODE = QT_TRANSLATE_NOOP(
    "Errors", "An item of chapter {chapter} is numbered {chapter}.N, for example {chapter}.7."
)
CODE_TAKEN = QT_TRANSLATE_NOOP("Errors", "The item {value} already exists.")
NO_CHAPTER = QT_TRANSLATE_NOOP("Errors", "Choose the chapter of the item.")
BAD_COUNT = QT_TRANSLATE_NOOP("Errors", "The number of contributing members is between 0 and 60.")
BAD_STANDARD = QT_TRANSLATE_NOOP("Errors", "The standard contribution must be more than zero.")


def add_item(
    office: Office, chapter_number: int | None, code: str, name_en: str, name_ru: str
) -> int:
    """A new budget item under its chapter, numbered chapter.N; refusals name the field."""
    code, name_en, name_ru = code.strip(), name_en.strip(), name_ru.strip()
    with office.transaction(Permission.BOOKS) as session:
        chapter = session.scalar(
            select(BudgetChapter).where(BudgetChapter.number == chapter_number)
        )
        errors: list[FieldError] = []
        if chapter is None:
            errors.append(FieldError("chapter", Message(NO_CHAPTER)))
        elif not re.fullmatch(rf"{chapter.number}\.\d+", code):
            errors.append(FieldError("code", Message(BAD_CODE, params={"chapter": chapter.number})))
        elif session.scalar(select(BudgetItem.id).where(BudgetItem.code == code)) is not None:
            errors.append(FieldError("code", Message(CODE_TAKEN, params={"value": code})))
        if not name_en:
            errors.append(FieldError("name_en", Message(REQUIRED)))
        if errors:
            raise ValidationError(errors)
        assert chapter is not None
        item = BudgetItem(code=code, chapter_id=chapter.id, name_en=name_en, name_ru=name_ru)
        session.add(item)
        session.flush()
        audit.record(
            session,
            office.actor,
            "create",
            "budget_item",
            item.id,
            after={"code": code, "name_en": name_en, "name_ru": name_ru},
        )
        return item.id


def set_year_figures(
    office: Office,
    year: FinancialYear,
    *,
    standard_contribution: Decimal | None = None,
    contributing_members: int | None = None,
) -> None:
    """The standard contribution of a year, and for a year kept before the books were
    here, the number of members that contributed (a figure, not invented entries).

    `contributing_members` None means the year is kept in these books: its count then
    comes from the contribution entries.
    """
    errors: list[FieldError] = []
    if standard_contribution is not None and standard_contribution <= 0:
        errors.append(FieldError("standard_contribution", Message(BAD_STANDARD)))
    if contributing_members is not None and not 0 <= contributing_members <= 60:
        errors.append(FieldError("contributing_members", Message(BAD_COUNT)))
    if errors:
        raise ValidationError(errors)
    with office.transaction(Permission.BOOKS) as session:
        record = year_record(session, year)
        refuse_if_closed(session, year)
        before = {
            "standard_contribution": record.standard_contribution,
            "contributing_members": record.contributing_members,
        }
        if standard_contribution is not None:
            record.standard_contribution = standard_contribution
        record.contributing_members = contributing_members
        audit.record(
            session,
            office.actor,
            "settings",
            "financial_year",
            year.start_year,
            before=before,
            after={
                "standard_contribution": record.standard_contribution,
                "contributing_members": contributing_members,
            },
        )
