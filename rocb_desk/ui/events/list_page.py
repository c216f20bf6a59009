"""The register: filters, the list of events, the month calendar beside it, the exports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.access import Permission
from ...domain.errors import OfficeError
from ...domain.events import KIND_LABELS, MODALITY_LABELS, ROLE_LABELS
from ...domain.fiscal import FinancialYear
from ...domain.money import format_money
from ...i18n import current_language, translate
from ...services.events import documents, register
from ...services.events.queries import EventFilter, known_years, list_events, period_text
from ...services.office import Office
from ..actions import table_page_action
from ..background import save_document
from ..hub import hub
from ..messages import show_refusal
from ..tables import record_table
from ..trust.permissions import grey_out, no_double_click
from . import DOCUMENT_LANGUAGES
from .calendar import CalendarPanel
from .list_model import DATES, NUMBER, TITLE, EventListModel

# The documents of a year: what the export dialog offers, with the formats of each.
TABLE, SUPPORTED, NARRATIVES = "table", "supported", "narratives"
BUILDERS = {
    TABLE: documents.events_table_document,
    SUPPORTED: documents.supported_events_document,
    NARRATIVES: documents.narratives_document,
}
FILE_NAMES = {TABLE: "events-", SUPPORTED: "events-supported-", NARRATIVES: "narratives-"}


def year_choices(office: Office) -> tuple[list[FinancialYear], FinancialYear]:
    """The years to offer, newest first, and the one to open on: the latest with events."""
    kept = known_years(office)
    this_year = FinancialYear.of(date.today())
    return sorted({*kept, this_year}, reverse=True), (kept[0] if kept else this_year)


class EventsPage(QWidget):
    # Events were added, changed or removed: the statistics and calendars read them again.
    eventsChanged = Signal()  # noqa: N815 - Qt signal naming
    # Ledger entries were linked, unlinked or posted: the Bookkeeping tab reads them again.
    booksChanged = Signal()  # noqa: N815

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setObjectName("eventsPage")

        self.year_combo = QComboBox(objectName="eventYearCombo")
        self.role_combo = QComboBox(objectName="roleCombo")
        self.role_combo.addItem(self.tr("All roles"), None)
        for role, label in ROLE_LABELS.items():
            self.role_combo.addItem(translate("Events", label), role.value)
        self.kind_combo = QComboBox(objectName="eventKindCombo")
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(translate("Events", label), kind.value)
        self.modality_combo = QComboBox(objectName="modalityCombo")
        self.modality_combo.addItem(self.tr("All modalities"), None)
        for modality, label in MODALITY_LABELS.items():
            self.modality_combo.addItem(translate("Events", label), modality.value)
        self.text_edit = QLineEdit(objectName="eventTextEdit", clearButtonEnabled=True)
        self.text_edit.setPlaceholderText(self.tr("Title, place or narrative (Ctrl+F)"))
        self.reload_years()

        filters = QHBoxLayout()
        for combo in (self.year_combo, self.role_combo, self.kind_combo, self.modality_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            # Narrow on a small screen (the calendar is beside), whole where there is room.
            combo.setMinimumContentsLength(8)
            filters.addWidget(combo, 1)
        filters.addWidget(self.text_edit, 3)

        self.model = EventListModel(self)
        # The title gets the room: the others are sized from the font, their titles elided
        # where long (the full title is the header's tooltip).
        self.table = record_table(
            self.model, "eventTable", (4, 17, 40, 15, 10, 16, 10, 9, 11), TITLE, fit_titles=False
        )
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(NUMBER, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        longest = max(  # a period within a month, in the user's language
            self.fontMetrics().horizontalAdvance(period_text(date(2020, m, 25), date(2020, m, 26)))
            for m in range(1, 13)
        )
        header.resizeSection(DATES, longest + 16)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.doubleClicked.connect(self.edit_selected)
        self.count_label = QLabel(objectName="eventCountLabel")
        self.calendar = CalendarPanel(office, self)
        self.calendar.dayChosen.connect(self.apply_filters)

        self.toolbar = QToolBar()
        self.new_action = self._action(
            self.tr("&New event…"), QKeySequence.StandardKey.New, self.add
        )
        self.edit_action = self._action(
            self.tr("&Edit…"), QKeySequence(Qt.Key.Key_Return), self.edit_selected, table_only=True
        )
        self.edit_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.delete_action = self._action(
            self.tr("&Delete"),
            QKeySequence.StandardKey.Delete,
            self.delete_selected,
            table_only=True,
        )
        grey_out(
            self, office, Permission.EDIT, self.new_action, self.edit_action, self.delete_action
        )
        no_double_click(office, Permission.EDIT, self.table, self.edit_selected)
        self.toolbar.addSeparator()
        self._action(self.tr("E&xport…"), QKeySequence("Ctrl+E"), self.export)
        find = QAction(self, shortcut=QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        find.triggered.connect(self.text_edit.setFocus)
        self.addAction(find)

        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addLayout(filters)
        listing_layout.addWidget(self.table, 1)
        listing_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(listing)
        self.splitter.addWidget(self.calendar)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        for combo in (self.year_combo, self.role_combo, self.kind_combo, self.modality_combo):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.year_combo.currentIndexChanged.connect(self._show_year_in_calendar)
        # Filtered a moment after the last key, not on every key of a word being typed.
        self.text_timer = QTimer(self, singleShot=True, interval=250)
        self.text_timer.timeout.connect(self.apply_filters)
        self.text_edit.textChanged.connect(self.text_timer.start)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.apply_filters()
        self._show_year_in_calendar()

    def _action(self, text: str, shortcut, slot, table_only: bool = False) -> QAction:  # noqa: ANN001
        return table_page_action(self, self.toolbar, self.table, text, shortcut, slot, table_only)

    # --- filters and data ---------------------------------------------------------------

    def reload_years(self) -> None:
        chosen = self.year_combo.count() > 0  # after the first time, keep the user's choice
        current = self.year_combo.currentData()
        offered, opening = year_choices(self.office)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All years"), None)
        for year in offered:
            self.year_combo.addItem(year.name, year.start_year)
        wanted = current if chosen else opening.start_year
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(wanted), 0))
        self.year_combo.blockSignals(False)

    def selected_year(self) -> FinancialYear | None:
        start = self.year_combo.currentData()
        return FinancialYear(start) if start is not None else None

    def current_filter(self) -> EventFilter:
        day = self.calendar.chosen
        return EventFilter(
            # A day chosen in the calendar is shown whatever year the list was on.
            year=None if day is not None else self.selected_year(),
            role=self.role_combo.currentData(),
            kind=self.kind_combo.currentData(),
            modality=self.modality_combo.currentData(),
            text=self.text_edit.text(),
            on_day=day,
        )

    def apply_filters(self, *_args: object) -> None:
        current = self.selected_event_id()
        self.model.set_lines(list_events(self.office, self.current_filter(), current_language()))
        self.table.horizontalHeader().setSortIndicator(NUMBER, Qt.SortOrder.AscendingOrder)
        text = self.tr("%n event(s) shown", "", self.model.rowCount())
        if self.calendar.chosen is not None:
            text += " · " + period_text(self.calendar.chosen, self.calendar.chosen)
        total = self.model.total_cost()
        if total:
            text += " · " + self.tr("costs %1").replace(
                "%1", format_money(total, current_language())
            )
        self.count_label.setText(text)
        if current is not None:
            self.select_event(current)
        self._update_actions()

    def _show_year_in_calendar(self, *_args: object) -> None:
        """Turn the calendar to where the year's events are: today, or the year's first event."""
        year = self.selected_year()
        if year is None or self.calendar.chosen is not None:
            return
        today = date.today()
        day = today if year.start <= today <= year.end else None
        if day is None and self.model.rowCount():
            day = min(line.start for line in self.model.lines)
        day = day or year.start
        self.calendar.calendar.setCurrentPage(day.year, day.month)

    def reload(self) -> None:
        self.reload_years()
        self.apply_filters()
        self.calendar.refresh()

    def selected_event_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.line_at(index.row()).id if index.isValid() else None

    def select_event(self, event_id: int) -> None:
        row = self.model.row_of(event_id)
        if row >= 0:
            self.table.selectRow(row)

    def _current_changed(self, *_args: object) -> None:
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        chosen = self.selected_event_id() is not None
        self.edit_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)

    # --- events -------------------------------------------------------------------------

    def _changed(self, event_id: int | None, books: bool) -> None:
        self.reload()
        if event_id is not None:
            self.select_event(event_id)
        self.eventsChanged.emit()
        if books:
            self.booksChanged.emit()

    def add(self) -> None:
        from .event_dialog import EventDialog  # with its participants: when first opened

        event_id, changed = EventDialog.edit(self, self.office, None, self.calendar.chosen)
        if changed:
            self._changed(event_id, books=True)

    def edit_selected(self, *_args: object) -> None:
        event_id = self.selected_event_id()
        if event_id is None:
            return
        from .event_dialog import EventDialog

        _id, changed = EventDialog.edit(self, self.office, event_id)
        if changed:
            self._changed(event_id, books=True)

    def delete_selected(self) -> None:
        event_id = self.selected_event_id()
        if event_id is None:
            return
        line = self.model.line_at(self.model.row_of(event_id))
        question = self.tr("Delete the event “%1” of %2?").replace("%1", line.title)
        question = question.replace("%2", period_text(line.start, line.end))
        linked = register.costs(self.office, event_id)
        if linked:
            question += "\n\n" + self.tr(
                "%n ledger entry(ies) of its costs (%1 EUR) stay in the books, "
                "no longer linked to an event.",
                "",
                len(linked),
            ).replace("%1", format_money(sum(c.amount for c in linked), current_language()))
        if (
            QMessageBox.question(self, self.tr("Delete event"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            unlinked = register.delete_event(self.office, event_id)
        except OfficeError as error:
            show_refusal(self, error)
            return
        hub.statusMessage.emit(
            self.tr("Event deleted; %n cost entry(ies) kept in the books.", "", unlinked)
        )
        self._changed(None, books=bool(unlinked))

    # --- documents of the year ------------------------------------------------------------

    def export(self) -> None:
        offered, _opening = year_choices(self.office)
        choice = ExportDialog.choose(self, offered, self.selected_year() or offered[0])
        if choice is None:
            return
        what, suffix, lang, year = choice
        name = f"{FILE_NAMES[what]}{year.name.replace('/', '-')}-{lang}{suffix}"
        path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Export"), name)
        if not path:
            return
        if not Path(path).suffix:
            path += suffix
        office, build = self.office, BUILDERS[what]
        try:
            written = save_document(self, Path(path), lambda: build(office, year, lang), lang=lang)
        except OfficeError as error:
            show_refusal(self, error)
            return
        if written is not None:  # None: cancelled, and no file left behind
            hub.statusMessage.emit(self.tr("Saved %1").replace("%1", str(written)))


class ExportDialog(QDialog):
    """Which document of which year, in which format and language."""

    def __init__(
        self, years: list[FinancialYear], year: FinancialYear, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the events of a year"))
        self.year_combo = QComboBox(objectName="exportYearCombo")
        for offered in years:
            self.year_combo.addItem(offered.name, offered.start_year)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(year.start_year), 0))
        self.choices = {
            TABLE: QRadioButton(self.tr("Table of the year's events (#, Event, Location, Date)")),
            SUPPORTED: QRadioButton(self.tr("Events financially supported")),
            NARRATIVES: QRadioButton(self.tr("Narratives of the year's events")),
        }
        self.choices[TABLE].setChecked(True)
        self.format_combo = QComboBox(objectName="exportFormatCombo")
        self.language_combo = QComboBox(objectName="exportLanguageCombo")
        for code, name in DOCUMENT_LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(self.language_combo.findData(current_language()), 0)
        )
        for button in self.choices.values():
            button.toggled.connect(self._fill_formats)
        self._fill_formats()

        what = QVBoxLayout()
        for button in self.choices.values():
            what.addWidget(button)
        form = QFormLayout()
        form.addRow(self.tr("Financial year"), self.year_combo)
        form.addRow(self.tr("Document"), what)
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("Language"), self.language_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def chosen(self) -> str:
        return next(key for key, button in self.choices.items() if button.isChecked())

    def _fill_formats(self, *_args: object) -> None:
        current = self.format_combo.currentData()
        self.format_combo.clear()
        self.format_combo.addItem(self.tr("Word document (.docx)"), ".docx")
        if self.chosen() != NARRATIVES:  # the narratives are prose: a Word file to edit
            self.format_combo.addItem(self.tr("PDF document (.pdf)"), ".pdf")
            self.format_combo.addItem(self.tr("Excel workbook (.xlsx)"), ".xlsx")
        self.format_combo.setCurrentIndex(max(self.format_combo.findData(current), 0))

    def value(self) -> tuple[str, str, str, FinancialYear]:
        return (
            self.chosen(),
            self.format_combo.currentData(),
            self.language_combo.currentData(),
            FinancialYear(self.year_combo.currentData()),
        )

    @classmethod
    def choose(
        cls, parent: QWidget, years: list[FinancialYear], year: FinancialYear
    ) -> tuple[str, str, str, FinancialYear] | None:
        dialog = cls(years, year, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.value() if accepted else None
        dialog.deleteLater()
        return value
