"""The parent's verdict after each kill of the crash battery.

After a kill the office is opened afresh and must pass `maintenance.check`. Then a few
queries read, per marker, what each journalled operation left in the office, and:

- an operation whose service returned ("done") is wholly there;
- an operation that was refused left nothing;
- the operation the kill interrupted ("begun", never "done") is wholly there or wholly
  absent: a posting is its entry and its audit record; an import is all its rows and
  their audit records; a letter is the letter, its attachment records (each with its
  text), its search-index row and its audit record; a year close or reopen is the
  year's state and its audit record;
- what an earlier round found stays so: nothing written is lost, nothing absent appears;
- nothing is there that the journal never announced;
- every file of the store matches the SHA-256 it is named by.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from rocb_desk.db.models import (
    Attachment,
    AttachmentText,
    AuditEntry,
    FinancialYearRecord,
    LedgerEntry,
    Letter,
    LetterAttachment,
    LetterCorrespondent,
    LetterTag,
)
from rocb_desk.domain.errors import Message
from rocb_desk.services import maintenance
from rocb_desk.services.office import Office, open_office

from .crash_worker import TAG, read_journal

SETUP_ACTOR = "crash-setup"  # the actor of the office's creation, before any child
STORED_NAME = re.compile(r"[0-9a-f]{64}")
TEMPORARY_PREFIX = ".incoming-"  # attachments.copy_in's file while it copies


@dataclass
class Op:
    marker: str
    kind: str  # post, import, letter, close, reopen
    expect: dict[str, Any]
    status: str = "begun"  # begun, done, refused
    found: str = ""  # whole or absent, once a round has verified it


@dataclass
class RoundResult:
    started: bool = False  # the child opened its journal
    ops: list[Op] = field(default_factory=list)
    interrupted: Op | None = None
    letter_phase: str = ""  # where an interrupted letter registration was cut
    new_temporaries: int = 0  # copies cut short in the store by this kill
    orphans: int = 0  # stored files no record names (copied for a letter never committed)
    notices: int = 0  # check's notices (unrecorded files), which do not fail it
    tolerated: list[str] = field(default_factory=list)  # problems about orphans, if any
    failures: list[str] = field(default_factory=list)


@dataclass
class Observed:
    """What the office holds, keyed by the markers the writes carry."""

    audits: Counter[str]  # actor -> audit records
    entries: Counter[str]  # description -> ledger entries
    letters: dict[str, list[int]]  # subject -> letter ids
    linked: dict[int, set[str]]  # letter id -> SHA-256 of its files
    correspondents: Counter[int]  # letter id -> its correspondents
    tagged: set[int]  # letter ids with the battery's tag
    attachments: dict[str, int]  # SHA-256 -> attachment id
    with_text: set[int]  # attachment ids with their text row
    indexed: set[int]  # letter ids in the search index
    closed_by: dict[int, str | None]  # financial year -> who closed it (None: open)
    year_trail: dict[int, tuple[str, str]]  # year -> (action, actor) of its newest close/reopen

    @classmethod
    def read(cls, session: Session) -> Observed:
        letters: dict[str, list[int]] = defaultdict(list)
        for letter_id, subject in session.execute(select(Letter.id, Letter.subject)):
            letters[subject].append(letter_id)
        linked: dict[int, set[str]] = defaultdict(set)
        for letter_id, sha in session.execute(
            select(LetterAttachment.letter_id, Attachment.sha256).join(
                Attachment, Attachment.id == LetterAttachment.attachment_id
            )
        ):
            linked[letter_id].add(sha)
        trail: dict[int, tuple[str, str]] = {}
        for year, action, actor in session.execute(
            select(AuditEntry.entity_id, AuditEntry.action, AuditEntry.actor)
            .where(
                AuditEntry.entity == "financial_year",
                AuditEntry.action.in_(("close", "reopen")),
            )
            .order_by(AuditEntry.id)
        ):
            trail[year] = (action, actor)
        return cls(
            audits=Counter(
                dict(
                    session.execute(select(AuditEntry.actor, func.count()).group_by("actor")).all()
                )
            ),
            entries=Counter(
                dict(
                    session.execute(
                        select(LedgerEntry.description, func.count()).group_by("description")
                    ).all()
                )
            ),
            letters=dict(letters),
            linked=dict(linked),
            correspondents=Counter(
                dict(
                    session.execute(
                        select(LetterCorrespondent.letter_id, func.count()).group_by(
                            LetterCorrespondent.letter_id
                        )
                    ).all()
                )
            ),
            tagged=set(session.scalars(select(LetterTag.letter_id).where(LetterTag.tag == TAG))),
            attachments=dict(session.execute(select(Attachment.sha256, Attachment.id)).all()),
            with_text=set(session.scalars(select(AttachmentText.attachment_id))),
            indexed=set(session.scalars(text("SELECT rowid FROM letter_search"))),
            closed_by={
                year: (closed_by or "?") if closed_at is not None else None
                for year, closed_at, closed_by in session.execute(
                    select(
                        FinancialYearRecord.start_year,
                        FinancialYearRecord.closed_at,
                        FinancialYearRecord.closed_by,
                    )
                )
            },
            year_trail=trail,
        )


def _check(office: Office) -> tuple[list[Message], int]:
    """`check`'s problems, and how many notices (unrecorded files) it has beside them."""
    examine = getattr(maintenance, "examine", None)
    if examine is None:
        return maintenance.check(office), 0
    found = examine(office)
    return found.problems, len(found.notices)


