"""One Directory list: search, sortable table, add/edit/deactivate, export."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.access import Permission
from ...domain.errors import OfficeError
from ...i18n import current_language
from ...services import directory
from ...services.directory import DirectoryRow
from ...services.directory_lists import CONTEXT, TAKES_OVER, ListSpec
from ...services.office import Office
from ..actions import table_page_action
from ..background import save_document
from ..hub import hub
from ..messages import show_refusal
from ..trust.permissions import grey_out, no_double_click
from .record_dialog import RecordDialog
from .table_model import SEARCH_ROLE, SORT_ROLE, DirectoryTableModel


class ListPage(QWidget):
    def __init__(self, office: Office, spec: ListSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.spec = spec
        self.setObjectName(f"{spec.key}Page")

        self.model = DirectoryTableModel(spec, self)
        self.proxy = QSortFilterProxyModel(self)  # the lists are small: sorting in Qt is fine
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterKeyColumn(0)

        self.table = QTableView()
        self.table.setObjectName("recordTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        names = [f.name for f in self.model.fields]
        order = spec.sort_field(current_language())
        self.table.sortByColumn(
            names.index(order) if order in names else 0, Qt.SortOrder.AscendingOrder
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.edit_selected)

        self.search = QLineEdit()
        self.search.setObjectName("searchEdit")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.textChanged.connect(self._filter)
        self.show_inactive = QCheckBox(
            self.tr("Show history") if spec.history else self.tr("Show inactive")
        )
        self.show_inactive.setObjectName("showInactiveCheck")
        self.show_inactive.toggled.connect(self.reload)
        self.count_label = QLabel()

        self.toolbar = QToolBar()
        self.add_action = self._action(self.tr("&Add…"), QKeySequence.StandardKey.New, self.add)
        self.edit_action = self._action(
            self.tr("&Edit…"), QKeySequence(Qt.Key.Key_Return), self.edit_selected, table_only=True
        )
        self.edit_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        if spec.history:
            self.replace_action = self._action(
                self.tr("&Replace…"), QKeySequence("Ctrl+R"), self.replace_selected
            )
            self.deactivate_action = self._action(
                self.tr("E&nd"),
                QKeySequence.StandardKey.Delete,
                self.toggle_selected,
                table_only=True,
            )
        else:
            self.deactivate_action = self._action(
                self.tr("&Deactivate"),
                QKeySequence.StandardKey.Delete,
                self.toggle_selected,
                table_only=True,
            )
        changing = (self.add_action, self.edit_action, self.deactivate_action)
        grey_out(self, office, Permission.EDIT, *changing, getattr(self, "replace_action", None))
        no_double_click(office, Permission.EDIT, self.table, self.edit_selected)
        self.toolbar.addSeparator()
        self._action(
            self.tr("Export to &Excel…"), QKeySequence("Ctrl+E"), lambda: self.export(".xlsx")
        )
        self._action(
            self.tr("Export to &Word…"), QKeySequence("Ctrl+Shift+E"), lambda: self.export(".docx")
        )
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        find.triggered.connect(self.search.setFocus)
        self.addAction(find)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_inactive)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        hub.directoryChanged.connect(self._on_directory_changed)
        self.reload()

    def _action(self, text: str, shortcut, slot, table_only: bool = False) -> QAction:  # noqa: ANN001
        return table_page_action(self, self.toolbar, self.table, text, shortcut, slot, table_only)

    def title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.spec.title)

    def singular(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.spec.singular)

    # --- data -------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            rows = directory.list_rows(
                self.office,
                self.spec.key,
                lang=current_language(),
                include_inactive=self.show_inactive.isChecked(),
            )
        except OfficeError as error:
            show_refusal(self, error)
            return
        selected = self.selected_id()
        self.model.set_rows(rows)
        self._size_columns()
        self._update_count()
        if selected is not None:
            self.select_id(selected)
        self._update_actions()

    def _size_columns(self) -> None:
        # Sized from the data once; the lists are small enough to measure every row.
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, min(header.sectionSize(column), 260))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n record(s)", "", self.proxy.rowCount()))

    def _on_directory_changed(self, key: str) -> None:
        if key != self.spec.key and key == "members":
            self.reload()  # member names appear in the other lists

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index)).id

    def select_id(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _update_actions(self, *_args: object) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(self.proxy.mapToSource(index)) if index.isValid() else None
        self.edit_action.setEnabled(row is not None)
        self.deactivate_action.setEnabled(row is not None)
        active = row is None or row.active
        if self.spec.history:
            # Only a current contact point can be succeeded.
            self.replace_action.setEnabled(row is not None and row.active)
            self.deactivate_action.setText(self.tr("E&nd") if active else self.tr("Re&open"))
        else:
            self.deactivate_action.setText(
                self.tr("&Deactivate") if active else self.tr("Re&activate")
            )

    # --- actions ----------------------------------------------------------------------

    def _members(self, values: dict | None = None) -> list[tuple[int, str]]:  # type: ignore[type-arg]
        """Active administrations, plus the record's own even if it was deactivated since."""
        lang = current_language()
        choices = directory.member_choices(self.office, lang)
        own = (values or {}).get("member_id")
        if own is not None and own not in {member_id for member_id, _ in choices}:
            choices += [c for c in directory.member_choices(self.office, lang, True) if c[0] == own]
        return choices

    def _changed(self, record_id: int | None) -> None:
        self.reload()
        if record_id is not None:
            self.select_id(record_id)
        hub.directoryChanged.emit(self.spec.key)

    def add(self) -> None:
        defaults = {"kind": "international organization"} if self.spec.key == "partners" else {}
        if self.spec.history:
            defaults["valid_from"] = date.today()
        saved, accepted = RecordDialog.edit(
            self,
            self.spec,
            self._members(),
            self.tr("New: %1").replace("%1", self.singular()),
            defaults,
            lambda values: directory.save(self.office, self.spec.key, None, values),
        )
        if accepted:
            self._changed(saved)

    def edit_selected(self, *_args: object) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        try:
            values = directory.get_values(self.office, self.spec.key, record_id)
        except OfficeError as error:
            show_refusal(self, error)
            self.reload()
            return
        saved, accepted = RecordDialog.edit(
            self,
            self.spec,
            self._members(values),
            self.tr("Edit: %1").replace("%1", self.singular()),
            values,
            lambda v: directory.save(self.office, self.spec.key, record_id, v),
        )
        if accepted:
            self._changed(saved)

    def replace_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        old = directory.get_values(self.office, self.spec.key, record_id)
        # The successor serves the same administration from a new date.
        fields = tuple(
            f for f in self.spec.fields if f.name not in ("member_id", "valid_from", "valid_until")
        )
        form_spec = dataclasses.replace(self.spec, fields=fields)

        def save(values: dict) -> int:  # type: ignore[type-arg]
            starting = values.pop("valid_from") or date.today()
            return directory.replace_contact_point(self.office, record_id, values, starting)

        saved, accepted = RecordDialog.edit(
            self,
            form_spec,
            self._members(old),
            self.tr("Replace %1 (%2)")
            .replace("%1", old["name"])
            .replace(
                "%2",
                self.model.row_at(self.proxy.mapToSource(self.table.currentIndex())).texts[
                    "member_id"
                ],
            ),
            {"valid_from": date.today()},
            save,
            extra_fields=(TAKES_OVER,),
        )
        if accepted:
            self._changed(saved)

    def toggle_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        row = self.model.row_at(self.proxy.mapToSource(self.table.currentIndex()))
        try:
            directory.set_active(self.office, self.spec.key, record_id, not row.active)
        except OfficeError as error:
            show_refusal(self, error)
            return
        name = self._row_label(row)
        if row.active:
            message = self.tr("%1 is no longer current; tick “%2” to see it again.")
            message = message.replace("%2", self.show_inactive.text().replace("&", ""))
        else:
            message = self.tr("%1 is current again.")
        hub.statusMessage.emit(message.replace("%1", name))
        self._changed(record_id)

    def _row_label(self, row: DirectoryRow) -> str:
        """How a user names the record: the person, or the organization's short name."""
        lang = current_language()
        for key in ("name", f"short_{lang}", f"name_{lang}", "name_en"):
            if row.texts.get(key):
                return row.texts[key]
        return next((text for text in row.texts.values() if text), "")

    def export(self, suffix: str) -> None:
        name = self.title().replace(" ", "-").lower() + suffix
        filters = {
            ".xlsx": self.tr("Excel workbook (*.xlsx)"),
            ".docx": self.tr("Word document (*.docx)"),
        }
        path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Export"), name, filters[suffix])
        if not path:
            return
        self.export_to(path if path.endswith(suffix) else path + suffix)

    def export_to(self, path: str) -> None:
        office, key, lang = self.office, self.spec.key, current_language()
        inactive, search = self.show_inactive.isChecked(), self.search.text()
        try:
            written = save_document(
                self,
                Path(path),
                lambda: directory.list_document(
                    office, key, lang=lang, include_inactive=inactive, search=search
                ),
            )
        except OfficeError as error:
            show_refusal(self, error)
            return
        if written is not None:  # None: cancelled, and no file left behind
            hub.statusMessage.emit(self.tr("Exported to %1").replace("%1", str(written)))
