"""One ledger entry: a form that the ledger service validates while it is still open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from ...domain.books import INCOME_KIND_LABELS, IncomeKind
from ...domain.errors import Message
from ...i18n import message_text, translate
from ..forms import FieldErrors, lay_out_form, save_showing_refusals

SaveFunction = Callable[[dict[str, Any]], list[Message]]


class EntryDialog(QDialog):
    def __init__(
        self, items: list[tuple[str, str]], counterparties: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.items = items
        self.errors = FieldErrors()
        self._save: SaveFunction | None = None
        self.warnings: list[Message] = []
        # The version of the entry read (ledger.entry_values), given back with the save so
        # that a change made meanwhile in another window is refused, never overwritten.
        self.version: int | None = None

        self.date_edit = QDateEdit(calendarPopup=True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(QDate.currentDate())
        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("Expense"), "expense")
        self.type_combo.addItem(self.tr("Income"), "income")
        self.code_combo = QComboBox()
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText("0.00")
        self.description_edit = QLineEdit()
        self.counterparty_combo = QComboBox(editable=True)
        self.counterparty_combo.addItem("")
        self.counterparty_combo.addItems(counterparties)
        self.counterparty_combo.lineEdit().setPlaceholderText(
            self.tr("A member administration, a partner, or a supplier's name")
        )
        self.reference_edit = QLineEdit()
        self.reference_edit.setPlaceholderText(self.tr("Numbered automatically"))
        self.method_combo = QComboBox()
        self.method_combo.addItem(self.tr("Bank"), "bank")
        self.method_combo.addItem(self.tr("Cash"), "cash")
        self.type_combo.currentIndexChanged.connect(self._fill_codes)
        self._fill_codes()

        self.buttons = lay_out_form(
            self,
            self.errors,
            (
                ("date", self.tr("Date *"), self.date_edit),
                ("type", self.tr("Type *"), self.type_combo),
                ("code", self.tr("Budget item or income *"), self.code_combo),
                ("amount", self.tr("Amount (EUR) *"), self.amount_edit),
                ("description", self.tr("Description"), self.description_edit),
                ("counterparty", self.tr("Counterparty"), self.counterparty_combo),
                ("reference", self.tr("Voucher"), self.reference_edit),
                ("method", self.tr("Payment method"), self.method_combo),
            ),
            self.try_save,
        )
        self.setMinimumWidth(600)

    def _fill_codes(self) -> None:
        current = self.code_combo.currentData()
        self.code_combo.clear()
        if self.type_combo.currentData() == "expense":
            for code, label in self.items:
                self.code_combo.addItem(label, code)
        else:
            for kind in IncomeKind:
                self.code_combo.addItem(translate("Books", INCOME_KIND_LABELS[kind]), kind.value)
        position = self.code_combo.findData(current)
        if position >= 0:
            self.code_combo.setCurrentIndex(position)

    def set_values(self, values: dict[str, Any]) -> None:
        self.version = values.get("version", self.version)
        if isinstance(values.get("date"), date):
            self.date_edit.setDate(QDate(values["date"]))
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(values.get("type")), 0))
        self._fill_codes()
        self.code_combo.setCurrentIndex(max(self.code_combo.findData(values.get("code")), 0))
        amount = values.get("amount")
        self.amount_edit.setText("" if amount is None else str(amount))
        self.description_edit.setText(values.get("description") or "")
        self.description_edit.setCursorPosition(0)  # the start of a long description
        self.counterparty_combo.setEditText(values.get("counterparty") or "")
        self.reference_edit.setText(values.get("reference") or "")
        self.method_combo.setCurrentIndex(max(self.method_combo.findData(values.get("method")), 0))

    def values(self) -> dict[str, Any]:
        return {
            "date": self.date_edit.date().toPython(),
            "type": self.type_combo.currentData(),
            "code": self.code_combo.currentData(),
            "amount": self.amount_edit.text(),
            "description": self.description_edit.text(),
            "counterparty": self.counterparty_combo.currentText(),
            "reference": self.reference_edit.text(),
            "method": self.method_combo.currentData(),
            "version": self.version,
        }

    def try_save(self) -> None:
        assert self._save is not None
        save = self._save

        def run() -> None:
            self.warnings = save(self.values())

        if not save_showing_refusals(self, self.errors, run):
            return
        for warning in self.warnings:  # over budget: said, never a block
            QMessageBox.information(self, self.windowTitle(), message_text(warning))
        self.accept()

    @classmethod
    def edit(
        cls,
        parent: QWidget,
        title: str,
        items: list[tuple[str, str]],
        counterparties: list[str],
        values: dict[str, Any],
        save: SaveFunction,
    ) -> bool:
        dialog = cls(items, counterparties, parent)
        dialog.setWindowTitle(title)
        if values:
            dialog.set_values(values)
        dialog._save = save
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted
