"""A table model over a long SQL result that holds only the pages the view has shown.

The model reports every row (a COUNT, one query) so the scroll bar is true to the
whole ledger or register, and Ctrl+End or dragging the bar to the bottom lands on the
last row at once, where a `fetchMore` model would have to load every row before it.
A row's page is asked for when the view first paints it; the last few pages are kept
and older ones dropped, so memory stays flat however far the user scrolls.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QModelIndex, QModelRoleDataSpan, QTimer

from .models import Index, TitledTableModel

KEPT_PAGES = 24  # a few screens above and below the shown one, and where the user jumped from


class PagedTableModel(TitledTableModel):
    """Rows `0 … total-1` of a query, fetched a page at a time by `fetch_page`.

    Subclasses say how to count (`count_rows`) and how to read `count` rows from `start`
    (`fetch_page`); `reload()` asks again after the filters or the order changed.
    """

    page_size = 200

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.total = 0
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._primed: list[Any] | None = None  # a first page count_rows read on the way
        self._short_seen = False  # a page came back shorter than counted
        self.fetched_rows = 0  # rows read from the database since the last reload

    # What a subclass provides.
    def count_rows(self) -> int:
        raise NotImplementedError

    def fetch_page(self, start: int, count: int) -> list[Any]:
        raise NotImplementedError

    # The model.
    def reload(self) -> None:
        """Count again and forget every page; the view asks for what it shows.

        Counted before the reset begins: a count that fails leaves the table as it was."""
        self._primed = None
        self._short_seen = False
        total = self.count_rows()
        self.beginResetModel()
        self._pages.clear()
        self.fetched_rows = 0
        if self._primed is not None:  # the first page came with the count
            self._pages[0] = self._primed
            self.fetched_rows = len(self._primed)
        self.total = total
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else self.total

    def multiData(self, index: Index, roles: QModelRoleDataSpan) -> None:  # noqa: N802 - Qt API
        """A delegate asks for seven roles of a cell at once: answered in one call into
        Python instead of seven. Each such call waits for Python's lock while an export
        runs on another thread, and a repaint of the table makes hundreds of them."""
        for position in range(roles.size()):
            wanted = roles[position]
            wanted.setData(self.data(index, wanted.role()))

    def line_at(self, row: int) -> Any:
        """The row's line, reading its page first when it is not held."""
        number, offset = divmod(row, self.page_size)
        page = self._pages.get(number)
        if page is None:
            page = self.fetch_page(number * self.page_size, self.page_size)
            self.fetched_rows += len(page)
            self._pages[number] = page
            while len(self._pages) > KEPT_PAGES:  # the page read longest ago goes first
                self._pages.popitem(last=False)
        if offset < len(page):
            return page[offset]
        # Fewer rows than counted: lines were deleted (in another window) since the
        # count. The row shows empty and the table counts again once this paint is over.
        if not self._short_seen:
            self._short_seen = True
            QTimer.singleShot(0, self._recount)
        return None

    def _recount(self) -> None:
        before = self.total
        self.reload()
        # The same count again will not mend a short page (a search index behind its
        # letters): no recount at every paint, until the next reload asked for.
        self._short_seen = self.total == before

    def held_rows(self) -> int:
        """How many rows the model holds now (never the whole result of a big office)."""
        return sum(len(page) for page in self._pages.values())

    def row_of(self, key: int) -> int:
        """The row of the line with this id (-1: the filters hide it)."""
        for number, page in self._pages.items():
            for offset, line in enumerate(page):
                if line.id == key:
                    return number * self.page_size + offset
        return self.find_row(key)

    def find_row(self, key: int) -> int:
        """Where the line with this id stands in the whole result; -1 if unknown."""
        return -1
