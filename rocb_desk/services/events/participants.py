"""The participants of an event: kept one by one or imported from a registration list,
printed as an attendance sheet, thanked with certificates of attendance.

The office's partners report participation by sex and by country, so each participant
carries a gender and an administration, resolved to a member of the Directory where the
list names one (by ISO code or by its English or Russian name). A registration list is
imported whole or not at all: every row is checked first, and a refused file names each
bad row, its column and the reason.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ... import i18n
from ...db.models import Event, Member, Participant
from ...domain.certificates import Certificate, CertificateLabels
from ...domain.document import Column, Document, Table
from ...domain.errors import QT_TRANSLATE_NOOP, FieldError, Message, OfficeError, ValidationError
from ...domain.events import Attendance, Gender
from ...domain.validation import REQUIRED, check_email
from ...i18n import translate
from .. import audit
from ..books.ledger import Lookups
from ..office import Office
from ..tabular import PreviewRow, read_rows
from .queries import location_of, period_text, title_of
from .register import NOT_FOUND as EVENT_NOT_FOUND

NOT_FOUND = QT_TRANSLATE_NOOP(
    "Errors", "The participant no longer exists; it may have been removed."
)
BAD_GENDER = QT_TRANSLATE_NOOP(
    "Errors", "\u201c{value}\u201d is not a gender: write female or male, or leave it empty."
)
BAD_ATTENDANCE = QT_TRANSLATE_NOOP(
    "Errors",
    "\u201c{value}\u201d is not an attendance: write registered, present, absent or excused.",
)
# The same person: the same name and the same e-mail (or both without one).
DUPLICATE_ROW = QT_TRANSLATE_NOOP("Errors", "{name} is already on row {row}.")
ALREADY_REGISTERED = QT_TRANSLATE_NOOP("Errors", "{name} is already registered for this event.")
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "At most {limit} characters.")
UNKNOWN_MEMBER = QT_TRANSLATE_NOOP(
    "Errors", "The administration is no longer in the Directory; choose it again."
)

COLUMNS = ("name", "administration", "title", "email", "gender", "attendance")
REQUIRED_COLUMNS = ("name",)
# Header spellings of the lists the office receives besides the column names (lower-case).
ALIASES = {
    **dict.fromkeys(("full name", "имя", "фио", "ф.и.о.", "ф. и. о."), "name"),
    **dict.fromkeys(
        ("organization", "organisation", "администрация", "организация"), "administration"
    ),
    **dict.fromkeys(("position", "должность"), "title"),
    **dict.fromkeys(("e-mail", "эл. почта", "электронная почта"), "email"),
    **dict.fromkeys(("sex", "пол"), "gender"),
    **dict.fromkeys(("присутствие", "участие"), "attendance"),
}
GENDERS = {
    **dict.fromkeys(
        ("female", "f", "woman", "w", "ж", "жен", "женский", "женщина"), Gender.FEMALE.value
    ),
    **dict.fromkeys(("male", "m", "man", "м", "муж", "мужской", "мужчина"), Gender.MALE.value),
    "": Gender.UNSTATED.value,
}
ATTENDANCES = {
    **{a.value: a.value for a in Attendance},
    **dict.fromkeys(("зарегистрирован", "зарегистрирована"), Attendance.REGISTERED.value),
    **dict.fromkeys(("присутствовал", "присутствовала"), Attendance.PRESENT.value),
    **dict.fromkeys(("отсутствовал", "отсутствовала"), Attendance.ABSENT.value),
    **dict.fromkeys(
        (
            "по уважительной причине",
            "отсутствовал по уважительной причине",  # the label the window shows
            "отсутствовала по уважительной причине",
        ),
        Attendance.EXCUSED.value,
    ),
    "": Attendance.REGISTERED.value,  # a list without the column is a registration list
}
# The columns' sizes in the database: PostgreSQL refuses longer text, so the form does first.
LIMITS = {"name": 200, "administration": 300, "title": 200, "email": 200}


@dataclass
class ParticipantForm:
    name: str = ""
    administration: str = ""  # as written; resolved to a member where it names one
    member_id: int | None = None
    title: str = ""
    email: str = ""
    gender: str = ""  # '', 'female', 'male'
    attendance: str = "registered"
    # The version read (audit.version_of): a save is refused if the entry changed since.
    version: int | None = field(default=None, compare=False)

    def columns(self) -> dict[str, Any]:
        """What a participant record keeps: everything but the version read."""
        values = asdict(self)
        values.pop("version")
        return values


@dataclass(frozen=True)
class ParticipantLine:
    id: int
    name: str
    administration: str  # the member's name in `lang` where member_id, else the text
    title: str
    email: str
    gender: str
    attendance: str


def _text(value: Any) -> str:
    return "" if value is None else " ".join(str(value).split())


def _key(name: str, email: str) -> tuple[str, str]:
    """What makes two entries the same person: the name and the e-mail, as a reader sees them."""
    return " ".join(name.split()).casefold(), email.strip().casefold()


def _check(
    values: dict[str, Any], members: dict[str, int], row: int | None = None
) -> tuple[ParticipantForm, list[FieldError]]:
    """One participant from form or file values, normalized, with every refusal."""
    errors: list[FieldError] = []

    def refuse(field_name: str, text: str, **params: object) -> None:
        errors.append(FieldError(field_name, Message(text, params=dict(params)), row))

    form = ParticipantForm(
        name=_text(values.get("name")),
        administration=_text(values.get("administration")),
        title=_text(values.get("title")),
        email=_text(values.get("email")),
    )
    if not form.name:
        refuse("name", REQUIRED)
    for field_name, limit in LIMITS.items():
        if len(getattr(form, field_name)) > limit:
            refuse(field_name, TOO_LONG, limit=limit)
    bad_email = check_email("email", form.email)
    if bad_email is not None:
        errors.append(FieldError("email", bad_email.message, row))
    gender = _text(values.get("gender"))
    if gender.casefold().rstrip(".") in GENDERS:
        form.gender = GENDERS[gender.casefold().rstrip(".")]
    else:
        refuse("gender", BAD_GENDER, value=gender)
    attendance = _text(values.get("attendance"))
    if attendance.casefold() in ATTENDANCES:
        form.attendance = ATTENDANCES[attendance.casefold()]
    else:
        refuse("attendance", BAD_ATTENDANCE, value=attendance)
    form.member_id = members.get(form.administration.casefold()) if form.administration else None
    return form, errors


def _known(session: Session, event_id: int, but: int | None = None) -> set[tuple[str, str]]:
    """The names and e-mails already in the event (but one participant being edited)."""
    query = select(Participant.name, Participant.email).where(Participant.event_id == event_id)
    if but is not None:
        query = query.where(Participant.id != but)
    return {_key(name, email) for name, email in session.execute(query)}


def _already(form: ParticipantForm, row: int | None) -> FieldError:
    return FieldError("name", Message(ALREADY_REGISTERED, params={"name": form.name}), row)


def _need_event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise OfficeError(EVENT_NOT_FOUND)
    return event


def _need(session: Session, participant_id: int) -> Participant:
    participant = session.get(Participant, participant_id)
    if participant is None:
        raise OfficeError(NOT_FOUND)
    return participant


def _form_of(participant: Participant) -> ParticipantForm:
    names = [f.name for f in fields(ParticipantForm) if f.name != "version"]
    return ParticipantForm(**{name: getattr(participant, name) for name in names})


def _audit_values(event_id: int, form: ParticipantForm) -> dict[str, object]:
    return {"event_id": event_id, **form.columns()}


# --- one participant at a time --------------------------------------------------------------


def participants(office: Office, event_id: int, lang: str) -> list[ParticipantLine]:
    """The event's participants, ordered by name as a reader would (any alphabet, any case)."""
    member_name = Member.name_ru if lang == "ru" else Member.name_en
    with office.reading() as session:
        rows = session.execute(
            select(
                Participant.id,
                Participant.name,
                Participant.administration,
                member_name,
                Member.name_en,
                Participant.title,
                Participant.email,
                Participant.gender,
                Participant.attendance,
            )
            .outerjoin(Member, Member.id == Participant.member_id)
            .where(Participant.event_id == event_id)
        ).all()
    # Sorted here, not in SQL: SQLite's lower() does not fold Cyrillic; an event has hundreds.
    lines = [
        ParticipantLine(pid, name, named or english or text, title, email, gender, attendance)
        for pid, name, text, named, english, title, email, gender, attendance in rows
    ]
    return sorted(lines, key=lambda line: (line.name.casefold(), line.id))


