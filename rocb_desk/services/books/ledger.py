"""Ledger entries: validated, numbered per financial year, audited, locked with their year.

The same validation serves the entry dialog, the import and the command line, so a
refusal names the same field and reason everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db.models import BudgetItem, BudgetLine, LedgerEntry, Member, Partner
from ...domain.access import Permission
from ...domain.books import EntryType, IncomeKind, PaymentMethod
from ...domain.errors import (
    QT_TRANSLATE_NOOP,
    FieldError,
    FormatError,
    Message,
    OfficeError,
    ValidationError,
)
from ...domain.fiscal import FinancialYear
from ...domain.money import parse_money
from .. import attachments, audit
from ..access import require
from ..office import Office
from .years import CLOSED, is_closed, refuse_if_closed, year_record

BAD_TYPE = QT_TRANSLATE_NOOP("Errors", "The type is income or expense, not \u201c{value}\u201d.")
BAD_ITEM = QT_TRANSLATE_NOOP(
    "Errors", "\u201c{value}\u201d is not a budget item code (1.0, 2.1 \u2026 6.0)."
)
BAD_INCOME = QT_TRANSLATE_NOOP(
    "Errors",
    "\u201c{value}\u201d is not a kind of income (contribution, rent, donation, interest, other).",
)
BAD_DATE = QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not a date; write it as 2021-03-31.")
ZERO_AMOUNT = QT_TRANSLATE_NOOP("Errors", "The amount must be more than zero.")
UNKNOWN_MEMBER = QT_TRANSLATE_NOOP(
    "Errors",
    "\u201c{value}\u201d is not a member administration of the Directory (name or ISO code).",
)
NEEDS_MEMBER = QT_TRANSLATE_NOOP(
    "Errors", "A contribution needs the member administration that paid it."
)
DUPLICATE_VOUCHER = QT_TRANSLATE_NOOP(
    "Errors", "The voucher number {value} is already used in {year}."
)
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "This is longer than {limit} characters.")
VOUCHER_CHARS = 40  # LedgerEntry.voucher
COUNTERPARTY_CHARS = 200  # LedgerEntry.counterparty_text
BAD_METHOD = QT_TRANSLATE_NOOP(
    "Errors", "The payment method is bank or cash, not \u201c{value}\u201d."
)
REQUIRED = QT_TRANSLATE_NOOP("Errors", "This field is required.")
NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The record no longer exists; it may have been removed.")


@dataclass(frozen=True)
class CheckedEntry:
    """An entry that passed validation, ready to be written."""

    entry_date: date
    kind: EntryType
    item_id: int | None
    income_kind: str | None
    amount: Decimal
    description: str
    member_id: int | None
    partner_id: int | None
    counterparty_text: str
    voucher: str
    method: str

    @property
    def year(self) -> FinancialYear:
        return FinancialYear.of(self.entry_date)

    def columns(self) -> dict[str, Any]:
        values = {k: getattr(self, k) for k in self.__dataclass_fields__}
        values["kind"] = self.kind.value
        return values


class Lookups:
    """The item codes, members and partners an entry may name, read once per validation run."""

    def __init__(self, session: Session) -> None:
        self.items = {
            code: item_id
            for item_id, code in session.execute(select(BudgetItem.id, BudgetItem.code))
        }
        self.members: dict[str, int] = {}
        for member_id, iso, name_en, name_ru in session.execute(
            select(Member.id, Member.iso, Member.name_en, Member.name_ru)
        ):
            for key in (iso, name_en, name_ru):
                if key:
                    self.members[key.casefold()] = member_id
        self.partners: dict[str, int] = {}
        for partner_id, short, name_en in session.execute(
            select(Partner.id, Partner.short, Partner.name_en)
        ):
            for key in (short, name_en):
                if key:
                    self.partners[key.casefold()] = partner_id


def _text(values: dict[str, Any], name: str) -> str:
    value = values.get(name)
    return "" if value is None else str(value).strip()


def check_entry(
    session: Session, values: dict[str, Any], lookups: Lookups, *, row: int | None = None
) -> tuple[CheckedEntry | None, list[FieldError]]:
    """Validate one entry given as form or file values; never writes."""
    errors: list[FieldError] = []

    def refuse(field_name: str, text: str, **params: object) -> None:
        errors.append(FieldError(field_name, Message(text, params=dict(params)), row))

    entry_date = values.get("date")
    if isinstance(entry_date, str):
        try:
            entry_date = date.fromisoformat(entry_date.strip())
        except ValueError:
            refuse("date", BAD_DATE, value=entry_date)
            entry_date = None
    elif entry_date is None or entry_date == "":
        refuse("date", REQUIRED)
    elif not isinstance(entry_date, date):
        refuse("date", BAD_DATE, value=entry_date)
        entry_date = None
    if isinstance(entry_date, date) and is_closed(session, FinancialYear.of(entry_date)):
        refuse("date", CLOSED, year=FinancialYear.of(entry_date).name)

    kind_text = _text(values, "type").lower()
    kind = EntryType(kind_text) if kind_text in EntryType._value2member_map_ else None
    if kind is None:
        refuse("type", BAD_TYPE, value=kind_text)

    code = _text(values, "code")
    item_id = income_kind = None
    if kind is EntryType.EXPENSE:
        item_id = lookups.items.get(code)
        if item_id is None:
            refuse("code", BAD_ITEM, value=code)
    elif kind is EntryType.INCOME:
        income_kind = code.lower() or IncomeKind.CONTRIBUTION.value
        if income_kind not in IncomeKind._value2member_map_:
            refuse("code", BAD_INCOME, value=code)

    amount = None
    raw_amount = values.get("amount")
    if raw_amount is None or str(raw_amount).strip() == "":
        refuse("amount", REQUIRED)
    else:
        try:
            amount = parse_money(raw_amount if isinstance(raw_amount, Decimal) else str(raw_amount))
        except FormatError as error:
            errors.append(FieldError("amount", error.message, row))
        else:
            if amount <= 0:
                refuse("amount", ZERO_AMOUNT)

    counterparty = _text(values, "counterparty")
    member_id = partner_id = None
    if counterparty:
        member_id = lookups.members.get(counterparty.casefold())
        if member_id is None:
            partner_id = lookups.partners.get(counterparty.casefold())
    if income_kind == IncomeKind.CONTRIBUTION.value:
        if not counterparty:
            refuse("counterparty", NEEDS_MEMBER)
        elif member_id is None:
            refuse("counterparty", UNKNOWN_MEMBER, value=counterparty)

    method = _text(values, "method").lower() or PaymentMethod.BANK.value
    if method not in PaymentMethod._value2member_map_:
        refuse("method", BAD_METHOD, value=method)
    # The columns' sizes: SQLite would store longer text, a server refuses it at commit.
    for field_name, limit in (("reference", VOUCHER_CHARS), ("counterparty", COUNTERPARTY_CHARS)):
        if len(_text(values, field_name)) > limit:
            refuse(field_name, TOO_LONG, limit=limit)

    if errors:
        return None, errors
    assert isinstance(entry_date, date) and kind is not None and amount is not None
    return (
        CheckedEntry(
            entry_date=entry_date,
            kind=kind,
            item_id=item_id,
            income_kind=income_kind,
            amount=amount,
            description=_text(values, "description"),
            member_id=member_id,
            partner_id=partner_id,
            counterparty_text="" if (member_id or partner_id) else counterparty,
            voucher=_text(values, "reference"),
            method=method,
        ),
        [],
    )


def next_voucher(session: Session, year: FinancialYear) -> str:
    """One past the highest numeric voucher of the year; hand-written ones are left alone."""
    vouchers = session.scalars(
        select(LedgerEntry.voucher).where(LedgerEntry.fy_start == year.start_year)
    )
    numbers = [int(v) for v in vouchers if v.isdigit()]
    return str(max(numbers, default=0) + 1)


def voucher_taken(
    session: Session, year: FinancialYear, voucher: str, entry_id: int | None
) -> bool:
    query = (
        select(func.count())
        .select_from(LedgerEntry)
        .where(LedgerEntry.fy_start == year.start_year, LedgerEntry.voucher == voucher)
    )
    if entry_id is not None:
        query = query.where(LedgerEntry.id != entry_id)
    return bool(session.scalar(query))


def write_entries(
    office: Office, entries: list[CheckedEntry], *, action: str = "create"
) -> list[int]:
    """Write checked entries in one transaction, numbering vouchers left empty."""
    with office.transaction(Permission.BOOKS) as session:
        return insert_entries(session, office.actor, entries, action=action)


def insert_entries(
    session: Session, actor: str, entries: list[CheckedEntry], *, action: str = "create"
) -> list[int]:
    """Write checked entries inside the caller's transaction (which may write more)."""
    ids: list[int] = []
    taken: dict[int, set[str]] = {}
    numbers: dict[int, int] = {}  # the next voucher per year, read once, not per entry
    # Numbers written by hand in this batch are not handed out to the others.
    reserved = {(e.year.start_year, e.voucher) for e in entries if e.voucher}
    for entry in entries:
        year = entry.year
        columns = entry.columns()
        if year.start_year not in numbers:
            refuse_if_closed(session, year)
            year_record(session, year)
            numbers[year.start_year] = int(next_voucher(session, year))
        if not columns["voucher"]:
            while (year.start_year, str(numbers[year.start_year])) in reserved:
                numbers[year.start_year] += 1
            columns["voucher"] = str(numbers[year.start_year])
            numbers[year.start_year] += 1
        seen = taken.setdefault(year.start_year, set())
        if columns["voucher"] in seen or voucher_taken(session, year, columns["voucher"], None):
            raise ValidationError(
                [
                    FieldError(
                        "reference",
                        Message(
                            DUPLICATE_VOUCHER,
                            params={"value": columns["voucher"], "year": year.name},
                        ),
                    )
                ]
            )
        seen.add(columns["voucher"])
        record = LedgerEntry(fy_start=year.start_year, **columns)
        session.add(record)
        session.flush()
        audit.record(
            session,
            actor,
            action,
            "ledger_entry",
            record.id,
            after=columns | {"fy_start": year.start_year},
        )
        ids.append(record.id)
    return ids


