"""Attachments' text: real PDF, DOCX and text files, damaged and hostile ones, and workers."""

from __future__ import annotations

import multiprocessing
import os
import zipfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from rocb_desk.paths import resource_path
from rocb_desk.services.letters import extract
from rocb_desk.services.letters.extract import (
    MAX_CHARS,
    Cancelled,
    Extracted,
    TextStatus,
    extract_many,
    extract_one_isolated,
    extract_text,
)

FONT = "RocbSans"  # the name rocb_desk/exports/_pdf_layout.py registers DejaVu Sans under
ENGLISH = "Capacity building mission to Baku"
RUSSIAN = "Письмо о наращивании потенциала таможни"


def _register_font() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))


def make_pdf(path: Path, pages: int = 1) -> Path:
    _register_font()
    canvas = Canvas(str(path), pagesize=A4)
    for number in range(1, pages + 1):
        canvas.setFont(FONT, 12)
        canvas.drawString(72, 760, f"{ENGLISH} page {number}")
        canvas.drawString(72, 740, RUSSIAN)
        canvas.showPage()
    canvas.save()
    return path


def make_encrypted(
    source: Path, path: Path, user_password: str, algorithm: str | None = None
) -> Path:
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm=algorithm)
    with path.open("wb") as stream:
        writer.write(stream)
    return path


def make_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Dear colleagues,")
    document.add_paragraph(RUSSIAN)
    table = document.add_table(rows=0, cols=2)
    for left, right in (("Country", "Participants"), ("Azerbaijan", "12")):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = left, right
    document.sections[0].header.paragraphs[0].text = "ROCB Europe letterhead"
    document.sections[0].footer.paragraphs[0].text = "Baku office footer"
    document.save(str(path))
    return path


def test_a_pdf_gives_its_english_and_russian_text(tmp_path: Path):
    result = extract_text(make_pdf(tmp_path / "letter.PDF"))  # the suffix in any case
    assert result.status is TextStatus.EXTRACTED
    assert ENGLISH in result.text and RUSSIAN in result.text


def test_a_pdf_without_text_is_empty_as_a_scan_is(tmp_path: Path):
    path = tmp_path / "scan.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    canvas.rect(100, 100, 300, 200, fill=1)
    canvas.showPage()
    canvas.save()
    assert extract_text(path) == Extracted(TextStatus.EMPTY)


def test_an_encrypted_pdf_fails_unless_its_user_password_is_empty(tmp_path: Path):
    plain = make_pdf(tmp_path / "plain.pdf")
    locked = extract_text(make_encrypted(plain, tmp_path / "locked.pdf", "secret"))
    assert locked.status is TextStatus.FAILED and locked.reason == "encrypted"
    restricted = extract_text(make_encrypted(plain, tmp_path / "restricted.pdf", ""))
    assert restricted.status is TextStatus.EXTRACTED and RUSSIAN in restricted.text
    # Most "secured" official PDFs are AES-encrypted: read with the cryptography package.
    aes = extract_text(make_encrypted(plain, tmp_path / "aes.pdf", "", algorithm="AES-256"))
    assert aes.status is TextStatus.EXTRACTED and ENGLISH in aes.text


def test_a_truncated_pdf_is_failed_or_partial_never_an_exception(tmp_path: Path):
    data = make_pdf(tmp_path / "whole.pdf", pages=6).read_bytes()
    for fraction in (0.25, 0.5, 0.9):
        cut = tmp_path / f"cut-{fraction}.pdf"
        cut.write_bytes(data[: int(len(data) * fraction)])
        result = extract_text(cut)
        assert result.status in (TextStatus.FAILED, TextStatus.EXTRACTED, TextStatus.EMPTY)
        if result.status is TextStatus.FAILED:
            assert result.reason


@pytest.mark.parametrize("name", ["noise.pdf", "noise.docx", "empty.pdf", "empty.docx"])
def test_random_bytes_fail_with_a_reason(tmp_path: Path, name: str):
    path = tmp_path / name
    path.write_bytes(b"" if name.startswith("empty") else os.urandom(5000))
    result = extract_text(path)
    assert result.status is TextStatus.FAILED and result.reason and not result.text


def test_a_docx_gives_paragraphs_table_cells_headers_and_footers(tmp_path: Path):
    result = extract_text(make_docx(tmp_path / "letter.docx"))
    assert result.status is TextStatus.EXTRACTED
    for expected in ("Dear colleagues,", RUSSIAN, "Azerbaijan", "Participants", "12"):
        assert expected in result.text.split("\n")
    assert "ROCB Europe letterhead" in result.text and "Baku office footer" in result.text


def test_a_zip_bomb_named_docx_is_refused_before_it_is_unpacked(tmp_path: Path):
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            zeros = bytes(1 << 20)
            for _ in range(201):  # 201 MB of zeros: about 1 MB on disk
                member.write(zeros)
    result = extract_text(bomb)
    assert result.status is TextStatus.FAILED and "200 MB" in result.reason


