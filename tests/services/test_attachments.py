"""The file store: stored once by content, flushed before recorded, checked by `check`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rocb_desk.domain.errors import OfficeError
from rocb_desk.services import attachments, maintenance
from rocb_desk.services.books import ledger
from rocb_desk.services.office import Office


def test_a_receipt_is_kept_under_its_checksum_and_the_source_is_left(
    office: Office, tmp_path: Path
):
    scan = tmp_path / "receipt-2020-05-01.pdf"
    scan.write_bytes(b"%PDF-1.4 receipt of the stationer")
    entry, _ = ledger.post(
        office, {"date": date(2020, 5, 1), "type": "expense", "code": "2.1", "amount": "12.00"}
    )
    ledger.attach_receipt(office, entry, scan)
    path, name = ledger.receipt_of(office, entry)
    assert name == "receipt-2020-05-01.pdf" and path.read_bytes() == scan.read_bytes()
    assert path.name == attachments.copy_in(office, scan).sha256  # the same content, stored once
    assert len(list(office.attachments_folder.rglob("*"))) == 2  # one folder, one file
    assert scan.exists()  # never moved or deleted
    assert maintenance.check(office) == []


def test_check_names_a_changed_or_missing_attachment(office: Office, tmp_path: Path):
    scan = tmp_path / "r.pdf"
    scan.write_bytes(b"original")
    entry, _ = ledger.post(
        office, {"date": date(2020, 5, 1), "type": "expense", "code": "2.1", "amount": "12.00"}
    )
    ledger.attach_receipt(office, entry, scan)
    path, _name = ledger.receipt_of(office, entry)
    path.write_bytes(b"tampered")
    assert "changed on disk" in maintenance.check(office)[0].english()
    path.unlink()
    assert "missing" in maintenance.check(office)[0].english()


def test_the_backup_carries_the_receipts(office: Office, tmp_path: Path):
    scan = tmp_path / "r.pdf"
    scan.write_bytes(b"receipt")
    entry, _ = ledger.post(
        office, {"date": date(2020, 5, 1), "type": "expense", "code": "2.1", "amount": "12.00"}
    )
    ledger.attach_receipt(office, entry, scan)
    backup = maintenance.backup(office, tmp_path / "b.zip")
    copy = tmp_path / "copy.sqlite3"
    maintenance.restore(backup, str(copy))
    from rocb_desk.services.office import open_office

    restored = open_office(str(copy))
    try:
        path, _ = ledger.receipt_of(restored, entry)
        assert path.read_bytes() == b"receipt" and maintenance.check(restored) == []
    finally:
        restored.close()


def test_not_a_file_is_refused(office: Office, tmp_path: Path):
    with pytest.raises(OfficeError):
        attachments.copy_in(office, tmp_path)


def test_a_file_no_record_names_is_a_notice_not_a_problem(office: Office, tmp_path: Path):
    """A crash between the copy and the commit leaves such files: the office is sound."""
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"copied in, never recorded")
    orphan = attachments.copy_in(office, scan)  # the commit that would record it never came
    unfinished = office.attachments_folder / ".incoming-k3j2h1"
    unfinished.write_bytes(b"half a cop")  # a copy killed halfway
    stray = office.attachments_folder / "notes.txt"
    stray.write_text("put here by hand")

    result = maintenance.examine(office)
    assert result.problems == [] and maintenance.check(office) == []
    notices = {n.params["path"]: n.english() for n in result.notices}
    assert set(notices) == {
        str(attachments.stored_path(office, orphan.sha256)),
        str(unfinished),
        str(stray),
    }
    assert "unfinished copy" in notices[str(unfinished)]
    assert "named by no record" in notices[str(stray)]


def test_a_recorded_file_is_no_notice(office: Office, tmp_path: Path):
    scan = tmp_path / "r.pdf"
    scan.write_bytes(b"receipt")
    entry, _ = ledger.post(
        office, {"date": date(2020, 5, 1), "type": "expense", "code": "2.1", "amount": "12.00"}
    )
    ledger.attach_receipt(office, entry, scan)
    assert maintenance.examine(office).notices == []