def load_participant(office: Office, participant_id: int) -> ParticipantForm:
    with office.reading() as session:
        form = _form_of(_need(session, participant_id))
        form.version = audit.version_of(session, "participant", participant_id)
        return form


def save_participant(
    office: Office, event_id: int, form: ParticipantForm, participant_id: int | None = None
) -> int:
    """Create (no `participant_id`) or update a participant; refused whole on any bad field."""
    with office.transaction() as session:
        _need_event(session, event_id)
        checked, errors = _check(asdict(form), Lookups(session).members)
        if form.member_id is not None:  # chosen from the Directory: the choice wins over text
            if session.get(Member, form.member_id) is None:
                errors.append(FieldError("administration", Message(UNKNOWN_MEMBER)))
            checked.member_id = form.member_id
        if checked.name and _key(checked.name, checked.email) in _known(
            session, event_id, participant_id
        ):
            errors.append(_already(checked, None))
        if errors:
            raise ValidationError(errors)
        if participant_id is None:
            participant = Participant(event_id=event_id)
            session.add(participant)
            before = None
        else:
            participant = _need(session, participant_id)
            if participant.event_id != event_id:
                raise OfficeError(NOT_FOUND)
            audit.refuse_if_changed(session, "participant", participant_id, form.version)
            before = _audit_values(event_id, _form_of(participant))
        for name, value in checked.columns().items():
            setattr(participant, name, value)
        session.flush()
        audit.record(
            session,
            office.actor,
            "create" if before is None else "update",
            "participant",
            participant.id,
            before=before,
            after=_audit_values(event_id, checked),
        )
        return participant.id


