"""The ledger page driven through its widgets, offscreen, on the demo office's books."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QStyleOptionViewItem

from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services.books import ledger, years
from rocb_desk.services.office import Office
from rocb_desk.ui.books.entry_dialog import EntryDialog
from rocb_desk.ui.books.import_dialog import ImportDialog
from rocb_desk.ui.books.ledger_model import EXPENSE, INCOME
from rocb_desk.ui.books.ledger_page import LedgerPage
from tests.ui.events import on_dialog


@pytest.fixture(autouse=True)
def answer_yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)


@pytest.fixture
def page(qtbot, demo_office: Office) -> LedgerPage:
    widget = LedgerPage(demo_office)
    qtbot.addWidget(widget)
    widget.show()
    widget.year_combo.setCurrentIndex(widget.year_combo.findData(2020))
    return widget


def _on_dialog(act):  # noqa: ANN001, ANN202
    on_dialog(act)


def test_the_demo_year_with_its_totals(page: LedgerPage):
    assert page.model.total == 67
    assert "63,957.82" in page.totals_label.text() and "12,196.48" in page.totals_label.text()
    page.chapter_combo.setCurrentIndex(page.chapter_combo.findData(2))
    assert "9,919.79" in page.totals_label.text()
    page.chapter_combo.setCurrentIndex(0)  # all chapters again
    page.counterparty_edit.setText("Moldova")
    assert page.model.total == 1  # its contribution


def test_the_totals_line_follows_every_count_a_sort_included(
    qtbot, page: LedgerPage, demo_office: Office
):
    """An entry written elsewhere (another window, another desk) is counted again when the
    table is sorted: the totals line shows that count and its sums, not the old ones."""
    ledger.post(
        demo_office,
        {"date": date(2021, 3, 15), "type": "expense", "code": "2.4", "amount": "120.00"},
    )
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(EXPENSE) + header.sectionSize(EXPENSE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert page.model.descending or page.model.order == "amount"  # the click sorted
    assert page.model.total == 68
    assert (
        page.totals_label.text().startswith("68 lines shown")
        and "12,316.48" in page.totals_label.text()
    )


def test_add_an_entry_through_the_dialog(qtbot, page: LedgerPage, demo_office: Office):
    def fill(dialog: EntryDialog):
        dialog.date_edit.setDate(date(2021, 3, 15))
        dialog.code_combo.setCurrentIndex(dialog.code_combo.findData("2.4"))
        dialog.amount_edit.setText("120.00")
        dialog.description_edit.setText("Translation of the circular letter")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    _on_dialog(fill)
    page.add()
    assert page.model.total == 68
    assert "12,316.48" in page.totals_label.text()
    line = page.selected_line()
    assert line is not None and line.description == "Translation of the circular letter"


def test_a_bad_amount_is_refused_at_the_field(qtbot, page: LedgerPage, demo_office: Office):
    seen = {}

    def fill(dialog: EntryDialog):
        dialog.amount_edit.setText("12.345")
        dialog.date_edit.setDate(date(2021, 3, 15))
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        seen["error"] = dialog.errors.labels["amount"].text()
        dialog.reject()

    _on_dialog(fill)
    page.add()
    assert "12.345" in seen["error"]
    assert ledger.entry_count(demo_office) == 67


def test_a_closed_year_is_locked_in_the_table(page: LedgerPage, demo_office: Office):
    page.close_year()
    assert years.is_year_closed(demo_office, FinancialYear(2020))
    page.table.selectRow(0)
    assert not page.edit_action.isEnabled() and not page.delete_action.isEnabled()
    assert page.reverse_action.isEnabled() and page.reopen_action.isEnabled()
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)


def test_the_table_draws_the_texts_alignment_and_grey_its_lines_have(
    page: LedgerPage, demo_office: Office
):
    """The table's delegate asks for a cell's roles in one call (multiData): what it is
    given to draw must be what the model says of the cell, role by role."""
    page.close_year()  # the year's lines are greyed
    view, model = page.table, page.model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            option = QStyleOptionViewItem()
            view.itemDelegate().initStyleOption(option, index)
            assert option.text == model.data(index), (row, column)
            amount = column in (INCOME, EXPENSE)
            assert bool(option.displayAlignment & Qt.AlignmentFlag.AlignRight) == amount
            assert option.palette.color(QPalette.ColorRole.Text) == model._greyed.color()


def test_the_table_reads_only_the_pages_it_shows(qtbot, demo_office: Office, tmp_path: Path):
    """A year of 1,200 lines: the scroll bar covers all of them, the table holds a few
    pages, and Ctrl+End lands on the last line without reading the ones between."""
    from rocb_desk.services.books.ledger_import import import_ledger

    path = tmp_path / "many.csv"
    path.write_text(
        "date,type,code,amount,description\n"
        + "".join(
            f"2021-{5 + i // 240:02d}-{1 + i % 28:02d},expense,2.1,1.00,Line {i}\n"
            for i in range(1200)
        )
    )
    import_ledger(demo_office, path)
    widget = LedgerPage(demo_office)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    widget.year_combo.setCurrentIndex(widget.year_combo.findData(2021))
    qtbot.waitExposed(widget)
    model = widget.model
    assert model.rowCount() == model.total == 1200
    assert "1,200.00" in widget.totals_label.text()
    assert model.held_rows() <= 2 * model.page_size
    first = widget.table.visualRect(model.index(0, 1)).center()
    qtbot.mouseClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.keyClick(widget.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(10)
    last = widget.selected_line()
    assert last is not None and last.entry_date == date(2021, 9, 28)
    assert widget.table.currentIndex().row() == 1199
    # The first page and the last: never the 800 lines between them.
    assert model.fetched_rows <= 3 * model.page_size
    assert model.held_rows() < model.total


def test_sorting_is_done_by_the_database(page: LedgerPage):
    page.table.sortByColumn(8, Qt.SortOrder.DescendingOrder)  # expenditure, largest first
    assert page.model.line_at(0).amount >= page.model.line_at(1).amount


def test_import_preview_refuses_a_file_with_a_bad_row(
    qtbot, page: LedgerPage, tmp_path: Path, demo_office: Office
):
    path = tmp_path / "bad.csv"
    path.write_text(
        "date,type,code,amount\n2021-05-01,expense,2.1,10.00\n2021-05-02,expense,8.8,1.00\n"
    )
    seen = {}

    def look(dialog: ImportDialog):
        seen["enabled"] = dialog.import_button.isEnabled()
        model = dialog.table.model()
        seen["reason"] = model.data(model.index(1, 1))  # beside the row number
        dialog.reject()

    _on_dialog(look)
    assert ImportDialog.run(page, demo_office, path) is False
    assert seen["enabled"] is False and "8.8" in seen["reason"]
    assert ledger.entry_count(demo_office) == 67


def test_the_history_of_an_entry_shows_who_changed_what(qtbot, page: LedgerPage, demo_office):
    from rocb_desk.services import audit_view
    from rocb_desk.ui.audit_dialog import AuditDialog

    line = next(
        page.model.line_at(r)
        for r in range(page.model.rowCount())
        if page.model.line_at(r).kind == "expense"
    )
    values = ledger.entry_values(demo_office, line.id)
    ledger.update_entry(demo_office, line.id, values | {"description": "Corrected description"})
    lines = audit_view.history(demo_office, "ledger_entry", line.id)
    assert [entry.action for entry in lines] == ["demo", "update"]
    assert "Corrected description" in lines[-1].changes and lines[-1].actor == "tester"
    seen = {}

    def look(dialog: AuditDialog):
        model = dialog.table.model()
        seen["rows"] = model.rowCount()
        seen["changes"] = model.data(model.index(1, 4))
        dialog.reject()

    _on_dialog(look)
    page.apply_filters()
    page.table.selectRow(page.model.row_of(line.id))
    page.show_history()
    assert seen["rows"] == 2 and "Corrected description" in seen["changes"]


def test_the_year_history_keeps_deleted_entries(page: LedgerPage, demo_office):
    from rocb_desk.services import audit_view

    line = page.model.line_at(0)
    ledger.delete_entry(demo_office, line.id)
    actions = [entry.action for entry in audit_view.year_history(demo_office, FinancialYear(2020))]
    assert actions.count("delete") == 1 and actions.count("demo") == 67


def test_attach_and_open_a_receipt(
    qtbot, page: LedgerPage, demo_office, tmp_path: Path, monkeypatch
):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    scan = tmp_path / "zoom-invoice.pdf"
    scan.write_bytes(b"%PDF-1.4 invoice")
    line = next(
        page.model.line_at(r)
        for r in range(page.model.rowCount())
        if page.model.line_at(r).kind == "expense"
    )
    page.table.selectRow(page.model.row_of(line.id))
    assert not page.open_receipt_action.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    page.attach_receipt()
    assert page.open_receipt_action.isEnabled()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    page.open_receipt()
    assert Path(opened[0]).name == "zoom-invoice.pdf"
    assert Path(opened[0]).read_bytes() == b"%PDF-1.4 invoice"


def test_lines_deleted_in_another_window_show_empty_and_the_table_counts_again(
    qtbot, demo_office: Office
):
    from rocb_desk.services.books.ledger_query import LedgerFilter
    from rocb_desk.ui.books.ledger_model import LedgerTableModel

    ids = [
        ledger.post(
            demo_office,
            {"date": date(2021, 5, day), "type": "expense", "code": "2.1", "amount": "5.00"},
        )[0]
        for day in (3, 4, 5)
    ]
    model = LedgerTableModel(demo_office)
    model.set_filters(LedgerFilter(year=FinancialYear(2021)))
    counted = model.total
    for entry_id in ids[:2]:  # another window deletes two of them
        ledger.delete_entry(demo_office, entry_id)
    assert model.line_at(counted - 1) is None  # past the real end: shown empty, no crash
    qtbot.waitUntil(lambda: model.total == counted - 2)
    assert model.line_at(model.total - 1).id == ids[2]
