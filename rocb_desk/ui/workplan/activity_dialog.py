"""The activity editor: what the activity is, its status and indicator, its progress, and
the evidence it rests on.

The first three tabs are one form, saved by Save or Apply; the service checks it and a
refusal is shown under the field refused. Evidence is written as it is linked, so it
needs a saved activity: a new activity opens its Evidence tab after the first Apply.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OfficeError
from ...domain.workplan import (
    SOURCE_LABELS,
    STAKEHOLDER_LABELS,
    STATUS_LABELS,
    parse_number,
)
from ...i18n import current_language
from ...services.office import Office
from ...services.workplan import choices, register, review
from ...services.workplan.register import ActivityForm
from ..forms import (
    FieldErrors,
    OptionalDateEdit,
    may_close,
    save_apply_buttons,
    save_showing_refusals,
    show_first_refusal,
)
from ..hub import hub
from ..messages import show_refusal
from .evidence_panel import EvidencePanel
from .labels import source_label, stakeholder_label, status_colour, status_label, year_name

TEXT_LINES = 3  # the height of a short text box, in lines


def _count_text(value: str | int | None) -> str:
    return "" if value is None else str(value)


class ActivityDialog(QDialog):
    def __init__(
        self,
        office: Office,
        activity_id: int | None,
        year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.office = office
        self.activity_id = activity_id
        self.year = year
        self.numbers: list[str] = []
        # The version of the activity read, given back with the save: a change made
        # meanwhile in another window is refused, never overwritten (see _evidence_changed).
        self.version: int | None = None
        self.read: ActivityForm | None = None  # the activity as it stood at that version
        self.changed = False  # something was written: the review reads the plan again
        self.errors = FieldErrors()
        self.tabs = QTabWidget(objectName="activityTabs")
        self.tabs.addTab(self._general_tab(), self.tr("&Activity"))
        self.tabs.addTab(self._status_tab(), self.tr("&Status and indicator"))
        self.tabs.addTab(self._progress_tab(), self.tr("&Progress"))
        self.evidence = EvidencePanel(office, self)
        self.evidence.changed.connect(self._evidence_changed)
        self.tabs.addTab(self.evidence, self.tr("E&vidence"))

        self.hint = QLabel(self.tr("Evidence can be linked once the activity is saved."))
        self.hint.setObjectName("activityHint")
        self.hint.setWordWrap(True)
        self.buttons = save_apply_buttons(
            self,
            lambda close: self.try_save(close=close),
            self.tr("Save and keep the activity open"),
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(900, 640)

        if activity_id is not None:
            form = self.read = register.load_activity(office, activity_id)
            self.version = form.version
            self.year = form.year
            history = register.status_history(office, activity_id)
            self.since = history[-1].changed_on if history else None
        else:
            # The plan's numbers, to propose the next free one of the goal chosen.
            self.numbers = [row.number for row in review.review(office, year, "en")]
            form = ActivityForm(year=year, number=self._next_number(1))
            self.since = None
        self.saved_status = form.status if activity_id is not None else None
        self.set_form(form)
        self.saved = self.form()
        self.status_combo.currentIndexChanged.connect(self._status_moved)
        self.goal_combo.currentIndexChanged.connect(self._goal_moved)
        self._opened()

    # --- the form's tabs ----------------------------------------------------------------

    def _form(self, page: QWidget) -> QFormLayout:
        """A form at the top of the page; the room left stays below it."""
        outer = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        outer.addStretch(1)
        return form

    def _row(self, form: QFormLayout, name: str, label: str, editor: QWidget) -> None:
        editor.setObjectName(f"{name}Edit")
        form.addRow(label, self.errors.wrap(name, editor))

    def _text_box(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(objectName=f"{name}Edit")
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * TEXT_LINES + 14)
        return edit

    def _general_tab(self) -> QWidget:
        self.goal_combo = QComboBox()
        for number, title in choices.goal_choices(self.office, self.year, current_language()):
            self.goal_combo.addItem(f"{number}. {title}", number)
        if not self.goal_combo.count():  # no framework kept: the goals by number
            for number in range(1, 8):
                self.goal_combo.addItem(self.tr("Goal %1").replace("%1", str(number)), number)
        self.goal_combo.setMinimumContentsLength(30)
        self.goal_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("Goal and position, such as 1.1"))
        self.number_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 24)
        self.title_en_edit = QLineEdit()
        self.title_ru_edit = QLineEdit()
        for edit in (self.title_en_edit, self.title_ru_edit):
            edit.setPlaceholderText(self.tr("A title in English or in Russian"))
        stakeholders = QWidget()
        grid = QGridLayout(stakeholders)
        grid.setContentsMargins(0, 0, 0, 0)
        self.stakeholder_checks: dict[str, QCheckBox] = {}
        for number, key in enumerate(STAKEHOLDER_LABELS):
            check = QCheckBox(stakeholder_label(key.value), objectName=f"{key.value}Check")
            self.stakeholder_checks[key.value] = check
            grid.addWidget(check, number // 2, number % 2)
        self.output_en_edit = self._text_box("expected_output_en")
        self.output_ru_edit = self._text_box("expected_output_ru")
        self.due_edit = OptionalDateEdit()
        self.due_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 18)
        self.due_edit.setToolTip(self.tr("Leave empty when the activity runs all year"))

        page = QWidget()
        form = self._form(page)
        self._row(form, "goal_number", self.tr("Strategic goal"), self.goal_combo)
        self._row(form, "number", self.tr("Number *"), self.number_edit)
        self._row(form, "title_en", self.tr("Title in English"), self.title_en_edit)
        self._row(form, "title_ru", self.tr("Title in Russian"), self.title_ru_edit)
        self._row(form, "stakeholders", self.tr("Stakeholders"), stakeholders)
        form.addRow(self.tr("Expected output in English"), self.output_en_edit)
        form.addRow(self.tr("Expected output in Russian"), self.output_ru_edit)
        self._row(form, "due_date", self.tr("Due date"), self.due_edit)
        return page

    def _status_tab(self) -> QWidget:
        self.status_combo = QComboBox()
        for status in STATUS_LABELS:
            self.status_combo.addItem(status_label(status.value), status.value)
            index = self.status_combo.count() - 1
            self.status_combo.setItemData(
                index, status_colour(status.value), Qt.ItemDataRole.DecorationRole
            )
        self.note_en_edit = QLineEdit()
        self.note_ru_edit = QLineEdit()
        for edit in (self.note_en_edit, self.note_ru_edit):
            edit.setPlaceholderText(self.tr("Shown instead of the status in the plan"))
        self.since_edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.since_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 18)
        self.since_edit.setToolTip(self.tr("The day the new status took effect"))
        self.indicator_en_edit = QLineEdit()
        self.indicator_ru_edit = QLineEdit()
        self.source_combo = QComboBox()
        for source in SOURCE_LABELS:
            self.source_combo.addItem(source_label(source.value), source.value)
        digit = self.fontMetrics().horizontalAdvance("0")
        self.baseline_edit = QLineEdit()
        self.target_edit = QLineEdit()
        for edit in (self.baseline_edit, self.target_edit):
            edit.setPlaceholderText(self.tr("A whole number, or empty"))
            edit.setMaximumWidth(digit * 28)
        self.intended_en_edit = self._text_box("intended_outcome_en")
        self.intended_ru_edit = self._text_box("intended_outcome_ru")

        page = QWidget()
        form = self._form(page)
        self._row(form, "status", self.tr("Status"), self.status_combo)
        self._row(form, "status_note_en", self.tr("Status note in English"), self.note_en_edit)
        self._row(form, "status_note_ru", self.tr("Status note in Russian"), self.note_ru_edit)
        form.addRow(self.tr("Status since"), self.errors.wrap("status_since", self.since_edit))
        self._row(form, "indicator_en", self.tr("Indicator in English"), self.indicator_en_edit)
        self._row(form, "indicator_ru", self.tr("Indicator in Russian"), self.indicator_ru_edit)
        self._row(form, "indicator_source", self.tr("Counted from"), self.source_combo)
        self._row(form, "baseline", self.tr("Baseline"), self.baseline_edit)
        self._row(form, "target", self.tr("Target"), self.target_edit)
        form.addRow(self.tr("Intended outcome in English"), self.intended_en_edit)
        form.addRow(self.tr("Intended outcome in Russian"), self.intended_ru_edit)
        return page

    def _progress_tab(self) -> QWidget:
        self.progress_en_edit = QPlainTextEdit(objectName="progress_enEdit")
        self.progress_ru_edit = QPlainTextEdit(objectName="progress_ruEdit")
        self.outcome_en_edit = self._text_box("outcome_en")
        self.outcome_ru_edit = self._text_box("outcome_ru")
        for edit in (self.progress_en_edit, self.progress_ru_edit):
            edit.setTabChangesFocus(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        for label, edit, stretch in (
            (self.tr("Progress in English, one point a line"), self.progress_en_edit, 1),
            (self.tr("Progress in Russian, one point a line"), self.progress_ru_edit, 1),
            (self.tr("Outcome achieved (\u221a), in English"), self.outcome_en_edit, 0),
            (self.tr("Outcome achieved (\u221a), in Russian"), self.outcome_ru_edit, 0),
        ):
            layout.addWidget(QLabel(label))
            layout.addWidget(edit, stretch)
        return page

    # --- behaviour ----------------------------------------------------------------------

    def _next_number(self, goal: int) -> str:
        """The first free position of the goal in the plan: "3.6" after 3.1–3.5."""
        positions = set()
        for number in self.numbers:
            try:
                major, minor = parse_number(number)
            except ValueError:
                continue
            if major == goal:
                positions.add(minor)
        return f"{goal}.{max(positions, default=0) + 1}"

    def _goal_moved(self, *_args: object) -> None:
        """A new activity proposes the next number of the goal chosen, unless one was typed."""
        if self.activity_id is not None:
            return
        text = self.number_edit.text().strip()
        if not text or text in {self._next_number(g) for g in range(1, 100)}:
            self.number_edit.setText(self._next_number(self.goal_combo.currentData()))

    def _status_moved(self, *_args: object) -> None:
        """The day of a status matters when the status changes: today unless told."""
        moved = self.status_combo.currentData() != self.saved_status
        self.since_edit.setEnabled(moved)
        if moved and self.since_edit.date() != QDate(date.today()):
            self.since_edit.setDate(QDate(date.today()))

    # --- values -------------------------------------------------------------------------

    def set_form(self, form: ActivityForm) -> None:
        if self.goal_combo.findData(form.goal_number) < 0:
            self.goal_combo.addItem(
                self.tr("Goal %1").replace("%1", str(form.goal_number)), form.goal_number
            )
        self.goal_combo.setCurrentIndex(self.goal_combo.findData(form.goal_number))
        self.number_edit.setText(form.number)
        self.title_en_edit.setText(form.title_en)
        self.title_ru_edit.setText(form.title_ru)
        for key, check in self.stakeholder_checks.items():
            check.setChecked(key in form.stakeholders)
        self.output_en_edit.setPlainText(form.expected_output_en)
        self.output_ru_edit.setPlainText(form.expected_output_ru)
        self.due_edit.set_value(form.due_date)
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(form.status), 0))
        self.note_en_edit.setText(form.status_note_en)
        self.note_ru_edit.setText(form.status_note_ru)
        self.since_edit.setDate(QDate(self.since or date.today()))
        self.since_edit.setEnabled(self.activity_id is None)
        self.indicator_en_edit.setText(form.indicator_en)
        self.indicator_ru_edit.setText(form.indicator_ru)
        self.source_combo.setCurrentIndex(max(self.source_combo.findData(form.indicator_source), 0))
        self.baseline_edit.setText(_count_text(form.baseline))
        self.target_edit.setText(_count_text(form.target))
        self.intended_en_edit.setPlainText(form.intended_outcome_en)
        self.intended_ru_edit.setPlainText(form.intended_outcome_ru)
        self.progress_en_edit.setPlainText(form.progress_en)
        self.progress_ru_edit.setPlainText(form.progress_ru)
        self.outcome_en_edit.setPlainText(form.outcome_en)
        self.outcome_ru_edit.setPlainText(form.outcome_ru)
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # long titles read from their start

    def form(self) -> ActivityForm:
        """The form as shown; baseline and target as typed, for the service to check."""
        return ActivityForm(
            year=self.year,
            goal_number=self.goal_combo.currentData(),
            number=self.number_edit.text(),
            title_en=self.title_en_edit.text(),
            title_ru=self.title_ru_edit.text(),
            stakeholders={k for k, check in self.stakeholder_checks.items() if check.isChecked()},
            expected_output_en=self.output_en_edit.toPlainText(),
            expected_output_ru=self.output_ru_edit.toPlainText(),
            status=self.status_combo.currentData(),
            status_note_en=self.note_en_edit.text(),
            status_note_ru=self.note_ru_edit.text(),
            status_since=self.since_edit.date().toPython(),
            indicator_en=self.indicator_en_edit.text(),
            indicator_ru=self.indicator_ru_edit.text(),
            indicator_source=self.source_combo.currentData(),
            baseline=self.baseline_edit.text(),
            target=self.target_edit.text(),
            intended_outcome_en=self.intended_en_edit.toPlainText(),
            intended_outcome_ru=self.intended_ru_edit.toPlainText(),
            due_date=self.due_edit.value(),
            progress_en=self.progress_en_edit.toPlainText(),
            progress_ru=self.progress_ru_edit.toPlainText(),
            outcome_en=self.outcome_en_edit.toPlainText(),
            outcome_ru=self.outcome_ru_edit.toPlainText(),
            version=self.version,
        )

    # --- saving -------------------------------------------------------------------------

    def try_save(self, close: bool) -> bool:
        form = self.form()

        def save() -> None:
            self.activity_id = register.save_activity(self.office, form, self.activity_id)

        if not save_showing_refusals(self, self.errors, save):
            show_first_refusal(self.errors, self.tabs)
            return False
        self.changed = True
        assert self.activity_id is not None
        stored = register.load_activity(self.office, self.activity_id)  # as the office keeps it
        self.read, self.version = stored, stored.version
        history = register.status_history(self.office, self.activity_id)
        self.since = history[-1].changed_on if history else None
        self.saved_status = stored.status
        self.set_form(stored)
        self.saved = self.form()
        hub.statusMessage.emit(self.tr("Activity %1 saved").replace("%1", stored.number))
        if close:
            self.accept()
        else:
            self._opened()
        return True

    def _opened(self) -> None:
        """Title, hint and the Evidence tab, as the activity now stands."""
        saved = self.activity_id is not None
        if saved:
            title = self.saved.title_en if current_language() == "en" else self.saved.title_ru
            title = title or self.saved.title_en or self.saved.title_ru
            self.setWindowTitle(
                self.tr("Activity %1: %2").replace("%1", self.saved.number).replace("%2", title)
            )
        else:
            self.setWindowTitle(
                self.tr("New activity of the plan %1").replace("%1", year_name(self.year))
            )
        self.hint.setVisible(not saved)
        self.tabs.setTabEnabled(self.tabs.indexOf(self.evidence), saved)
        if saved:
            self.evidence.set_activity(self.activity_id)

    def _evidence_changed(self) -> None:
        """Evidence was linked at once: the activity has a newer version, which the form's
        save must not take for someone else's change. It is taken only while the activity
        is still as it was read, so a change of another window stays refused."""
        self.changed = True
        if self.activity_id is None:
            return
        try:
            stored = register.load_activity(self.office, self.activity_id)
        except OfficeError:
            return  # removed meanwhile: the save says so
        if stored == self.read:
            self.version = stored.version

    def has_unsaved_changes(self) -> bool:
        return self.form() != self.saved

    def reject(self) -> None:
        """Closing with changes not saved asks first: nothing typed is lost by a slip."""
        if self.has_unsaved_changes() and not may_close(
            self,
            self.tr("The activity has changes that are not saved. Save them?"),
            lambda: self.try_save(close=True) and False,  # a save closes the dialog itself
        ):
            return
        super().reject()

    @classmethod
    def edit(
        cls,
        parent: QWidget,
        office: Office,
        activity_id: int | None,
        year: int,
    ) -> tuple[int | None, bool]:
        """Open the activity (a new one of the plan `year` without `activity_id`); returns
        its id and whether the office's data changed, even when the dialog was cancelled."""
        try:
            dialog = cls(office, activity_id, year, parent)
        except OfficeError as error:  # removed meanwhile (another desk, another window)
            show_refusal(parent, error)
            return None, True
        dialog.exec()
        result = dialog.activity_id, dialog.changed
        dialog.deleteLater()
        return result
