"""The one door to translations for code outside the widgets.

Service messages, document labels and command-line errors are Qt Linguist source
texts, collected by `pyside6-lupdate` from calls to `translate(context, text)` and
`QT_TRANSLATE_NOOP(context, text)`, and translated here with the same .qm files the
window loads. This is the only QtCore import allowed outside ui/ and the app entry.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator

from .domain.errors import Message, OfficeError
from .paths import i18n_path, settings_file

LANGUAGES = ("en", "ru")
_installed: list[QTranslator] = []
_current = "en"
# A document may be written in another language than the window speaks: its builder
# runs inside `document_language(lang)`, which translates for this thread only,
# without installing anything into the application (no language-change events).
_document = threading.local()
_loaded: dict[str, QTranslator] = {}


def translate(context: str, text: str) -> str:
    lang = getattr(_document, "lang", None)
    if lang is None:
        return QCoreApplication.translate(context, text)
    if lang == "en":
        return text
    return _translator(lang).translate(context, text) or text


def _translator(lang: str) -> QTranslator:
    if lang not in _loaded:
        translator = QTranslator()
        translator.load(str(i18n_path(f"rocb_desk_{lang}.qm")))
        _loaded[lang] = translator
    return _loaded[lang]


@contextmanager
def document_language(lang: str) -> Iterator[None]:
    """Translate in `lang` inside the block, on this thread, whatever the window speaks."""
    previous = getattr(_document, "lang", None)
    _document.lang = lang if lang in LANGUAGES else "en"
    try:
        yield
    finally:
        _document.lang = previous


def message_text(message: Message) -> str:
    return translate(message.context, message.text).format(**message.params)


def error_text(error: OfficeError) -> str:
    return message_text(error.message)


def current_language() -> str:
    return _current


def install(lang: str) -> str:
    """Load the translations of `lang` (and Qt's own) into the running application.

    Creates a QCoreApplication when none runs yet (the command line), since Qt only
    installs translators into an application object.
    """
    global _current
    if lang not in LANGUAGES:
        lang = "en"
    app = QCoreApplication.instance() or QCoreApplication([])
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # English too: its file holds the plural forms ("1 line", "2 lines") of the code's
    # "%n line(s)", and nothing else.
    ours = QTranslator(app)
    if ours.load(str(i18n_path(f"rocb_desk_{lang}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    if lang != "en":
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{lang}", qt_dir):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    _current = lang
    return lang


def preferred_language() -> str:
    """The language the user chose last time, or English."""
    settings = QSettings(str(settings_file()), QSettings.Format.IniFormat)
    value = str(settings.value("language", "en"))
    return value if value in LANGUAGES else "en"


def save_language(lang: str) -> None:
    settings = QSettings(str(settings_file()), QSettings.Format.IniFormat)
    settings.setValue("language", lang)
    settings.sync()
