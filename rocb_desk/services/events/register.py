"""The register of events: saved whole with their roles and links, audited, deleted with care.

An event's costs are ledger entries that point at it. Deleting the event keeps them
(they are the books), only unlinked; and an event whose costs sit in a closed year
cannot lose them, so it cannot be deleted.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ...db.models import (
    Activity,
    ActivityEvent,
    Attachment,
    BudgetItem,
    Event,
    EventBeneficiary,
    EventDocument,
    EventExpert,
    EventPartner,
    EventRole,
    Expert,
    LedgerEntry,
    Member,
    Partner,
    RoomBooking,
)
from ...domain.access import Permission
from ...domain.books import EntryType
from ...domain.errors import QT_TRANSLATE_NOOP, FieldError, Message, OfficeError, ValidationError
from ...domain.events import (
    NEEDS_TITLE,
    EventKind,
    Modality,
    OfficeRole,
    check_count,
    check_dates,
)
from ...domain.fiscal import FinancialYear
from .. import access, attachments, audit
from ..books.years import is_closed, refuse_if_closed
from ..office import Office

NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The event no longer exists; it may have been removed.")
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "This is longer than {limit} characters.")
GONE = QT_TRANSLATE_NOOP("Errors", "A chosen record no longer exists; it may have been removed.")
# The columns' sizes: PostgreSQL refuses longer text, so the form refuses it first.
LENGTHS = {"title_en": 400, "title_ru": 400, "venue": 200, "city": 100, "country": 100}
BAD_CHOICE = QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not one of the choices.")
NOT_AN_EXPENSE = QT_TRANSLATE_NOOP(
    "Errors", "Only an expense of the books can be a cost of an event."
)
COSTS_IN_CLOSED_YEAR = QT_TRANSLATE_NOOP(
    "Errors",
    "The event has costs in the closed financial year {year}; it cannot be deleted.",
)
ENTRY_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Errors", "The entry no longer exists; it may have been removed."
)


@dataclass
class EventForm:
    """An event as the editor shows it and the services save it."""

    title_en: str = ""
    title_ru: str = ""
    kind: str = EventKind.MEETING.value
    modality: str = Modality.ONLINE.value
    venue: str = ""
    city: str = ""
    country: str = ""
    start_date: date = field(default_factory=date.today)
    end_date: date = field(default_factory=date.today)
    roles: set[str] = field(default_factory=set)
    partner_ids: set[int] = field(default_factory=set)
    beneficiary_ids: set[int] = field(default_factory=set)
    expert_ids: set[int] = field(default_factory=set)
    # The work-plan activities the event is evidence of.
    activity_ids: set[int] = field(default_factory=set)
    delivered_by_wco: bool = False
    participants: int | None = None
    countries: int | None = None
    narrative_en: str = ""
    narrative_ru: str = ""
    # The version read (audit.version_of): a save is refused if the event changed since.
    version: int | None = field(default=None, compare=False)

    def audit_values(self) -> dict[str, object]:
        values = asdict(self)
        values.pop("version")
        for name in ("roles", "partner_ids", "beneficiary_ids", "expert_ids", "activity_ids"):
            values[name] = sorted(values[name])
        return values


SCALARS = (
    "title_en",
    "title_ru",
    "kind",
    "modality",
    "venue",
    "city",
    "country",
    "start_date",
    "end_date",
    "delivered_by_wco",
    "participants",
    "countries",
    "narrative_en",
    "narrative_ru",
)
# The form's sets of linked records: form field, link table, its column, the record linked.
LINKS = (
    ("partner_ids", EventPartner, "partner_id", Partner),
    ("beneficiary_ids", EventBeneficiary, "member_id", Member),
    ("expert_ids", EventExpert, "expert_id", Expert),
    ("activity_ids", ActivityEvent, "activity_id", Activity),
)


def check_event(form: EventForm) -> list[FieldError]:
    """Every refusal of the form at once, each at its field."""
    form.title_en, form.title_ru = form.title_en.strip(), form.title_ru.strip()
    errors: list[FieldError] = []
    if not form.title_en and not form.title_ru:
        errors.append(FieldError("title_en", Message(NEEDS_TITLE)))
    if form.kind not in {k.value for k in EventKind}:
        errors.append(FieldError("kind", Message(BAD_CHOICE, params={"value": form.kind})))
    if form.modality not in {m.value for m in Modality}:
        errors.append(FieldError("modality", Message(BAD_CHOICE, params={"value": form.modality})))
    for role in sorted(form.roles - {r.value for r in OfficeRole}):
        errors.append(FieldError("roles", Message(BAD_CHOICE, params={"value": role})))
    errors += check_dates(form.start_date, form.end_date)
    errors += check_count(form.participants, "participants")
    errors += check_count(form.countries, "countries")
    for name, limit in LENGTHS.items():
        if len(getattr(form, name).strip()) > limit:
            errors.append(FieldError(name, Message(TOO_LONG, params={"limit": limit})))
    return errors


def _check_links(session: Session, form: EventForm) -> list[FieldError]:
    """Linked records that another desk removed meanwhile are refused, not a crash."""
    errors = []
    for name, _link, _column, target in LINKS:
        wanted = getattr(form, name)
        if wanted:
            found = set(session.scalars(select(target.id).where(target.id.in_(wanted))))
            if found != wanted:
                errors.append(FieldError(name, Message(GONE)))
    return errors


def _write(session: Session, event: Event, form: EventForm) -> None:
    for name in SCALARS:
        value = getattr(form, name)
        setattr(event, name, value.strip() if isinstance(value, str) else value)
    session.flush()
    session.execute(delete(EventRole).where(EventRole.event_id == event.id))
    for role in sorted(form.roles):
        session.add(EventRole(event_id=event.id, role=role))
    for name, model, column, _target in LINKS:
        session.execute(delete(model).where(model.event_id == event.id))
        for linked_id in sorted(getattr(form, name)):
            session.add(model(event_id=event.id, **{column: linked_id}))


def save_event(office: Office, form: EventForm, event_id: int | None = None) -> int:
    """Create (no `event_id`) or update an event; refused whole on any bad field."""
    errors = check_event(form)
    if errors:
        raise ValidationError(errors)
    with office.transaction() as session:
        errors = _check_links(session, form)
        if errors:
            raise ValidationError(errors)
        if event_id is None:
            event = Event()
            session.add(event)
            before = None
        else:
            event = session.get(Event, event_id)
            if event is None:
                raise OfficeError(NOT_FOUND)
            audit.refuse_if_changed(session, "event", event_id, form.version)
            before = _read(session, event).audit_values()
        _write(session, event, form)
        audit.record(
            session,
            office.actor,
            "create" if before is None else "update",
            "event",
            event.id,
            before=before,
            after=form.audit_values(),
        )
        return event.id


def _read(session: Session, event: Event) -> EventForm:
    form = EventForm(**{name: getattr(event, name) for name in SCALARS})
    form.roles = set(session.scalars(select(EventRole.role).where(EventRole.event_id == event.id)))
    for name, model, column, _target in LINKS:
        linked = select(getattr(model, column)).where(model.event_id == event.id)
        setattr(form, name, set(session.scalars(linked)))
    return form


def load_event(office: Office, event_id: int) -> EventForm:
    with office.reading() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise OfficeError(NOT_FOUND)
        form = _read(session, event)
        form.version = audit.version_of(session, "event", event_id)
        return form


def delete_event(office: Office, event_id: int, version: int | None = None) -> int:
    """Delete an event; its costs stay in the books, unlinked, and its room bookings go.
    With the `version` shown, refused if the event changed since.

    Returns how many ledger entries were unlinked."""
    with office.transaction() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise OfficeError(NOT_FOUND)
        audit.refuse_if_changed(session, "event", event_id, version)
        entries = session.scalars(select(LedgerEntry).where(LedgerEntry.event_id == event_id)).all()
        if entries:  # unlinking its costs changes records of the books
            access.require(office, Permission.BOOKS)
        for start_year in sorted({entry.fy_start for entry in entries}):
            if is_closed(session, FinancialYear(start_year)):
                raise OfficeError(COSTS_IN_CLOSED_YEAR, year=FinancialYear(start_year).name)
        before = _read(session, event).audit_values()
        for entry in entries:  # each change to the books in the audit trail
            entry.event_id = None
            audit.record(
                session,
                office.actor,
                "update",
                "ledger_entry",
                entry.id,
                {"event_id": event_id},
                {"event_id": None},
            )
        for booking in session.scalars(
            select(RoomBooking).where(RoomBooking.event_id == event_id)
        ).all():
            audit.record(
                session,
                office.actor,
                "delete",
                "room_booking",
                booking.id,
                {"room_id": booking.room_id, "starts_at": booking.starts_at, "event_id": event_id},
            )
            session.delete(booking)
        session.flush()
        session.delete(event)
        audit.record(session, office.actor, "delete", "event", event_id, before=before)
        return len(entries)


# --- costs: ledger entries linked to the event -------------------------------------------


@dataclass(frozen=True)
class CostLine:
    entry_id: int
    entry_date: date
    voucher: str
    item_code: str
    description: str
    amount: Decimal


def _cost_query():  # noqa: ANN202 - a Select
    return (
        select(
            LedgerEntry.id,
            LedgerEntry.entry_date,
            LedgerEntry.voucher,
            BudgetItem.code,
            LedgerEntry.description,
            LedgerEntry.amount,
        )
        .join(BudgetItem, BudgetItem.id == LedgerEntry.item_id)
        .where(LedgerEntry.kind == EntryType.EXPENSE.value)
        .order_by(LedgerEntry.entry_date, LedgerEntry.id)
    )


def costs(office: Office, event_id: int) -> list[CostLine]:
    with office.reading() as session:
        rows = session.execute(_cost_query().where(LedgerEntry.event_id == event_id)).all()
    return [CostLine(*row) for row in rows]


def cost_total(office: Office, event_id: int) -> Decimal:
    with office.reading() as session:
        total = session.scalar(
            select(func.sum(LedgerEntry.amount)).where(
                LedgerEntry.event_id == event_id, LedgerEntry.kind == EntryType.EXPENSE.value
            )
        )
    return total or Decimal("0.00")


def cost_candidates(office: Office, event_id: int) -> list[CostLine]:
    """Expenses not yet linked to any event, from the event's financial year and the
    next (an invoice paid in April for a March event), in years still open."""
    with office.reading() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise OfficeError(NOT_FOUND)
        year = FinancialYear.of(event.start_date)
        years = [
            y.start_year
            for y in (year, FinancialYear(year.start_year + 1))
            if not is_closed(session, y)
        ]
        rows = session.execute(
            _cost_query().where(LedgerEntry.event_id.is_(None), LedgerEntry.fy_start.in_(years))
        ).all()
    return [CostLine(*row) for row in rows]


def _set_entries_event(office: Office, entry_ids: list[int], event_id: int | None) -> None:
    """Link (or unlink) several entries in one transaction: all of them, or none.
    The entries are records of the books, so this is the bookkeeper's work."""
    with office.transaction(Permission.BOOKS) as session:
        if event_id is not None and session.get(Event, event_id) is None:
            raise OfficeError(NOT_FOUND)
        for entry_id in entry_ids:
            entry = session.get(LedgerEntry, entry_id)
            if entry is None:
                raise OfficeError(ENTRY_NOT_FOUND)
            if event_id is not None and entry.kind != EntryType.EXPENSE.value:
                raise OfficeError(NOT_AN_EXPENSE)
            refuse_if_closed(session, FinancialYear(entry.fy_start))
            before = {"event_id": entry.event_id}
            entry.event_id = event_id
            audit.record(
                session,
                office.actor,
                "update",
                "ledger_entry",
                entry_id,
                before,
                {"event_id": event_id},
            )


