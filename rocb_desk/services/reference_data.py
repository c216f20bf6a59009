"""What every new office starts with, and the demo office of the 2020/2021 report.

The data lives in JSON files under resources/reference/ (every office) and
resources/demo/ (the sample office); loading is idempotent, so `init` can run again.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import (
    BudgetChapter,
    BudgetItem,
    ContactPoint,
    ETrainingAccount,
    Expert,
    Member,
    OfficeSetting,
    Partner,
    RegionalTrainingCenter,
    RtcContact,
)
from ..domain.access import Permission
from ..paths import resource_path
from . import audit
from .events.demo import load_demo_events
from .letters.demo import load_demo_letters
from .newsletter import load_demo_news
from .office import Office
from .report.demo import load_demo_report
from .rtc.demo import load_demo_rtc_reports
from .workplan.demo import load_demo_workplan

DEMO_FLAG = "demo.directory"


def _load(*parts: str) -> list[dict[str, Any]]:
    path: Path = resource_path(*parts)
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def load_reference(office: Office) -> int:
    """Add the member administrations and RTCs a new office needs; returns rows added."""
    added = 0
    with office.transaction() as session:
        members = {m.iso: m for m in session.scalars(select(Member))}
        for row in _load("reference", "members.json"):
            if row["iso"] not in members:
                member = Member(iso=row["iso"], name_en=row["name_en"], name_ru=row["name_ru"])
                session.add(member)
                members[row["iso"]] = member
                added += 1
        session.flush()
        known_rtcs = set(session.scalars(select(RegionalTrainingCenter.code)))
        for row in _load("reference", "rtcs.json"):
            if row["code"] in known_rtcs:
                continue
            host = members.get(row.get("host_iso", ""))
            session.add(
                RegionalTrainingCenter(
                    code=row["code"],
                    name_en=row["name_en"],
                    name_ru=row.get("name_ru", ""),
                    short_en=row.get("short_en", ""),
                    short_ru=row.get("short_ru", ""),
                    city_en=row.get("city_en", ""),
                    city_ru=row.get("city_ru", ""),
                    member_id=host.id if host else None,
                )
            )
            added += 1
        added += _load_budget_classification(session)
        if added:
            audit.record(session, office.actor, "load", "reference", None, after={"rows": added})
    return added


def _load_budget_classification(session: Session) -> int:
    """The chapters and items of section G; items the office added itself are kept."""
    added = 0
    chapters = {c.number: c for c in session.scalars(select(BudgetChapter))}
    known_items = set(session.scalars(select(BudgetItem.code)))
    with resource_path("reference", "budget.json").open(encoding="utf-8") as handle:
        classification = json.load(handle)
    for row in classification["chapters"]:
        chapter = chapters.get(row["number"])
        if chapter is None:
            chapter = BudgetChapter(
                number=row["number"], name_en=row["name_en"], name_ru=row["name_ru"]
            )
            session.add(chapter)
            session.flush()
            added += 1
        for item in row["items"]:
            if item["code"] not in known_items:
                session.add(
                    BudgetItem(
                        code=item["code"],
                        chapter_id=chapter.id,
                        name_en=item["name_en"],
                        name_ru=item["name_ru"],
                    )
                )
                added += 1
    return added


def demo_loaded(session: Session) -> bool:
    return session.get(OfficeSetting, DEMO_FLAG) is not None


def add_demo_partners(session: Session) -> None:
    """The demo office's partner organizations (the synthetic office names them too)."""
    for row in _load("demo", "partners.json"):
        session.add(
            Partner(
                short=row.get("short", ""),
                name_en=row["name_en"],
                name_ru=row.get("name_ru", ""),
                kind=row.get("kind", "other"),
                website=row.get("website", ""),
            )
        )


