"""The tamper-evident audit trail and the database's own guards, as a tamperer meets them:
with raw SQL on the office file, the triggers dropped first where they are in the way.
Also the viewer's search of the trail."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from rocb_desk.cli import run
from rocb_desk.domain.audit_chain import entry_hash
from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services import audit_view, maintenance
from rocb_desk.services.books import years
from rocb_desk.services.office import Office


def _raw(office: Office) -> sqlite3.Connection:
    connection = sqlite3.connect(office.sqlite_file, isolation_level=None)
    connection.execute("PRAGMA foreign_keys=ON")
    return connection


def _middle(raw: sqlite3.Connection) -> int:
    low, high = raw.execute("SELECT min(id), max(id) FROM audit_entry").fetchone()
    return (low + high) // 2


def _english(office: Office) -> list[str]:
    return [problem.english() for problem in maintenance.check(office)]


def test_editing_one_byte_of_an_audit_record_fails_the_check_naming_it(
    demo_office: Office, capsys: pytest.CaptureFixture[str]
):
    with _raw(demo_office) as raw:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            raw.execute("UPDATE audit_entry SET actor = 'someone else' WHERE id = 1")
        raw.execute("DROP TRIGGER audit_entry_no_update")  # what a tamperer does first
        victim = _middle(raw)
        after = raw.execute("SELECT after FROM audit_entry WHERE id = ?", (victim,)).fetchone()[0]
        # One character (one byte: JSON text is ASCII here) changed, nothing else.
        at = next(i for i, ch in enumerate(after) if ch.isalnum())
        changed = after[:at] + ("1" if after[at] != "1" else "2") + after[at + 1 :]
        assert len(changed.encode()) == len(after.encode())
        raw.execute("UPDATE audit_entry SET after = ? WHERE id = ?", (changed, victim))

    problems = _english(demo_office)
    assert any(f"Audit record {victim} " in p and "altered" in p for p in problems)
    assert any("audit_entry_no_update is missing" in p for p in problems)

    code = run(["--db", str(demo_office.sqlite_file), "check"])
    out, err = capsys.readouterr()
    assert code == 1 and "sound" not in out
    assert f"Audit record {victim} " in err and "audit_entry_no_update" in err
    assert "Traceback" not in err


def test_a_record_removed_from_the_middle_is_named(demo_office: Office):
    with _raw(demo_office) as raw:
        raw.execute("DROP TRIGGER audit_entry_no_delete")
        victim = _middle(raw)
        raw.execute("DELETE FROM audit_entry WHERE id = ?", (victim,))
    problems = _english(demo_office)
    assert any(f"Audit record {victim + 1} " in p and "removed or inserted" in p for p in problems)
    assert any("audit_entry_no_delete is missing" in p for p in problems)


def test_an_appended_forgery_does_not_pass(demo_office: Office):
    with _raw(demo_office) as raw:
        last, digest = raw.execute(
            "SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1"
        ).fetchone()
        raw.execute(  # linked to the last record, but sealed by a guess
            "INSERT INTO audit_entry (id, at, actor, action, entity, entity_id, before, after, "
            "prev_hash, hash) VALUES (?, '2021-01-01 00:00:00', 'x', 'update', 'letter', 1, "
            "NULL, NULL, ?, ?)",
            (last + 1, digest, "0" * 64),
        )
    assert any(f"Audit record {last + 1} " in p for p in _english(demo_office))


def _reseal_from(raw: sqlite3.Connection, first: int) -> None:
    """What a tamperer who knows the hash does: every record from `first` sealed anew."""
    (previous,) = raw.execute(
        "SELECT hash FROM audit_entry WHERE id < ? ORDER BY id DESC", (first,)
    ).fetchone()
    rows = raw.execute(
        "SELECT id, at, actor, action, entity, entity_id, before, after FROM audit_entry "
        "WHERE id >= ? ORDER BY id",
        (first,),
    ).fetchall()
    for entry_id, at, actor, action, entity, entity_id, before, after in rows:
        digest = entry_hash(
            previous,
            entry_id,
            datetime.fromisoformat(at),
            actor,
            action,
            entity,
            entity_id,
            before,
            after,
        )
        raw.execute(
            "UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?",
            (previous, digest, entry_id),
        )
        previous = digest


def test_a_trail_rewritten_and_resealed_is_caught_by_the_newest_backup(demo_office: Office):
    """The chain's hash is public, so a whole rewrite holds in itself; the seal of the newest
    record kept in the newest automatic backup does not."""
    maintenance.automatic_backup(demo_office, "daily")
    with _raw(demo_office) as raw:
        raw.execute("DROP TRIGGER audit_entry_no_update")
        victim = _middle(raw)
        raw.execute("UPDATE audit_entry SET actor = 'someone else' WHERE id = ?", (victim,))
        _reseal_from(raw, victim)
        raw.execute(
            "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
            "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
        )
    (problem,) = _english(demo_office)
    assert "the audit trail was rewritten after that backup" in problem


def test_a_trail_cut_short_is_caught_by_the_newest_backup(demo_office: Office):
    maintenance.automatic_backup(demo_office, "daily")
    with _raw(demo_office) as raw:
        raw.execute("DROP TRIGGER audit_entry_no_delete")
        (last,) = raw.execute("SELECT max(id) FROM audit_entry").fetchone()
        raw.execute("DELETE FROM audit_entry WHERE id >= ?", (last - 2,))
    problems = _english(demo_office)
    assert any(f"ends before record {last}" in p for p in problems)


def test_every_missing_protection_is_named(office: Office):
    with _raw(office) as raw:
        for name in ("ledger_entry_closed_update", "budget_line_closed_delete"):
            raw.execute(f"DROP TRIGGER {name}")
    problems = _english(office)
    assert len(problems) == 2
    assert all("closed financial year" in p for p in problems)
    assert "ledger_entry_closed_update" in problems[0]


@pytest.fixture
def closed_year(demo_office: Office) -> tuple[Office, int, int]:
    """The demo's 2020/2021 closed, with a budget line; one of its entries paid for an event."""
    with _raw(demo_office) as raw:
        raw.execute(
            "INSERT INTO budget_line (fy_start, item_id, planned) "
            "SELECT 2020, item_id, planned FROM budget_line WHERE fy_start = 2021 LIMIT 1"
        )
    years.close_year(demo_office, FinancialYear(2020))
    with _raw(demo_office) as raw:
        entry, event = raw.execute(
            "SELECT id, event_id FROM ledger_entry WHERE fy_start = 2020 AND event_id IS NOT NULL"
        ).fetchone()
    return demo_office, entry, event


