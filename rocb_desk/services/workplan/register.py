"""The activities of a year's plan: saved whole, audited, with the dated history of statuses.

An activity is known by its id, not its number: moving it to another goal or renumbering
it keeps its progress, its status history and its evidence links.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ...db.models import Activity, ActivityStakeholder, ActivityStatusChange, PlanGoal, WorkPlan
from ...domain.errors import QT_TRANSLATE_NOOP, FieldError, Message, OfficeError, ValidationError
from ...domain.workplan import (
    NEEDS_ACTIVITY_TITLE,
    ActivityStatus,
    IndicatorSource,
    Stakeholder,
    check_number,
    normal_number,
    parse_count,
    parse_number,
)
from .. import audit
from ..office import Office

NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The activity no longer exists; it may have been removed.")
DUPLICATE_NUMBER = QT_TRANSLATE_NOOP("Errors", "The plan {year} already has an activity {number}.")
BAD_CHOICE = QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not one of the choices.")
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "This is longer than {limit} characters.")
BAD_GOAL = QT_TRANSLATE_NOOP("Errors", "Choose a strategic goal from 1 to 99.")
STATUS_BEFORE_LAST = QT_TRANSLATE_NOOP(
    "Errors", "The status changed last on {day}; a new status cannot take effect before it."
)
# A change to these after the director's sign-off withdraws it: it no longer covers them.
SIGNED_FIELDS = ("status", "progress_en", "progress_ru", "outcome_en", "outcome_ru")
# The columns' sizes: PostgreSQL refuses longer text, so the form refuses it first.
LENGTHS = {"title_en": 500, "title_ru": 500, "status_note_en": 300, "status_note_ru": 300}


@dataclass
class ActivityForm:
    """An activity as the editor shows it and the services save it.

    `baseline` and `target` are kept as typed (text) until checked, so that a wrong
    entry is refused at its field rather than lost on the way in.
    """

    year: int
    goal_number: int = 1
    number: str = ""
    title_en: str = ""
    title_ru: str = ""
    stakeholders: set[str] = field(default_factory=set)
    expected_output_en: str = ""
    expected_output_ru: str = ""
    status: str = ActivityStatus.PLANNED.value
    status_note_en: str = ""
    status_note_ru: str = ""
    # The day the status shown took effect; today when the user does not say.
    status_since: date | None = None
    indicator_en: str = ""
    indicator_ru: str = ""
    indicator_source: str = IndicatorSource.NONE.value
    baseline: str | int | None = None
    target: str | int | None = None
    intended_outcome_en: str = ""
    intended_outcome_ru: str = ""
    due_date: date | None = None
    progress_en: str = ""
    progress_ru: str = ""
    outcome_en: str = ""
    outcome_ru: str = ""
    # The version read (audit.version_of): a save is refused if the activity changed since.
    version: int | None = field(default=None, compare=False)

    def audit_values(self) -> dict[str, object]:
        values = asdict(self)
        values.pop("version")
        values["stakeholders"] = sorted(self.stakeholders)
        values.pop("status_since")
        return values


TEXTS = (
    "title_en",
    "title_ru",
    "expected_output_en",
    "expected_output_ru",
    "status_note_en",
    "status_note_ru",
    "indicator_en",
    "indicator_ru",
    "intended_outcome_en",
    "intended_outcome_ru",
    "progress_en",
    "progress_ru",
    "outcome_en",
    "outcome_ru",
)
SCALARS = (*TEXTS, "goal_number", "number", "status", "indicator_source", "due_date")


def check_activity(form: ActivityForm) -> tuple[list[FieldError], int | None, int | None]:
    """Every refusal of the form at once, each at its field; and the counts as numbers."""
    for name in TEXTS:
        setattr(form, name, getattr(form, name).strip())
    form.number = normal_number(form.number)
    errors: list[FieldError] = []
    if not 1 <= form.goal_number <= 99:
        errors.append(FieldError("goal_number", Message(BAD_GOAL)))
    else:
        errors += check_number(form.number, form.goal_number)
    if not form.title_en and not form.title_ru:
        errors.append(FieldError("title_en", Message(NEEDS_ACTIVITY_TITLE)))
    for name, choices in (
        ("status", ActivityStatus),
        ("indicator_source", IndicatorSource),
    ):
        if getattr(form, name) not in {c.value for c in choices}:
            errors.append(
                FieldError(name, Message(BAD_CHOICE, params={"value": getattr(form, name)}))
            )
    for key in sorted(form.stakeholders - {s.value for s in Stakeholder}):
        errors.append(FieldError("stakeholders", Message(BAD_CHOICE, params={"value": key})))
    baseline, baseline_errors = parse_count(form.baseline, "baseline")
    target, target_errors = parse_count(form.target, "target")
    errors += baseline_errors + target_errors
    for name, limit in LENGTHS.items():
        if len(getattr(form, name)) > limit:
            errors.append(FieldError(name, Message(TOO_LONG, params={"limit": limit})))
    return errors, baseline, target


def plan_of(session: Session, year: int, create: bool = False) -> WorkPlan | None:
    plan = session.scalar(select(WorkPlan).where(WorkPlan.year == year))
    if plan is None and create:
        plan = WorkPlan(year=year)
        session.add(plan)
        session.flush()
    return plan


def _duplicate(session: Session, plan_id: int, number: str, activity_id: int | None) -> bool:
    query = select(Activity.id).where(Activity.plan_id == plan_id, Activity.number == number)
    if activity_id is not None:
        query = query.where(Activity.id != activity_id)
    return session.scalar(query) is not None


def save_activity(office: Office, form: ActivityForm, activity_id: int | None = None) -> int:
    """Create (no `activity_id`) or update an activity; refused whole on any bad field."""
    errors, baseline, target = check_activity(form)
    if errors:
        raise ValidationError(errors)
    form.baseline, form.target = baseline, target  # as numbers from here on, audit included
    with office.transaction() as session:
        if activity_id is None:
            plan = plan_of(session, form.year, create=True)
            activity = Activity(plan_id=plan.id)
            before = None
        else:
            activity = session.get(Activity, activity_id)
            if activity is None:
                raise OfficeError(NOT_FOUND)
            audit.refuse_if_changed(session, "activity", activity_id, form.version)
            plan = session.get(WorkPlan, activity.plan_id)
            before = read_form(session, activity).audit_values()
        if _duplicate(session, plan.id, form.number, activity_id):
            raise ValidationError(
                [
                    FieldError(
                        "number",
                        Message(
                            DUPLICATE_NUMBER,
                            params={"year": f"{plan.year}/{plan.year + 1}", "number": form.number},
                        ),
                    )
                ]
            )
        status_changed = before is None or before["status"] != form.status
        if status_changed and activity_id is not None and form.status_since is not None:
            last = session.scalar(
                select(func.max(ActivityStatusChange.changed_on)).where(
                    ActivityStatusChange.activity_id == activity_id
                )
            )
            if last is not None and form.status_since < last:
                params = {"day": last.isoformat()}
                raise ValidationError(
                    [FieldError("status_since", Message(STATUS_BEFORE_LAST, params=params))]
                )
        after = form.audit_values()
        if (
            before is not None
            and activity.signed_at is not None
            and any(before[name] != after[name] for name in SIGNED_FIELDS)
        ):
            # The director signed off other progress than what is now written.
            activity.signed_by, activity.signed_at, activity.sign_comment = "", None, ""
            after["sign_off_withdrawn"] = True
        _write(session, activity, form)
        if status_changed:
            record_status(session, office.actor, activity, form.status_since)
        audit.record(
            session,
            office.actor,
            "create" if before is None else "update",
            "activity",
            activity.id,
            before=before,
            after=after,
        )
        return activity.id


def _write(session: Session, activity: Activity, form: ActivityForm) -> None:
    for name in SCALARS:
        setattr(activity, name, getattr(form, name))
    activity.major, activity.minor = parse_number(form.number)
    activity.baseline, activity.target = form.baseline, form.target
    if activity.id is None:
        session.add(activity)
    session.flush()
    session.execute(
        delete(ActivityStakeholder).where(ActivityStakeholder.activity_id == activity.id)
    )
    for key in sorted(form.stakeholders):
        session.add(ActivityStakeholder(activity_id=activity.id, stakeholder=key))


def record_status(session: Session, actor: str, activity: Activity, since: date | None) -> None:
    session.add(
        ActivityStatusChange(
            activity_id=activity.id,
            status=activity.status,
            note=activity.status_note_en or activity.status_note_ru,
            changed_on=since or date.today(),
            actor=actor,
        )
    )


def read_form(session: Session, activity: Activity) -> ActivityForm:
    plan = session.get(WorkPlan, activity.plan_id)
    form = ActivityForm(year=plan.year, **{name: getattr(activity, name) for name in SCALARS})
    form.baseline, form.target = activity.baseline, activity.target
    form.stakeholders = set(
        session.scalars(
            select(ActivityStakeholder.stakeholder).where(
                ActivityStakeholder.activity_id == activity.id
            )
        )
    )
    return form


def load_activity(office: Office, activity_id: int) -> ActivityForm:
    with office.reading() as session:
        activity = session.get(Activity, activity_id)
        if activity is None:
            raise OfficeError(NOT_FOUND)
        form = read_form(session, activity)
        form.version = audit.version_of(session, "activity", activity_id)
        return form


def delete_activity(office: Office, activity_id: int, version: int | None = None) -> None:
    """Remove an activity with its progress and links; the linked records themselves stay.
    With the `version` shown, refused if the activity changed since."""
    with office.transaction() as session:
        activity = session.get(Activity, activity_id)
        if activity is None:
            raise OfficeError(NOT_FOUND)
        audit.refuse_if_changed(session, "activity", activity_id, version)
        before = read_form(session, activity).audit_values()
        session.delete(activity)
        audit.record(session, office.actor, "delete", "activity", activity_id, before=before)


@dataclass(frozen=True)
class StatusChange:
    status: str
    note: str
    changed_on: date
    actor: str


def status_history(office: Office, activity_id: int) -> list[StatusChange]:
    with office.reading() as session:
        rows = session.execute(
            select(
                ActivityStatusChange.status,
                ActivityStatusChange.note,
                ActivityStatusChange.changed_on,
                ActivityStatusChange.actor,
            )
            .where(ActivityStatusChange.activity_id == activity_id)
            .order_by(ActivityStatusChange.changed_on, ActivityStatusChange.id)
        ).all()
    return [StatusChange(*row) for row in rows]


def save_goal_impacts(office: Office, year: int, impacts: dict[int, tuple[str, str]]) -> None:
    """The expected impact of goals as the year's plan states them: (English, Russian) by
    goal number, all in one transaction; the goals not named are left as they are."""
    with office.transaction() as session:
        plan = plan_of(session, year, create=True)
        for goal_number, (en, ru) in sorted(impacts.items()):
            row = session.get(PlanGoal, (plan.id, goal_number))
            before = None
            if row is None:
                row = PlanGoal(plan_id=plan.id, goal_number=goal_number)
                session.add(row)
            else:
                before = {"en": row.expected_impact_en, "ru": row.expected_impact_ru}
            if before == {"en": en.strip(), "ru": ru.strip()}:
                continue
            row.expected_impact_en, row.expected_impact_ru = en.strip(), ru.strip()
            audit.record(
                session,
                office.actor,
                "update",
                "plan_goal",
                plan.id,
                before=before,
                after={
                    "goal": goal_number,
                    "en": row.expected_impact_en,
                    "ru": row.expected_impact_ru,
                },
            )


def goal_impacts(office: Office, year: int) -> dict[int, tuple[str, str]]:
    """The expected impact of each goal in the year's plan: (English, Russian)."""
    with office.reading() as session:
        plan = plan_of(session, year)
        if plan is None:
            return {}
        rows = session.scalars(select(PlanGoal).where(PlanGoal.plan_id == plan.id)).all()
        return {row.goal_number: (row.expected_impact_en, row.expected_impact_ru) for row in rows}


def plan_years(office: Office) -> list[int]:
    """The years that have a plan, newest first."""
    with office.reading() as session:
        return list(session.scalars(select(WorkPlan.year).order_by(WorkPlan.year.desc())))
