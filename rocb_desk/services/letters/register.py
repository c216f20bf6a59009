"""The register of letters: numbered per calendar year, linked to their translations and
threads, filed with their attachments, indexed for search, audited.

Outgoing letters are `YEAR/N` and incoming ones `IN-YEAR/N`, N counting from 1 in each
calendar year of the letter's date. A translation shares its original's reference.
Files are copied into the store and their text read before the transaction that
records them, so a failure on the way leaves no half-registered letter.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db import search_index
from ...db.models import (
    Activity,
    ActivityLetter,
    AttachmentText,
    Event,
    Letter,
    LetterAttachment,
    LetterEvent,
    LetterTag,
)
from ...domain.errors import (
    QT_TRANSLATE_NOOP,
    FieldError,
    FormatError,
    Message,
    OfficeError,
    ValidationError,
)
from ...domain.letters import (
    Direction,
    LetterLanguage,
    LetterStatus,
    Restriction,
)
from ...domain.references import LetterReference
from .. import attachments, audit
from ..office import Office
from ..office_profile import load_profile
from .clearance import readable_letter
from .correspondents import Correspondent, check_correspondents, write_correspondents
from .indexing import reindex

NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The letter no longer exists; it may have been removed.")
BAD_CHOICE = QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not one of the choices.")
REQUIRED = QT_TRANSLATE_NOOP("Errors", "This field is required.")
# Whole sentences per case, so that each language words them its own way.
TAKEN = {
    "en": QT_TRANSLATE_NOOP("Errors", "The reference {value} is already registered in English."),
    "ru": QT_TRANSLATE_NOOP("Errors", "The reference {value} is already registered in Russian."),
}
INCOMING_REFERENCE = QT_TRANSLATE_NOOP("Errors", "{value} is the reference of an incoming letter.")
OUTGOING_REFERENCE = QT_TRANSLATE_NOOP("Errors", "{value} is the reference of an outgoing letter.")
WRONG_YEAR = QT_TRANSLATE_NOOP(
    "Errors", "The reference {value} belongs to {year}, but the letter is dated {date}."
)
SAME_LANGUAGE = QT_TRANSLATE_NOOP(
    "Errors", "A translation is in the other language than its original."
)
ONLY_DRAFTS = QT_TRANSLATE_NOOP(
    "Errors", "Only a draft can be deleted; a registered letter stays in the archive."
)
LONG_SUBJECT = QT_TRANSLATE_NOOP("Errors", "The subject is longer than 500 characters.")
ANSWERS_ITSELF = QT_TRANSLATE_NOOP(
    "Errors", "A letter cannot answer itself, or a letter that answers it."
)
EVENT_GONE = QT_TRANSLATE_NOOP("Errors", "A linked event no longer exists.")
ACTIVITY_GONE = QT_TRANSLATE_NOOP("Errors", "A linked work-plan activity no longer exists.")
MOVED_YEAR = QT_TRANSLATE_NOOP(
    "Errors", "The letter {value} belongs to {year}: its date stays in that year."
)


@dataclass
class LetterForm:
    direction: str = Direction.OUTGOING.value
    letter_date: date = field(default_factory=date.today)
    subject: str = ""
    language: str = LetterLanguage.ENGLISH.value
    body: str = ""
    sender_reference: str = ""
    restriction: str = Restriction.MEMBERS.value
    status: str = ""  # empty: sent (outgoing) or received (incoming)
    circular: bool = False
    correspondents: list[Correspondent] = field(default_factory=list)
    tags: set[str] = field(default_factory=set)
    event_ids: set[int] = field(default_factory=set)
    # The work-plan activities the letter is evidence of.
    activity_ids: set[int] = field(default_factory=set)
    in_reply_to_id: int | None = None
    reference: str = ""  # empty: the next number; given: a number from the paper archive
    # The version read (audit.version_of): a save is refused if the letter changed since.
    version: int | None = field(default=None, compare=False)

    def audit_values(self) -> dict[str, object]:
        values = dict(self.__dict__)
        values.pop("version")
        values["correspondents"] = [c.__dict__ for c in self.correspondents]
        values["tags"] = sorted(self.tags)
        values["event_ids"] = sorted(self.event_ids)
        values["activity_ids"] = sorted(self.activity_ids)
        return values


@dataclass(frozen=True)
class Registered:
    id: int
    reference: str


def _choice(
    errors: list[FieldError], name: str, value: str, allowed: type, row: int | None
) -> None:
    if value not in {member.value for member in allowed}:
        errors.append(FieldError(name, Message(BAD_CHOICE, params={"value": value}), row))


def check_form(
    session: Session,
    form: LetterForm,
    row: int | None = None,
    letter_id: int | None = None,
    office: Office | None = None,
) -> list[FieldError]:
    """Every refusal of the form at once, each at its field (`row` for an import); given
    the `office`, a letter answered above the account's clearance is one that is not there."""
    form.subject = " ".join(form.subject.split())
    form.tags = {" ".join(tag.split()).lower() for tag in form.tags if tag.strip()}
    errors: list[FieldError] = []
    if not form.subject:
        errors.append(FieldError("subject", Message(REQUIRED), row))
    elif len(form.subject) > 500:
        errors.append(FieldError("subject", Message(LONG_SUBJECT), row))
    for name, value, allowed in (
        ("direction", form.direction, Direction),
        ("language", form.language, LetterLanguage),
        ("restriction", form.restriction, Restriction),
    ):
        _choice(errors, name, value, allowed, row)
    if form.status:
        _choice(errors, "status", form.status, LetterStatus, row)
    errors += check_correspondents(session, form.correspondents, row)
    if form.reference:
        errors += _check_reference(session, form, row)
    errors += _check_links(session, form, letter_id, row)
    if (
        office is not None
        and form.in_reply_to_id is not None
        and readable_letter(session, office, form.in_reply_to_id) is None
        and not any(error.field == "in_reply_to_id" for error in errors)
    ):
        errors.append(FieldError("in_reply_to_id", Message(NOT_FOUND), row))
    return errors


