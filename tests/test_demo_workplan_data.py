"""The demo office's work plan data (for the Work plan tab) tells the report's facts and
names only records the other demo files hold."""

from __future__ import annotations

import json
import re

from rocb_desk.paths import resource_path

STATUSES = {"planned", "initiated", "ongoing", "completed", "postponed", "cancelled"}


def _load(*parts: str) -> dict:
    with resource_path(*parts).open(encoding="utf-8") as handle:
        return json.load(handle)


def test_the_framework_has_seven_goals_in_three_groups():
    framework = _load("demo", "workplan.json")["framework"]
    groups = {g["key"]: [] for g in framework["groups"]}
    for goal in framework["goals"]:
        groups[goal["group"]].append(goal["number"])
    assert groups == {"keystone": [1, 2, 3, 4], "management": [5, 6], "communication": [7]}
    assert all(goal["title_ru"] and goal["expected_impact_ru"] for goal in framework["goals"])


def test_each_plan_numbers_its_activities_within_their_goals():
    plans = {p["year"]: p for p in _load("demo", "workplan.json")["plans"]}
    assert len(plans["2021/2022"]["activities"]) == 19  # the table of section E
    for plan in plans.values():
        for goal in range(1, 8):
            numbers = [a["number"] for a in plan["activities"] if a["goal"] == goal]
            assert numbers == [f"{goal}.{n}" for n in range(1, len(numbers) + 1)]
        assert {a["status"] for a in plan["activities"]} <= STATUSES
    progress = plans["2020/2021"]["activities"]
    assert all(a["progress_en"] and re.search("[а-я]", a["outcome_ru"]) for a in progress)


def test_needs_and_evidence_name_real_records_of_the_demo():
    data = _load("demo", "workplan.json")
    members = {m["iso"] for m in _load("reference", "members.json")}
    events = {e["title_en"] for e in _load("demo", "events_2020_2021.json")["events"]}
    letters = {x["reference"] for x in _load("demo", "letters_2020_2021.json")["letters"]}
    needs = data["needs"]
    assert len({n["administration"] for n in needs if n["year"] == 2021}) == 7  # section C 1.1
    assert {n["administration"] for n in needs} <= members
    assert {n["event_title"] for n in needs if n["path"] == "delivered"} <= events
    for activity in data["plans"][0]["activities"]:
        assert set(activity["evidence"]["events"]) <= events
        assert set(activity["evidence"]["letters"]) <= letters
