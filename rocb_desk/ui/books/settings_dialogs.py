"""Small forms of the books: a new budget item, and the figures of a financial year."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import FieldError, FormatError, ValidationError
from ...domain.fiscal import FinancialYear
from ...domain.money import parse_money
from ...i18n import current_language
from ...services.books import classification
from ...services.books.budget import chapter_choices
from ...services.office import Office
from ..forms import FieldErrors, save_showing_refusals


class _Form(QDialog):
    """A form whose Save calls `save()`; refusals appear at their fields."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def add_row(self, name: str, label: str, editor: QWidget) -> None:
        editor.setObjectName(f"{name}Edit")
        self.form.addRow(label, self.errors.wrap(name, editor))

    def save(self) -> None:
        raise NotImplementedError

    def try_save(self) -> None:
        if save_showing_refusals(self, self.errors, self.save):
            self.accept()


class AddItemDialog(_Form):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New budget item"), parent)
        self.office = office
        self.chapter_combo = QComboBox()
        for number, label in chapter_choices(office, current_language()):
            self.chapter_combo.addItem(label, number)
        self.code_edit = QLineEdit(placeholderText="2.7")
        self.name_en_edit = QLineEdit()
        self.name_ru_edit = QLineEdit()
        self.add_row("chapter", self.tr("Chapter"), self.chapter_combo)
        self.add_row("code", self.tr("Code *"), self.code_edit)
        self.add_row("name_en", self.tr("Name (English) *"), self.name_en_edit)
        self.add_row("name_ru", self.tr("Name (Russian)"), self.name_ru_edit)

    def save(self) -> None:
        classification.add_item(
            self.office,
            self.chapter_combo.currentData(),
            self.code_edit.text(),
            self.name_en_edit.text(),
            self.name_ru_edit.text(),
        )


class YearFiguresDialog(_Form):
    """The standard contribution of a year, or the figures of a year kept elsewhere."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Financial year settings"), parent)
        self.office = office
        self.year_edit = QLineEdit(placeholderText="2014/2015")
        self.standard_edit = QLineEdit(placeholderText="1750.00")
        self.elsewhere_check = QCheckBox(self.tr("Kept before the books were in ROCB Desk"))
        self.members_spin = QSpinBox()
        self.members_spin.setRange(0, 60)
        self.members_spin.setEnabled(False)
        self.elsewhere_check.toggled.connect(self.members_spin.setEnabled)
        self.add_row("year", self.tr("Financial year *"), self.year_edit)
        self.add_row(
            "standard_contribution", self.tr("Standard contribution (EUR)"), self.standard_edit
        )
        self.form.addRow("", self.elsewhere_check)
        self.add_row("contributing_members", self.tr("Contributing members"), self.members_spin)

    def save(self) -> None:
        try:
            year = FinancialYear.parse(self.year_edit.text())
        except FormatError as error:
            raise ValidationError([_field("year", error)]) from None
        standard: Decimal | None = None
        if self.standard_edit.text().strip():
            try:
                standard = parse_money(self.standard_edit.text())
            except FormatError as error:
                raise ValidationError([_field("standard_contribution", error)]) from None
        members = self.members_spin.value() if self.elsewhere_check.isChecked() else None
        classification.set_year_figures(
            self.office, year, standard_contribution=standard, contributing_members=members
        )


def _field(name: str, error: FormatError) -> FieldError:
    return FieldError(name, error.message)


def run(dialog: QDialog) -> bool:
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted
