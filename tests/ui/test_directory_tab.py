"""The Directory tab driven through real widgets, offscreen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit, QMessageBox

from rocb_desk.services import directory
from rocb_desk.services.office import Office
from rocb_desk.ui.directory.record_dialog import RecordDialog
from rocb_desk.ui.directory.tab import DirectoryTab
from rocb_desk.ui.forms import OptionalDateEdit


@pytest.fixture
def tab(qtbot, demo_office: Office) -> DirectoryTab:
    widget = DirectoryTab(demo_office)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    return shown


def _table_texts(page, column: int) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def _in_dialog(qtbot, act):
    """Run `act(dialog)` on the modal dialog as soon as it is shown."""

    def handle():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecordDialog), dialog
        act(dialog)

    QTimer.singleShot(0, handle)


def _fill(dialog: RecordDialog, **texts: str) -> None:
    for name, value in texts.items():
        editor = dialog.editors[name]
        if isinstance(editor, QLineEdit):
            editor.setText(value)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findText(value))


def _save_button(dialog: RecordDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_every_list_is_filled_in_the_demo_office(tab: DirectoryTab):
    for key, page in tab.page_by_key.items():
        assert page.proxy.rowCount() > 0, key


def test_add_a_contact_point_and_see_it_in_the_table(qtbot, tab: DirectoryTab):
    page = tab.show_list("contact_points")
    before = page.proxy.rowCount()

    def add(dialog: RecordDialog):
        _fill(
            dialog,
            member_id="Montenegro",
            name="Marko Petrović",
            title="Adviser",
            email="m.petrovic@customs.example.org",
        )
        qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)

    _in_dialog(qtbot, add)
    page.add_action.trigger()
    assert page.proxy.rowCount() == before + 1
    assert "Marko Petrović" in _table_texts(page, 1)
    assert page.selected_id() is not None  # the new record is selected
    assert (
        page.model.row_at(page.proxy.mapToSource(page.table.currentIndex())).values["name"]
        == "Marko Petrović"
    )


def test_invalid_email_is_refused_at_the_field_and_nothing_saved(
    qtbot, tab: DirectoryTab, demo_office
):
    page = tab.show_list("contact_points")
    before = len(directory.list_rows(demo_office, "contact_points", include_inactive=True))
    seen: dict[str, object] = {}

    def add(dialog: RecordDialog):
        _fill(dialog, member_id="Montenegro", name="Marko Petrović", email="marko-at-customs")
        qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
        error = dialog.error_labels["email"]
        seen["visible"] = error.isVisible()
        seen["text"] = error.text()
        seen["still_open"] = dialog.isVisible()
        dialog.reject()

    _in_dialog(qtbot, add)
    page.add_action.trigger()
    assert seen["visible"] and seen["still_open"]
    assert "marko-at-customs" in str(seen["text"])
    assert len(directory.list_rows(demo_office, "contact_points", include_inactive=True)) == before


def test_empty_name_and_duplicate_iso_are_refused_at_their_fields(qtbot, tab: DirectoryTab):
    page = tab.show_list("members")
    before = page.proxy.rowCount()
    seen: dict[str, str] = {}

    def add(dialog: RecordDialog):
        _fill(dialog, iso="md", name_en="")
        qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
        seen["iso"] = dialog.error_labels["iso"].text()
        seen["name"] = dialog.error_labels["name_en"].text()
        dialog.reject()

    _in_dialog(qtbot, add)
    page.add_action.trigger()
    assert "MD" in seen["iso"]
    assert seen["name"] == "This field is required."
    assert page.proxy.rowCount() == before


def test_replaced_contact_point_is_kept_in_the_history(qtbot, tab: DirectoryTab, demo_office):
    page = tab.show_list("contact_points")
    page.search.setText("Montenegro")
    assert page.proxy.rowCount() == 0
    page.search.clear()
    first = directory.save(
        demo_office,
        "contact_points",
        None,
        {
            "member_id": next(
                i for i, n in directory.member_choices(demo_office, "en") if n == "Montenegro"
            ),
            "name": "Ana Old",
            "email": "ana@customs.example.org",
            "valid_from": date(2019, 5, 1),
        },
    )
    page.reload()
    page.select_id(first)

    def replace(dialog: RecordDialog):
        _fill(dialog, name="Boris New", email="boris@customs.example.org")
        date_edit = dialog.editors["valid_from"]
        assert isinstance(date_edit, OptionalDateEdit)
        date_edit.set_value(date(2021, 2, 1))
        qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)

    _in_dialog(qtbot, replace)
    page.replace_action.trigger()
    page.search.setText("Montenegro")
    assert _table_texts(page, 1) == ["Boris New"]
    page.show_inactive.setChecked(True)
    assert sorted(_table_texts(page, 1)) == ["Ana Old", "Boris New"]


def test_search_filters_and_columns_sort(qtbot, tab: DirectoryTab):
    page = tab.show_list("members")
    qtbot.keyClicks(page.search, "moldova")
    assert _table_texts(page, 1) == ["Republic of Moldova"]
    page.search.clear()
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    codes = _table_texts(page, 0)
    assert codes == sorted(codes, reverse=True)


def test_deactivate_hides_a_member_until_shown(qtbot, tab: DirectoryTab):
    page = tab.show_list("partners")
    before = page.proxy.rowCount()
    page.table.selectRow(0)
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    page.deactivate_action.trigger()
    assert page.proxy.rowCount() == before - 1
    page.show_inactive.setChecked(True)
    assert page.proxy.rowCount() == before


def test_export_the_shown_list_to_excel_and_word(qtbot, tab: DirectoryTab, tmp_path):
    import docx
    import openpyxl

    page = tab.show_list("rtcs")
    page.export_to(str(tmp_path / "rtcs.xlsx"))
    page.export_to(str(tmp_path / "rtcs.docx"))
    sheet = openpyxl.load_workbook(tmp_path / "rtcs.xlsx").worksheets[0]
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert any("Bishkek" in c for c in cells)
    text = "\n".join(
        cell.text
        for table in docx.Document(tmp_path / "rtcs.docx").tables
        for row in table.rows
        for cell in row.cells
    )
    assert "Almaz Asanbaev" in text


def test_editing_a_record_of_a_deactivated_administration_keeps_it(qtbot, tab, demo_office):
    moldova = next(
        i for i, n in directory.member_choices(demo_office, "en") if n == "Republic of Moldova"
    )
    point = next(
        r
        for r in directory.list_rows(demo_office, "contact_points")
        if r.values["member_id"] == moldova
    )
    directory.set_active(demo_office, "members", moldova, False)
    page = tab.show_list("contact_points")
    page.reload()
    page.select_id(point.id)
    seen: dict[str, str] = {}

    def edit(dialog: RecordDialog):
        seen["administration"] = dialog.editors["member_id"].currentText()
        _fill(dialog, title="Deputy Head")
        qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)

    _in_dialog(qtbot, edit)
    page.edit_action.trigger()
    assert seen["administration"] == "Republic of Moldova"
    saved = directory.get_values(demo_office, "contact_points", point.id)
    assert saved["member_id"] == moldova and saved["title"] == "Deputy Head"


def test_enter_in_the_search_box_does_not_open_a_record(qtbot, tab):
    page = tab.show_list("members")
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    page.search.setFocus()
    opened: list[bool] = []
    page.edit_action.triggered.connect(lambda: opened.append(True))
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened == []
