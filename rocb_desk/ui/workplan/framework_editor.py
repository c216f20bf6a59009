"""The Strategic Framework's editor: its period, mission, vision, values and goals.

A framework is edited whole and saved in one transaction. A new period starts as a
copy of the latest framework, since a new Strategic Framework mostly rewords the last.
"""

from __future__ import annotations

from copy import deepcopy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.workplan import GROUP_LABELS, GoalGroup
from ...i18n import current_language, translate
from ...services.office import Office
from ...services.workplan.framework import FrameworkForm, GoalForm, save_framework
from ..forms import FieldErrors, may_close, save_showing_refusals, show_first_refusal

# The goal's texts as the editor shows them: name, label, lines (a list) or one text.
GOAL_TEXTS = (
    ("title", False),
    ("deliverables", True),
    ("stakeholders", True),
    ("expected_impact", False),
    ("indicators", True),
)


def _lines(value: str | list[str]) -> str:
    return "\n".join(value) if isinstance(value, list) else value


class Bilingual(QWidget):
    """An English and a Russian editor side by side."""

    def __init__(self, single_line: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        make = QLineEdit if single_line else QPlainTextEdit
        self.en, self.ru = make(), make()
        if not single_line:
            for edit in (self.en, self.ru):
                edit.setTabChangesFocus(True)
                edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 3)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("EN"), 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.en, 0, 1)
        layout.addWidget(QLabel("RU"), 0, 2, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.ru, 0, 3)

    def text(self, lang: str) -> str:
        edit = self.en if lang == "en" else self.ru
        return edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()

    def set_text(self, lang: str, text: str) -> None:
        edit = self.en if lang == "en" else self.ru
        if isinstance(edit, QLineEdit):
            edit.setText(text)
        else:
            edit.setPlainText(text)


