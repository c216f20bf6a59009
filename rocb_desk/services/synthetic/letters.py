"""The synthetic office's register of letters: in and out, English and Russian, numbered
`YEAR/N` and `IN-YEAR/N` per calendar year as the register numbers them, with their
correspondents, tags, events, replies, translations, attachments and the search index.

The whole register is laid out first (dates, numbers, who, which answers which: small
records), then written a slice at a time with its texts, files and index rows, so that
memory stays bounded whatever the scale.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import update

from ...db import search_index
from ...db.models import (
    Attachment,
    AttachmentText,
    Letter,
    LetterAttachment,
    LetterCorrespondent,
    LetterEvent,
    LetterTag,
)
from ...domain.fiscal import FinancialYear
from ...domain.letters import CorrespondentKind, Direction, LetterStatus, Restriction
from .context import LETTER_UNITS, LETTERS, Context, stamp
from .events import near
from .files import Store, pdf
from .words import FAMILY_NAMES, FIRST_NAMES, lines, paragraph, phrase, sentences

SLICE = 500
TAGS = (
    "contributions",
    "training",
    "needs",
    "newsletter",
    "rtc",
    "e-learning",
    "contact points",
    "experts",
    "integrity",
    "invitation",
    "report",
    "budget",
    "nominations",
    "wco",
    "donors",
)
RESTRICTIONS = (
    (Restriction.PUBLIC.value, 10),
    (Restriction.MEMBERS.value, 75),
    (Restriction.INTERNAL.value, 12),
    (Restriction.CONFIDENTIAL.value, 3),
)
GREETING = {"en": "Dear colleagues,", "ru": "Уважаемые коллеги!"}
CLOSING = {"en": "Yours sincerely,", "ru": "С уважением,"}
ANNEX = {"en": "Annex to letter {reference}", "ru": "Приложение к письму {reference}"}
ORGANIZATIONS = ("Kapital Bank", "Baku Law School", "Caspian Trade Forum", "Print House")
PDF_EVERY = 60  # one letter with an attachment in 60 has it as a PDF: 1 letter in 100


@dataclass
class Plan:
    """A letter as laid out before its texts are written."""

    id: int
    direction: str
    day: date
    number: int
    language: str
    correspondents: list[tuple[str, int | None, str]]
    restriction: str
    circular: bool = False
    status: str = ""
    sender_reference: str = ""
    translation_of: int | None = None
    in_reply_to: int | None = None
    event_id: int | None = None
    tags: list[str] = field(default_factory=list)
    attachment: str = ""  # "", "txt" or "pdf"

    @property
    def reference(self) -> str:
        prefix = "IN-" if self.direction == Direction.INCOMING.value else ""
        return f"{prefix}{self.day.year}/{self.number}"


def build(ctx: Context, store: Store) -> None:
    plans = _lay_out(ctx)
    names = _index_names(ctx)
    first_attachment = ctx.next_id(Attachment)
    first_correspondent = ctx.next_id(LetterCorrespondent)
    counters = {"attachment": first_attachment, "correspondent": first_correspondent, "pdf": 0}
    counters["kept"] = {}  # attachment ids by their content's sha256
    search_index.merging(ctx.session, on=False)  # one merge at the end, as a rebuild does
    for start in range(0, len(plans), SLICE):
        _write(ctx, store, plans[start : start + SLICE], names, counters)
    translations = [
        {"id": plan.id, "translation_id": plan.translation_of}
        for plan in plans
        if plan.translation_of is not None
    ]
    translations += [
        {"id": row["translation_id"], "translation_id": row["id"]} for row in translations
    ]
    if translations:  # both versions point at each other, once both exist
        ctx.session.execute(update(Letter), translations)
    # Merged into one b-tree, as a rebuild leaves it: as fast to search as it can be.
    search_index.optimize(ctx.session)
    search_index.merging(ctx.session, on=True)
    ctx.counts["pdf"] = counters["pdf"]


def _lay_out(ctx: Context) -> list[Plan]:
    rng = ctx.rng("letters")
    count = ctx.share(LETTERS)
    days = sorted(rng.choice(_all_days(ctx)) for _ in range(count))
    member_weights = [1 / (rank + 1) ** 0.6 for rank in range(len(ctx.members))]
    members = rng.sample(ctx.members, len(ctx.members))  # who writes most, by chance
    everyone = sorted(ctx.members, key=lambda m: m.name_en)  # as "all members" resolves
    numbers: dict[tuple[str, int], int] = {}
    waiting: dict[tuple[str, int | None, str], list[Plan]] = {}  # incoming, unanswered
    plans: list[Plan] = []
    first_id = ctx.next_id(Letter)
    attached = 0
    for day in days:
        if len(plans) >= count:
            break
        direction = Direction.OUTGOING.value if rng.random() < 0.55 else Direction.INCOMING.value
        key = (direction, day.year)
        numbers[key] = numbers.get(key, 0) + 1
        circular = direction == Direction.OUTGOING.value and rng.random() < 0.025
        if circular:
            who = [(CorrespondentKind.MEMBER.value, m.id, "") for m in everyone]
        else:
            who = [_correspondent(ctx, rng, members, member_weights)]
        plan = Plan(
            id=first_id + len(plans),
            direction=direction,
            day=day,
            number=numbers[key],
            language="ru" if rng.random() < 0.33 else "en",
            correspondents=who,
            restriction=rng.choices(*zip(*RESTRICTIONS, strict=True))[0],
            circular=circular,
            tags=sorted(rng.sample(TAGS, rng.choice((0, 1, 1, 2)))),
        )
        if direction == Direction.INCOMING.value:
            plan.status = LetterStatus.RECEIVED.value
            if rng.random() < 0.7:
                plan.sender_reference = (
                    f"{rng.randint(1, 40):02d}-{rng.randint(1, 12):02d}/{rng.randint(100, 9999)}"
                )
            waiting.setdefault(who[0], []).append(plan)
        else:
            plan.status = LetterStatus.SENT.value
            # Answered within two months, or never: older letters wait no longer.
            answerable = [p for p in waiting.get(who[0], []) if (day - p.day).days <= 60]
            if not circular and answerable and rng.random() < 0.6:
                plan.in_reply_to = answerable[0].id
                answerable[0].status = LetterStatus.ANSWERED.value
                answerable.pop(0)
            waiting[who[0]] = answerable
        if rng.random() < 0.12:
            event = near(ctx, day, 60)
            plan.event_id = event.id if event is not None else None
        if rng.random() < 0.6:
            attached += 1
            plan.attachment = "pdf" if attached % PDF_EVERY == 1 else "txt"
        plans.append(plan)
        if direction == Direction.OUTGOING.value and rng.random() < 0.06 and len(plans) < count:
            plans.append(
                Plan(
                    id=first_id + len(plans),
                    direction=direction,
                    day=day,
                    number=plan.number,
                    language="en" if plan.language == "ru" else "ru",
                    correspondents=who,
                    restriction=plan.restriction,
                    circular=circular,
                    status=plan.status,
                    translation_of=plan.id,
                    tags=plan.tags,
                    event_id=plan.event_id,
                )
            )
    return plans


def _all_days(ctx: Context) -> list[date]:
    return [day for year in ctx.years for day in ctx.workdays(year)] or [ctx.today]


def _correspondent(ctx: Context, rng, members, weights) -> tuple[str, int | None, str]:  # noqa: ANN001
    roll = rng.random()
    if roll < 0.6 or not (ctx.partners or ctx.rtcs):
        return (CorrespondentKind.MEMBER.value, rng.choices(members, weights)[0].id, "")
    if roll < 0.82 and ctx.partners:
        return (CorrespondentKind.PARTNER.value, rng.choice(ctx.partners).id, "")
    if roll < 0.92 and ctx.rtcs:
        return (CorrespondentKind.RTC.value, rng.choice(ctx.rtcs).id, "")
    gender = rng.choice(("female", "male"))
    name = f"{rng.choice(FIRST_NAMES[gender])} {rng.choice(FAMILY_NAMES)}"
    return (CorrespondentKind.NAME.value, None, f"{name}, {rng.choice(ORGANIZATIONS)}")


def _index_names(ctx: Context) -> dict[tuple[str, int], str]:
    """Every name of a correspondent as the index keeps it (letters/indexing.py)."""
    names = {}
    for kind, rows in (
        (CorrespondentKind.MEMBER.value, ctx.members),
        (CorrespondentKind.PARTNER.value, ctx.partners),
        (CorrespondentKind.RTC.value, ctx.rtcs),
    ):
        for row in rows:
            names[kind, row[0]] = " ".join(part for part in row[1:] if part)
    return names


def _write(ctx: Context, store: Store, plans: list[Plan], names, counters) -> None:  # noqa: ANN001
    rows: dict[type, list[dict]] = {
        model: []
        for model in (
            Letter,
            LetterCorrespondent,
            LetterTag,
            LetterEvent,
            Attachment,
            AttachmentText,
            LetterAttachment,
        )
    }
    index: dict[int, dict[str, str]] = {}
    for plan in plans:
        rng = ctx.rng("letter", plan.id)
        draw = ctx.words[plan.language]
        paragraphs = [GREETING[plan.language]]
        paragraphs += [paragraph(rng, draw, rng.randint(40, 120)) for _ in range(rng.randint(2, 4))]
        paragraphs.append(CLOSING[plan.language])
        subject = phrase(rng, draw, 5, 12)
        created = stamp(plan.day, rng)
        rows[Letter].append(
            {
                "id": plan.id,
                "direction": plan.direction,
                "year": plan.day.year,
                "number": plan.number,
                "reference": plan.reference,
                "language": plan.language,
                "sender_reference": plan.sender_reference,
                "letter_date": plan.day,
                "subject": subject,
                "body": "\n\n".join(paragraphs),
                "restriction": plan.restriction,
                "status": plan.status,
                "circular": plan.circular,
                "translation_id": None,
                "in_reply_to_id": plan.in_reply_to,
                "created_at": created,
            }
        )
        who = []
        for kind, record_id, name in plan.correspondents:
            column = {"member": "member_id", "partner": "partner_id", "rtc": "rtc_id"}.get(kind)
            row = {"id": counters["correspondent"], "letter_id": plan.id, "kind": kind}
            row |= {"member_id": None, "partner_id": None, "rtc_id": None, "name": name}
            if column:
                row[column] = record_id
            rows[LetterCorrespondent].append(row)
            counters["correspondent"] += 1
            who.append(names[kind, record_id] if column else name)
        rows[LetterTag] += [{"letter_id": plan.id, "tag": tag} for tag in plan.tags]
        if plan.event_id is not None:
            rows[LetterEvent].append({"letter_id": plan.id, "event_id": plan.event_id})
        attached = ""
        if plan.attachment:
            attached = _attach(ctx, store, plan, rng, rows, counters, created)
        index[plan.id] = {  # as services/letters/indexing.py composes a letter's entry
            "reference": " ".join(filter(None, (plan.reference, plan.sender_reference))),
            "subject": subject,
            "correspondents": "\n".join(who),
            "body": "\n".join(paragraphs),  # the body's plain text: it has no markup
            "attachments": attached,
        }
        ctx.letters.setdefault(FinancialYear.of(plan.day).start_year, []).append(plan.id)
        ctx.progress.advance(LETTER_UNITS)
    for model, values in rows.items():
        ctx.insert(model, values)
    search_index.put_many(ctx.session, index)


def _attach(ctx: Context, store: Store, plan: Plan, rng, rows, counters, created) -> str:  # noqa: ANN001
    """The letter's annex: its file in the store, its text as read from it, the link.
    Returns what the index keeps of it: the file's name, then its text."""
    draw = ctx.words[plan.language]
    title = ANNEX[plan.language].format(reference=plan.reference)
    slug = plan.reference.replace("/", "-")
    if plan.attachment == "pdf":
        data, content = pdf(title, sentences(rng, draw, rng.randint(200, 900)))
        name = f"{slug}.pdf"
        counters["pdf"] += 1
    else:
        content = "\n".join([title, *lines(rng, draw, rng.randint(200, 900))])
        data = content.encode("utf-8")
        name = f"{slug} annex.txt"
    sha, size = store.put(data)
    attachment_id = counters["kept"].get(sha)
    if attachment_id is None:  # a content is kept once, whichever letters file it
        attachment_id = counters["kept"][sha] = counters["attachment"]
        counters["attachment"] += 1
        rows[Attachment].append(
            {
                "id": attachment_id,
                "sha256": sha,
                "original_name": name,
                "size": size,
                "created_at": created,
            }
        )
        rows[AttachmentText].append(
            {"attachment_id": attachment_id, "status": "extracted", "text": content}
        )
    rows[LetterAttachment].append(
        {"letter_id": plan.id, "attachment_id": attachment_id, "file_name": name}
    )
    return f"{name}\n{content}"