def delete_participant(office: Office, participant_id: int) -> None:
    delete_participants(office, [participant_id])


def delete_participants(office: Office, participant_ids: list[int]) -> None:
    """Remove several participants in one transaction: all of them or none."""
    with office.transaction() as session:
        for participant_id in participant_ids:
            participant = _need(session, participant_id)
            before = _audit_values(participant.event_id, _form_of(participant))
            session.delete(participant)
            audit.record(
                session, office.actor, "delete", "participant", participant_id, before=before
            )


def set_attendance(office: Office, participant_ids: list[int], attendance: str) -> None:
    """Mark several participants at once (the roll call of a day): all of them or none."""
    value = ATTENDANCES.get(attendance.strip().casefold())
    if value is None or not attendance.strip():
        raise ValidationError.single("attendance", BAD_ATTENDANCE, value=attendance)
    with office.transaction() as session:
        for participant_id in participant_ids:
            participant = _need(session, participant_id)
            if participant.attendance == value:
                continue
            before = {"attendance": participant.attendance}
            participant.attendance = value
            audit.record(
                session,
                office.actor,
                "update",
                "participant",
                participant_id,
                before=before,
                after={"attendance": value},
            )


# --- a registration list ----------------------------------------------------------------------


def _checked_rows(session: Session, event_id: int, rows: list[PreviewRow]) -> list[ParticipantForm]:
    """Check every row in place (its `errors`); the forms of the rows without any."""
    _need_event(session, event_id)
    members = Lookups(session).members
    known = _known(session, event_id)
    seen: dict[tuple[str, str], int] = {}  # key -> the row that first had it
    forms: list[ParticipantForm] = []
    for row in rows:
        form, row.errors = _check(row.values, members, row.row)
        if form.name:
            key = _key(form.name, form.email)
            if key in known:
                row.errors.append(_already(form, row.row))
            elif key in seen:
                row.errors.append(
                    FieldError(
                        "name",
                        Message(DUPLICATE_ROW, params={"name": form.name, "row": seen[key]}),
                        row.row,
                    )
                )
            else:
                seen[key] = row.row
        if not row.errors:
            forms.append(form)
    return forms


