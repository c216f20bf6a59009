"""The search results as a Qt model that reads from the search service only the pages the
view shows, and the delegate that shows the matched words of a snippet highlighted."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, QRectF, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...i18n import current_language
from ...services.letters.search import MARK_END, MARK_START, Hit, LetterFilter, search
from ...services.office import Office
from ..models import Index
from ..paging import PagedTableModel
from . import label

ID_ROLE = Qt.ItemDataRole.UserRole + 2
HTML_ROLE = Qt.ItemDataRole.UserRole + 3  # the snippet as HTML, matched words marked
HIGHLIGHT = "#ffe082"  # a marker pen's yellow, readable in light and dark themes

# The words found come next to the subject, where they are seen without scrolling.
REFERENCE, DATE, SUBJECT, FOUND, CORRESPONDENTS, DIRECTION, LANGUAGE, STATUS, RESTRICTION = range(9)


def snippet_html(snippet: str) -> str:
    """The snippet as HTML: its text escaped, the matched words bold on a marker yellow."""
    text = " ".join(snippet.split())  # one line: the row is one line high
    parts = []
    for number, piece in enumerate(text.split(MARK_START)):
        matched, _, rest = piece.partition(MARK_END) if number else ("", "", piece)
        if matched:
            parts.append(
                f'<b style="background-color:{HIGHLIGHT}; color:#000">{html.escape(matched)}</b>'
            )
        parts.append(html.escape(rest.replace(MARK_END, "")))
    return "".join(parts)


def snippet_text(snippet: str) -> str:
    """The snippet without its marks, for tooltips and copying."""
    return " ".join(snippet.replace(MARK_START, "").replace(MARK_END, "").split())


class LetterResultsModel(PagedTableModel):
    """The letters the search box and the filters found, best first (or newest first)."""

    page_size = 25  # a screenful: their snippets are the costly part of a search

    def __init__(self, office: Office, parent: Any = None) -> None:
        super().__init__(parent)
        self.office = office
        self.text = ""
        self.filters = LetterFilter()
        self.ranked = False
        self.capped = False  # the count stopped past search.COMMON matches

    def headers(self) -> list[str]:
        return [
            self.tr("Reference"),
            self.tr("Date"),
            self.tr("Subject"),
            self.tr("Found in the text"),
            self.tr("Correspondents"),
            self.tr("Direction"),
            self.tr("Language"),
            self.tr("Status"),
            self.tr("Restriction"),
        ]

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.titles()[section]  # narrow columns elide their title
        return super().headerData(section, orientation, role)

    def set_query(self, text: str, filters: LetterFilter) -> None:
        self.text, self.filters = text, filters
        self.reload()

    def count_rows(self) -> int:
        """One search gives the count and the first page: the page is kept, not asked twice."""
        found = search(self.office, self.text, self.filters, current_language(), self.page_size)
        self.ranked, self.capped = found.ranked, found.capped
        self._primed = list(found.hits)
        return found.total

    def fetch_page(self, start: int, count: int) -> list[Hit]:
        found = search(self.office, self.text, self.filters, current_language(), count, start)
        return list(found.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.line_at(index.row())
        if line is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return line.id
        if role == HTML_ROLE:
            return snippet_html(line.snippet) if column == FOUND else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(line, column) or None
        return None

    def _text(self, line: Hit, column: int) -> str:
        if column == REFERENCE:
            return line.reference
        if column == DATE:
            return line.letter_date.isoformat()
        if column == DIRECTION:
            return label("direction", line.direction)
        if column == LANGUAGE:
            return label("language", line.language)
        if column == CORRESPONDENTS:
            return line.correspondents
        if column == SUBJECT:
            return line.subject
        if column == STATUS:
            return label("status", line.status)
        if column == RESTRICTION:
            return label("restriction", line.restriction)
        if column == FOUND:
            return snippet_text(line.snippet)
        return ""


class SnippetDelegate(QStyledItemDelegate):
    """Paints a cell's HTML_ROLE (the snippet with its matches marked) on one line."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = QTextDocument(self)  # one document, refilled for each cell
        self.document.setDocumentMargin(0)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        markup = index.data(HTML_ROLE)
        if not markup:
            super().paint(painter, option, index)
            return
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""  # the background, selection and focus, without the plain text
        style = options.widget.style() if options.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        self.document.setDefaultFont(options.font)
        self.document.setDefaultStyleSheet(
            f"body {{ color: {options.palette.color(group).name()} }}"
        )
        self.document.setHtml(f"<body>{markup}</body>")
        text_rect = style.subElementRect(
            QStyle.SubElement.SE_ItemViewItemText, options, options.widget
        )
        painter.save()
        painter.translate(text_rect.left() + 2, text_rect.top())
        height = self.document.size().height()
        painter.translate(0, max(0.0, (text_rect.height() - height) / 2))
        clip = QRectF(0, 0, text_rect.width() - 2, text_rect.height())
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(group))
        self.document.documentLayout().draw(painter, context)
        painter.restore()
