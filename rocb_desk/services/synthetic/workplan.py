"""The synthetic office's work plans: a Strategic Framework every four years, a plan a year
with the goals' expected impacts and some twenty activities, their dated statuses, the
activities carried from the year before, and their evidence (events, letters, entries).

The texts are the office's own, from the demo plans: a real office plans much the same
activities year after year.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from ...db.models import (
    Activity,
    ActivityEntry,
    ActivityEvent,
    ActivityLetter,
    ActivityStakeholder,
    ActivityStatusChange,
    PlanGoal,
    StrategicFramework,
    StrategicGoal,
    WorkPlan,
)
from ...domain.fiscal import FinancialYear
from ...domain.workplan import FINISHED, ActivityStatus, IndicatorSource
from ...paths import resource_path
from .context import PLAN_UNITS, Context, stamp
from .words import paragraph

FRAMEWORK_YEARS = 4
GOAL_TEXTS = ("title", "deliverables", "stakeholders", "expected_impact", "indicators")
PAST = (
    ("completed", 70),
    ("ongoing", 8),
    ("postponed", 7),
    ("cancelled", 5),
    ("initiated", 5),
    ("planned", 5),
)
CURRENT = (("planned", 30), ("initiated", 20), ("ongoing", 40), ("completed", 8), ("postponed", 2))


def _joined(value: str | list[str]) -> str:
    return "\n".join(value) if isinstance(value, list) else value


def build(ctx: Context) -> None:
    rng = ctx.rng("workplan")
    with resource_path("demo", "workplan.json").open(encoding="utf-8") as handle:
        data = json.load(handle)
    _frameworks(ctx, data["framework"])
    pool: dict[int, list[dict]] = {}
    for plan in data["plans"]:
        for row in plan["activities"]:
            titles = [known["title_en"] for known in pool.get(row["goal"], [])]
            if row["title_en"] not in titles:
                pool.setdefault(row["goal"], []).append(row)
    impacts = data["plans"][-1]["goal_impacts"]
    plan_id, activity_id = ctx.next_id(WorkPlan), ctx.next_id(Activity)
    plans, goals, activities, stakeholders, changes = [], [], [], [], []
    links: dict[type, list[dict]] = {ActivityEvent: [], ActivityLetter: [], ActivityEntry: []}
    before: dict[str, tuple[int, str]] = {}  # last year's activity of a title: id, status
    current = FinancialYear.of(ctx.today).start_year
    for year in ctx.years:
        plans.append({"id": plan_id, "year": year.start_year})
        goals += [
            {
                "plan_id": plan_id,
                "goal_number": int(goal),
                "expected_impact_en": text["en"],
                "expected_impact_ru": text["ru"],
            }
            for goal, text in sorted(impacts.items())
        ]
        events = [
            e for e in ctx.events if FinancialYear.of(e.start) == year and e.start <= ctx.today
        ]
        this_year: dict[str, tuple[int, str]] = {}
        for goal, candidates in sorted(pool.items()):
            chosen = rng.sample(candidates, min(len(candidates), rng.randint(2, 4)))
            chosen.sort(key=lambda row: candidates.index(row))
            for minor, row in enumerate(chosen, start=1):
                status = rng.choices(
                    *zip(*(PAST if year.start_year < current else CURRENT), strict=True)
                )[0]
                carried = before.get(row["title_en"])
                activities.append(
                    _activity(
                        ctx, rng, row, activity_id, plan_id, year, goal, minor, status, carried
                    )
                )
                stakeholders += [
                    {"activity_id": activity_id, "stakeholder": key}
                    for key in sorted(row["stakeholders"])
                ]
                changes += _history(ctx, rng, activity_id, year, status)
                _evidence(ctx, rng, links, activity_id, year, row["indicator_count"], events)
                this_year[row["title_en"]] = (activity_id, status)
                activity_id += 1
        before = this_year
        plan_id += 1
        ctx.progress.advance(PLAN_UNITS)
    ctx.insert(WorkPlan, plans)
    ctx.insert(PlanGoal, goals)
    ctx.insert(Activity, activities)
    ctx.insert(ActivityStakeholder, stakeholders)
    ctx.insert(ActivityStatusChange, changes)
    for model, rows in links.items():
        ctx.insert(model, rows)


def _frameworks(ctx: Context, framework: dict) -> None:
    first_id = ctx.next_id(StrategicFramework)
    rows, goals = [], []
    starts = range(ctx.years[0].start_year, ctx.years[-1].start_year + 1, FRAMEWORK_YEARS)
    for number, start in enumerate(starts):
        framework_id = first_id + number
        row = {"id": framework_id, "start_year": start, "end_year": start + FRAMEWORK_YEARS - 1}
        for lang in ("en", "ru"):
            for name in ("mission", "vision", "values"):
                row[f"{name}_{lang}"] = _joined(framework[f"{name}_{lang}"])
        rows.append(row)
        for goal in framework["goals"]:
            values = {
                "framework_id": framework_id,
                "number": goal["number"],
                "group": goal["group"],
            }
            for name in GOAL_TEXTS:
                for lang in ("en", "ru"):
                    values[f"{name}_{lang}"] = _joined(goal[f"{name}_{lang}"])
            goals.append(values)
    ctx.insert(StrategicFramework, rows)
    ctx.insert(StrategicGoal, goals)


def _activity(
    ctx: Context, rng, row, activity_id, plan_id, year, goal, minor, status, carried
) -> dict:  # noqa: ANN001, PLR0913
    past = status not in ("planned",) and year.start <= ctx.today
    source = row["indicator_count"]
    progress = {lang: _joined(row[f"progress_{lang}"]) for lang in ("en", "ru")}
    if past and not progress["en"]:
        progress = {
            lang: paragraph(rng, ctx.words[lang], rng.randint(15, 40)) for lang in ("en", "ru")
        }
    done = status == ActivityStatus.COMPLETED.value
    return {
        "id": activity_id,
        "plan_id": plan_id,
        "goal_number": goal,
        "number": f"{goal}.{minor}",
        "major": goal,
        "minor": minor,
        **{
            f"{name}_{lang}": row[f"{name}_{lang}"]
            for name in ("title", "expected_output", "status_note", "indicator", "intended_outcome")
            for lang in ("en", "ru")
        },
        "status": status,
        "indicator_source": source,
        "baseline": row["baseline"],
        "target": row["target"]
        if row["target"] is not None or source == "none"
        else rng.randint(3, 10),
        "due_date": year.end if rng.random() < 0.3 else None,
        "progress_en": progress["en"] if past else "",
        "progress_ru": progress["ru"] if past else "",
        "outcome_en": (row["outcome_en"] or "Achieved.") if done else "",
        "outcome_ru": (row["outcome_ru"] or "Достигнуто.") if done else "",
        "carried_from_id": carried[0] if carried and carried[1] not in FINISHED else None,
        "created_at": stamp(year.start - timedelta(days=rng.randint(5, 40)), rng),
    }


def _history(ctx: Context, rng, activity_id: int, year: FinancialYear, status: str) -> list[dict]:  # noqa: ANN001
    """The statuses the activity went through: planned when the year began, then on."""
    last = min(year.end, ctx.today)
    steps = [ActivityStatus.PLANNED.value]
    if (
        status in (ActivityStatus.COMPLETED.value, ActivityStatus.POSTPONED.value)
        and rng.random() < 0.7
    ):
        steps.append(ActivityStatus.ONGOING.value)
    if status != steps[-1]:
        steps.append(status)
    days = sorted(_day(rng, year.start, last) for _ in steps[1:])
    return [
        {
            "activity_id": activity_id,
            "status": step,
            "note": "",
            "changed_on": day,
            "actor": ctx.actor,
            "recorded_at": stamp(day, rng),
        }
        for step, day in zip(steps, [year.start, *days], strict=True)
    ]


def _day(rng, first: date, last: date) -> date:  # noqa: ANN001 - a Random
    return first + timedelta(days=rng.randint(0, max(0, (last - first).days)))


def _evidence(
    ctx: Context, rng, links, activity_id: int, year: FinancialYear, source: str, events
) -> None:  # noqa: ANN001
    """What the activity's indicator counts, linked as the tabs link it; some other
    activities have an event, a letter or a payment as evidence too."""
    delivering = [e.id for e in events if e.delivering] or [e.id for e in events]
    letters = ctx.letters.get(year.start_year, [])
    entries = ctx.entries.get(year.start_year, [])
    chosen = {
        ActivityEvent: (
            "event_id",
            delivering,
            rng.randint(1, 6)
            if source == IndicatorSource.EVENTS.value
            else int(rng.random() < 0.2),
        ),
        ActivityLetter: (
            "letter_id",
            letters,
            rng.randint(1, 6)
            if source == IndicatorSource.LETTERS.value
            else int(rng.random() < 0.2),
        ),
        ActivityEntry: ("entry_id", entries, rng.randint(1, 3) if rng.random() < 0.15 else 0),
    }
    for model, (column, ids, count) in chosen.items():
        for record_id in sorted(rng.sample(ids, min(count, len(ids)))):
            links[model].append({"activity_id": activity_id, column: record_id})
