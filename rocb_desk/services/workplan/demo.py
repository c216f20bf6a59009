"""The demo office's work plan: the Strategic Framework 2018–2021, the plans 2020/2021
(with the progress section C tells) and 2021/2022 (section E), and the needs cycle."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from ...db.models import Event, Letter, Member
from ...domain.fiscal import FinancialYear
from ...paths import resource_path
from ..office import Office
from .evidence import link
from .framework import FrameworkForm, GoalForm, save_framework
from .needs import NeedForm, save_need
from .register import ActivityForm, save_activity, save_goal_impacts

GOAL_TEXTS = ("title", "deliverables", "stakeholders", "expected_impact", "indicators")


def load_demo_workplan(office: Office) -> None:
    with resource_path("demo", "workplan.json").open(encoding="utf-8") as handle:
        data = json.load(handle)
    _framework(office, data["framework"])
    with office.reading() as session:
        events = dict(session.execute(select(Event.title_en, Event.id)).all())
        letters: dict[str, list[int]] = {}
        for reference, letter_id in session.execute(select(Letter.reference, Letter.id)):
            letters.setdefault(reference, []).append(letter_id)
        members = dict(session.execute(select(Member.iso, Member.id)).all())
    for plan in data["plans"]:
        year = FinancialYear.parse(plan["year"])
        for row in plan["activities"]:
            activity_id = save_activity(office, _activity_form(year, row))
            # A KeyError here is a mistake in the shipped file, found by the demo's test.
            event_ids = [events[title] for title in row["evidence"]["events"]]
            letter_ids = [i for ref in row["evidence"]["letters"] for i in letters[ref]]
            if event_ids:
                link(office, activity_id, "events", event_ids)
            if letter_ids:
                link(office, activity_id, "letters", letter_ids)
        save_goal_impacts(
            office,
            year.start_year,
            {int(goal): (text["en"], text["ru"]) for goal, text in plan["goal_impacts"].items()},
        )
    for row in data["needs"]:
        save_need(
            office,
            NeedForm(
                year=row["year"],
                member_id=members[row["administration"]],
                topic_en=row["topic_en"],
                topic_ru=row["topic_ru"],
                category=row["category"],
                steps={step["path"]: date.fromisoformat(step["date"]) for step in row["history"]},
                event_id=events[row["event_title"]] if row.get("event_title") else None,
            ),
        )


def _framework(office: Office, data: dict) -> None:
    start, end = (int(part) for part in data["period"].replace("\u2013", "-").split("-"))
    save_framework(
        office,
        FrameworkForm(
            start_year=start,
            end_year=end,
            mission={lang: data[f"mission_{lang}"] for lang in ("en", "ru")},
            vision={lang: data[f"vision_{lang}"] for lang in ("en", "ru")},
            values={lang: data[f"values_{lang}"] for lang in ("en", "ru")},
            goals=[
                GoalForm(
                    number=goal["number"],
                    group=goal["group"],
                    en={name: goal[f"{name}_en"] for name in GOAL_TEXTS},
                    ru={name: goal[f"{name}_ru"] for name in GOAL_TEXTS},
                )
                for goal in data["goals"]
            ],
        ),
    )


def _activity_form(year: FinancialYear, row: dict) -> ActivityForm:
    return ActivityForm(
        year=year.start_year,
        goal_number=row["goal"],
        number=row["number"],
        title_en=row["title_en"],
        title_ru=row["title_ru"],
        stakeholders=set(row["stakeholders"]),
        expected_output_en=row["expected_output_en"],
        expected_output_ru=row["expected_output_ru"],
        status=row["status"],
        status_note_en=row["status_note_en"],
        status_note_ru=row["status_note_ru"],
        status_since=year.start,
        indicator_en=row["indicator_en"],
        indicator_ru=row["indicator_ru"],
        indicator_source=row["indicator_count"],
        baseline=row["baseline"],
        target=row["target"],
        intended_outcome_en=row["intended_outcome_en"],
        intended_outcome_ru=row["intended_outcome_ru"],
        progress_en="\n".join(row["progress_en"]),
        progress_ru="\n".join(row["progress_ru"]),
        outcome_en=row["outcome_en"],
        outcome_ru=row["outcome_ru"],
    )
