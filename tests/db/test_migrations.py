"""The schema only changes through migrations, and an upgrade never loses anything."""

from __future__ import annotations

import hashlib
import sqlite3
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from rocb_desk.db import migrate, search_index
from rocb_desk.db.base import Base
from rocb_desk.db.engine import create_office_engine, for_writing, resolve_url
from rocb_desk.domain.errors import OfficeError
from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services import maintenance
from rocb_desk.services.books import ledger, ledger_query, years
from rocb_desk.services.office import Office, open_office
from tests.services.test_backups import stored_files, table_rows


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_office_is_created_at_the_newest_schema(office_path: Path):
    office = open_office(str(office_path))
    try:
        assert migrate.current_revision(office.engine) == migrate.head_revision()
        assert office.upgrade_backup is None  # nothing existed to back up
    finally:
        office.close()


def test_models_and_migrations_agree(office_path: Path):
    office = open_office(str(office_path))
    try:
        with office.engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                # The full-text index is made by the migration, outside the models.
                opts={
                    "include_name": lambda name, kind, _parent: (
                        not (kind == "table" and search_index.is_index_table(name or ""))
                    )
                },
            )
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
    finally:
        office.close()


def test_upgrade_from_the_previous_revision_keeps_data_and_backs_up_first(office_path: Path):
    engine = create_office_engine(resolve_url(str(office_path)))
    migrate.upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO office_setting (key, value) VALUES ('name', 'ROCB Europe')"
        )
    engine.dispose()

    office = open_office(str(office_path))
    try:
        assert migrate.current_revision(office.engine) == migrate.head_revision()
        with office.engine.connect() as connection:
            value = connection.exec_driver_sql(
                "SELECT value FROM office_setting WHERE key='name'"
            ).scalar()
        assert value == "ROCB Europe"
        backup = office.upgrade_backup
        assert backup is not None and backup.exists()
        assert maintenance.verify_backup(backup) == []
        with zipfile.ZipFile(backup) as archive:
            database = Path(archive.extract("office.sqlite3", office_path.parent / "unpacked"))
        with sqlite3.connect(database) as copy:
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
            assert copy.execute("SELECT value FROM office_setting").fetchone()[0] == "ROCB Europe"
    finally:
        office.close()


def test_sqlite_runs_with_foreign_keys_wal_and_full_sync(office_path: Path):
    office = open_office(str(office_path))
    try:
        with office.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    finally:
        office.close()


def test_a_newer_office_is_refused_untouched(office_path: Path):
    open_office(str(office_path)).close()
    with sqlite3.connect(office_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'from-the-future'")
    before = _digest(office_path)
    with pytest.raises(OfficeError, match="newer version"):
        open_office(str(office_path))
    assert _digest(office_path) == before


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("minutes of the meeting")
    with pytest.raises(OfficeError, match="not a SQLite file"):
        open_office(str(path))
    assert path.read_text() == "minutes of the meeting"


def test_another_applications_database_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE invoices (id INTEGER)")
    before = _digest(path)
    with pytest.raises(OfficeError, match="another application"):
        open_office(str(path))
    assert _digest(path) == before
    assert not path.with_name("other.db-wal").exists()


def test_a_corrupt_office_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    before = _digest(path)
    with pytest.raises(OfficeError, match="cannot be read"):
        open_office(str(path))
    assert _digest(path) == before


def test_database_urls_are_accepted(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'by-url.sqlite3'}"
    office = open_office(url)
    try:
        assert office.sqlite_file == tmp_path / "by-url.sqlite3"
    finally:
        office.close()
    with pytest.raises(OfficeError):
        open_office("nonsense://")


def test_the_head_constant_follows_the_scripts():
    assert migrate.head_revision() == migrate.scripted_head()


def test_upgrade_from_the_directory_schema_keeps_the_directory(office_path: Path):
    """Revision 0002 (the Directory, before the books): its records survive the upgrade."""
    engine = create_office_engine(resolve_url(str(office_path)))
    migrate.upgrade(engine, "0002")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO member (iso, name_en, name_ru, active) VALUES ('MD', 'Republic of Moldova', '', 1)"
        )
    engine.dispose()
    office = open_office(str(office_path))
    try:
        assert migrate.current_revision(office.engine) == migrate.head_revision()
        with office.engine.connect() as connection:
            assert (
                connection.exec_driver_sql("SELECT name_en FROM member").scalar()
                == "Republic of Moldova"
            )
        assert office.upgrade_backup is not None and "0002" in office.upgrade_backup.name
    finally:
        office.close()


