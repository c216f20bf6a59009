"""One long piece of work, timed in a fresh process, with the process's peak memory.

    python benchmarks/document_probe.py FIGURE OFFICE YEAR OUTPUT_FOLDER

Prints one JSON line: {"seconds": ..., "peak_mb": ..., "count": ...}. Run by run.py,
each figure in its own process, so one figure's memory is not another's. The seconds
are those a user waits with the office open in the window: the document made and
written, the writer's library loaded on the way (see `run`).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from memory import peak_mb  # noqa: E402 - beside this file


def _ledger_rows_plain(office, year: int) -> list:  # noqa: ANN001 - the baseline's rows
    """Every line of the year (0: of all years), all held in memory at once."""
    from rocb_desk.domain.fiscal import FinancialYear
    from rocb_desk.services.books.ledger_rows import LedgerRows

    return list(LedgerRows(office, FinancialYear(year) if year else None, "en"))


def _openpyxl_normal_mode(office, year, target: Path) -> int:  # noqa: ANN001
    """The baseline: the same rows through openpyxl's ordinary (in-memory) workbook,
    cell by cell, as a first version of an export would be written."""
    from openpyxl import Workbook

    rows = _ledger_rows_plain(office, year)
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append([float(v) if hasattr(v, "as_tuple") else v for v in row])
    book.save(target)
    return len(rows)


def run(figure: str, office_path: str, year: int, folder: Path) -> tuple[int, float]:
    """The count the figure reports, and its seconds: from the click to the file, with
    the office open and the window's own modules loaded, as in the window (the writers'
    libraries, openpyxl, reportlab, python-docx, load with the first export and count)."""
    from rocb_desk import exports
    from rocb_desk.domain.fiscal import FinancialYear
    from rocb_desk.i18n import document_language
    from rocb_desk.services import maintenance  # noqa: F401 - loaded by the window
    from rocb_desk.services.books import statement  # noqa: F401
    from rocb_desk.services.letters import search  # noqa: F401
    from rocb_desk.services.office import open_office
    from rocb_desk.services.report import assemble  # noqa: F401

    office = open_office(office_path)
    started = time.perf_counter()
    fy = FinancialYear(year)
    count = 0
    try:
        with document_language("en"):
            if figure == "ledger-year":
                from rocb_desk.services.books.statement import ledger_document

                exports.write(ledger_document(office, fy, "en"), folder / "year.xlsx")
            elif figure == "ledger-all":
                from rocb_desk.services.books.statement import ledger_document_all

                exports.write(ledger_document_all(office, "en"), folder / "all.xlsx")
            elif figure == "ledger-year-baseline":
                count = _openpyxl_normal_mode(office, year, folder / "year-normal.xlsx")
            elif figure == "ledger-all-baseline":
                count = _openpyxl_normal_mode(office, 0, folder / "all-normal.xlsx")
            elif figure in ("statement-pdf", "statement-docx"):
                from rocb_desk.services.books.statement import statement_document

                suffix = figure.rsplit("-", 1)[1]
                exports.write(statement_document(office, fy, "en"), folder / f"s.{suffix}")
            elif figure in ("report-pdf", "report-docx"):
                from rocb_desk.services.report.assemble import annual_report

                suffix = figure.rsplit("-", 1)[1]
                exports.write(annual_report(office, fy, "en"), folder / f"r.{suffix}")
            elif figure == "backup":
                from rocb_desk.services import maintenance

                maintenance.backup(office, folder / "backup.zip")
            elif figure == "reindex":
                from rocb_desk.services.letters.search import rebuild_index

                count = rebuild_index(office)
            else:
                raise SystemExit(f"unknown figure {figure}")
        return count, time.perf_counter() - started
    finally:
        office.close()


def main() -> None:
    figure, office_path, year, folder = sys.argv[1:5]
    count, seconds = run(figure, office_path, int(year), Path(folder))
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb(), "count": count}))


if __name__ == "__main__":
    main()
