"""Activities of a plan: saved whole, refused at the field, renumbered without losing anything."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from rocb_desk.db.models import Activity, AuditEntry
from rocb_desk.domain.errors import ValidationError
from rocb_desk.services.events.register import EventForm, save_event
from rocb_desk.services.office import Office
from rocb_desk.services.workplan import evidence
from rocb_desk.services.workplan.register import (
    ActivityForm,
    delete_activity,
    load_activity,
    plan_years,
    save_activity,
    status_history,
)
from rocb_desk.services.workplan.review import review


def _form(**changes) -> ActivityForm:
    values = {
        "year": 2021,
        "goal_number": 1,
        "number": "1.1",
        "title_en": "Collect the needs",
        "title_ru": "Собирать потребности",
        "stakeholders": {"wco", "member_administrations"},
        "indicator_en": "Number of activities",
        "indicator_source": "events",
        "target": "4",
    }
    values.update(changes)
    return ActivityForm(**values)


def _count(office: Office) -> int:
    with office.reading() as session:
        return session.scalar(select(func.count()).select_from(Activity))


def _refused_fields(office: Office, form: ActivityForm, activity_id: int | None = None) -> set[str]:
    with pytest.raises(ValidationError) as refused:
        save_activity(office, form, activity_id)
    return {error.field for error in refused.value.errors}


def test_an_activity_is_saved_and_read_back_whole(office: Office):
    activity_id = save_activity(office, _form(baseline=" 2 ", progress_en="First\n\nSecond"))
    form = load_activity(office, activity_id)
    assert (form.number, form.goal_number, form.title_ru) == ("1.1", 1, "Собирать потребности")
    renumbered = save_activity(office, _form(number=" 01.2 "))
    assert load_activity(office, renumbered).number == "1.2"  # as the plan prints it
    assert form.stakeholders == {"wco", "member_administrations"}
    assert (form.baseline, form.target) == (2, 4)
    assert plan_years(office) == [2021]


def test_a_duplicate_number_within_a_year_is_refused_at_the_number(office: Office):
    save_activity(office, _form())
    assert _refused_fields(office, _form(title_en="Another")) == {"number"}
    # The same position written otherwise is the same number.
    assert _refused_fields(office, _form(number="01.1")) == {"number"}
    assert _refused_fields(office, _form(number="1.01")) == {"number"}
    assert _count(office) == 1
    # The same number in another year's plan is another activity.
    save_activity(office, _form(year=2022))
    assert _count(office) == 2


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title_en": " ", "title_ru": ""}, "title_en"),
        ({"target": "ten"}, "target"),
        ({"baseline": "3.5"}, "baseline"),
        ({"target": "-1"}, "target"),
        ({"target": "\u00b2"}, "target"),  # a digit to isdigit(), not to int()
        ({"baseline": "\u0661\u0662"}, "baseline"),  # Arabic-Indic digits
        ({"number": "2.1"}, "number"),  # goal 1's activity numbered under goal 2
        ({"number": "first"}, "number"),
        ({"status": "done"}, "status"),
        ({"stakeholders": {"wco", "aliens"}}, "stakeholders"),
    ],
)
def test_bad_fields_are_refused_at_their_field_and_nothing_is_saved(
    office: Office, changes: dict, field: str
):
    assert field in _refused_fields(office, _form(**changes))
    assert _count(office) == 0
    assert plan_years(office) == []  # not even an empty plan left behind


def test_moving_and_renumbering_keeps_progress_and_evidence(office: Office):
    activity_id = save_activity(office, _form(progress_en="Did it", outcome_en="Done well"))
    event_id = save_event(
        office,
        EventForm(title_en="Workshop", start_date=date(2021, 6, 1), end_date=date(2021, 6, 2)),
    )
    evidence.link(office, activity_id, "events", [event_id])
    form = load_activity(office, activity_id)
    form.goal_number, form.number = 2, "2.5"
    save_activity(office, form, activity_id)

    [row] = review(office, 2021, "en")
    assert (row.id, row.number, row.goal_number) == (activity_id, "2.5", 2)
    assert row.outcome == "Done well" and row.actual == 1 and row.evidence == 1
    assert [item.label for item in evidence.evidence(office, activity_id, "en")] == ["Workshop"]


def test_status_changes_are_kept_with_their_day(office: Office):
    activity_id = save_activity(office, _form(status="planned", status_since=date(2021, 4, 1)))
    form = load_activity(office, activity_id)
    form.title_en = "Collect the needs of all members"  # not a status change
    save_activity(office, form, activity_id)
    form.version = load_activity(office, activity_id).version  # read again, as editors do
    form.status, form.status_note_en = "initiated", "Initiated in May"
    form.status_since = date(2021, 5, 10)
    save_activity(office, form, activity_id)
    history = status_history(office, activity_id)
    assert [(h.status, h.changed_on, h.note) for h in history] == [
        ("planned", date(2021, 4, 1), ""),
        ("initiated", date(2021, 5, 10), "Initiated in May"),
    ]
    assert history[-1].actor == "tester"


def test_changes_and_deletion_are_in_the_audit_trail(office: Office):
    activity_id = save_activity(office, _form())
    form = load_activity(office, activity_id)
    form.target = "6"
    save_activity(office, form, activity_id)
    delete_activity(office, activity_id)
    with office.reading() as session:
        actions = session.execute(
            select(AuditEntry.action, AuditEntry.before, AuditEntry.after)
            .where(AuditEntry.entity == "activity", AuditEntry.entity_id == activity_id)
            .order_by(AuditEntry.id)
        ).all()
    assert [a.action for a in actions] == ["create", "update", "delete"]
    assert '"target": 4' in actions[1].before and '"target": 6' in actions[1].after
    assert _count(office) == 0


def test_a_status_cannot_take_effect_before_the_last_change(office: Office):
    activity_id = save_activity(office, _form(status="initiated", status_since=date(2021, 6, 1)))
    form = load_activity(office, activity_id)
    form.status, form.status_since = "completed", date(2021, 5, 1)
    assert _refused_fields(office, form, activity_id) == {"status_since"}
    assert load_activity(office, activity_id).status == "initiated"


def test_rewriting_signed_progress_withdraws_the_sign_off(office: Office):
    from rocb_desk.services.workplan.review import sign_off_activity

    activity_id = save_activity(office, _form(progress_en="Four workshops"))
    sign_off_activity(office, activity_id, "Good")
    form = load_activity(office, activity_id)
    form.title_en = "Collect the needs, all of them"  # not what was signed off: kept
    save_activity(office, form, activity_id)
    assert review(office, 2021, "en")[0].sign_off.signed
    form.version = load_activity(office, activity_id).version  # read again, as editors do
    form.progress_en = "Five workshops"
    save_activity(office, form, activity_id)
    assert not review(office, 2021, "en")[0].sign_off.signed