def post(office: Office, values: dict[str, Any]) -> tuple[int, list[Message]]:
    """Post one entry; returns its id and warnings (an item taken over its budget)."""
    with office.reading() as session:
        checked, errors = check_entry(session, values, Lookups(session))
    if errors:
        raise ValidationError(errors)
    assert checked is not None
    (entry_id,) = write_entries(office, [checked])
    return entry_id, over_budget_warnings(office, checked)


def over_budget_warnings(office: Office, entry: CheckedEntry) -> list[Message]:
    if entry.item_id is None:
        return []
    with office.reading() as session:
        planned = session.scalar(
            select(BudgetLine.planned).where(
                BudgetLine.fy_start == entry.year.start_year, BudgetLine.item_id == entry.item_id
            )
        )
        if planned is None:
            return []
        spent = session.scalar(
            select(func.sum(LedgerEntry.amount)).where(
                LedgerEntry.fy_start == entry.year.start_year, LedgerEntry.item_id == entry.item_id
            )
        ) or Decimal(0)
        code = session.scalar(select(BudgetItem.code).where(BudgetItem.id == entry.item_id))
    if spent > planned:
        return [
            Message(
                QT_TRANSLATE_NOOP(
                    "Books", "Item {code} is now {over} over its budget of {planned} for {year}."
                ),
                "Books",
                {
                    "code": code,
                    "over": spent - planned,
                    "planned": planned,
                    "year": entry.year.name,
                },
            )
        ]
    return []