def is_orphan_notice(message: Message) -> bool:
    """A file in the store that no record names: what a kill between the copy and the
    commit leaves by design (issue 8 point 4). `check` names it; it is not damage."""
    return "orphan" in message.english().lower()


class Verifier:
    """Verifies one office round after round; remembers every operation it has seen."""

    def __init__(self, office_path: Path) -> None:
        self.office_path = office_path
        self.ops: dict[str, Op] = {}
        # Stored files verified already: a stored file never changes, so once is enough.
        self._hashed: set[str] = set()
        self._temporaries: set[Path] = set()

    def verify(self, journal: Path) -> RoundResult:
        result = RoundResult()
        for event in read_journal(journal):
            kind = event.pop("ev")
            event.pop("t", None)
            if kind == "start":
                result.started = True
            elif kind == "begin":
                op = Op(event.pop("op"), event.pop("kind"), event)
                self.ops[op.marker] = op
                result.ops.append(op)
            elif kind in ("done", "refused"):
                self.ops[event["op"]].status = kind
            elif kind == "error":
                result.failures.append("the child failed on its own:\n" + event["detail"])
        begun = [op for op in result.ops if op.status == "begun"]
        if len(begun) > 1:
            result.failures.append(f"the journal has {len(begun)} unfinished operations")
        result.interrupted = begun[-1] if begun else None

        office = open_office(str(self.office_path), actor="crash-verifier", upgrade=False)
        try:
            problems, result.notices = _check(office)
            for problem in problems:
                if is_orphan_notice(problem):
                    result.tolerated.append(problem.english())
                else:
                    result.failures.append("check: " + problem.english())
            try:
                with office.reading() as session:
                    seen = Observed.read(session)
                    # FTS5 verifies its own structures against its content on request.
                    session.execute(
                        text("INSERT INTO letter_search(letter_search) VALUES('integrity-check')")
                    )
            except Exception as exc:  # noqa: BLE001 - any failure to read is a finding
                result.failures.append(f"the office cannot be read back: {exc!r}")
                return result
            store = office.attachments_folder
        finally:
            office.close()

        self._compare_ops(seen, result)
        self._look_for_strangers(seen, result)
        self._check_store(store, seen, result)
        if result.interrupted is not None and result.interrupted.kind == "letter":
            result.letter_phase = self._letter_phase(result.interrupted, store, result)
        return result

    # --- each operation: whole, absent, or a failure -------------------------------------

    def _compare_ops(self, seen: Observed, result: RoundResult) -> None:
        for op in self.ops.values():
            state = self._state(op, seen)
            if op.found:
                if state != op.found:
                    result.failures.append(
                        f"{op.kind} {op.marker} was {op.found} and is now {state}"
                    )
                continue
            wanted = {"done": ("whole",), "refused": ("absent",)}.get(
                op.status, ("whole", "absent")
            )
            if state not in wanted:
                result.failures.append(f"{op.kind} {op.marker} ({op.status}) is {state}")
            op.found = state

    def _state(self, op: Op, seen: Observed) -> str:
        expect, audits = op.expect, seen.audits[op.marker]
        if op.kind in ("post", "import"):
            got, want = (seen.entries[op.marker], audits), (expect["entries"], expect["audits"])
            if got == want:
                return "whole"
            if got == (0, 0):
                return "absent"
            return f"partial: {got[0]} of {want[0]} entries, {got[1]} of {want[1]} audit records"
        if op.kind == "letter":
            ids = seen.letters.get(op.marker, [])
            own = [sha for sha in expect["own_files"] if sha in seen.attachments]
            if not ids and not audits and not own:
                return "absent"
            if len(ids) != 1 or audits != 1:
                return (
                    f"partial: {len(ids)} letters, {audits} audit records, {len(own)} of "
                    f"{len(expect['own_files'])} attachment records"
                )
            letter_id, missing = ids[0], []
            if seen.linked.get(letter_id, set()) != set(expect["files"]):
                missing.append(f"{len(seen.linked.get(letter_id, ()))} of its files")
            if any(seen.attachments.get(sha) not in seen.with_text for sha in expect["files"]):
                missing.append("an attachment without its text")
            if letter_id not in seen.indexed:
                missing.append("no search-index row")
            if seen.correspondents[letter_id] != expect.get("correspondents", 0):
                missing.append(f"{seen.correspondents[letter_id]} correspondents")
            if letter_id not in seen.tagged:
                missing.append("no tag")
            return "partial: " + ", ".join(missing) if missing else "whole"
        # close / reopen: the audit record here; the year's state in _look_for_strangers
        return {0: "absent", 1: "whole"}.get(audits, f"partial: {audits} audit records")

    # --- nothing unannounced, nothing inconsistent -----------------------------------------

    def _look_for_strangers(self, seen: Observed, result: RoundResult) -> None:
        failures = result.failures
        for actor in seen.audits:
            if actor != SETUP_ACTOR and actor not in self.ops:
                failures.append(f"audit records by {actor}, which the journal never announced")
        for description in seen.entries:
            if description not in self.ops:
                failures.append(f"ledger entries {description!r} that no operation announced")
        for subject in seen.letters:
            if subject not in self.ops:
                failures.append(f"a letter {subject!r} that no operation announced")
        letter_ids = {i for ids in seen.letters.values() for i in ids}
        if seen.indexed != letter_ids:
            failures.append(
                f"search index and letters differ: {len(seen.indexed - letter_ids)} rows "
                f"without a letter, {len(letter_ids - seen.indexed)} letters without a row"
            )
        named = {sha for shas in seen.linked.values() for sha in shas}
        for sha, attachment_id in seen.attachments.items():
            if sha not in named:
                failures.append(f"attachment record {attachment_id} belongs to no letter")
            if attachment_id not in seen.with_text:
                failures.append(f"attachment record {attachment_id} has no text row")
        for year, closed_by in seen.closed_by.items():
            action, actor = seen.year_trail.get(year, ("reopen", ""))
            if action == "close" and closed_by != actor:
                failures.append(
                    f"year {year}: its newest audit record is a close by {actor}, "
                    f"but the year is {'closed by ' + closed_by if closed_by else 'open'}"
                )
            if action == "reopen" and closed_by is not None:
                failures.append(f"year {year} is closed by {closed_by}, not by an audited close")
        for year in seen.year_trail.keys() - seen.closed_by.keys():
            failures.append(f"year {year} has close/reopen audit records but no record")

    # --- the files ---------------------------------------------------------------------

    def _check_store(self, store: Path, seen: Observed, result: RoundResult) -> None:
        if not store.is_dir():
            return
        for path in store.rglob("*"):
            if not path.is_file():
                continue
            if path.name.startswith(TEMPORARY_PREFIX) and path.parent == store:
                if path not in self._temporaries:
                    self._temporaries.add(path)
                    result.new_temporaries += 1
                continue
            if not (STORED_NAME.fullmatch(path.name) and path.parent.name == path.name[:2]):
                result.failures.append(f"an unexpected file in the store: {path}")
                continue
            if path.name not in seen.attachments:
                result.orphans += 1
            if path.name in self._hashed:
                continue
            if hashlib.sha256(path.read_bytes()).hexdigest() != path.name:
                result.failures.append(f"stored file {path.name} does not match its checksum")
            else:
                self._hashed.add(path.name)

    def _letter_phase(self, op: Op, store: Path, result: RoundResult) -> str:
        if op.found == "whole":
            return "committed"
        if not op.expect["own_files"]:
            return "in its transaction (no new file)"
        stored = [sha for sha in op.expect["own_files"] if (store / sha[:2] / sha).is_file()]
        if len(stored) == len(op.expect["own_files"]):
            return "in its transaction (files stored)"
        if stored or result.new_temporaries:
            return "copying its files"
        return "before its files"