def test_a_docx_with_a_dtd_is_refused_and_entities_are_never_resolved(tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET", encoding="utf-8")
    source = make_docx(tmp_path / "source.docx")
    hostile = tmp_path / "hostile.docx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(hostile, "w") as copy:
        for info in original.infolist():
            data = original.read(info)
            if info.filename == "word/document.xml":
                head, _, rest = data.partition(b"?>")
                doctype = f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
                data = head + b"?>" + doctype.encode() + rest.replace(b"Azerbaijan", b"&x;", 1)
            copy.writestr(info, data)
    result = extract_text(hostile)
    assert result.status is TextStatus.FAILED and "DTD" in result.reason
    # The second lock: python-docx's own parser leaves an external entity unresolved.
    from docx.oxml.parser import parse_xml

    xml = (
        f'<!DOCTYPE r [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
        '<r xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main">&x;</r>'
    )
    assert "TOPSECRET" not in "".join(parse_xml(xml.encode()).itertext())


def test_plain_text_in_cp1251_utf8_with_bom_and_utf16(tmp_path: Path):
    (tmp_path / "old.txt").write_bytes(RUSSIAN.encode("cp1251"))
    (tmp_path / "notes.md").write_bytes(("\ufeff# " + RUSSIAN).encode("utf-8"))
    (tmp_path / "list.csv").write_bytes(("a;" + RUSSIAN).encode("utf-16"))
    assert extract_text(tmp_path / "old.txt") == Extracted(TextStatus.EXTRACTED, RUSSIAN)
    assert extract_text(tmp_path / "notes.md").text == "# " + RUSSIAN
    assert extract_text(tmp_path / "list.csv").text == "a;" + RUSSIAN


def test_text_is_normalised_and_capped(tmp_path: Path):
    messy = tmp_path / "messy.txt"
    messy.write_bytes(b"  Dear \t  sirs,\r\n\r\n\n  kind\x00regards \x0c end  ")
    assert extract_text(messy).text == "Dear sirs,\nkind regards\nend"
    long = tmp_path / "long.txt"
    long.write_text("word " * (MAX_CHARS // 4), encoding="utf-8")
    result = extract_text(long)
    assert result.status is TextStatus.EXTRACTED and len(result.text) <= MAX_CHARS
    assert len(result.text) > MAX_CHARS - 10
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\t\n", encoding="utf-8")
    assert extract_text(blank) == Extracted(TextStatus.EMPTY)


def test_other_kinds_missing_and_huge_files(tmp_path: Path):
    image = tmp_path / "scan.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(100))
    assert extract_text(image).status is TextStatus.UNSUPPORTED
    assert extract_text(tmp_path / "old.doc").status is TextStatus.UNSUPPORTED
    assert extract_text(tmp_path / "missing.pdf").status is TextStatus.FAILED
    assert extract_text(tmp_path).status is TextStatus.UNSUPPORTED  # a folder has no suffix
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert extract_text(folder).reason == "not a regular file"
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as stream:
        stream.truncate(101 * 1024**2)  # sparse: nothing is written, nothing may be read
    assert extract_text(huge) == Extracted(TextStatus.FAILED, reason="too large")


def _mix(tmp_path: Path) -> list[Path]:
    noise = tmp_path / "noise.pdf"
    noise.write_bytes(os.urandom(2000))
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG")
    old = tmp_path / "old.txt"
    old.write_bytes(RUSSIAN.encode("cp1251"))
    return [make_pdf(tmp_path / "a.pdf"), noise, make_docx(tmp_path / "b.docx"), image, old]


def test_extract_many_gives_one_result_per_file_in_order(tmp_path: Path):
    paths = _mix(tmp_path)
    calls: list[tuple[int, int]] = []
    results = extract_many(paths, progress=lambda done, total: calls.append((done, total)))
    assert results == [extract_text(path) for path in paths]
    assert [result.status for result in results] == [
        TextStatus.EXTRACTED,
        TextStatus.FAILED,
        TextStatus.EXTRACTED,
        TextStatus.UNSUPPORTED,
        TextStatus.EXTRACTED,
    ]
    assert calls == [(done, 5) for done in range(1, 6)]  # returning None does not cancel
    assert extract_many([]) == []


def test_a_crashing_worker_fails_only_its_own_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    paths = []
    for name in ("first.txt", "crash.txt", "third.txt", "fourth.txt"):
        (tmp_path / name).write_text(name, encoding="utf-8")
        paths.append(tmp_path / name)
    monkeypatch.setenv(extract.CRASH_HOOK, "crash.txt")
    results = extract_many(paths)
    assert results[1] == Extracted(TextStatus.FAILED, reason="the reader crashed")
    assert [result.text for i, result in enumerate(results) if i != 1] == [
        "first.txt",
        "third.txt",
        "fourth.txt",
    ]
    assert extract_one_isolated(paths[1]).status is TextStatus.FAILED


def test_a_hanging_worker_times_out_and_the_others_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    paths = []
    for name in ("hang.txt", "second.txt", "third.txt"):
        (tmp_path / name).write_text(name, encoding="utf-8")
        paths.append(tmp_path / name)
    monkeypatch.setenv(extract.HANG_HOOK, "hang.txt")
    results = extract_many(paths, timeout=4.0)
    assert results[0].status is TextStatus.FAILED and "timed out" in results[0].reason
    assert [result.text for result in results[1:]] == ["second.txt", "third.txt"]


def test_progress_returning_false_cancels(tmp_path: Path):
    paths = []
    for number in range(6):
        paths.append(tmp_path / f"{number}.txt")
        paths[-1].write_text(str(number), encoding="utf-8")
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 2

    with pytest.raises(Cancelled):
        extract_many(paths, progress=progress)
    assert calls == [1, 2]


def test_one_file_read_in_isolation(tmp_path: Path):
    result = extract_one_isolated(make_pdf(tmp_path / "letter.pdf"))
    assert result.status is TextStatus.EXTRACTED and RUSSIAN in result.text


def test_workers_that_cannot_start_are_an_error_not_a_failed_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    def dead_pool(workers: int) -> ProcessPoolExecutor:  # as a bundle without freeze_support
        spawn = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(workers, spawn, initializer=os._exit, initargs=(3,))

    monkeypatch.setattr(extract, "_new_pool", dead_pool)
    letter = tmp_path / "letter.txt"
    letter.write_text("text", encoding="utf-8")
    with pytest.raises(extract.WorkersUnavailable):
        extract_many([letter])
