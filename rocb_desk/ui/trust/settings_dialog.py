"""The office's trust settings: the idle time before the window locks, and how many
automatic backups are kept. The administrator changes them; others see them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.access import Permission
from ...domain.errors import OfficeError
from ...i18n import error_text
from ...services import trust_settings
from ...services.office import Office


class TrustSettingsDialog(QDialog):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trustSettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.office = office
        self.may_change = office.may(Permission.ADMINISTER)
        self.idle_spin = QSpinBox(objectName="idleMinutes")
        self.idle_spin.setRange(*trust_settings.IDLE_RANGE)  # what the service accepts
        self.idle_spin.setSpecialValueText(self.tr("never"))
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setValue(trust_settings.idle_minutes(office))
        self.kept_spin = QSpinBox(objectName="backupsKept")
        self.kept_spin.setRange(*trust_settings.KEPT_RANGE)
        self.kept_spin.setValue(trust_settings.backups_kept(office))
        form = QFormLayout()
        form.addRow(self.tr("&Lock the window after idle:"), self.idle_spin)
        form.addRow(self.tr("Automatic &backups kept:"), self.kept_spin)
        note = QLabel(
            self.tr(
                "The window locks when nobody has touched the keyboard or the mouse for "
                "this long (never: 0), and only when the office has accounts. A backup is "
                "written when the application closes and once a day while it runs; the "
                "oldest automatic ones beyond this number are removed."
            )
        )
        note.setWordWrap(True)
        self.error_label = QLabel(objectName="settingsError")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        if not self.may_change:
            for spin in (self.idle_spin, self.kept_spin):
                spin.setReadOnly(True)
                spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
            read_only = QLabel(self.tr("Only the administrator changes these settings."))
            read_only.setObjectName("settingsReadOnly")
            read_only.setWordWrap(True)
            layout.addWidget(read_only)
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        else:
            buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            )
            buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def accept(self) -> None:
        from ...services import trust_settings

        try:
            trust_settings.set_idle_minutes(self.office, self.idle_spin.value())
            trust_settings.set_backups_kept(self.office, self.kept_spin.value())
        except OfficeError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            return
        super().accept()
