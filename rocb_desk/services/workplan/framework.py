"""The Strategic Framework of a period: mission, vision, values and the goals in groups."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ...db.models import StrategicFramework, StrategicGoal
from ...domain.errors import QT_TRANSLATE_NOOP, FieldError, Message, OfficeError, ValidationError
from ...domain.workplan import GoalGroup, split_lines
from .. import audit
from ..office import Office

BAD_PERIOD = QT_TRANSLATE_NOOP(
    "Errors", "A framework's period must end in or after its first year."
)
BAD_YEAR = QT_TRANSLATE_NOOP("Errors", "Write a year such as 2022.")
BAD_GOAL_NUMBERS = QT_TRANSLATE_NOOP("Errors", "Number the goals from 1, each number once.")
NEEDS_GOAL_TITLE = QT_TRANSLATE_NOOP("Errors", "Give goal {number} a title.")
LONG_GOAL_TITLE = QT_TRANSLATE_NOOP(
    "Errors", "The title of goal {number} is longer than {limit} characters."
)
TITLE_LENGTH = 400  # the column's size: PostgreSQL refuses longer text
TAKEN_START = QT_TRANSLATE_NOOP("Errors", "A framework starting in {year} is kept already.")
FRAMEWORK_GONE = QT_TRANSLATE_NOOP(
    "Errors", "The framework no longer exists; it may have been removed."
)
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
        for texts in (goal.en, goal.ru):
            if len(_text(texts.get("title", ""))) > TITLE_LENGTH:
                params = {"number": goal.number, "limit": TITLE_LENGTH}
                errors.append(FieldError("goals", Message(LONG_GOAL_TITLE, params=params)))
    return errors


def save_framework(office: Office, form: FrameworkForm, replacing: int | None = None) -> int:
    """Save the framework that started in `replacing` (its first year, which may change),
    or a new one when None; goals and all, in one transaction."""
    errors = check_framework(form)
    if errors:
        raise ValidationError(errors)
    with office.transaction() as session:
        clash = _starting(session, form.start_year)
        framework = _starting(session, replacing) if replacing is not None else None
        if replacing is not None and framework is None:
            raise OfficeError(FRAMEWORK_GONE)
        if clash is not None and clash is not framework:
            raise ValidationError(
                [FieldError("start_year", Message(TAKEN_START, params={"year": form.start_year}))]
            )
        before = None
        if framework is None:
            framework = StrategicFramework()
            session.add(framework)
        else:
            before = asdict(_form_of(session, framework))
        framework.start_year, framework.end_year = form.start_year, form.end_year
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
        session.flush()
        audit.record(
            session,
            office.actor,
            "create" if before is None else "update",
            "strategic_framework",
            framework.id,
            before=before,
            after=asdict(_form_of(session, framework)),
        )
        return framework.id


def _starting(session: Session, start_year: int) -> StrategicFramework | None:
    return session.scalar(
        select(StrategicFramework).where(StrategicFramework.start_year == start_year)
    )


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


def _form_of(session: Session, framework: StrategicFramework) -> FrameworkForm:
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
        values={lang: split_lines(getattr(framework, f"values_{lang}")) for lang in ("en", "ru")},
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


def load_framework(office: Office, start_year: int) -> FrameworkForm | None:
    """The framework starting in `start_year` as its editor shows it, both languages."""
    with office.reading() as session:
        framework = _starting(session, start_year)
        return _form_of(session, framework) if framework is not None else None


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
