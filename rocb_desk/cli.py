"""The `rocb-desk` command line: the contract of ../shared/design/cli.md.

Exit codes: 0 success; 1 the input or the data was refused (one line per problem on
stderr, nothing written); 2 wrong usage (argparse's own).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from . import __version__, cli_trust, cli_upkeep, i18n
from .crashlog import record_crash
from .domain.errors import QT_TRANSLATE_NOOP, OfficeError, ValidationError
from .i18n import translate
from .paths import default_database

OK, REFUSED, USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rocb-desk",
        description="ROCB Desk, the office application of ROCB Europe. "
        "Without a command it opens the window.",
    )
    parser.add_argument("--db", help="office database: a SQLite file path or a SQLAlchemy URL")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="language of messages and documents")
    parser.add_argument("--user", help="the account the command acts as")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", help="create or upgrade the office database")
    filling = init.add_mutually_exclusive_group()
    filling.add_argument("--demo", action="store_true", help="also load the demo office")
    filling.add_argument(
        "--synthetic", type=int, metavar="YEARS", help="fill a new office with YEARS busy years"
    )
    init.add_argument("--seed", type=int, default=2011, help="of --synthetic: same seed, same rows")
    init.set_defaults(run=cmd_init)

    cli_upkeep.add_parsers(commands)

    members = commands.add_parser("members", help="member administrations")
    members_commands = members.add_subparsers(dest="action", metavar="ACTION", required=True)
    members_list = members_commands.add_parser("list", help="one line a member administration")
    members_list.add_argument("--all", action="store_true", help="include inactive ones")
    members_list.set_defaults(run=cmd_members_list)

    ledger = commands.add_parser("ledger", help="the books")
    ledger_commands = ledger.add_subparsers(dest="action", metavar="ACTION", required=True)
    ledger_import = ledger_commands.add_parser("import", help="import entries from .csv or .xlsx")
    ledger_import.add_argument("file", type=Path, metavar="FILE")
    ledger_import.set_defaults(run=cmd_ledger_import)
    ledger_export = ledger_commands.add_parser(
        "export", help="the Excel ledger of a financial year, or of all years"
    )
    which = ledger_export.add_mutually_exclusive_group(required=True)
    which.add_argument("--fy", type=_financial_year, metavar="2020/2021")
    which.add_argument("--all", action="store_true", help="every year in one workbook")
    ledger_export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.xlsx")
    ledger_export.set_defaults(run=cmd_ledger_export)

    statement = commands.add_parser("statement", help="the financial statement of a year")
    statement.add_argument("--fy", required=True, type=_financial_year, metavar="2020/2021")
    statement.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf|FILE.docx")
    statement.set_defaults(run=cmd_statement)

    events = commands.add_parser("events", help="the events of the office")
    events_commands = events.add_subparsers(dest="action", metavar="ACTION", required=True)
    events_export = events_commands.add_parser(
        "export", help="the events of a financial year to .xlsx, .docx or .pdf"
    )
    events_export.add_argument("--fy", required=True, type=_financial_year, metavar="2020/2021")
    events_export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    events_export.add_argument(
        "--content",
        choices=("table", "supported", "narratives"),
        default="table",
        help="the events table (default), the events financially supported, or the narratives",
    )
    events_export.set_defaults(run=cmd_events_export)
    events_list = events_commands.add_parser(
        "list", help="one line an event: start, end, roles, title"
    )
    events_list.add_argument("--fy", required=True, type=_financial_year, metavar="2020/2021")
    events_list.set_defaults(run=cmd_events_list)

    report = commands.add_parser(
        "report", help="the annual progress report of a financial year, as .pdf or .docx"
    )
    report.add_argument("--fy", required=True, type=_financial_year, metavar="2020/2021")
    report.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    report.set_defaults(run=cmd_report)

    newsletter = commands.add_parser(
        "newsletter", help="the newsletter of a calendar quarter, as .docx or .pdf"
    )
    # dest="fy", as for `workplan export --year`: `_export` builds from args.fy.
    newsletter.add_argument("--quarter", dest="fy", required=True, type=_quarter, metavar="2021Q1")
    newsletter.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    newsletter.set_defaults(run=cmd_newsletter)

    workplan = commands.add_parser("workplan", help="the work plan of the office")
    workplan_commands = workplan.add_subparsers(dest="action", metavar="ACTION", required=True)
    workplan_export = workplan_commands.add_parser(
        "export", help="the work plan of a year to .docx, .pdf or .xlsx"
    )
    workplan_export.add_argument(
        "--year", dest="fy", required=True, type=_financial_year, metavar="2021/2022"
    )
    workplan_export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    workplan_export.add_argument(
        "--content",
        choices=("plan", "activities"),
        default="plan",
        help="the plan's tables per goal (default), or the report of activities (.docx, .pdf)",
    )
    workplan_export.set_defaults(run=cmd_workplan_export)

    _letters_parser(commands)
    cli_trust.add_parsers(commands)

    directory = commands.add_parser("directory", help="the Directory lists")
    directory_commands = directory.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = directory_commands.add_parser("export", help="export one list to .xlsx, .docx or .pdf")
    export.add_argument("list", choices=_list_keys())
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    export.add_argument("--all", action="store_true", help="include inactive records")
    export.set_defaults(run=cmd_directory_export)
    shot = commands.add_parser(
        "screenshot", help="save a picture of the main window (for documentation)"
    )
    shot.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.png")
    shot.add_argument("--list", choices=_list_keys(), help="show this Directory list")
    shot.add_argument(
        "--search", metavar="WORDS", help="show the Correspondence tab searching these words"
    )
    shot.add_argument(
        "--workplan",
        type=_financial_year,
        metavar="2020/2021",
        help="show the Work plan tab reviewing the plan of this year",
    )
    shot.set_defaults(run=cmd_screenshot, widgets=True)
    return parser


def _letters_parser(commands) -> None:  # noqa: ANN001 - argparse's subparsers
    letters = commands.add_parser("letters", help="the correspondence register")
    actions = letters.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="register a letter; prints its reference")
    add.add_argument("--direction", required=True, choices=("in", "out"))
    add.add_argument("--date", required=True, type=_day, metavar="YYYY-MM-DD")
    add.add_argument("--subject", required=True)
    add.add_argument("--correspondent", action="append", default=[], metavar="NAME")
    add.add_argument("--lang", dest="letter_lang", choices=("en", "ru"), default="en")
    add.add_argument("--body", default="")
    add.add_argument(
        "--restriction",
        choices=("public", "members", "internal", "confidential"),
        default="members",
    )
    add.add_argument("--attach", nargs="+", type=Path, default=[], metavar="FILE")
    add.add_argument("--reference", default="", help="a number already given on paper")
    add.add_argument("--draft", action="store_true", help="reserve the number for a draft")
    add.set_defaults(run=cmd_letters_add)
    search = actions.add_parser("search", help="full-text search; one line a letter")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--limit", type=int, default=20)
    search.set_defaults(run=cmd_letters_search)
    export = actions.add_parser("export", help="an outgoing letter on the office letterhead")
    export.add_argument("reference", metavar="REFERENCE")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf|FILE.docx")
    export.set_defaults(run=cmd_letters_export)
    archive = actions.add_parser("import", help="import a scanned archive: a folder and its index")
    archive.add_argument("folder", type=Path, metavar="FOLDER")
    archive.add_argument("--index", required=True, type=Path, metavar="INDEX.csv|INDEX.xlsx")
    archive.set_defaults(run=cmd_letters_import)
    reindex = actions.add_parser("reindex", help="rebuild the search index of the letters")
    reindex.set_defaults(run=cmd_letters_reindex)


def _day(text: str):  # noqa: ANN202 - a date, for argparse
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text} (write 2021-01-15)") from None


def _financial_year(text: str):  # noqa: ANN202 - a FinancialYear, for argparse
    from .domain.fiscal import FinancialYear

    try:
        return FinancialYear.parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a financial year: {text} (write 2020/2021)"
        ) from None


def _quarter(text: str):  # noqa: ANN202 - a Quarter, for argparse
    from .services.newsletter import Quarter

    try:
        return Quarter.parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a quarter: {text} (write 2021Q1)") from None


def _list_keys() -> list[str]:
    from .services.directory_lists import LISTS

    return list(LISTS)


def _open(args: argparse.Namespace, *, create: bool = False, upgrade: bool = True):  # noqa: ANN202
    """The office of --db, logged in as --user where it has accounts; only `init` may
    create one, so a mistyped path is refused."""
    from .services.office import open_office

    # Held like a window's: a restore waits for the command, and the command for it.
    office = open_office(args.db, actor=args.user, create=create, upgrade=upgrade, lock=True)
    try:
        cli_trust.authenticate(office, args)
    except BaseException:
        office.close()
        raise
    return office


def cmd_init(args: argparse.Namespace) -> int:
    from .services import reference_data

    office = _open(args, create=True)
    try:
        reference_data.load_reference(office)
        if args.demo:
            reference_data.load_demo(office)
        elif args.synthetic is not None:
            _synthetic(office, args)
        if office.upgrade_backup:
            print(
                translate("CLI", "Backup before the upgrade: {path}").format(
                    path=office.upgrade_backup
                )
            )
        print(translate("CLI", "Office ready: {path}").format(path=office.location))
    finally:
        office.close()
    return OK


def _synthetic(office, args: argparse.Namespace) -> None:  # noqa: ANN001 - an Office
    from .services.synthetic import build_synthetic

    def progress(done: int, total: int) -> None:  # a percentage on stderr, rewritten in place
        print(f"\r{done * 100 // total}%", end="", file=sys.stderr, flush=True)

    built = build_synthetic(office, args.synthetic, seed=args.seed, progress=progress)
    print(file=sys.stderr)
    print(built.text())


def cmd_members_list(args: argparse.Namespace) -> int:
    from .services.directory import list_rows

    office = _open(args)
    try:
        rows = list_rows(office, "members", include_inactive=args.all)
    finally:
        office.close()
    for row in sorted(rows, key=lambda r: r.values["iso"]):
        print(f"{row.values['iso']}\t{row.values['name_en']}\t{row.values['name_ru']}")
    return OK


def cmd_ledger_import(args: argparse.Namespace) -> int:
    from .services.books.ledger_import import import_ledger

    office = _open(args)
    try:
        ids = import_ledger(office, args.file)
    finally:
        office.close()
    print(
        translate("CLI", "Imported {count} entries from {path}").format(
            count=len(ids), path=args.file
        )
    )
    return OK


def _export(args: argparse.Namespace, build, suffixes: tuple[str, ...]) -> int:  # noqa: ANN001
    from . import exports

    if args.output.suffix.lower() not in suffixes:
        raise OfficeError(
            QT_TRANSLATE_NOOP("Errors", "Write this document as {suffixes}, not {path}."),
            suffixes=" / ".join(suffixes),
            path=str(args.output),
        )
    office = _open(args)
    try:
        # Written while the office is open: a long ledger streams its lines from it.
        print(exports.write(build(office, args.fy, args.lang), args.output))
    finally:
        office.close()
    return OK


def cmd_ledger_export(args: argparse.Namespace) -> int:
    from .services.books.statement import ledger_document, ledger_document_all

    if args.all:
        return _export(
            args, lambda office, _fy, lang: ledger_document_all(office, lang), (".xlsx",)
        )
    return _export(args, ledger_document, (".xlsx",))


def cmd_statement(args: argparse.Namespace) -> int:
    from .services.books.statement import statement_document

    return _export(args, statement_document, (".pdf", ".docx"))


def cmd_events_export(args: argparse.Namespace) -> int:
    from .services.events import documents
    from .services.events.queries import EventFilter, list_events

    build = {
        "table": documents.events_table_document,
        "supported": documents.supported_events_document,
        "narratives": documents.narratives_document,
    }[args.content]
    code = _export(args, build, (".xlsx", ".docx", ".pdf"))
    office = _open(args)
    try:
        empty = not list_events(office, EventFilter(year=args.fy), args.lang)
    finally:
        office.close()
    if empty:  # written all the same, but a mistyped year should not pass unnoticed
        print(
            translate("CLI", "Note: the office has no events in {year}.").format(year=args.fy.name),
            file=sys.stderr,
        )
    return code


def cmd_report(args: argparse.Namespace) -> int:
    from .services.report.assemble import annual_report

    return _export(args, annual_report, (".pdf", ".docx"))


def cmd_newsletter(args: argparse.Namespace) -> int:
    from .services.newsletter_document import newsletter_document

    return _export(args, newsletter_document, (".docx", ".pdf"))


def cmd_workplan_export(args: argparse.Namespace) -> int:
    from .services.workplan import documents
    from .services.workplan.register import plan_years

    if args.content == "plan":
        code = _export(args, documents.workplan_document, (".docx", ".pdf", ".xlsx"))
    else:
        code = _export(args, documents.activities_report_document, (".docx", ".pdf"))
    office = _open(args)
    try:
        planned = args.fy.start_year in plan_years(office)
    finally:
        office.close()
    if not planned:  # written all the same, but a mistyped year should not pass unnoticed
        print(
            translate("CLI", "Note: the office has no work plan for {year}.").format(
                year=args.fy.name
            ),
            file=sys.stderr,
        )
    return code


def cmd_events_list(args: argparse.Namespace) -> int:
    from .services.events.queries import EventFilter, list_events

    office = _open(args)
    try:
        lines = list_events(office, EventFilter(year=args.fy), args.lang)
    finally:
        office.close()
    for line in lines:
        roles = ",".join(sorted(line.roles))
        print(f"{line.start.isoformat()}\t{line.end.isoformat()}\t{roles}\t{line.title}")
    return OK


def cmd_letters_add(args: argparse.Namespace) -> int:
    from .services.letters.correspondents import resolve
    from .services.letters.register import LetterForm, register_letter

    office = _open(args)
    try:
        with office.reading() as session:
            who = [c for name in args.correspondent for c in resolve(session, name)]
        form = LetterForm(
            direction=args.direction,
            letter_date=args.date,
            subject=args.subject,
            language=args.letter_lang,
            body=args.body,
            restriction=args.restriction,
            status="draft" if args.draft else "",
            circular=len(who) > 1,
            correspondents=who,
            reference=args.reference,
        )
        registered = register_letter(office, form, args.attach)
    finally:
        office.close()
    print(registered.reference)
    return OK


def cmd_letters_search(args: argparse.Namespace) -> int:
    from .services.letters.search import search

    office = _open(args)
    try:
        found = search(office, args.query, lang=args.lang, limit=max(args.limit, 1), snippets=False)
    finally:
        office.close()
    for hit in found.hits:
        subject = " ".join(hit.subject.split())  # one line a letter, whatever the subject holds
        print(f"{hit.reference}\t{hit.letter_date.isoformat()}\t{subject}")
    return OK


def cmd_letters_export(args: argparse.Namespace) -> int:
    from .services.letters.composer import export_letter

    office = _open(args)
    try:
        written = export_letter(office, args.reference, args.output, args.lang)
    finally:
        office.close()
    print(written)
    return OK


def cmd_letters_import(args: argparse.Namespace) -> int:
    from .services.letters.archive_import import import_archive

    office = _open(args)
    try:
        ids = import_archive(office, args.folder, args.index)
    finally:
        office.close()
    print(
        translate("CLI", "Imported {count} letters from {path}").format(
            count=len(ids), path=args.index
        )
    )
    return OK


def cmd_letters_reindex(args: argparse.Namespace) -> int:
    from .services.letters.search import rebuild_index

    office = _open(args)
    try:
        count = rebuild_index(office)
    finally:
        office.close()
    print(translate("CLI", "Indexed {count} letters").format(count=count))
    return OK


def cmd_directory_export(args: argparse.Namespace) -> int:
    from . import exports
    from .services.directory import list_document

    office = _open(args)
    try:
        document = list_document(office, args.list, lang=args.lang, include_inactive=args.all)
    finally:
        office.close()
    written = exports.write(document, args.output)
    print(written)
    return OK


def cmd_screenshot(args: argparse.Namespace) -> int:
    from .app import save_screenshot

    office = _open(args)  # an office with accounts shows itself only after a login
    account = office.account
    office.close()
    plan = args.workplan.start_year if args.workplan else None
    print(save_screenshot(args.db, args.lang, args.output, args.list, args.search, plan, account))
    return OK


def _report_refusal(error: OfficeError) -> None:
    if isinstance(error, ValidationError):
        for problem in error.errors:
            reason = i18n.message_text(problem.message)
            if problem.row is not None:
                line = translate("CLI", "row {row}, column {column}: {reason}")
            else:
                line = translate("CLI", "{column}: {reason}")
            print(
                line.format(row=problem.row, column=problem.field, reason=reason), file=sys.stderr
            )
    else:
        print(i18n.error_text(error), file=sys.stderr)


def run(argv: list[str], open_window: Callable[[str | None, str], int] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    parser = build_parser()
    args = parser.parse_args(argv)
    args.lang = args.lang or i18n.preferred_language()
    if args.command is None:
        if open_window is None:
            parser.print_usage(sys.stderr)
            return USAGE
        return open_window(args.db, args.lang)  # None: the window picks the last office
    args.db = args.db or default_database()
    if getattr(args, "widgets", False):
        # Widgets need a QApplication, and it must exist before any translator is installed.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from .app import create_application

        create_application(args.lang)
    i18n.install(args.lang)
    try:
        return args.run(args)
    except OfficeError as error:
        _report_refusal(error)
        return REFUSED
    except KeyboardInterrupt:
        return REFUSED
    except Exception as error:  # noqa: BLE001 - no traceback ever reaches a user
        where = record_crash(type(error), error, error.__traceback__, f"command failed: {argv}")
        print(
            translate("CLI", "Unexpected error: {error} (details in {log})").format(
                error=error, log=where
            ),
            file=sys.stderr,
        )
        return REFUSED
