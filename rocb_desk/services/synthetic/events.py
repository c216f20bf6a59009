"""The synthetic office's events: meetings, workshops, webinars... with the office's roles,
partners, beneficiary administrations and participant lists of 10 to 40 people."""

from __future__ import annotations

import bisect
from datetime import date, timedelta

from ...db.models import (
    Event,
    EventBeneficiary,
    EventPartner,
    EventRole,
    Participant,
)
from ...domain.events import DELIVERING_ROLES, Attendance, EventKind, Modality, OfficeRole
from .context import EVENT_UNITS, EVENTS, Context, EventStub, stamp
from .words import TITLES, paragraph, person

CAPITALS = dict(
    pair.split(":")
    for pair in (
        "AL:Tirana|AD:Andorra la Vella|AM:Yerevan|AT:Vienna|AZ:Baku|BY:Minsk|BE:Brussels|"
        "BA:Sarajevo|BG:Sofia|HR:Zagreb|CY:Nicosia|CZ:Prague|DK:Copenhagen|EE:Tallinn|"
        "FI:Helsinki|FR:Paris|GE:Tbilisi|DE:Berlin|GR:Athens|HU:Budapest|IS:Reykjavik|"
        "IE:Dublin|IL:Jerusalem|IT:Rome|KZ:Astana|KG:Bishkek|LV:Riga|LT:Vilnius|"
        "LU:Luxembourg|MT:Valletta|ME:Podgorica|NL:Amsterdam|MK:Skopje|NO:Oslo|PL:Warsaw|"
        "PT:Lisbon|MD:Chisinau|RO:Bucharest|RU:Moscow|RS:Belgrade|SK:Bratislava|"
        "SI:Ljubljana|ES:Madrid|SE:Stockholm|CH:Bern|TJ:Dushanbe|TM:Ashgabat|TR:Ankara|"
        "UA:Kyiv|GB:London|UZ:Tashkent"
    ).split("|")
)

# Themes of the region's capacity building, English and Russian.
TOPICS = (
    ("the Revised Kyoto Convention", "Пересмотренная Киотская конвенция"),
    ("Post Clearance Audit", "Пост-таможенный аудит"),
    ("Authorized Economic Operators", "Уполномоченные экономические операторы"),
    ("Risk Management", "Управление рисками"),
    ("Integrity", "Добросовестность"),
    ("Combating Counterfeiting and Piracy", "Борьба с контрафактом и пиратством"),
    ("the Trade Facilitation Agreement", "Соглашение об упрощении процедур торговли"),
    ("Harmonized System Classification", "Классификация по Гармонизированной системе"),
    ("Customs Valuation", "Таможенная стоимость"),
    ("Rules of Origin", "Правила происхождения"),
    ("Cross-Border E-Commerce", "Трансграничная электронная торговля"),
    ("Data Analytics", "Анализ данных"),
    ("Leadership and Management Development", "Развитие лидерства и управления"),
    ("the Time Release Study", "Исследование времени выпуска товаров"),
    ("Single Window", "Единое окно"),
    ("Strategic Trade Control Enforcement", "Контроль за стратегической торговлей"),
    ("Environmental Crime", "Экологические преступления"),
    ("Container Control", "Контроль контейнеров"),
    ("Gender Equality and Diversity", "Гендерное равенство и многообразие"),
    ("Customs Laboratories", "Таможенные лаборатории"),
)
# (kind, weight, English title, Russian title, shortest and longest in days)
FORMS = (
    (
        "workshop",
        24,
        "National Workshop on {en} for {country}",
        "Национальный семинар «{ru}» ({country_ru})",
        2,
        4,
    ),
    ("workshop", 10, "Regional Workshop on {en}", "Региональный семинар «{ru}»", 2, 4),
    ("webinar", 15, "Webinar on {en}", "Вебинар «{ru}»", 1, 1),
    (
        "meeting",
        14,
        "Meeting of the National Contact Points for Capacity Building on {en}",
        "Совещание национальных контактных лиц по наращиванию потенциала: {ru}",
        1,
        2,
    ),
    (
        "meeting",
        9,
        "Meeting of the Regional Structures of the WCO Europe Region",
        "Совещание региональных структур Европейского региона ВТамО",
        1,
        2,
    ),
    ("seminar", 8, "Seminar on {en}", "Семинар «{ru}»", 1, 3),
    ("conference", 6, "Regional Conference on {en}", "Региональная конференция «{ru}»", 2, 3),
    ("training", 8, "Training Course on {en} at the RTC", "Учебный курс «{ru}» в РУЦ", 3, 5),
    (
        "mission",
        4,
        "Scoping Mission to {country} on {en}",
        "Ознакомительная миссия «{ru}» ({country_ru})",
        2,
        5,
    ),
    ("other", 2, "Study Visit on {en} to {country}", "Учебный визит «{ru}» ({country_ru})", 1, 3),
)
_WEIGHTS = [form[1] for form in FORMS]
ROLES = [role.value for role in OfficeRole]
_ROLE_WEIGHTS = (30, 6, 8, 12, 10, 18, 16)  # in OfficeRole's order
PAID_ROLES = {
    OfficeRole.ORGANIZED.value,
    OfficeRole.HOSTED.value,
    OfficeRole.CO_ORGANIZED.value,
    OfficeRole.FINANCIALLY_SUPPORTED.value,
}
AHEAD = timedelta(days=90)  # the calendar holds what is planned for the next months too


