"""The ledger at fifteen-year scale: 200,000 lines, and what the Bookkeeping tab asks of them.

    .venv/bin/python benchmarks/ledger_scale.py [--lines 200000] [--runs 5]

Builds a synthetic office (deterministic), then prints the median of each query the
ledger page makes: count, first page, a deep page, totals, for one year and for all.
A naive baseline loads every line of a year as ORM objects, as a tab without paging would.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select  # noqa: E402

from rocb_desk.db.models import BudgetItem, FinancialYearRecord, LedgerEntry  # noqa: E402
from rocb_desk.domain.fiscal import FinancialYear  # noqa: E402
from rocb_desk.services import reference_data  # noqa: E402
from rocb_desk.services.books.ledger_query import LedgerFilter, count_lines, fetch_lines, totals  # noqa: E402
from rocb_desk.services.office import open_office  # noqa: E402


def build(path: str, lines: int) -> None:
    office = open_office(path)
    reference_data.load_reference(office)
    rng = random.Random(2011)
    with office.transaction() as session:
        items = list(session.scalars(select(BudgetItem.id)))
        for start in range(2011, 2026):
            session.add(
                FinancialYearRecord(start_year=start, standard_contribution=Decimal("1750.00"))
            )
        session.flush()
        rows = []
        for number in range(lines):
            day = date(2011, 4, 1) + timedelta(days=rng.randrange(15 * 365))
            expense = rng.random() < 0.8
            rows.append(
                {
                    "fy_start": FinancialYear.of(day).start_year,
                    "entry_date": day,
                    "kind": "expense" if expense else "income",
                    "item_id": rng.choice(items) if expense else None,
                    "income_kind": None if expense else "other",
                    "amount": Decimal(rng.randrange(100, 500000)) / 100,
                    "description": f"Synthetic line {number}",
                    "counterparty_text": "Supplier",
                    "voucher": f"S{number}",
                    "method": "bank",
                }
            )
        session.execute(insert(LedgerEntry), rows)
    office.close()


def median_ms(action, runs: int) -> float:  # noqa: ANN001
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "office.sqlite3")
        started = time.perf_counter()
        build(path, args.lines)
        print(f"built {args.lines} lines in {time.perf_counter() - started:.1f} s")
        office = open_office(path)
        year = LedgerFilter(year=FinancialYear(2020))
        every = LedgerFilter()
        chapter = LedgerFilter(year=FinancialYear(2020), chapter=2, text="line 1")
        # The line 200 before the end: the page after it is the ledger's last screen.
        anchor = fetch_lines(office, every, None, 201, descending=True)[-1]
        figures = [
            ("count, one year", lambda: count_lines(office, year)),
            ("first page, one year", lambda: fetch_lines(office, year, None, 200)),
            ("totals, one year", lambda: totals(office, year)),
            ("count, all years", lambda: count_lines(office, every)),
            ("first page, all years", lambda: fetch_lines(office, every, None, 200)),
            ("last page, all years", lambda: fetch_lines(office, every, anchor, 200)),
            ("totals, all years", lambda: totals(office, every)),
            (
                "year + chapter + text",
                lambda: (count_lines(office, chapter), totals(office, chapter)),
            ),
        ]

        def naive_year() -> int:
            with office.reading() as session:
                return len(
                    session.scalars(select(LedgerEntry).where(LedgerEntry.fy_start == 2020)).all()
                )

        print(f"{'figure':28} {'median ms':>10}")
        for name, action in figures:
            print(f"{name:28} {median_ms(action, args.runs):>10.1f}")

        def offset_last_page() -> int:
            with office.reading() as session:
                query = select(LedgerEntry).order_by(LedgerEntry.entry_date, LedgerEntry.id)
                return len(session.scalars(query.offset(args.lines - 200).limit(200)).all())

        print(f"{'baseline: load a year (ORM)':28} {median_ms(naive_year, args.runs):>10.1f}")
        print(f"{'baseline: last page, OFFSET':28} {median_ms(offset_last_page, args.runs):>10.1f}")
        office.close()


if __name__ == "__main__":
    main()
