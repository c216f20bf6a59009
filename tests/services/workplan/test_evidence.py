"""Evidence offered and linked: the activity's own year, words in any case and script."""

from __future__ import annotations

import hashlib

import pytest

from rocb_desk.domain.errors import OfficeError
from rocb_desk.services import attachments
from rocb_desk.services.office import Office
from rocb_desk.services.workplan import evidence
from rocb_desk.services.workplan.review import review


def _activity(office: Office, year: int, number: str) -> int:
    return next(row.id for row in review(office, year, "en") if row.number == number)


def test_candidates_are_the_years_records_not_yet_linked(demo: Office):
    workshops = _activity(demo, 2020, "1.2")
    offered = evidence.candidates(demo, workshops, "events", "en")
    linked = {item.record_id for item in evidence.evidence(demo, workshops, "en")}
    assert len(offered) == 14 - 4  # the year's fourteen events, less the four linked
    assert not linked & {item.record_id for item in offered}
    assert [item.day for item in offered] == sorted((item.day for item in offered), reverse=True)
    # The plan 2021/2022 has no events of its year in the demo office.
    assert evidence.candidates(demo, _activity(demo, 2021, "1.2"), "events", "en") == []


def test_typed_words_narrow_in_any_case_and_script(demo: Office):
    activity = _activity(demo, 2020, "2.1")
    russian = evidence.candidates(demo, activity, "letters", "ru", "актуализация")
    assert russian and all("Актуализация" in item.label for item in russian)
    assert evidence.candidates(demo, activity, "letters", "en", "CONTACT points")
    both = evidence.candidates(demo, activity, "events", "en", "moldova workshop")
    assert both and all("Moldova" in i.label and "Workshop" in i.label for i in both)
    assert evidence.candidates(demo, activity, "entries", "en", "no such words anywhere") == []


def test_records_link_to_activities_from_their_own_side(demo: Office):
    from rocb_desk.services.events.register import load_event, save_event

    activity = _activity(demo, 2020, "2.1")
    [event] = evidence.candidates(demo, activity, "events", "en", "Uzbekistan Kyoto")
    form = load_event(demo, event.record_id)
    assert form.activity_ids == {_activity(demo, 2020, "1.2")}
    form.activity_ids = {activity}
    save_event(demo, form, event.record_id)
    counted = {r.number: r.actual for r in review(demo, 2020, "en")}
    assert (counted["1.2"], counted["2.1"]) == (3, 1)  # moved from 1.2 to 2.1
    offered = evidence.activity_choices(demo, event.day, "en", keep={_activity(demo, 2021, "1.1")})
    assert len(offered) == 27 + 1 and offered[-1].label.startswith("2021/2022 \u00b7 1.1 ")


def test_evidence_of_several_kinds_is_removed_at_once(demo: Office):
    from sqlalchemy import select

    from rocb_desk.db.models import AuditEntry

    activity = _activity(demo, 2020, "3.3")  # three events and six letters
    linked = evidence.evidence(demo, activity, "en")
    chosen: dict[str, list[int]] = {}
    for item in linked[:1] + [i for i in linked if i.kind == "letters"][:2]:
        chosen.setdefault(item.kind, []).append(item.record_id)
    evidence.unlink(demo, activity, chosen)
    assert len(evidence.evidence(demo, activity, "en")) == len(linked) - 3
    with demo.reading() as session:
        entries = session.scalars(select(AuditEntry.before).where(AuditEntry.action == "unlink"))
        assert len(entries.all()) == 1  # one change, one entry


def test_documents_attached_whole_or_not_at_all(demo: Office, tmp_path):
    activity = _activity(demo, 2020, "6.1")
    report = tmp_path / "audit-report.pdf"
    report.write_bytes(b"%PDF-1.4 the audit report")
    with pytest.raises(OfficeError):  # the second file is missing: neither is attached
        evidence.attach_documents(demo, activity, [report, tmp_path / "missing.pdf"])
    assert [i for i in evidence.evidence(demo, activity, "en") if i.kind == "documents"] == []
    store = attachments.stored_path(demo, hashlib.sha256(report.read_bytes()).hexdigest())
    assert not store.exists()  # the copy taken in was taken back out
    evidence.attach_documents(demo, activity, [report])
    [document] = [i for i in evidence.evidence(demo, activity, "en") if i.kind == "documents"]
    assert document.label == "audit-report.pdf" and store.exists()
