"""The director's review: indicators counted from the registers, attention, sign-off, chart."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

from sqlalchemy import select

from rocb_desk.db.models import AuditEntry
from rocb_desk.services.events.register import EventForm, save_event
from rocb_desk.services.office import Office
from rocb_desk.services.workplan import evidence
from rocb_desk.services.workplan.register import ActivityForm, load_activity, save_activity
from rocb_desk.services.workplan.review import (
    review,
    sign_off_activity,
    sign_off_year,
    status_chart,
    year_sign_off,
)


def _by_number(office: Office, year: int, **kwargs) -> dict:
    return {row.number: row for row in review(office, year, "en", **kwargs)}


def test_the_demo_plan_2020_2021_is_reviewed_with_its_outcomes(demo: Office):
    rows = review(demo, 2020, "en")
    assert len(rows) == 27
    assert [row.number for row in rows][:5] == ["1.1", "1.2", "1.3", "1.4", "2.1"]
    first = rows[0]
    assert first.outcome.startswith("Orchestrated approach with the WCO Secretariat")
    assert first.has_progress and first.evidence == 4  # the four letters of the needs cycle
    assert len(review(demo, 2021, "en")) == 19


def test_activity_counts_are_counted_from_the_registers(demo: Office):
    rows = _by_number(demo, 2020)
    # "Number of activities": the four national workshops linked to 1.2.
    assert (rows["1.2"].source, rows["1.2"].actual) == ("events", 4)
    # "Number of needs collected": the nine needs received from February to March 2021.
    assert (rows["1.1"].source, rows["1.1"].actual) == ("needs", 9)
    assert rows["2.1"].actual == 0  # counted, nothing linked: a zero, not a blank
    assert rows["1.3"].actual is None  # told in words


def test_only_linked_events_of_the_plan_year_count(office: Office):
    activity_id = save_activity(
        office,
        ActivityForm(year=2021, number="1.2", title_en="Workshops", indicator_source="events"),
    )

    def event(day: date) -> int:
        return save_event(office, EventForm(title_en=f"On {day}", start_date=day, end_date=day))

    in_year = [event(date(2021, 4, 1)), event(date(2022, 3, 31))]
    outside = event(date(2022, 4, 1))
    event(date(2021, 9, 1))  # in the year, never linked
    evidence.link(office, activity_id, "events", [*in_year, outside])
    [row] = review(office, 2021, "en")
    assert row.actual == 2 and row.evidence == 3


def test_a_letter_and_its_translation_count_once(demo: Office):
    activity_id = _by_number(demo, 2020)["3.5"].id
    form = load_activity(demo, activity_id)
    form.indicator_source = "letters"
    save_activity(demo, form, activity_id)
    row = _by_number(demo, 2020)["3.5"]
    # Circular 2021/2 in English and Russian, and the two replies to it.
    assert (row.evidence, row.actual) == (4, 3)


def test_the_attention_filter_names_why(office: Office):
    def add(number: str, **values) -> int:
        return save_activity(
            office, ActivityForm(year=2020, number=number, title_en=number, **values)
        )

    add("1.1", status="planned")  # no progress, no evidence, and the year is over
    done = add("1.2", status="ongoing", progress_en="Did it", outcome_en="Done")
    event_id = save_event(
        office, EventForm(title_en="W", start_date=date(2020, 6, 1), end_date=date(2020, 6, 1))
    )
    evidence.link(office, done, "events", [event_id])
    add("1.3", status="ongoing", due_date=date(2021, 1, 31), outcome_en="Half done")

    rows = _by_number(office, 2020, attention_only=True, today=date(2021, 6, 1))
    assert set(rows) == {"1.1", "1.3"}
    assert rows["1.1"].attention == ["no_progress", "overdue", "no_evidence"]
    assert rows["1.3"].attention == ["overdue", "no_evidence"]
    # Before the year is over, a planned activity is not late yet.
    early = _by_number(office, 2020, attention_only=True, today=date(2020, 12, 1))
    assert early["1.1"].attention == ["no_progress", "no_evidence"]


def test_sign_off_is_shown_to_everyone_and_audited(demo: Office):
    activity_id = _by_number(demo, 2020)["1.2"].id
    signed = sign_off_activity(demo, activity_id, "  Four workshops, as planned. ")
    row = _by_number(demo, 2020)["1.2"]
    assert row.sign_off.signed and row.sign_off.by == "director"
    assert row.sign_off.comment == "Four workshops, as planned." == signed.comment
    assert not _by_number(demo, 2020)["1.1"].sign_off.signed

    assert not year_sign_off(demo, 2020).signed
    sign_off_year(demo, 2020, "Progress 2020/2021 reviewed")
    year = year_sign_off(demo, 2020)
    assert (year.by, year.comment) == ("director", "Progress 2020/2021 reviewed") and year.signed
    with demo.reading() as session:
        audited = session.execute(
            select(AuditEntry.entity, AuditEntry.actor, AuditEntry.after).where(
                AuditEntry.action == "sign_off"
            )
        ).all()
    assert [(a.entity, a.actor) for a in audited] == [
        ("activity", "director"),
        ("work_plan", "director"),
    ]
    assert json.loads(audited[0].after)["comment"] == "Four workshops, as planned."


def test_the_status_chart_counts_each_goal(demo: Office):
    chart = status_chart(demo, 2020)
    expected: dict[int, Counter] = {}
    for row in review(demo, 2020, "en"):
        expected.setdefault(row.goal_number, Counter())[row.status] += 1
    assert chart == {goal: dict(counts) for goal, counts in expected.items()}
    assert list(chart) == [1, 2, 3, 4, 5, 6, 7]
    assert chart[2]["completed"] == 1 and chart[3]["initiated"] == 1
    assert status_chart(demo, 2030) == {}


def test_a_sign_off_can_be_withdrawn_and_the_audit_keeps_both(demo: Office):
    activity_id = _by_number(demo, 2020)["1.2"].id
    sign_off_activity(demo, activity_id, "Fine")
    withdrawn = sign_off_activity(demo, activity_id, None)
    assert not withdrawn.signed and not _by_number(demo, 2020)["1.2"].sign_off.signed
    sign_off_year(demo, 2020, "Reviewed")
    sign_off_year(demo, 2020, None)
    assert not year_sign_off(demo, 2020).signed
    with demo.reading() as session:
        actions = session.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.action.in_(["sign_off", "withdraw_sign_off"]))
            .order_by(AuditEntry.id)
        ).all()
    assert actions == ["sign_off", "withdraw_sign_off", "sign_off", "withdraw_sign_off"]


def test_a_translation_linked_later_counts_once_too(office: Office):
    from rocb_desk.services.letters.register import LetterForm, link_translation, register_letter

    activity_id = save_activity(
        office,
        ActivityForm(
            year=2020, goal_number=3, number="3.5", title_en="Letters", indicator_source="letters"
        ),
    )

    def letter(language: str, subject: str) -> int:
        form = LetterForm(letter_date=date(2020, 6, 1), subject=subject, language=language)
        return register_letter(office, form).id

    english, russian = letter("en", "Contact points"), letter("ru", "Контактные лица")
    other = letter("en", "Newsletter")
    link_translation(office, english, russian)
    evidence.link(office, activity_id, "letters", [english, russian, other])
    [row] = review(office, 2020, "en")
    assert (row.evidence, row.actual) == (3, 2)
