"""Issue 8 point 6: hostile and damaged files through every import path.

More than 500 generated files (hostile_files.py) go through the real service entry
points (ledger import, participants import, archive import, RTC report import, letters
registered with attachments) on one office. For every file: nothing but an OfficeError
(or its ValidationError) escapes; a refusal leaves the office exactly as it was (the
row count of every table and the attachments folder, compared before and after); every
refusal says which file, row or field; and every file is dealt with within 5 seconds.
Files that are odd but valid (CSV in cp1251 or UTF-16, formula-like text) are imported
whole and their text kept as text, and an XLSX export of it is read back: no formula.

The figures of the run are printed (pytest -s shows them) for docs/RELIABILITY.md.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from rocb_desk import i18n
from rocb_desk.db.models import LedgerEntry, Letter, LetterAttachment, Participant, RtcReport
from rocb_desk.domain.errors import OfficeError, ValidationError
from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.exports import write
from rocb_desk.exports.xlsx import FORMULA_STARTS
from rocb_desk.services import maintenance, sandbox
from rocb_desk.services.books.ledger_import import import_ledger
from rocb_desk.services.books.statement import ledger_document
from rocb_desk.services.events.participants import attendance_document, import_participants
from rocb_desk.services.letters.archive_import import import_archive
from rocb_desk.services.letters.register import LetterForm, register_letter
from rocb_desk.services.office import Office
from rocb_desk.services.rtc.importing import import_report

from . import hostile_builders as build
from . import hostile_files
from .hostile_files import FORMULAS, Case

LIMIT_SECONDS = 5.0
MIN_FILES = 500
EVENT_ID = 1  # an event of the demo office
TABULAR = ("ledger", "participants", "archive")


@dataclass
class Outcome:
    case: Case
    seconds: float
    accepted: bool = False
    message: str = ""
    problem: str = ""  # a crash, a partial write, a wrong answer: the battery fails


@dataclass
class Figures:
    outcomes: list[Outcome] = field(default_factory=list)

    def files(self, route: str | None = None) -> int:
        return sum(
            max(1, len(o.case.files)) for o in self.outcomes if route in (None, o.case.route)
        )

    def report(self, seconds: float) -> str:
        lines = [f"hostile-input battery: {self.files()} files in {seconds:.1f} s"]
        for route in hostile_files.ROUTES:
            mine = [o for o in self.outcomes if o.case.route == route]
            refused = sum(max(1, len(o.case.files)) for o in mine if not o.accepted)
            lines.append(
                f"  {route:<12} files {self.files(route):>4}  refused {refused:>4}  "
                f"accepted {self.files(route) - refused:>4}"
            )
        crashes = sum(o.problem.startswith("crash") for o in self.outcomes)
        partial = sum(o.problem.startswith("partial") for o in self.outcomes)
        slowest = max(self.outcomes, key=lambda o: o.seconds)
        lines.append(f"  crashes {crashes}, partial writes {partial}")
        lines.append(
            f"  slowest: {slowest.case.route}/{slowest.case.kind} {slowest.seconds:.2f} s "
            f"({'accepted' if slowest.accepted else 'refused'})"
        )
        return "\n".join(lines)


def fingerprint(office: Office) -> tuple:
    """The row count of every table and the attachments folder's listing."""
    with office.reading() as session:
        names = session.scalars(
            text("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        ).all()
        counts = session.execute(
            text("SELECT " + ", ".join(f'(SELECT count(*) FROM "{name}")' for name in names))
        ).one()
    folder = office.attachments_folder
    files = (
        sorted((str(path.relative_to(folder)), path.stat().st_size) for path in folder.rglob("*"))
        if folder.exists()
        else []
    )
    return tuple(zip(names, counts, strict=True)), tuple(files)


def _import(office: Office, case: Case) -> list[int]:
    if case.route == "ledger":
        return import_ledger(office, case.path)
    if case.route == "participants":
        return import_participants(office, EVENT_ID, case.path)
    if case.route == "archive":
        assert case.folder is not None
        return import_archive(office, case.folder, case.path)
    if case.route == "rtc":
        return [import_report(office, case.path)]
    form = LetterForm(
        direction="in", letter_date=date(2016, 6, 1), subject=f"Hostile attachment {case.kind}"
    )
    return [register_letter(office, form, list(case.files)).id]


def _names_its_subject(case: Case, error: OfficeError) -> bool:
    """A refusal names the file, or each refused field (with its row, for a list)."""
    if isinstance(error, ValidationError):
        return all(
            e.field and (e.row is not None or case.route not in TABULAR) for e in error.errors
        )
    shown = i18n.error_text(error)
    names = [path.name for path in (case.files or (case.path,))]
    return any(name in shown for name in names) or "rtc" in error.message.params


def _stored_texts(office: Office, case: Case, ids: list[int]) -> set[str]:
    column = {
        "ledger": (LedgerEntry.description, LedgerEntry.id),
        "participants": (Participant.name, Participant.id),
        "archive": (Letter.subject, Letter.id),
        "rtc": (RtcReport.history, RtcReport.id),
    }[case.route]
    with office.reading() as session:
        return set(session.scalars(select(column[0]).where(column[1].in_(ids))))


def _check_accepted(office: Office, outcome: Outcome, ids: list[int]) -> str:
    case = outcome.case
    if case.expect == "refuse":
        return "accepted what must be refused"
    if not ids:
        return "accepted but wrote nothing"
    if case.rows and case.route != "attachment" and len(ids) != case.rows:
        return f"imported {len(ids)} of {case.rows} rows"
    if case.texts and not set(case.texts) <= _stored_texts(office, case, ids):
        return f"text not kept as written: {case.texts}"
    if case.route == "attachment":
        with office.reading() as session:
            names = session.scalars(
                select(LetterAttachment.file_name).where(LetterAttachment.letter_id == ids[0])
            ).all()
        if len(names) != len(case.files):
            return f"{len(names)} of {len(case.files)} files filed"
        for name in names:
            if not name or "/" in name or "\\" in name or not name.isprintable():
                return f"a hostile file name was kept: {name!r}"
    return ""


def run_case(office: Office, case: Case) -> Outcome:
    before = fingerprint(office)
    start = time.perf_counter()
    ids: list[int] = []
    error: OfficeError | None = None
    crash: Exception | None = None
    try:
        ids = _import(office, case)
    except OfficeError as refused:
        error = refused
    except Exception as exc:  # noqa: BLE001 - what the battery is looking for
        crash = exc
    outcome = Outcome(case, time.perf_counter() - start)
    after = fingerprint(office)
    if crash is not None:
        outcome.problem = f"crash: {type(crash).__name__}: {crash}"[:500]
    elif error is not None:
        outcome.message = i18n.error_text(error)
        if after != before:
            outcome.problem = "partial write: the office changed although the file was refused"
        elif not outcome.message.strip():
            outcome.problem = "a refusal without a message"
        elif not _names_its_subject(case, error):
            outcome.problem = f"the refusal names neither file nor field: {outcome.message}"
        elif case.expect == "accept":
            outcome.problem = f"refused what must be accepted: {outcome.message[:300]}"
    else:
        outcome.accepted = True
        outcome.problem = _check_accepted(office, outcome, ids) or (
            "accepted but the office did not change" if after == before else ""
        )
    if not outcome.problem and outcome.seconds >= LIMIT_SECONDS:
        outcome.problem = f"took {outcome.seconds:.1f} s"
    return outcome


def _check_exports(office: Office, folder: Path) -> list[str]:
    """The ledger and the attendance sheet written as XLSX and read back: the formula-like
    text the battery imported is text with Excel's quote prefix, never a formula."""
    from openpyxl import load_workbook

    problems = []
    ledger = write(ledger_document(office, FinancialYear(2022), "en"), folder / "ledger.xlsx")
    sheet = write(attendance_document(office, EVENT_ID, "en"), folder / "attendance.xlsx")
    for path in (ledger, sheet):
        found = set()
        for row in load_workbook(path).active.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value in FORMULAS:
                    found.add(cell.value)
                    risky = cell.value.startswith(FORMULA_STARTS)
                    if cell.data_type != "s" or (risky and not cell.quotePrefix):
                        problems.append(f"{path.name} {cell.coordinate}: {cell.value!r} unsafe")
        missing = {f for f in FORMULAS if f.startswith(FORMULA_STARTS)} - found
        if missing:
            problems.append(f"{path.name}: the imported texts are missing: {sorted(missing)}")
    return problems


@pytest.mark.timeout(600)
def test_hostile_files_are_refused_cleanly_or_imported_whole(
    demo_office: Office, tmp_path: Path
) -> None:
    started = time.perf_counter()
    # ROCB_DESK_HOSTILE_SEED=N runs the same kinds with other random bytes and damage.
    seed = int(os.environ.get("ROCB_DESK_HOSTILE_SEED", hostile_files.SEED))
    cases = hostile_files.generate(tmp_path / "hostile", demo_office, EVENT_ID, seed)
    assert hostile_files.file_count(cases) >= MIN_FILES
    assert {case.route for case in cases} == set(hostile_files.ROUTES)
    sandbox.warm_up()  # the window does this as an import begins
    figures = Figures([run_case(demo_office, case) for case in cases])
    seconds = time.perf_counter() - started
    print("\n" + figures.report(seconds))
    problems = [
        f"{o.case.route}/{o.case.kind} ({o.case.path.name!r}): {o.problem}"
        for o in figures.outcomes
        if o.problem
    ]
    problems += _check_exports(demo_office, tmp_path)
    problems += [i18n.message_text(m) for m in maintenance.check(demo_office)]
    assert not problems, "\n".join(problems)
    kinds = Counter(o.accepted for o in figures.outcomes)
    assert kinds[True] and kinds[False]


def test_the_command_line_refuses_hostile_files_in_one_line_each(
    demo_office: Office, office_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from rocb_desk.cli import run

    header = hostile_files.LEDGER_HEADER
    good = ("2022-06-01", "expense", "2.1", "3.00", FORMULAS[0], "", "")
    bomb = tmp_path / "bomb.xlsx"
    bomb.write_bytes(hostile_files._Maker(tmp_path, 1).bomb())
    laughs = tmp_path / "laughs.xlsx"
    laughs.write_bytes(
        build.raw_xlsx(
            build.with_doctype(
                build.sheet_xml([build.inline_row(1, header)]),
                hostile_files.LAUGHS,
                b"&lol9;",
            )
        )
    )
    giant = tmp_path / "giant.csv"
    giant.write_bytes(build.csv_bytes([header]) + b"x" * (10 * 1024**2) + b"\r\n")
    formula = tmp_path / "formula.csv"
    formula.write_bytes(build.csv_bytes([header, good], ";", "cp1251"))
    hostile_name = tmp_path / "..\\evil\x1b[31m.txt"
    hostile_name.write_text("a letter", encoding="utf-8")
    db = ["--db", str(office_path)]
    before = fingerprint(demo_office)
    for path in (bomb, laughs, giant):
        code = run([*db, "ledger", "import", str(path)])
        out, err = capsys.readouterr()
        assert code == 1 and out == "" and path.name in err, err
        assert "Traceback" not in err and "Unexpected" not in err
        assert len(err.strip().splitlines()) == 1
    assert fingerprint(demo_office) == before
    assert run([*db, "ledger", "import", str(formula)]) == 0
    letter = ["letters", "add", "--direction", "in", "--date", "2016-06-02", "--subject", "x"]
    assert run([*db, *letter, "--attach", str(hostile_name)]) == 0
    capsys.readouterr()
    with demo_office.reading() as session:
        assert FORMULAS[0] in session.scalars(select(LedgerEntry.description)).all()
        name = session.scalars(
            select(LetterAttachment.file_name).order_by(LetterAttachment.letter_id.desc())
        ).first()
    assert name is not None and name.isprintable() and "\\" not in name and "/" not in name


# --- the sandbox itself: every way a reader can fail is one clear refusal ---


UNREADABLE = "{path} cannot be read: {reason}"


@pytest.mark.parametrize(
    ("func", "expected"),
    [
        (build.crash, "stopped unexpectedly"),
        (build.segfault, "stopped unexpectedly"),
        (build.eat_memory, "more than 512 MB"),
        (build.sleep_forever, "longer than 4 seconds"),
        (build.sleep_deaf, "longer than 4 seconds"),
        (build.raise_system_exit, "SystemExit"),
        (build.raise_keyboard_interrupt, "KeyboardInterrupt"),
        (build.recurse, "RecursionError"),
        (build.raise_unpicklable, "_Mute"),
        (build.return_unpicklable, "cannot be read"),
        (build.return_foreign_object, "not a plain value"),
    ],
)
def test_every_failure_of_the_reader_is_one_refusal_naming_the_file(
    tmp_path: Path,
    func,
    expected: str,  # noqa: ANN001
) -> None:
    path = tmp_path / "list.xlsx"
    path.write_bytes(b"anything")
    start = time.perf_counter()
    with pytest.raises(OfficeError) as refused:
        sandbox.read(func, path, unreadable=UNREADABLE)
    assert time.perf_counter() - start < LIMIT_SECONDS + 1  # the first may start the worker
    shown = i18n.error_text(refused.value)
    assert "list.xlsx" in shown and expected in shown, shown
    # The next file is read by a sound worker.
    assert sandbox.read(build.echo, path, unreadable=UNREADABLE) == str(path)


def test_a_reader_that_cannot_start_is_a_clear_refusal_and_the_next_file_retries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "list.csv"
    path.write_text("name\nAnna\n", encoding="utf-8")

    class NoProcess:
        def __init__(self) -> None:
            raise OSError(24, "Too many open files")

    sandbox.shutdown()
    monkeypatch.setattr(sandbox, "_Worker", NoProcess)
    with pytest.raises(OfficeError, match="does not start .Too many open files"):
        sandbox.read(build.echo, path, unreadable=UNREADABLE)
    monkeypatch.undo()
    assert sandbox.read(build.echo, path, unreadable=UNREADABLE) == str(path)


def test_what_is_not_a_regular_file_is_refused_before_any_reader(tmp_path: Path) -> None:
    for path in (tmp_path, tmp_path / "missing.csv", Path(str(tmp_path / "nul\x00.csv"))):
        with pytest.raises(OfficeError, match="it is not a file"):
            sandbox.read(build.echo, path, unreadable=UNREADABLE)


def test_the_parsers_own_locks_hold_without_the_sandbox_check(tmp_path: Path) -> None:
    """defusedxml is what openpyxl uses, and python-docx's lxml parser expands no entity,
    fetches nothing and refuses absurd nesting (huge_tree off)."""
    import openpyxl
    import openpyxl.xml
    from defusedxml import DefusedXmlException
    from docx.oxml.parser import parse_xml
    from lxml import etree

    assert openpyxl.xml.DEFUSEDXML
    laughs = build.with_doctype(
        build.sheet_xml([build.inline_row(1, ("name",))]),
        hostile_files.LAUGHS,
        b"&lol9;",
    )
    path = tmp_path / "laughs.xlsx"
    path.write_bytes(build.raw_xlsx(laughs))
    with pytest.raises(Exception) as refused:  # noqa: B017, PT011 - the cause is checked
        book = openpyxl.load_workbook(path, read_only=True)
        list(book.worksheets[0].iter_rows(values_only=True))
    assert isinstance(refused.value.__cause__ or refused.value, DefusedXmlException)
    bomb = hostile_files.LAUGHS.replace(b"lolz", b"r") + b"<r>&lol9;</r>"
    try:  # libxml2 refuses the amplification itself; else nothing is expanded
        assert len("".join(parse_xml(bomb).itertext())) < 1000
    except etree.XMLSyntaxError as refused:
        assert "amplification" in str(refused)
    with pytest.raises(etree.XMLSyntaxError):
        parse_xml(b"<r>" + b"<a>" * 300 + b"</a>" * 300 + b"</r>")


def test_an_export_never_writes_a_formula_from_text(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from rocb_desk.domain.document import Bullets, Column, Document, Heading, Paragraph, Table

    texts = [*FORMULAS, "\t=1+1", "#N/A", "plain text", "-"]
    document = Document(
        '=HYPERLINK("http://evil.example","title")',
        "+cmd|' /C calc'!A0",
        blocks=[
            Table(
                (Column("=title"), Column("Amount", kind="money")),
                tuple((value, None) for value in texts),
            ),
        ],
    )
    sheet = load_workbook(write(document, tmp_path / "table.xlsx")).active
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    for cell in cells:
        if str(cell.value).startswith(FORMULA_STARTS):
            assert cell.data_type == "s" and cell.quotePrefix, cell.coordinate
    assert {cell.value for cell in cells} >= {"plain text", "=title", *FORMULAS}
    text_only = Document(
        "Notes", blocks=[Heading("=1+1"), Paragraph("@SUM(1)"), Bullets(("+cmd",), mark="-")]
    )
    sheet = load_workbook(write(text_only, tmp_path / "text.xlsx")).active
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    assert all(c.quotePrefix for c in cells if str(c.value).startswith(FORMULA_STARTS))


def test_numbers_stay_numbers_in_an_export(tmp_path: Path) -> None:
    from decimal import Decimal

    from openpyxl import load_workbook

    from rocb_desk.domain.document import Column, Document, Table

    document = Document(
        "Ledger", blocks=[Table((Column("Amount", kind="money"),), ((Decimal("-12.50"),),))]
    )
    sheet = load_workbook(write(document, tmp_path / "numbers.xlsx")).active
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert -12.5 in values
