"""Carrying a plan forward, and the needs register of the yearly cycle."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from rocb_desk.db.models import Need
from rocb_desk.domain.errors import OfficeError, ValidationError
from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services.office import Office
from rocb_desk.services.workplan import evidence
from rocb_desk.services.workplan.carry import carry_forward
from rocb_desk.services.workplan.documents import plan_content
from rocb_desk.services.workplan.needs import (
    NeedForm,
    cycle_summary,
    load_need,
    needs_of,
    save_need,
)
from rocb_desk.services.workplan.register import load_activity, save_activity, status_history
from rocb_desk.services.workplan.review import review


def test_a_plan_written_on_its_own_is_not_mixed_with_copies(demo: Office):
    # 2021/2022 was written from section E, renumbered: carrying 2020/2021 into it is refused.
    with pytest.raises(OfficeError) as refused:
        carry_forward(demo, 2020)
    assert "2021/2022 already has activities of its own" in refused.value.message.english()
    assert len(review(demo, 2021, "en")) == 19


def test_renumbered_copies_are_not_copied_again(demo: Office):
    carry_forward(demo, 2021)
    first = next(r for r in review(demo, 2022, "en") if r.number == "1.1")
    form = load_activity(demo, first.id)
    form.number = "1.5"
    save_activity(demo, form, first.id)
    assert carry_forward(demo, 2021).copied == 0
    numbers = [r.number for r in review(demo, 2022, "en")]
    assert len(numbers) == 19 and "1.1" not in numbers and "1.5" in numbers


def test_carrying_an_uncovered_year_copies_plan_words_only(demo: Office):
    result = carry_forward(demo, 2021)
    assert (result.copied, result.finished, result.already_there) == (19, 0, 0)
    rows = review(demo, 2022, "en")
    assert [r.number for r in rows] == [r.number for r in review(demo, 2021, "en")]
    assert not any(r.has_progress or r.evidence or r.sign_off.signed for r in rows)
    first = load_activity(demo, rows[0].id)
    assert first.stakeholders == {"member_administrations", "wco"}
    assert first.intended_outcome_en.startswith("Orchestrated approach")
    assert [h.changed_on for h in status_history(demo, rows[0].id)] == [date(2022, 4, 1)]
    # The goals' expected impacts come along, printed under each goal's table.
    content = plan_content(demo, FinancialYear(2022), "en")
    assert content.impacts == plan_content(demo, FinancialYear(2021), "en").impacts
    # Twice changes nothing.
    assert carry_forward(demo, 2021).copied == 0
    assert len(review(demo, 2022, "en")) == 19


def test_a_counted_indicator_starts_from_last_years_actual(demo: Office):
    workshops = {row.number: row for row in review(demo, 2020, "en")}["1.2"]
    assert workshops.actual == 4
    with pytest.raises(OfficeError):  # 2021/2022 has its own plan; start 2022/2023 instead
        carry_forward(demo, 2020)
    carry_forward(demo, 2021)
    # 2021/2022's 1.2 has no events linked yet: its count of 0 is the new baseline.
    assert {r.number: r for r in review(demo, 2022, "en")}["1.2"].baseline == 0
    # A words-only indicator keeps the baseline it had.
    assert {r.number: r for r in review(demo, 2022, "en")}["1.3"].baseline is None


def test_carrying_a_year_without_a_plan_is_refused(office: Office):
    with pytest.raises(OfficeError):
        carry_forward(office, 2019)


def test_the_demo_cycle_2021_has_seven_requesting_administrations(demo: Office):
    summary = cycle_summary(demo, 2021)
    assert (summary.needs, summary.administrations) == (9, 7)
    assert summary.by_path == {"forwarded": 9}
    delivered = [row for row in needs_of(demo, 2020, "en") if row.path == "delivered"]
    assert len(delivered) == 4
    assert {row.event for row in delivered} >= {
        "National Workshop on Revised Kyoto Convention for Uzbekistan"
    }
    assert len(needs_of(demo, None, "en")) == 13


def _member(office: Office, iso: str) -> int:
    from rocb_desk.db.models import Member

    with office.reading() as session:
        return session.scalar(select(Member.id).where(Member.iso == iso))


def _needs(office: Office) -> int:
    with office.reading() as session:
        return session.scalar(select(func.count()).select_from(Need))


def test_a_need_moves_along_its_path(office: Office):
    steps = {"received": date(2021, 2, 19), "forwarded": date(2021, 3, 26)}
    need_id = save_need(
        office, NeedForm(year=2021, member_id=_member(office, "GE"), topic_en="AEO", steps=steps)
    )
    form = load_need(office, need_id)
    assert form.path == "forwarded" and form.steps == steps
    [row] = needs_of(office, 2021, "en")
    assert (row.iso, row.path, row.received) == ("GE", "forwarded", date(2021, 2, 19))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"topic_en": "  "}, "topic_en"),
        ({"member_id": None}, "member_id"),
        ({"category": "fun"}, "category"),
        ({"steps": {"received": date(2021, 3, 1), "forwarded": date(2021, 2, 1)}}, "steps"),
        ({"steps": {"received": date(2021, 3, 1), "delivered": date(2021, 9, 1)}}, "event_id"),
        ({"steps": {"forwarded": date(2021, 3, 1)}}, "steps"),  # never received
        ({"steps": {"received": date(2020, 12, 30)}}, "steps"),  # another cycle's
        ({"topic_ru": "т" * 401}, "topic_ru"),
    ],
)
def test_a_bad_need_is_refused_at_its_field(office: Office, changes: dict, field: str):
    values = {"year": 2021, "member_id": _member(office, "GE"), "topic_en": "AEO"}
    values["steps"] = {"received": date(2021, 2, 19)}
    values.update(changes)
    with pytest.raises(ValidationError) as refused:
        save_need(office, NeedForm(**values))
    assert field in {error.field for error in refused.value.errors}
    assert _needs(office) == 0


def test_evidence_links_to_a_removed_record_are_refused_whole(office: Office):
    from rocb_desk.services.workplan.register import ActivityForm, save_activity

    activity_id = save_activity(office, ActivityForm(year=2021, number="1.1", title_en="A"))
    with pytest.raises(OfficeError):
        evidence.link(office, activity_id, "events", [12345])
    assert evidence.evidence(office, activity_id, "en") == []
