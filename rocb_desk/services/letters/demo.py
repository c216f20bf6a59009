"""The demo office's letters of 2020/2021, with their Russian versions, replies and files."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from ...db.models import Event, Member, Partner, RegionalTrainingCenter
from ...paths import resource_path
from ..office import Office
from .correspondents import Correspondent, resolve
from .register import LetterForm, insert_letter, prepare_files


def load_demo_letters(office: Office) -> dict[str, int]:
    """Register the demo letters in date order; returns their ids by the file's keys."""
    with resource_path("demo", "letters_2020_2021.json").open(encoding="utf-8") as handle:
        rows = json.load(handle)["letters"]
    with office.reading() as session:
        members = dict(session.execute(select(Member.iso, Member.id)).all())
        partners = dict(session.execute(select(Partner.short, Partner.id)).all())
        rtcs = dict(
            session.execute(select(RegionalTrainingCenter.code, RegionalTrainingCenter.id)).all()
        )
        events = dict(session.execute(select(Event.title_en, Event.id)).all())
        everyone = resolve(session, "all members")
    paths = sorted({path for row in rows for path in row["attachments"]})
    prepared = prepare_files(office, [resource_path("demo", *p.split("/")) for p in paths])
    files = dict(zip(paths, prepared, strict=True))
    ids: dict[str, int] = {}
    # Originals before their translations and letters before their answers.
    rows.sort(key=lambda row: (row["date"], row["translation_of"] is not None))
    with office.transaction() as session:
        for row in rows:
            correspondents: list[Correspondent] = []
            for item in row["correspondents"]:
                if item.get("all_members"):
                    correspondents += everyone
                elif "member" in item:
                    correspondents.append(Correspondent("member", members[item["member"]]))
                elif "partner" in item:
                    correspondents.append(Correspondent("partner", partners[item["partner"]]))
                elif "rtc" in item:
                    correspondents.append(Correspondent("rtc", rtcs[item["rtc"]]))
                else:
                    correspondents.append(Correspondent("name", None, item["name"]))
            form = LetterForm(
                direction=row["direction"],
                letter_date=date.fromisoformat(row["date"]),
                subject=row["subject"],
                language=row["language"],
                body=row["body"],
                sender_reference=row["sender_reference"],
                restriction=row["restriction"],
                status=row["status"],
                circular=row["circular"],
                correspondents=correspondents,
                tags=set(row["tags"]),
                event_ids={events[title] for title in row["events"]},
                in_reply_to_id=ids[row["in_reply_to"]] if row["in_reply_to"] else None,
                reference="" if row["translation_of"] else row["reference"],
            )
            registered = insert_letter(
                session,
                office.actor,
                form,
                [files[p] for p in row["attachments"]],
                translation_of=ids[row["translation_of"]] if row["translation_of"] else None,
                action="demo",
            )
            ids[row["key"]] = registered.id
    return ids
