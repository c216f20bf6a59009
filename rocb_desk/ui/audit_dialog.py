"""The audit trail, shown read-only: who, when, what, before and after.

For one record or one year (a list handed over), and for the whole office: the trail
viewer reads the service a page at a time, filtered by who, what, which action and when.
"""

from __future__ import annotations

import html
import json
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import OfficeError
from ..i18n import error_text
from ..services import audit_view
from ..services.audit_view import AuditLine
from ..services.office import Office
from .forms import OptionalDateEdit
from .models import TitledTableModel
from .tables import record_table

Index = QModelIndex | QPersistentModelIndex
WHEN, WHO, ACTION, RECORD, CHANGES = range(5)


class AuditModel(TitledTableModel):
    def __init__(self, lines: list[AuditLine], parent: Any = None) -> None:
        super().__init__(parent)
        self.lines = lines

    def headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("Who"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Changes"),
        ]

    def actions(self) -> dict[str, str]:
        return {
            "create": self.tr("created"),
            "update": self.tr("changed"),
            "delete": self.tr("deleted"),
            "import": self.tr("imported"),
            "demo": self.tr("demo data"),
            "reverse": self.tr("reversal"),
            "close": self.tr("year closed"),
            "reopen": self.tr("year reopened"),
            "receipt": self.tr("receipt attached"),
            "budget": self.tr("budget set"),
            "settings": self.tr("settings"),
            "activate": self.tr("reactivated"),
            "deactivate": self.tr("deactivated"),
            "replace": self.tr("replaced"),
            "load": self.tr("loaded"),
            "attach": self.tr("file attached"),
            "detach": self.tr("file removed"),
            "link": self.tr("linked"),
            "unlink": self.tr("unlinked"),
            "sign_off": self.tr("signed off"),
            "withdraw_sign_off": self.tr("sign-off withdrawn"),
            "password": self.tr("password set"),
            "login_off": self.tr("login switched off"),
            "login_on": self.tr("login switched on"),
        }

    def entities(self) -> dict[str, str]:
        return {
            "ledger_entry": self.tr("Ledger entry"),
            "financial_year": self.tr("Financial year"),
            "budget_item": self.tr("Budget item"),
            "letter": self.tr("Letter"),
            "event": self.tr("Event"),
            "participant": self.tr("Participant"),
            "room_booking": self.tr("Room booking"),
            "activity": self.tr("Work plan activity"),
            "need": self.tr("Training need"),
            "news_item": self.tr("News item"),
            "rtc_report": self.tr("RTC report"),
            "user_account": self.tr("Account"),
            "office_login": self.tr("Login of the office"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        line = self.lines[index.row()]
        column = index.column()
        if column == WHEN:
            return line.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if column == WHO:
            return line.actor
        if column == ACTION:
            return self.actions().get(line.action, line.action)
        if column == RECORD:
            return f"{self.entities().get(line.entity, line.entity)} {line.entity_id or ''}".strip()
        return line.changes


class AuditDialog(QDialog):
    def __init__(self, title: str, lines: list[AuditLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.table = QTableView(objectName="auditTable")
        self.table.setModel(AuditModel(lines, self))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CHANGES, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(1000, 420)

    @classmethod
    def show_lines(cls, parent: QWidget, title: str, lines: list[AuditLine]) -> None:
        dialog = cls(title, lines, parent)
        dialog.exec()
        dialog.deleteLater()


# --- the whole trail ------------------------------------------------------------------

PAGE = 200  # rows read per page: the trail of fifteen years is never read whole


class PagedAuditModel(AuditModel):
    """The trail as the service finds it for the filters, read a page at a time as the
    view scrolls (canFetchMore/fetchMore)."""

    def __init__(self, office: Office, parent: Any = None) -> None:
        super().__init__([], parent)
        self.office = office
        self.filters = audit_view.AuditFilter()
        self.exhausted = True

    def set_filters(self, filters: audit_view.AuditFilter) -> None:
        self.beginResetModel()
        try:
            self.filters = filters
            self.lines = []
            self.lines = self._read_page()
        finally:  # a refusal leaves an empty table, never a half-reset model
            self.endResetModel()

    def _read_page(self) -> list[AuditLine]:
        page = audit_view.search_audit(
            self.office, self.filters, limit=PAGE, offset=len(self.lines)
        )
        self.exhausted = len(page) < PAGE
        return page

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt API
        return not parent.isValid() and not self.exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802 - Qt API
        if parent.isValid() or self.exhausted:
            return
        page = self._read_page()
        if not page:
            return
        first = len(self.lines)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self.lines.extend(page)
        self.endInsertRows()

    def line_at(self, row: int) -> AuditLine | None:
        return self.lines[row] if 0 <= row < len(self.lines) else None


def _values(raw: object) -> dict[str, object]:
    """A record's values as the service gave them: a dict, its JSON text, or nothing."""
    if isinstance(raw, dict):
        return raw
    if isinstance(raw, str) and raw:
        try:
            loaded = json.loads(raw)
        except ValueError:
            return {}
        return loaded if isinstance(loaded, dict) else {}
    return {}


def detail_rows(line: AuditLine) -> list[tuple[str, str, str]]:
    """(field, before, after) of one entry, from its values when the service gives them,
    else from its summary "field: before → after; ..."."""
    before = _values(getattr(line, "before", None))
    after = _values(getattr(line, "after", None))
    if before or after:
        keys = sorted(set(before) | set(after))
        return [
            (k, "" if before.get(k) is None else str(before.get(k)), _shown(after.get(k)))
            for k in keys
            if not (before and after) or before.get(k) != after.get(k)
        ]
    rows = []
    for part in line.changes.split("; ") if line.changes else []:
        field, _sep, value = part.partition(": ")
        old, arrow, new = value.partition(" \u2192 ")
        if arrow:
            rows.append((field, old, new))
        elif line.action == "delete":
            rows.append((field, value, ""))
        else:
            rows.append((field, "", value))
    return rows


def _shown(value: object) -> str:
    return "" if value is None else str(value)


class AuditTrailDialog(QDialog):
    """The office's whole audit trail: filtered by who, what record, which action and
    when; each entry's before and after below the list."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditTrailDialog")
        self.setWindowTitle(self.tr("Audit trail"))
        self.office = office
        self.model = PagedAuditModel(office, self)
        self.total = 0
        everyone, everything = self.tr("Everyone"), self.tr("All records")
        self.who_combo = QComboBox(objectName="auditWho")
        self.who_combo.addItem(everyone, None)
        for actor in audit_view.audit_actors(office):
            self.who_combo.addItem(actor, actor)
        labels = self.model.entities()
        self.what_combo = QComboBox(objectName="auditWhat")
        self.what_combo.addItem(everything, None)
        for entity in audit_view.audit_entities(office):
            self.what_combo.addItem(labels.get(entity, entity), entity)
        self.action_combo = QComboBox(objectName="auditAction")
        self.action_combo.addItem(self.tr("All actions"), None)
        actions = self.model.actions()
        for action in sorted(audit_view.audit_actions(office), key=lambda a: actions.get(a, a)):
            self.action_combo.addItem(actions.get(action, action), action)
        self.from_edit = OptionalDateEdit()
        self.from_edit.setObjectName("auditFrom")
        self.until_edit = OptionalDateEdit()
        self.until_edit.setObjectName("auditUntil")
        filters = QHBoxLayout()
        for text, editor in (
            (self.tr("&Who:"), self.who_combo),
            (self.tr("W&hat:"), self.what_combo),
            (self.tr("&Action:"), self.action_combo),
            (self.tr("&From:"), self.from_edit),
            (self.tr("&To:"), self.until_edit),
        ):
            label = QLabel(text)
            label.setBuddy(editor)
            filters.addWidget(label)
            filters.addWidget(editor)
        filters.addStretch(1)
        for combo in (self.who_combo, self.what_combo, self.action_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.apply_filters)
        for day in (self.from_edit, self.until_edit):
            day.dateChanged.connect(self.apply_filters)

        self.table = record_table(self.model, "auditTrailTable", (19, 12, 14, 22, 50), CHANGES)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.count_label = QLabel(objectName="auditCount")
        self.heading = QLabel(objectName="auditDetailHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QTableWidget(0, 3, objectName="auditDetail")
        self.detail.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        self.detail.verticalHeader().hide()
        self.detail.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.detail.setWordWrap(True)
        detail_header = self.detail.horizontalHeader()
        detail_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            detail_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.heading)
        lower_layout.addWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.resize(1100, 680)
        self.apply_filters()

    def current_filters(self) -> audit_view.AuditFilter:
        return audit_view.AuditFilter(
            actor=self.who_combo.currentData(),
            entity=self.what_combo.currentData(),
            action=self.action_combo.currentData(),
            since=self.from_edit.value(),
            until=self.until_edit.value(),
        )

    def apply_filters(self, *_args: object) -> None:
        filters = self.current_filters()
        try:
            self.model.set_filters(filters)
            self.total = audit_view.count_audit(self.office, filters)
        except OfficeError as error:
            self.count_label.setText(error_text(error))
            return
        self._count()
        if self.model.lines:
            self.table.selectRow(0)
        else:
            self._show_detail()

    def _count(self) -> None:
        self.count_label.setText(
            self.tr("%n entry(ies) found, %1 read", "", self.total).replace(
                "%1", str(len(self.model.lines))
            )
            if not self.model.exhausted
            else self.tr("%n entry(ies) found", "", self.total)
        )

    def _show_detail(self, *_args: object) -> None:
        self._count()  # the rows read grow as the table scrolls
        index = self.table.currentIndex()
        line = self.model.line_at(index.row()) if index.isValid() else None
        self.detail.setRowCount(0)
        if line is None:
            self.heading.setText(self.tr("No entry selected."))
            return
        record = self.model.data(self.model.index(index.row(), RECORD))
        self.heading.setText(
            self.tr("<b>%1</b> · %2 · %3 · %4 (entry %5)")
            .replace("%1", html.escape(str(record)))
            .replace("%2", html.escape(self.model.actions().get(line.action, line.action)))
            .replace("%3", html.escape(line.actor))
            .replace("%4", line.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"))
            .replace("%5", str(getattr(line, "id", "")))
        )
        rows = detail_rows(line)
        self.detail.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.detail.setItem(row, column, QTableWidgetItem(value))
        self.detail.resizeRowsToContents()  # a handful of fields, never many rows
