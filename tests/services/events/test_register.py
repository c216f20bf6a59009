"""The event register: rules at the fields, links saved whole, costs kept when an event goes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from rocb_desk.domain.errors import OfficeError, ValidationError
from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services.audit_view import history
from rocb_desk.services.books import ledger, years
from rocb_desk.services.directory import member_choices
from rocb_desk.services.events import register
from rocb_desk.services.events.queries import EventFilter, event_days, list_events, year_statistics
from rocb_desk.services.events.register import EventForm
from rocb_desk.services.office import Office

FY2020 = FinancialYear(2020)


def _form(**values) -> EventForm:
    values.setdefault("title_en", "Regional workshop on risk management")
    values.setdefault("start_date", date(2021, 5, 10))
    values.setdefault("end_date", date(2021, 5, 12))
    return EventForm(**values)


def _expense(office: Office, on: date, amount: str, code: str = "3.1") -> int:
    entry_id, _warnings = ledger.post(
        office, {"date": on, "type": "expense", "code": code, "amount": amount}
    )
    return entry_id


def test_an_event_is_saved_with_its_roles_and_links_and_read_back(office: Office):
    members = dict((label, id_) for id_, label in member_choices(office, "en"))
    form = _form(
        title_ru="Региональный семинар",
        kind="workshop",
        modality="in_person",
        venue="ROCB Europe",
        city="Baku",
        country="Azerbaijan",
        roles={"organized", "financially_supported"},
        beneficiary_ids={members["Georgia"], members["Republic of Moldova"]},
        participants=24,
        countries=2,
        narrative_en="Two days on risk profiles.",
    )
    event_id = register.save_event(office, form)
    loaded = register.load_event(office, event_id)
    assert loaded.roles == {"organized", "financially_supported"}
    assert loaded.beneficiary_ids == {members["Georgia"], members["Republic of Moldova"]}
    assert (loaded.city, loaded.participants, loaded.narrative_en) == (
        "Baku",
        24,
        "Two days on risk profiles.",
    )
    (line,) = list_events(office, EventFilter(year=FinancialYear(2021)), "ru")
    assert line.title == "Региональный семинар"
    assert line.location == "ROCB Europe, Baku, Azerbaijan"
    # Changing the roles replaces them; the audit trail has both versions.
    loaded.roles = {"hosted"}
    register.save_event(office, loaded, event_id)
    assert register.load_event(office, event_id).roles == {"hosted"}
    actions = [h.action for h in history(office, "event", event_id)]
    assert sorted(actions) == ["create", "update"]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"start_date": date(2021, 5, 12), "end_date": date(2021, 5, 10)}, "end_date"),
        ({"participants": -1}, "participants"),
        ({"countries": -3}, "countries"),
        ({"title_en": "  ", "title_ru": ""}, "title_en"),
        ({"kind": "party"}, "kind"),
        ({"roles": {"organized", "sponsored"}}, "roles"),
    ],
)
def test_bad_input_is_refused_at_its_field_and_nothing_is_saved(office: Office, values, field):
    with pytest.raises(ValidationError) as refused:
        register.save_event(office, _form(**values))
    assert [e.field for e in refused.value.errors] == [field]
    assert list_events(office, EventFilter(), "en") == []


def test_an_end_date_before_the_start_names_both_dates(office: Office):
    with pytest.raises(ValidationError) as refused:
        register.save_event(office, _form(start_date=date(2021, 5, 12), end_date=date(2021, 5, 10)))
    assert "2021-05-10" in str(refused.value) and "2021-05-12" in str(refused.value)


def test_costs_are_linked_totalled_and_kept_when_the_event_is_deleted(office: Office):
    event_id = register.save_event(office, _form())
    first = _expense(office, date(2021, 5, 12), "430.00")
    second = _expense(office, date(2021, 5, 14), "69.50", code="2.6")
    assert {c.entry_id for c in register.cost_candidates(office, event_id)} == {first, second}
    register.link_cost(office, event_id, first)
    register.link_cost(office, event_id, second)
    assert register.cost_total(office, event_id) == Decimal("499.50")
    assert [c.item_code for c in register.costs(office, event_id)] == ["3.1", "2.6"]
    assert register.cost_candidates(office, event_id) == []
    (line,) = list_events(office, EventFilter(), "en")
    assert line.cost == Decimal("499.50")

    register.unlink_cost(office, second)
    assert register.cost_total(office, event_id) == Decimal("430.00")

    assert register.delete_event(office, event_id) == 1
    assert ledger.entry_count(office) == 2  # the books keep what was paid
    assert list_events(office, EventFilter(), "en") == []


def test_an_income_cannot_be_a_cost(office: Office):
    event_id = register.save_event(office, _form())
    income, _ = ledger.post(
        office,
        {
            "date": date(2021, 5, 1),
            "type": "income",
            "code": "contribution",
            "amount": "1750.00",
            "counterparty": "MD",
        },
    )
    with pytest.raises(OfficeError):
        register.link_cost(office, event_id, income)


def test_an_event_with_costs_in_a_closed_year_cannot_be_deleted(office: Office):
    event_id = register.save_event(
        office, _form(start_date=date(2020, 6, 2), end_date=date(2020, 6, 2))
    )
    entry = _expense(office, date(2020, 6, 3), "100.00")
    register.link_cost(office, event_id, entry)
    years.close_year(office, FY2020)
    with pytest.raises(OfficeError) as refused:
        register.delete_event(office, event_id)
    assert "2020/2021" in str(refused.value)
    assert register.load_event(office, event_id).title_en
    with pytest.raises(OfficeError):
        register.unlink_cost(office, entry)


def test_documents_are_kept_with_the_event_and_the_source_stays(office: Office, tmp_path):
    event_id = register.save_event(office, _form())
    agenda = tmp_path / "agenda.pdf"
    agenda.write_bytes(b"%PDF-1.4 agenda")
    attachment = register.attach_document(office, event_id, agenda, "Agenda")
    assert agenda.exists()
    (kept,) = register.documents(office, event_id)
    assert (kept.name, kept.label, kept.size) == ("agenda.pdf", "Agenda", len(b"%PDF-1.4 agenda"))
    register.remove_document(office, event_id, attachment)
    assert register.documents(office, event_id) == []


def test_the_demo_year_has_fourteen_events_and_eight_financially_supported(demo_office: Office):
    lines = list_events(demo_office, EventFilter(year=FY2020), "en")
    assert len(lines) == 14
    assert [line.start for line in lines] == sorted(line.start for line in lines)
    assert lines[0].start == date(2020, 6, 2) and lines[-1].start == date(2021, 3, 24)
    statistics = year_statistics(demo_office, FY2020)
    assert (statistics.events, statistics.financially_supported) == (14, 8)
    assert statistics.by_role["attended"] == 6
    assert statistics.delivered == 6  # organized, hosted, co-organized or coordinated
    # The four national workshops carry the 3.1 Support Missions entries of the books.
    assert sum(line.cost for line in lines) == Decimal("1937.57")


@pytest.mark.parametrize(
    ("filters", "count"),
    [
        (EventFilter(year=FY2020, role="financially_supported"), 8),
        (EventFilter(year=FY2020, kind="webinar"), 1),
        (EventFilter(year=FY2020, text="moldova"), 2),
        (EventFilter(year=FY2020, text="МОЛДОВ"), 2),  # Russian, any case
        (EventFilter(year=FY2020, modality="in_person"), 0),
        (EventFilter(year=FinancialYear(2019)), 0),
        (EventFilter(on_day=date(2020, 12, 3)), 1),
    ],
)
def test_filters_narrow_the_list(demo_office: Office, filters: EventFilter, count: int):
    assert len(list_events(demo_office, filters, "en")) == count


def test_the_calendar_marks_every_day_an_event_runs(demo_office: Office):
    days = event_days(demo_office, date(2020, 12, 1), date(2020, 12, 31))
    assert days[date(2020, 12, 2)] == 2  # two events on 2 December
    assert set(days) == {date(2020, 12, d) for d in (2, 3, 4, 16, 17, 18)}
