"""The composer of outgoing letters: a draft reserves its number, the letter is exported
on the letterhead (read back), a circular gives one PDF per addressee and one combined."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog

from rocb_desk.services import directory
from rocb_desk.services.letters import view
from rocb_desk.services.office import Office
from rocb_desk.ui.letters.composer import ComposerDialog


def member(office: Office, name: str) -> int:
    return next(i for i, label in directory.member_choices(office, "en") if label == name)


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.fixture
def composer(qtbot, demo_office: Office) -> ComposerDialog:
    dialog = ComposerDialog(demo_office, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def write(dialog: ComposerDialog) -> None:
    dialog.date_edit.setDate(QDate(2021, 5, 3))
    dialog.subject_edit.setText("Nomination of a national expert")
    dialog.body.edit.setFocus()
    dialog.body.set_markdown("")
    cursor = dialog.body.edit.textCursor()
    cursor.insertText("Dear Colleague, we kindly ask for ")
    dialog.body.set_bold(True)
    dialog.body.edit.insertPlainText("one expert")
    dialog.body.set_bold(False)
    dialog.body.edit.insertPlainText(" by 1 June.")


def test_a_draft_reserves_its_number_and_exports_on_the_letterhead(
    composer: ComposerDialog, demo_office: Office, tmp_path: Path, monkeypatch
):
    write(composer)
    moldova = member(demo_office, "Republic of Moldova")
    composer.member_combo.setCurrentIndex(composer.member_combo.findData(moldova))
    assert composer.restriction_combo.currentData() == "members"
    assert composer.save_draft()
    assert composer.reference == "2021/5"
    assert composer.windowTitle() == "Outgoing letter 2021/5"
    letter = view.letter_view(demo_office, composer.letter_id, "en")
    assert letter.form.status == "draft"
    assert "**one expert**" in letter.form.body
    assert [(c.kind, c.id) for c in letter.form.correspondents] == [("member", moldova)]

    target = tmp_path / "out" / "letter.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "PDF document (*.pdf)")
    )
    composer.pdf_button.click()
    text = pdf_text(target)
    assert "2021/5" in text and "Nomination of a national expert" in text
    assert "one expert" in text and "Moldova" in text

    assert composer.register_sent()
    assert view.letter_view(demo_office, composer.letter_id, "en").form.status == "sent"
    assert view.numbering(demo_office, "out", 2021).last == 5


def test_the_contact_point_of_the_administration_is_shown(composer: ComposerDialog):
    names = [composer.member_combo.itemText(i) for i in range(composer.member_combo.count())]
    shown = set()
    for index in range(len(names)):
        composer.member_combo.setCurrentIndex(index)
        shown.add(composer.contact_label.text())
    assert any(text.startswith("To the attention of ") for text in shown)


def test_a_refused_subject_is_shown_and_nothing_saved(composer: ComposerDialog, demo_office):
    composer.date_edit.setDate(QDate(2021, 5, 3))
    assert not composer.save_draft()
    assert composer.errors.labels["subject"].text() == "This field is required."
    assert composer.letter_id is None
    assert view.numbering(demo_office, "out", 2021).last == 4


def test_a_circular_to_chosen_administrations_gives_a_pdf_for_each(
    composer: ComposerDialog, demo_office: Office, tmp_path: Path, monkeypatch
):
    write(composer)
    composer.some_button.setChecked(True)
    chosen = {member(demo_office, "Georgia"), member(demo_office, "Armenia")}
    composer.some_list.set_value(chosen)
    composer.language_combo.setCurrentIndex(composer.language_combo.findData("ru"))
    assert composer.save_draft()
    letter = view.letter_view(demo_office, composer.letter_id, "en")
    assert letter.form.circular and {c.id for c in letter.form.correspondents} == chosen
    assert composer.circular_button.isEnabled()
    folder = tmp_path / "circular"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    composer.circular_button.click()
    written = sorted(folder.glob("*.pdf"))
    assert len(written) == 3  # one each, and the two together
    texts = [pdf_text(path) for path in written]
    assert sum("Грузия" in text for text in texts) == 2


def test_an_outgoing_draft_opens_again_in_the_composer(qtbot, demo_office: Office):
    first = ComposerDialog(demo_office, None)
    qtbot.addWidget(first)
    write(first)
    first.all_button.setChecked(True)
    assert first.save_draft()
    again = ComposerDialog(demo_office, first.letter_id)
    qtbot.addWidget(again)
    assert again.all_button.isChecked()
    assert again.subject_edit.text() == "Nomination of a national expert"
    assert again.date_edit.date().toPython() == date(2021, 5, 3)
    assert not again.has_unsaved_changes()
    assert "one expert" in again.body.edit.toPlainText()
