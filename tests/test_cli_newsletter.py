"""`newsletter --quarter 2021Q1 -o FILE` of the command line, on the demo office."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from rocb_desk.cli import run


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("newsletter") / "o.sqlite3")
    assert run(["--db", db, "init", "--demo"]) == 0
    return db


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_newsletter_of_2021_q1(demo_db: str, tmp_path: Path, capsys, suffix: str):
    target = tmp_path / f"newsletter{suffix}"
    argv = ["--db", demo_db, "--lang", "en", "newsletter", "--quarter", "2021Q1", "-o", str(target)]
    assert run(argv) == 0
    assert capsys.readouterr().out.strip() == str(target)
    if suffix == ".docx":
        text = "\n".join(p.text for p in docx.Document(target).paragraphs)
    else:
        text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    text = " ".join(text.split())
    assert "Newsletter 2021 Q1" in text
    assert "National Workshop on Post Clearance Audit for Moldova" in text
    assert "IV Session of the Moscow International Model" in text
    assert "ROCB Europe Analytics presented to the Member Administrations" in text
    assert "Call for review articles repeated" not in text  # a draft


def test_the_russian_newsletter_and_an_empty_quarter(demo_db: str, tmp_path: Path, capsys):
    target = tmp_path / "ru.docx"
    argv = [
        "--db",
        demo_db,
        "--lang",
        "ru",
        "newsletter",
        "--quarter",
        "2021 q1",
        "-o",
        str(target),
    ]
    assert run(argv) == 0
    text = "\n".join(p.text for p in docx.Document(target).paragraphs)
    assert "Региональное бюро по наращиванию потенциала" in text
    assert "Платформа ROCB Europe Analytics представлена администрациям-членам" in text
    empty = tmp_path / "empty.pdf"
    argv = ["--db", demo_db, "--lang", "en", "newsletter", "--quarter", "2019Q2", "-o", str(empty)]
    assert run(argv) == 0
    pdf = " ".join(" ".join(p.extract_text() for p in PdfReader(empty).pages).split())
    assert "Nothing to report for this quarter" in pdf


@pytest.mark.parametrize("quarter", ["2021Q5", "2021", "Q1-2021", "2021/2022"])
def test_a_wrongly_written_quarter_is_a_usage_error(demo_db: str, tmp_path: Path, capsys, quarter):
    target = tmp_path / "n.docx"
    with pytest.raises(SystemExit) as stopped:
        run(["--db", demo_db, "newsletter", "--quarter", quarter, "-o", str(target)])
    assert stopped.value.code == 2
    assert "not a quarter" in capsys.readouterr().err
    assert not target.exists()


def test_a_format_it_does_not_write_is_refused(demo_db: str, tmp_path: Path, capsys):
    target = tmp_path / "n.xlsx"
    assert run(["--db", demo_db, "newsletter", "--quarter", "2021Q1", "-o", str(target)]) == 1
    assert "n.xlsx" in capsys.readouterr().err
    assert not target.exists()
