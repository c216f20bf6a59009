"""Search over the register: any text is a query; Russian in any case; ranked; filtered."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rocb_desk.services.letters import register, search
from rocb_desk.services.letters.correspondents import resolve
from rocb_desk.services.letters.register import LetterForm
from rocb_desk.services.letters.search import MARK_END, MARK_START, LetterFilter
from rocb_desk.services.office import Office


@pytest.fixture
def letters(office: Office, tmp_path: Path) -> dict[str, int]:
    with office.reading() as session:
        moldova = resolve(session, "MD")
        wco = resolve(session, "World Customs Organization")  # no partners yet: a name
    note = tmp_path / "minutes.txt"
    note.write_text("The quarterly zebracrossing report is attached.", encoding="utf-8")
    made = {
        "contributions": register.register_letter(
            office,
            LetterForm(
                letter_date=date(2020, 4, 2),
                subject="Call for member contributions 2020/2021",
                body="Dear colleagues, the contribution is 1,750.00 euros.",
                tags={"contributions"},
                restriction="members",
            ),
        ),
        "russian": register.register_letter(
            office,
            LetterForm(
                letter_date=date(2021, 1, 15),
                subject="Актуализация сведений о контактных лицах",
                body="Просим ОБНОВИТЬ сведения о национальных контактных лицах (contact points).",
                language="ru",
            ),
        ),
        "moldova": register.register_letter(
            office,
            LetterForm(
                direction="in",
                letter_date=date(2021, 1, 27),
                subject="New contact point",
                body="Our contribution to the update of contact points.",
                correspondents=moldova,
            ),
        ),
        "minutes": register.register_letter(
            office,
            LetterForm(letter_date=date(2021, 3, 1), subject="Minutes", correspondents=wco),
            [note],
        ),
    }
    return {key: value.id for key, value in made.items()}


def _ids(office: Office, text: str, **filters) -> list[int]:
    return [hit.id for hit in search.search(office, text, LetterFilter(**filters)).hits]


@pytest.mark.parametrize("typed", ["обновить", "ОБНОВИТЬ", "Обновить", "обнов*"])
def test_a_russian_word_is_found_whatever_its_case(office, letters, typed):
    assert _ids(office, typed) == [letters["russian"]]


def test_prefix_phrase_and_boolean_queries(office, letters):
    assert set(_ids(office, "contrib*")) == {letters["contributions"], letters["moldova"]}
    assert _ids(office, '"member contributions"') == [letters["contributions"]]
    assert _ids(office, "contribution NOT moldova") == [letters["contributions"]]
    assert set(_ids(office, "zebracrossing OR обновить")) == {
        letters["minutes"],
        letters["russian"],
    }


def test_a_word_in_the_subject_ranks_above_the_same_word_in_a_body(office, letters):
    # "contact" is in the Moldovan subject and only in the other's body.
    assert _ids(office, "contact")[0] == letters["moldova"]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ('"member contributions', ["contributions"]),  # the quote closes at the end
        ("contact)", ["moldova", "russian"]),  # punctuation is no syntax
        ("(contact", ["moldova", "russian"]),
        ("contact _", ["moldova", "russian"]),  # a term of no letters is dropped
        ("^contact:", ["moldova", "russian"]),
        ("contact OR OR", ["moldova", "russian"]),
        ('contact -"new contact point"', ["russian"]),
    ],
)
def test_stray_syntax_is_read_as_plain_words(office, letters, typed, found):
    assert sorted(_ids(office, typed)) == sorted(letters[key] for key in found)


@pytest.mark.parametrize("typed", ["AND", "OR OR", "NOT", "*", "(", "-", '"', "NOT contact"])
def test_text_without_a_word_to_find_lists_the_newest_letters(office, letters, typed):
    assert search.search(office, typed).total == 4  # every letter, newest first


def test_lowercase_not_and_russian_ne_are_words(office, letters):
    assert _ids(office, "просим не") == []  # «не» is a word, not NOT: no letter has both
    assert _ids(office, "просим НЕ обновить") == []


def test_yo_and_e_are_the_same_letter(office, letters):
    register.register_letter(
        office,
        LetterForm(letter_date=date(2021, 3, 2), subject="Годовой отчёт", language="ru"),
    )
    assert len(_ids(office, "отчет")) == len(_ids(office, "отчёт")) == 1


def test_the_text_inside_an_attachment_is_found_with_a_snippet(office, letters):
    (hit,) = search.search(office, "zebracrossing").hits
    assert hit.id == letters["minutes"]
    assert f"{MARK_START}zebracrossing{MARK_END}" in hit.snippet
    assert hit.correspondents == "World Customs Organization"


def test_filters_narrow_the_results(office, letters):
    assert _ids(office, "contact*", direction="in") == [letters["moldova"]]
    assert _ids(office, "", language="ru") == [letters["russian"]]
    assert _ids(office, "", year=2020) == [letters["contributions"]]
    assert _ids(office, "", tag="contributions") == [letters["contributions"]]
    with office.reading() as session:
        (moldova,) = resolve(session, "MD")
    assert _ids(office, "", correspondent=moldova) == [letters["moldova"]]
    # Without words: the newest first.
    assert _ids(office, "") == [
        letters["minutes"],
        letters["moldova"],
        letters["russian"],
        letters["contributions"],
    ]


def test_a_reference_typed_brings_that_letter_first(office, letters):
    assert _ids(office, "2021/1")[0] == letters["russian"]


def test_a_very_common_word_is_answered_newest_first(office, letters, monkeypatch):
    monkeypatch.setattr(search, "COMMON", 1)
    found = search.search(office, "contrib*")
    assert not found.ranked
    assert [hit.id for hit in found.hits] == [letters["moldova"], letters["contributions"]]


def test_the_index_can_be_rebuilt(office, letters):
    assert search.rebuild_index(office) == 4
    assert _ids(office, "zebracrossing") == [letters["minutes"]]
