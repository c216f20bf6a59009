"""The synthetic office of issue 9, built small: what it holds, that it is the same from the
same seed, sound for `check`, searchable, refused twice, cancellable, and `init --synthetic`."""

from __future__ import annotations

import functools
import re
import shutil
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from rocb_desk.cli import run
from rocb_desk.db.models import (
    ActivityEvent,
    Attachment,
    AttachmentText,
    BudgetLine,
    Event,
    LedgerEntry,
    Letter,
    LetterAttachment,
    LetterEvent,
    Participant,
    WorkPlan,
)
from rocb_desk.domain.errors import OfficeError
from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.domain.references import LetterReference
from rocb_desk.services import maintenance, reference_data, synthetic
from rocb_desk.services.attachments import stored_path
from rocb_desk.services.books.contributions import all_arrears
from rocb_desk.services.books.years import is_year_closed
from rocb_desk.services.letters.extract import extract_text
from rocb_desk.services.letters.search import rebuild_index, search
from rocb_desk.services.office import open_office
from rocb_desk.services.synthetic import Cancelled, build_synthetic

TODAY = date(2024, 11, 15)  # the years 2023/2024 (closed by now) and 2024/2025 (open)
SMALL = {"scale": 0.02, "today": TODAY}  # 2 years: 533 expenses, 133 letters, 8 events
COMPARED = (
    "ledger_entry",
    "budget_line",
    "letter",
    "letter_correspondent",
    "attachment",
    "attachment_text",
    "event",
    "participant",
    "activity",
    "activity_event",
    "letter_search",
)


def _build(path: Path, seed: int = 2011) -> synthetic.Summary:
    office = open_office(str(path), actor="tester")
    try:
        reference_data.load_reference(office)
        return build_synthetic(office, 2, seed=seed, **SMALL)
    finally:
        office.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, synthetic.Summary]:
    """One small office for the tests that only read it."""
    path = tmp_path_factory.mktemp("synthetic") / "office.sqlite3"
    return path, _build(path)


@pytest.fixture
def office(built):  # noqa: ANN001, ANN201
    opened = open_office(str(built[0]), actor="tester")
    yield opened
    opened.close()


def _count(session, model, *where) -> int:  # noqa: ANN001
    return session.scalar(select(func.count()).select_from(model).where(*where))


def test_what_it_holds_is_in_the_expected_proportions(built, office):  # noqa: ANN001
    summary = built[1]
    assert [y.name for y in summary.years] == ["2023/2024", "2024/2025"]
    assert (summary.letters, summary.events, summary.closed_years) == (133, 8, 1)
    assert is_year_closed(office, FinancialYear(2023)) and not is_year_closed(
        office, FinancialYear(2024)
    )
    with office.reading() as session:
        expenses = session.execute(
            select(LedgerEntry.fy_start, LedgerEntry.item_id, func.sum(LedgerEntry.amount))
            .where(LedgerEntry.kind == "expense", LedgerEntry.amount > Decimal(0))
            .group_by(LedgerEntry.fy_start, LedgerEntry.item_id)
        ).all()
        assert 520 <= _count(session, LedgerEntry, LedgerEntry.kind == "expense") <= 540
        assert {fy for fy, _item, _sum in expenses} == {2023, 2024}
        assert len({item for _fy, item, _sum in expenses}) >= 12  # spread over the items
        # The budget of a finished year is close to what was spent on each item.
        planned = dict(
            session.execute(
                select(BudgetLine.item_id, BudgetLine.planned).where(BudgetLine.fy_start == 2023)
            ).all()
        )
        for _fy, item, spent in (row for row in expenses if row[0] == 2023):
            assert spent * Decimal("0.5") <= planned[item] <= max(spent * 2, Decimal(100))
        paid = session.execute(
            select(LedgerEntry.member_id, func.sum(LedgerEntry.amount))
            .where(LedgerEntry.income_kind == "contribution", LedgerEntry.fy_start == 2023)
            .group_by(LedgerEntry.member_id)
        ).all()
        assert all(member is not None for member, _sum in paid)
        assert sum(1 for _m, total in paid if total == Decimal("1750.00")) >= 25
        assert _count(session, LedgerEntry, LedgerEntry.income_kind == "donation") >= 6
        assert _count(session, LedgerEntry, LedgerEntry.event_id.is_not(None)) > 0
        assert _count(session, LedgerEntry, LedgerEntry.reversal_of_id.is_not(None)) > 0

        letters = session.execute(
            select(Letter.direction, Letter.reference, Letter.year, Letter.number)
            .add_columns(Letter.letter_date, Letter.language, Letter.subject, Letter.body)
            .add_columns(Letter.translation_id)
        ).all()
        russian = sum(1 for row in letters if row.language == "ru") / len(letters)
        assert 0.2 <= russian <= 0.5
        assert all(5 <= len(row.subject.split()) <= 12 for row in letters)
        assert all(row.body.count("\n\n") >= 3 for row in letters)  # greeting, 2+ paragraphs
        numbers: dict[tuple[str, int], set[int]] = {}
        for row in letters:
            reference = LetterReference.parse(row.reference)
            assert str(reference) == row.reference and reference.year == row.letter_date.year
            assert reference.incoming == (row.direction == "in")
            numbers.setdefault((row.direction, row.year), set()).add(row.number)
        assert all(found == set(range(1, len(found) + 1)) for found in numbers.values())
        filed = _count(session, LetterAttachment)
        assert 0.4 * len(letters) <= filed <= 0.75 * len(letters)
        assert summary.pdfs >= 1 and _count(session, LetterEvent) > 0

        people = Counter(session.scalars(select(Participant.event_id)))
        assert len(people) == _count(session, Event) == 8
        assert all(10 <= n <= 40 for n in people.values())
        plans = session.scalars(select(WorkPlan.year).order_by(WorkPlan.year)).all()
        assert plans == [2023, 2024] and summary.activities >= 14
        assert _count(session, ActivityEvent) > 0
    owing = all_arrears(office, FinancialYear(2024))
    assert any(amount > 0 for amount in owing.values())  # some members in arrears


