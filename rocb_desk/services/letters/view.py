"""A letter as the window shows it: its fields, files, translation, thread and links;
and the numbering of a year with its gaps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db.models import (
    ActivityLetter,
    Attachment,
    AttachmentText,
    Event,
    Letter,
    LetterAttachment,
    LetterEvent,
    LetterTag,
)
from ...domain.errors import OfficeError
from ...domain.references import numbering_gaps
from .. import audit
from ..office import Office
from .clearance import may_read, readable_letter, readable_where
from .correspondents import correspondents_of, labels
from .register import NOT_FOUND, LetterForm


@dataclass(frozen=True)
class LetterRef:
    """Another letter named from this one (its translation, the letter it answers...)."""

    id: int
    reference: str
    language: str
    letter_date: date
    subject: str


@dataclass(frozen=True)
class LetterFile:
    attachment_id: int
    name: str
    size: int
    text_status: str  # extracted, empty, failed, unsupported


@dataclass(frozen=True)
class LetterView:
    id: int
    reference: str
    direction: str
    language: str
    form: LetterForm
    correspondent_names: list[str]
    files: list[LetterFile]
    translation: LetterRef | None
    answers: LetterRef | None  # the letter this one answers
    answered_by: list[LetterRef]
    events: list[tuple[int, str]]  # (event id, title)


def _ref(letter: Letter) -> LetterRef:
    return LetterRef(
        letter.id, letter.reference, letter.language, letter.letter_date, letter.subject
    )


def _form(session: Session, letter: Letter) -> LetterForm:
    return LetterForm(
        direction=letter.direction,
        letter_date=letter.letter_date,
        subject=letter.subject,
        language=letter.language,
        body=letter.body,
        sender_reference=letter.sender_reference,
        restriction=letter.restriction,
        status=letter.status,
        circular=letter.circular,
        correspondents=correspondents_of(session, letter.id),
        tags=set(session.scalars(select(LetterTag.tag).where(LetterTag.letter_id == letter.id))),
        event_ids=set(
            session.scalars(select(LetterEvent.event_id).where(LetterEvent.letter_id == letter.id))
        ),
        activity_ids=set(
            session.scalars(
                select(ActivityLetter.activity_id).where(ActivityLetter.letter_id == letter.id)
            )
        ),
        in_reply_to_id=letter.in_reply_to_id,
        reference=letter.reference,
        version=audit.version_of(session, "letter", letter.id),
    )


def letter_view(office: Office, letter_id: int, lang: str) -> LetterView:
    with office.reading() as session:
        letter = readable_letter(session, office, letter_id)
        if letter is None:  # above the account's clearance: as if it did not exist
            raise OfficeError(NOT_FOUND)
        files = [
            LetterFile(attachment_id, name, size, status or "unsupported")
            for attachment_id, name, size, status in session.execute(
                select(
                    Attachment.id,
                    LetterAttachment.file_name,
                    Attachment.size,
                    AttachmentText.status,
                )
                .join(LetterAttachment, LetterAttachment.attachment_id == Attachment.id)
                .outerjoin(AttachmentText, AttachmentText.attachment_id == Attachment.id)
                .where(LetterAttachment.letter_id == letter_id)
                .order_by(LetterAttachment.file_name)
            )
        ]
        translation = readable_letter(session, office, letter.translation_id)
        answers = readable_letter(session, office, letter.in_reply_to_id)
        replies = session.scalars(
            select(Letter)
            .where(Letter.in_reply_to_id == letter_id, *readable_where(office))
            .order_by(Letter.letter_date, Letter.id)
        ).all()
        events = session.execute(
            select(Event.id, Event.title_ru if lang == "ru" else Event.title_en, Event.title_en)
            .join(LetterEvent, LetterEvent.event_id == Event.id)
            .where(LetterEvent.letter_id == letter_id)
            .order_by(Event.start_date)
        ).all()
        return LetterView(
            letter.id,
            letter.reference,
            letter.direction,
            letter.language,
            _form(session, letter),
            labels(session, [letter_id], lang)[letter_id],
            files,
            _ref(translation) if translation else None,
            _ref(answers) if answers else None,
            [_ref(reply) for reply in replies],
            [(event_id, title or title_en) for event_id, title, title_en in events],
        )


def thread(office: Office, letter_id: int) -> list[LetterRef]:
    """The whole exchange a letter belongs to, from the first letter, in date order; the
    letters above the account's clearance left out (the walk still passes through them)."""
    with office.reading() as session:
        letter = readable_letter(session, office, letter_id)
        if letter is None:
            raise OfficeError(NOT_FOUND)
        seen = {letter.id}
        while letter.in_reply_to_id is not None and letter.in_reply_to_id not in seen:
            parent = session.get(Letter, letter.in_reply_to_id)
            if parent is None:
                break
            letter = parent
            seen.add(letter.id)
        members, frontier = [letter], [letter.id]
        visited = {letter.id}
        while frontier:
            children = session.scalars(
                select(Letter).where(Letter.in_reply_to_id.in_(frontier))
            ).all()
            frontier = [c.id for c in children if c.id not in visited]
            visited.update(frontier)
            members += [c for c in children if c.id in frontier]
        members = [m for m in members if may_read(office, m)]
        return [_ref(m) for m in sorted(members, key=lambda m: (m.letter_date, m.id))]


def find_by_reference(office: Office, reference: str, language: str | None = None) -> int | None:
    """The letter with this reference, in `language` where both versions exist."""
    with office.reading() as session:
        rows = session.execute(
            select(Letter.id, Letter.language).where(
                Letter.reference == reference, *readable_where(office)
            )
        ).all()
    if not rows:
        return None
    for letter_id, letter_language in rows:
        if letter_language == language:
            return letter_id
    return rows[0][0]


@dataclass(frozen=True)
class Numbering:
    year: int
    direction: str
    last: int
    missing: list[int]
    duplicates: list[int]


def numbering(office: Office, direction: str, year: int) -> Numbering:
    """A year's numbers: the gaps (a number skipped or a draft deleted) and duplicates."""
    with office.reading() as session:
        rows = session.execute(
            select(Letter.number, Letter.language).where(
                Letter.direction == direction, Letter.year == year
            )
        ).all()
    # A translation shares its original's number: count each number once per language.
    by_language: dict[str, list[int]] = {}
    for number, language in rows:
        by_language.setdefault(language, []).append(number)
    numbers = sorted({number for number, _ in rows})
    missing, _ = numbering_gaps(numbers)
    duplicates = sorted({d for used in by_language.values() for d in numbering_gaps(used)[1]})
    return Numbering(year, direction, max(numbers, default=0), missing, duplicates)