def _check_links(
    session: Session, form: LetterForm, letter_id: int | None, row: int | None
) -> list[FieldError]:
    """The letter answered and the events linked exist, and no letter answers itself."""
    errors = []
    answered = form.in_reply_to_id
    seen = {letter_id} if letter_id is not None else set()
    while answered is not None:
        if answered in seen:
            errors.append(FieldError("in_reply_to_id", Message(ANSWERS_ITSELF), row))
            break
        seen.add(answered)
        letter = session.get(Letter, answered)
        if letter is None:
            errors.append(FieldError("in_reply_to_id", Message(NOT_FOUND), row))
            break
        answered = letter.in_reply_to_id
    if form.event_ids:
        found = set(session.scalars(select(Event.id).where(Event.id.in_(form.event_ids))))
        if found != set(form.event_ids):
            errors.append(FieldError("event_ids", Message(EVENT_GONE), row))
    if form.activity_ids:
        found = set(session.scalars(select(Activity.id).where(Activity.id.in_(form.activity_ids))))
        if found != set(form.activity_ids):
            errors.append(FieldError("activity_ids", Message(ACTIVITY_GONE), row))
    return errors


def _check_reference(session: Session, form: LetterForm, row: int | None) -> list[FieldError]:
    try:
        reference = LetterReference.parse(form.reference)
    except FormatError as error:
        return [FieldError("reference", error.message, row)]
    form.reference = str(reference)
    incoming = form.direction == Direction.INCOMING.value
    if reference.incoming != incoming:
        text = INCOMING_REFERENCE if reference.incoming else OUTGOING_REFERENCE
        return [FieldError("reference", Message(text, params={"value": form.reference}), row)]
    if reference.year != form.letter_date.year:
        return [
            FieldError(
                "reference",
                Message(
                    WRONG_YEAR,
                    params={
                        "value": form.reference,
                        "year": reference.year,
                        "date": form.letter_date.isoformat(),
                    },
                ),
                row,
            )
        ]
    if taken(session, form.reference, form.language):
        return [
            FieldError(
                "reference",
                Message(TAKEN.get(form.language, TAKEN["en"]), params={"value": form.reference}),
                row,
            )
        ]
    return []


def taken(session: Session, reference: str, language: str) -> bool:
    return (
        session.scalar(
            select(Letter.id).where(Letter.reference == reference, Letter.language == language)
        )
        is not None
    )


def next_reference(session: Session, direction: str, year: int) -> LetterReference:
    highest = session.scalar(
        select(func.max(Letter.number)).where(Letter.direction == direction, Letter.year == year)
    )
    return LetterReference(year, (highest or 0) + 1, direction == Direction.INCOMING.value)


