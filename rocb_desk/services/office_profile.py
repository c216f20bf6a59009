"""The office's own particulars: what its letterhead and signature block say, and the
limits it sets itself. Kept in the office database, so every desk prints the same."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select

from ..db.models import OfficeSetting
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from . import audit
from .office import Office

PREFIX = "profile."
BAD_LIMIT = QT_TRANSLATE_NOOP("Errors", "The limit is a whole number of megabytes from 1 to 512.")


@dataclass
class OfficeProfile:
    # From the report (its back cover and foreword): the office's name, address, phone,
    # fax, web site and its director in 2020/2021.
    office_name_en: str = "Regional Office for Capacity Building"
    office_name_ru: str = "Региональное бюро по наращиванию потенциала"
    office_subtitle_en: str = "World Customs Organization Europe Region"
    office_subtitle_ru: str = "Всемирная таможенная организация, Европейский регион"
    address_en: str = "Natig Aliyev str. 4-a, AZ1025 Baku, Republic of Azerbaijan"
    address_ru: str = "ул. Натига Алиева 4-а, AZ1025 Баку, Азербайджанская Республика"
    phone: str = "(+994 12) 464-31-34/35"
    fax: str = "(+994 12) 464-31-36"
    website: str = "rocb-europe.org"
    email: str = ""
    director_name_en: str = "Eser Çengel"
    director_name_ru: str = "Эсер Ченгел"
    director_title_en: str = "Director\nROCB Europe"
    director_title_ru: str = "Директор\nРБНП Европа"
    max_attachment_mb: int = 100

    def text(self, name: str, lang: str) -> str:
        """A particular in the letter's language, the English one where that is empty."""
        value = getattr(self, f"{name}_{lang}", "") if lang != "en" else ""
        return value or getattr(self, f"{name}_en")


def load_profile(office: Office) -> OfficeProfile:
    with office.reading() as session:
        stored = dict(
            session.execute(
                select(OfficeSetting.key, OfficeSetting.value).where(
                    OfficeSetting.key.startswith(PREFIX)
                )
            ).all()
        )
    profile = OfficeProfile()
    for item in fields(OfficeProfile):
        if PREFIX + item.name in stored:
            value = stored[PREFIX + item.name]
            setattr(profile, item.name, int(value) if item.type in ("int", int) else value)
    return profile


def save_profile(office: Office, profile: OfficeProfile) -> None:
    if not 1 <= int(profile.max_attachment_mb) <= 512:
        raise ValidationError.single("max_attachment_mb", BAD_LIMIT)
    before = load_profile(office)
    with office.transaction() as session:
        changed = {}
        for item in fields(OfficeProfile):
            value = getattr(profile, item.name)
            if value == getattr(before, item.name):
                continue
            changed[item.name] = value
            row = session.get(OfficeSetting, PREFIX + item.name)
            if row is None:
                session.add(OfficeSetting(key=PREFIX + item.name, value=str(value)))
            else:
                row.value = str(value)
        if changed:
            audit.record(
                session,
                office.actor,
                "update",
                "office_profile",
                None,
                {k: getattr(before, k) for k in changed},
                changed,
            )