def delete_entry(office: Office, entry_id: int, version: int | None = None) -> None:
    """Delete an entry; with the `version` shown, refused if changed since (audit)."""
    with office.transaction(Permission.BOOKS) as session:
        record = session.get(LedgerEntry, entry_id)
        if record is None:
            raise OfficeError(NOT_FOUND)
        audit.refuse_if_changed(session, "ledger_entry", entry_id, version)
        refuse_if_closed(session, FinancialYear(record.fy_start))
        before = {c.name: getattr(record, c.name) for c in LedgerEntry.__table__.columns}
        session.delete(record)
        audit.record(session, office.actor, "delete", "ledger_entry", entry_id, before=before)


def reverse_entry(office: Office, entry_id: int, on: date) -> int:
    """Correct an entry of a closed year: the same line with the opposite sign, in an
    open year, pointing at the entry it reverses. The closed year stays as it was."""
    with office.transaction(Permission.BOOKS) as session:
        original = session.get(LedgerEntry, entry_id)
        if original is None:
            raise OfficeError(NOT_FOUND)
        year = FinancialYear.of(on)
        refuse_if_closed(session, year)
        year_record(session, year)
        columns = {
            c.name: getattr(original, c.name)
            for c in LedgerEntry.__table__.columns
            if c.name not in ("id", "created_at")
        }
        columns.update(
            fy_start=year.start_year,
            entry_date=on,
            amount=-original.amount,
            voucher=next_voucher(session, year),
            reversal_of_id=original.id,
            description=f"Reversal of {FinancialYear(original.fy_start).name}/{original.voucher}: "
            f"{original.description}".rstrip(": "),
        )
        record = LedgerEntry(**columns)
        session.add(record)
        session.flush()
        audit.record(session, office.actor, "reverse", "ledger_entry", record.id, after=columns)
        return record.id