def _modality(rng, kind: str, day: date) -> str:  # noqa: ANN001 - a Random
    if kind == EventKind.WEBINAR.value:
        return Modality.ONLINE.value
    if date(2020, 3, 15) <= day < date(2021, 9, 1):  # the pandemic took everything online
        return Modality.ONLINE.value if rng.random() < 0.9 else Modality.HYBRID.value
    online = 0.1 if day < date(2020, 3, 15) else 0.35
    roll = rng.random()
    if roll < online:
        return Modality.ONLINE.value
    return Modality.HYBRID.value if roll < online + 0.1 else Modality.IN_PERSON.value


def build(ctx: Context) -> None:
    rng = ctx.rng("events")
    count = ctx.share(EVENTS)
    span = (ctx.today + AHEAD - ctx.first_day).days
    starts = sorted(ctx.first_day + timedelta(days=rng.randrange(span)) for _ in range(count))
    first_id = ctx.next_id(Event)
    participant_id = ctx.next_id(Participant)
    events, roles, partners, beneficiaries, people = [], [], [], [], []
    for number, start in enumerate(starts):
        event_id = first_id + number
        if start.weekday() >= 5:  # events open on a working day: the Monday after
            start += timedelta(days=7 - start.weekday())
        kind, _w, title_en, title_ru, shortest, longest = rng.choices(FORMS, _WEIGHTS)[0]
        end = start + timedelta(days=rng.randint(shortest, longest) - 1)
        host = rng.choice(ctx.members)
        topic_en, topic_ru = rng.choice(TOPICS)
        names = {"en": topic_en, "ru": topic_ru, "country": host.name_en}
        names["country_ru"] = host.name_ru or host.name_en
        modality = _modality(rng, kind, start)
        chosen = sorted(
            set(rng.choices(ROLES, _ROLE_WEIGHTS, k=rng.choice((1, 1, 2, 2, 3)))),
            key=ROLES.index,
        )
        national = "{country}" in title_en
        served = [host] if national else rng.sample(ctx.members, rng.randint(3, 15))
        served_ids = sorted(m.id for m in served)
        past = end < ctx.today
        events.append(
            {
                "id": event_id,
                "title_en": title_en.format(**names),
                "title_ru": title_ru.format(**names),
                "kind": kind,
                "modality": modality,
                "venue": "" if modality == Modality.ONLINE.value else _venue(rng, host.iso),
                "city": "" if modality == Modality.ONLINE.value else CAPITALS.get(host.iso, ""),
                "country": "" if modality == Modality.ONLINE.value else host.name_en,
                "start_date": start,
                "end_date": end,
                "delivered_by_wco": rng.random() < 0.1,
                "participants": None,  # counted from the participant list
                "countries": None,
                "narrative_en": paragraph(rng, ctx.words["en"], rng.randint(40, 90))
                if past
                else "",
                "narrative_ru": paragraph(rng, ctx.words["ru"], rng.randint(40, 90))
                if past
                else "",
                "created_at": stamp(start - timedelta(days=rng.randint(20, 60)), rng),
            }
        )
        roles += [{"event_id": event_id, "role": role} for role in chosen]
        for partner in rng.sample(ctx.partners, min(len(ctx.partners), rng.choice((0, 0, 1, 2)))):
            partners.append({"event_id": event_id, "partner_id": partner.id})
        beneficiaries += [{"event_id": event_id, "member_id": m} for m in served_ids]
        taken: set[str] = set()
        for _ in range(rng.randint(10, 40)):
            name, gender = person(rng)
            while name in taken:  # one person once in a list
                name += " Jr"
            taken.add(name)
            member = rng.choice(served)
            people.append(
                {
                    "id": participant_id,
                    "event_id": event_id,
                    "name": name,
                    "member_id": member.id,
                    "administration": member.name_en,
                    "title": rng.choice(TITLES),
                    "email": f"{name.lower().replace(' ', '.')}@customs-{member.iso.lower()}.example.org",
                    "gender": gender,
                    "attendance": _attendance(rng) if past else Attendance.REGISTERED.value,
                }
            )
            participant_id += 1
        ctx.events.append(
            EventStub(
                event_id,
                start,
                end,
                events[-1]["title_en"],
                paid=bool(PAID_ROLES & set(chosen)),
                delivering=bool({r.value for r in DELIVERING_ROLES} & set(chosen)),
            )
        )
        if len(people) > 5000:  # bounded memory, whatever the scale
            _flush(ctx, events, roles, partners, beneficiaries, people)
            events, roles, partners, beneficiaries, people = [], [], [], [], []
        ctx.progress.advance(EVENT_UNITS)
    _flush(ctx, events, roles, partners, beneficiaries, people)
    ctx.events.sort(key=lambda event: (event.start, event.id))
    ctx.paid_events = [event for event in ctx.events if event.paid]


