"""The Events tab: the register beside its calendar, the year's statistics, the premises."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...services.office import Office
from .list_page import EventsPage, year_choices
from .premises_page import PremisesPage
from .statistics_view import StatisticsView


@dataclass(frozen=True)
class EventsTabState:
    """What the user was looking at: kept when the window is rebuilt in another language."""

    page: int
    year: int | None
    role: str | None
    kind: str | None
    modality: str | None
    text: str


class EventsTab(QWidget):
    # Ledger entries were linked, unlinked or posted from here: the books read them again.
    booksChanged = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setObjectName("eventsTab")
        self.register = EventsPage(office, self)
        self.statistics = StatisticsView(office, self)
        self.premises = PremisesPage(office, self)
        self.pages = QTabWidget(objectName="eventsPages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.register, self.tr("Register"))
        self.pages.addTab(self.statistics, self.tr("Statistics"))
        self.pages.addTab(self.premises, self.tr("Premises"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.register.eventsChanged.connect(self._events_changed)
        self.register.booksChanged.connect(self.booksChanged)
        self.register.year_combo.currentIndexChanged.connect(self._follow_year)
        self.premises.bookingsChanged.connect(self.register.calendar.refresh)
        self.premises.booksChanged.connect(self.booksChanged)
        self._follow_year()

    def _follow_year(self, *_args: object) -> None:
        """The statistics show the year the register is filtered on (or the latest)."""
        offered, opening = year_choices(self.office)
        self.statistics.set_years(offered, self.register.selected_year() or opening)

    def _events_changed(self) -> None:
        self._follow_year()
        self.premises.reload()

    def reload(self) -> None:
        """The books changed elsewhere: costs and rents read again."""
        self.register.apply_filters()
        self.premises.reload()

    def state(self) -> EventsTabState:
        page = self.register
        return EventsTabState(
            self.pages.currentIndex(),
            page.year_combo.currentData(),
            page.role_combo.currentData(),
            page.kind_combo.currentData(),
            page.modality_combo.currentData(),
            page.text_edit.text(),
        )

    def restore_state(self, state: EventsTabState) -> None:
        page = self.register
        for combo, value in (
            (page.year_combo, state.year),
            (page.role_combo, state.role),
            (page.kind_combo, state.kind),
            (page.modality_combo, state.modality),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        page.text_edit.setText(state.text)
        page.apply_filters()  # now, not after the typing pause
        self.pages.setCurrentIndex(state.page)
