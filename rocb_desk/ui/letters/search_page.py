"""The archive's one search box, its filters and the letters found, with the year's
numbering under them and the toolbar that opens, writes, exports and imports letters."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.access import Permission
from ...domain.errors import OfficeError
from ...domain.letters import Direction, LetterStatus
from ...domain.references import LetterReference
from ...i18n import current_language
from ...services import directory
from ...services.events.choices import partner_choices
from ...services.letters import register, search, view
from ...services.letters.choices import rtc_choices
from ...services.letters.correspondents import Correspondent
from ...services.office import Office
from ..actions import table_page_action
from ..hub import hub
from ..messages import show_refusal
from ..tables import record_table
from ..trust.permissions import grey_out
from . import choices, label
from .archive_import_dialog import ArchiveImportDialog
from .composer import ComposerDialog
from .exporting import export_circular, export_letter
from .letter_dialog import LetterDialog
from .profile_dialog import ProfileDialog
from .results_model import FOUND, LetterResultsModel, SnippetDelegate

TYPING_PAUSE_MS = 200  # search once the user pauses, not at every key


def correspondent_key(item: Correspondent | None) -> str | None:
    return None if item is None else f"{item.kind}:{item.id}"


def correspondent_of(key: str | None) -> Correspondent | None:
    if not key:
        return None
    kind, _, number = key.partition(":")
    return Correspondent(kind, int(number))


class SearchPage(QWidget):
    # Letters were registered, changed or removed.
    lettersChanged = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setObjectName("lettersSearchPage")
        lang = current_language()

        self.search_edit = QLineEdit(objectName="letterSearchEdit", clearButtonEnabled=True)
        self.search_edit.setPlaceholderText(
            self.tr("Search references, subjects, correspondents, texts and attachments (Ctrl+F)")
        )
        self.search_edit.setToolTip(
            self.tr(
                "Words are found in any form of case; contrib* finds every word that begins "
                'so; "in quotes" is a phrase; OR, NOT and - combine words.'
            )
        )
        self.direction_combo = self._combo("letterDirectionCombo", self.tr("Incoming and outgoing"))
        for value, text in choices("direction"):
            self.direction_combo.addItem(text, value)
        self.year_combo = self._combo("letterYearCombo", self.tr("All years"))
        self.correspondent_combo = self._combo(
            "letterCorrespondentCombo", self.tr("All correspondents")
        )
        for kind, items in (
            ("member", directory.member_choices(office, lang, include_inactive=True)),
            ("partner", partner_choices(office, lang)),
            ("rtc", rtc_choices(office, lang)),
        ):
            for item_id, text in items:
                self.correspondent_combo.addItem(text, f"{kind}:{item_id}")
        self.language_combo = self._combo("letterLanguageCombo", self.tr("All languages"))
        for value, text in choices("language"):
            self.language_combo.addItem(text, value)
        self.restriction_combo = self._combo("letterRestrictionCombo", self.tr("Any restriction"))
        for value, text in choices("restriction"):
            self.restriction_combo.addItem(text, value)
        self.tag_combo = self._combo("letterTagCombo", self.tr("All tags"))
        self.reload_choices()
        for combo in (self.correspondent_combo, self.tag_combo):
            # Partners' names are long: as wide as its first item, the longer ones elided.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(min(len(combo.itemText(0)) + 2, 22))

        filters = QHBoxLayout()
        for combo in self.combos():
            filters.addWidget(combo)
        filters.addStretch(1)

        self.model = LetterResultsModel(office, self)
        self.table = record_table(
            self.model, "letterTable", (10, 10, 30, 50, 16, 11, 9, 11, 16), FOUND, fit_titles=False
        )
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setItemDelegateForColumn(FOUND, SnippetDelegate(self.table))
        self.table.doubleClicked.connect(self.open_selected)
        self.count_label = QLabel(objectName="letterCountLabel")
        self.numbering_label = QLabel(objectName="numberingLabel")
        self.numbering_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.toolbar = QToolBar()
        self.new_action = self._action(
            self.tr("&New letter…"), QKeySequence.StandardKey.New, self.add
        )
        self.compose_action = self._action(
            self.tr("&Compose outgoing letter…"), QKeySequence("Ctrl+Shift+N"), self.compose
        )
        self.open_action = self._action(
            self.tr("&Open…"), QKeySequence(Qt.Key.Key_Return), self.open_selected, table_only=True
        )
        self.open_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.delete_action = self._action(
            self.tr("&Delete draft"),
            QKeySequence.StandardKey.Delete,
            self.delete_selected,
            table_only=True,
        )
        self.toolbar.addSeparator()
        self.export_action = self._action(
            self.tr("E&xport…"), QKeySequence("Ctrl+E"), self.export_selected
        )
        self.circular_action = self._action(
            self.tr("Export &circular…"), None, self.export_circular_selected
        )
        self.toolbar.addSeparator()
        self.import_action = self._action(
            self.tr("&Import archive…"), QKeySequence("Ctrl+I"), self.import_archive
        )
        self.profile_action = self._action(self.tr("Office &particulars…"), None, self.edit_profile)
        # Read-only accounts open letters to read them, and change nothing.
        changing = (self.new_action, self.compose_action, self.delete_action)
        grey_out(self, office, Permission.EDIT, *changing, self.import_action, self.profile_action)
        find = QAction(self, shortcut=QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        find.triggered.connect(self.focus_search)
        self.addAction(find)

        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.numbering_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.search_edit)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.typing.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(self.typing.start)
        self.search_edit.returnPressed.connect(self.apply_filters)
        for combo in self.combos():
            combo.currentIndexChanged.connect(self.apply_filters)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.apply_filters()

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.addItem(everything, None)
        # As wide as the longest choice where there is room; narrower (elided) on a small
        # window, which the filters must never hold wider than it is.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 9)
        return combo

    def combos(self) -> tuple[QComboBox, ...]:
        return (
            self.direction_combo,
            self.year_combo,
            self.correspondent_combo,
            self.language_combo,
            self.restriction_combo,
            self.tag_combo,
        )

    def _action(self, text: str, shortcut, slot, table_only: bool = False) -> QAction:  # noqa: ANN001
        return table_page_action(self, self.toolbar, self.table, text, shortcut, slot, table_only)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # --- filters and results -----------------------------------------------------------

    def reload_choices(self) -> None:
        """Years and tags as the register now has them; the user's choice is kept."""
        for combo, values in (
            (self.year_combo, [(str(year), year) for year in search.years(self.office)]),
            (self.tag_combo, [(tag, tag) for tag in search.tags(self.office)]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, value in values:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def current_filter(self) -> search.LetterFilter:
        return search.LetterFilter(
            direction=self.direction_combo.currentData(),
            year=self.year_combo.currentData(),
            correspondent=correspondent_of(self.correspondent_combo.currentData()),
            language=self.language_combo.currentData(),
            restriction=self.restriction_combo.currentData(),
            tag=self.tag_combo.currentData(),
        )

    def apply_filters(self, *_args: object) -> None:
        self.typing.stop()
        current = self.selected_letter_id()
        self.model.set_query(self.search_edit.text(), self.current_filter())
        total = self.model.total
        if self.model.capped:  # a word too common: counted no further than search.COMMON
            grouping = "\u00a0" if current_language() == "ru" else ","
            text = self.tr("More than %1 letters found").replace(
                "%1", f"{search.COMMON:,}".replace(",", grouping)
            )
        else:
            text = self.tr("%n letter(s) found", "", total)
        if self.search_edit.text().strip() and not self.model.ranked and total:
            text += " · " + self.tr("most recently registered first: too common to rank")
        self.count_label.setText(text)
        self._show_numbering()
        if current is not None and self.model.row_of(current) >= 0:
            self.table.selectRow(self.model.row_of(current))
        elif self.model.rowCount():
            self.table.selectRow(0)
        self._update_actions()

    def _show_numbering(self) -> None:
        """The year's numbering: where it stands, and any number missing or given twice."""
        year = self.year_combo.currentData()
        if year is None:
            self.numbering_label.clear()
            return
        chosen = self.direction_combo.currentData()
        parts = []
        for direction in (Direction.OUTGOING.value, Direction.INCOMING.value):
            if chosen and chosen != direction:
                continue
            state = view.numbering(self.office, direction, year)
            incoming = direction == Direction.INCOMING.value
            text = self.tr("%1 %2: last %3").replace("%1", label("direction", direction))
            text = text.replace("%2", str(year))
            last = str(LetterReference(year, state.last, incoming)) if state.last else "—"
            text = text.replace("%3", last)
            if state.missing:
                missing = ", ".join(str(n) for n in state.missing)
                text += ", " + self.tr("missing %1").replace("%1", missing)
            if state.duplicates:
                twice = ", ".join(str(n) for n in state.duplicates)
                text += ", " + self.tr("given twice %1").replace("%1", twice)
            parts.append(text)
        self.numbering_label.setText(" · ".join(parts))

    def selected_letter_id(self) -> int | None:
        line = self.selected_line()
        return line.id if line is not None else None

    def selected_line(self):  # noqa: ANN201 - a Hit, or None (none chosen, or gone)
        index = self.table.currentIndex()
        return self.model.line_at(index.row()) if index.isValid() else None

    def select_letter(self, letter_id: int) -> None:
        row = self.model.row_of(letter_id)
        if row >= 0:
            self.table.selectRow(row)

    def _update_actions(self, *_args: object) -> None:
        line = self.selected_line()
        self.open_action.setEnabled(line is not None)
        self.delete_action.setEnabled(line is not None and line.status == LetterStatus.DRAFT)
        outgoing = line is not None and line.direction == Direction.OUTGOING
        self.export_action.setEnabled(outgoing)
        self.circular_action.setEnabled(outgoing)

    def reload(self) -> None:
        self.reload_choices()
        self.apply_filters()

    def _changed(self, letter_id: int | None) -> None:
        self.reload()
        if letter_id is not None:
            self.select_letter(letter_id)
        self.lettersChanged.emit()

    # --- letters ------------------------------------------------------------------------

    def add(self) -> None:
        letter_id, changed = LetterDialog.edit(self, self.office, None)
        if changed:
            self._changed(letter_id)

    def compose(self) -> None:
        letter_id, changed = ComposerDialog.edit(self, self.office, None)
        if changed:
            self._changed(letter_id)

    def open_selected(self, *_args: object) -> None:
        letter_id = self.selected_letter_id()
        if letter_id is not None:
            self.open_letter(letter_id)

    def open_letter(self, letter_id: int) -> None:
        """An outgoing draft opens in the composer; any other letter in the letter editor."""
        row = self.model.row_of(letter_id)
        line = self.model.line_at(row) if row >= 0 else None
        drafting = (
            line is not None
            and line.direction == Direction.OUTGOING
            and line.status == LetterStatus.DRAFT
            and ComposerDialog.can_address(self.office, letter_id)
        )
        opener = ComposerDialog if drafting else LetterDialog
        chosen, changed = opener.edit(self, self.office, letter_id)
        if changed:
            self._changed(chosen or letter_id)

    def delete_selected(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        question = self.tr("Delete the draft %1? Its number becomes free again.").replace(
            "%1", line.reference
        )
        if (
            QMessageBox.question(self, self.tr("Delete draft"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            register.delete_draft(self.office, line.id)
        except OfficeError as error:
            show_refusal(self, error)
            return
        hub.statusMessage.emit(self.tr("Draft %1 deleted").replace("%1", line.reference))
        self._changed(None)

    def export_selected(self) -> None:
        line = self.selected_line()
        if line is not None:
            export_letter(self, self.office, line.id, line.reference, line.language)

    def export_circular_selected(self) -> None:
        letter_id = self.selected_letter_id()
        if letter_id is not None:
            export_circular(self, self.office, letter_id)

    def import_archive(self) -> None:
        index, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Index of the scanned archive"),
            "",
            self.tr("Index of letters (*.csv *.xlsx);;All files (*)"),
        )
        if not index:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of the scanned letters"), str(Path(index).parent)
        )
        if not folder:
            return
        if ArchiveImportDialog.run(self, self.office, Path(folder), Path(index)):
            self._changed(None)

    def edit_profile(self) -> None:
        ProfileDialog.edit(self, self.office)
