"""Evidence offered and linked: the activity's own year, words in any case and script."""

from __future__ import annotations

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
    activity = _activity(demo, 2020, "2.1")
    [event] = evidence.candidates(demo, activity, "events", "en", "Uzbekistan Kyoto")
    evidence.set_activities_for(demo, "events", event.record_id, {activity})
    labels = [c.label for c in evidence.activities_for(demo, "events", event.record_id, "en")]
    assert [label.split(" ")[2] for label in labels] == ["2.1"]  # 1.2's link was taken off
    assert {r.number: r.actual for r in review(demo, 2020, "en")}["1.2"] == 3