def _downgrade(path: Path, target: str) -> None:
    """Take an office back to an older schema, as an office of that version was."""
    from alembic import command

    engine = create_office_engine(resolve_url(str(path)))
    config = migrate._config()
    with for_writing(engine).begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, target)
    engine.dispose()


def test_an_office_of_revision_0009_is_backed_up_whole_sealed_and_guarded(
    demo_office: Office, tmp_path: Path
):
    """The trust revision: the backup before it restores the office whole, and the audit
    entries written before it are sealed, so the upgraded office passes the check."""
    path = demo_office.sqlite_file
    demo_office.close()
    _downgrade(path, "0009")
    with sqlite3.connect(path) as raw:
        entries = raw.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
        assert "hash" not in [row[1] for row in raw.execute("PRAGMA table_info(audit_entry)")]
    before_rows = table_rows(path)

    office = open_office(str(path))
    try:
        assert maintenance.examine(office) == maintenance.CheckResult([], [])
        with sqlite3.connect(path) as raw:
            sealed = raw.execute("SELECT count(*) FROM audit_entry WHERE hash != ''").fetchone()
        assert sealed[0] == entries > 100
        backup = office.upgrade_backup
        assert backup is not None and backup.suffix == ".zip" and "0009" in backup.name
        assert maintenance.verify_backup(backup) == []
        upgraded_rows, files = table_rows(path), stored_files(office.attachments_folder)
    finally:
        office.close()

    restored = tmp_path / "restored" / "office.sqlite3"
    maintenance.restore(backup, str(restored))  # restored, then upgraded like the original
    again = open_office(str(restored))
    try:
        assert maintenance.check(again) == []
        assert table_rows(restored) == upgraded_rows
        assert files and stored_files(again.attachments_folder) == files
        (kept,) = again.backups_folder.glob("before-upgrade-from-0009-*.zip")
    finally:
        again.close()
    with zipfile.ZipFile(kept) as archive:  # the backup holds the office as it was at 0009
        archive.extract("office.sqlite3", tmp_path / "as-it-was")
    assert table_rows(tmp_path / "as-it-was" / "office.sqlite3") == before_rows


def test_an_office_with_closed_years_gains_their_stored_sums_on_upgrade(demo_office: Office):
    """Revision 0012 sums the years closed before it, so totals over the years stay the
    lines' own, and the closing trigger it adds works on the upgraded office."""
    years.close_year(demo_office, FinancialYear(2020))
    everything = ledger_query.LedgerFilter()
    before = ledger_query.totals(demo_office, everything)
    path = demo_office.sqlite_file
    demo_office.close()
    _downgrade(path, "0011")
    with sqlite3.connect(path) as raw:
        tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master")}
        assert "closed_year_sum" not in tables

    office = open_office(str(path))
    try:
        with sqlite3.connect(path) as raw:
            stored = raw.execute("SELECT DISTINCT fy_start FROM closed_year_sum").fetchall()
        assert stored == [(2020,)]
        assert ledger_query.totals(office, everything) == before
        ledger.post(
            office,
            {"date": date(2021, 5, 5), "type": "expense", "code": "2.1", "amount": "12.34"},
        )
        years.close_year(office, FinancialYear(2021))  # summed by the upgraded office's trigger
        assert ledger_query.totals(office, everything) == (
            before[0],
            before[1] + Decimal("12.34"),
        )
        assert maintenance.check(office) == []
    finally:
        office.close()
