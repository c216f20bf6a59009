"""The child of the crash battery: random writes through the services until it is killed.

Each operation is announced in an intent journal before its service is called and
confirmed after the service returned, so that after a SIGKILL the parent knows which
operation may have been cut in two. Every operation carries a unique marker, used as
the acting name (the audit trail's actor) and as the ledger description or the letter
subject, so the parent finds everything one operation wrote with a few queries.

The journal is written with one `os.write` per line and no fsync: a SIGKILL ends the
process, not the kernel, so a line written is a line the parent reads. (fsync would
matter for a power cut, which this battery does not simulate; the office's own files
are fsynced by SQLite and by the attachment store.)
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import random
import time
import traceback
from datetime import date, timedelta
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy import select

from rocb_desk.db.models import BudgetItem, FinancialYearRecord, Member
from rocb_desk.domain.errors import OfficeError, ValidationError
from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services import sandbox
from rocb_desk.services.books import ledger, ledger_import, years
from rocb_desk.services.letters import extract, register
from rocb_desk.services.letters.correspondents import Correspondent
from rocb_desk.services.office import Office, open_office

# The financial years the child posts in, closes and reopens (their start years).
YEARS = tuple(range(2016, 2024))
# How often each kind of write is chosen.
WEIGHTS = {"post": 40, "letter": 35, "import": 12, "year": 13}
TAG = "crash battery"  # every letter's tag, as the register keeps it
INCOME_KINDS = ("rent", "donation", "interest", "other")
WORDS = "customs border tariff transit audit budget training seminar report letter".split()


class Journal:
    """The intent journal: one JSON object a line, appended by a single write each."""

    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def write(self, **event: Any) -> None:
        event["t"] = round(time.monotonic(), 4)
        os.write(self._fd, (json.dumps(event, sort_keys=True) + "\n").encode())


def read_journal(path: Path) -> list[dict[str, Any]]:
    """The events of a journal; a last line cut by the kill is left out (the operation it
    would have announced never reached its service)."""
    if not path.exists():
        return []
    events = []
    for line in path.read_bytes().split(b"\n"):
        if not line:
            continue
        try:
            events.append(json.loads(line))
        except ValueError:
            continue
    return events


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read_in_process(paths: list[Path], **_options: object) -> list[extract.Extracted]:
    return [extract.extract_text(Path(path)) for path in paths]


def _sandbox_in_process(func, path: Path, *args: Any, unreadable: str) -> Any:  # noqa: ANN001
    return func(str(path), *args)


def run_child(
    office_path: Path,
    journal_path: Path,
    sources: Path,
    common: Path,
    prefix: str,
    seed: int,
    ready_fd: int,
) -> NoReturn:
    """Write until killed. Never returns: a forked child must not run its parent's code.

    One byte on `ready_fd` tells the parent the office is open and the writes begin."""
    journal = Journal(journal_path)
    code = 0
    try:
        # Files are read in this process, not in the worker processes the application
        # starts for them (the import sandbox, the attachments' text readers): a fresh
        # interpreter in nearly every child would put most kills inside a process start,
        # and each kill would orphan the workers. Reading a file writes nothing to the
        # office, so where it runs does not change what a kill can leave behind.
        extract.extract_many = _read_in_process
        sandbox.read = _sandbox_in_process
        writer = Writer(office_path, journal, sources, common, prefix, random.Random(seed))
        os.write(ready_fd, b"r")
        writer.run()
    except BaseException:  # noqa: BLE001 - anything that is not a SIGKILL is a finding
        journal.write(ev="error", detail=traceback.format_exc(limit=8))
        code = 3
    finally:
        os._exit(code)


class Writer:
    def __init__(
        self,
        office_path: Path,
        journal: Journal,
        sources: Path,
        common: Path,
        prefix: str,
        rng: random.Random,
    ) -> None:
        self.journal = journal
        self.sources = sources
        self.common = common
        self.common_sha = sha256_of(common)
        self.prefix = prefix
        self.rng = rng
        sources.mkdir(parents=True, exist_ok=True)
        journal.write(ev="start", pid=os.getpid())
        self.office: Office = open_office(str(office_path), actor=prefix + "-reader")
        with self.office.reading() as session:
            self.codes = list(session.scalars(select(BudgetItem.code)))
            self.members = list(session.execute(select(Member.id, Member.iso)).all())
            self.closed = {
                start
                for start, closed_at in session.execute(
                    select(FinancialYearRecord.start_year, FinancialYearRecord.closed_at)
                )
                if closed_at is not None
            }

    def run(self) -> NoReturn:
        kinds, weights = zip(*WEIGHTS.items(), strict=True)
        parent = os.getppid()
        number = 0
        while True:
            if os.getppid() != parent:
                os._exit(4)  # the battery itself was stopped: nobody will kill this child
            number += 1
            marker = f"{self.prefix}o{number:04d}"
            kind = self.rng.choices(kinds, weights)[0]
            if kind != "year" and not self._open_years():
                kind = "year"  # every year closed: reopen one before writing more
            getattr(self, "_" + kind)(marker)

    # --- the writes ----------------------------------------------------------------------

    def _post(self, marker: str) -> None:
        values = self._entry_values(marker)
        self._call(marker, "post", {"entries": 1, "audits": 1}, ledger.post, self.office, values)

    def _import(self, marker: str) -> None:
        rows = [self._entry_values(marker) for _ in range(self.rng.randint(1, 15))]
        path = self.sources / f"{marker}.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=ledger_import.COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
        expect = {"entries": len(rows), "audits": len(rows)}
        self._call(marker, "import", expect, ledger_import.import_ledger, self.office, path)

    def _letter(self, marker: str) -> None:
        files: list[Path] = []
        for number in range(self.rng.choice((0, 1, 1, 2, 2, 3))):
            if number == 0 and self.rng.random() < 0.2:
                files.append(self.common)  # content the store already keeps, most rounds
            else:
                files.append(self._file(marker, number))
        shas = [sha256_of(path) for path in files]
        members = self.rng.sample(self.members, self.rng.randint(0, 2))
        form = register.LetterForm(
            direction=self.rng.choice(("in", "out")),
            letter_date=date(2016, 1, 1) + timedelta(days=self.rng.randrange(8 * 365)),
            subject=marker,
            language=self.rng.choice(("en", "ru")),
            body=" ".join(self.rng.choices(WORDS, k=30)),
            correspondents=[Correspondent("member", member_id) for member_id, _iso in members],
            tags={TAG},
        )
        expect = {
            "letters": 1,
            "audits": 1,
            "correspondents": len(members),
            "files": sorted(set(shas)),
            # Files no other operation brings: their records come and go with this letter.
            "own_files": sorted(set(shas) - {self.common_sha}),
        }
        self._call(marker, "letter", expect, register.register_letter, self.office, form, files)

    def _year(self, marker: str) -> None:
        start = self.rng.choice(YEARS)
        year = FinancialYear(start)
        if start in self.closed:
            kind, call, args = "reopen", years.reopen_year, (self.office, year)
            options = {"confirmed": True}
        else:
            kind, call, args, options = "close", years.close_year, (self.office, year), {}
        if self._call(marker, kind, {"audits": 1, "year": start}, call, *args, **options):
            self.closed.symmetric_difference_update({start})

    # --- helpers -------------------------------------------------------------------------

    def _call(self, marker: str, kind: str, expect: dict[str, Any], service, *args, **options):  # noqa: ANN001, ANN202
        """Announce, run and confirm one operation; True when the service wrote it."""
        self.journal.write(ev="begin", op=marker, kind=kind, **expect)
        self.office.actor = marker  # what the audit trail records, so each write is traceable
        try:
            service(*args, **options)
        except OfficeError as refusal:  # a refusal writes nothing; the parent checks that
            fields = refusal.errors if isinstance(refusal, ValidationError) else []
            reason = "; ".join(e.message.english() for e in fields) or str(refusal)
            self.journal.write(ev="refused", op=marker, reason=reason)
            return False
        self.journal.write(ev="done", op=marker)
        return True

    def _open_years(self) -> list[int]:
        return [start for start in YEARS if start not in self.closed]

    def _entry_values(self, marker: str) -> dict[str, str]:
        year = FinancialYear(self.rng.choice(self._open_years()))
        day = year.start + timedelta(days=self.rng.randrange(365))
        values = {
            "date": day.isoformat(),
            "amount": f"{self.rng.randrange(1, 10_000_000) / 100:.2f}",
            "description": marker,
            "method": self.rng.choice(("bank", "cash")),
        }
        roll = self.rng.random()
        if roll < 0.55:
            values.update(type="expense", code=self.rng.choice(self.codes))
        elif roll < 0.75:
            values.update(type="income", code="contribution")
            values["counterparty"] = self.rng.choice(self.members)[1]
        else:
            values.update(type="income", code=self.rng.choice(INCOME_KINDS))
        return values

    def _file(self, marker: str, number: int) -> Path:
        """A new file of its own content: mostly small, sometimes large enough that a kill
        often lands while it is being copied into the store."""
        if self.rng.random() < 0.45:
            path = self.sources / f"{marker}-{number}.txt"
            words = self.rng.choices(WORDS, k=self.rng.randint(50, 8000))
            path.write_text(f"{marker} {number}\n" + " ".join(words), encoding="utf-8")
            return path
        path = self.sources / f"{marker}-{number}.bin"
        if self.rng.random() < 0.2:
            size = self.rng.randint(256 * 1024, 2 * 1024 * 1024)
        else:
            size = self.rng.randint(1024, 64 * 1024)
        path.write_bytes(marker.encode() + self.rng.randbytes(size))
        return path
