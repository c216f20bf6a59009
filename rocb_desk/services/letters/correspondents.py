"""Who a letter is from or to: a member administration, a partner, an RTC, or a name.

A circular to all member administrations lists every active one, so that each
administration's correspondence shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, delete, select
from sqlalchemy.orm import Session

from ...db.models import LetterCorrespondent, Member, Partner, RegionalTrainingCenter
from ...domain.errors import QT_TRANSLATE_NOOP, FieldError, Message
from ...domain.letters import CorrespondentKind

UNKNOWN = QT_TRANSLATE_NOOP("Errors", "The correspondent no longer exists in the Directory.")
ALL_MEMBERS = ("*", "all members", "все члены")  # what a file or the command line may write


@dataclass(frozen=True)
class Correspondent:
    kind: str
    id: int | None = None  # the Directory record; None for a name
    name: str = ""  # the name, for kind "name"


MODELS = {
    CorrespondentKind.MEMBER.value: (Member, "member_id"),
    CorrespondentKind.PARTNER.value: (Partner, "partner_id"),
    CorrespondentKind.RTC.value: (RegionalTrainingCenter, "rtc_id"),
}


def check_correspondents(
    session: Session, correspondents: list[Correspondent], row: int | None = None
) -> list[FieldError]:
    errors = []
    for item in correspondents:
        if item.kind == CorrespondentKind.NAME.value:
            if not item.name.strip():
                errors.append(FieldError("correspondents", Message(UNKNOWN), row))
        elif item.kind not in MODELS or session.get(MODELS[item.kind][0], item.id) is None:
            errors.append(FieldError("correspondents", Message(UNKNOWN), row))
    return errors


def write_correspondents(
    session: Session, letter_id: int, correspondents: list[Correspondent]
) -> None:
    session.execute(delete(LetterCorrespondent).where(LetterCorrespondent.letter_id == letter_id))
    seen = set()
    for item in correspondents:
        key = (item.kind, item.id, item.name.strip().casefold())
        if key in seen:
            continue
        seen.add(key)
        row = LetterCorrespondent(letter_id=letter_id, kind=item.kind, name=item.name.strip())
        if item.kind in MODELS:
            setattr(row, MODELS[item.kind][1], item.id)
        session.add(row)


def correspondents_of(session: Session, letter_id: int) -> list[Correspondent]:
    rows = session.scalars(
        select(LetterCorrespondent)
        .where(LetterCorrespondent.letter_id == letter_id)
        .order_by(LetterCorrespondent.id)
    ).all()
    return [
        Correspondent(
            row.kind, getattr(row, MODELS[row.kind][1]) if row.kind in MODELS else None, row.name
        )
        for row in rows
    ]


def name_rows(session: Session, letter_ids: list[int]) -> list[Row[Any]]:
    """Every name of every correspondent of these letters, in both languages: letter id,
    name as written, member ISO code and names, partner short and full names, RTC code
    and names (what a label is chosen from, and what the search index holds)."""
    return list(
        session.execute(
            select(
                LetterCorrespondent.letter_id,
                LetterCorrespondent.name,
                Member.iso,
                Member.name_en,
                Member.name_ru,
                Partner.short,
                Partner.name_en,
                Partner.name_ru,
                RegionalTrainingCenter.code,
                RegionalTrainingCenter.name_en,
                RegionalTrainingCenter.name_ru,
            )
            .outerjoin(Member, Member.id == LetterCorrespondent.member_id)
            .outerjoin(Partner, Partner.id == LetterCorrespondent.partner_id)
            .outerjoin(
                RegionalTrainingCenter, RegionalTrainingCenter.id == LetterCorrespondent.rtc_id
            )
            .where(LetterCorrespondent.letter_id.in_(letter_ids))
            .order_by(LetterCorrespondent.letter_id, LetterCorrespondent.id)
        )
    )


def labels(session: Session, letter_ids: list[int], lang: str) -> dict[int, list[str]]:
    """The correspondents of each letter as the reader's language names them."""
    result: dict[int, list[str]] = {letter_id: [] for letter_id in letter_ids}
    if not letter_ids:
        return result
    rows = name_rows(session, letter_ids)
    for letter_id, name, _iso, m_en, m_ru, p_short, p_en, p_ru, _code, r_en, r_ru in rows:
        ru = lang == "ru"
        if m_en:
            label = m_ru if ru and m_ru else m_en
        elif p_en:
            label = p_short or (p_ru if ru and p_ru else p_en)
        elif r_en:
            label = r_ru if ru and r_ru else r_en
        else:
            label = name
        result[letter_id].append(label)
    return result


def resolve(session: Session, text: str) -> list[Correspondent]:
    """A correspondent as written on the command line or in an import file.

    A member by ISO code or name (English or Russian), a partner by short or full name,
    an RTC by code or name; "*" or "all members" is every active member; else a name.
    """
    key = " ".join(text.split()).casefold()
    if not key:
        return []
    if key in ALL_MEMBERS:
        return [
            Correspondent(CorrespondentKind.MEMBER.value, member_id)
            for member_id in session.scalars(
                select(Member.id).where(Member.active.is_(True)).order_by(Member.name_en)
            )
        ]
    for member in session.scalars(select(Member)):
        if key in {
            (member.iso or "").casefold(),
            member.name_en.casefold(),
            member.name_ru.casefold(),
        }:
            return [Correspondent(CorrespondentKind.MEMBER.value, member.id)]
    for partner in session.scalars(select(Partner)):
        names = {partner.short.casefold(), partner.name_en.casefold(), partner.name_ru.casefold()}
        if key in names - {""}:
            return [Correspondent(CorrespondentKind.PARTNER.value, partner.id)]
    for rtc in session.scalars(select(RegionalTrainingCenter)):
        if key in {rtc.code.casefold(), rtc.name_en.casefold(), (rtc.name_ru or "").casefold()}:
            return [Correspondent(CorrespondentKind.RTC.value, rtc.id)]
    return [Correspondent(CorrespondentKind.NAME.value, None, " ".join(text.split()))]
