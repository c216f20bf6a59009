"""Rules of the office's single-entry books that need no database."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from .errors import QT_TRANSLATE_NOOP

STANDARD_CONTRIBUTION = "1750.00"  # euros a member administration is asked for each year


class EntryType(StrEnum):
    INCOME = "income"
    EXPENSE = "expense"


class IncomeKind(StrEnum):
    CONTRIBUTION = "contribution"
    RENT = "rent"
    DONATION = "donation"
    INTEREST = "interest"
    OTHER = "other"


class PaymentMethod(StrEnum):
    BANK = "bank"
    CASH = "cash"


class ContributionStatus(StrEnum):
    PAID = "paid"
    PARTIAL = "partial"
    NOT_PAID = "not paid"


INCOME_KIND_LABELS = {
    IncomeKind.CONTRIBUTION: QT_TRANSLATE_NOOP("Books", "Member contribution"),
    IncomeKind.RENT: QT_TRANSLATE_NOOP("Books", "Rent of premises"),
    IncomeKind.DONATION: QT_TRANSLATE_NOOP("Books", "Donation"),
    IncomeKind.INTEREST: QT_TRANSLATE_NOOP("Books", "Bank interest"),
    IncomeKind.OTHER: QT_TRANSLATE_NOOP("Books", "Other income"),
}


def contribution_status(due: Decimal, paid: Decimal) -> ContributionStatus:
    """Paid in full, partly, or not at all, from what was due and what came in."""
    if paid <= 0:
        return ContributionStatus.NOT_PAID
    if paid < due:
        return ContributionStatus.PARTIAL
    return ContributionStatus.PAID