# --- files -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PreparedFile:
    """A file copied into the store with its text read, waiting for its record."""

    stored: attachments.StoredFile
    status: str
    text: str


def prepare_files(office: Office, paths: list[Path]) -> list[PreparedFile]:
    """Copy and read `paths` before any transaction: the slow, fallible part of filing."""
    if not paths:
        return []
    from .extract import extract_many  # pypdf and python-docx only when a file comes

    limit = load_profile(office).max_attachment_mb * 1024**2
    stored: list[attachments.StoredFile] = []
    try:
        for path in paths:
            stored.append(attachments.copy_in(office, path, max_bytes=limit))
        # Read from the files as the user named them: their suffix says what kind they are.
        found = extract_many(paths)
    except BaseException:
        attachments.remove_unrecorded(office, stored)  # a refusal leaves no stray copy
        raise
    return [
        PreparedFile(s, result.status.value, result.text)
        for s, result in zip(stored, found, strict=True)
    ]


@contextmanager
def _taking_back(office: Office, prepared: list[PreparedFile]) -> Iterator[None]:
    """Files copied in for a transaction that then failed are taken back out."""
    try:
        yield
    except BaseException:
        attachments.remove_unrecorded(office, [item.stored for item in prepared])
        raise


def _file(session: Session, letter_id: int, prepared: PreparedFile) -> int:
    attachment_id = attachments.record(session, prepared.stored)
    if session.get(AttachmentText, attachment_id) is None:
        session.add(
            AttachmentText(attachment_id=attachment_id, status=prepared.status, text=prepared.text)
        )
    if session.get(LetterAttachment, (letter_id, attachment_id)) is None:
        session.add(
            LetterAttachment(
                letter_id=letter_id,
                attachment_id=attachment_id,
                file_name=prepared.stored.original_name,
            )
        )
    return attachment_id


# --- writing ------------------------------------------------------------------------------


def _apply(session: Session, letter: Letter, form: LetterForm) -> None:
    letter.letter_date = form.letter_date
    letter.subject = form.subject
    letter.body = form.body
    letter.sender_reference = form.sender_reference.strip()
    letter.restriction = form.restriction
    letter.status = form.status or (
        LetterStatus.SENT.value
        if form.direction == Direction.OUTGOING.value
        else LetterStatus.RECEIVED.value
    )
    letter.circular = form.circular
    letter.in_reply_to_id = form.in_reply_to_id
    session.flush()
    write_correspondents(session, letter.id, form.correspondents)
    session.query(LetterTag).filter(LetterTag.letter_id == letter.id).delete()
    for tag in sorted(form.tags):
        session.add(LetterTag(letter_id=letter.id, tag=tag[:60]))
    session.query(LetterEvent).filter(LetterEvent.letter_id == letter.id).delete()
    for event_id in sorted(form.event_ids):
        session.add(LetterEvent(letter_id=letter.id, event_id=event_id))
    session.query(ActivityLetter).filter(ActivityLetter.letter_id == letter.id).delete()
    for activity_id in sorted(form.activity_ids):
        session.add(ActivityLetter(activity_id=activity_id, letter_id=letter.id))
    session.flush()


def insert_letter(
    session: Session,
    actor: str,
    form: LetterForm,
    files: list[PreparedFile] = (),  # type: ignore[assignment]
    translation_of: int | None = None,
    action: str = "register",
) -> Registered:
    """Register a checked letter inside the caller's transaction."""
    if translation_of is not None:
        original = session.get(Letter, translation_of)
        if original is None:
            raise OfficeError(NOT_FOUND)
        if original.language == form.language:
            raise ValidationError.single("language", SAME_LANGUAGE)
        reference = LetterReference.parse(original.reference)
        form.direction = original.direction
    elif form.reference:
        reference = LetterReference.parse(form.reference)
    else:
        reference = next_reference(session, form.direction, form.letter_date.year)
    if taken(session, str(reference), form.language):
        raise ValidationError.single(
            "reference", TAKEN.get(form.language, TAKEN["en"]), value=str(reference)
        )
    letter = Letter(
        direction=form.direction,
        year=reference.year,
        number=reference.number,
        reference=str(reference),
        language=form.language,
    )
    session.add(letter)
    _apply(session, letter, form)
    if translation_of is not None:
        original = session.get(Letter, translation_of)
        assert original is not None
        original.translation_id, letter.translation_id = letter.id, original.id
    for prepared in files:
        _file(session, letter.id, prepared)
    reindex(session, letter.id)
    audit.record(session, actor, action, "letter", letter.id, after=form.audit_values())
    return Registered(letter.id, letter.reference)


