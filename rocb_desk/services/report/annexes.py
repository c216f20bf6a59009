"""The annexes of a year's report: documents chosen from the archive, in their order,
each with its title in English and Russian ("Annex V: Reports by Regional Training
Centers"). Kept as one office setting per year: a short list, read whole."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db.models import Attachment, OfficeSetting
from ...domain.errors import QT_TRANSLATE_NOOP, OfficeError
from ...domain.fiscal import FinancialYear
from ...domain.search_query import fold
from .. import audit
from ..letters.clearance import readable_attachment_condition
from ..office import Office
from .texts import report_texts, store_texts

GONE = QT_TRANSLATE_NOOP("Errors", "A chosen document no longer exists in the archive.")
CANDIDATE_LIMIT = 100


@dataclass
class AnnexChoice:
    attachment_id: int
    title_en: str = ""
    title_ru: str = ""
    name: str = ""  # the file's own name, as the archive keeps it

    def title(self, lang: str) -> str:
        return (
            (self.title_ru or self.title_en) if lang == "ru" else (self.title_en or self.title_ru)
        )


def _key(year: FinancialYear) -> str:
    return f"report.{year.start_year}.annexes"


def _stored(session: Session, year: FinancialYear) -> list[dict]:
    row = session.get(OfficeSetting, _key(year))
    return json.loads(row.value) if row is not None and row.value else []


def _readable_files(session: Session, office: Office, ids: list[int]) -> dict[int, str]:
    """Name by id of the files among `ids` that still exist and the account may see: a
    file filed only with letters above its clearance is neither listed nor printed."""
    query = select(Attachment.id, Attachment.original_name).where(Attachment.id.in_(ids))
    condition = readable_attachment_condition(office, Attachment.id)
    if condition is not None:
        query = query.where(condition)
    return dict(session.execute(query).all())


def report_annexes(office: Office, year: FinancialYear) -> list[AnnexChoice]:
    with office.reading() as session:
        chosen = _stored(session, year)
        names = _readable_files(session, office, [item["attachment_id"] for item in chosen])
    # A file removed from the archive meanwhile drops out rather than break the report.
    return [
        AnnexChoice(**{**item, "name": names[item["attachment_id"]]})
        for item in chosen
        if item["attachment_id"] in names
    ]


def save_report_annexes(office: Office, year: FinancialYear, annexes: list[AnnexChoice]) -> None:
    """The year's annexes as chosen, in this order; one transaction, audited."""
    before = report_annexes(office, year)
    with office.transaction() as session:
        store_annexes(session, office, year, annexes, before)


def store_annexes(
    session: Session,
    office: Office,
    year: FinancialYear,
    annexes: list[AnnexChoice],
    before: list[AnnexChoice],
) -> None:
    """The annexes written inside the caller's transaction (`before`: as they were).

    Only files the account may see can be chosen; annexes it cannot see (chosen by the
    director from confidential correspondence) stay as they were, after the others."""
    wanted = [a.attachment_id for a in annexes]
    if set(_readable_files(session, office, wanted)) != set(wanted):
        raise OfficeError(GONE)
    stored = _stored(session, year)
    visible = _readable_files(session, office, [item["attachment_id"] for item in stored])
    unseen = [item for item in stored if item["attachment_id"] not in visible]
    value = json.dumps(
        [
            {
                "attachment_id": a.attachment_id,
                "title_en": a.title_en.strip(),
                "title_ru": a.title_ru.strip(),
            }
            for a in annexes
        ]
        + unseen,
        ensure_ascii=False,
    )
    row = session.get(OfficeSetting, _key(year))
    if row is None:
        session.add(OfficeSetting(key=_key(year), value=value))
    else:
        row.value = value
    audit.record(
        session,
        office.actor,
        "update",
        "report_annexes",
        year.start_year,
        before={"annexes": [asdict(a) for a in before]},
        after={"annexes": json.loads(value)},
    )


def save_report_parts(
    office: Office,
    year: FinancialYear,
    texts: dict[tuple[str, str], str],
    annexes: list[AnnexChoice],
    version: int | None = None,
) -> None:
    """The report's words and its annexes, as the report dialog saves them: together.

    With the `version` the dialog read (report_parts_version), a save is refused when
    another window saved the year's words or annexes in between."""
    texts_before = report_texts(office, year)
    annexes_before = report_annexes(office, year)
    with office.transaction() as session:
        for entity in ("report_texts", "report_annexes"):
            audit.refuse_if_changed(session, entity, year.start_year, version)
        store_texts(session, office.actor, year, texts, texts_before)
        if annexes != annexes_before:
            store_annexes(session, office, year, annexes, annexes_before)


def annex_candidates(office: Office, text: str) -> list[AnnexChoice]:
    """Documents of the archive whose name has the words typed, newest first (at most
    CANDIDATE_LIMIT); without words, the newest. Only those the account may see."""
    words = fold(text).casefold().split()
    query = select(Attachment.id, Attachment.original_name).order_by(Attachment.id.desc())
    # The files of letters above the account's clearance are not offered (nor named).
    visible = readable_attachment_condition(office, Attachment.id)
    if visible is not None:
        query = query.where(visible)
    for word in words:
        if word.isascii():  # SQL's lower() folds Latin letters only; the rest is checked here
            query = query.where(func.lower(Attachment.original_name).like(f"%{word}%"))
    found: list[AnnexChoice] = []
    with office.reading() as session:
        for attachment_id, name in session.execute(query.execution_options(yield_per=500)):
            if all(word in fold(name).casefold() for word in words):
                found.append(AnnexChoice(attachment_id, name=name))
                if len(found) == CANDIDATE_LIMIT:
                    break
    return found


def report_parts_version(office: Office, year: FinancialYear) -> int:
    """The version of the year's words and annexes, for the dialog to save against."""
    with office.reading() as session:
        return max(
            audit.version_of(session, entity, year.start_year)
            for entity in ("report_texts", "report_annexes")
        )
