"""The Work plan tab: the review of a year's activities, the status chart, the needs
register and the Strategic Framework."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...services.office import Office
from ..rtc.page import RtcReportsPage
from .chart_page import ChartPage
from .framework_page import FrameworkPage
from .needs_page import NeedsPage
from .review_page import ReviewPage


@dataclass(frozen=True)
class WorkplanTabState:
    """What the user was looking at: kept when the window is rebuilt in another language."""

    page: int
    year: int | None
    attention_only: bool
    activity_id: int | None
    need_year: int | None


class WorkplanTab(QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setObjectName("workplanTab")
        self.review = ReviewPage(office, self)
        self.chart = ChartPage(office, self)
        self.needs = NeedsPage(office, self)
        self.framework = FrameworkPage(office, self)
        # The RTCs' annual reports are gathered under activity 4.4 of the plan.
        self.rtc_reports = RtcReportsPage(office, self)
        self.pages = QTabWidget(objectName="workplanPages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.review, self.tr("Review"))
        self.pages.addTab(self.chart, self.tr("Status chart"))
        self.pages.addTab(self.needs, self.tr("Needs register"))
        self.pages.addTab(self.framework, self.tr("Strategic Framework"))
        self.pages.addTab(self.rtc_reports, self.tr("RTC reports"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._shown_once = False

        self.review.year_combo.currentIndexChanged.connect(self._follow_year)
        self.review.planChanged.connect(self._plan_changed)
        self.needs.needsChanged.connect(self.review.reload)  # activity 1.1 counts the needs
        self._follow_year()

    def _follow_year(self, *_args: object) -> None:
        """The chart and the framework show the plan the review is on."""
        year = self.review.selected_year()
        self.chart.set_year(year)
        self.framework.set_year(year)

    def _plan_changed(self) -> None:
        self.chart.reload_years()
        self.framework.reload_years()
        self._follow_year()

    def reload(self) -> None:
        """Events, letters or entries may have changed in the other tabs: read them again."""
        self.review.reload_years()
        self.review.reload()
        self.needs.reload_years()
        self.needs.reload()
        self._plan_changed()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        if self._shown_once:
            self.reload()
        self._shown_once = True
        super().showEvent(event)

    def state(self) -> WorkplanTabState:
        return WorkplanTabState(
            self.pages.currentIndex(),
            self.review.selected_year(),
            self.review.attention_check.isChecked(),
            self.review.selected_activity_id(),
            self.needs.selected_year(),
        )

    def restore_state(self, state: WorkplanTabState) -> None:
        review = self.review
        review.attention_check.blockSignals(True)
        review.attention_check.setChecked(state.attention_only)
        review.attention_check.blockSignals(False)
        if state.year is not None:
            review.reload_years(wanted=state.year)
        review.reload()
        if state.activity_id is not None:
            review.select_activity(state.activity_id)
        if state.need_year is not None:
            self.needs.set_year(state.need_year)
        self._follow_year()
        self.pages.setCurrentIndex(state.page)
