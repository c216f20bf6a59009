"""The year's events in the figures the Execution Program asks for."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.events import KIND_LABELS, ROLE_LABELS
from ...domain.fiscal import FinancialYear
from ...i18n import translate
from ...services.events.queries import YearStatistics, year_statistics
from ...services.office import Office
from ..shown import LoadsWhenShown

EVENTS, DELIVERED, SUPPORTED, PARTICIPANTS, WOMEN_MEN = (
    "events",
    "delivered",
    "financially_supported",
    "participants",
    "women_men",
)


class StatisticsView(LoadsWhenShown, QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setObjectName("eventStatistics")
        self.year: FinancialYear | None = None
        self.year_combo = QComboBox(objectName="statisticsYearCombo")
        self.year_combo.currentIndexChanged.connect(self._year_chosen)
        # key -> the label that shows its figure; roles and kinds by their stored value
        self.figures: dict[str, QLabel] = {}

        totals = QGroupBox(self.tr("The year in figures"))
        totals_form = self._form(totals)
        for key, label in (
            (EVENTS, self.tr("Events in all")),
            (DELIVERED, self.tr("Organized, hosted, co-organized or coordinated")),
            (SUPPORTED, self.tr("Financially supported")),
            (PARTICIPANTS, self.tr("Participants in all")),
            (WOMEN_MEN, self.tr("Women / men, where known")),
        ):
            self._row(totals_form, key, label)
        by_role = QGroupBox(self.tr("Events by the office's role"))
        role_form = self._form(by_role)
        for role, label in ROLE_LABELS.items():
            self._row(role_form, f"role:{role.value}", translate("Events", label))
        by_kind = QGroupBox(self.tr("Events by kind"))
        kind_form = self._form(by_kind)
        for kind, label in KIND_LABELS.items():
            self._row(kind_form, f"kind:{kind.value}", translate("Events", label))

        self.note = QLabel(
            self.tr(
                "An event may hold several roles, so the roles add up to more than the events. "
                "Participants are counted from an event's participant list where it has one "
                "(those not absent), otherwise as typed in the event."
            )
        )
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Financial year")))
        top.addWidget(self.year_combo)
        top.addStretch(1)
        groups = QHBoxLayout()
        for group in (totals, by_role, by_kind):
            groups.addWidget(group, 0, Qt.AlignmentFlag.AlignTop)
        groups.addStretch(1)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addLayout(top)
        inner.addLayout(groups)
        inner.addWidget(self.note)
        inner.addStretch(1)
        # Scrolled rather than squeezed when the window is narrow (Russian labels are long).
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _form(self, group: QGroupBox) -> QGridLayout:
        grid = QGridLayout(group)
        grid.setHorizontalSpacing(24)
        grid.setColumnStretch(0, 1)
        return grid

    def _row(self, grid: QGridLayout, key: str, text: str) -> None:
        value = QLabel(objectName=f"{key.replace(':', '_')}Figure")
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000"))
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = grid.rowCount()
        grid.addWidget(QLabel(text), row, 0)
        grid.addWidget(value, row, 1)
        self.figures[key] = value

    def set_years(self, years: list[FinancialYear], year: FinancialYear | None) -> None:
        """The years to offer (newest first) and the one to show."""
        wanted = year.start_year if year is not None else self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for offered in years:
            self.year_combo.addItem(offered.name, offered.start_year)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(wanted), 0))
        self.year_combo.blockSignals(False)
        self._year_chosen()

    def _year_chosen(self, *_args: object) -> None:
        start = self.year_combo.currentData()
        self.year = FinancialYear(start) if start is not None else None
        self.reload()

    def _load(self) -> None:
        if self.year is None:
            for label in self.figures.values():
                label.setText("")
            return
        self.show_statistics(year_statistics(self.office, self.year))

    def show_statistics(self, figures: YearStatistics) -> None:
        self.figures[EVENTS].setText(str(figures.events))
        self.figures[DELIVERED].setText(str(figures.delivered))
        self.figures[SUPPORTED].setText(str(figures.financially_supported))
        self.figures[PARTICIPANTS].setText(str(figures.participants))
        known = figures.women or figures.men
        self.figures[WOMEN_MEN].setText(
            f"{figures.women} / {figures.men}" if known else self.tr("not recorded")
        )
        for role, count in figures.by_role.items():
            if f"role:{role}" in self.figures:
                self.figures[f"role:{role}"].setText(str(count))
        for kind, count in figures.by_kind.items():
            if f"kind:{kind}" in self.figures:
                self.figures[f"kind:{kind}"].setText(str(count))
