"""The quarterly newsletter (activity 3.1): news items kept, refused at the field and
audited; the newsletter of the demo's 2021 Q1 read back from Word and PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from docx.table import Table as DocxTable
from pypdf import PdfReader
from sqlalchemy import select

from rocb_desk import exports
from rocb_desk.db.models import AuditEntry
from rocb_desk.domain.errors import FormatError, OfficeError, ValidationError
from rocb_desk.services.letters.correspondents import Correspondent
from rocb_desk.services.letters.register import LetterForm, register_letter
from rocb_desk.services.newsletter import (
    TEXT_LIMIT,
    NewsForm,
    Quarter,
    delete_news,
    list_news,
    load_demo_news,
    load_news,
    save_news,
)
from rocb_desk.services.newsletter_document import newsletter_contents, newsletter_document
from rocb_desk.services.office import Office

Q1 = Quarter(2021, 1)
# The demo's events of January–March 2021 (section D, numbers 9 to 14).
EVENTS_EN = [
    "National Workshop on Post Clearance Audit for Moldova",
    "The 16th Global Meeting of WCO Regional Structures",
    "12th Session of the Capacity Building Committee",
    "20th Session of the Integrity Sub-Committee",
    "Priorities for Strengthening International Cooperation in the Fight Against Smuggling",
    "IV Session of the Moscow International Model",
]
PUBLISHED_EN = [
    "WCO training materials in English and Russian in the e-Training Section",
    "ROCB Europe Analytics presented to the Member Administrations",
]
DRAFT_EN = "Call for review articles repeated"


def _public_letters(office: Office) -> None:
    """A public circular in English and Russian, a public draft and a public letter of
    April (next quarter); the demo's own letters are for members or confidential."""
    someone = [Correspondent("name", name="Member Administrations")]
    english = register_letter(
        office,
        LetterForm(
            letter_date=date(2021, 2, 5),
            subject="Launch of the quarterly newsletter",
            restriction="public",
            correspondents=someone,
        ),
    )
    register_letter(
        office,
        LetterForm(
            letter_date=date(2021, 2, 5),
            subject="О выпуске ежеквартального бюллетеня",
            language="ru",
            restriction="public",
            correspondents=someone,
            reference=english.reference,
        ),
        translation_of=english.id,
    )
    register_letter(
        office,
        LetterForm(
            letter_date=date(2021, 3, 2),
            subject="Draft public notice",
            restriction="public",
            status="draft",
            correspondents=someone,
        ),
    )
    register_letter(
        office,
        LetterForm(
            letter_date=date(2021, 4, 2),
            subject="April public notice",
            restriction="public",
            correspondents=someone,
        ),
    )


def _docx_text(path: Path) -> str:
    """The paragraphs and the tables' cells, in the order of the document."""
    parts = []
    for block in docx.Document(path).iter_inner_content():
        if isinstance(block, DocxTable):
            parts += [cell.text for row in block.rows for cell in row.cells]
        else:
            parts.append(block.text)
    return " ".join(" ".join(parts).split())


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


# --- the quarter -------------------------------------------------------------------------


def test_a_quarter_is_written_2021q1_and_runs_over_three_calendar_months():
    assert Quarter.parse("2021Q1") == Q1
    assert Quarter.parse(" 2021 q4 ") == Quarter(2021, 4)
    assert Quarter.parse("2020-Q2") == Quarter(2020, 2)
    assert (Q1.start, Q1.end) == (date(2021, 1, 1), date(2021, 3, 31))
    assert (Quarter(2020, 4).start, Quarter(2020, 4).end) == (date(2020, 10, 1), date(2020, 12, 31))
    assert Quarter(2020, 2).end == date(2020, 6, 30)
    assert Quarter.of(date(2021, 3, 31)) == Q1 and Quarter.of(date(2021, 4, 1)) == Quarter(2021, 2)
    assert Q1.name == "2021Q1"
    for wrong in ("2021Q5", "2021Q0", "2021", "Q1 2021", "21Q1", "2021/2022", "0000Q1"):
        with pytest.raises(FormatError):
            Quarter.parse(wrong)


# --- news items --------------------------------------------------------------------------


def test_a_news_item_is_saved_loaded_changed_and_deleted_with_its_audit(office: Office):
    form = NewsForm(day=date(2021, 2, 1), title_en="  Newsletter restarted ", text_en="Text.")
    news_id = save_news(office, form)
    loaded = load_news(office, news_id)
    assert loaded == NewsForm(date(2021, 2, 1), "Newsletter restarted", "", "Text.", "", False)
    loaded.title_ru, loaded.published = "Бюллетень снова выходит", True
    save_news(office, loaded, news_id)
    (line,) = list_news(office, Q1, published_only=True)
    assert (line.id, line.title_ru, line.published) == (news_id, "Бюллетень снова выходит", True)
    assert list_news(office, Quarter(2021, 2)) == []
    delete_news(office, news_id)
    assert list_news(office, Q1) == []
    with pytest.raises(OfficeError):
        load_news(office, news_id)
    with pytest.raises(OfficeError):
        delete_news(office, news_id)
    with office.reading() as session:
        actions = session.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.entity == "news_item", AuditEntry.entity_id == news_id)
            .order_by(AuditEntry.id)
        ).all()
    assert actions == ["create", "update", "delete"]


