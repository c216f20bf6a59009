"""The newsletter of a calendar quarter as a neutral Document, in English or Russian.

It tells, in this order: the quarter's events (dates, place and the first paragraph of
each narrative), the letters marked public that are dated in the quarter (reference,
date and subject; one language version per reference, the reader's where it exists),
and the published news items. Drafts, be they letters or news, are never printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ..db.models import Letter
from ..domain.document import Column, Document, Heading, Paragraph, Table
from ..domain.letters import LetterStatus, Restriction
from ..i18n import document_language, translate
from .events.queries import EventFilter, EventLine, list_events, period_text, title_of
from .letters.clearance import readable_where
from .newsletter import NewsLine, Quarter, list_news
from .office import Office
from .office_profile import load_profile


@dataclass(frozen=True)
class LetterLine:
    reference: str
    letter_date: date
    subject: str


@dataclass(frozen=True)
class NewsletterContents:
    quarter: Quarter
    events: list[EventLine]
    letters: list[LetterLine]
    news: list[NewsLine]

    @property
    def empty(self) -> bool:
        return not (self.events or self.letters or self.news)


def quarter_events(office: Office, quarter: Quarter, lang: str) -> list[EventLine]:
    """The events that start in the quarter. A calendar quarter lies inside one financial
    year, so the register's own year filter does the work in SQL."""
    from ..domain.fiscal import FinancialYear

    lines = list_events(office, EventFilter(year=FinancialYear.of(quarter.start)), lang)
    return [line for line in lines if quarter.contains(line.start)]


def public_letters(office: Office, quarter: Quarter, lang: str) -> list[LetterLine]:
    """The letters marked public and dated in the quarter, drafts left out; one version
    of each reference, in the reader's language where the office has it."""
    with office.reading() as session:
        rows = session.execute(
            select(Letter.reference, Letter.letter_date, Letter.language, Letter.subject)
            .where(
                Letter.restriction == Restriction.PUBLIC.value,
                Letter.status != LetterStatus.DRAFT.value,
                Letter.letter_date >= quarter.start,
                Letter.letter_date <= quarter.end,
                # Public letters are for everyone; the clearance rule still has its say here.
                *readable_where(office),
            )
            .order_by(Letter.letter_date, Letter.year, Letter.number, Letter.id)
        ).all()
    chosen: dict[str, LetterLine] = {}
    for reference, day, language, subject in rows:
        if reference not in chosen or language == lang:
            chosen[reference] = LetterLine(reference, day, subject)
    return list(chosen.values())  # insertion order: the first version's date order


def newsletter_contents(office: Office, quarter: Quarter, lang: str) -> NewsletterContents:
    return NewsletterContents(
        quarter,
        quarter_events(office, quarter, lang),
        public_letters(office, quarter, lang),
        list_news(office, quarter, published_only=True),
    )


def first_paragraph(text: str) -> str:
    return next((part.strip() for part in text.split("\n\n") if part.strip()), "")


def _events(office: Office, document: Document, lines: list[EventLine], lang: str) -> None:
    from .events.register import load_event  # the narratives are not in the list's lines

    document.add(Heading(translate("Newsletter", "Events"), 1))
    for line in lines:
        form = load_event(office, line.id)
        document.add(Heading(line.title, 2))
        when = period_text(line.start, line.end)
        document.add(Paragraph(f"{when}, {line.location}" if line.location else when))
        narrative = first_paragraph(title_of(form.narrative_en, form.narrative_ru, lang))
        if narrative:
            document.add(Paragraph(narrative))


def _letters(document: Document, letters: list[LetterLine]) -> None:
    document.add(Heading(translate("Newsletter", "Letters"), 1))
    document.add(
        Table(
            (
                Column(translate("Newsletter", "Reference"), 1.0),
                Column(translate("Newsletter", "Date"), 1.4),
                Column(translate("Newsletter", "Subject"), 4.0),
            ),
            tuple(
                (line.reference, period_text(line.letter_date, line.letter_date), line.subject)
                for line in letters
            ),
            name=translate("Newsletter", "Letters"),
            key="letters",
        )
    )


def _news(document: Document, news: list[NewsLine], lang: str) -> None:
    document.add(Heading(translate("Newsletter", "News"), 1))
    for item in news:
        document.add(Heading(title_of(item.title_en, item.title_ru, lang), 2))
        document.add(Paragraph(period_text(item.day, item.day)))
        for part in title_of(item.text_en, item.text_ru, lang).split("\n\n"):
            if part.strip():
                document.add(Paragraph(part.strip()))


def newsletter_document(office: Office, quarter: Quarter, lang: str) -> Document:
    """The newsletter of `quarter` in `lang`, whatever language the window speaks."""
    with document_language(lang):
        contents = newsletter_contents(office, quarter, lang)
        document = Document(
            translate("Newsletter", "Newsletter {quarter}").format(quarter=quarter.label()),
            load_profile(office).text("office_name", lang),
            lang,
        )
        document.add(Paragraph(period_text(quarter.start, quarter.end)))
        if contents.empty:
            document.add(
                Paragraph(
                    translate(
                        "Newsletter",
                        "Nothing to report for this quarter: the office has no events, "
                        "no public letters and no published news in it.",
                    )
                )
            )
            return document
        if contents.events:
            _events(office, document, contents.events, lang)
        if contents.letters:
            _letters(document, contents.letters)
        if contents.news:
            _news(document, contents.news, lang)
        return document
