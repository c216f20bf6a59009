"""The Correspondence tab: the archive of letters since 2011 behind one search box."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...services.office import Office
from .search_page import SearchPage


@dataclass(frozen=True)
class LettersTabState:
    """What the user was looking at: kept when the window is rebuilt in another language."""

    text: str
    filters: tuple[object, ...]  # each filter combo's chosen value, in order
    letter_id: int | None


class LettersTab(QWidget):
    lettersChanged = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setObjectName("lettersTab")
        self.search = SearchPage(office, self)
        self.search.lettersChanged.connect(self.lettersChanged)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)

    def reload(self) -> None:
        self.search.reload()

    def state(self) -> LettersTabState:
        page = self.search
        return LettersTabState(
            page.search_edit.text(),
            tuple(combo.currentData() for combo in page.combos()),
            page.selected_letter_id(),
        )

    def restore_state(self, state: LettersTabState) -> None:
        page = self.search
        for combo, value in zip(page.combos(), state.filters, strict=True):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        page.search_edit.blockSignals(True)
        page.search_edit.setText(state.text)
        page.search_edit.blockSignals(False)
        page.apply_filters()
        if state.letter_id is not None:
            page.select_letter(state.letter_id)