def link_cost(office: Office, event_id: int, entry_id: int) -> None:
    _set_entries_event(office, [entry_id], event_id)


def link_costs(office: Office, event_id: int, entry_ids: list[int]) -> None:
    _set_entries_event(office, entry_ids, event_id)


def unlink_cost(office: Office, entry_id: int) -> None:
    _set_entries_event(office, [entry_id], None)


def unlink_costs(office: Office, entry_ids: list[int]) -> None:
    _set_entries_event(office, entry_ids, None)


# --- documents: agenda, presentations, final report ----------------------------------------


@dataclass(frozen=True)
class EventFile:
    attachment_id: int
    name: str
    label: str
    size: int


def attach_document(office: Office, event_id: int, source: Path, label: str = "") -> int:
    """Keep a copy of `source` with the event; the source file is left where it was."""
    return attach_documents(office, event_id, [source], label)[0]


def attach_documents(
    office: Office, event_id: int, sources: list[Path], label: str = ""
) -> list[int]:
    """Keep copies of several files with the event, all recorded in one transaction;
    files copied in for a transaction that then fails are taken back out."""
    access.require(office, Permission.EDIT)  # before a byte of the files enters the archive
    stored: list[attachments.StoredFile] = []
    try:
        for source in sources:  # on disk first, flushed and hashed
            stored.append(attachments.copy_in(office, source))
        return _record_documents(office, event_id, stored, label)
    except BaseException:
        attachments.remove_unrecorded(office, stored)
        raise


