"""News items of the quarterly newsletter, written in the application (activity 3.1).

A newsletter of a quarter prints the quarter's events and public letters, then the news
items of the quarter that are marked published; a draft is kept but not printed.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, utc_now


class NewsItem(Base):
    __tablename__ = "news_item"
    __table_args__ = (Index("ix_news_item_day", "day", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date]
    title_en: Mapped[str] = mapped_column(String(300), default="")
    title_ru: Mapped[str] = mapped_column(String(300), default="")
    text_en: Mapped[str] = mapped_column(Text, default="")
    text_ru: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
