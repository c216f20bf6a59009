"""The work plan's documents, in the report's own forms, built once as neutral Documents.

- The Work Plan of a year (section E): one landscape table per strategic goal — #,
  Activity, Stakeholders, Expected Output, Status, Indicator, Intended Outcome — with
  the goal's Expected Impact under it.
- The report of activities of a year (section C): per goal and activity, the progress
  bullets and the "√" outcome achieved.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ...db.models import Activity, ActivityStakeholder, PlanGoal
from ...domain.document import Bullets, Column, Document, Heading, Paragraph, Table
from ...domain.fiscal import FinancialYear
from ...domain.workplan import STAKEHOLDER_LABELS, STATUS_LABELS, ActivityStatus, split_lines
from ...i18n import translate
from ..events.queries import title_of
from ..office import Office
from .framework import FrameworkView, framework_for
from .register import plan_of
from .review import counted_actual, counted_actuals

OUTCOME_MARK = "\u221a"


@dataclass(frozen=True)
class PlanLine:
    """One activity with every text in the reader's language, as the documents print it."""

    goal_number: int
    number: str
    title: str
    stakeholders: list[str]
    expected_output: str
    status: str  # the report's words: the note where there is one, else the status
    indicator: str
    baseline: int | None
    target: int | None
    actual: int | None
    intended_outcome: str
    progress: list[str]
    outcome: str


@dataclass(frozen=True)
class PlanContent:
    year: FinancialYear
    framework: FrameworkView | None
    lines: list[PlanLine]
    impacts: dict[int, str]

    def goals(self) -> list[int]:
        """The goals the plan covers: the framework's, and any other a line names."""
        numbers = {line.goal_number for line in self.lines} | set(self.impacts)
        if self.framework is not None:
            numbers |= {goal.number for goal in self.framework.goals}
        return sorted(numbers)

    def goal_title(self, number: int) -> str:
        goal = self.framework.goal(number) if self.framework else None
        label = translate("Workplan", "Strategic Goal {number}").format(number=number)
        return f"{label}: {goal.title}" if goal and goal.title else label


def plan_content(office: Office, year: FinancialYear, lang: str) -> PlanContent:
    """The year's plan in the reader's language: what every work-plan document prints."""
    framework = framework_for(office, year.start_year, lang)
    with office.reading() as session:
        plan = plan_of(session, year.start_year)
        if plan is None:
            return PlanContent(year, framework, [], {})
        actuals = counted_actuals(session, plan)
        activities = session.scalars(
            select(Activity)
            .where(Activity.plan_id == plan.id)
            .order_by(Activity.major, Activity.minor)
        ).all()
        stakeholders: dict[int, list[str]] = {}
        for activity_id, key in session.execute(
            select(ActivityStakeholder.activity_id, ActivityStakeholder.stakeholder)
            .join(Activity, Activity.id == ActivityStakeholder.activity_id)
            .where(Activity.plan_id == plan.id)
        ):
            stakeholders.setdefault(activity_id, []).append(key)
        impacts = {
            row.goal_number: title_of(row.expected_impact_en, row.expected_impact_ru, lang)
            for row in session.scalars(select(PlanGoal).where(PlanGoal.plan_id == plan.id))
        }
        lines = [_line(a, lang, stakeholders.get(a.id, []), actuals) for a in activities]
    return PlanContent(year, framework, lines, impacts)


def _line(activity: Activity, lang: str, keys: list[str], actuals: dict) -> PlanLine:
    def text(name: str) -> str:
        return title_of(getattr(activity, f"{name}_en"), getattr(activity, f"{name}_ru"), lang)

    # In the plan's table order, not the order the keys were stored in.
    order = list(STAKEHOLDER_LABELS)
    labels = [translate("Workplan", STAKEHOLDER_LABELS[k]) for k in order if k.value in keys]
    status = text("status_note") or translate(
        "Workplan", STATUS_LABELS[ActivityStatus(activity.status)]
    )
    return PlanLine(
        goal_number=activity.goal_number,
        number=activity.number,
        title=text("title"),
        stakeholders=labels,
        expected_output=text("expected_output"),
        status=status,
        indicator=text("indicator"),
        baseline=activity.baseline,
        target=activity.target,
        actual=counted_actual(activity, actuals),
        intended_outcome=text("intended_outcome"),
        progress=split_lines(text("progress")),
        outcome=text("outcome"),
    )