def test_refusals_are_at_the_field_and_change_nothing(office: Office):
    with pytest.raises(ValidationError) as refused:
        save_news(office, NewsForm(day=None, title_en="  ", title_ru=""))
    assert {e.field for e in refused.value.errors} == {"day", "title_en"}
    with pytest.raises(ValidationError) as refused:
        save_news(
            office,
            NewsForm(
                day=date(2021, 1, 5),
                title_ru="Б" * 301,
                text_en="x" * (TEXT_LIMIT + 1),
                text_ru="y" * TEXT_LIMIT,
            ),
        )
    assert {e.field for e in refused.value.errors} == {"title_ru", "text_en"}
    assert refused.value.for_field("text_en")[0].params == {"limit": TEXT_LIMIT}
    with pytest.raises(OfficeError):
        save_news(office, NewsForm(day=date(2021, 1, 5), title_en="Gone"), news_id=999)
    assert list_news(office, Q1) == []


def test_the_demo_news_are_loaded_once(demo_office: Office):
    lines = list_news(demo_office, Q1)
    assert [line.title_en for line in lines] == [*PUBLISHED_EN, DRAFT_EN]
    assert [line.published for line in lines] == [True, True, False]
    assert all(line.title_ru and line.text_en and line.text_ru for line in lines)
    assert load_demo_news(demo_office) == 0
    assert len(list_news(demo_office, Q1)) == 3


# --- the newsletter ----------------------------------------------------------------------


def test_the_contents_of_2021_q1(demo_office: Office):
    _public_letters(demo_office)
    contents = newsletter_contents(demo_office, Q1, "en")
    assert [line.start for line in contents.events] == [
        date(2021, 1, 18),
        date(2021, 2, 18),
        date(2021, 2, 22),
        date(2021, 2, 25),
        date(2021, 3, 16),
        date(2021, 3, 24),
    ]
    assert [(letter.letter_date, letter.subject) for letter in contents.letters] == [
        (date(2021, 2, 5), "Launch of the quarterly newsletter")
    ]
    assert [item.title_en for item in contents.news] == PUBLISHED_EN
    russian = newsletter_contents(demo_office, Q1, "ru")
    assert [letter.subject for letter in russian.letters] == ["О выпуске ежеквартального бюллетеня"]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_demo_newsletter_of_2021_q1_read_back(demo_office: Office, tmp_path: Path, suffix):
    _public_letters(demo_office)
    target = exports.write(newsletter_document(demo_office, Q1, "en"), tmp_path / f"n{suffix}")
    text = _docx_text(target) if suffix == ".docx" else _pdf_text(target)
    assert "Newsletter 2021 Q1 Regional Office for Capacity Building" in text
    assert "1 January – 31 March 2021" in text
    positions = [text.index(title) for title in EVENTS_EN]
    assert positions == sorted(positions)
    assert "18–22 January 2021" in text and "24 March 2021, Online" in text
    # The first paragraph of a narrative, not the rest of it.
    assert "this five-day online workshop" in text
    # The public letter of the quarter, once, in English; not the draft nor April's.
    assert text.count("Launch of the quarterly newsletter") == 1
    assert "5 February 2021" in text
    assert "ежеквартального" not in text
    assert "Draft public notice" not in text and "April public notice" not in text
    # The demo's letters are for members or confidential: none is printed.
    assert "National Contact Points" not in text and "Compact list" not in text
    for title in PUBLISHED_EN:
        assert title in text
    assert "10 March 2021" in text
    assert DRAFT_EN not in text
    assert text.index(EVENTS_EN[-1]) < text.index("Launch of the") < text.index(PUBLISHED_EN[0])


def test_the_russian_newsletter(demo_office: Office, tmp_path: Path):
    _public_letters(demo_office)
    document = newsletter_document(demo_office, Q1, "ru")
    assert document.lang == "ru"
    assert document.title != "Newsletter 2021 Q1" and "2021" in document.title  # translated
    assert document.subtitle == "Региональное бюро по наращиванию потенциала"
    target = exports.write(document, tmp_path / "n.docx")
    text = _docx_text(target)
    assert "1 января – 31 марта 2021" in text
    assert "Национальный семинар по аудиту после выпуска" in text
    assert "18–22 января 2021" in text
    assert "О выпуске ежеквартального бюллетеня" in text
    assert "Launch of the quarterly newsletter" not in text
    assert "Платформа ROCB Europe Analytics представлена администрациям-членам" in text
    assert "Повторный призыв" not in text  # the draft
    pdf = _pdf_text(exports.write(document, tmp_path / "n.pdf"))
    assert "Учебные материалы ВТамО" in pdf


def test_an_empty_quarter_says_so(demo_office: Office, tmp_path: Path):
    document = newsletter_document(demo_office, Quarter(2019, 3), "en")
    assert document.title == "Newsletter 2019 Q3"
    text = _docx_text(exports.write(document, tmp_path / "empty.docx"))
    assert "Nothing to report for this quarter" in text
    assert len(document.blocks) == 2
    pdf = _pdf_text(exports.write(document, tmp_path / "empty.pdf"))
    assert "Nothing to report" in pdf


def test_only_published_news_make_a_quarter_not_empty(office: Office):
    quarter = Quarter(2022, 2)
    save_news(office, NewsForm(day=date(2022, 5, 3), title_en="Draft only"))
    assert newsletter_contents(office, quarter, "en").empty
    save_news(office, NewsForm(day=date(2022, 6, 30), title_ru="Только по-русски", published=True))
    contents = newsletter_contents(office, quarter, "en")
    assert not contents.empty and len(contents.news) == 1
    document = newsletter_document(office, quarter, "en")
    # A title only in Russian is printed in the English newsletter rather than nothing.
    assert any(getattr(block, "text", "") == "Только по-русски" for block in document.blocks)
