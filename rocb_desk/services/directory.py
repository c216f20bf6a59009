"""The Directory: list, validate, save, deactivate and export the office's address book."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import ContactPoint, Member, RtcContact
from ..domain.document import Column, Document, Table
from ..domain.errors import QT_TRANSLATE_NOOP, FieldError, Message, OfficeError, ValidationError
from ..domain.validation import (
    BAD_ISO,
    BAD_NUMBER,
    check_date_range,
    check_email,
    check_required,
    check_url,
    is_iso2,
    normalize_iso,
)
from ..i18n import translate
from . import audit
from .directory_lists import ACTIVE_LABEL, CONTEXT, LISTS, NO, YES, Kind, ListSpec
from .office import Office

DUPLICATE_ISO = QT_TRANSLATE_NOOP("Errors", "Another administration already has the code {value}.")
DUPLICATE_CODE = QT_TRANSLATE_NOOP("Errors", "Another record already has the code {value}.")
NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The record no longer exists; it may have been removed.")
REPLACED = QT_TRANSLATE_NOOP(
    "Errors", "This contact point was replaced by a successor; its history cannot change."
)
ENDED = QT_TRANSLATE_NOOP(
    "Errors", "This contact point has already ended; add the new contact point instead."
)
NO_SUCH_MEMBER = QT_TRANSLATE_NOOP("Errors", "Choose a member administration from the list.")


@dataclass(frozen=True)
class DirectoryRow:
    """One record of a list: raw values for sorting and editing, texts for showing."""

    id: int
    active: bool
    values: dict[str, Any]
    texts: dict[str, str]


def spec(key: str) -> ListSpec:
    return LISTS[key]


def member_label(member: Member, lang: str) -> str:
    return member.name_ru if lang == "ru" and member.name_ru else member.name_en


def member_choices(
    office: Office, lang: str, include_inactive: bool = False
) -> list[tuple[int, str]]:
    with office.reading() as session:
        query = select(Member)
        if not include_inactive:
            query = query.where(Member.active.is_(True))
        members = session.scalars(query).all()
    return sorted(((m.id, member_label(m, lang)) for m in members), key=lambda c: c[1].casefold())


def _is_active(list_spec: ListSpec, record: Any, today: date) -> bool:
    if list_spec.history:
        return record.valid_until is None or record.valid_until >= today
    return bool(record.active)


def _raw_values(list_spec: ListSpec, record: Any) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for field in list_spec.fields:
        if field.name == "contacts":
            values["contacts"] = "\n".join(
                "; ".join(part for part in (c.name, c.email, c.phone) if part)
                for c in record.contacts
            )
        else:
            values[field.name] = getattr(record, field.name)
    return values


def _text(list_spec: ListSpec, name: str, value: Any, members: dict[int, str], lang: str) -> str:
    field = list_spec.field(name)
    if value is None or value == "":
        return ""
    if field.kind is Kind.MEMBER:
        return members.get(value, "")
    if field.kind is Kind.BOOL:
        return translate(CONTEXT, YES if value else NO)
    if field.kind is Kind.DATE:
        return value.isoformat()
    if field.kind is Kind.LINES:
        return "; ".join(line for line in str(value).splitlines() if line.strip())
    if field.kind is Kind.CHOICE:
        labels = dict(field.choices)
        return translate(CONTEXT, labels[value]) if value in labels else str(value)
    return str(value)


def list_rows(
    office: Office, key: str, *, lang: str = "en", include_inactive: bool = False, search: str = ""
) -> list[DirectoryRow]:
    """The records of one list, in the order they are shown; the lists are small."""
    list_spec = spec(key)
    today = date.today()
    needle = search.strip().casefold()
    with office.reading() as session:
        members = {m.id: member_label(m, lang) for m in session.scalars(select(Member))}
        records = session.scalars(select(list_spec.model)).all()
        rows = []
        for record in records:
            active = _is_active(list_spec, record, today)
            if not active and not include_inactive:
                continue
            values = _raw_values(list_spec, record)
            texts = {n: _text(list_spec, n, v, members, lang) for n, v in values.items()}
            if needle and not any(needle in t.casefold() for t in texts.values()):
                continue
            rows.append(DirectoryRow(record.id, active, values, texts))
    order = list_spec.sort_field(lang)
    rows.sort(key=lambda r: (not r.active, r.texts.get(order, "").casefold()))
    return rows


def get_values(office: Office, key: str, record_id: int) -> dict[str, Any]:
    list_spec = spec(key)
    with office.reading() as session:
        record = session.get(list_spec.model, record_id)
        if record is None:
            raise OfficeError(NOT_FOUND)
        # What the editor read: its save is refused if someone changed the record since.
        version = audit.version_of(session, key, record_id)
        return _raw_values(list_spec, record) | {"version": version}


def _clean(list_spec: ListSpec, values: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for field in list_spec.fields:
        value = values.get(field.name)
        if isinstance(value, str):
            value = value.strip()
            if field.kind is Kind.ISO:
                value = normalize_iso(value)
            if field.kind is Kind.LINES:
                value = "\n".join(line.strip() for line in value.splitlines() if line.strip())
        if field.kind is Kind.BOOL:
            value = bool(value)
        cleaned[field.name] = value
    return cleaned


def _validate(
    session: Session, list_spec: ListSpec, values: dict[str, Any], record_id: int | None
) -> None:
    errors: list[FieldError] = []
    for field in list_spec.fields:
        value = values.get(field.name)
        if field.required and (problem := check_required(field.name, value)):
            errors.append(problem)
            continue
        if value in (None, ""):
            continue
        if field.kind is Kind.EMAIL and (problem := check_email(field.name, value)):
            errors.append(problem)
        elif field.kind is Kind.ISO:
            if not is_iso2(value):
                errors.append(FieldError(field.name, Message(BAD_ISO)))
            elif _taken(session, list_spec, field.name, value, record_id):
                errors.append(
                    FieldError(field.name, Message(DUPLICATE_ISO, params={"value": value}))
                )
        elif field.kind is Kind.URL and (problem := check_url(field.name, value)):
            errors.append(problem)
        elif field.kind is Kind.INT and (not isinstance(value, int) or value < 0):
            errors.append(FieldError(field.name, Message(BAD_NUMBER)))
        elif field.kind is Kind.MEMBER and session.get(Member, value) is None:
            errors.append(FieldError(field.name, Message(NO_SUCH_MEMBER)))
        elif field.kind is Kind.LINES and field.name == "contacts":
            for line in value.splitlines():
                if problem := check_email(field.name, _contact_parts(line)[1]):
                    errors.append(problem)
        elif field.name == "code" and _taken(session, list_spec, "code", value, record_id):
            errors.append(FieldError(field.name, Message(DUPLICATE_CODE, params={"value": value})))
    if list_spec.history and (
        problem := check_date_range(
            "valid_until", values.get("valid_from"), values.get("valid_until")
        )
    ):
        errors.append(problem)
    if errors:
        raise ValidationError(errors)


def _taken(
    session: Session, list_spec: ListSpec, name: str, value: str, record_id: int | None
) -> bool:
    column = getattr(list_spec.model, name)
    query = (
        select(func.count()).select_from(list_spec.model).where(func.upper(column) == value.upper())
    )
    if record_id is not None:
        query = query.where(list_spec.model.id != record_id)
    return bool(session.scalar(query))


def _contact_parts(line: str) -> tuple[str, str, str]:
    """'Name; e-mail; phone' (e-mail and phone in either order, both optional)."""
    parts = [p.strip() for p in line.split(";")]
    email = next((p for p in parts[1:] if "@" in p), "")
    phone = next((p for p in parts[1:] if p and "@" not in p), "")
    return parts[0], email, phone


def _apply(record: Any, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if name == "contacts":
            record.contacts.clear()
            for line in (value or "").splitlines():
                person, email, phone = _contact_parts(line)
                record.contacts.append(RtcContact(name=person, email=email, phone=phone))
        else:
            setattr(record, name, "" if value is None and _is_text_column(record, name) else value)


def _is_text_column(record: Any, name: str) -> bool:
    column = type(record).__table__.columns.get(name)
    return column is not None and not column.nullable and column.type.python_type is str


def save(office: Office, key: str, record_id: int | None, values: dict[str, Any]) -> int:
    """Create (record_id None) or update a record; all fields are validated first."""
    list_spec = spec(key)
    cleaned = _clean(list_spec, values)
    with office.transaction() as session:
        _validate(session, list_spec, cleaned, record_id)
        if record_id is None:
            record = list_spec.model()
            _apply(record, cleaned)
            session.add(record)
            session.flush()
            audit.record(session, office.actor, "create", key, record.id, after=cleaned)
        else:
            record = session.get(list_spec.model, record_id)
            if record is None:
                raise OfficeError(NOT_FOUND)
            audit.refuse_if_changed(session, key, record_id, values.get("version"))
            before = _raw_values(list_spec, record)
            _apply(record, cleaned)
            audit.record(
                session, office.actor, "update", key, record_id, before=before, after=cleaned
            )
        return record.id


def set_active(office: Office, key: str, record_id: int, active: bool) -> None:
    """Deactivate or reactivate; a contact point ends instead (its history stays)."""
    list_spec = spec(key)
    with office.transaction() as session:
        record = session.get(list_spec.model, record_id)
        if record is None:
            raise OfficeError(NOT_FOUND)
        if list_spec.history:
            if active and record.replaced_by_id is not None:
                raise OfficeError(REPLACED)
            before = {"valid_until": record.valid_until}
            # It ends yesterday, so it is no longer current today; never before it began.
            last_day = date.today() - timedelta(days=1)
            if record.valid_from is not None:
                last_day = max(last_day, record.valid_from)
            record.valid_until = None if active else last_day
            after = {"valid_until": record.valid_until}
        else:
            before, after = {"active": record.active}, {"active": active}
            record.active = active
        audit.record(
            session,
            office.actor,
            "activate" if active else "deactivate",
            key,
            record_id,
            before=before,
            after=after,
        )


def replace_contact_point(
    office: Office, old_id: int, values: dict[str, Any], starting: date
) -> int:
    """A new contact point takes over from `starting`; the old one ends the day before."""
    list_spec = spec("contact_points")
    cleaned = _clean(list_spec, values)
    cleaned["valid_from"] = starting
    cleaned["valid_until"] = None
    with office.transaction() as session:
        old = session.get(ContactPoint, old_id)
        if old is None:
            raise OfficeError(NOT_FOUND)
        if old.replaced_by_id is not None:
            raise OfficeError(REPLACED)
        if old.valid_until is not None and old.valid_until < date.today():
            raise OfficeError(ENDED)
        cleaned["member_id"] = old.member_id  # a successor serves the same administration
        _validate(session, list_spec, cleaned, None)
        if old.valid_from and starting <= old.valid_from:
            raise ValidationError.single(
                "valid_from",
                QT_TRANSLATE_NOOP("Errors", "The new contact point must start after {day}."),
                day=old.valid_from.isoformat(),
            )
        new = ContactPoint()
        _apply(new, cleaned)
        session.add(new)
        session.flush()
        before = {"valid_until": old.valid_until, "replaced_by_id": old.replaced_by_id}
        old.valid_until = starting - timedelta(days=1)
        old.replaced_by_id = new.id
        audit.record(session, office.actor, "create", "contact_points", new.id, after=cleaned)
        audit.record(
            session,
            office.actor,
            "replace",
            "contact_points",
            old.id,
            before=before,
            after={"valid_until": old.valid_until, "replaced_by_id": new.id},
        )
        return new.id


# Relative column widths on paper: dates and flags are short, addresses and lists long.
_WIDTHS = {
    Kind.DATE: 0.6,
    Kind.BOOL: 0.5,
    Kind.INT: 0.5,
    Kind.ISO: 0.4,
    Kind.EMAIL: 1.5,
    Kind.URL: 1.3,
    Kind.LINES: 2.0,
}

# Kinds written as real dates and numbers, so that a spreadsheet can sort and sum them.
_CELL_KINDS = {Kind.DATE: "date", Kind.INT: "int"}


def list_document(
    office: Office, key: str, *, lang: str, include_inactive: bool = False, search: str = ""
) -> Document:
    """The list as a neutral document, ready for the XLSX and DOCX writers."""
    list_spec = spec(key)
    rows = list_rows(office, key, lang=lang, include_inactive=include_inactive, search=search)
    fields = list_spec.fields  # every field: an export is the whole record, not the screen
    columns = [
        Column(
            translate(CONTEXT, f.label), _WIDTHS.get(f.kind, 1.0), _CELL_KINDS.get(f.kind, "text")
        )
        for f in fields
    ]
    table_rows = [
        tuple(
            row.values.get(f.name) if f.kind in _CELL_KINDS else row.texts.get(f.name, "")
            for f in fields
        )
        for row in rows
    ]
    if include_inactive:
        columns.append(Column(translate(CONTEXT, ACTIVE_LABEL), 0.5))
        table_rows = [
            (*cells, translate(CONTEXT, YES if row.active else NO))
            for cells, row in zip(table_rows, rows, strict=True)
        ]
    title = translate(CONTEXT, list_spec.title)
    document = Document(
        title=title,
        subtitle=translate("Directory", "ROCB Europe directory"),
        lang=lang,
        landscape=len(columns) > 5,
    )
    document.add(Table(tuple(columns), tuple(table_rows), name=title))
    return document
