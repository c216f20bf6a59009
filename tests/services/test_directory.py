"""The Directory through its service, against a real SQLite office."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from rocb_desk.db.models import AuditEntry
from rocb_desk.domain.errors import OfficeError, ValidationError
from rocb_desk.services import directory, reference_data
from rocb_desk.services.office import Office


def _member_id(office: Office, iso: str) -> int:
    row = next(r for r in directory.list_rows(office, "members") if r.values["iso"] == iso)
    return row.id


def _add_point(office: Office, iso: str, **values) -> int:
    """A contact point of the administration `iso`, saved through the service."""
    return directory.save(
        office, "contact_points", None, {"member_id": _member_id(office, iso)} | values
    )


def test_reference_data_gives_every_office_the_region(office: Office):
    members = directory.list_rows(office, "members")
    isos = {row.values["iso"] for row in members}
    assert len(members) >= 50 and {"AZ", "MD", "TR", "RU", "GB"} <= isos
    moldova = next(r for r in members if r.values["iso"] == "MD")
    assert moldova.values["name_en"] == "Republic of Moldova"
    assert moldova.values["name_ru"] == "Республика Молдова"
    assert len(directory.list_rows(office, "rtcs")) == 7


def test_loading_reference_and_demo_twice_adds_nothing(demo_office: Office):
    counts = {
        key: len(directory.list_rows(demo_office, key, include_inactive=True))
        for key in ("members", "contact_points", "partners", "experts", "etraining", "rtcs")
    }
    assert reference_data.load_reference(demo_office) == 0
    assert reference_data.load_demo(demo_office) is False
    again = {
        key: len(directory.list_rows(demo_office, key, include_inactive=True)) for key in counts
    }
    assert again == counts
    assert all(counts.values())


def test_demo_rtcs_carry_annex_v_details(demo_office: Office):
    rtcs = {r.values["short_en"]: r for r in directory.list_rows(demo_office, "rtcs")}
    bishkek = next(r for name, r in rtcs.items() if "Bishkek" in name)
    assert bishkek.values["head"] == "Almaz Asanbaev"
    assert bishkek.values["staff_count"] == 36
    assert "t.narynkul@mail.ru" in bishkek.values["contacts"]


def test_russian_names_in_russian(office: Office):
    rows = directory.list_rows(office, "contact_points", lang="ru")
    assert rows == []  # no contact points in a new office
    choices = dict(directory.member_choices(office, "ru"))
    assert "Республика Молдова" in choices.values()


def test_add_contact_point_and_find_it(office: Office):
    moldova = _member_id(office, "MD")
    new_id = directory.save(
        office,
        "contact_points",
        None,
        {
            "member_id": moldova,
            "name": "Ion Popescu",
            "title": "Head of Training",
            "email": "i.popescu@customs.example.org",
            "phone": "+000 1",
            "valid_from": date(2021, 2, 1),
        },
    )
    rows = directory.list_rows(office, "contact_points", search="popescu")
    assert [r.id for r in rows] == [new_id]
    assert rows[0].texts["member_id"] == "Republic of Moldova"


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"name": "", "email": "x@example.org"}, "name"),
        ({"name": "Ana", "email": "not-an-address"}, "email"),
        ({"name": "Ana", "member_id": None}, "member_id"),
    ],
)
def test_refused_fields_are_named_and_nothing_is_saved(office: Office, values, field):
    full = {"member_id": _member_id(office, "MD"), "name": "Ana", "email": ""} | values
    with pytest.raises(ValidationError) as refused:
        directory.save(office, "contact_points", None, full)
    assert field in {e.field for e in refused.value.errors}
    assert directory.list_rows(office, "contact_points", include_inactive=True) == []


def test_duplicate_iso_code_is_refused_at_the_field(office: Office):
    with pytest.raises(ValidationError) as refused:
        directory.save(office, "members", None, {"iso": "md", "name_en": "Moldova again"})
    assert refused.value.errors[0].field == "iso"
    assert "MD" in refused.value.errors[0].message.english()
    with pytest.raises(ValidationError):
        directory.save(office, "members", None, {"iso": "MDA", "name_en": "Three letters"})
    new_id = directory.save(office, "members", None, {"iso": "xk", "name_en": "Kosovo"})
    assert directory.get_values(office, "members", new_id)["iso"] == "XK"
    # Editing a member keeps its own code without calling it a duplicate.
    directory.save(office, "members", new_id, {"iso": "XK", "name_en": "Kosovo*"})


def test_replaced_contact_point_is_kept_as_history(office: Office):
    moldova = _member_id(office, "MD")
    old_id = directory.save(
        office,
        "contact_points",
        None,
        {
            "member_id": moldova,
            "name": "Old Point",
            "email": "old@example.org",
            "valid_from": date(2019, 1, 1),
        },
    )
    new_id = directory.replace_contact_point(
        office, old_id, {"name": "New Point", "email": "new@example.org"}, date(2021, 2, 1)
    )
    current = directory.list_rows(office, "contact_points")
    assert [r.values["name"] for r in current] == ["New Point"]
    history = [
        r
        for r in directory.list_rows(office, "contact_points", include_inactive=True)
        if r.values["member_id"] == moldova
    ]
    assert sorted((r.values["name"], r.active) for r in history) == [
        ("New Point", True),
        ("Old Point", False),
    ]
    old = directory.get_values(office, "contact_points", old_id)
    assert old["valid_until"] == date(2021, 1, 31)
    assert old["name"] == "Old Point" and old["email"] == "old@example.org"
    assert directory.get_values(office, "contact_points", new_id)["valid_from"] == date(2021, 2, 1)


def test_replacement_must_start_after_the_old_one(office: Office):
    old_id = _add_point(office, "MD", name="Old", valid_from=date(2021, 1, 1))
    with pytest.raises(ValidationError):
        directory.replace_contact_point(office, old_id, {"name": "New"}, date(2020, 12, 1))
    assert len(directory.list_rows(office, "contact_points", include_inactive=True)) == 1


def test_deactivate_hides_and_reactivate_returns(office: Office):
    partner = directory.save(
        office,
        "partners",
        None,
        {
            "short": "UNODC",
            "name_en": "United Nations Office on Drugs and Crime",
            "kind": "international organization",
        },
    )
    directory.set_active(office, "partners", partner, False)
    assert directory.list_rows(office, "partners") == []
    assert [r.active for r in directory.list_rows(office, "partners", include_inactive=True)] == [
        False
    ]
    directory.set_active(office, "partners", partner, True)
    assert len(directory.list_rows(office, "partners")) == 1


def test_ending_a_contact_point_keeps_it_in_history(office: Office):
    point = _add_point(office, "AZ", name="Leaving", valid_from=date(2020, 1, 1))
    directory.set_active(office, "contact_points", point, False)
    assert directory.list_rows(office, "contact_points") == []
    ended = directory.get_values(office, "contact_points", point)
    assert ended["valid_until"] == date.today() - timedelta(days=1)


def test_rtc_contacts_are_stored_one_a_line(office: Office):
    rtc = directory.list_rows(office, "rtcs")[0]
    values = directory.get_values(office, "rtcs", rtc.id)
    values["contacts"] = "Ana Bell; ana@example.org; +000 1\nBo Chen; bo@example.org"
    directory.save(office, "rtcs", rtc.id, values)
    assert directory.get_values(office, "rtcs", rtc.id)["contacts"] == (
        "Ana Bell; ana@example.org; +000 1\nBo Chen; bo@example.org"
    )
    values["contacts"] = "Broken; not-mail@"
    with pytest.raises(ValidationError):
        directory.save(office, "rtcs", rtc.id, values)


def test_every_change_is_audited_with_before_and_after(office: Office):
    partner = directory.save(
        office,
        "partners",
        None,
        {"short": "OSCE", "name_en": "OSCE", "kind": "regional organization"},
    )
    directory.save(
        office,
        "partners",
        partner,
        {
            "short": "OSCE",
            "kind": "regional organization",
            "name_en": "Organization for Security and Co-operation in Europe",
        },
    )
    with office.reading() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "partners").order_by(AuditEntry.id)
        ).all()
    assert [e.action for e in entries] == ["create", "update"]
    assert entries[1].actor == "tester"
    assert json.loads(entries[1].before)["name_en"] == "OSCE"
    assert json.loads(entries[1].after)["name_en"].startswith("Organization for Security")


def test_list_document_has_translated_columns_and_rows(demo_office: Office):
    document = directory.list_document(demo_office, "partners", lang="en")
    table = document.tables()[0]
    assert [c.title for c in table.columns][:3] == [
        "Abbreviation",
        "Name (English)",
        "Name (Russian)",
    ]
    assert any("UNODC" in row for row in table.rows)
    assert len(table.rows) == len(directory.list_rows(demo_office, "partners"))


def test_history_of_a_replaced_contact_point_cannot_be_rewritten(office: Office):
    old_id = _add_point(office, "MD", name="Old", valid_from=date(2019, 1, 1))
    directory.replace_contact_point(office, old_id, {"name": "New"}, date(2021, 2, 1))
    with pytest.raises(OfficeError, match="replaced"):
        directory.replace_contact_point(office, old_id, {"name": "Newer"}, date(2021, 12, 1))
    with pytest.raises(OfficeError, match="replaced"):
        directory.set_active(office, "contact_points", old_id, True)
    assert directory.get_values(office, "contact_points", old_id)["valid_until"] == date(
        2021, 1, 31
    )
    assert len(directory.list_rows(office, "contact_points")) == 1


def test_an_ended_contact_point_is_not_replaced_but_succeeded_by_a_new_one(office: Office):
    point = _add_point(
        office, "MD", name="Gone", valid_from=date(2019, 1, 1), valid_until=date(2020, 6, 30)
    )
    with pytest.raises(OfficeError, match="already ended"):
        directory.replace_contact_point(office, point, {"name": "Next"}, date(2021, 2, 1))


def test_ending_a_contact_point_that_starts_today_keeps_it_editable(office: Office):
    point = _add_point(office, "AZ", name="Mistake", valid_from=date.today())
    directory.set_active(office, "contact_points", point, False)
    values = directory.get_values(office, "contact_points", point)
    assert values["valid_until"] == date.today()
    directory.save(office, "contact_points", point, values | {"title": "Adviser"})


def test_export_carries_every_field_with_real_dates(demo_office: Office):
    table = directory.list_document(demo_office, "contact_points", lang="en").tables()[0]
    titles = [c.title for c in table.columns]
    assert "Phone" in titles
    since = titles.index("From")
    assert table.columns[since].kind == "date"
    assert all(isinstance(row[since], date) for row in table.rows)
