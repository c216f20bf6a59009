"""The status chart painted from the review's figures, and the Strategic Framework page."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from rocb_desk.domain.workplan import STATUS_COLOURS, ActivityStatus
from rocb_desk.services.office import Office
from rocb_desk.services.workplan import review
from rocb_desk.ui.workplan.chart_page import ChartPage
from rocb_desk.ui.workplan.framework_page import FrameworkPage


@pytest.fixture
def chart_page(qtbot, plan_office: Office) -> ChartPage:
    shown = ChartPage(plan_office)
    qtbot.addWidget(shown)
    shown.resize(1000, 600)
    shown.show()
    shown.set_year(2020)
    return shown


def colour_count(image, colour: str) -> int:  # noqa: ANN001
    wanted = QColor(colour).rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).rgb() == wanted
    )


def test_the_chart_paints_the_statuses_of_each_goal(chart_page: ChartPage):
    chart = chart_page.chart
    assert chart.chart == review.status_chart(chart_page.office, 2020)
    assert chart.chart[2] == {"ongoing": 5, "completed": 1}
    image = chart.grab().toImage()
    assert not image.isNull()
    ongoing = colour_count(image, STATUS_COLOURS[ActivityStatus.ONGOING])
    completed = colour_count(image, STATUS_COLOURS[ActivityStatus.COMPLETED])
    initiated = colour_count(image, STATUS_COLOURS[ActivityStatus.INITIATED])
    # 24 ongoing, 2 completed, 1 initiated: the painted areas follow the counts.
    assert ongoing > 5 * completed > 0
    assert completed > initiated > 0
    assert "Activities: 27" in chart_page.totals_label.text()
    assert "Goal 2: Foster customs reform" in chart.caption(2)
    tips = [text for _rect, text in chart.segments]
    assert any(tip.endswith("Completed: 1") and "Goal 5" in tip for tip in tips)


def test_the_chart_follows_the_plan_chosen(chart_page: ChartPage):
    chart_page.set_year(2021)
    assert chart_page.chart.chart == review.status_chart(chart_page.office, 2021)
    assert "2021/2022" in chart_page.chart.heading
    assert not chart_page.chart.grab().isNull()


def test_the_framework_page_shows_mission_values_and_goals_by_group(qtbot, plan_office: Office):
    page = FrameworkPage(plan_office)
    qtbot.addWidget(page)
    page.set_year(2021)  # the plan 2021/2022 still follows the framework 2018–2021
    text = page.browser.toPlainText()
    assert "Strategic Framework 2018\u20132021" in text
    assert "ROCB Europe is the beacon" in text  # the mission
    assert "Continuous Improvement" in text  # a value
    keystone = text.index("Keystone Strategic Goals")
    management = text.index("Strategic Goals on Organizational Management")
    assert keystone < text.index("Strategic Goal 1: Promote") < management
    assert "Expected impact: Enhanced customs capacity" in text


def test_the_framework_is_edited_from_its_page_and_shown_as_saved(qtbot, plan_office: Office):
    from rocb_desk.services.workplan.framework import framework_periods

    from . import on_dialog

    page = FrameworkPage(plan_office)
    qtbot.addWidget(page)
    page.set_year(2020)

    def reword(editor):  # noqa: ANN001, ANN202
        editor.vision.en.setPlainText("A region where customs works as one.")
        editor.try_save()

    on_dialog(reword)
    page.edit_button.click()
    assert "A region where customs works as one." in page.browser.toPlainText()

    def next_period(editor):  # noqa: ANN001, ANN202
        assert (editor.start_spin.value(), editor.end_spin.value()) == (2022, 2025)
        assert editor.goal_list.count() == 7  # a copy of the latest
        editor.try_save()

    on_dialog(next_period)
    page.findChild(type(page.edit_button), "newFramework").click()
    assert framework_periods(plan_office) == [(2022, 2025), (2018, 2021)]
