"""Importing the scanned archive: a folder and its index, all or nothing, cancellable."""

from __future__ import annotations

from pathlib import Path

import pytest

from rocb_desk.domain.errors import OfficeError, ValidationError
from rocb_desk.services.letters import archive_import, search, view
from rocb_desk.services.office import Office

HEADER = "reference,date,direction,correspondent,subject,file,language\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    scans = tmp_path / "archive"
    scans.mkdir()
    for number in range(1, 4):
        (scans / f"letter-{number}.txt").write_text(
            f"Scanned letter number {number} about the phrase archivetoken{number}",
            encoding="utf-8",
        )
    return scans


def _index(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "index.csv"
    path.write_text(HEADER + "".join(line + "\n" for line in lines), encoding="utf-8")
    return path


GOOD = [
    "2012/1,2012-02-01,out,MD,Opening of the office,letter-1.txt,en",
    "IN-2012/1,2012-02-10,in,WCO Secretariat,Welcome,letter-2.txt,en",
    "2012/2,2012-03-01,исх,Грузия,Письмо на русском,letter-3.txt,ru",
]


def test_the_archive_is_registered_whole_and_searchable(office: Office, folder, tmp_path):
    ids = archive_import.import_archive(office, folder, _index(tmp_path, GOOD))
    assert len(ids) == 3
    assert [h.reference for h in search.search(office, "archivetoken3").hits] == ["2012/2"]
    numbering = view.numbering(office, "out", 2012)
    assert (numbering.last, numbering.missing) == (2, [])
    # The next letter of 2012 continues after the imported ones.
    assert view.find_by_reference(office, "IN-2012/1") is not None


def test_every_bad_row_is_named_and_nothing_is_imported(office: Office, folder, tmp_path):
    index = _index(
        tmp_path,
        [
            GOOD[0],
            "2012/1,2012-02-03,out,MD,Twice,letter-2.txt,en",  # the same reference again
            "2012/3,2012-13-01,out,MD,Bad date,letter-2.txt,en",
            "2012/4,2012-04-01,sideways,MD,Bad direction,letter-2.txt,en",
            "2012/5,2012-04-01,out,MD,Missing file,nowhere.pdf,en",
            "2012/6,2012-04-01,out,MD,Escape,../../etc/passwd,en",
            "2011/7,2012-04-01,out,MD,Wrong year,letter-2.txt,en",
            "2012/8,2012-04-01,out,MD,,letter-2.txt,en",
            ",2012-04-02,out,MD,No reference,letter-2.txt,en",
            ",2012-04-03,out,MD,No reference either,letter-2.txt,en",
        ],
    )
    rows, _checked = archive_import.preview(office, folder, index)
    found = {(e.row, e.field) for row in rows for e in row.errors}
    assert found == {
        (3, "reference"),
        (4, "date"),
        (5, "direction"),
        (6, "file"),
        (7, "file"),
        (8, "reference"),
        (9, "subject"),
        (10, "reference"),
        (11, "reference"),
    }
    with pytest.raises(ValidationError):
        archive_import.import_archive(office, folder, index)
    assert search.search(office, "").total == 0
    assert not office.attachments_folder.exists() or not any(
        p.is_file() for p in office.attachments_folder.rglob("*")
    )


def test_a_reference_already_in_the_register_is_refused(office: Office, folder, tmp_path):
    archive_import.import_archive(office, folder, _index(tmp_path, GOOD[:1]))
    rows, _ = archive_import.preview(office, folder, _index(tmp_path, GOOD[:1]))
    assert [e.field for e in rows[0].errors] == ["reference"]


def test_a_cancelled_import_leaves_no_letter_and_no_file(office: Office, folder, tmp_path):
    seen = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 2  # stop during the copying

    with pytest.raises(archive_import.Cancelled):
        archive_import.import_archive(office, folder, _index(tmp_path, GOOD), progress)
    assert seen[-1] == (2, 6)
    assert search.search(office, "").total == 0
    assert not any(p.is_file() for p in office.attachments_folder.rglob("*"))
    assert all(p.exists() for p in folder.iterdir())  # the sources are never touched


def test_a_file_that_vanishes_before_the_import_is_named(office: Office, folder, tmp_path):
    index = _index(tmp_path, GOOD)

    def progress(done: int, total: int) -> bool:
        if done == 1:
            (folder / "letter-3.txt").unlink()
        return True

    with pytest.raises(OfficeError) as refused:
        archive_import.import_archive(office, folder, index, progress)
    assert "letter-3.txt" in str(refused.value)
    assert search.search(office, "").total == 0


def test_a_broken_index_is_refused_with_one_message(office: Office, folder, tmp_path):
    broken = tmp_path / "index.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not a workbook")
    with pytest.raises(OfficeError) as refused:
        archive_import.preview(office, folder, broken)
    assert "index.xlsx" in str(refused.value)
