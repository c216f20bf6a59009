"""The Strategic Framework the plan follows: mission, vision, values and the goals; edited
in its own editor, and a new period started from the one shown."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.access import Permission
from ...domain.workplan import GoalGroup
from ...i18n import current_language
from ...services.office import Office
from ...services.workplan import register
from ...services.workplan.framework import (
    FrameworkForm,
    FrameworkView,
    framework_for,
    framework_periods,
    load_framework,
)
from ..trust.permissions import grey_out_widgets
from .framework_editor import FrameworkEditor
from .labels import fill_years, group_label, opening_year


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


class FrameworkPage(QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setObjectName("frameworkPage")
        self.year_combo = QComboBox(objectName="frameworkYearCombo")
        self.browser = QTextBrowser(objectName="frameworkBrowser")
        self.browser.setOpenLinks(False)
        top = QHBoxLayout()
        year_label = QLabel(self.tr("The framework of the &plan"))
        year_label.setBuddy(self.year_combo)
        top.addWidget(year_label)
        top.addWidget(self.year_combo)
        top.addStretch(1)
        self.edit_button = QPushButton(self.tr("&Edit framework…"), objectName="editFramework")
        self.edit_button.clicked.connect(self.edit_framework)
        new_button = QPushButton(self.tr("&New framework…"), objectName="newFramework")
        new_button.setToolTip(self.tr("A new period, starting as a copy of the latest framework"))
        new_button.clicked.connect(self.new_framework)
        grey_out_widgets(office, Permission.EDIT, self.edit_button, new_button)
        top.addWidget(self.edit_button)
        top.addWidget(new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        self.year_combo.currentIndexChanged.connect(self.reload)
        self.reload_years()
        self.reload()

    def reload_years(self, wanted: int | None = None) -> None:
        years = register.plan_years(self.office)
        fill_years(self.year_combo, years, wanted, opening_year(years))

    def set_year(self, year: int) -> None:
        self.reload_years(wanted=year)
        self.reload()

    def reload(self, *_args: object) -> None:
        year = self.year_combo.currentData()
        view = framework_for(self.office, year, current_language()) if year is not None else None
        self.shown = view
        self.edit_button.setEnabled(view is not None)
        if view is None:
            self.browser.setHtml(
                "<p>" + escape(self.tr("No Strategic Framework is kept for this plan.")) + "</p>"
            )
            return
        self.browser.setHtml(self.html(view))

    def _open_editor(self, form: FrameworkForm, replacing: int | None) -> None:
        editor = FrameworkEditor(self.office, form, replacing, self)
        if editor.exec():
            self.reload()
        editor.deleteLater()

    def edit_framework(self) -> None:
        if self.shown is not None:
            form = load_framework(self.office, self.shown.start_year)
            if form is not None:
                self._open_editor(form, self.shown.start_year)

    def new_framework(self) -> None:
        periods = framework_periods(self.office)
        latest = load_framework(self.office, periods[0][0]) if periods else None
        if latest is None:
            year = self.year_combo.currentData() or 0
            latest = FrameworkForm(start_year=max(year, 2000), end_year=max(year, 2000) + 3)
        else:
            length = latest.end_year - latest.start_year
            latest.start_year = latest.end_year + 1
            latest.end_year = latest.start_year + length
        self._open_editor(latest, None)

    def html(self, view: FrameworkView) -> str:
        heading = self.tr("Strategic Framework %1").replace("%1", view.period)
        parts = [f"<h2>{escape(heading)}</h2>"]
        for label, text in ((self.tr("Mission"), view.mission), (self.tr("Vision"), view.vision)):
            if text:
                parts.append(f"<h3>{escape(label)}</h3><p>{escape(text)}</p>")
        # Labels outside the f-strings, where lupdate finds them.
        values, impact = self.tr("Values"), self.tr("Expected impact")
        if view.values:
            parts.append(f"<h3>{escape(values)}</h3>{_list(view.values)}")
        known = [group.value for group in GoalGroup]
        groups = known + sorted({goal.group for goal in view.goals} - set(known))
        for group in groups:
            goals = [goal for goal in view.goals if goal.group == group]
            if not goals:
                continue
            parts.append(f"<h2>{escape(group_label(group))}</h2>")
            for goal in goals:
                label = self.tr("Strategic Goal %1").replace("%1", str(goal.number))
                parts.append(f"<h3>{escape(label)}: {escape(goal.title)}</h3>")
                for title, items in (
                    (self.tr("Deliverables"), goal.deliverables),
                    (self.tr("Stakeholders"), goal.stakeholders),
                    (self.tr("Indicators"), goal.indicators),
                ):
                    if items:
                        parts.append(f"<p><b>{escape(title)}</b></p>{_list(items)}")
                if goal.expected_impact:
                    parts.append(f"<p><b>{escape(impact)}:</b> {escape(goal.expected_impact)}</p>")
        return "".join(parts)