def _rows(path: Path) -> dict[str, list]:
    office = open_office(str(path), actor="tester")
    try:
        with office.reading() as session:
            return {
                table: session.execute(text(f"SELECT * FROM {table} ORDER BY rowid")).all()
                for table in COMPARED
            }
    finally:
        office.close()


def test_the_same_seed_gives_the_same_rows_another_seed_others(built, tmp_path: Path):  # noqa: ANN001
    again, other = tmp_path / "again.sqlite3", tmp_path / "other.sqlite3"
    _build(again)
    _build(other, seed=2012)
    first, second, third = _rows(built[0]), _rows(again), _rows(other)
    assert all(first[table] for table in COMPARED)
    assert first == second
    assert first["ledger_entry"] != third["ledger_entry"]
    assert first["letter"] != third["letter"]


def test_check_finds_nothing_wrong_and_no_stray_file(office):  # noqa: ANN001
    result = maintenance.examine(office)
    assert result.problems == [] and result.notices == []


def test_letters_are_found_in_english_and_russian_and_in_a_pdf(office):  # noqa: ANN001
    english = search(office, "customs", limit=200)
    russian = search(office, "ТАМОЖЕННАЯ", limit=200)
    assert english.total > 0 and {hit.language for hit in english.hits} >= {"en"}
    assert russian.total > 0 and {hit.language for hit in russian.hits} >= {"ru"}
    with office.reading() as session:
        letter_id, subject, body, content = session.execute(
            select(Letter.id, Letter.subject, Letter.body, AttachmentText.text)
            .join(LetterAttachment, LetterAttachment.letter_id == Letter.id)
            .join(Attachment, Attachment.id == LetterAttachment.attachment_id)
            .join(AttachmentText, AttachmentText.attachment_id == Attachment.id)
            .where(Attachment.original_name.like("%.pdf"))
            .limit(1)
        ).one()
    elsewhere = set(re.findall(r"\w+", f"{subject} {body}".lower()))
    word = next(w for w in re.findall(r"\w+", content.lower()) if w not in elsewhere)
    assert letter_id in {hit.id for hit in search(office, word, limit=200).hits}


def test_index_and_file_texts_are_what_the_application_would_record(built, tmp_path: Path):  # noqa: ANN001
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(built[0], copy)
    shutil.copytree(built[0].with_name("office-data"), tmp_path / "copy-data")
    office = open_office(str(copy), actor="tester")
    try:
        query = text("SELECT rowid, * FROM letter_search ORDER BY rowid")
        with office.reading() as session:
            written = session.execute(query).all()
            files = session.execute(
                select(Attachment.sha256, Attachment.original_name, AttachmentText.text).join(
                    AttachmentText, AttachmentText.attachment_id == Attachment.id
                )
            ).all()
        rebuild_index(office)  # as `letters reindex` makes it from the tables
        with office.reading() as session:
            assert session.execute(query).all() == written
        pdf = next(row for row in files if row.original_name.endswith(".pdf"))
        txt = next(row for row in files if row.original_name.endswith(".txt"))
        for sha, name, content in (pdf, txt):  # as the register reads a file filed with a letter
            path = stored_path(office, sha).with_name(name)
            shutil.copyfile(stored_path(office, sha), path)
            assert extract_text(path).text == content
            path.unlink()
    finally:
        office.close()


def test_a_second_build_is_refused_and_changes_nothing(office):  # noqa: ANN001
    with office.reading() as session:
        before = _count(session, LedgerEntry), _count(session, Letter)
    with pytest.raises(OfficeError) as refused:
        build_synthetic(office, 2, **SMALL)
    assert "already has" in refused.value.message.english()
    with office.reading() as session:
        assert (_count(session, LedgerEntry), _count(session, Letter)) == before


def test_cancelling_leaves_neither_rows_nor_files(tmp_path: Path):
    office = open_office(str(tmp_path / "office.sqlite3"), actor="tester")
    try:
        reference_data.load_reference(office)
        told = []

        def progress(done: int, total: int) -> bool:
            told.append(done)
            return done < total * 0.6  # stop in the middle of the letters

        with pytest.raises(Cancelled):
            build_synthetic(office, 2, progress=progress, **SMALL)
        assert told == sorted(told) and len(told) > 10
        with office.reading() as session:
            assert _count(session, LedgerEntry) == _count(session, Letter) == 0
        assert maintenance.examine(office).notices == []  # no file left in the store
        assert build_synthetic(office, 2, **SMALL).letters == 133  # and it can start again
    finally:
        office.close()


def test_init_synthetic_on_the_command_line(tmp_path: Path, capsys, monkeypatch):  # noqa: ANN001
    # The command builds at full scale; the test at a small one, through the same code.
    small = functools.partial(build_synthetic, scale=0.01)
    monkeypatch.setattr(synthetic, "build_synthetic", small)
    db = str(tmp_path / "o.sqlite3")
    assert run(["--db", db, "init", "--synthetic", "2", "--seed", "7"]) == 0
    out, err = capsys.readouterr()
    assert "Built 2 financial years" in out and "letters" in out and "Office ready" in out
    assert "100%" in err
    assert run(["--db", db, "check"]) == 0
    capsys.readouterr()
    assert run(["--db", db, "init", "--synthetic", "2"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1 and "already has" in err
    with pytest.raises(SystemExit) as usage:
        run(["--db", db, "init", "--demo", "--synthetic", "2"])
    assert usage.value.code == 2
