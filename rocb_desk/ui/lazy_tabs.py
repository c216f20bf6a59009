"""Tabs that are made when first shown: the window opens on one tab, not on six.

Each of the main window's tabs reads its part of the office as it is made (a year of
the ledger, the register of events, the newest letters, the plan). Made all at once,
a fifteen-year office kept the window from showing for seconds; made lazily, the
window shows the tab it opens on, and each other tab is made (its module imported, its
data read) the first time it is shown or asked for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class LazyTab(QWidget):
    """A tab's page: holds the tab once made."""

    def __init__(self, make: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self.content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        """The tab, made now if it was not yet."""
        if self.content is None:
            self.content = self._make()
            self.layout().addWidget(self.content)
        return self.content

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        self.ensure()
        super().showEvent(event)


class LazyTabs(QTabWidget):
    """A QTabWidget of LazyTab pages that speaks of the tabs themselves: the current
    widget is the tab shown (made if need be), and a tab can be chosen by itself."""

    def add_lazy(self, make: Callable[[], QWidget], title: str) -> LazyTab:
        page = LazyTab(make)
        self.addTab(page, title)
        return page

    def _page_of(self, widget: QWidget | None) -> QWidget | None:
        for index in range(self.count()):
            page = super().widget(index)
            if page is widget or (isinstance(page, LazyTab) and page.content is widget):
                return page
        return widget

    def currentWidget(self) -> QWidget | None:  # noqa: N802 - Qt API
        page = super().currentWidget()
        return page.ensure() if isinstance(page, LazyTab) else page

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt API
        super().setCurrentWidget(self._page_of(widget))

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802 - Qt API
        return super().indexOf(self._page_of(widget))

    def made(self) -> list[QWidget]:
        """The tabs made so far (the others have nothing to keep or to refresh)."""
        pages = (super(LazyTabs, self).widget(i) for i in range(self.count()))
        return [p.content for p in pages if isinstance(p, LazyTab) and p.content is not None]
