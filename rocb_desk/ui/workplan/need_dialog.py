"""A capacity-building need of the yearly cycle: who asked, for what, how far it got."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from ...domain.errors import OfficeError
from ...domain.workplan import CATEGORY_LABELS, NeedPath
from ...i18n import current_language
from ...services import directory
from ...services.office import Office
from ...services.workplan import choices, needs
from ...services.workplan.needs import NeedForm
from ..forms import FieldErrors, OptionalDateEdit, lay_out_form, may_close, save_showing_refusals
from ..hub import hub
from ..messages import show_refusal
from .labels import category_label, path_label


class NeedDialog(QDialog):
    def __init__(
        self, office: Office, need_id: int | None, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.office = office
        self.need_id = need_id
        self.errors = FieldErrors()
        lang = current_language()
        if need_id is not None:
            form = needs.load_need(office, need_id)
        else:
            # Received today, when the cycle shown is this year's; else the day is asked for.
            today = date.today()
            received = {NeedPath.RECEIVED.value: today} if today.year == year else {}
            form = NeedForm(year=year, steps=received)

        self.year_spin = QSpinBox(minimum=2000, maximum=2100)
        self.year_spin.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 12)
        self.year_spin.setToolTip(self.tr("The year the needs were collected, such as 2021"))
        self.member_combo = QComboBox()
        self.member_combo.addItem(self.tr("Choose the administration"), None)
        for member_id, label in directory.member_choices(
            office, lang, include_inactive=need_id is not None
        ):
            self.member_combo.addItem(label, member_id)
        self.topic_en_edit = QLineEdit()
        self.topic_ru_edit = QLineEdit()
        for edit in (self.topic_en_edit, self.topic_ru_edit):
            edit.setPlaceholderText(self.tr("What the administration asked for"))
        self.category_combo = QComboBox()
        for category in CATEGORY_LABELS:
            self.category_combo.addItem(category_label(category.value), category.value)
        steps = QWidget()
        grid = QGridLayout(steps)
        grid.setContentsMargins(0, 0, 0, 0)
        self.step_edits: dict[str, OptionalDateEdit] = {}
        digit = self.fontMetrics().horizontalAdvance("0")
        for row, step in enumerate(NeedPath):
            edit = OptionalDateEdit()
            edit.setObjectName(f"{step.value}StepEdit")
            edit.setMaximumWidth(digit * 18)
            self.step_edits[step.value] = edit
            grid.addWidget(QLabel(path_label(step.value)), row, 0)
            grid.addWidget(edit, row, 1)
        grid.setColumnStretch(2, 1)
        steps.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.event_combo = QComboBox()
        self.event_combo.setMinimumContentsLength(40)
        self.event_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 14)

        self.buttons = lay_out_form(
            self,
            self.errors,
            (
                ("year", self.tr("Cycle year"), self.year_spin),
                ("member_id", self.tr("Administration *"), self.member_combo),
                ("topic_en", self.tr("Topic in English"), self.topic_en_edit),
                ("topic_ru", self.tr("Topic in Russian"), self.topic_ru_edit),
                ("category", self.tr("Category"), self.category_combo),
                ("steps", self.tr("Day each step was reached"), steps),
                ("event_id", self.tr("Delivered as the event"), self.event_combo),
                ("note", self.tr("Note"), self.note_edit),
            ),
            lambda: self.try_save(),
        )
        layout = self.layout()
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if isinstance(item.layout(), QFormLayout):
                item.layout().setFieldGrowthPolicy(
                    QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
                )
        self.setWindowTitle(self.tr("Need") if need_id is not None else self.tr("New need"))
        self.resize(720, self.sizeHint().height())
        self.set_form(form)
        self.saved = self.form()
        self.year_spin.valueChanged.connect(self._fill_events)

    def _fill_events(self, *_args: object) -> None:
        """The events around the cycle, and the one the need names whenever it was."""
        current = self.event_combo.currentData()
        self.event_combo.clear()
        self.event_combo.addItem(self.tr("Not delivered yet"), None)
        for event_id, label in choices.event_choices(
            self.office, current_language(), self.year_spin.value(), keep=current
        ):
            self.event_combo.addItem(label, event_id)
        self.event_combo.setCurrentIndex(max(self.event_combo.findData(current), 0))

    def set_form(self, form: NeedForm) -> None:
        self.year_spin.setValue(form.year)
        self.member_combo.setCurrentIndex(max(self.member_combo.findData(form.member_id), 0))
        self.topic_en_edit.setText(form.topic_en)
        self.topic_ru_edit.setText(form.topic_ru)
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(form.category), 0))
        for step, edit in self.step_edits.items():
            edit.set_value(form.steps.get(step))
        self.event_combo.clear()
        self.event_combo.addItem("", form.event_id)  # kept by _fill_events
        self._fill_events()
        self.note_edit.setPlainText(form.note)

    def form(self) -> NeedForm:
        return NeedForm(
            year=self.year_spin.value(),
            member_id=self.member_combo.currentData(),
            topic_en=self.topic_en_edit.text(),
            topic_ru=self.topic_ru_edit.text(),
            category=self.category_combo.currentData(),
            steps={step: edit.value() for step, edit in self.step_edits.items() if edit.value()},
            event_id=self.event_combo.currentData(),
            note=self.note_edit.toPlainText(),
        )

    def try_save(self) -> bool:
        form = self.form()

        def save() -> None:
            self.need_id = needs.save_need(self.office, form, self.need_id)

        if not save_showing_refusals(self, self.errors, save):
            return False
        self.saved = self.form()
        hub.statusMessage.emit(self.tr("Need saved"))
        self.accept()
        return True

    def reject(self) -> None:
        if self.form() != self.saved and not may_close(
            self,
            self.tr("The need has changes that are not saved. Save them?"),
            lambda: self.try_save() and False,  # a save closes the dialog itself
        ):
            return
        super().reject()

    @classmethod
    def edit(
        cls, parent: QWidget, office: Office, need_id: int | None, year: int
    ) -> tuple[int | None, bool]:
        """Open the need (a new one of the cycle `year` without `need_id`); returns its id
        and whether it was saved."""
        try:
            dialog = cls(office, need_id, year, parent)
        except OfficeError as error:
            show_refusal(parent, error)
            return None, True
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.need_id, accepted
        dialog.deleteLater()
        return result
