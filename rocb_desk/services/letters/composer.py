"""An outgoing letter on the office letterhead: the letter of the register, its addressees
from the Directory (an administration and its contact point on the letter's date), the
office's particulars and the director's signature, in the letter's language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import or_, select

from ... import i18n
from ...db.models import ContactPoint, Letter, Member, Partner, RegionalTrainingCenter
from ...domain.errors import QT_TRANSLATE_NOOP, OfficeError
from ...domain.letter_document import Addressee, LetterDocument, Letterhead
from ...domain.letters import Direction
from ...i18n import translate
from ...paths import resource_path
from ..events.queries import period_text
from ..office import Office
from ..office_profile import load_profile
from .clearance import readable_letter
from .correspondents import correspondents_of
from .register import NOT_FOUND
from .view import find_by_reference

NO_SUCH_REFERENCE = QT_TRANSLATE_NOOP("Errors", "No letter has the reference {value}.")
NOT_OUTGOING = QT_TRANSLATE_NOOP(
    "Errors", "{value} is an incoming letter; only the office's own letters go on its letterhead."
)
SUFFIXES = (".pdf", ".docx")
WRONG_SUFFIX = QT_TRANSLATE_NOOP("Errors", "Write this document as {suffixes}, not {path}.")


def current_contact_point(office: Office, member_id: int, on: date) -> str:
    """ "Name, title" of the administration's contact point on that day, or ""."""
    with office.reading() as session:
        return _contact(session, member_id, on)


def _contact(session, member_id: int, on: date) -> str:  # noqa: ANN001 - a Session
    point = session.scalars(
        select(ContactPoint)
        .where(
            ContactPoint.member_id == member_id,
            or_(ContactPoint.valid_from.is_(None), ContactPoint.valid_from <= on),
            or_(ContactPoint.valid_until.is_(None), ContactPoint.valid_until >= on),
        )
        .order_by(ContactPoint.valid_from.desc())
    ).first()
    if point is None:
        return ""
    return ", ".join(part for part in (point.name, point.title) if part)


def _addressees(session, letter: Letter, member_ids: list[int] | None) -> tuple[Addressee, ...]:  # noqa: ANN001
    ru = letter.language == "ru"
    found = []
    for who in correspondents_of(session, letter.id):
        if who.kind == "member":
            if member_ids is not None and who.id not in member_ids:
                continue
            member = session.get(Member, who.id)
            name = member.name_ru if ru and member.name_ru else member.name_en
            found.append(Addressee(name, _contact(session, member.id, letter.letter_date)))
        elif member_ids is not None:
            continue  # a chosen list of administrations names only administrations
        elif who.kind == "partner":
            partner = session.get(Partner, who.id)
            found.append(Addressee(partner.name_ru if ru and partner.name_ru else partner.name_en))
        elif who.kind == "rtc":
            rtc = session.get(RegionalTrainingCenter, who.id)
            found.append(Addressee(rtc.name_ru if ru and rtc.name_ru else rtc.name_en))
        else:
            found.append(Addressee(who.name))
    return tuple(found)


def letter_document(
    office: Office, letter_id: int, member_ids: list[int] | None = None
) -> LetterDocument:
    """The letter as its writers lay it out; `member_ids` picks some of a circular's
    administrations (None: every addressee)."""
    profile = load_profile(office)
    with office.reading() as session:
        letter = readable_letter(session, office, letter_id)
        if letter is None:  # above the account's clearance: as if it did not exist
            raise OfficeError(NOT_FOUND)
        if letter.direction != Direction.OUTGOING.value:
            raise OfficeError(NOT_OUTGOING, value=letter.reference)
        addressees = _addressees(session, letter, member_ids)
        lang = letter.language
        with i18n.document_language(lang):
            logo = resource_path("letterhead", "logo.png")
            letterhead = Letterhead(
                office_name=profile.text("office_name", lang),
                office_subtitle=profile.text("office_subtitle", lang),
                address=profile.text("address", lang),
                phone=profile.phone,
                fax=profile.fax,
                website=profile.website,
                email=profile.email,
                logo_path=str(logo) if logo.is_file() else "",
                labels={
                    "phone": translate("Letters", "Tel."),
                    "fax": translate("Letters", "Fax"),
                    "email": translate("Letters", "E-mail"),
                    "website": translate("Letters", "Web"),
                    "reference": translate("Letters", "Ref."),
                    "date": "",
                    "subject": translate("Letters", "Subject:"),
                    "page": translate("Letters", "Page {page} of {pages}"),
                },
            )
            salutation = (
                translate("Letters", "Dear Colleagues,")
                if len(addressees) != 1 or letter.circular
                else translate("Letters", "Dear Colleague,")
            )
            return LetterDocument(
                lang=lang,
                letterhead=letterhead,
                reference=letter.reference,
                date_text=period_text(letter.letter_date, letter.letter_date),
                addressees=addressees,
                subject=letter.subject,
                body=letter.body,
                closing=translate("Letters", "Yours sincerely,"),
                signature_name=profile.text("director_name", lang),
                signature_title=profile.text("director_title", lang),
                salutation=salutation,
            )


def _suffix(path: Path) -> None:
    if path.suffix.lower() not in SUFFIXES:
        raise OfficeError(WRONG_SUFFIX, suffixes=" / ".join(SUFFIXES), path=str(path))


def export_letter_by_id(office: Office, letter_id: int, path: Path) -> Path:
    """The letter (every addressee's copy, for a circular) in one PDF or Word file."""
    from ...exports.letter import write_letter

    _suffix(path)
    return write_letter(letter_document(office, letter_id), path)


def export_letter(office: Office, reference: str, path: Path, lang: str) -> Path:
    """The letter with this reference, in `lang` where it exists in both languages."""
    letter_id = find_by_reference(office, reference.strip().upper(), lang)
    if letter_id is None:
        raise OfficeError(NO_SUCH_REFERENCE, value=reference)
    return export_letter_by_id(office, letter_id, path)


def export_circular(
    office: Office, letter_id: int, folder: Path, member_ids: list[int] | None = None
) -> list[Path]:
    """One PDF per addressee and, first in the list, the combined PDF of them all."""
    from ...exports.letter import letter_file_name, write_letter, write_letter_per_addressee

    document = letter_document(office, letter_id, member_ids)
    folder.mkdir(parents=True, exist_ok=True)  # "a folder for the circular" may be new
    with i18n.document_language(document.lang):
        everyone = translate("Letters", "all addressees")
    combined = folder / letter_file_name(document.reference, everyone, ".pdf", set())
    return [write_letter(document, combined), *write_letter_per_addressee(document, folder)]
