"""The Strategic Framework of a period: mission, vision, values and the goals in groups."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ...db.models import StrategicFramework, StrategicGoal
from ...domain.errors import QT_TRANSLATE_NOOP, FieldError, Message, ValidationError
from ...domain.workplan import GoalGroup, split_lines
from .. import audit
from ..office import Office

BAD_PERIOD = QT_TRANSLATE_NOOP(
    "Errors", "A framework's period must end in or after its first year."
)
BAD_YEAR = QT_TRANSLATE_NOOP("Errors", "Write a year such as 2022.")
BAD_GOAL_NUMBERS = QT_TRANSLATE_NOOP("Errors", "Number the goals from 1, each number once.")
NEEDS_GOAL_TITLE = QT_TRANSLATE_NOOP("Errors", "Give goal {number} a title.")
BAD_CHOICE = QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not one of the choices.")
TEXTS = ("title", "deliverables", "stakeholders", "expected_impact", "indicators")


@dataclass
class GoalForm:
    number: int
    group: str = GoalGroup.KEYSTONE.value
    # One language's texts by name: title and expected_impact plain, the others lists.
    en: dict[str, str | list[str]] = field(default_factory=dict)
    ru: dict[str, str | list[str]] = field(default_factory=dict)


@dataclass
class FrameworkForm:
    start_year: int
    end_year: int
    mission: dict[str, str] = field(default_factory=dict)  # by language
    vision: dict[str, str] = field(default_factory=dict)
    values: dict[str, list[str]] = field(default_factory=dict)
    goals: list[GoalForm] = field(default_factory=list)


@dataclass(frozen=True)
class GoalView:
    number: int
    group: str
    title: str
    deliverables: list[str]
    stakeholders: list[str]
    expected_impact: str
    indicators: list[str]


@dataclass(frozen=True)
class FrameworkView:
    start_year: int
    end_year: int
    mission: str
    vision: str
    values: list[str]
    goals: list[GoalView]

    @property
    def period(self) -> str:
        return f"{self.start_year}\u2013{self.end_year}"

    def goal(self, number: int) -> GoalView | None:
        return next((goal for goal in self.goals if goal.number == number), None)


def _text(value: str | list[str]) -> str:
    return "\n".join(value) if isinstance(value, list) else value.strip()


def check_framework(form: FrameworkForm) -> list[FieldError]:
    errors = []
    if not 2000 <= form.start_year <= 2100:
        errors.append(FieldError("start_year", Message(BAD_YEAR)))
    if form.end_year < form.start_year:
        errors.append(FieldError("end_year", Message(BAD_PERIOD)))
    numbers = [goal.number for goal in form.goals]
    if len(set(numbers)) != len(numbers) or any(not 1 <= n <= 99 for n in numbers):
        errors.append(FieldError("goals", Message(BAD_GOAL_NUMBERS)))
    for goal in form.goals:
        if goal.group not in {g.value for g in GoalGroup}:
            errors.append(FieldError("goals", Message(BAD_CHOICE, params={"value": goal.group})))
        if not _text(goal.en.get("title", "")) and not _text(goal.ru.get("title", "")):
            errors.append(
                FieldError("goals", Message(NEEDS_GOAL_TITLE, params={"number": goal.number}))
            )
    return errors


def save_framework(office: Office, form: FrameworkForm) -> int:
    """Create or replace the framework starting in `form.start_year`, goals and all."""
    errors = check_framework(form)
    if errors:
        raise ValidationError(errors)
    with office.transaction() as session:
        framework = session.scalar(
            select(StrategicFramework).where(StrategicFramework.start_year == form.start_year)
        )
        action = "update"
        if framework is None:
            framework = StrategicFramework(start_year=form.start_year)
            session.add(framework)
            action = "create"
        framework.end_year = form.end_year
        for lang in ("en", "ru"):
            setattr(framework, f"mission_{lang}", form.mission.get(lang, "").strip())
            setattr(framework, f"vision_{lang}", form.vision.get(lang, "").strip())
            setattr(framework, f"values_{lang}", "\n".join(form.values.get(lang, [])))
        session.flush()
        session.execute(delete(StrategicGoal).where(StrategicGoal.framework_id == framework.id))
        for goal in form.goals:
            row = StrategicGoal(framework_id=framework.id, number=goal.number, group=goal.group)
            for lang, texts in (("en", goal.en), ("ru", goal.ru)):
                for name in TEXTS:
                    setattr(row, f"{name}_{lang}", _text(texts.get(name, "")))
            session.add(row)
        audit.record(
            session,
            office.actor,
            action,
            "strategic_framework",
            framework.id,
            after={"period": f"{form.start_year}-{form.end_year}", "goals": len(form.goals)},
        )
        return framework.id


def framework_row(session: Session, year: int) -> StrategicFramework | None:
    """The framework covering the financial year starting in `year`, else the latest before.

    A plan may outlive its framework by a year while the next is drafted (the plan
    2021/2022 still follows the framework 2018–2021).
    """
    return session.scalar(
        select(StrategicFramework)
        .where(StrategicFramework.start_year <= year)
        .order_by(StrategicFramework.start_year.desc())
        .limit(1)
    )


def framework_for(office: Office, year: int, lang: str) -> FrameworkView | None:
    with office.reading() as session:
        framework = framework_row(session, year)
        if framework is None:
            return None
        goals = session.scalars(
            select(StrategicGoal)
            .where(StrategicGoal.framework_id == framework.id)
            .order_by(StrategicGoal.number)
        ).all()
        return FrameworkView(
            start_year=framework.start_year,
            end_year=framework.end_year,
            mission=_pick(framework, "mission", lang),
            vision=_pick(framework, "vision", lang),
            values=split_lines(_pick(framework, "values", lang)),
            goals=[
                GoalView(
                    number=goal.number,
                    group=goal.group,
                    title=_pick(goal, "title", lang),
                    deliverables=split_lines(_pick(goal, "deliverables", lang)),
                    stakeholders=split_lines(_pick(goal, "stakeholders", lang)),
                    expected_impact=_pick(goal, "expected_impact", lang),
                    indicators=split_lines(_pick(goal, "indicators", lang)),
                )
                for goal in goals
            ],
        )


def _pick(row: object, name: str, lang: str) -> str:
    """The text in the reader's language, the other one where that is missing."""
    en, ru = getattr(row, f"{name}_en"), getattr(row, f"{name}_ru")
    return (ru or en) if lang == "ru" else (en or ru)