def test_a_closed_year_refuses_raw_sql(closed_year: tuple[Office, int, int]):
    office, entry, _event = closed_year
    with _raw(office) as raw:
        before = raw.execute("SELECT * FROM ledger_entry WHERE fy_start = 2020").fetchall()
        budget = raw.execute("SELECT * FROM budget_line WHERE fy_start = 2020").fetchall()
        for statement in (
            f"UPDATE ledger_entry SET amount = amount + 1 WHERE id = {entry}",
            f"UPDATE ledger_entry SET fy_start = 2021 WHERE id = {entry}",
            f"DELETE FROM ledger_entry WHERE id = {entry}",
            "INSERT INTO ledger_entry (fy_start, entry_date, kind, income_kind, amount, "
            "description, counterparty_text, voucher, method, created_at) VALUES (2020, "
            "'2020-06-01', 'income', 'other', 5, 'late', '', 'X-1', 'bank', '2021-01-01')",
            "UPDATE budget_line SET planned = planned + 1 WHERE fy_start = 2020",
            "DELETE FROM budget_line WHERE fy_start = 2020",
            "UPDATE budget_line SET fy_start = 2020 WHERE fy_start = 2021",  # into the closed year
            "INSERT INTO budget_line (fy_start, item_id, planned) "
            "SELECT 2020, id, 100 FROM budget_item WHERE id NOT IN "
            "(SELECT item_id FROM budget_line WHERE fy_start = 2020) LIMIT 1",
        ):
            with pytest.raises(sqlite3.DatabaseError, match="the financial year is closed"):
                raw.execute(statement)
        assert raw.execute("SELECT * FROM ledger_entry WHERE fy_start = 2020").fetchall() == before
        assert raw.execute("SELECT * FROM budget_line WHERE fy_start = 2020").fetchall() == budget
    assert maintenance.check(office) == []


def test_a_closed_years_entry_may_lose_its_event_link(closed_year: tuple[Office, int, int]):
    office, entry, event = closed_year
    with _raw(office) as raw:
        raw.execute("UPDATE ledger_entry SET event_id = NULL WHERE id = ?", (entry,))
        raw.execute("UPDATE ledger_entry SET event_id = ? WHERE id = ?", (event, entry))
        # Removing the event sets the link to NULL (ON DELETE SET NULL): the books stay.
        raw.execute("DELETE FROM event WHERE id = ?", (event,))
        assert raw.execute(
            "SELECT event_id FROM ledger_entry WHERE id = ?", (entry,)
        ).fetchone() == (None,)


def test_books_changed_by_reopening_a_year_behind_the_application_are_named(
    closed_year: tuple[Office, int, int],
):
    """The triggers guard a closed year; a tamperer who clears its closing mark, changes an
    entry and closes it again is caught by the balance sealed in the close's audit record."""
    office, entry, _event = closed_year
    assert maintenance.check(office) == []
    with _raw(office) as raw:
        raw.execute("UPDATE financial_year SET closed_at = NULL WHERE start_year = 2020")
        raw.execute(f"UPDATE ledger_entry SET amount = amount + 10000000 WHERE id = {entry}")
        raw.execute("UPDATE financial_year SET closed_at = '2021-04-30' WHERE start_year = 2021")
        raw.execute("UPDATE financial_year SET closed_at = '2021-04-30' WHERE start_year = 2020")
    problems = _english(office)
    assert any("2020/2021" in p and "changed after the close" in p for p in problems)
    assert any("2021/2022" in p and "closed outside ROCB Desk" in p for p in problems)


