"""The news items of the quarterly newsletter (activity 3.1 of the report: "the ROCB
Europe reinitiated the work and began to provide Newsletters quarterly").

A news item is written in the application, in English and Russian, with its day; only
the items marked published are printed. Every save and delete is one transaction with
its audit record. The newsletter itself is made in `newsletter_document`.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from ..db.models import NewsItem
from ..domain.errors import (
    QT_TRANSLATE_NOOP,
    FieldError,
    FormatError,
    Message,
    OfficeError,
    ValidationError,
)
from ..domain.validation import REQUIRED
from ..i18n import translate
from ..paths import resource_path
from . import audit
from .office import Office

NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The news item no longer exists; it may have been deleted.")
NEEDS_TITLE = QT_TRANSLATE_NOOP("Errors", "A news item needs a title in English or in Russian.")
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "This is longer than {limit} characters.")
BAD_QUARTER = QT_TRANSLATE_NOOP(
    "Errors", "\u201c{value}\u201d is not a quarter; write it as 2021Q1."
)
# The title columns' size (PostgreSQL refuses longer text), and a newsletter item's length.
TITLE_LIMIT = 300
TEXT_LIMIT = 10_000
TEXTS = ("title_en", "title_ru", "text_en", "text_ru")
DEMO_FILE = "news_2021.json"

_QUARTER = re.compile(r"^\s*(\d{4})\s*[-/ ]?\s*[Qq]\s*([1-4])\s*$")


@dataclass(frozen=True, order=True)
class Quarter:
    """A calendar quarter: 2021 Q1 is January to March 2021."""

    year: int
    number: int  # 1 to 4

    @classmethod
    def parse(cls, text: str) -> Quarter:
        """'2021Q1' (also '2021 Q1', '2021-q1'); a FormatError otherwise."""
        match = _QUARTER.match(text)
        if not match or int(match.group(1)) < 1900:
            raise FormatError(BAD_QUARTER, value=text)
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def name(self) -> str:
        return f"{self.year}Q{self.number}"

    @property
    def start(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def end(self) -> date:
        if self.number == 4:
            return date(self.year, 12, 31)
        return date(self.year, 3 * self.number + 1, 1) - timedelta(days=1)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def label(self) -> str:
        """'2021 Q1' in the reader's language."""
        return translate("Newsletter", "{year} Q{number}").format(
            year=self.year, number=self.number
        )

    def __str__(self) -> str:
        return self.name


@dataclass
class NewsForm:
    """A news item as the editor shows it and the services save it."""

    day: date | None = field(default_factory=date.today)
    title_en: str = ""
    title_ru: str = ""
    text_en: str = ""
    text_ru: str = ""
    published: bool = False
    # The version read (audit.version_of): a save is refused if the item changed since.
    version: int | None = field(default=None, compare=False)

    def audit_values(self) -> dict[str, object]:
        values = asdict(self)
        values.pop("version")
        return values


@dataclass(frozen=True)
class NewsLine:
    id: int
    day: date
    title_en: str
    title_ru: str
    text_en: str
    text_ru: str
    published: bool


def check_news(form: NewsForm) -> list[FieldError]:
    """Every refusal of the form at once, each at its field."""
    for name in TEXTS:
        setattr(form, name, getattr(form, name).strip())
    errors: list[FieldError] = []
    if form.day is None:
        errors.append(FieldError("day", Message(REQUIRED)))
    if not form.title_en and not form.title_ru:
        errors.append(FieldError("title_en", Message(NEEDS_TITLE)))
    for name in TEXTS:
        limit = TITLE_LIMIT if name.startswith("title") else TEXT_LIMIT
        if len(getattr(form, name)) > limit:
            errors.append(FieldError(name, Message(TOO_LONG, params={"limit": limit})))
    return errors


def _form_of(item: NewsItem) -> NewsForm:
    return NewsForm(
        day=item.day,
        title_en=item.title_en,
        title_ru=item.title_ru,
        text_en=item.text_en,
        text_ru=item.text_ru,
        published=item.published,
    )


def save_news(office: Office, form: NewsForm, news_id: int | None = None) -> int:
    """Create (no `news_id`) or update a news item; refused whole on any bad field."""
    errors = check_news(form)
    if errors:
        raise ValidationError(errors)
    with office.transaction() as session:
        found = NewsItem() if news_id is None else session.get(NewsItem, news_id)
        if found is None:
            raise OfficeError(NOT_FOUND)
        if news_id is not None:
            audit.refuse_if_changed(session, "news_item", news_id, form.version)
        item = found
        before = None if news_id is None else _form_of(item).audit_values()
        if news_id is None:
            session.add(item)
        item.day = form.day  # type: ignore[assignment]  # check_news refuses None
        for name in TEXTS:
            setattr(item, name, getattr(form, name))
        item.published = bool(form.published)
        session.flush()
        audit.record(
            session,
            office.actor,
            "create" if before is None else "update",
            "news_item",
            item.id,
            before=before,
            after=form.audit_values(),
        )
        return item.id


def load_news(office: Office, news_id: int) -> NewsForm:
    with office.reading() as session:
        item = session.get(NewsItem, news_id)
        if item is None:
            raise OfficeError(NOT_FOUND)
        form = _form_of(item)
        form.version = audit.version_of(session, "news_item", news_id)
        return form


def delete_news(office: Office, news_id: int, version: int | None = None) -> None:
    """Delete an item; with the `version` shown, refused if changed since (audit)."""
    with office.transaction() as session:
        item = session.get(NewsItem, news_id)
        if item is None:
            raise OfficeError(NOT_FOUND)
        audit.refuse_if_changed(session, "news_item", news_id, version)
        before = _form_of(item).audit_values()
        session.delete(item)
        audit.record(session, office.actor, "delete", "news_item", news_id, before=before)


def list_news(office: Office, quarter: Quarter, published_only: bool = False) -> list[NewsLine]:
    """The news items of a quarter in date order; drafts too unless `published_only`."""
    query = select(NewsItem).where(NewsItem.day >= quarter.start, NewsItem.day <= quarter.end)
    if published_only:
        query = query.where(NewsItem.published.is_(True))
    with office.reading() as session:
        items = session.scalars(query.order_by(NewsItem.day, NewsItem.id)).all()
        return [
            NewsLine(i.id, i.day, i.title_en, i.title_ru, i.text_en, i.text_ru, i.published)
            for i in items
        ]


def load_demo_news(office: Office) -> int:
    """The demo office's news items of 2021 Q1, once (an item of the same day and English
    title is kept); returns how many were added."""
    with resource_path("demo", DEMO_FILE).open(encoding="utf-8") as handle:
        rows = json.load(handle)["news"]
    with office.reading() as session:
        known = {tuple(row) for row in session.execute(select(NewsItem.day, NewsItem.title_en))}
    added = 0
    for row in rows:
        day = date.fromisoformat(row["day"])
        if (day, row["title_en"]) in known:
            continue
        save_news(
            office,
            NewsForm(
                day=day,
                title_en=row["title_en"],
                title_ru=row.get("title_ru", ""),
                text_en=row.get("text_en", ""),
                text_ru=row.get("text_ru", ""),
                published=bool(row.get("published", False)),
            ),
        )
        added += 1
    return added
