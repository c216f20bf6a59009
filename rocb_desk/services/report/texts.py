"""The words of the annual report that no register holds: the foreword, the executive
summary and the introduction (general information, staff, assets), per financial year
and language, written in the application.

They are kept as office settings ("report.2020.foreword.en"): a handful of texts a year,
read whole, in the same Markdown subset as the letters' bodies.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db.models import OfficeSetting
from ...domain.errors import QT_TRANSLATE_NOOP
from ...domain.fiscal import FinancialYear
from .. import audit
from ..office import Office

PARTS = ("foreword", "summary", "general", "staff", "assets")
LANGUAGES = ("en", "ru")
PART_LABELS = {
    "foreword": QT_TRANSLATE_NOOP("Report", "Foreword"),
    "summary": QT_TRANSLATE_NOOP("Report", "Executive Summary"),
    "general": QT_TRANSLATE_NOOP("Report", "General Information"),
    "staff": QT_TRANSLATE_NOOP("Report", "Staff"),
    "assets": QT_TRANSLATE_NOOP("Report", "Assets"),
}


def _key(year: FinancialYear, part: str, lang: str) -> str:
    return f"report.{year.start_year}.{part}.{lang}"


def report_texts(office: Office, year: FinancialYear) -> dict[tuple[str, str], str]:
    """Every text of the year by (part, language); empty where none was written."""
    prefix = f"report.{year.start_year}."
    with office.reading() as session:
        stored = dict(
            session.execute(
                select(OfficeSetting.key, OfficeSetting.value).where(
                    OfficeSetting.key.startswith(prefix)
                )
            ).all()
        )
    return {
        (part, lang): stored.get(_key(year, part, lang), "") for part in PARTS for lang in LANGUAGES
    }


def text_in(texts: dict[tuple[str, str], str], part: str, lang: str) -> str:
    """The part in the reader's language, the other one where that was not written."""
    other = "en" if lang == "ru" else "ru"
    return texts.get((part, lang), "").strip() or texts.get((part, other), "").strip()


def save_report_texts(
    office: Office, year: FinancialYear, texts: dict[tuple[str, str], str]
) -> None:
    """Write the texts given (by part and language) in one transaction; audited."""
    before = report_texts(office, year)
    with office.transaction() as session:
        store_texts(session, office.actor, year, texts, before)


def store_texts(
    session: Session,
    actor: str,
    year: FinancialYear,
    texts: dict[tuple[str, str], str],
    before: dict[tuple[str, str], str],
) -> None:
    """The texts written inside the caller's transaction (`before`: as they were)."""
    changed = {}
    for (part, lang), text in sorted(texts.items()):
        if part not in PARTS or lang not in LANGUAGES:
            continue
        value = text.strip()
        if value == before[(part, lang)]:
            continue
        row = session.get(OfficeSetting, _key(year, part, lang))
        if row is None:
            session.add(OfficeSetting(key=_key(year, part, lang), value=value))
        else:
            row.value = value
        changed[f"{part}.{lang}"] = value
    if changed:
        audit.record(
            session,
            actor,
            "update",
            "report_texts",
            year.start_year,
            before={k: before[tuple(k.split("."))] for k in changed},
            after=changed,
        )
