"""The archive's search box, its filters, the results paged in, the year's numbering."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from rocb_desk.services.letters import register, view
from rocb_desk.services.letters.register import LetterForm
from rocb_desk.services.office import Office
from rocb_desk.ui.letters import exporting
from rocb_desk.ui.letters import search_page as search_module
from rocb_desk.ui.letters.results_model import FOUND, HTML_ROLE
from rocb_desk.ui.letters.search_page import SearchPage


def shown(page: SearchPage) -> list[tuple[str, str]]:
    model = page.model
    return [
        (model.line_at(row).reference, model.line_at(row).language)
        for row in range(model.rowCount())
    ]


def type_search(qtbot, page: SearchPage, text: str) -> None:
    page.search_edit.clear()
    if text.isascii():
        qtbot.keyClicks(page.search_edit, text)
    else:  # QTest types Latin-1 only
        page.search_edit.insert(text)
    # As-you-type: the search runs once the typing pauses.
    qtbot.waitUntil(lambda: page.model.text == text and not page.typing.isActive())


def choose(combo, value) -> None:  # noqa: ANN001
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_typing_finds_the_letter_with_its_words_highlighted(qtbot, page: SearchPage):
    assert page.model.rowCount() == 20  # without words: the whole register, newest first
    type_search(qtbot, page, "contact points")
    assert ("2021/2", "en") in shown(page)
    row = page.model.row_of(view.find_by_reference(page.office, "2021/2", "en"))
    snippet = page.model.index(row, FOUND).data(HTML_ROLE)
    assert "Contact</b>" in snippet and "Points</b>" in snippet
    assert "\x02" not in page.model.index(row, FOUND).data()  # the plain text has no marks
    assert "letter" in page.count_label.text()


def test_a_word_too_common_to_count_says_more_than_the_limit(qtbot, page: SearchPage, monkeypatch):
    from rocb_desk.services.letters import search

    monkeypatch.setattr(search, "COMMON", 2)  # the demo's letters stand for 50,000
    type_search(qtbot, page, "customs")
    assert page.count_label.text().startswith("More than 2 letters found")
    assert "too common to rank" in page.count_label.text()
    page.search_edit.clear()  # no words: the register, counted in full
    page.apply_filters()
    assert page.count_label.text().startswith(f"{page.model.total} letter")
    assert page.model.total > 2


def test_a_russian_word_in_capitals_finds_the_russian_letter(qtbot, page: SearchPage):
    type_search(qtbot, page, "КОНТАКТНЫХ")
    assert ("2021/2", "ru") in shown(page)
    assert all(language == "ru" for _reference, language in shown(page))


def test_a_word_inside_an_attachment_finds_its_letter(qtbot, page: SearchPage):
    type_search(qtbot, page, "needs assessment liaison")
    assert shown(page) == [("2020/3", "en")]


def test_filters_narrow_the_results(qtbot, page: SearchPage):
    everything = page.model.total
    choose(page.direction_combo, "in")
    assert {ref for ref, _ in shown(page)} == {"IN-2021/1", "IN-2021/2", "IN-2021/3"}
    choose(page.language_combo, "ru")
    assert shown(page) == [("IN-2021/3", "ru")]
    page.direction_combo.setCurrentIndex(0)
    page.language_combo.setCurrentIndex(0)
    assert page.model.total == everything
    choose(page.year_combo, 2020)
    assert page.model.total == 10
    assert all(ref.startswith("2020/") for ref, _ in shown(page))
    page.year_combo.setCurrentIndex(0)
    choose(page.restriction_combo, "confidential")
    assert shown(page) == [("2021/4", "en")]
    page.restriction_combo.setCurrentIndex(0)
    choose(page.tag_combo, "needs assessment")
    assert {ref for ref, _ in shown(page)} == {"IN-2021/1", "2021/1", "2021/4"}
    page.tag_combo.setCurrentIndex(0)
    moldova = next(
        i
        for i in range(page.correspondent_combo.count())
        if page.correspondent_combo.itemText(i) == "Republic of Moldova"
    )
    page.correspondent_combo.setCurrentIndex(moldova)
    assert ("IN-2021/2", "en") in shown(page)
    assert page.model.total < everything
    type_search(qtbot, page, "contact")
    assert 0 < page.model.total < everything


def test_the_years_numbering_shows_its_gaps(page: SearchPage, demo_office: Office):
    choose(page.year_combo, 2021)
    assert "Outgoing 2021: last 2021/4" in page.numbering_label.text()
    assert "Incoming 2021: last IN-2021/3" in page.numbering_label.text()
    register.register_letter(
        demo_office,
        LetterForm(
            subject="From the paper archive", letter_date=date(2021, 6, 1), reference="2021/6"
        ),
    )
    page.reload()
    assert "last 2021/6, missing 5" in page.numbering_label.text()
    choose(page.direction_combo, "in")
    assert "Outgoing" not in page.numbering_label.text()


def test_the_results_table_reads_only_the_pages_it_shows(
    qtbot, page: SearchPage, demo_office: Office
):
    """The scroll bar covers every letter found; only the screenful shown is read, and
    the bottom of the list is reached without reading the pages between."""
    for number in range(120):
        register.register_letter(
            demo_office,
            LetterForm(subject=f"Routine letter {number}", letter_date=date(2022, 1, 3)),
        )
    page.reload()
    model = page.model
    assert model.rowCount() == model.total == 140
    assert model.held_rows() <= 2 * model.page_size
    page.table.scrollToBottom()
    qtbot.wait(10)
    oldest = model.line_at(model.rowCount() - 1)
    assert oldest.letter_date < date(2022, 1, 3)  # the demo's letters come last, oldest at the end
    assert model.fetched_rows <= 3 * model.page_size
    assert model.held_rows() < model.total


def test_keyboard_ctrl_f_searches_and_enter_opens(qtbot, page: SearchPage, monkeypatch):
    opened = []
    monkeypatch.setattr(
        search_module.LetterDialog,
        "edit",
        classmethod(
            lambda cls, parent, office, letter_id: (opened.append(letter_id), (None, False))[1]
        ),
    )
    page.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [page.model.line_at(0).id]


def test_a_draft_can_be_deleted_and_its_number_given_again(page: SearchPage, demo_office: Office):
    draft = register.register_letter(
        demo_office,
        LetterForm(subject="Draft to drop", letter_date=date(2021, 5, 1), status="draft"),
    )
    assert draft.reference == "2021/5"
    page.reload()
    page.select_letter(draft.id)
    assert page.delete_action.isEnabled()
    page.delete_action.trigger()
    assert page.model.row_of(draft.id) == -1
    assert view.numbering(demo_office, "out", 2021).last == 4


def test_ctrl_e_exports_the_selected_letter(qtbot, page: SearchPage, tmp_path, monkeypatch):
    target = tmp_path / "2021-2.docx"
    monkeypatch.setattr(
        exporting.QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "")
    )
    page.select_letter(view.find_by_reference(page.office, "2021/2", "ru"))
    page.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    from docx import Document

    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "Актуализация" in text
    page.select_letter(view.find_by_reference(page.office, "IN-2021/1", "en"))
    assert not page.export_action.isEnabled()  # an incoming letter is not on our letterhead
