"""RTC reports: the demo year's aggregate reproduces section C 4.4; save, replace, delete;
section F carries every RTC and its events."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from rocb_desk.db.models import AuditEntry, RtcReport
from rocb_desk.domain.document import Bullets, Heading, Paragraph, Table
from rocb_desk.domain.errors import OfficeError, ValidationError
from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services.rtc import labels, reports
from rocb_desk.services.rtc.reports import RtcEventForm, RtcReportForm
from rocb_desk.services.rtc.section_f import section_f

YEAR = FinancialYear(2020)
NAMES = (
    "RTC Baku",
    "RTC Bishkek",
    "RTC Budapest",
    "RTC Khmelnytskyi",
    "RTC Moscow",
    "RTC Nur-Sultan",
    "RTC Skopje",
)


def test_demo_aggregate_reproduces_section_c_4_4(demo_office):
    result = reports.aggregate(demo_office, YEAR)
    assert result.reports == 7
    assert (result.held, result.planned) == (24, 22)
    yes = {count.question: (count.yes, count.reports) for count in result.survey}
    assert yes == {
        "own_building": (7, 7),  # all the RTCs have their own building
        "strategy_document": (5, 7),  # most of them
        "accommodation": (3, 7),
        "own_budget": (0, 7),
        "outside_support": (1, 7),
        "staff_adequate": (5, 7),
        "willing_to_specialize": (5, 7),
    }
    sentences = labels.aggregate_sentences(result)
    assert "The RTCs organized or took part in 24 events and plan 22 more." in sentences
    assert "3 of the 7 RTCs have accommodation facilities." in sentences
    assert "5 of the 7 RTCs are willing to specialize in certain topics." in sentences


def test_year_list_has_every_rtc_with_its_counts(demo_office):
    lines = reports.reports_of_year(demo_office, YEAR, "en")
    assert tuple(line.rtc for line in lines) == NAMES
    moscow = next(line for line in lines if line.code == "MOSCOW")
    assert (moscow.held, moscow.planned) == (10, 1)
    empty = reports.reports_of_year(demo_office, FinancialYear(2019), "en")
    assert len(empty) == 7 and all(line.report_id is None for line in empty)


def test_section_f_has_the_seven_rtcs_and_their_events(demo_office):
    blocks = section_f(demo_office, YEAR, "en")
    assert isinstance(blocks[0], Paragraph) and isinstance(blocks[2], Bullets)
    headings = [b.text for b in blocks if isinstance(b, Heading) and b.level == 2]
    assert len(headings) == 7
    assert any("Russian Customs Academy" in h for h in headings)
    tables = [b for b in blocks if isinstance(b, Table)]
    event_tables = [t for t in tables if t.columns[1].title == "Name of the Event"]
    assert event_tables[0].columns[0].title == "#"
    assert [c.title for c in event_tables[0].columns[2:]] == [
        "Date",
        "Attendance",
        "Purpose & Outcomes",
    ]
    names = {row[1] for t in event_tables for row in t.rows}
    assert len(names) >= 40  # 24 held and 22 planned, some names repeated (Baku)
    assert "First medical aid" in names
    assert "Regional Seminar on Strategic Trade Control (WCO)" in names
    text = " ".join(b.text for b in blocks if isinstance(b, Paragraph))
    assert "24 events" in text


def test_section_f_of_a_year_without_reports_says_so(demo_office):
    blocks = section_f(demo_office, FinancialYear(2015), "en")
    assert blocks == [Paragraph("No RTC report has been recorded for 2015/2016.")]


def _form(office) -> RtcReportForm:  # noqa: ANN001
    line = reports.reports_of_year(office, YEAR, "en")[0]
    return RtcReportForm(
        rtc_id=line.rtc_id,
        year=2020,
        head="Dr. Head",
        accommodation="yes",
        held=[RtcEventForm(name="Seminar", dates="May 2020", attendance_count=12)],
    )


def test_save_load_replace_delete_are_audited(office):
    form = _form(office)
    report_id = reports.save_report(office, form)
    assert reports.load_report(office, report_id).held[0].name == "Seminar"
    with pytest.raises(OfficeError):
        reports.save_report(office, form)  # the RTC already reported that year
    form.head = "Another head"
    assert reports.save_report(office, form, replace=True) == report_id
    assert reports.load_report(office, report_id).head == "Another head"
    reports.delete_report(office, report_id)
    with office.reading() as session:
        assert session.scalars(select(RtcReport)).all() == []
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "rtc_report")
        ).all()
    assert actions == ["create", "update", "delete"]


def test_a_bad_report_is_refused_whole(office):
    form = _form(office)
    form.own_budget = "maybe"
    form.held.append(RtcEventForm(name=""))
    with pytest.raises(ValidationError) as refused:
        reports.save_report(office, form)
    assert {e.field for e in refused.value.errors} == {"own_budget", "held.2.name"}
    with office.reading() as session:
        assert session.scalars(select(RtcReport)).all() == []