def load_framework(office: Office, start_year: int) -> FrameworkForm | None:
    """The framework starting in `start_year` as its editor shows it, both languages."""
    with office.reading() as session:
        framework = session.scalar(
            select(StrategicFramework).where(StrategicFramework.start_year == start_year)
        )
        if framework is None:
            return None
        goals = session.scalars(
            select(StrategicGoal)
            .where(StrategicGoal.framework_id == framework.id)
            .order_by(StrategicGoal.number)
        ).all()
        return FrameworkForm(
            start_year=framework.start_year,
            end_year=framework.end_year,
            mission={lang: getattr(framework, f"mission_{lang}") for lang in ("en", "ru")},
            vision={lang: getattr(framework, f"vision_{lang}") for lang in ("en", "ru")},
            values={
                lang: split_lines(getattr(framework, f"values_{lang}")) for lang in ("en", "ru")
            },
            goals=[
                GoalForm(
                    number=goal.number,
                    group=goal.group,
                    en={name: getattr(goal, f"{name}_en") for name in TEXTS},
                    ru={name: getattr(goal, f"{name}_ru") for name in TEXTS},
                )
                for goal in goals
            ],
        )


def framework_periods(office: Office) -> list[tuple[int, int]]:
    """(first year, last year) of every framework kept, newest first."""
    with office.reading() as session:
        return [
            (row.start_year, row.end_year)
            for row in session.execute(
                select(StrategicFramework.start_year, StrategicFramework.end_year).order_by(
                    StrategicFramework.start_year.desc()
                )
            )
        ]
