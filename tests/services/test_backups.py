"""Backups that bring the office back whole: restored content equals the original, bad
backups are refused before anything changes, and the office keeps its own automatic ones."""

from __future__ import annotations

import sqlite3
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from rocb_desk.domain.errors import OfficeError
from rocb_desk.services import backups, maintenance, trust_settings
from rocb_desk.services.office import Office, open_office


def table_rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of an office file, in a stable order."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as raw:
        tables = [
            row[0]
            for row in raw.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            table: sorted(raw.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }


def stored_files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_a_backup_restored_into_an_empty_folder_is_the_same_office(
    demo_office: Office, tmp_path: Path
):
    assert stored_files(demo_office.attachments_folder)  # the demo's letters carry files
    written = maintenance.backup(demo_office, tmp_path / "office-backup.zip")
    target = tmp_path / "empty" / "restored.sqlite3"
    maintenance.restore(written, str(target))
    restored = open_office(str(target))
    try:
        assert maintenance.check(restored) == []
        assert table_rows(target) == table_rows(demo_office.sqlite_file)
        assert stored_files(restored.attachments_folder) == stored_files(
            demo_office.attachments_folder
        )
    finally:
        restored.close()


def _forge(backup: Path, target: Path, change) -> Path:  # noqa: ANN001 - a member -> bytes edit
    with zipfile.ZipFile(backup) as source, zipfile.ZipFile(target, "w") as forged:
        for item in source.infolist():
            forged.writestr(item, change(item.filename, source.read(item)))
    return target


@pytest.mark.parametrize("damage", ["attachment", "manifest", "not a zip", "truncated"])
def test_a_bad_restore_file_is_refused_and_the_office_untouched(
    demo_office: Office, tmp_path: Path, damage: str
):
    backup = maintenance.backup(demo_office, tmp_path / "good.zip")
    bad = tmp_path / "bad.zip"
    if damage == "attachment":  # one byte of one scanned letter differs from its checksum
        _forge(
            backup,
            bad,
            lambda name, data: (
                data[:-1] + bytes([data[-1] ^ 1]) if name.startswith("attachments/") else data
            ),
        )
    elif damage == "manifest":
        _forge(backup, bad, lambda name, data: b"{}" if name == "manifest.json" else data)
    elif damage == "not a zip":
        bad.write_text("minutes of the meeting")
    else:
        bad.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    assert maintenance.verify_backup(bad)
    office_file = demo_office.sqlite_file
    files_before = stored_files(demo_office.attachments_folder)
    demo_office.close()
    before = office_file.read_bytes()
    with pytest.raises(OfficeError, match="not a sound backup"):
        maintenance.restore(bad, str(office_file), force=True)
    assert office_file.read_bytes() == before
    assert stored_files(demo_office.attachments_folder) == files_before
    assert not list(demo_office.backups_folder.glob("before-restore-*"))


def test_a_forced_restore_keeps_the_replaced_office_as_a_full_backup(
    demo_office: Office, tmp_path: Path
):
    backup = maintenance.backup(demo_office, tmp_path / "copy.zip")
    scan = tmp_path / "late-scan.pdf"
    scan.write_bytes(b"%PDF-1.4 a letter scanned after the backup")
    from rocb_desk.services import attachments

    with demo_office.transaction() as session:
        attachments.record(session, attachments.copy_in(demo_office, scan))
    rows_before = table_rows(demo_office.sqlite_file)
    files_before = stored_files(demo_office.attachments_folder)
    demo_office.close()
    maintenance.restore(backup, str(demo_office.sqlite_file), force=True)
    (kept,) = demo_office.backups_folder.glob("before-restore-*.zip")
    assert maintenance.verify_backup(kept) == []
    again = tmp_path / "again.sqlite3"
    maintenance.restore(kept, str(again))  # what --force replaced comes back whole
    assert table_rows(again) == rows_before
    assert stored_files(again.with_name("again-data") / "attachments") == files_before


@pytest.fixture
def office(office_path: Path) -> Office:
    """An empty office (no reference data): these tests need none, and it opens at once."""
    opened = open_office(str(office_path), actor="tester")
    yield opened
    opened.close()


def _automatic(office: Office) -> list[str]:
    return [path.name for _at, path in maintenance.automatic_backups(office)]


def test_automatic_backups_keep_the_last_n(office: Office, monkeypatch: pytest.MonkeyPatch):
    trust_settings.set_backups_kept(office, 3)
    moments = iter(f"20260101-0{hour}0000" for hour in range(6))
    monkeypatch.setattr(backups, "_stamp", lambda: next(moments))
    # What the user or an upgrade put in the folder is never pruned.
    office.backups_folder.mkdir(parents=True)
    for name in ("before-upgrade-from-0009-20250101-000000.zip", "my-own-copy.zip"):
        (office.backups_folder / name).write_bytes(b"kept")
    written = [maintenance.automatic_backup(office, reason) for reason in ["daily"] * 4]
    written.append(maintenance.automatic_backup(office, "closing"))
    assert _automatic(office) == [
        "auto-20260101-040000-closing.zip",
        "auto-20260101-030000-daily.zip",
        "auto-20260101-020000-daily.zip",
    ]
    assert not written[0].exists() and written[-1].exists()
    assert maintenance.verify_backup(written[-1]) == []
    assert {p.name for p in office.backups_folder.iterdir()} == set(_automatic(office)) | {
        "before-upgrade-from-0009-20250101-000000.zip",
        "my-own-copy.zip",
    }


def test_two_automatic_backups_in_one_second_are_both_kept(office: Office, monkeypatch):
    monkeypatch.setattr(backups, "_stamp", lambda: "20260101-120000")
    first = maintenance.automatic_backup(office, "daily")
    second = maintenance.automatic_backup(office, "daily")
    assert first != second and first.exists() and second.exists()


def test_the_daily_backup_is_due_after_24_hours(office: Office):
    assert maintenance.daily_backup_due(office)  # never backed up
    written = maintenance.automatic_backup(office, "closing")
    taken = datetime.strptime(written.name[5:20], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    assert not maintenance.daily_backup_due(office)
    assert not maintenance.daily_backup_due(office, now=taken + timedelta(hours=23, minutes=59))
    assert maintenance.daily_backup_due(office, now=taken + timedelta(hours=24))
    # A file named like one but not made by the office does not count.
    (office.backups_folder / "auto-29991231-000000-daily.zip.txt").write_text("x")
    assert maintenance.daily_backup_due(office, now=taken + timedelta(hours=25))


def test_a_server_office_is_not_backed_up_automatically():
    server = SimpleNamespace(sqlite_file=None)  # the services ask only this of it
    assert maintenance.automatic_backup(server, "closing") is None
    assert maintenance.daily_backup_due(server) is False


def test_an_unknown_reason_is_a_programming_error(office: Office):
    with pytest.raises(ValueError):
        maintenance.automatic_backup(office, "whenever")


def test_a_backup_leaves_no_partial_file_and_skips_an_unfinished_copy(
    office: Office, tmp_path: Path
):
    office.attachments_folder.mkdir(parents=True)
    (office.attachments_folder / ".incoming-x1y2").write_bytes(b"half a scan")
    written = maintenance.backup(office, tmp_path / "b.zip")
    with zipfile.ZipFile(written) as archive:
        assert not any(".incoming-" in name for name in archive.namelist())
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("b.zip")] == ["b.zip"]