def entry_count(office: Office, year: FinancialYear | None = None) -> int:
    with office.reading() as session:
        query = select(func.count()).select_from(LedgerEntry)
        if year is not None:
            query = query.where(LedgerEntry.fy_start == year.start_year)
        return session.scalar(query) or 0


def entry_values(office: Office, entry_id: int) -> dict[str, Any]:
    """An entry as the entry dialog shows it: the same keys as the import columns."""
    with office.reading() as session:
        record = session.get(LedgerEntry, entry_id)
        if record is None:
            raise OfficeError(NOT_FOUND)
        member = session.get(Member, record.member_id) if record.member_id else None
        partner = session.get(Partner, record.partner_id) if record.partner_id else None
        counterparty = (member.name_en if member else None) or (
            partner.short or partner.name_en if partner else None
        )
        return {
            "date": record.entry_date,
            "type": record.kind,
            "code": record.item.code if record.item else record.income_kind,
            "amount": record.amount,
            "description": record.description,
            "counterparty": counterparty or record.counterparty_text,
            "reference": record.voucher,
            "method": record.method,
            # What the editor read: its save is refused if someone changed the entry since.
            "version": audit.version_of(session, "ledger_entry", entry_id),
        }


def update_entry(office: Office, entry_id: int, values: dict[str, Any]) -> list[Message]:
    """Change an entry of an open year; returns over-budget warnings like `post`."""
    with office.reading() as session:
        checked, errors = check_entry(session, values, Lookups(session))
    if errors:
        raise ValidationError(errors)
    assert checked is not None
    with office.transaction(Permission.BOOKS) as session:
        record = session.get(LedgerEntry, entry_id)
        if record is None:
            raise OfficeError(NOT_FOUND)
        audit.refuse_if_changed(session, "ledger_entry", entry_id, values.get("version"))
        refuse_if_closed(session, FinancialYear(record.fy_start))
        year = checked.year
        year_record(session, year)
        columns = checked.columns()
        columns["voucher"] = columns["voucher"] or record.voucher
        if voucher_taken(session, year, columns["voucher"], entry_id):
            raise ValidationError(
                [
                    FieldError(
                        "reference",
                        Message(
                            DUPLICATE_VOUCHER,
                            params={"value": columns["voucher"], "year": year.name},
                        ),
                    )
                ]
            )
        before = {c.name: getattr(record, c.name) for c in LedgerEntry.__table__.columns}
        for name, value in columns.items():
            setattr(record, name, value)
        record.fy_start = year.start_year
        audit.record(
            session, office.actor, "update", "ledger_entry", entry_id, before=before, after=columns
        )
    return over_budget_warnings(office, checked)


def attach_receipt(office: Office, entry_id: int, source: Path) -> None:
    """Keep a scan of the entry's receipt: copied and hashed first, then recorded; a copy
    whose record is refused is taken back out."""
    require(office, Permission.BOOKS)  # before a byte of the file enters the archive
    stored = attachments.copy_in(office, source)
    try:
        _record_receipt(office, entry_id, stored)
    except BaseException:
        attachments.remove_unrecorded(office, [stored])
        raise


def _record_receipt(office: Office, entry_id: int, stored: attachments.StoredFile) -> None:
    with office.transaction(Permission.BOOKS) as session:
        record = session.get(LedgerEntry, entry_id)
        if record is None:
            raise OfficeError(NOT_FOUND)
        refuse_if_closed(session, FinancialYear(record.fy_start))
        before = {"receipt_id": record.receipt_id}
        record.receipt_id = attachments.record(session, stored)
        audit.record(
            session,
            office.actor,
            "receipt",
            "ledger_entry",
            entry_id,
            before=before,
            after={
                "receipt_id": record.receipt_id,
                "file": stored.original_name,
                "sha256": stored.sha256,
            },
        )


def receipt_of(office: Office, entry_id: int) -> tuple[Path, str] | None:
    with office.reading() as session:
        record = session.get(LedgerEntry, entry_id)
        receipt = record.receipt_id if record is not None else None
    return attachments.path_of(office, receipt) if receipt is not None else None
