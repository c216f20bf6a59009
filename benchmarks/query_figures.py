"""The figures measured in-process: the ledger's queries and the letters' search.

Each is timed as the window calls it, next to the naive way of getting the same answer.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import or_, select

from rocb_desk.db.models import LedgerEntry, Letter
from rocb_desk.services.books.ledger_query import (
    LedgerFilter,
    count_lines,
    fetch_lines,
    latest_year_with_entries,
    totals,
)
from rocb_desk.services.letters.search import search
from rocb_desk.services.office import open_office
from rocb_desk.services.synthetic.words import COMMON_EN, COMMON_RU, ENGLISH, RUSSIAN


def median_ms(action: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def ledger_figures(path: Path, runs: int) -> dict:  # type: ignore[type-arg]
    office = open_office(str(path))
    try:
        newest = latest_year_with_entries(office)
        assert newest is not None, "the office has no ledger"
        year = newest.previous()  # the newest whole year
        one_year = LedgerFilter(year=year)

        def load_year_and_add() -> object:
            with office.reading() as session:
                entries = session.scalars(
                    select(LedgerEntry).where(LedgerEntry.fy_start == year.start_year)
                ).all()
                return sum(e.amount for e in entries if e.kind == "income"), sum(
                    e.amount for e in entries if e.kind == "expense"
                )

        def load_everything() -> int:
            with office.reading() as session:
                return len(session.scalars(select(LedgerEntry)).all())

        total = count_lines(office, LedgerFilter())
        return {
            "year": year.start_year,
            "year_lines": count_lines(office, one_year),
            "totals_year": median_ms(lambda: totals(office, one_year), runs),
            "totals_all": median_ms(lambda: totals(office, LedgerFilter()), runs),
            "baseline_year": median_ms(load_year_and_add, runs),
            "baseline_all": median_ms(load_everything, 1),
            "baseline_end": median_ms(lambda: fetch_lines(office, LedgerFilter(), 0, total), 1),
        }
    finally:
        office.close()


def queries(count: int) -> list[str]:
    """English, Russian, prefixes, phrases, OR, NOT, references and the most common
    words of both languages (the worst case of a full-text index)."""
    rng = random.Random(7)
    kinds = [
        lambda: rng.choice(ENGLISH),
        lambda: rng.choice(RUSSIAN),
        lambda: rng.choice(ENGLISH)[:4] + "*",
        lambda: rng.choice(RUSSIAN)[:4] + "*",
        lambda: f'"{rng.choice(ENGLISH)} {rng.choice(ENGLISH)}"',
        lambda: f"{rng.choice(ENGLISH)} {rng.choice(ENGLISH)}",
        lambda: f"{rng.choice(ENGLISH)} OR {rng.choice(RUSSIAN)}",
        lambda: f"{rng.choice(ENGLISH)} NOT {rng.choice(ENGLISH)}",
        lambda: f"{rng.randint(2012, 2025)}/{rng.randint(1, 300)}",
        lambda: rng.choice(COMMON_EN + COMMON_RU),
    ]
    return [kinds[n % len(kinds)]() for n in range(count)]


def _percentile(ordered: list[float], share: float) -> float:
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


def search_figures(path: Path, count: int = 300) -> dict:  # type: ignore[type-arg]
    office = open_office(str(path))
    try:
        asked = queries(count)
        search(office, "warm up")
        timed = []
        for query in asked:
            started = time.perf_counter()
            search(office, query, limit=25)  # a screenful with snippets, as the tab asks
            timed.append(time.perf_counter() - started)
        naive = []
        for query in asked[:40]:  # the baseline is slow: fewer queries
            word = query.strip('"*').split()[0]
            pattern = f"%{word}%"
            started = time.perf_counter()
            with office.reading() as session:
                session.execute(
                    select(Letter.id, Letter.reference, Letter.subject)
                    .where(or_(Letter.subject.like(pattern), Letter.body.like(pattern)))
                    .order_by(Letter.letter_date.desc())
                    .limit(25)
                ).all()
            naive.append(time.perf_counter() - started)
    finally:
        office.close()
    timed.sort()
    naive.sort()
    return {
        "queries": len(timed),
        "p50": statistics.median(timed) * 1000,
        "p95": _percentile(timed, 0.95),
        "p99": _percentile(timed, 0.99),
        "like_p50": statistics.median(naive) * 1000,
        "like_p95": _percentile(naive, 0.95),
    }
