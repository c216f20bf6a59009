"""Two small charts of the books, painted with QPainter (QtCharts is not part of our Qt).

Each chart reads its figures from the services on reload() (while it is shown, else when it
next is), keeps the texts it draws, and paints bars from them; bar lengths are the only place
a ratio becomes a float.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLineF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.errors import OfficeError
from ...domain.fiscal import FinancialYear
from ...domain.money import format_money
from ...i18n import current_language
from ...services.books import budget, contributions
from ...services.office import Office
from ..messages import show_refusal
from ..shown import LoadsWhenShown
from .grids import SHOWN_YEARS, latest_year

MARGIN = 12
GAP = 6


class _BarChart(LoadsWhenShown, QWidget):
    """What both charts share: the office and year, the title, bars with their texts."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.year: FinancialYear | None = None  # None: the latest year kept in the books
        self.shown_year: FinancialYear | None = None
        self.values: list[Decimal] = []  # what each bar measures
        self.captions: list[str] = []  # what each bar stands for
        self.labels: list[str] = []  # the figure written at each bar
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.reload()

    def set_year(self, year: FinancialYear | None) -> None:
        self.year = year
        self.reload()

    def _load(self) -> None:
        try:
            self.shown_year = self.year or latest_year(self.office)
            self._read(self.shown_year)
        except OfficeError as error:
            show_refusal(self, error)
        self.updateGeometry()  # the size hints count the bars just read
        self.update()

    def bar_labels(self) -> list[str]:
        return list(self.labels)

    def bar_captions(self) -> list[str]:
        return list(self.captions)

    def title(self) -> str:
        raise NotImplementedError

    def _read(self, year: FinancialYear) -> None:
        raise NotImplementedError

    def _paint_bars(self, painter: QPainter, area: QRectF) -> None:
        raise NotImplementedError

    def _ratio(self, value: Decimal) -> float:
        biggest = max(self.values, default=Decimal(0))
        return float(value / biggest) if biggest > 0 else 0.0

    def title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        return font

    def title_width(self) -> int:
        return QFontMetrics(self.title_font()).horizontalAdvance(self.title()) + 2 * MARGIN

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.setFont(self.title_font())
        title_height = painter.fontMetrics().height()
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        title = painter.fontMetrics().elidedText(
            self.title(), Qt.TextElideMode.ElideRight, int(area.width())
        )
        painter.drawText(
            QRectF(area.left(), area.top(), area.width(), title_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        painter.setFont(self.font())
        if self.values:
            self._paint_bars(painter, area.adjusted(0, title_height + 2 * GAP, 0, 0))
        painter.end()


class ExpenditureChart(_BarChart):
    """Horizontal bars: what was spent in each budget chapter of a year."""

    def title(self) -> str:
        year = self.shown_year.name if self.shown_year else ""
        return self.tr("Expenditure by chapter, {year}").format(year=year)

    def _read(self, year: FinancialYear) -> None:
        lang = current_language()
        totals = budget.chapter_totals(budget.budget_against_actual(self.office, year))
        names = budget.chapter_names(self.office, lang)
        self.values = [actual for _planned, actual in totals.values()]
        self.captions = [f"{number}. {names.get(number, '')}" for number in totals]
        self.labels = [format_money(value, lang) for value in self.values]

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        line = self.fontMetrics().height()
        height = 2 * MARGIN + 2 * line + max(len(self.values), 3) * (line + 4)
        return QSize(max(360, self.title_width()), height)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        line = self.fontMetrics().height()
        return QSize(560, 2 * MARGIN + 2 * line + max(len(self.values), 3) * 2 * line)

    def _paint_bars(self, painter: QPainter, area: QRectF) -> None:
        metrics = painter.fontMetrics()
        row = area.height() / len(self.values)  # the rows share the height; the bars stay slim
        thickness = min(row * 0.6, metrics.height() * 1.6)
        caption_width = min(
            max(metrics.horizontalAdvance(c) for c in self.captions), area.width() * 0.45
        )
        label_width = max(metrics.horizontalAdvance(label) for label in self.labels)
        left = area.left() + caption_width + GAP
        room = max(area.right() - label_width - GAP - left, 0.0)
        bar_colour = self.palette().color(QPalette.ColorRole.Highlight)
        right_middle = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        left_middle = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for i, (value, caption, label) in enumerate(
            zip(self.values, self.captions, self.labels, strict=True)
        ):
            top = area.top() + i * row
            caption = metrics.elidedText(caption, Qt.TextElideMode.ElideRight, int(caption_width))
            painter.drawText(QRectF(area.left(), top, caption_width, row), right_middle, caption)
            length = room * self._ratio(value)
            bar = QRectF(left, top + (row - thickness) / 2, length, thickness)
            painter.fillRect(bar, bar_colour)
            painter.drawText(QRectF(left + length + GAP, top, label_width, row), left_middle, label)


class ContributionsTrendChart(_BarChart):
    """Vertical bars: how many member administrations contributed in each of six years."""

    years: list[FinancialYear]

    def title(self) -> str:
        return self.tr("Contributing members per year")

    def _read(self, year: FinancialYear) -> None:
        years = [FinancialYear(year.start_year - n) for n in range(SHOWN_YEARS - 1, -1, -1)]
        counts = contributions.contributing_members(self.office, years)
        self.years = years
        self.values = [Decimal(counts[y]) for y in years]
        self.captions = [y.name for y in years]
        self.labels = [str(counts[y]) for y in years]

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        slot = self.fontMetrics().horizontalAdvance("00/00") + 2 * GAP
        bars = SHOWN_YEARS * slot + 2 * MARGIN
        return QSize(max(bars, self.title_width()), 11 * self.fontMetrics().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(480, 14 * self.fontMetrics().height())

    def _paint_bars(self, painter: QPainter, area: QRectF) -> None:
        metrics = painter.fontMetrics()
        line = metrics.height()
        slot = area.width() / len(self.values)
        base = area.bottom() - line - GAP
        room = max(base - area.top() - line - GAP, 0.0)
        bar_colour = self.palette().color(QPalette.ColorRole.Highlight)
        centre = Qt.AlignmentFlag.AlignCenter
        for i, (year, value, caption, label) in enumerate(
            zip(self.years, self.values, self.captions, self.labels, strict=True)
        ):
            left = area.left() + i * slot
            height = room * self._ratio(value)
            width = min(slot * 0.6, line * 4.0)
            painter.fillRect(
                QRectF(left + (slot - width) / 2, base - height, width, height), bar_colour
            )
            painter.drawText(QRectF(left, base - height - line - 2, slot, line), centre, label)
            if metrics.horizontalAdvance(caption) > slot - GAP:
                start = year.start_year  # "2015/2016" becomes "15/16" when space is short
                caption = f"{start % 100:02d}/{(start + 1) % 100:02d}"
            painter.drawText(QRectF(left, base + GAP, slot, line), centre, caption)
        painter.drawLine(QLineF(area.left(), base, area.right(), base))
