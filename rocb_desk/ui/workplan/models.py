"""The table models of the Work plan tab: rows the services returned, nothing more.

A plan holds tens of activities and a needs cycle about ten needs: plain models, no paging.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...services.workplan.evidence import EvidenceItem
from ...services.workplan.needs import NeedRow
from ...services.workplan.review import ReviewRow
from ..models import Index, TitledTableModel
from .labels import (
    attention_text,
    category_label,
    path_label,
    signed_text,
    source_label,
    status_colour,
    status_label,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 2
# (actual, target) of a counted indicator; None for an indicator told in words.
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 3
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
GOAL_BACKGROUND = QColor("#e8eef6")

# The review's columns.
NUMBER, ACTIVITY, STATUS, INDICATOR, PROGRESS, EVIDENCE, ATTENTION, SIGNED = range(8)
REVIEW_WIDTHS = (5, 40, 20, 26, 10, 8, 20, 18)


@dataclass(frozen=True)
class GoalLine:
    """The row heading a goal's activities: "Strategic Goal 1: …"."""

    number: int
    title: str


def progress_text(actual: int | None, target: int | None) -> str:
    if actual is None:
        return ""
    return f"{actual} / {target}" if target else str(actual)


class ReviewModel(TitledTableModel):
    """The year's activities in the report's order, each goal's under a row of its own."""

    def headers(self) -> list[str]:
        return [
            "#",
            self.tr("Activity"),
            self.tr("Status"),
            self.tr("Indicator"),
            self.tr("Progress"),
            self.tr("Evidence"),
            self.tr("Needs attention"),
            self.tr("Signed off"),
        ]

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.titles()[section]  # narrow columns elide their title
        return super().headerData(section, orientation, role)

    def set_review(self, rows: list[ReviewRow], goal_titles: dict[int, str]) -> None:
        lines: list[ReviewRow | GoalLine] = []
        for row in rows:
            if not lines or lines[-1].goal_number != row.goal_number:
                lines.append(GoalLine(row.goal_number, goal_titles.get(row.goal_number, "")))
            lines.append(row)
        self.set_lines(lines)

    def activities(self) -> list[ReviewRow]:
        return [line for line in self.lines if isinstance(line, ReviewRow)]

    def goal_rows(self) -> list[int]:
        return [i for i, line in enumerate(self.lines) if isinstance(line, GoalLine)]

    def activity_at(self, row: int) -> ReviewRow | None:
        line = self.lines[row] if 0 <= row < len(self.lines) else None
        return line if isinstance(line, ReviewRow) else None

    def row_of(self, activity_id: int) -> int:
        return next(
            (
                i
                for i, line in enumerate(self.lines)
                if isinstance(line, ReviewRow) and line.id == activity_id
            ),
            -1,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if isinstance(line, GoalLine):
            return self._goal_data(line, index.column(), role)
        return self._activity_data(line, index.column(), role)

    def _goal_data(self, line: GoalLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return GOAL_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#1a1a1a")  # on the light band whatever the palette
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and column == 0:
            label = self.tr("Strategic Goal %1").replace("%1", str(line.number))
            return f"{label}: {line.title}" if line.title else label
        return None

    def _activity_data(self, line: ReviewRow, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return line.id
        if role == PROGRESS_ROLE and column == PROGRESS:
            return None if line.actual is None else (line.actual, line.target)
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            return status_colour(line.status)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == EVIDENCE:
                return RIGHT
            if column == PROGRESS:
                return CENTRE
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, column)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(line, column)

    def _text(self, line: ReviewRow, column: int) -> str:
        if column == NUMBER:
            return line.number
        if column == ACTIVITY:
            return line.title
        if column == STATUS:
            label = status_label(line.status)
            return f"{label} \u2013 {line.status_note}" if line.status_note else label
        if column == INDICATOR:
            return line.indicator
        if column == PROGRESS:
            return progress_text(line.actual, line.target)
        if column == EVIDENCE:
            return str(line.evidence)
        if column == ATTENTION:
            return attention_text(line.attention)
        if column == SIGNED:
            return signed_text(line.sign_off.by, line.sign_off.at)
        return ""

    def _tooltip(self, line: ReviewRow, column: int) -> str | None:
        if column == STATUS and line.status_note:
            return f"{status_label(line.status)}\n{line.status_note}"
        if column == PROGRESS:
            parts = [source_label(line.source)]
            if line.actual is not None:
                parts.append(self.tr("Counted: %1").replace("%1", str(line.actual)))
            if line.baseline is not None:
                parts.append(self.tr("Baseline: %1").replace("%1", str(line.baseline)))
            if line.target is not None:
                parts.append(self.tr("Target: %1").replace("%1", str(line.target)))
            return "\n".join(parts)
        if column == SIGNED and line.sign_off.comment:
            return f"{self._text(line, column)}\n{line.sign_off.comment}"
        return self._text(line, column) or None


class ProgressDelegate(QStyledItemDelegate):
    """A bar of actual against target where the indicator has a target; the figure alone
    where it is only counted; nothing for an indicator told in words."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        figures = index.data(PROGRESS_ROLE)
        if not figures or not figures[1]:
            super().paint(painter, option, index)
            return
        actual, target = figures
        style = option.widget.style() if option.widget else QApplication.style()
        # The row's background and selection first, as every other cell of the row.
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QRectF(option.rect).adjusted(4, 4, -4, -4)
        palette = option.palette
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(track, 3, 3)
        share = min(actual / target, 1.0)
        if share > 0:
            filled = QRectF(track.left(), track.top(), track.width() * share, track.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#43a047") if share >= 1 else QColor("#64b5f6"))
            painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(track, Qt.AlignmentFlag.AlignCenter, progress_text(actual, target))
        painter.restore()


class EvidenceModel(TitledTableModel):
    """What an activity's progress rests on: EvidenceItem rows."""

    def headers(self) -> list[str]:
        return [self.tr("Kind"), self.tr("Date"), self.tr("Record")]

    def kind_text(self, kind: str) -> str:
        return {
            "events": self.tr("Event"),
            "letters": self.tr("Letter"),
            "entries": self.tr("Ledger entry"),
            "documents": self.tr("Document"),
        }.get(kind, kind)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line: EvidenceItem = self.lines[index.row()]
        if role == ID_ROLE:
            return (line.kind, line.record_id)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        day = line.day.isoformat() if line.day else ""
        return (self.kind_text(line.kind), day, line.label)[index.column()]


class NeedModel(TitledTableModel):
    """The needs of a cycle: NeedRow rows, by administration."""

    def headers(self) -> list[str]:
        return [
            self.tr("Administration"),
            self.tr("Topic"),
            self.tr("Category"),
            self.tr("Stage reached"),
            self.tr("Received"),
            self.tr("Delivered as"),
        ]

    def row_of(self, need_id: int) -> int:
        return next((i for i, line in enumerate(self.lines) if line.id == need_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line: NeedRow = self.lines[index.row()]
        if role == ID_ROLE:
            return line.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = (
            line.administration,
            line.topic,
            category_label(line.category),
            path_label(line.path),
            line.received.isoformat() if line.received else "",
            line.event,
        )
        return values[index.column()]
