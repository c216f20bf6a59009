"""Full-text search over a fifteen-year archive: 50,000 letters in English and Russian.

Words follow Zipf's law, as in real text: a few are in nearly every letter (the, и,
на), the office's terms (customs, взнос, workshop...) in some, most words in few.

    .venv/bin/python benchmarks/letters_search.py [--letters 50000] [--queries 300]

Builds a synthetic register (deterministic: letters with subjects, bodies of a few
paragraphs and attachment text, through the same index the application keeps), then
times `search()` exactly as the Correspondence tab calls it for every query (English,
Russian, prefix, phrase, boolean, common words, references), and the same words with
`LIKE '%word%'` over the tables as the naive baseline. Prints p50/p95/p99 in ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, or_, select, text  # noqa: E402

from rocb_desk.db import search_index  # noqa: E402
from rocb_desk.db.models import Letter  # noqa: E402
from rocb_desk.services import reference_data  # noqa: E402
from rocb_desk.services.letters.search import search  # noqa: E402
from rocb_desk.services.office import open_office  # noqa: E402
from rocb_desk.services.synthetic.words import (  # noqa: E402
    COMMON_EN,
    COMMON_RU,
    ENGLISH,
    RUSSIAN,
    samplers,
)


def build(path: str, letters: int) -> None:
    office = open_office(path)
    reference_data.load_reference(office)
    rng = random.Random(2011)
    draw = samplers(rng)  # the synthetic office's words (services/synthetic/words.py)

    def english(rng: random.Random, count: int) -> str:
        return " ".join(draw["en"](rng, count))

    def russian(rng: random.Random, count: int) -> str:
        return " ".join(draw["ru"](rng, count))

    numbers: dict[tuple[str, int], int] = {}
    rows, index = [], []
    start = date(2011, 10, 17)
    for letter_id in range(1, letters + 1):
        day = start + timedelta(days=int(letter_id * 5400 / letters))
        direction = "out" if rng.random() < 0.55 else "in"
        number = numbers[direction, day.year] = numbers.get((direction, day.year), 0) + 1
        reference = f"{'IN-' if direction == 'in' else ''}{day.year}/{number}"
        in_russian = rng.random() < 0.35
        words = russian if in_russian else english
        subject = words(rng, rng.randint(5, 12)).capitalize()
        body = "\n\n".join(words(rng, rng.randint(40, 120)) for _ in range(3))
        attached = words(rng, rng.randint(200, 900)) if rng.random() < 0.6 else ""
        rows.append(
            {
                "id": letter_id,
                "direction": direction,
                "year": day.year,
                "number": number,
                "reference": reference,
                "language": "ru" if in_russian else "en",
                "sender_reference": "",
                "letter_date": day,
                "subject": subject,
                "body": body,
                "restriction": "members",
                "status": "sent" if direction == "out" else "received",
                "circular": False,
            }
        )
        index.append(
            {
                "id": letter_id,
                "reference": reference,
                "subject": subject,
                "correspondents": "",
                "body": body,
                "attachments": attached,
            }
        )
    columns = ", ".join(search_index.COLUMNS)
    values = ", ".join(":" + c for c in search_index.COLUMNS)
    with office.transaction() as session:
        session.execute(insert(Letter), rows)
        session.execute(
            text(f"INSERT INTO {search_index.TABLE} (rowid, {columns}) VALUES (:id, {values})"),
            index,
        )
    office.close()


def queries(count: int) -> list[str]:
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
        lambda: rng.choice(COMMON_EN + COMMON_RU),  # in almost every letter: the worst case
    ]
    return [kinds[n % len(kinds)]() for n in range(count)]


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)

    def at(share: float) -> float:
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000

    return statistics.median(ordered) * 1000, at(0.95), at(0.99)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--letters", type=int, default=50_000)
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "office.sqlite3")
        started = time.perf_counter()
        build(path, args.letters)
        print(f"built {args.letters} letters in {time.perf_counter() - started:.1f} s")
        office = open_office(path)
        asked = queries(args.queries)
        search(office, "warm up")
        timed = []
        for query in asked:
            started = time.perf_counter()
            search(office, query, limit=25)  # a screenful, with snippets, as the tab asks
            timed.append(time.perf_counter() - started)
        baseline = []
        for query in asked[: max(20, args.queries // 10)]:  # the baseline is slow: fewer
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
            baseline.append(time.perf_counter() - started)
        office.close()
    print(f"{'figure':40} {'p50':>8} {'p95':>8} {'p99':>8}")
    for name, samples in (
        (f"search(), {len(timed)} queries", timed),
        (f"baseline LIKE '%word%', {len(baseline)} queries", baseline),
    ):
        p50, p95, p99 = percentiles(samples)
        print(f"{name:40} {p50:8.1f} {p95:8.1f} {p99:8.1f}")


if __name__ == "__main__":
    main()