class FrameworkEditor(QDialog):
    def __init__(
        self,
        office: Office,
        form: FrameworkForm,
        replacing: int | None,
        parent: QWidget | None = None,
    ):
        """Edit `form`: the framework that starts in `replacing`, or a new one when None."""
        super().__init__(parent)
        self.office = office
        self.replacing = replacing
        self.saved_form = deepcopy(form)
        self.goals = deepcopy(form.goals)
        self.current = -1
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("Strategic Framework"))

        self.start_spin, self.end_spin = QSpinBox(), QSpinBox()
        for spin in (self.start_spin, self.end_spin):
            spin.setRange(2000, 2100)
        period = QHBoxLayout()
        period.addLayout(self.errors.wrap("start_year", self.start_spin))
        period.addWidget(QLabel("\u2013"))
        period.addLayout(self.errors.wrap("end_year", self.end_spin))
        period.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._statement_tab(), self.tr("&Mission, vision, values"))
        self.tabs.addTab(self._goals_tab(), self.tr("&Goals"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.addRow(self.tr("Period"), period)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(1000, 680)
        self._show(form)

    # --- the tabs -----------------------------------------------------------------------

    def _statement_tab(self) -> QWidget:
        self.mission = Bilingual(single_line=False)
        self.vision = Bilingual(single_line=False)
        self.values = Bilingual(single_line=False)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Mission"), self.mission)
        form.addRow(self.tr("Vision"), self.vision)
        form.addRow(self.tr("Values\n(one a line)"), self.values)
        return page

    def _goals_tab(self) -> QWidget:
        self.goal_list = QListWidget(objectName="goalList")
        self.goal_list.currentRowChanged.connect(self._goal_chosen)
        add = QPushButton(self.tr("&Add goal"))
        add.clicked.connect(self.add_goal)
        self.remove_button = QPushButton(self.tr("&Remove goal"))
        self.remove_button.clicked.connect(self.remove_goal)
        left = QVBoxLayout()
        left.addLayout(self.errors.wrap("goals", self.goal_list), 1)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(self.remove_button)
        left.addLayout(row)

        self.number_spin = QSpinBox(objectName="goalNumber")
        self.number_spin.setRange(1, 99)
        self.group_combo = QComboBox(objectName="goalGroup")
        for group, label in GROUP_LABELS.items():
            self.group_combo.addItem(translate("Workplan", label), group.value)
        self.goal_edits = {name: Bilingual(single_line=not lines) for name, lines in GOAL_TEXTS}
        labels = {
            "title": self.tr("Title"),
            "deliverables": self.tr("Deliverables\n(one a line)"),
            "stakeholders": self.tr("Potential stakeholders\n(one a line)"),
            "expected_impact": self.tr("Expected impact"),
            "indicators": self.tr("Performance indicators\n(one a line)"),
        }
        self.goal_form = QWidget()
        form = QFormLayout(self.goal_form)
        form.addRow(self.tr("Number"), self.number_spin)
        form.addRow(self.tr("Group"), self.group_combo)
        for name, _lines_kind in GOAL_TEXTS:
            form.addRow(labels[name], self.goal_edits[name])
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.addLayout(left, 1)
        layout.addWidget(self.goal_form, 3)
        return page

    # --- goals --------------------------------------------------------------------------

    def _goal_text(self, goal: GoalForm) -> str:
        first, second = (goal.ru, goal.en) if current_language() == "ru" else (goal.en, goal.ru)
        title = first.get("title") or second.get("title") or ""
        return f"{goal.number}. {title}"

    def _refresh_list(self, select: int) -> None:
        self.goal_list.blockSignals(True)
        self.goal_list.clear()
        for goal in self.goals:
            QListWidgetItem(self._goal_text(goal), self.goal_list)
        self.goal_list.blockSignals(False)
        self.current = -1
        self.goal_form.setEnabled(bool(self.goals))
        self.remove_button.setEnabled(bool(self.goals))
        if self.goals:
            self.goal_list.setCurrentRow(min(max(select, 0), len(self.goals) - 1))

    def _keep_current(self) -> None:
        """Copy the editors into the goal being edited."""
        if not 0 <= self.current < len(self.goals):
            return
        goal = self.goals[self.current]
        goal.number = self.number_spin.value()
        goal.group = self.group_combo.currentData()
        for name, _lines_kind in GOAL_TEXTS:
            goal.en[name] = self.goal_edits[name].text("en").strip()
            goal.ru[name] = self.goal_edits[name].text("ru").strip()
        item = self.goal_list.item(self.current)
        if item is not None:
            item.setText(self._goal_text(goal))

    def _goal_chosen(self, row: int) -> None:
        self._keep_current()
        self.current = row
        if not 0 <= row < len(self.goals):
            return
        goal = self.goals[row]
        self.number_spin.setValue(goal.number)
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(goal.group), 0))
        for name, _lines_kind in GOAL_TEXTS:
            self.goal_edits[name].set_text("en", _lines(goal.en.get(name, "")))
            self.goal_edits[name].set_text("ru", _lines(goal.ru.get(name, "")))

    def add_goal(self) -> None:
        self._keep_current()
        number = max((goal.number for goal in self.goals), default=0) + 1
        group = self.goals[-1].group if self.goals else GoalGroup.KEYSTONE.value
        self.goals.append(GoalForm(number=number, group=group))
        self._refresh_list(len(self.goals) - 1)
        self.goal_edits["title"].en.setFocus()

    def remove_goal(self) -> None:
        row = self.goal_list.currentRow()
        if 0 <= row < len(self.goals):
            self.current = -1  # nothing to keep of the goal going away
            del self.goals[row]
            self._refresh_list(row)

    # --- values -------------------------------------------------------------------------

    def _show(self, form: FrameworkForm) -> None:
        self.start_spin.setValue(form.start_year)
        self.end_spin.setValue(form.end_year)
        for edit, texts in (
            (self.mission, form.mission),
            (self.vision, form.vision),
            (self.values, {k: _lines(v) for k, v in form.values.items()}),
        ):
            for lang in ("en", "ru"):
                edit.set_text(lang, texts.get(lang, ""))
        self.goals = deepcopy(form.goals)
        self._refresh_list(0)

    def form(self) -> FrameworkForm:
        self._keep_current()
        return FrameworkForm(
            start_year=self.start_spin.value(),
            end_year=self.end_spin.value(),
            mission={lang: self.mission.text(lang).strip() for lang in ("en", "ru")},
            vision={lang: self.vision.text(lang).strip() for lang in ("en", "ru")},
            values={
                lang: [line.strip() for line in self.values.text(lang).splitlines() if line.strip()]
                for lang in ("en", "ru")
            },
            goals=sorted(deepcopy(self.goals), key=lambda goal: goal.number),
        )

    def has_unsaved_changes(self) -> bool:
        return _comparable(self.form()) != _comparable(self.saved_form)

    def try_save(self) -> bool:
        form = self.form()
        if not save_showing_refusals(self, self.errors, lambda: self._save(form)):
            show_first_refusal(self.errors, self.tabs)
            return False
        self.saved_form = form
        self.accept()
        return True

    def _save(self, form: FrameworkForm) -> None:
        save_framework(self.office, form, self.replacing)
        self.replacing = form.start_year  # saved: the same framework from now on

    def reject(self) -> None:
        if self.has_unsaved_changes() and not may_close(
            self,
            self.tr("The framework has changes that are not saved. Save them?"),
            lambda: self.try_save() and False,  # a save closes the dialog itself
        ):
            return
        super().reject()


def _comparable(form: FrameworkForm) -> tuple:
    """The form as the office would keep it: lists and texts written the same way."""

    def texts(values: dict) -> tuple:
        return tuple(sorted((k, _lines(v).strip()) for k, v in values.items() if _lines(v).strip()))

    return (
        form.start_year,
        form.end_year,
        texts(form.mission),
        texts(form.vision),
        texts(form.values),
        tuple(
            (goal.number, goal.group, texts(goal.en), texts(goal.ru))
            for goal in sorted(form.goals, key=lambda goal: goal.number)
        ),
    )
