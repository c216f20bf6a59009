"""Check resources/demo/letters_2020_2021.json against the other demo and reference files.

    .venv/bin/python resources/demo/letters/check_letters.py

Prints the problems found (exit status 1) or a one-line summary (exit status 0).
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from pypdf import PdfReader

RESOURCES = Path(__file__).resolve().parents[2]
DEMO = RESOURCES / "demo"

FIRST_DAY, LAST_DAY = "2020-04-01", "2021-03-31"
# Distinctive phrases: each must appear in the text of its attachment and in no letter.
PHRASES = {
    "letters/role-of-contact-points.pdf": "needs assessment liaison",
    "letters/role-of-contact-points-ru.pdf": "связующим звеном по оценке потребностей",
}
FIELDS = {
    "key": str, "direction": str, "reference": str, "sender_reference": str, "date": str, "language": str,
    "translation_of": (str, type(None)), "in_reply_to": (str, type(None)), "subject": str, "body": str,
    "correspondents": list, "circular": bool, "restriction": str, "status": str, "tags": list, "events": list,
    "attachments": list,
}
STATUSES = {"out": {"sent", "answered", "draft"}, "in": {"received", "answered"}}
REF = {"out": re.compile(r"^(\d{4})/(\d+)$"), "in": re.compile(r"^IN-(\d{4})/(\d+)$")}
LIST_LINE = re.compile(r"^(- |\d+\. )")


def _load(*parts: str):
    with (RESOURCES.joinpath(*parts)).open(encoding="utf-8") as handle:
        return json.load(handle)


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages)


def check() -> tuple[list[str], list[dict]]:
    problems: list[str] = []
    letters = _load("demo", "letters_2020_2021.json")["letters"]
    members = {m["iso"] for m in _load("reference", "members.json")}
    partners = {p["short"] for p in _load("demo", "partners.json")}
    rtcs = {r["code"] for r in _load("reference", "rtcs.json")}
    events = {e["title_en"] for e in _load("demo", "events_2020_2021.json")["events"]}

    by_key: dict[str, dict] = {}
    for letter in letters:
        key = letter.get("key", "?")
        if set(letter) != set(FIELDS):
            problems.append(f"{key}: fields {sorted(set(letter) ^ set(FIELDS))} missing or unexpected")
            continue
        for field, kind in FIELDS.items():
            if not isinstance(letter[field], kind):
                problems.append(f"{key}: {field} has the wrong type")
        if key in by_key:
            problems.append(f"{key}: duplicate key")
        by_key[key] = letter

    numbers: dict[tuple[str, str], dict[int, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for key, letter in by_key.items():
        direction = letter["direction"]
        if direction not in STATUSES:
            problems.append(f"{key}: direction {direction!r}")
            continue
        if not (re.fullmatch(r"\d{4}-\d{2}-\d{2}", letter["date"]) and FIRST_DAY <= letter["date"] <= LAST_DAY):
            problems.append(f"{key}: date {letter['date']} outside {FIRST_DAY}..{LAST_DAY}")
        if letter["language"] not in {"en", "ru"}:
            problems.append(f"{key}: language {letter['language']!r}")
        if letter["restriction"] not in {"public", "members", "internal", "confidential"}:
            problems.append(f"{key}: restriction {letter['restriction']!r}")
        if letter["status"] not in STATUSES[direction]:
            problems.append(f"{key}: status {letter['status']!r} for direction {direction}")
        if direction == "out" and letter["sender_reference"]:
            problems.append(f"{key}: sender_reference on an outgoing letter")
        match = REF[direction].match(letter["reference"])
        if not match:
            problems.append(f"{key}: reference {letter['reference']!r} does not fit {direction}")
        else:
            year, number = match.group(1), int(match.group(2))
            if year != letter["date"][:4]:
                problems.append(f"{key}: reference year {year} but date {letter['date']}")
            numbers[(direction, year)][number].append(letter)

        # references between letters
        original = letter["translation_of"]
        if original is not None:
            target = by_key.get(original)
            if target is None:
                problems.append(f"{key}: translation_of {original!r} does not resolve")
            elif (target["language"] != "en" or letter["language"] != "ru" or target["translation_of"] is not None
                  or (target["reference"], target["date"], target["direction"])
                  != (letter["reference"], letter["date"], letter["direction"])):
                problems.append(f"{key}: not a Russian translation of {original} (language, reference or date)")
            elif letter["attachments"] and not target["attachments"]:
                problems.append(f"{key}: translation has attachments its original lacks")
        reply = letter["in_reply_to"]
        if reply is not None:
            target = by_key.get(reply)
            if target is None:
                problems.append(f"{key}: in_reply_to {reply!r} does not resolve")
            elif target["date"] > letter["date"] or target["direction"] == direction:
                problems.append(f"{key}: in_reply_to {reply} is later or goes the same way")

        # correspondents
        correspondents = letter["correspondents"]
        if not correspondents:
            problems.append(f"{key}: no correspondent")
        everyone = any(c.get("all_members") for c in correspondents)
        if everyone and correspondents != [{"all_members": True}]:
            problems.append(f"{key}: all_members must be the only correspondent")
        if letter["circular"] != (everyone or len(correspondents) > 1):
            problems.append(f"{key}: circular={letter['circular']} with {len(correspondents)} correspondent(s)")
        for corr in correspondents:
            if len(corr) != 1:
                problems.append(f"{key}: correspondent {corr} must have exactly one field")
            elif "member" in corr and corr["member"] not in members:
                problems.append(f"{key}: unknown member {corr['member']!r}")
            elif "partner" in corr and corr["partner"] not in partners:
                problems.append(f"{key}: unknown partner {corr['partner']!r}")
            elif "rtc" in corr and corr["rtc"] not in rtcs:
                problems.append(f"{key}: unknown RTC {corr['rtc']!r}")
            elif not set(corr) & {"member", "partner", "rtc", "name", "all_members"}:
                problems.append(f"{key}: correspondent {corr} of unknown kind")

        for title in letter["events"]:
            if title not in events:
                problems.append(f"{key}: unknown event {title!r}")
        for attachment in letter["attachments"]:
            if not (DEMO / attachment).is_file():
                problems.append(f"{key}: attachment {attachment} missing")

        # simple markup: lines inside a multi-line paragraph are list items; ** balanced
        for paragraph in letter["body"].split("\n\n"):
            lines = paragraph.split("\n")
            if not paragraph.strip() or (len(lines) > 1 and not all(LIST_LINE.match(line) for line in lines)):
                problems.append(f"{key}: malformed paragraph {paragraph[:40]!r}")
        if letter["body"].count("**") % 2 or letter["subject"].count("**"):
            problems.append(f"{key}: unbalanced ** markup")

    # outgoing and incoming numbers per calendar year: 1..N, in date order, shared only by EN + RU
    for (direction, year), used in sorted(numbers.items()):
        if sorted(used) != list(range(1, len(used) + 1)):
            problems.append(f"{direction} {year}: numbers {sorted(used)} are not 1..{len(used)}")
        spans = [(min(l["date"] for l in used[n]), max(l["date"] for l in used[n])) for n in sorted(used)]
        if any(earlier[1] > later[0] for earlier, later in zip(spans, spans[1:])):
            problems.append(f"{direction} {year}: numbers not in date order")
        for number, group in used.items():
            if len(group) == 1:
                continue
            originals = [l for l in group if l["translation_of"] is None]
            if len(group) != 2 or len(originals) != 1 or group[0]["key"] == group[1]["key"] \
                    or any(l["translation_of"] not in (None, originals[0]["key"]) for l in group):
                problems.append(f"{direction} {year}/{number}: shared by {[l['key'] for l in group]}")

    # the report's own reference
    real = [l for l in by_key.values() if l["reference"] == "2021/2" and l["language"] == "en"]
    if not real or real[0]["date"] != "2021-01-15" or not real[0]["circular"]:
        problems.append("2021/2 (EN) must be a circular of 15 January 2021 (Section C 3.5)")

    # distinctive phrases: found in the attachment, nowhere in the letters
    letter_text = json.dumps(letters, ensure_ascii=False).lower()
    for attachment, phrase in PHRASES.items():
        path = DEMO / attachment
        if path.is_file() and phrase not in _pdf_text(path):
            problems.append(f"{attachment}: pypdf does not extract {phrase!r}")
        if phrase.lower() in letter_text:
            problems.append(f"phrase {phrase!r} also occurs in the letters")
        if not any(attachment in l["attachments"] for l in letters):
            problems.append(f"{attachment}: attached to no letter")
    return problems, letters


def main() -> int:
    problems, letters = check()
    for problem in problems:
        print(problem)
    if problems:
        return 1
    outgoing = {l["reference"] for l in letters if l["direction"] == "out"}
    print(f"OK: {len(letters)} letters ({len(outgoing)} outgoing references, "
          f"{sum(l['direction'] == 'in' for l in letters)} incoming, "
          f"{sum(l['translation_of'] is not None for l in letters)} translations)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
