"""Check, backup and restore: what protects the office's data."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from rocb_desk.db.models import Partner
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


def test_backup_while_another_connection_is_writing(demo_office: Office, tmp_path: Path):
    partners = len(directory.list_rows(demo_office, "partners"))
    with demo_office.transaction() as session:  # a write in progress, not yet committed
        session.add(Partner(name_en="Written during the backup", kind="other"))
        session.flush()
        backup = maintenance.backup(demo_office, tmp_path / "live.zip")
    assert maintenance.verify_backup(backup) == []
    copy = tmp_path / "copy.sqlite3"
    maintenance.restore(backup, str(copy))
    restored = open_office(str(copy))
    try:  # the copy is consistent: it has the committed state, without the half-done write
        assert len(directory.list_rows(restored, "partners")) == partners
    finally:
        restored.close()


def test_restore_refuses_to_overwrite_an_office_without_force(demo_office: Office, tmp_path: Path):
    backup = maintenance.backup(demo_office, tmp_path / "copy.zip")
    with pytest.raises(OfficeError, match="--force"):
        maintenance.restore(backup, str(demo_office.sqlite_file))
    directory.save(demo_office, "partners", None, {"name_en": "After the backup", "kind": "other"})
    demo_office.close()
    maintenance.restore(backup, str(demo_office.sqlite_file), force=True)
    reopened = open_office(str(demo_office.sqlite_file))
    try:
        names = [r.values["name_en"] for r in directory.list_rows(reopened, "partners")]
        assert "After the backup" not in names and names
        (safety,) = reopened.backups_folder.glob("before-restore-*.zip")
    finally:
        reopened.close()
    kept = tmp_path / "kept.sqlite3"
    maintenance.restore(safety, str(kept))  # what --force replaced is not lost
    with sqlite3.connect(kept) as copy:
        assert (
            copy.execute(
                "SELECT count(*) FROM partner WHERE name_en = 'After the backup'"
            ).fetchone()[0]
            == 1
        )


def test_a_forced_restore_over_a_damaged_office_keeps_what_it_can(
    demo_office: Office, tmp_path: Path
):
    """An office too damaged for a verified backup is still replaced (that may be why it
    is restored): its database is kept raw, its attachments folder moved aside whole."""
    backup = maintenance.backup(demo_office, tmp_path / "copy.zip")
    path, files = demo_office.sqlite_file, demo_office.attachments_folder
    originals = {p.name: p.read_bytes() for p in files.rglob("*") if p.is_file()}
    demo_office.close()
    with sqlite3.connect(path) as raw:
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name='letter'").fetchone()[0]
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size : root * page_size] = b"\xee" * page_size
    path.write_bytes(bytes(data))

    maintenance.restore(backup, str(path), force=True)
    folder = path.with_name(path.stem + "-data") / "backups"
    assert len(list(folder.glob("before-restore-*.sqlite3"))) == 1
    (moved,) = folder.glob("before-restore-*-attachments")
    assert {p.name: p.read_bytes() for p in moved.rglob("*") if p.is_file()} == originals
    restored = open_office(str(path))
    try:
        assert maintenance.check(restored) == []
    finally:
        restored.close()


def test_a_damaged_backup_is_refused_before_anything_is_replaced(
    demo_office: Office, tmp_path: Path
):
    backup = maintenance.backup(demo_office, tmp_path / "copy.zip")
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(backup) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "office.sqlite3":
                middle = len(data) // 2  # flip 100 bytes: always a change, whatever was there
                data = (
                    data[:middle]
                    + bytes(b ^ 0xFF for b in data[middle : middle + 100])
                    + data[middle + 100 :]
                )
            target.writestr(item, data)
    assert maintenance.verify_backup(damaged)
    office_file = demo_office.sqlite_file
    demo_office.close()
    before = office_file.read_bytes()
    with pytest.raises(OfficeError, match="not a sound backup"):
        maintenance.restore(damaged, str(office_file), force=True)
    assert office_file.read_bytes() == before
    not_a_zip = tmp_path / "notes.zip"
    not_a_zip.write_text("hello")
    with pytest.raises(OfficeError):
        maintenance.restore(not_a_zip, str(office_file), force=True)
    assert office_file.read_bytes() == before


@pytest.mark.parametrize(
    "manifest", ["[]", "{}", '{"format": "rocb-desk-backup/1", "database": 3}', "not json"]
)
def test_a_hostile_manifest_is_refused_cleanly(tmp_path: Path, manifest: str):
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(forged, "w") as archive:
        archive.writestr("manifest.json", manifest)
        archive.writestr("office.sqlite3", b"x")
    assert maintenance.verify_backup(forged)
    with pytest.raises(OfficeError, match="not a sound backup"):
        maintenance.restore(forged, str(tmp_path / "target.sqlite3"))


def test_a_backup_never_overwrites_the_office_itself(demo_office: Office, tmp_path: Path):
    before = demo_office.sqlite_file.read_bytes()
    for target in (demo_office.sqlite_file, demo_office.backups_folder / "inside.zip"):
        with pytest.raises(OfficeError, match="outside the office"):
            maintenance.backup(demo_office, target)
    assert demo_office.sqlite_file.read_bytes()[:16] == before[:16]
    assert maintenance.check(demo_office) == []
    with pytest.raises(OfficeError, match="does not exist"):
        maintenance.backup(demo_office, tmp_path / "no-such-folder" / "b.zip")


def test_check_reports_an_old_schema_without_upgrading_it(office_path: Path):
    from rocb_desk.db import migrate
    from rocb_desk.db.engine import create_office_engine, resolve_url

    engine = create_office_engine(resolve_url(str(office_path)))
    migrate.upgrade(engine, "0001")
    engine.dispose()
    office = open_office(str(office_path), upgrade=False)
    try:
        problems = [p.english() for p in maintenance.check(office)]
        assert any("0001" in p for p in problems)
        assert migrate.current_revision(office.engine) == "0001"
    finally:
        office.close()


def test_check_names_a_damaged_database_instead_of_crashing(office: Office):
    path = office.sqlite_file
    office.close()
    with sqlite3.connect(path) as raw:
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name='member'").fetchone()[0]
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start : start + page_size] = b"\xee" * page_size  # the members' table page is garbage
    path.write_bytes(bytes(data))
    damaged = open_office(str(path), upgrade=False)
    try:
        problems = maintenance.check(damaged)
        assert problems and "Database integrity" in problems[0].english()
    finally:
        damaged.close()


def test_restore_refuses_an_office_open_in_a_window(demo_office: Office, tmp_path: Path):
    backup = maintenance.backup(demo_office, tmp_path / "copy.zip")
    demo_office.take_writer_lock()
    with pytest.raises(OfficeError, match="Close the ROCB Desk window"):
        maintenance.restore(backup, str(demo_office.sqlite_file), force=True)


def test_several_windows_per_office(office_path: Path):
    first = open_office(str(office_path), lock=True)
    try:
        open_office(str(office_path), lock=True).close()  # a second window is welcome
    finally:
        first.close()


def test_a_new_office_in_a_folder_that_does_not_exist_yet(tmp_path: Path):
    """The first run: the user data folder is not there yet."""
    path = tmp_path / "not" / "yet" / "office.sqlite3"
    office = open_office(str(path), lock=True)
    office.close()
    assert path.exists()


def test_restore_into_a_folder_that_does_not_exist_yet(demo_office: Office, tmp_path: Path):
    backup = maintenance.backup(demo_office, tmp_path / "copy.zip")
    target = tmp_path / "new" / "place" / "office.sqlite3"
    maintenance.restore(backup, str(target))
    assert target.exists()


def test_only_init_creates_an_office(tmp_path: Path):
    with pytest.raises(OfficeError, match="no office"):
        open_office(str(tmp_path / "typo.sqlite3"), create=False)
    assert not (tmp_path / "typo.sqlite3").exists()


def test_another_alembic_database_is_not_called_a_newer_office(tmp_path: Path):
    other = tmp_path / "other-app.db"
    with sqlite3.connect(other) as raw:
        raw.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
        raw.execute("INSERT INTO alembic_version VALUES ('abc123')")
        raw.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(OfficeError, match="another application"):
        open_office(str(other))
