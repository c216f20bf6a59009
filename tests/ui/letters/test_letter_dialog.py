"""The letter editor: a letter's translation and thread, registering, refusals at the
field, files dropped onto a letter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from rocb_desk.i18n import current_language
from rocb_desk.services.letters import search, view
from rocb_desk.services.office import Office
from rocb_desk.ui.letters.letter_dialog import LetterDialog
from rocb_desk.ui.letters.letter_panels import FilesPanel


def letter_id(office: Office, reference: str, language: str = "en") -> int:
    found = view.find_by_reference(office, reference, language)
    assert found is not None
    return found


def count(office: Office) -> int:
    return search.search(office, "").total


def open_dialog(qtbot, office: Office, reference: str | None, language: str = "en"):  # noqa: ANN201
    dialog = LetterDialog(office, letter_id(office, reference, language) if reference else None)
    qtbot.addWidget(dialog)
    return dialog


def drop(panel: FilesPanel, *paths: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    panel.dropEvent(event)


def test_a_letter_shows_its_translation_answers_and_thread(qtbot, demo_office: Office):
    dialog = open_dialog(qtbot, demo_office, "2021/2")
    assert dialog.windowTitle() == "Letter 2021/2 (English)"
    links = dialog.links
    assert "2021/2" in links.translation_label.text()
    assert "Актуализация" in links.translation_label.text()  # the Russian version's subject
    assert not links.new_translation_button.isVisibleTo(dialog)
    answers = [links.answers.item(i).text() for i in range(links.answers.count())]
    assert [text.split(" · ")[0] for text in answers] == ["IN-2021/2", "IN-2021/3"]
    assert links.thread.count() == 3
    assert (
        dialog.subject_edit.text() == "Update of the National Contact Points for Capacity Building"
    )
    assert dialog.correspondents.circular_check.isChecked()
    assert dialog.correspondents.list.count() > 40
    assert "National Contact Point for Capacity Building" in dialog.body.edit.toPlainText()
    assert not dialog.has_unsaved_changes()  # reading the body back changes nothing

    answer = open_dialog(qtbot, demo_office, "IN-2021/2")
    assert answer.links.reply_edit.text() == "2021/2"
    assert answer.links.in_reply_to_id() == letter_id(demo_office, "2021/2")


def test_registering_an_outgoing_letter_numbers_it(qtbot, demo_office: Office):
    before = count(demo_office)
    dialog = open_dialog(qtbot, demo_office, None)
    dialog.direction_combo.setCurrentIndex(dialog.direction_combo.findData("out"))
    dialog.date_edit.setDate(QDate(2021, 5, 3))
    assert dialog.status_combo.currentData() == "sent"
    assert dialog.reference_edit.placeholderText().startswith("2021/5")
    dialog.subject_edit.setText("Nomination of experts for the regional workshop")
    dialog.correspondents.chooser.setEditText("Republic of Moldova")
    dialog.correspondents.add_typed()
    dialog.correspondents.chooser.setEditText("Customs Academy of Nowhere")
    dialog.correspondents.add_typed()
    dialog.tags_edit.setText("Experts, workshop")
    dialog.body.set_markdown("Dear colleagues,\n\nPlease nominate **two** experts.\n")
    assert dialog.try_save(close=False)
    assert dialog.letter.reference == "2021/5"
    assert count(demo_office) == before + 1
    saved = view.letter_view(demo_office, dialog.letter_id, "en")
    assert [c.kind for c in saved.form.correspondents] == ["member", "name"]
    assert saved.form.tags == {"experts", "workshop"}
    assert "**two**" in saved.form.body
    assert not dialog.direction_combo.isEnabled()  # a registered letter keeps its number
    assert search.search(demo_office, "nominate two experts").hits[0].reference == "2021/5"


def test_a_refused_field_is_shown_at_the_field_and_nothing_is_saved(qtbot, demo_office: Office):
    before = count(demo_office)
    dialog = open_dialog(qtbot, demo_office, None)
    dialog.date_edit.setDate(QDate(2021, 5, 3))
    dialog.reference_edit.setText("IN-2020/9")  # a number of 2020 on a letter of 2021
    assert not dialog.try_save(close=False)
    subject_error = dialog.errors.labels["subject"]
    assert subject_error.isVisibleTo(dialog) and subject_error.text() == "This field is required."
    assert dialog.tabs.currentIndex() == 0
    assert count(demo_office) == before
    dialog.subject_edit.setText("Letter of the paper archive")
    assert not dialog.try_save(close=False)
    assert "2020" in dialog.errors.labels["reference"].text()
    assert not dialog.errors.labels["subject"].isVisibleTo(dialog)
    assert count(demo_office) == before


def test_an_unknown_letter_answered_is_refused(qtbot, demo_office: Office):
    dialog = open_dialog(qtbot, demo_office, "2021/4")
    assert dialog.links.reply_edit.text() == "IN-2021/1"
    dialog.links.reply_edit.setText("IN-2019/99")
    assert not dialog.try_save(close=False)
    assert "IN-2019/99" in dialog.links.reply_error.text()
    assert dialog.tabs.currentWidget() is dialog.links
    kept = view.letter_view(demo_office, dialog.letter_id, "en")
    assert kept.answers is not None and kept.answers.reference == "IN-2021/1"


def test_dropping_files_onto_a_letter_files_them(qtbot, demo_office: Office, tmp_path: Path):
    note = tmp_path / "handwritten-note.txt"
    note.write_text("Remark about the quokkaword in the margin.", encoding="utf-8")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 truncated scan")
    dialog = open_dialog(qtbot, demo_office, "IN-2021/1")
    drop(dialog.files, note, scan)
    assert dialog.changed
    rows = {line.name: line for line in dialog.files.model.lines}
    assert set(rows) == {"handwritten-note.txt", "scan.pdf"}
    statuses = {
        name: dialog.files.model.index(row, 2).data()
        for row, name in enumerate(line.name for line in dialog.files.model.lines)
    }
    assert statuses == {"handwritten-note.txt": "text indexed", "scan.pdf": "text not extracted"}
    assert [h.reference for h in search.search(demo_office, "quokkaword").hits] == ["IN-2021/1"]
    assert note.exists()  # the original stays where it was


def test_files_dropped_on_a_new_letter_are_filed_when_it_is_saved(
    qtbot, demo_office: Office, tmp_path: Path
):
    note = tmp_path / "incoming.txt"
    note.write_text("The wombatword appears only here.", encoding="utf-8")
    dialog = open_dialog(qtbot, demo_office, None)
    drop(dialog.files, note)
    assert dialog.files.model.index(0, 2).data() == "filed when the letter is saved"
    assert dialog.has_unsaved_changes()
    dialog.subject_edit.setText("Letter with a file")
    dialog.date_edit.setDate(QDate(2021, 3, 1))
    assert dialog.try_save(close=False)
    assert dialog.letter.reference == "IN-2021/4"
    assert [f.name for f in dialog.letter.files] == ["incoming.txt"]
    assert [h.reference for h in search.search(demo_office, "wombatword").hits] == ["IN-2021/4"]


def test_registering_a_translation_links_it_both_ways(qtbot, demo_office: Office):
    original = view.letter_view(demo_office, letter_id(demo_office, "IN-2021/1"), "en")
    assert original.translation is None
    dialog = LetterDialog(demo_office, None, translation_of=original)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Translation of IN-2021/1"
    assert dialog.reference_edit.text() == "IN-2021/1" and dialog.reference_edit.isReadOnly()
    assert dialog.language_combo.currentData() == "ru"
    assert not dialog.language_combo.isEnabled()
    dialog.subject_edit.setText("Оценка потребностей в наращивании потенциала")
    assert dialog.try_save(close=False)
    again = view.letter_view(demo_office, original.id, current_language())
    assert again.translation is not None and again.translation.id == dialog.letter_id
    assert dialog.letter.translation.id == original.id


def test_closing_with_changes_offers_to_save_them(qtbot, demo_office: Office, monkeypatch):
    dialog = open_dialog(qtbot, demo_office, "2021/3")
    dialog.show()
    dialog.subject_edit.setText(dialog.subject_edit.text() + " (corrected)")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Save)
    dialog.reject()
    assert view.letter_view(demo_office, dialog.letter_id, "en").form.subject.endswith(
        "(corrected)"
    )
    assert not dialog.isVisible()


def test_an_attachment_opens_under_its_own_name(qtbot, demo_office: Office, monkeypatch):
    from rocb_desk.ui.letters import letter_panels

    opened = []
    monkeypatch.setattr(
        letter_panels.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile())
    )
    dialog = open_dialog(qtbot, demo_office, "2020/3")
    assert dialog.tabs.tabText(3) == "&Attachments (1)"
    dialog.files.table.selectRow(0)
    dialog.files.open_button.click()
    assert len(opened) == 1
    viewed = Path(opened[0])
    assert viewed.name == "role-of-contact-points.pdf"
    assert viewed.read_bytes().startswith(b"%PDF")


def test_a_letter_is_evidence_of_the_work_plan_activities_it_serves(qtbot, demo_office: Office):
    from rocb_desk.services.workplan.review import review

    dialog = open_dialog(qtbot, demo_office, "2021/2")
    activities = dialog.links.activities
    labels = {label: choice_id for choice_id, label in activities.model.choices}
    assert len(labels) == 27  # the plan 2020/2021, the letter's year
    checked = [label for label, choice_id in labels.items() if choice_id in activities.value()]
    assert [label.split(" ")[2] for label in checked] == ["3.5"]  # the circular's activity

    other = next(choice_id for label, choice_id in labels.items() if " 6.1 " in label)
    activities.set_value(activities.value() | {other})
    assert dialog.has_unsaved_changes()
    assert dialog.try_save(close=False)
    saved = view.letter_view(demo_office, letter_id(demo_office, "2021/2"), "en").form
    assert saved.activity_ids == set(activities.value()) and len(saved.activity_ids) == 2

    # A letter dated in another financial year is offered that year's plan, its links kept.
    dialog.date_edit.setDate(QDate(2021, 6, 1))
    offered = [label for _id, label in activities.model.choices]
    assert sum(label.startswith("2021/2022 ") for label in offered) == 19
    assert sum(label.startswith("2020/2021 ") for label in offered) == 2  # the two linked
    assert {r.number: r.evidence for r in review(demo_office, 2020, "en")}["6.1"] == 3
