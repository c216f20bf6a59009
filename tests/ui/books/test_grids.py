"""The contributions grid, the budget view and the two charts, as real widgets offscreen."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox

from rocb_desk.domain.books import ContributionStatus
from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services.books import budget, contributions
from rocb_desk.services.office import Office
from rocb_desk.ui.books.budget_view import BudgetModel, BudgetView
from rocb_desk.ui.books.charts import ContributionsTrendChart, ExpenditureChart
from rocb_desk.ui.books.grids import STATUS_ROLE, ContributionsModel, ContributionsView
from rocb_desk.ui.hub import hub

Y2020 = FinancialYear(2020)
Y2021 = FinancialYear(2021)
BACKGROUND = Qt.ItemDataRole.BackgroundRole


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    return shown


@pytest.fixture
def grid(qtbot, demo_office: Office) -> ContributionsView:
    view = ContributionsView(demo_office)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    return view


@pytest.fixture
def budget_view(qtbot, demo_office: Office) -> BudgetView:
    view = BudgetView(demo_office)
    qtbot.addWidget(view)
    view.show()
    return view


def _column(model, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> list:
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def _member_row(view: ContributionsView, label: str) -> int:
    names = _column(view.model, ContributionsModel.NAME)
    return names.index(label)


# --- contributions --------------------------------------------------------------------


def test_grid_shows_the_contributors_of_2020_2021(grid: ContributionsView) -> None:
    model = grid.model
    assert Y2020 in grid.years() and Y2021 in grid.years()
    assert model.rowCount() == 51
    statuses = _column(model, model.year_column(Y2020), STATUS_ROLE)
    contributed = [
        s for s in statuses if s in (ContributionStatus.PAID, ContributionStatus.PARTIAL)
    ]
    assert len(contributed) == 37
    assert statuses.count(ContributionStatus.PARTIAL) == 3
    assert grid.table.objectName() == "contributionsTable"
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header[-1] == "Arrears" and "2020/2021" in header


def test_partial_cells_are_coloured_apart_from_paid_ones(grid: ContributionsView) -> None:
    model = grid.model
    column = model.year_column(Y2020)
    colours: dict[ContributionStatus, set[str]] = {}
    for row in range(model.rowCount()):
        index = model.index(row, column)
        colours.setdefault(index.data(STATUS_ROLE), set()).add(
            index.data(BACKGROUND).color().name()
        )
    paid, partial, unpaid = (
        colours[ContributionStatus.PAID],
        colours[ContributionStatus.PARTIAL],
        colours[ContributionStatus.NOT_PAID],
    )
    assert len(paid) == len(partial) == len(unpaid) == 1
    assert paid != partial != unpaid != paid


def test_a_partial_payer_shows_what_it_owes(grid: ContributionsView, demo_office: Office) -> None:
    model = grid.model
    row = _member_row(grid, "Kyrgyzstan")
    paid = model.index(row, model.year_column(Y2020))
    assert paid.data() == "1,000.00"
    assert paid.data(Qt.ItemDataRole.ToolTipRole) == "Paid 1,000.00 of 1,750.00; outstanding 750.00"
    # Arrears run up to the latest year shown: 750.00 of 2020/2021 and all of 2021/2022.
    assert grid.years()[-1] == Y2021
    arrears = model.index(row, model.arrears_column).data()
    assert arrears == "2,500.00"
    member_id = model.members[row][0]
    assert contributions.arrears(demo_office, member_id, Y2021) == Decimal("2500.00")


def test_the_footer_counts_the_chosen_year(grid: ContributionsView) -> None:
    assert grid.footer.text() == "0 contributing members in 2021/2022, total 0.00"
    grid.set_year(Y2020)
    assert grid.years() == [Y2020, Y2021]  # the kept years stay; arrears still run to 2021/2022
    assert grid.footer.text() == "37 contributing members in 2020/2021, total 63,957.82"


def test_grid_rows_follow_the_names_of_the_language(qtbot, demo_office: Office) -> None:
    from rocb_desk import i18n

    i18n.install("ru")
    view = ContributionsView(demo_office)
    qtbot.addWidget(view)
    view.show()
    names = [
        view.proxy.index(row, ContributionsModel.NAME).data()
        for row in range(view.proxy.rowCount())
    ]
    assert names[:2] == ["Австрия", "Азербайджан"]
    assert view.proxy.index(names.index("Кыргызстан"), 1).data() == "1\u00a0000,00"


# --- budget -------------------------------------------------------------------------------


def _total_row(view: BudgetView) -> dict[int, str]:
    model = view.model
    last = model.rowCount() - 1
    return {column: model.index(last, column).data() for column in range(model.columnCount())}


def test_budget_of_2021_2022_shows_the_demo_plan(budget_view: BudgetView) -> None:
    combo = budget_view.findChild(QComboBox, "budgetYearCombo")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "2020/2021",
        "2021/2022",
        "2022/2023",
    ]
    budget_view.set_year(Y2021)
    assert combo.currentText() == "2021/2022"
    total = _total_row(budget_view)
    assert total[BudgetModel.NAME] == "Total budget"
    assert total[BudgetModel.PLANNED] == "55,000.00"
    assert total[BudgetModel.ACTUAL] == "0.00"
    assert total[BudgetModel.USED] == "0.00 %"
    model = budget_view.model
    kinds = [line.kind for line in model.lines]
    assert kinds.count("chapter") == 6 and kinds.count("item") == 14
    chapter_row = kinds.index("chapter")
    assert model.index(chapter_row, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(chapter_row, BudgetModel.PLANNED).data() == "600.00"


def test_budget_of_2020_2021_shows_what_was_spent(budget_view: BudgetView) -> None:
    combo = budget_view.findChild(QComboBox, "budgetYearCombo")
    combo.setCurrentIndex(combo.findText("2020/2021"))
    assert budget_view.year() == Y2020
    total = _total_row(budget_view)
    assert total[BudgetModel.ACTUAL] == "12,196.48"
    assert total[BudgetModel.VARIANCE] == "-12,196.48"
    # Nothing was planned for 2020/2021: every item that was spent on is over budget.
    model = budget_view.model
    spent = next(i for i, line in enumerate(model.lines) if line.figures.actual > 0)
    foreground = Qt.ItemDataRole.ForegroundRole
    assert model.index(spent, BudgetModel.ACTUAL).data(foreground) is not None
    assert model.index(spent, BudgetModel.VARIANCE).data(foreground) is not None
    assert model.index(spent, BudgetModel.PLANNED).data(foreground) is None


def test_editing_a_planned_amount_stores_it(budget_view: BudgetView, demo_office: Office) -> None:
    budget_view.set_year(Y2021)
    model = budget_view.model
    row = model.row_of("2.1")
    index = model.index(row, BudgetModel.PLANNED)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(row, BudgetModel.ACTUAL)) & Qt.ItemFlag.ItemIsEditable
    with_signal: list[bool] = []
    budget_view.plannedChanged.connect(lambda: with_signal.append(True))
    assert model.setData(index, "123.45")
    stored = {r.code: r.planned for r in budget.budget_against_actual(demo_office, Y2021)}
    assert stored["2.1"] == Decimal("123.45")
    assert index.data() == "123.45"
    assert with_signal == [True]


def test_a_bad_planned_amount_is_refused_and_stores_nothing(
    qtbot, budget_view: BudgetView, demo_office: Office
) -> None:
    budget_view.set_year(Y2021)
    before = budget.budget_against_actual(demo_office, Y2021)
    model = budget_view.model
    index = model.index(model.row_of("2.1"), BudgetModel.PLANNED)
    with qtbot.waitSignal(hub.statusMessage, timeout=1000) as said:
        assert not model.setData(index, "12.345")
    assert "12.345" in said.args[0]
    assert budget.budget_against_actual(demo_office, Y2021) == before
    assert index.data() == "300.00"
    # Subtotal rows are not editable at all.
    chapter_row = next(i for i, line in enumerate(model.lines) if line.kind == "chapter")
    assert not model.setData(model.index(chapter_row, BudgetModel.PLANNED), "1.00")


# --- charts -------------------------------------------------------------------------------


def test_expenditure_chart_paints_the_chapters(qtbot, demo_office: Office) -> None:
    chart = ExpenditureChart(demo_office)
    qtbot.addWidget(chart)
    chart.show()
    chart.set_year(Y2020)
    assert chart.bar_labels() == ["339.12", "9,919.79", "1,937.57", "0.00", "0.00", "0.00"]
    assert chart.bar_captions()[0] == "1. Premises"
    assert chart.title() == "Expenditure by chapter, 2020/2021"
    chart.resize(600, 300)
    assert not chart.grab().toImage().isNull()
    assert chart.minimumSizeHint().isValid()


def test_trend_chart_paints_the_counts(qtbot, demo_office: Office) -> None:
    chart = ContributionsTrendChart(demo_office)
    qtbot.addWidget(chart)
    chart.resize(500, 300)
    chart.show()
    assert not chart.grab().toImage().isNull()
    chart.set_year(Y2020)
    assert chart.bar_labels() == ["37", "38", "39", "39", "37", "37"]
    assert chart.bar_captions()[0] == "2015/2016"
    chart.resize(chart.minimumSizeHint())
    assert not chart.grab().toImage().isNull()


def test_a_members_contributions_statement_from_the_grid(qtbot, demo_office, tmp_path, monkeypatch):
    """Kyrgyzstan paid 1,000.00 of 1,750.00 in 2020/2021: its statement says what it owes."""
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    from rocb_desk.ui.books.grids import ContributionsView

    view = ContributionsView(demo_office)
    qtbot.addWidget(view)
    view.show()
    row = next(
        r for r in range(view.proxy.rowCount()) if view.proxy.index(r, 0).data() == "Kyrgyzstan"
    )
    view.table.setCurrentIndex(view.proxy.index(row, 0))
    target = tmp_path / "kg.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.save_member_statement()
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Contributions statement: Kyrgyzstan" in text
    assert "1,000.00" in text and "750.00" in text


def test_a_new_budget_item_from_the_budget_view(qtbot, demo_office, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from rocb_desk.ui.books.budget_view import BudgetView
    from rocb_desk.ui.books.settings_dialogs import AddItemDialog

    view = BudgetView(demo_office)
    qtbot.addWidget(view)
    view.show()
    seen = {}

    def fill(dialog: AddItemDialog):
        dialog.chapter_combo.setCurrentIndex(dialog.chapter_combo.findData(2))
        dialog.code_edit.setText("3.7")  # the wrong chapter first
        dialog.name_en_edit.setText("Courier services")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen["refusal"] = dialog.errors.labels["code"].text()
        dialog.code_edit.setText("2.7")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, lambda: fill(QApplication.activeModalWidget()))
    view.add_item()
    assert "2.N" in seen["refusal"]
    codes = [view.model.data(view.model.index(r, 0)) for r in range(view.model.rowCount())]
    assert "2.7" in codes


def test_years_kept_elsewhere_from_the_contributions_view(qtbot, demo_office):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from rocb_desk.ui.books.grids import ContributionsView
    from rocb_desk.ui.books.settings_dialogs import YearFiguresDialog

    view = ContributionsView(demo_office)
    qtbot.addWidget(view)

    def fill(dialog: YearFiguresDialog):
        dialog.year_edit.setText("2014/2015")
        dialog.elsewhere_check.setChecked(True)
        dialog.members_spin.setValue(36)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, lambda: fill(QApplication.activeModalWidget()))
    view.edit_years()
    trend = contributions.contributing_members(demo_office, [FinancialYear(2014)])
    assert trend[FinancialYear(2014)] == 36


def test_status_tints_follow_a_change_of_theme(qtbot, grid: ContributionsView) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    cell = grid.model.index(0, grid.model.year_column(Y2020))
    light = cell.data(BACKGROUND).color().name()
    before = QApplication.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    QApplication.setPalette(dark)
    try:
        qtbot.waitUntil(lambda: cell.data(BACKGROUND).color().name() != light)
        assert cell.data(BACKGROUND).color().lightness() < 128  # a dark tint on dark
    finally:
        QApplication.setPalette(before)
