"""The demo office's RTC reports of 2020/2021: Annex V of the annual progress report."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from ...db.models import RegionalTrainingCenter
from ...domain.fiscal import FinancialYear
from ...paths import resource_path
from ..office import Office
from .reports import SURVEY, TEXTS, RtcEventForm, RtcReportForm, find_report, save_report

DEMO_FILE = "rtc_reports_2020_2021.json"


def _event(row: dict) -> RtcEventForm:  # type: ignore[type-arg]
    return RtcEventForm(
        name=row["name"],
        dates=row.get("dates", ""),
        start_date=date.fromisoformat(row["start_date"]) if row.get("start_date") else None,
        end_date=date.fromisoformat(row["end_date"]) if row.get("end_date") else None,
        attendance=row.get("attendance", ""),
        attendance_count=row.get("attendance_count"),
        purpose=row.get("purpose", ""),
    )


def load_demo_rtc_reports(office: Office) -> int:
    """Add the seven reports once (a report already there is kept); returns how many."""
    with resource_path("demo", DEMO_FILE).open(encoding="utf-8") as handle:
        data = json.load(handle)
    year = FinancialYear.parse(data["year"])
    with office.reading() as session:
        rtcs = dict(
            session.execute(select(RegionalTrainingCenter.code, RegionalTrainingCenter.id)).all()
        )
    added = 0
    for row in data["reports"]:
        rtc_id = rtcs[row["rtc"]]  # a KeyError is a mistake in the shipped file
        if find_report(office, rtc_id, year) is not None:
            continue
        form = RtcReportForm(
            rtc_id=rtc_id,
            year=year.start_year,
            **{key: row.get(key, "") for key in TEXTS},
            **{key: row["survey"][key] for key in SURVEY},
            held=[_event(event) for event in row.get("held", [])],
            planned=[_event(event) for event in row.get("planned", [])],
        )
        save_report(office, form)
        added += 1
    return added