def _indicator_cell(line: PlanLine) -> str:
    parts = [line.indicator]
    if line.baseline is not None:
        parts.append(translate("Workplan", "Baseline: {value}").format(value=line.baseline))
    if line.target is not None:
        parts.append(translate("Workplan", "Target: {value}").format(value=line.target))
    return "\n".join(part for part in parts if part)


def goal_table(content: PlanContent, goal: int) -> Table:
    """One goal's table of the plan, its Expected Impact in the row under it."""
    impact = content.impacts.get(goal, "")
    if not impact and content.framework and content.framework.goal(goal):
        impact = content.framework.goal(goal).expected_impact
    note = (
        translate("Workplan", "Expected Impact: {impact}").format(impact=impact) if impact else ""
    )
    return Table(
        (
            Column("#", 0.4),
            Column(translate("Workplan", "Activity"), 2.2),
            Column(translate("Workplan", "Stakeholders"), 1.6),
            Column(translate("Workplan", "Expected Output"), 1.9),
            Column(translate("Workplan", "Status"), 0.9),
            Column(translate("Workplan", "Indicator"), 1.5),
            Column(translate("Workplan", "Intended Outcome"), 2.0),
        ),
        tuple(
            (
                line.number,
                line.title,
                "\n".join(line.stakeholders),
                line.expected_output,
                line.status,
                _indicator_cell(line),
                line.intended_outcome,
            )
            for line in content.lines
            if line.goal_number == goal
        ),
        name=translate("Workplan", "Goal {number}").format(number=goal),
        note=note,
    )


def _plan_heading(year: FinancialYear) -> str:
    return translate("Workplan", "Work Plan {year}").format(year=year.name)


def workplan_document(office: Office, year: FinancialYear, lang: str) -> Document:
    content = plan_content(office, year, lang)
    document = Document(
        _plan_heading(year), translate("Books", "ROCB Europe"), lang, landscape=True
    )
    if not content.lines:
        document.add(
            Paragraph(
                translate("Workplan", "The plan {year} has no activities yet.").format(
                    year=year.name
                )
            )
        )
        return document
    for goal in content.goals():
        document.add(Heading(content.goal_title(goal), 2))
        document.add(goal_table(content, goal))
    return document


def activities_report_document(office: Office, year: FinancialYear, lang: str) -> Document:
    """Section C: what was done under each activity, and the outcome achieved."""
    content = plan_content(office, year, lang)
    document = Document(
        translate("Workplan", "Report of Activities {year}").format(year=year.name),
        translate("Books", "ROCB Europe"),
        lang,
    )
    if not content.lines:
        document.add(
            Paragraph(
                translate("Workplan", "The plan {year} has no activities yet.").format(
                    year=year.name
                )
            )
        )
        return document
    for goal in content.goals():
        lines = [line for line in content.lines if line.goal_number == goal]
        if not lines:
            continue
        document.add(Heading(content.goal_title(goal), 2))
        for line in lines:
            document.add(Heading(f"{line.number} {line.title}", 3))
            if line.progress:
                document.add(Bullets(tuple(line.progress)))
            else:
                document.add(Paragraph(translate("Workplan", "No progress recorded.")))
            if line.actual is not None:
                document.add(
                    Paragraph(
                        translate("Workplan", "{indicator}: {actual}").format(
                            indicator=line.indicator, actual=line.actual
                        )
                    )
                )
            if line.outcome:
                document.add(Bullets((line.outcome,), mark=OUTCOME_MARK))
    return document
