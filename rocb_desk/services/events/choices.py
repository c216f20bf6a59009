"""What an event may be linked to in the Directory: partners and the Regional Experts Database."""

from __future__ import annotations

from sqlalchemy import select

from ...db.models import Expert, Partner
from ..office import Office


def partner_choices(office: Office, lang: str) -> list[tuple[int, str]]:
    """Active partners as "UNODC – United Nations Office on Drugs and Crime", by name."""
    with office.reading() as session:
        partners = session.scalars(select(Partner).where(Partner.active.is_(True))).all()
    choices = []
    for partner in partners:
        name = partner.name_ru if lang == "ru" and partner.name_ru else partner.name_en
        label = f"{partner.short} \u2013 {name}" if partner.short else name
        choices.append((partner.id, label))
    return sorted(choices, key=lambda choice: choice[1].casefold())


def expert_choices(office: Office) -> list[tuple[int, str]]:
    """Active experts by name; names are written as the experts write them."""
    with office.reading() as session:
        rows = session.execute(select(Expert.id, Expert.name).where(Expert.active.is_(True))).all()
    return sorted(((row.id, row.name) for row in rows), key=lambda choice: choice[1].casefold())
