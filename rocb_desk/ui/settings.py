"""The user's preferences kept between runs, each declared once with its default."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

from ..paths import settings_file

LAST_DATABASE = "office/last"
GEOMETRY = "geometry/{name}"


def settings() -> QSettings:
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def last_database() -> str | None:
    value = settings().value(LAST_DATABASE)
    return str(value) if value else None


def remember_database(location: str) -> None:
    store = settings()
    store.setValue(LAST_DATABASE, location)
    store.sync()


def restore_geometry(widget: QWidget, name: str) -> bool:
    value = settings().value(GEOMETRY.format(name=name))
    return isinstance(value, QByteArray) and widget.restoreGeometry(value)


def save_geometry(widget: QWidget, name: str) -> None:
    store = settings()
    store.setValue(GEOMETRY.format(name=name), widget.saveGeometry())
    store.sync()