def preview_import(
    office: Office, event_id: int, path: Path
) -> tuple[list[PreviewRow], list[ParticipantForm]]:
    """Every row of the list with its refusals, and the participants it would add."""
    rows = read_rows(path, COLUMNS, REQUIRED_COLUMNS, ALIASES)
    with office.reading() as session:
        return rows, _checked_rows(session, event_id, rows)


def import_participants(office: Office, event_id: int, path: Path) -> list[int]:
    """Add the whole list or nothing; returns the new participants' ids."""
    rows = read_rows(path, COLUMNS, REQUIRED_COLUMNS, ALIASES)
    with office.transaction() as session:
        # Checked again inside the writing transaction: a colleague may have added someone
        # since the preview, and a duplicate must not slip in between.
        forms = _checked_rows(session, event_id, rows)
        errors = [error for row in rows for error in row.errors]
        if errors:
            raise ValidationError(errors)
        added = [Participant(event_id=event_id, **form.columns()) for form in forms]
        session.add_all(added)
        session.flush()
        for participant, form in zip(added, forms, strict=True):
            audit.record(
                session,
                office.actor,
                "import",
                "participant",
                participant.id,
                after=_audit_values(event_id, form),
            )
        return [participant.id for participant in added]


# --- documents --------------------------------------------------------------------------------


def _event_texts(session: Session, event_id: int, lang: str) -> tuple[Event, str, str, str]:
    """The event, its title, period and place in the current translation."""
    event = _need_event(session, event_id)
    return (
        event,
        title_of(event.title_en, event.title_ru, lang),
        period_text(event.start_date, event.end_date),
        location_of(event.modality, event.venue, event.city, event.country),
    )


def attendance_document(office: Office, event_id: int, lang: str) -> Document:
    """The sheet participants sign: everyone on the list, in name order."""
    lines = participants(office, event_id, lang)
    with i18n.document_language(lang), office.reading() as session:
        _event, title, period, location = _event_texts(session, event_id, lang)
        when = f"{period}, {location}" if location else period
        document = Document(
            translate("Events", "Attendance sheet"),
            f"{title} \u2014 {when}" if title else when,
            lang,
            landscape=True,
        )
        columns = (
            Column("#", 0.35, "int"),
            Column(translate("Events", "Name"), 2.0),
            Column(translate("Events", "Administration"), 2.0),
            Column(translate("Events", "Title"), 1.6),
            Column(translate("Events", "E-mail"), 1.8),
            Column(translate("Events", "Signature"), 1.8, "signature"),
        )
        sheet_name = translate("Events", "Attendance sheet")
    rows = tuple(
        (number, line.name, line.administration, line.title, line.email, "")
        for number, line in enumerate(lines, start=1)
    )
    return document.add(Table(columns, rows, name=sheet_name))


def certificates(
    office: Office, event_id: int, lang: str, issued: date | None = None
) -> list[Certificate]:
    """A certificate for each participant marked present, in name order, in `lang`.

    Issued by default on the event's last day: certificates are handed out at its close,
    and one printed again later should read the same.
    """
    present = [
        line
        for line in participants(office, event_id, lang)
        if line.attendance == Attendance.PRESENT.value
    ]
    with i18n.document_language(lang), office.reading() as session:
        event, title, period, location = _event_texts(session, event_id, lang)
        day = issued or event.end_date
        labels = CertificateLabels(
            office=translate(
                "Events", "Regional Office for Capacity Building, WCO Europe Region (ROCB Europe)"
            ),
            heading=translate("Events", "Certificate of attendance"),
            certify=translate("Events", "This is to certify that"),
            of_line=translate("Events", "of {administration}"),  # a template until filled in
            attended=translate("Events", "attended"),
            issued_line=translate("Events", "Issued on {date}").format(date=period_text(day, day)),
            signature=translate("Events", "Director"),
        )
    return [
        Certificate(
            line.name,
            line.administration,
            title,
            period,
            location,
            day,
            lang,
            replace(
                labels,
                of_line=labels.of_line.format(administration=line.administration)
                if line.administration
                else "",
            ),
        )
        for line in present
    ]