def _flush(ctx: Context, events, roles, partners, beneficiaries, people) -> None:  # noqa: ANN001
    ctx.insert(Event, events)
    ctx.insert(EventRole, roles)
    ctx.insert(EventPartner, partners)
    ctx.insert(EventBeneficiary, beneficiaries)
    ctx.insert(Participant, people)


def _venue(rng, iso: str) -> str:  # noqa: ANN001 - a Random
    if iso == "AZ" and rng.random() < 0.6:
        return "ROCB Europe premises"
    return rng.choice(
        (
            "Customs Academy",
            "Training Centre of the Customs Service",
            "Radisson Hotel",
            "Conference Hall of the Customs Committee",
            "Hilton Hotel",
            "Ministry of Finance",
        )
    )


def _attendance(rng) -> str:  # noqa: ANN001 - a Random
    roll = rng.random()
    if roll < 0.86:
        return Attendance.PRESENT.value
    return Attendance.ABSENT.value if roll < 0.95 else Attendance.EXCUSED.value


def near(ctx: Context, day: date, within: int, paid: bool = False) -> EventStub | None:
    """The first event starting within `within` days from `day` (letters and costs come
    before an event); only those the office paid for, with `paid`."""
    events = ctx.paid_events if paid else ctx.events
    index = bisect.bisect_left(events, day, key=lambda event: event.start)
    if index < len(events) and (events[index].start - day).days <= within:
        return events[index]
    return None