def register_letter(
    office: Office,
    form: LetterForm,
    files: list[Path] = (),  # type: ignore[assignment]
    translation_of: int | None = None,
) -> Registered:
    """Register a letter (numbered unless it brings its reference) with its files."""
    with office.reading() as session:
        errors = check_form(session, form, office=office)
        if translation_of is not None and readable_letter(session, office, translation_of) is None:
            raise OfficeError(NOT_FOUND)  # a translation of a letter the account cannot see
    if errors:
        raise ValidationError(errors)
    prepared = prepare_files(office, list(files))
    with _taking_back(office, prepared), office.transaction() as session:
        return insert_letter(session, office.actor, form, prepared, translation_of)


def update_letter(office: Office, letter_id: int, form: LetterForm) -> None:
    """Change what a letter says; its reference and language stay."""
    with office.transaction() as session:
        letter = readable_letter(session, office, letter_id)
        if letter is None:
            raise OfficeError(NOT_FOUND)
        audit.refuse_if_changed(session, "letter", letter_id, form.version)
        form.reference = ""
        form.direction, form.language = letter.direction, letter.language
        errors = check_form(session, form, letter_id=letter_id, office=office)
        if form.letter_date.year != letter.year:
            errors.append(
                FieldError(
                    "letter_date",
                    Message(MOVED_YEAR, params={"value": letter.reference, "year": letter.year}),
                )
            )
        if errors:
            raise ValidationError(errors)
        before = {"subject": letter.subject, "status": letter.status, "body": letter.body}
        _apply(session, letter, form)
        reindex(session, letter_id)
        audit.record(
            session, office.actor, "update", "letter", letter_id, before, form.audit_values()
        )


def attach_files(office: Office, letter_id: int, paths: list[Path]) -> list[int]:
    """File more documents with a letter (the signed scan of a reserved draft...)."""
    prepared = prepare_files(office, paths)
    with _taking_back(office, prepared), office.transaction() as session:
        if readable_letter(session, office, letter_id) is None:
            raise OfficeError(NOT_FOUND)
        ids = [_file(session, letter_id, item) for item in prepared]
        reindex(session, letter_id)
        audit.record(
            session,
            office.actor,
            "attach",
            "letter",
            letter_id,
            after={"files": [p.stored.original_name for p in prepared]},
        )
    return ids


def detach_file(office: Office, letter_id: int, attachment_id: int) -> None:
    with office.transaction() as session:
        if readable_letter(session, office, letter_id) is None:
            raise OfficeError(NOT_FOUND)
        link = session.get(LetterAttachment, (letter_id, attachment_id))
        if link is None:
            return
        session.delete(link)
        session.flush()
        reindex(session, letter_id)
        audit.record(
            session, office.actor, "detach", "letter", letter_id, {"file": link.file_name}, None
        )


def link_translation(office: Office, letter_id: int, other_id: int) -> None:
    """Make two letters each other's translation (both ways)."""
    with office.transaction() as session:
        first = readable_letter(session, office, letter_id)
        second = readable_letter(session, office, other_id)
        if first is None or second is None:
            raise OfficeError(NOT_FOUND)
        if first.language == second.language:
            raise ValidationError.single("translation", SAME_LANGUAGE)
        for letter in (first, second):
            if letter.translation_id is not None:
                old = session.get(Letter, letter.translation_id)
                if old is not None and old.id not in (first.id, second.id):
                    old.translation_id = None
        first.translation_id, second.translation_id = second.id, first.id
        audit.record(
            session, office.actor, "update", "letter", letter_id, None, {"translation_id": other_id}
        )


def delete_draft(office: Office, letter_id: int, version: int | None = None) -> None:
    """Delete a draft; with the `version` shown, refused if changed since (audit)."""
    with office.transaction() as session:
        letter = readable_letter(session, office, letter_id)
        if letter is None:
            raise OfficeError(NOT_FOUND)
        audit.refuse_if_changed(session, "letter", letter_id, version)
        if letter.status != LetterStatus.DRAFT.value:
            raise OfficeError(ONLY_DRAFTS)
        before = {"reference": letter.reference, "subject": letter.subject}
        session.delete(letter)
        search_index.remove(session, letter_id)
        audit.record(session, office.actor, "delete", "letter", letter_id, before, None)