def test_a_protection_disarmed_under_its_own_name_is_named(office: Office):
    with _raw(office) as raw:
        raw.execute("DROP TRIGGER audit_entry_no_update")
        raw.execute(
            "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry BEGIN SELECT 1; END"
        )
    (problem,) = _english(office)
    assert "audit_entry_no_update" in problem


# ---- the viewer's search -----------------------------------------------------------


def test_the_trail_is_searched_newest_first_by_who_what_and_action(demo_office: Office):
    everything = audit_view.search_audit(demo_office, audit_view.AuditFilter(), limit=10_000)
    ids = [line.id for line in everything]
    assert ids == sorted(ids, reverse=True) and len(ids) > 100
    assert audit_view.count_audit(demo_office, audit_view.AuditFilter()) == len(ids)
    assert audit_view.audit_actors(demo_office) == ["tester"]
    entities = audit_view.audit_entities(demo_office)
    assert "ledger_entry" in entities and entities == sorted(entities)
    assert "create" in audit_view.audit_actions(demo_office)

    ledger = audit_view.search_audit(demo_office, audit_view.AuditFilter(entity="ledger_entry"))
    assert ledger and all(line.entity == "ledger_entry" for line in ledger)
    nobody = audit_view.search_audit(demo_office, audit_view.AuditFilter(actor="mallory"))
    assert nobody == []
    years.close_year(demo_office, FinancialYear(2020))
    (closing,) = audit_view.search_audit(demo_office, audit_view.AuditFilter(action="close"))
    assert closing.entity == "financial_year" and closing.id == max(ids) + 1


def test_the_trail_is_paged(demo_office: Office):
    whole = audit_view.search_audit(demo_office, audit_view.AuditFilter(), limit=10_000)
    pages = []
    for offset in range(0, len(whole), 50):
        pages += audit_view.search_audit(
            demo_office, audit_view.AuditFilter(), limit=50, offset=offset
        )
    assert pages == whole


def test_the_trail_is_searched_by_day(office: Office):
    """Days are the user's own calendar days, `until` included; times are shown in UTC."""
    with _raw(office) as raw:
        raw.execute("DROP TRIGGER audit_entry_no_update")
        # Spread the reference data's entries over three days, each at local noon.
        count = raw.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
        for offset, day in enumerate((date(2021, 3, 1), date(2021, 3, 2), date(2021, 3, 3))):
            noon = datetime(day.year, day.month, day.day, 12).astimezone(UTC)
            raw.execute(
                "UPDATE audit_entry SET at = ? WHERE id % 3 = ?",
                (noon.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds"), offset),
            )
    second = audit_view.search_audit(
        office,
        audit_view.AuditFilter(since=date(2021, 3, 2), until=date(2021, 3, 2)),
        limit=10_000,
    )
    assert second and all(line.id % 3 == 1 for line in second)
    assert all(line.at.astimezone().date() == date(2021, 3, 2) for line in second)
    tail = audit_view.search_audit(
        office, audit_view.AuditFilter(since=date(2021, 3, 2)), limit=10_000
    )
    head = audit_view.search_audit(
        office, audit_view.AuditFilter(until=date(2021, 3, 1)), limit=10_000
    )
    assert len(tail) + len(head) == count
    noon = datetime(2021, 3, 2, 12)  # a naive moment is the user's local time; bounds included
    exact = audit_view.AuditFilter(since=noon, until=noon)
    assert audit_view.search_audit(office, exact, limit=10_000) == second
    later = audit_view.AuditFilter(since=noon + timedelta(seconds=1), until=date(2021, 3, 2))
    assert audit_view.search_audit(office, later) == []


def test_a_tampered_entry_is_still_shown(demo_office: Office):
    with _raw(demo_office) as raw:
        raw.execute("DROP TRIGGER audit_entry_no_update")
        raw.execute("UPDATE audit_entry SET after = 'not json {' WHERE id = 1")
    oldest = audit_view.search_audit(demo_office, audit_view.AuditFilter(), limit=10_000)[-1]
    assert oldest.id == 1 and "not json {" in oldest.changes


def test_the_check_passes_and_reports_no_notice_on_a_fresh_office(tmp_path: Path):
    from rocb_desk.services.office import open_office

    fresh = open_office(str(tmp_path / "fresh.sqlite3"))
    try:
        result = maintenance.examine(fresh)
        assert result.sound and result.problems == [] and result.notices == []
    finally:
        fresh.close()


def test_an_older_backup_restored_is_not_taken_for_a_trail_cut_short(
    demo_office: Office, tmp_path: Path
):
    """Restoring last week's backup shortens the trail on purpose: the automatic backups of
    the replaced office anchor nothing any more."""
    older = maintenance.backup(demo_office, tmp_path / "older.zip")
    years.close_year(demo_office, FinancialYear(2020))  # the trail grows past the backup
    maintenance.automatic_backup(demo_office, "closing")
    location = demo_office.location
    demo_office.close()
    maintenance.restore(older, location, force=True)
    assert maintenance.check(demo_office) == []