def load_demo(office: Office) -> bool:
    """Add the demo office's directory once; False when it was already there."""
    load_reference(office)
    with office.transaction() as session:
        if demo_loaded(session):
            return False
        members = {m.iso: m.id for m in session.scalars(select(Member))}
        _demo_contact_points(session, members)
        _demo_rtc_details(session)
        add_demo_partners(session)
        for row in _load("demo", "experts.json"):
            session.add(
                Expert(
                    name=row["name"],
                    member_id=members.get(row.get("member_iso", "")),
                    fields="\n".join(row.get("fields", [])),
                    languages=", ".join(row.get("languages", [])),
                    email=row.get("email", ""),
                    wco_accredited=bool(row.get("wco_accredited")),
                    consent_to_share=bool(row.get("consent_to_share")),
                )
            )
        for row in _load("demo", "etraining_accounts.json"):
            session.add(
                ETrainingAccount(
                    name=row["name"],
                    title=row.get("title", ""),
                    member_id=members.get(row.get("member_iso", "")),
                    email=row["email"],
                    registered_on=_day(row.get("registered_on")),
                    active=bool(row.get("active", True)),
                )
            )
        session.add(OfficeSetting(key=DEMO_FLAG, value=date.today().isoformat()))
        audit.record(session, office.actor, "load", "demo", None)
    _demo_books(office)
    load_demo_events(office)
    load_demo_letters(office)
    load_demo_workplan(office)
    load_demo_rtc_reports(office)
    load_demo_report(office)
    load_demo_news(office)
    return True


def _demo_books(office: Office) -> None:
    """The year 2020/2021 of section G, entry by entry, and the years before it as figures."""
    from decimal import Decimal

    from ..domain.fiscal import FinancialYear
    from .books.budget import set_planned
    from .books.ledger import Lookups, check_entry, write_entries
    from .books.years import year_record

    with resource_path("demo", "books_2020_2021.json").open(encoding="utf-8") as handle:
        books = json.load(handle)
    with office.transaction(Permission.BOOKS) as session:
        for name, count in books["contributing_members_before"].items():
            record = year_record(session, FinancialYear.parse(name))
            record.contributing_members = count
            record.opening_balance = Decimal("0.00")
        year_record(
            session, FinancialYear.parse(books["financial_year"])
        ).opening_balance = Decimal("0.00")
    with office.reading() as session:
        lookups = Lookups(session)
        checked = []
        for number, row in enumerate(books["entries"], start=1):
            entry, errors = check_entry(session, row, lookups, row=number)
            if errors:  # the shipped data is wrong: a developer's error, not the user's
                raise ValueError(f"demo entry {number}: {[e.message.english() for e in errors]}")
            checked.append(entry)
    write_entries(office, checked, action="demo")
    set_planned(
        office,
        FinancialYear(2021),
        {code: Decimal(v) for code, v in books["budget_2021_2022"].items()},
    )


def _demo_contact_points(session: Session, members: dict[str, int]) -> None:
    rows = sorted(
        _load("demo", "contact_points.json"),
        key=lambda r: (r["member_iso"], r.get("valid_from") or ""),
    )
    previous: dict[str, ContactPoint] = {}
    for row in rows:
        point = ContactPoint(
            member_id=members[row["member_iso"]],
            name=row["name"],
            title=row.get("title", ""),
            email=row.get("email", ""),
            phone=row.get("phone", ""),
            valid_from=_day(row.get("valid_from")),
            valid_until=_day(row.get("valid_until")),
        )
        session.add(point)
        session.flush()
        before = previous.get(row["member_iso"])
        if before is not None and before.valid_until is not None:
            before.replaced_by_id = point.id
        previous[row["member_iso"]] = point


def _demo_rtc_details(session: Session) -> None:
    rtcs = {r.code: r for r in session.scalars(select(RegionalTrainingCenter))}
    for row in _load("demo", "rtc_details.json"):
        rtc = rtcs.get(row["code"])
        if rtc is None:
            continue
        rtc.head = row.get("head", "") or ""
        rtc.website = row.get("website", "") or ""
        rtc.email = row.get("email", "") or ""
        rtc.staff_count = row.get("staff_count")
        for contact in row.get("contacts", []):
            rtc.contacts.append(
                RtcContact(
                    name=contact["name"],
                    email=contact.get("email", "") or "",
                    phone=contact.get("phone", "") or "",
                )
            )
