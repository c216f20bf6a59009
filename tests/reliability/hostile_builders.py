"""Builders of the battery's files: CSV, XLSX and DOCX as Excel and Word write them or as
no program would, PDFs written object by object, zips edited member by member.

Used by hostile_files.py; each returns bytes (or fills a file in place). At the end,
readers that fail in every way a parser can, for the sandbox's own tests (module-level
functions, so that its worker process can import them).
"""

from __future__ import annotations

import csv
import functools
import io
import os
import re
import zipfile
import zlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

MB = 1024**2
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHEET = "xl/worksheets/sheet1.xml"
DOCUMENT = "word/document.xml"


def csv_bytes(rows: list[tuple], delimiter: str = ",", encoding: str = "utf-8") -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


def xlsx_bytes(rows: list[tuple], sheets: int = 1) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    for number in range(sheets):
        sheet = book.create_sheet(f"Sheet{number + 1}")
        for row in rows if number == 0 else [("other",)]:
            cells = [WriteOnlyCell(sheet, value) for value in row]
            for cell in cells:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # text typed into a cell, even "=1+1"
            sheet.append(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def rezip(
    data: bytes, edit: Callable[[str, bytes], bytes | None], extra: dict | None = None
) -> bytes:
    """The zip `data` with each member passed through `edit` (None drops it)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                changed = edit(info.filename, source.read(info))
                if changed is not None:
                    target.writestr(info.filename, changed)
            for name, member in (extra or {}).items():
                target.writestr(name, member, compress_type=zipfile.ZIP_STORED)
    return buffer.getvalue()


def part(name: str, change: Callable[[bytes], bytes]) -> Callable[[str, bytes], bytes]:
    """An edit for rezip that changes one member."""
    return lambda member, data: change(data) if member == name else data


@functools.cache
def _workbook() -> bytes:
    return xlsx_bytes([("x",)])


def raw_xlsx(sheet_xml: bytes) -> bytes:
    """A workbook around hand-written sheet XML (what openpyxl would not write)."""
    return rezip(_workbook(), part(SHEET, lambda _data: sheet_xml))


def sheet_xml(rows: list[str], dimension: str = "") -> bytes:
    head = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">'
    head += f'<dimension ref="{dimension}"/>' if dimension else ""
    return (head + "<sheetData>" + "".join(rows) + "</sheetData></worksheet>").encode()


def inline_row(number: int, values: tuple) -> str:
    cells = "".join(
        f'<c r="{chr(65 + column)}{number}" t="inlineStr"><is><t>'
        + str(value).replace("&", "&amp;").replace("<", "&lt;")
        + "</t></is></c>"
        for column, value in enumerate(values)
    )
    return f'<row r="{number}">{cells}</row>'


def with_doctype(xml: bytes, doctype: bytes, reference: bytes) -> bytes:
    """The part with a DOCTYPE after its declaration and the entity used in its text."""
    head, sep, rest = xml.partition(b"?>")
    head, rest = (head + sep, rest) if sep else (b"", xml)
    if reference:
        rest = re.sub(
            rb"(<(?:\w+:)?t(?: [^>]*)?>)", lambda m: m.group(1) + reference, rest, count=1
        )
    return head + doctype + rest


def patch_headers(data: bytes, signature: bytes, offset: int, value: bytes) -> bytes:
    """`value` written at `offset` of every zip header starting with `signature`."""
    out = bytearray(data)
    start = 0
    while (index := out.find(signature, start)) >= 0:
        out[index + offset : index + offset + len(value)] = value
        start = index + 4
    return bytes(out)


def encrypted_flag(data: bytes) -> bytes:
    out = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (index := out.find(signature, start)) >= 0:
            out[index + offset] |= 1  # "encrypted": zipfile cannot read it
            start = index + 4
    return bytes(out)


def zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def pdf_bytes(objects: list[bytes], trailer: bytes = b"", xref: bool = True) -> bytes:
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start = len(out)
    if xref:
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\n" % (len(objects) + 1, trailer)
    return bytes(out + b"startxref\n%d\n%%%%EOF\n" % start)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
PAGES = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
PAGE = (
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
    b"/Resources << /Font << /F1 5 0 R >> >> >>"
)
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def simple_pdf(content: bytes = b"BT /F1 12 Tf 72 720 Td (A letter) Tj ET", extra=b"") -> bytes:  # noqa: ANN001
    return pdf_bytes([CATALOG, PAGES, PAGE, stream(content, extra), FONT])


def deflated(size: int, chunk: bytes = bytes(MB)) -> bytes:
    """`size` bytes of repeated `chunk`, deflated: small on disk, huge unpacked."""
    squeeze = zlib.compressobj(1)
    return b"".join(squeeze.compress(chunk) for _ in range(size // len(chunk))) + squeeze.flush()


def encrypted_pdf(pdf: bytes, user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def docx_table(rows: list[tuple]) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("I. General information", 2)
    table = document.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_rows(count: int) -> bytes:
    """A Word table of `count` rows, written as XML (python-docx adds rows slowly)."""

    def repeat(data: bytes) -> bytes:
        row = re.search(rb"<w:tr[ >].*?</w:tr>", data, re.S)
        assert row is not None
        return data[: row.start()] + row.group(0) * count + data[row.end() :]

    return rezip(docx_table([("row",)]), part(DOCUMENT, repeat))


def external_relationship(data: bytes, rels: str, kind: str, target: str) -> bytes:
    link = (
        f'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/'
        f'2006/relationships/{kind}" Target="{target}" TargetMode="External"/></Relationships>'
    ).encode()
    return rezip(data, part(rels, lambda xml: xml.replace(b"</Relationships>", link)))


def fill_xlsx(path: Path, history: str, year: str) -> None:
    """Fill the Excel RTC template as an RTC would: the head, one event, one answer."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    general, held, _planned, survey = book.worksheets
    answers = {"head": "Dr. Gulu Novruzov", "history": history, "year": year}
    for row in general.iter_rows():
        if row[0].value in answers:
            general.cell(row[0].row, 3, answers[row[0].value]).data_type = "s"  # even "=..."
    first = next(row[0].row for row in held.iter_rows() if row[0].value == "#") + 1
    for column, value in enumerate(("Pre-service training", "May", date(2021, 5, 17)), 2):
        held.cell(first, column, value)
    for row in survey.iter_rows():
        if row[0].value == "accommodation":
            survey.cell(row[0].row, 3, "yes")
    book.save(path)


def fill_docx(path: Path, history: str, year: str) -> None:
    import docx

    word = docx.Document(str(path))
    general, held, _planned, survey = word.tables
    answers = {"head": "Dr. Gulu Novruzov", "history": history, "year": year}
    for row in general.rows:
        if row.cells[0].text in answers:
            row.cells[2].text = answers[row.cells[0].text]
    first = next(i for i, row in enumerate(held.rows) if row.cells[0].text == "#") + 1
    cells = held.rows[first].cells
    cells[1].text, cells[2].text, cells[3].text = "Workshop", "17-21 May 2021", "2021-05-17"
    for row in survey.rows:
        if row.cells[0].text == "accommodation":
            row.cells[2].text = "yes"
    word.save(str(path))


# --- readers that fail in every way a parser can (for sandbox.read, in its worker) ---


def echo(path: str) -> str:
    return path


def crash(_path: str) -> None:
    os._exit(3)


def segfault(_path: str) -> None:
    import signal

    os.kill(os.getpid(), signal.SIGSEGV)


def eat_memory(_path: str) -> int:
    hoard = [bytearray(64 * MB) for _ in range(32)]  # 2 GB, far past the limit
    return len(hoard)


def sleep_forever(_path: str) -> None:
    import time

    time.sleep(60)


def sleep_deaf(_path: str) -> None:
    """A hang the worker's alarm cannot reach (as inside one long C call)."""
    import signal
    import time

    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    time.sleep(60)


def raise_system_exit(_path: str) -> None:
    raise SystemExit(3)


def raise_keyboard_interrupt(_path: str) -> None:
    raise KeyboardInterrupt


def recurse(path: str) -> None:
    recurse(path)


class _Mute(Exception):
    def __str__(self) -> str:
        raise RuntimeError("no words")


def raise_unpicklable(_path: str) -> None:
    raise _Mute


def return_unpicklable(_path: str) -> object:
    return lambda: None


def return_foreign_object(_path: str) -> object:
    from pathlib import PurePosixPath

    return PurePosixPath("/etc/passwd")
