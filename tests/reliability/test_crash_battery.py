"""Issue 8 point 5: at least 200 SIGKILLs of a process writing to the office, and after
each one the office passes `check`, every operation is wholly there or wholly absent,
and every stored file matches its checksum (the battery: crash_battery.py).

The battery runs in a process of its own: it forks its writers, and this process runs
Qt, which must not be forked. A failure prints the run's seed; repeat its choices with
`.venv/bin/python -m tests.reliability.crash_battery --kills 200 --seed N` (the moments
of the kills differ from run to run by nature).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from rocb_desk.db.models import LedgerEntry
from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services.books import ledger, years
from rocb_desk.services.letters import register
from rocb_desk.services.office import open_office

from .crash_battery import make_template
from .crash_check import Verifier
from .crash_worker import TAG, Journal

ROOT = Path(__file__).resolve().parents[2]
KILLS = 200


@pytest.mark.skipif(
    not hasattr(os, "fork"), reason="the crash battery forks its writers; this system has no fork"
)
@pytest.mark.timeout(600)
def test_no_kill_leaves_a_half_written_operation(tmp_path: Path) -> None:
    figures_file = tmp_path / "figures.json"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.reliability.crash_battery",
            "--kills",
            str(KILLS),
            "--folder",
            str(tmp_path / "battery"),
            "--json",
            str(figures_file),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=540,
    )
    print(run.stdout)  # the figures, shown with -s or -rP, and on any failure
    assert figures_file.exists(), run.stdout + run.stderr
    figures = json.loads(figures_file.read_text(encoding="utf-8"))

    assert figures["failures"] == [], run.stdout
    assert run.returncode == 0, run.stdout + run.stderr
    assert figures["kills"] >= KILLS
    assert figures["check_runs"] == figures["kills"]
    # The kills landed where they matter: most inside an operation, and those were all
    # found whole or absent (a partial one is a failure above).
    assert figures["ops_interrupted"] >= KILLS // 2
    assert (
        figures["interrupted_found_whole"] + figures["interrupted_found_absent"]
        == figures["ops_interrupted"]
    )
    # Every kind of write ran to its end somewhere in the run, so each was verified whole.
    assert set(figures["completed_by_kind"]) >= {"post", "import", "letter", "close"}


# --- the verifier itself: a battery that could not see a half-written operation would
# pass whatever the services did, so each kind of damage is shown to it once. ---


@pytest.fixture
def battery_office(tmp_path: Path) -> Path:
    return make_template(tmp_path / "battery")


def _journal(path: Path, *events: dict) -> Path:
    journal = Journal(path)
    for event in events:
        journal.write(**event)
    return path


def test_the_verifier_sees_an_entry_written_without_its_audit_record(
    battery_office: Path, tmp_path: Path
) -> None:
    office = open_office(str(battery_office), actor="x1o0001")
    try:
        with office.transaction() as session:  # the entry alone, as a split transaction would
            years.year_record(session, FinancialYear(2020))
            session.add(
                LedgerEntry(
                    fy_start=2020,
                    entry_date=date(2020, 5, 1),
                    kind="income",
                    income_kind="rent",
                    amount=Decimal("10.00"),
                    description="x1o0001",
                    voucher="1",
                    method="bank",
                )
            )
    finally:
        office.close()
    journal = _journal(
        tmp_path / "j.jsonl",
        {"ev": "begin", "op": "x1o0001", "kind": "post", "entries": 1, "audits": 1},
    )

    failures = Verifier(battery_office).verify(journal).failures

    assert failures == ["post x1o0001 (begun) is partial: 1 of 1 entries, 0 of 1 audit records"]


def test_the_verifier_sees_a_write_the_journal_never_announced(
    battery_office: Path, tmp_path: Path
) -> None:
    office = open_office(str(battery_office), actor="someone")
    try:
        ledger.post(
            office,
            {
                "date": "2020-05-01",
                "type": "income",
                "code": "rent",
                "amount": "5.00",
                "description": "unannounced",
            },
        )
    finally:
        office.close()

    failures = Verifier(battery_office).verify(_journal(tmp_path / "j.jsonl")).failures

    assert "audit records by someone, which the journal never announced" in failures
    assert "ledger entries 'unannounced' that no operation announced" in failures


def test_the_verifier_sees_a_letter_without_its_search_row_and_a_changed_file(
    battery_office: Path, tmp_path: Path
) -> None:
    source = tmp_path / "scan.txt"
    source.write_text("a scanned letter", encoding="utf-8")
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    office = open_office(str(battery_office), actor="x1o0001")
    try:
        form = register.LetterForm(subject="x1o0001", tags={TAG})
        register.register_letter(office, form, [source])
        with office.transaction() as session:
            session.execute(text("DELETE FROM letter_search"))
        stored = office.attachments_folder / sha[:2] / sha
    finally:
        office.close()
    stored.write_bytes(b"changed on disk")
    journal = _journal(
        tmp_path / "j.jsonl",
        {
            "ev": "begin",
            "op": "x1o0001",
            "kind": "letter",
            "letters": 1,
            "audits": 1,
            "files": [sha],
            "own_files": [sha],
        },
        {"ev": "done", "op": "x1o0001"},
    )

    failures = Verifier(battery_office).verify(journal).failures

    assert "letter x1o0001 (done) is partial: no search-index row" in failures
    assert f"stored file {sha} does not match its checksum" in failures
    assert any(failure.startswith("check: Attachment scan.txt has changed") for failure in failures)
