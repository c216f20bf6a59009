"""The Directory tab: the lists on the left, the chosen list on the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from ...services.directory_lists import CONTEXT, LISTS
from ...services.office import Office
from .list_page import ListPage


class DirectoryTab(QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryTab")
        self.navigation = QListWidget()
        self.navigation.setObjectName("directoryNavigation")
        self.pages = QStackedWidget()
        self.page_by_key: dict[str, ListPage] = {}
        for key, spec in LISTS.items():
            page = ListPage(office, spec, self)
            self.page_by_key[key] = page
            self.pages.addWidget(page)
            self.navigation.addItem(QCoreApplication.translate(CONTEXT, spec.title))
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        # As wide as the longest list name in the current language, and no wider.
        self.navigation.setFixedWidth(self.navigation.sizeHintForColumn(0) + 24)
        layout = QHBoxLayout(self)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)

    def current_key(self) -> str:
        return list(self.page_by_key)[self.pages.currentIndex()]

    def state(self) -> tuple[str, str]:
        """Which list is shown and what is searched: kept when the window is rebuilt."""
        return self.current_key(), self.page_by_key[self.current_key()].search.text()

    def restore_state(self, state: tuple[str, str]) -> None:
        key, search = state
        if key in self.page_by_key:
            self.show_list(key).search.setText(search)

    def show_list(self, key: str) -> ListPage:
        page = self.page_by_key[key]
        self.navigation.setCurrentRow(list(self.page_by_key).index(key))
        return page
