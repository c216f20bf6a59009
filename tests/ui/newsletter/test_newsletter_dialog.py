"""The newsletter dialog on the demo office: the quarter's news items written, edited and
deleted, the count of what the newsletter holds, and the newsletter made as Word or PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QMessageBox

from rocb_desk.services.newsletter import Quarter, list_news
from rocb_desk.services.office import Office
from rocb_desk.ui.newsletter import NewsletterDialog
from rocb_desk.ui.newsletter.item_dialog import NewsItemDialog

Q1 = Quarter(2021, 1)


@pytest.fixture
def said(monkeypatch):  # noqa: ANN201
    """Questions answered Yes; warnings recorded, never shown."""
    recorded: dict[str, list[str]] = {"question": [], "warning": []}

    def question(_parent, _title, text, *_args, **_kwargs):  # noqa: ANN001, ANN202
        recorded["question"].append(text)
        return QMessageBox.StandardButton.Yes

    def warning(_parent, _title, text, *_args, **_kwargs):  # noqa: ANN001, ANN202
        recorded["warning"].append(text)

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    return recorded


@pytest.fixture
def dialog(qtbot, demo_office: Office, said):  # noqa: ANN001, ANN201
    widget = NewsletterDialog(demo_office, None)
    qtbot.addWidget(widget)
    widget.set_quarter(Q1)
    return widget


def _titles(dialog: NewsletterDialog) -> list[str]:
    return [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]


def _fill(monkeypatch, fill) -> list[NewsItemDialog]:  # noqa: ANN001
    """The editor filled in by `fill` and saved, instead of shown."""
    opened: list[NewsItemDialog] = []

    def ask(_self, editor: NewsItemDialog) -> bool:
        opened.append(editor)
        fill(editor)
        editor.save()
        return editor.result() == NewsItemDialog.DialogCode.Accepted

    monkeypatch.setattr(NewsletterDialog, "ask", ask)
    return opened


def test_the_quarter_shows_its_items_and_the_count(dialog: NewsletterDialog):
    assert _titles(dialog) == [
        "WCO training materials in English and Russian in the e-Training Section",
        "ROCB Europe Analytics presented to the Member Administrations",
        "Call for review articles repeated",
    ]
    assert [dialog.table.item(row, 2).text() for row in range(3)] == ["Yes", "Yes", "Draft"]
    # Six events of section D, no public letter in the demo, two published items.
    assert dialog.preview.text() == "Events: 6; letters: 0; news: 2"
    assert not dialog.edit_button.isEnabled() and not dialog.delete_button.isEnabled()
    dialog.quarter_combo.setCurrentIndex(1)  # 2021 Q2: nothing
    assert dialog.table.rowCount() == 0
    assert dialog.preview.text() == "Events: 0; letters: 0; news: 0"
    dialog.year_spin.setValue(2020)
    dialog.quarter_combo.setCurrentIndex(3)  # 2020 Q4
    assert dialog.preview.text() == "Events: 5; letters: 0; news: 0"  # 20 November to 18 December


def test_a_new_item_is_saved_and_counted_when_published(dialog, monkeypatch, demo_office):
    def fill(editor: NewsItemDialog) -> None:
        assert editor.day_edit.date().toPython() == Q1.start  # the quarter's first day
        editor.day_edit.setDate(QDate(2021, 2, 15))
        editor.title_en.setText("Newsletter restarted")
        editor.text_en.setPlainText("The first issue of the quarterly newsletter.")
        editor.published.setChecked(True)

    _fill(monkeypatch, fill)
    news_id = dialog.new_item()
    assert news_id is not None
    assert "Newsletter restarted" in _titles(dialog)
    assert dialog.selected_id() == news_id
    assert dialog.preview.text() == "Events: 6; letters: 0; news: 3"


def test_a_refused_item_stays_open_with_the_reason_at_its_field(dialog, monkeypatch, demo_office):
    opened = _fill(monkeypatch, lambda editor: editor.title_en.clear())
    assert dialog.new_item() is None
    (editor,) = opened
    assert editor.errors.labels["title_en"].text() == (
        "A news item needs a title in English or in Russian."
    )
    assert len(list_news(demo_office, Q1)) == 3


def test_editing_moves_an_item_to_another_quarter_and_shows_it_there(dialog, monkeypatch):
    dialog.table.selectRow(2)  # the draft
    assert dialog.edit_button.isEnabled()

    def fill(editor: NewsItemDialog) -> None:
        assert editor.title_en.text() == "Call for review articles repeated"
        assert not editor.published.isChecked()
        editor.day_edit.setDate(QDate(2021, 4, 6))
        editor.published.setChecked(True)

    _fill(monkeypatch, fill)
    news_id = dialog.edit_item()
    assert dialog.quarter() == Quarter(2021, 2)
    assert _titles(dialog) == ["Call for review articles repeated"]
    assert dialog.selected_id() == news_id
    assert dialog.preview.text() == "Events: 0; letters: 0; news: 1"


def test_delete_asks_first(dialog, said, demo_office):
    dialog.table.selectRow(0)
    assert dialog.delete_item()
    assert said["question"] == ["Delete the selected news item?"]
    assert len(list_news(demo_office, Q1)) == 2
    assert dialog.table.rowCount() == 2
    assert dialog.preview.text() == "Events: 6; letters: 0; news: 1"


@pytest.mark.parametrize(("suffix", "lang"), [(".docx", "ru"), (".pdf", "en")])
def test_the_newsletter_is_made_in_the_language_chosen(
    dialog, monkeypatch, tmp_path: Path, suffix: str, lang: str
):
    target = tmp_path / f"newsletter{suffix}"
    asked: list[str] = []

    def save_as(_parent, _title, name, _filters, *_args):  # noqa: ANN001, ANN202
        asked.append(name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData(lang))
    assert dialog.make_newsletter() == target
    assert asked == [f"newsletter-2021Q1-{lang}.docx"]
    assert target.exists()
    if suffix == ".docx":
        text = "\n".join(p.text for p in docx.Document(target).paragraphs)
        assert "Платформа ROCB Europe Analytics представлена администрациям-членам" in text
        assert "18–22 января 2021" in text


def test_a_file_of_another_kind_becomes_the_kind_chosen(dialog, monkeypatch, tmp_path: Path):
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(tmp_path / "issue"), "PDF document (*.pdf)"),
    )
    assert dialog.make_newsletter() == tmp_path / "issue.pdf"


def test_cancel_and_a_refused_folder(dialog, monkeypatch, tmp_path: Path, said):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert dialog.make_newsletter() is None
    missing = tmp_path / "nowhere" / "n.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    assert dialog.make_newsletter() is None
    assert len(said["warning"]) == 1 and "does not exist" in said["warning"][0]
    assert not missing.exists()


def test_the_dialog_opens_on_the_current_quarter(qtbot, demo_office):
    widget = NewsletterDialog(demo_office)
    qtbot.addWidget(widget)
    assert widget.quarter() == Quarter.of(date.today())
