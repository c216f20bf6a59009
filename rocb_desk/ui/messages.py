"""Showing refusals and errors: one place, so every dialog says it the same way."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from .. import APP_NAME
from ..domain.errors import OfficeError
from ..i18n import error_text


def show_refusal(parent: QWidget | None, error: OfficeError) -> None:
    QMessageBox.warning(parent, APP_NAME, error_text(error))
