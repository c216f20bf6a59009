"""The plan at a glance: per strategic goal, a bar of its activities stacked by status.

Painted with QPainter (QtCharts is not part of our Qt), in the statuses' own colours,
the same as the review's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...domain.workplan import ActivityStatus
from ...i18n import current_language
from ...services.office import Office
from ...services.workplan import choices, register, review
from .labels import fill_years, opening_year, status_colour, status_label, year_name

MARGIN = 12
GAP = 8
SWATCH = 12


class StatusChart(QWidget):
    """Stacked horizontal bars: one a goal, one segment a status, as long as its count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusChart")
        self.chart: dict[int, dict[str, int]] = {}  # as review.status_chart returned it
        self.titles: dict[int, str] = {}
        self.heading = ""
        # What was painted where, for the tooltips: (rect, text).
        self.segments: list[tuple[QRectF, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    def set_chart(self, chart: dict[int, dict[str, int]], titles: dict[int, str], heading: str):
        self.chart, self.titles, self.heading = chart, titles, heading
        self.updateGeometry()
        self.update()

    def statuses(self) -> list[str]:
        """The statuses in their order, then any this version does not know."""
        known = [status.value for status in ActivityStatus]
        found = {status for counts in self.chart.values() for status in counts}
        return known + sorted(found - set(known))

    def caption(self, goal: int) -> str:
        label = self.tr("Goal %1").replace("%1", str(goal))
        title = self.titles.get(goal, "")
        return f"{label}: {title}" if title else label

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        return font

    def _row_height(self) -> int:
        return int(self.fontMetrics().height() * 2.2)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        line = self.fontMetrics().height()
        rows = max(len(self.chart), 1)
        return QSize(720, 2 * MARGIN + 4 * line + 3 * GAP + rows * self._row_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(360, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(text_colour)
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        painter.setFont(self._title_font())
        title_height = painter.fontMetrics().height()
        painter.drawText(
            QRectF(area.left(), area.top(), area.width(), title_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(
                self.heading, Qt.TextElideMode.ElideRight, int(area.width())
            ),
        )
        painter.setFont(self.font())
        top = area.top() + title_height + GAP
        top = self._paint_legend(painter, QRectF(area.left(), top, area.width(), 0)) + 2 * GAP
        self.segments = []
        if not self.chart:
            painter.drawText(
                QRectF(area.left(), top, area.width(), self._row_height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.tr("The plan has no activities yet."),
            )
        else:
            self._paint_bars(painter, QRectF(area.left(), top, area.width(), area.bottom() - top))
        painter.end()

    def _paint_legend(self, painter: QPainter, area: QRectF) -> float:
        """The statuses with their colours, in as many lines as the width needs; the bottom."""
        metrics = painter.fontMetrics()
        line = metrics.height()
        x, y = area.left(), area.top()
        for status in self.statuses():
            label = status_label(status)
            width = SWATCH + 4 + metrics.horizontalAdvance(label) + 2 * GAP
            if x > area.left() and x + width > area.right():
                x, y = area.left(), y + line + 4
            swatch = QRectF(x, y + (line - SWATCH) / 2, SWATCH, SWATCH)
            painter.fillRect(swatch, status_colour(status))
            painter.drawText(
                QRectF(x + SWATCH + 4, y, width, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            x += width
        return y + line

    def _paint_bars(self, painter: QPainter, area: QRectF) -> None:
        metrics = painter.fontMetrics()
        row = self._row_height()
        thickness = metrics.height() * 1.4
        captions = {goal: self.caption(goal) for goal in self.chart}
        caption_width = min(
            max(metrics.horizontalAdvance(c) for c in captions.values()), area.width() * 0.4
        )
        total_width = metrics.horizontalAdvance("000") + GAP
        left = area.left() + caption_width + GAP
        room = max(area.right() - total_width - left, 1.0)
        biggest = max(sum(counts.values()) for counts in self.chart.values()) or 1
        unit = room / biggest
        right_middle = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for number, (goal, counts) in enumerate(self.chart.items()):
            top = area.top() + number * row
            caption = metrics.elidedText(
                captions[goal], Qt.TextElideMode.ElideRight, int(caption_width)
            )
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(area.left(), top, caption_width, row), right_middle, caption)
            x = left
            bar_top = top + (row - thickness) / 2
            for status in self.statuses():
                count = counts.get(status, 0)
                if not count:
                    continue
                segment = QRectF(x, bar_top, count * unit, thickness)
                colour = status_colour(status)
                painter.fillRect(segment.adjusted(0, 0, -1, 0), colour)
                label = str(count)
                if metrics.horizontalAdvance(label) + 4 < segment.width():
                    painter.setPen(_ink_on(colour))
                    painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, label)
                tip = f"{captions[goal]}\n{status_label(status)}: {count}"
                self.segments.append((segment, tip))
                x += segment.width()
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(x + GAP / 2, top, total_width, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(sum(counts.values())),
            )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = QPointF(event.pos())
            tip = next((text for rect, text in self.segments if rect.contains(point)), "")
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


def _ink_on(colour: QColor) -> QColor:
    """Black or white, whichever reads on the colour."""
    return QColor("#000000") if colour.lightnessF() > 0.6 else QColor("#ffffff")


class ChartPage(QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setObjectName("chartPage")
        self.year_combo = QComboBox(objectName="chartYearCombo")
        self.chart = StatusChart(self)
        self.totals_label = QLabel(objectName="chartTotalsLabel")
        top = QHBoxLayout()
        year_label = QLabel(self.tr("&Plan"))
        year_label.setBuddy(self.year_combo)
        top.addWidget(year_label)
        top.addWidget(self.year_combo)
        top.addSpacing(12)
        top.addWidget(self.totals_label, 1)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.chart)
        inner.addStretch(1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.year_combo.currentIndexChanged.connect(self.reload)
        self.reload_years()
        self.reload()

    def reload_years(self, wanted: int | None = None) -> None:
        years = register.plan_years(self.office)
        fill_years(self.year_combo, years, wanted, opening_year(years))

    def set_year(self, year: int) -> None:
        self.reload_years(wanted=year)
        self.reload()

    def reload(self, *_args: object) -> None:
        year = self.year_combo.currentData()
        if year is None:
            self.chart.set_chart({}, {}, self.tr("No work plan is kept yet."))
            self.totals_label.setText("")
            return
        chart = review.status_chart(self.office, year)
        titles = dict(choices.goal_choices(self.office, year, current_language()))
        heading = self.tr("Activities of the plan %1 by status").replace("%1", year_name(year))
        self.chart.set_chart(chart, titles, heading)
        totals: dict[str, int] = {}
        for counts in chart.values():
            for status, count in counts.items():
                totals[status] = totals.get(status, 0) + count
        parts = [
            f"{status_label(status)}: {totals[status]}"
            for status in self.chart.statuses()
            if totals.get(status)
        ]
        self.totals_label.setText(
            self.tr("Activities: %1").replace("%1", str(sum(totals.values())))
            + (" \u2013 " + ", ".join(parts) if parts else "")
        )
