"""Check, backup and restore: what protects the office's data."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from rocb_desk.domain.errors import OfficeError
from rocb_desk.services import directory, maintenance
from rocb_desk.services.office import Office, open_office


def test_a_sound_office_passes_the_check(demo_office: Office):
    assert maintenance.check(demo_office) == []


def test_check_names_a_broken_reference(office: Office):
    with sqlite3.connect(office.sqlite_file) as raw:
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute(
            "INSERT INTO contact_point (member_id, name, title, email, phone) "
            "VALUES (9999, 'Ghost', '', '', '')"
        )
    problems = [p.english() for p in maintenance.check(office)]
    assert any("contact_point" in p and "member" in p for p in problems)


def test_backup_and_restore_round_trip(demo_office: Office, tmp_path: Path):
    attachment = demo_office.attachments_folder / "ab" / "abcdef"
    attachment.parent.mkdir(parents=True)
    attachment.write_bytes(b"scan of letter 2021/2")
    backup = maintenance.backup(demo_office, tmp_path / "copy.zip")
    with zipfile.ZipFile(backup) as archive:
        assert {"office.sqlite3", "manifest.json", "attachments/ab/abcdef"} <= set(
            archive.namelist()
        )
    assert maintenance.verify_backup(backup) == []

    target = tmp_path / "restored.sqlite3"
    maintenance.restore(backup, str(target))
    restored = open_office(str(target))
    try:
        assert len(directory.list_rows(restored, "contact_points")) == len(
            directory.list_rows(demo_office, "contact_points")
        )
        assert (
            restored.attachments_folder / "ab" / "abcdef"
        ).read_bytes() == b"scan of letter 2021/2"
    finally:
        restored.close()


def test_backup_while_the_office_is_in_use(demo_office: Office, tmp_path: Path):
    with demo_office.transaction():
        backup = maintenance.backup(demo_office, tmp_path / "live.zip")
    assert maintenance.verify_backup(backup) == []


def test_restore_refuses_to_overwrite_an_office_without_force(demo_office: Office, tmp_path: Path):
    backup = maintenance.backup(demo_office, tmp_path / "copy.zip")
    with pytest.raises(OfficeError, match="--force"):
        maintenance.restore(backup, str(demo_office.sqlite_file))
    demo_office.close()
    maintenance.restore(backup, str(demo_office.sqlite_file), force=True)


def test_a_damaged_backup_is_refused_before_anything_is_replaced(
    demo_office: Office, tmp_path: Path
):
    backup = maintenance.backup(demo_office, tmp_path / "copy.zip")
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(backup) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "office.sqlite3":
                data = data[:-100] + b"\x00" * 100
            target.writestr(item, data)
    assert maintenance.verify_backup(damaged)
    target_path = tmp_path / "fresh.sqlite3"
    with pytest.raises(OfficeError, match="not a sound backup"):
        maintenance.restore(damaged, str(target_path))
    assert not target_path.exists()
    not_a_zip = tmp_path / "notes.zip"
    not_a_zip.write_text("hello")
    with pytest.raises(OfficeError):
        maintenance.restore(not_a_zip, str(target_path))


def test_restore_refuses_an_office_open_in_a_window(demo_office: Office, tmp_path: Path):
    backup = maintenance.backup(demo_office, tmp_path / "copy.zip")
    demo_office.take_writer_lock()
    with pytest.raises(OfficeError, match="Close the ROCB Desk window"):
        maintenance.restore(backup, str(demo_office.sqlite_file), force=True)


def test_one_window_per_office(office_path: Path):
    first = open_office(str(office_path), lock=True)
    try:
        with pytest.raises(OfficeError, match="already open"):
            open_office(str(office_path), lock=True)
    finally:
        first.close()
    open_office(str(office_path), lock=True).close()  # free again once the first closed
