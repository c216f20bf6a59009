"""Showing refusals and errors: one place, so every dialog says it the same way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .. import APP_NAME
from ..domain.errors import OfficeError
from ..i18n import error_text


def show_refusal(parent: QWidget | None, error: OfficeError) -> None:
    QMessageBox.warning(parent, APP_NAME, error_text(error))


def choose_office_file(parent: QWidget | None) -> str:
    """Ask for an office file to open; '' when the user cancels."""
    path, _chosen = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Application", "Open office"),
        "",
        QCoreApplication.translate(
            "Application", "ROCB Desk office (*.sqlite3 *.sqlite *.db);;All files (*)"
        ),
    )
    return path
