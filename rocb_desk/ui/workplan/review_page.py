"""The director's review: a year's activities by goal, how far each got, what it rests on,
and the sign-offs; with the plan's commands (new, edit, sign off, carry forward, export)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.access import Permission
from ...domain.errors import OfficeError
from ...domain.fiscal import FinancialYear
from ...i18n import current_language
from ...services.events.queries import title_of
from ...services.office import Office
from ...services.workplan import carry, register, review
from ...services.workplan.framework import FrameworkView, framework_for
from ..actions import table_page_action
from ..hub import hub
from ..messages import show_refusal
from ..tables import record_table
from ..trust.permissions import grey_out, no_double_click
from .activity_dialog import ActivityDialog
from .detail import ActivityDetail
from .exporting import PLAN, REPORT, ExportDialog
from .impacts_dialog import ImpactsDialog
from .labels import fill_years, opening_year, signed_text, year_name
from .models import ACTIVITY, PROGRESS, REVIEW_WIDTHS, ProgressDelegate, ReviewModel

SIGNED_STYLE = "background:#e8f5e9; border:1px solid #a5d6a7; padding:4px 8px;"
UNSIGNED_STYLE = "background:#fff8e1; border:1px solid #ffe082; padding:4px 8px;"


class ReviewPage(QWidget):
    # Activities were added, changed, removed or carried: the chart reads them again.
    planChanged = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setObjectName("reviewPage")
        self.framework: FrameworkView | None = None
        self.impacts: dict[int, tuple[str, str]] = {}  # the plan's words under each goal

        self.year_combo = QComboBox(objectName="planYearCombo")
        self.attention_check = QCheckBox(self.tr("Only those needing &attention"))
        self.attention_check.setObjectName("attentionCheck")
        self.attention_check.setToolTip(
            self.tr("Activities with no progress recorded, overdue, or with no evidence linked")
        )
        self.sign_off_label = QLabel(objectName="yearSignOffLabel")
        self.sign_off_label.setWordWrap(True)
        self.sign_off_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reload_years()

        self.model = ReviewModel(self)
        self.table = record_table(self.model, "reviewTable", REVIEW_WIDTHS, ACTIVITY)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.progress_delegate = ProgressDelegate(self.table)
        self.table.setItemDelegateForColumn(PROGRESS, self.progress_delegate)
        self.table.doubleClicked.connect(self.edit_selected)
        self.count_label = QLabel(objectName="reviewCountLabel")
        self.detail = ActivityDetail(office, self)

        self.toolbar = QToolBar()
        self.new_action = self._action(
            self.tr("&New activity…"), QKeySequence.StandardKey.New, self.add
        )
        self.edit_action = self._action(
            self.tr("&Edit…"), QKeySequence(Qt.Key.Key_Return), self.edit_selected, True
        )
        self.edit_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.delete_action = self._action(
            self.tr("&Delete"), QKeySequence.StandardKey.Delete, self.delete_selected, True
        )
        self.toolbar.addSeparator()
        self.sign_action = self._action(
            self.tr("&Sign off activity…"), QKeySequence("Ctrl+Shift+S"), self.sign_off_selected
        )
        self.sign_year_action = self._action(
            self.tr("Sign off the &year's progress…"),
            QKeySequence("Ctrl+Shift+Y"),
            self.sign_off_year,
        )
        self.carry_action = self._action(
            self.tr("&Carry forward…"), QKeySequence("Ctrl+Shift+F"), self.carry_forward
        )
        self.impacts_action = self._action(
            self.tr("Expected &impacts…"), QKeySequence("Ctrl+Shift+I"), self.edit_impacts
        )
        changing = (self.new_action, self.edit_action, self.delete_action, self.carry_action)
        grey_out(self, office, Permission.EDIT, *changing, self.impacts_action)
        grey_out(self, office, Permission.SIGN_OFF, self.sign_action, self.sign_year_action)
        no_double_click(office, Permission.EDIT, self.table, self.edit_selected)
        self.toolbar.addSeparator()
        self.export_plan_action = self._action(
            self.tr("Export &plan…"), QKeySequence("Ctrl+E"), self.export_plan
        )
        self.export_report_action = self._action(
            self.tr("Export &report of activities…"),
            QKeySequence("Ctrl+Shift+E"),
            self.export_report,
        )
        for action in self.toolbar.actions():
            if action.shortcut().toString():  # the key in the tooltip, where users look
                action.setToolTip(
                    f"{action.text().replace('&', '').rstrip('…')} "
                    f"({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                )

        filters = QHBoxLayout()
        filters.setContentsMargins(6, 0, 6, 0)
        year_label = QLabel(self.tr("&Plan"))
        year_label.setBuddy(self.year_combo)
        filters.addWidget(year_label)
        filters.addWidget(self.year_combo)
        filters.addSpacing(12)
        filters.addWidget(self.attention_check)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addLayout(filters)
        listing_layout.addWidget(self.sign_off_label)
        listing_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(listing)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self.year_combo.currentIndexChanged.connect(self.reload)
        self.attention_check.toggled.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.reload()

    def _action(self, text: str, shortcut, slot, table_only: bool = False) -> QAction:  # noqa: ANN001
        return table_page_action(self, self.toolbar, self.table, text, shortcut, slot, table_only)

    # --- the year and its rows ----------------------------------------------------------

    def reload_years(self, wanted: int | None = None) -> None:
        """The plans kept, newest first; keeps the year shown unless `wanted` says another."""
        years = register.plan_years(self.office)
        if not years:  # an office without a plan yet: this year's is the one to start
            years = [FinancialYear.of(date.today()).start_year]
        fill_years(self.year_combo, years, wanted, opening_year(years))

    def selected_year(self) -> int:
        return self.year_combo.currentData()

    def set_year(self, year: int) -> None:
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(year), 0))

    def reload(self, *_args: object) -> None:
        current = self.selected_activity_id()
        lang = current_language()
        year = self.selected_year()
        self.framework = framework_for(self.office, year, lang)
        titles = (
            {goal.number: goal.title for goal in self.framework.goals} if self.framework else {}
        )
        self.impacts = register.goal_impacts(self.office, year)
        # A plan that exists (its rows may be filtered away) can be carried and signed off.
        planned = year in register.plan_years(self.office)
        self.carry_action.setEnabled(planned)
        self.sign_year_action.setEnabled(planned)
        rows = review.review(self.office, year, lang, self.attention_check.isChecked())
        self.model.set_review(rows, titles)
        self.table.clearSpans()
        for row in self.model.goal_rows():
            self.table.setSpan(row, 0, 1, self.model.columnCount())
        self._show_counts(rows)
        self._show_year_sign_off()
        if current is not None and self.model.row_of(current) >= 0:
            self.select_activity(current)
        else:
            self._current_changed()
        self.carry_action.setText(
            self.tr("&Carry forward to %1…").replace("%1", year_name(year + 1))
        )

    def _show_counts(self, rows: list[review.ReviewRow]) -> None:
        # "Activities: 27", not "27 activity(ies)": one wording for any number, in both languages.
        if self.attention_check.isChecked():
            text = self.tr("Activities needing attention: %1").replace("%1", str(len(rows)))
        else:
            text = (
                self.tr("Activities: %1; needing attention: %2")
                .replace("%1", str(len(rows)))
                .replace("%2", str(sum(1 for row in rows if row.attention)))
            )
        self.count_label.setText(text)

    def _show_year_sign_off(self) -> None:
        year = year_name(self.selected_year())
        signed = review.year_sign_off(self.office, self.selected_year())
        if signed is not None and signed.signed:
            text = (
                self.tr("The progress of %1 was signed off by %2.")
                .replace("%1", year)
                .replace("%2", signed_text(signed.by, signed.at))
            )
            if signed.comment:
                text += " " + signed.comment
            style = SIGNED_STYLE
        else:
            text = self.tr("The progress of %1 is not signed off yet.").replace("%1", year)
            style = UNSIGNED_STYLE
        self.sign_off_label.setText(text)
        self.sign_off_label.setStyleSheet(style)
        signed_year = signed is not None and signed.signed
        self.sign_year_action.setText(
            self.tr("Withdraw the &year's sign-off…")
            if signed_year
            else self.tr("Sign off the &year's progress…")
        )

    def selected_activity_id(self) -> int | None:
        index = self.table.currentIndex()
        row = self.model.activity_at(index.row()) if index.isValid() else None
        return row.id if row is not None else None

    def select_activity(self, activity_id: int) -> None:
        row = self.model.row_of(activity_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _current_changed(self, *_args: object) -> None:
        index = self.table.currentIndex()
        activity = self.model.activity_at(index.row()) if index.isValid() else None
        try:
            if activity is not None:
                self.detail.show_activity(activity)
            elif index.isValid():
                number = self.model.lines[index.row()].number
                goal = self.framework.goal(number) if self.framework else None
                en, ru = self.impacts.get(number, ("", ""))
                # The plan's own words where it has them, else the framework's.
                impact = title_of(en, ru, current_language()) or (
                    goal.expected_impact if goal else ""
                )
                self.detail.show_goal(
                    number, goal.title if goal else "", impact, self.model.activities()
                )
            else:
                self.detail.show_nothing()
        except OfficeError as error:  # removed meanwhile, at another desk
            show_refusal(self, error)
        chosen = activity is not None
        for action in (self.edit_action, self.delete_action, self.sign_action):
            action.setEnabled(chosen)
        self.sign_action.setText(
            self.tr("&Withdraw sign-off…")
            if chosen and activity.sign_off.signed
            else self.tr("&Sign off activity…")
        )

    # --- activities ---------------------------------------------------------------------

    def _changed(self, activity_id: int | None) -> None:
        self.reload_years()
        self.reload()
        if activity_id is not None:
            self.select_activity(activity_id)
        self.planChanged.emit()

    def add(self) -> None:
        activity_id, changed = ActivityDialog.edit(self, self.office, None, self.selected_year())
        if changed:
            self._changed(activity_id)

    def edit_selected(self, *_args: object) -> None:
        activity_id = self.selected_activity_id()
        if activity_id is None:
            return
        _id, changed = ActivityDialog.edit(self, self.office, activity_id, self.selected_year())
        if changed:
            self._changed(activity_id)

    def delete_selected(self) -> None:
        index = self.table.currentIndex()
        activity = self.model.activity_at(index.row()) if index.isValid() else None
        if activity is None:
            return
        question = (
            self.tr(
                "Delete activity %1 \u201c%2\u201d with its progress, status history and "
                "evidence links? The linked events, letters and entries stay."
            )
            .replace("%1", activity.number)
            .replace("%2", activity.title)
        )
        if (
            QMessageBox.question(self, self.tr("Delete activity"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            register.delete_activity(self.office, activity.id)
        except OfficeError as error:  # removed meanwhile: show the plan as it now is
            show_refusal(self, error)
            self._changed(None)
            return
        self._changed(None)
        hub.statusMessage.emit(self.tr("Activity %1 deleted").replace("%1", activity.number))

    def _ask_comment(self, title: str, text: str) -> tuple[str, bool]:
        comment, accepted = QInputDialog.getMultiLineText(self, title, text, "")
        return comment, bool(accepted)

    def sign_off_selected(self) -> None:
        index = self.table.currentIndex()
        activity = self.model.activity_at(index.row()) if index.isValid() else None
        if activity is None:
            return
        if activity.sign_off.signed:
            question = (
                self.tr("Withdraw the sign-off of activity %1, given by %2?")
                .replace("%1", activity.number)
                .replace("%2", signed_text(activity.sign_off.by, activity.sign_off.at))
            )
            if not self._confirm(self.tr("Withdraw sign-off"), question):
                return
            comment = None
        else:
            text = self.tr("Sign off the progress of activity %1. A comment (optional):").replace(
                "%1", activity.number
            )
            comment, accepted = self._ask_comment(self.tr("Sign off activity"), text)
            if not accepted:
                return
        try:
            review.sign_off_activity(self.office, activity.id, comment)
        except OfficeError as error:
            show_refusal(self, error)
        self._changed(activity.id)

    def _confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def sign_off_year(self) -> None:
        year = year_name(self.selected_year())
        signed = review.year_sign_off(self.office, self.selected_year())
        if signed is not None and signed.signed:
            question = (
                self.tr("Withdraw the sign-off of the progress of %1, given by %2?")
                .replace("%1", year)
                .replace("%2", signed_text(signed.by, signed.at))
            )
            if not self._confirm(self.tr("Withdraw sign-off"), question):
                return
            try:
                review.sign_off_year(self.office, self.selected_year(), None)
            except OfficeError as error:
                show_refusal(self, error)
            self._show_year_sign_off()
            return
        text = self.tr(
            "Sign off the progress of %1 as reviewed; everyone sees who signed and when. "
            "A comment (optional):"
        ).replace("%1", year)
        comment, accepted = self._ask_comment(self.tr("Sign off the year's progress"), text)
        if not accepted:
            return
        try:
            review.sign_off_year(self.office, self.selected_year(), comment)
        except OfficeError as error:
            show_refusal(self, error)
            return
        self._show_year_sign_off()
        hub.statusMessage.emit(self.tr("The progress of %1 is signed off").replace("%1", year))

    def carry_forward(self) -> None:
        year = self.selected_year()
        source, target = year_name(year), year_name(year + 1)
        question = (
            self.tr(
                "Copy the activities of %1 that are not completed or cancelled into the plan "
                "%2? Their progress, evidence and sign-offs stay with %1; activities the plan "
                "%2 already has are left as they are."
            )
            .replace("%1", source)
            .replace("%2", target)
        )
        if (
            QMessageBox.question(self, self.tr("Carry forward"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            result = carry.carry_forward(self.office, year)
        except OfficeError as error:
            show_refusal(self, error)
            return
        report = (
            self.tr(
                "Copied into %1: %2.\nLeft behind as completed or cancelled: %3.\n"
                "Already in the plan %1: %4."
            )
            .replace("%1", target)
            .replace("%2", str(result.copied))
            .replace("%3", str(result.finished))
            .replace("%4", str(result.already_there))
        )
        self.reload_years(wanted=year + 1)
        self.reload()
        self.planChanged.emit()
        QMessageBox.information(self, self.tr("Carry forward"), report)

    def edit_impacts(self) -> None:
        dialog = ImpactsDialog(self.office, self.selected_year(), self)
        if dialog.exec():
            self.impacts = register.goal_impacts(self.office, self.selected_year())
            self._current_changed()  # a goal's row shows its impact
            self.planChanged.emit()
        dialog.deleteLater()

    def export_plan(self) -> None:
        ExportDialog.export(self, self.office, PLAN, FinancialYear(self.selected_year()))

    def export_report(self) -> None:
        ExportDialog.export(self, self.office, REPORT, FinancialYear(self.selected_year()))
