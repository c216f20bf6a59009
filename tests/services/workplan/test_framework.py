"""The Strategic Framework: kept whole in both languages, found for a plan's year, checked."""

from __future__ import annotations

import pytest

from rocb_desk.domain.errors import ValidationError
from rocb_desk.services.office import Office
from rocb_desk.services.workplan.framework import (
    GoalForm,
    framework_for,
    framework_periods,
    load_framework,
    save_framework,
)


def test_the_demo_framework_2018_2021_in_both_languages(demo: Office):
    english = framework_for(demo, 2020, "en")
    assert english.period == "2018\u20132021"
    assert [goal.number for goal in english.goals] == [1, 2, 3, 4, 5, 6, 7]
    assert [goal.group for goal in english.goals] == ["keystone"] * 4 + ["management"] * 2 + [
        "communication"
    ]
    first = english.goal(1)
    assert first.title == "Promote the work on customs capacity building and WCO instruments"
    assert first.indicators == ["Number of events organized, hosted or coordinated."]
    assert english.goal(5).stakeholders == []  # "N/A" in the report
    assert len(english.values) == 4
    russian = framework_for(demo, 2020, "ru")
    assert russian.goal(1).title.startswith("Продвигать работу")
    # The plan 2021/2022 still follows it; nothing covers 2017.
    assert framework_for(demo, 2021, "en").period == "2018\u20132021"
    assert framework_for(demo, 2017, "en") is None


def test_a_new_framework_starts_as_a_copy_and_is_kept_apart(demo: Office):
    form = load_framework(demo, 2018)
    form.start_year, form.end_year = 2022, 2025
    form.goals[0].en["title"] = "Promote capacity building"
    form.goals[0].en["indicators"] = "Events delivered\nPeople trained"
    save_framework(demo, form)
    assert framework_periods(demo) == [(2022, 2025), (2018, 2021)]
    newer = framework_for(demo, 2023, "en")
    assert newer.goal(1).title == "Promote capacity building"
    assert newer.goal(1).indicators == ["Events delivered", "People trained"]
    assert framework_for(demo, 2020, "en").goal(1).title.startswith("Promote the work")
    # Read back as saved, both languages.
    again = load_framework(demo, 2022)
    assert again.goals[0].ru == form.goals[0].ru and again.mission == form.mission


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda f: setattr(f, "end_year", 2017), "end_year"),
        (lambda f: f.goals.append(GoalForm(number=1, en={"title": "Twice"})), "goals"),
        (lambda f: f.goals.append(GoalForm(number=8)), "goals"),  # no title
        (lambda f: f.goals.append(GoalForm(number=9, group="other", en={"title": "X"})), "goals"),
        (lambda f: f.goals.append(GoalForm(number=9, ru={"title": "Ц" * 401})), "goals"),
    ],
)
def test_a_bad_framework_is_refused_and_the_old_one_kept(demo: Office, change, field: str):
    form = load_framework(demo, 2018)
    change(form)
    with pytest.raises(ValidationError) as refused:
        save_framework(demo, form, replacing=2018)
    assert field in {error.field for error in refused.value.errors}
    assert [goal.number for goal in framework_for(demo, 2020, "en").goals] == list(range(1, 8))


def test_editing_a_frameworks_first_year_keeps_it_one_framework(demo: Office):
    form = load_framework(demo, 2018)
    form.start_year = 2019
    save_framework(demo, form, replacing=2018)
    assert framework_periods(demo) == [(2019, 2021)]
    # A new framework may not take a first year another one has.
    with pytest.raises(ValidationError) as refused:
        save_framework(demo, load_framework(demo, 2019))
    assert {error.field for error in refused.value.errors} == {"start_year"}
    assert framework_periods(demo) == [(2019, 2021)]
