"""The editor of one news item: its day, title and text in English and Russian, and
whether it is published (a draft is kept but not printed)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDialog, QLineEdit, QPlainTextEdit, QWidget

from ...services.newsletter import NewsForm, load_news, save_news
from ...services.office import Office
from ..forms import FieldErrors, lay_out_form, save_showing_refusals


class NewsItemDialog(QDialog):
    """A new item (no `news_id`) on `day`, or an existing one; `saved_id` after Save."""

    def __init__(
        self,
        office: Office,
        news_id: int | None = None,
        day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.office = office
        self.news_id = news_id
        self.saved_id: int | None = None
        # The version of the item read, given back with the save: a change made meanwhile
        # in another window is refused, never overwritten.
        self.version: int | None = None
        self.setWindowTitle(self.tr("News item") if news_id is None else self.tr("Edit news item"))
        self.day_edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.title_en = QLineEdit()
        self.title_ru = QLineEdit()
        self.text_en = QPlainTextEdit()
        self.text_ru = QPlainTextEdit()
        for text in (self.text_en, self.text_ru):
            text.setTabChangesFocus(True)
        self.published = QCheckBox(self.tr("Published: printed in the newsletter"))
        self.errors = FieldErrors()
        self.buttons = lay_out_form(
            self,
            self.errors,
            (
                ("day", self.tr("&Day"), self.day_edit),
                ("title_en", self.tr("Title (English)"), self.title_en),
                ("title_ru", self.tr("Title (Russian)"), self.title_ru),
                ("text_en", self.tr("Text (English)"), self.text_en),
                ("text_ru", self.tr("Text (Russian)"), self.text_ru),
                ("published", "", self.published),
            ),
            self.save,
        )
        form = load_news(office, news_id) if news_id is not None else NewsForm(day=day)
        self.set_form(form)
        self.resize(640, 560)

    def set_form(self, form: NewsForm) -> None:
        self.version = form.version
        self.day_edit.setDate(QDate(form.day or date.today()))
        self.title_en.setText(form.title_en)
        self.title_ru.setText(form.title_ru)
        self.text_en.setPlainText(form.text_en)
        self.text_ru.setPlainText(form.text_ru)
        self.published.setChecked(form.published)

    def form(self) -> NewsForm:
        return NewsForm(
            day=self.day_edit.date().toPython(),
            title_en=self.title_en.text(),
            title_ru=self.title_ru.text(),
            text_en=self.text_en.toPlainText(),
            text_ru=self.text_ru.toPlainText(),
            published=self.published.isChecked(),
            version=self.version,
        )

    def _write(self) -> None:
        self.saved_id = save_news(self.office, self.form(), self.news_id)

    def save(self) -> None:
        if save_showing_refusals(self, self.errors, self._write):
            self.accept()