def _record_documents(
    office: Office, event_id: int, stored: list[attachments.StoredFile], label: str
) -> list[int]:
    ids = []
    with office.transaction() as session:
        if session.get(Event, event_id) is None:
            raise OfficeError(NOT_FOUND)
        for item in stored:
            attachment_id = attachments.record(session, item)
            link = session.get(EventDocument, (event_id, attachment_id))
            if link is None:
                session.add(
                    EventDocument(event_id=event_id, attachment_id=attachment_id, label=label)
                )
            else:
                link.label = label or link.label
            audit.record(
                session,
                office.actor,
                "attach",
                "event",
                event_id,
                after={"file": item.original_name, "sha256": item.sha256, "label": label},
            )
            ids.append(attachment_id)
    return ids


def documents(office: Office, event_id: int) -> list[EventFile]:
    with office.reading() as session:
        rows = session.execute(
            select(Attachment.id, Attachment.original_name, EventDocument.label, Attachment.size)
            .join(EventDocument, EventDocument.attachment_id == Attachment.id)
            .where(EventDocument.event_id == event_id)
            .order_by(Attachment.original_name)
        ).all()
    return [EventFile(*row) for row in rows]


def remove_document(office: Office, event_id: int, attachment_id: int) -> None:
    """Unlink a document from the event; the stored file stays (another record may use it)."""
    with office.transaction() as session:
        link = session.get(EventDocument, (event_id, attachment_id))
        if link is None:
            return
        session.delete(link)
        audit.record(
            session, office.actor, "detach", "event", event_id, before={"attachment": attachment_id}
        )
