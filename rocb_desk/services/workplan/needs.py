"""The capacity-building needs register behind activity 1.1: the yearly cycle of section B.

Each need moves along one path: received from the administration, forwarded to the
WCO, in the WCO's plan, taken over by the office, delivered as an event. Every step
keeps its day; a step is never skipped backwards, and delivery names the event.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from itertools import pairwise

from sqlalchemy import delete, distinct, func, select
from sqlalchemy.orm import Session

from ...db.models import Event, Member, Need, NeedStep
from ...domain.errors import QT_TRANSLATE_NOOP, FieldError, Message, OfficeError, ValidationError
from ...domain.workplan import NeedCategory, NeedPath
from .. import audit
from ..events.queries import title_of
from ..office import Office

NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The need no longer exists; it may have been removed.")
NEEDS_TOPIC = QT_TRANSLATE_NOOP("Errors", "Say what the administration asked for.")
NEEDS_MEMBER = QT_TRANSLATE_NOOP("Errors", "Choose the requesting administration.")
NEEDS_EVENT = QT_TRANSLATE_NOOP("Errors", "A delivered need names the event that delivered it.")
BAD_CHOICE = QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not one of the choices.")
STEP_ORDER = QT_TRANSLATE_NOOP(
    "Errors", "Each step of the path comes on or after the day of the step before it."
)
BAD_YEAR = QT_TRANSLATE_NOOP("Errors", "Write the cycle's year, such as 2021.")
RECEIVED_IN_CYCLE = QT_TRANSLATE_NOOP(
    "Errors", "Give the day the need was received, in the cycle's year {year}."
)
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "This is longer than {limit} characters.")
TOPIC_LENGTH = 400  # the column's size: PostgreSQL refuses longer text
GONE = QT_TRANSLATE_NOOP("Errors", "A chosen record no longer exists; it may have been removed.")
PATH = list(NeedPath)


@dataclass
class NeedForm:
    year: int
    member_id: int | None = None
    topic_en: str = ""
    topic_ru: str = ""
    category: str = NeedCategory.TRADE_FACILITATION.value
    # The day each step was reached; the path is the last step with a day.
    steps: dict[str, date] = field(default_factory=dict)
    event_id: int | None = None
    note: str = ""
    # The version read (audit.version_of): a save is refused if the need changed since.
    version: int | None = field(default=None, compare=False)

    @property
    def path(self) -> str:
        reached = [step for step in PATH if step.value in self.steps]
        return reached[-1].value if reached else NeedPath.RECEIVED.value


@dataclass(frozen=True)
class NeedRow:
    id: int
    year: int
    administration: str
    iso: str
    topic: str
    category: str
    path: str
    received: date | None
    event: str


def check_need(form: NeedForm) -> list[FieldError]:
    form.topic_en, form.topic_ru = form.topic_en.strip(), form.topic_ru.strip()
    errors = []
    if not 2000 <= form.year <= 2100:
        errors.append(FieldError("year", Message(BAD_YEAR)))
    if form.member_id is None:
        errors.append(FieldError("member_id", Message(NEEDS_MEMBER)))
    if not form.topic_en and not form.topic_ru:
        errors.append(FieldError("topic_en", Message(NEEDS_TOPIC)))
    if form.category not in {c.value for c in NeedCategory}:
        errors.append(FieldError("category", Message(BAD_CHOICE, params={"value": form.category})))
    for key in sorted(set(form.steps) - {p.value for p in NeedPath}):
        errors.append(FieldError("steps", Message(BAD_CHOICE, params={"value": key})))
    days = [form.steps[step.value] for step in PATH if step.value in form.steps]
    if any(later < earlier for earlier, later in pairwise(days)):
        errors.append(FieldError("steps", Message(STEP_ORDER)))
    received = form.steps.get(NeedPath.RECEIVED.value)
    if received is None or received.year != form.year:
        # The cycle is the year the need was received in: the register and the count
        # of activity 1.1 both go by it.
        errors.append(FieldError("steps", Message(RECEIVED_IN_CYCLE, params={"year": form.year})))
    if form.path == NeedPath.DELIVERED.value and form.event_id is None:
        errors.append(FieldError("event_id", Message(NEEDS_EVENT)))
    for name in ("topic_en", "topic_ru"):
        if len(getattr(form, name)) > TOPIC_LENGTH:
            errors.append(FieldError(name, Message(TOO_LONG, params={"limit": TOPIC_LENGTH})))
    return errors


def _audit_values(form: NeedForm) -> dict[str, object]:
    values = asdict(form)
    values.pop("version")
    values["steps"] = {step: day.isoformat() for step, day in sorted(form.steps.items())}
    values["path"] = form.path
    return values


def save_need(office: Office, form: NeedForm, need_id: int | None = None) -> int:
    errors = check_need(form)
    if errors:
        raise ValidationError(errors)
    with office.transaction() as session:
        if session.get(Member, form.member_id) is None or (
            form.event_id is not None and session.get(Event, form.event_id) is None
        ):
            raise OfficeError(GONE)
        if need_id is None:
            need, before = Need(), None
            session.add(need)
        else:
            need = session.get(Need, need_id)
            if need is None:
                raise OfficeError(NOT_FOUND)
            audit.refuse_if_changed(session, "need", need_id, form.version)
            before = _audit_values(_read(session, need))
        need.year, need.member_id, need.category = form.year, form.member_id, form.category
        need.topic_en, need.topic_ru, need.note = form.topic_en, form.topic_ru, form.note.strip()
        need.path, need.event_id = form.path, form.event_id
        session.flush()
        session.execute(delete(NeedStep).where(NeedStep.need_id == need.id))
        for step, day in form.steps.items():
            session.add(NeedStep(need_id=need.id, path=step, day=day))
        audit.record(
            session,
            office.actor,
            "create" if before is None else "update",
            "need",
            need.id,
            before=before,
            after=_audit_values(form),
        )
        return need.id


def _read(session: Session, need: Need) -> NeedForm:
    steps = {
        row.path: row.day
        for row in session.scalars(select(NeedStep).where(NeedStep.need_id == need.id))
    }
    return NeedForm(
        year=need.year,
        member_id=need.member_id,
        topic_en=need.topic_en,
        topic_ru=need.topic_ru,
        category=need.category,
        steps=steps,
        event_id=need.event_id,
        note=need.note,
    )


def load_need(office: Office, need_id: int) -> NeedForm:
    with office.reading() as session:
        need = session.get(Need, need_id)
        if need is None:
            raise OfficeError(NOT_FOUND)
        form = _read(session, need)
        form.version = audit.version_of(session, "need", need_id)
        return form


def delete_need(office: Office, need_id: int, version: int | None = None) -> None:
    """Delete a need; with the `version` shown, refused if changed since (audit)."""
    with office.transaction() as session:
        need = session.get(Need, need_id)
        if need is None:
            raise OfficeError(NOT_FOUND)
        audit.refuse_if_changed(session, "need", need_id, version)
        before = _audit_values(_read(session, need))
        session.delete(need)
        audit.record(session, office.actor, "delete", "need", need_id, before=before)


def needs_of(office: Office, year: int | None, lang: str) -> list[NeedRow]:
    """The needs of a cycle year (all when None), by administration and topic."""
    received = (
        select(NeedStep.day)
        .where(NeedStep.need_id == Need.id, NeedStep.path == NeedPath.RECEIVED.value)
        .scalar_subquery()
    )
    query = (
        select(
            Need.id,
            Need.year,
            Member.name_en,
            Member.name_ru,
            Member.iso,
            Need.topic_en,
            Need.topic_ru,
            Need.category,
            Need.path,
            received.label("received"),
            Event.title_en,
            Event.title_ru,
        )
        .join(Member, Member.id == Need.member_id)
        .outerjoin(Event, Event.id == Need.event_id)
        .order_by(Need.year.desc(), Member.name_en, Need.id)
    )
    if year is not None:
        query = query.where(Need.year == year)
    with office.reading() as session:
        rows = session.execute(query).all()
    return [
        NeedRow(
            id=row.id,
            year=row.year,
            administration=title_of(row.name_en, row.name_ru, lang),
            iso=row.iso,
            topic=title_of(row.topic_en, row.topic_ru, lang),
            category=row.category,
            path=row.path,
            received=row.received,
            event=title_of(row.title_en or "", row.title_ru or "", lang),
        )
        for row in rows
    ]


@dataclass(frozen=True)
class CycleSummary:
    needs: int
    administrations: int
    by_path: dict[str, int]


def cycle_summary(office: Office, year: int) -> CycleSummary:
    """ "This year there were seven requesting administrations": the cycle's figures."""
    with office.reading() as session:
        needs, administrations = session.execute(
            select(func.count(), func.count(distinct(Need.member_id))).where(Need.year == year)
        ).one()
        by_path = dict(
            session.execute(
                select(Need.path, func.count()).where(Need.year == year).group_by(Need.path)
            ).all()
        )
    return CycleSummary(needs, administrations, by_path)


def need_years(office: Office) -> list[int]:
    with office.reading() as session:
        return list(session.scalars(select(Need.year).distinct().order_by(Need.year.desc())))
