"""The expected impact of each goal, as a year's plan states it under the goal's table."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OfficeError
from ...domain.fiscal import FinancialYear
from ...i18n import current_language
from ...services.office import Office
from ...services.workplan.framework import framework_for
from ...services.workplan.register import goal_impacts, save_goal_impacts
from ..forms import may_close
from ..messages import show_refusal
from .framework_editor import Bilingual


class ImpactsDialog(QDialog):
    def __init__(self, office: Office, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office, self.year = office, year
        self.setWindowTitle(
            self.tr("Expected impacts of the plan %1").replace("%1", FinancialYear(year).name)
        )
        framework = framework_for(office, year, current_language())
        impacts = goal_impacts(office, year)
        titles = {goal.number: goal.title for goal in framework.goals} if framework else {}
        self.saved = {
            number: impacts.get(number, ("", "")) for number in sorted(set(titles) | set(impacts))
        }
        self.edits: dict[int, Bilingual] = {}
        body = QWidget()
        form = QFormLayout(body)
        for number, (en, ru) in self.saved.items():
            edit = Bilingual(single_line=False)
            edit.set_text("en", en)
            edit.set_text("ru", ru)
            label = QLabel(f"{number}. {titles.get(number, '')}")
            label.setWordWrap(True)
            label.setMaximumWidth(label.fontMetrics().averageCharWidth() * 32)
            form.addRow(label, edit)
            self.edits[number] = edit
        if not self.edits:
            form.addRow(QLabel(self.tr("No Strategic Framework covers this year yet.")))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(980, 640)

    def impacts(self) -> dict[int, tuple[str, str]]:
        return {
            number: (edit.text("en").strip(), edit.text("ru").strip())
            for number, edit in self.edits.items()
        }

    def has_unsaved_changes(self) -> bool:
        return self.impacts() != {n: (en.strip(), ru.strip()) for n, (en, ru) in self.saved.items()}

    def try_save(self) -> bool:
        try:
            save_goal_impacts(self.office, self.year, self.impacts())
        except OfficeError as error:
            show_refusal(self, error)
            return False
        self.saved = self.impacts()
        self.accept()
        return True

    def reject(self) -> None:
        if self.has_unsaved_changes() and not may_close(
            self,
            self.tr("The expected impacts have changes that are not saved. Save them?"),
            lambda: self.try_save() and False,
        ):
            return
        super().reject()
