"""The desktop application: start Qt, open the office, show the main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from types import TracebackType

from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from . import APP_NAME, ORG_NAME, __version__, i18n
from .crashlog import record_crash
from .domain.access import Account
from .domain.errors import QT_TRANSLATE_NOOP, OfficeError
from .i18n import error_text, translate
from .paths import default_database, resource_path
from .services.office import Office, open_office
from .ui import settings
from .ui.background import wait_for_reads
from .ui.main_window import MainWindow
from .ui.messages import choose_office_file
from .ui.trust.login_dialog import LoginDialog


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Never die silently, never show a traceback: log it and say so."""
    where = record_crash(kind, error, tb, "unexpected error in the window")
    if QApplication.instance() is not None:
        QMessageBox.critical(
            None,
            APP_NAME,
            translate(
                "Application", "Something went wrong: {error}\nThe details are in {log}."
            ).format(error=error, log=where),
        )


def create_application(lang: str) -> QApplication:
    # Work on other threads (exports, backups, the overview's figures) holds Python's
    # lock for up to the switch interval each time the window's thread wants it back
    # for a paint or a timer: 1 ms instead of 5 keeps the window's frames coming.
    sys.setswitchinterval(0.001)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    icon = resource_path("icons", "rocb-desk.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    for font in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resource_path("fonts", font)))
    i18n.install(lang)
    return app  # type: ignore[return-value]


def open_office_interactively(database: str, parent: QWidget | None = None) -> Office | None:
    """Open `database`; on refusal explain why and offer to open another file or quit.

    An office with accounts asks who logs in before anything of it shows; cancelling
    the login closes it again (at start: the application quits)."""
    while True:
        new = not Path(database).exists() if "://" not in database else False
        try:
            office = open_office(database, lock=True)
        except OfficeError as error:
            box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, error_text(error), parent=parent)
            other = box.addButton(
                translate("Application", "Open another office…"), QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not other:
                return None
            database = choose_office_file(parent)
            if not database:
                return None
            continue
        if new:
            _welcome(office, parent)
        if office.login_required and LoginDialog.ask(office, parent) is None:
            office.close()
            return None
        settings.remember_database(office.location)
        return office


def _welcome(office: Office, parent: QWidget | None) -> None:
    """A new office gets its reference data, and the offer of the demo office."""
    from .services import reference_data  # with every demo loader: not for every start

    reference_data.load_reference(office)
    answer = QMessageBox.question(
        parent,
        APP_NAME,
        translate(
            "Application",
            "A new office was created at {path}.\n\nLoad the demo office "
            "(ROCB Europe's year 2020/2021) to look around?",
        ).format(path=office.location),
    )
    if answer == QMessageBox.StandardButton.Yes:
        reference_data.load_demo(office)


def switch_office(window: MainWindow, path: str) -> None:
    """Open another office in the window; if it is refused, go back to the one before."""
    previous = window.office
    wait_for_reads()  # a tab's figures still being read from it
    previous.close()
    replacement = open_office_interactively(path, window)
    if replacement is None:
        replacement = open_office_interactively(previous.location, window)
        if replacement is None:
            window.close()
            return
    window.set_office(replacement)


def _last_or_default_office() -> str | None:
    """The office used last; if its file has gone (a moved folder, a USB stick), ask."""
    last = settings.last_database()
    if not last:
        return default_database()
    if "://" in last or Path(last).exists():
        return last
    box = QMessageBox(
        QMessageBox.Icon.Question,
        APP_NAME,
        translate("Application", "The office you used last is not there any more:\n{path}").format(
            path=last
        ),
    )
    other = box.addButton(
        translate("Application", "Open another office…"), QMessageBox.ButtonRole.AcceptRole
    )
    create = box.addButton(
        translate("Application", "Create a new office there"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is other:
        return choose_office_file(None) or None
    if box.clickedButton() is create:
        return last
    return None


def run_app(database: str | None, lang: str) -> int:
    """Open the window on `database`, or on the last office used, or on the default one."""
    sys.excepthook = _excepthook
    app = create_application(lang)
    database = database or os.environ.get("ROCB_DESK_DB") or _last_or_default_office()
    office = open_office_interactively(database) if database else None
    if office is None:
        return 1
    window = MainWindow(office)
    window.officeRequested.connect(lambda path: switch_office(window, path))
    window.show()
    code = app.exec()
    window.office.close()
    return code


def save_screenshot(
    database: str,
    lang: str,
    target: Path,
    list_key: str = "contact_points",
    search: str | None = None,
    plan_year: int | None = None,
    account: Account | None = None,
) -> Path:
    """Open the window on `database` without showing it to anyone and save it as a PNG;
    as `account`, the one the command line logged in, where the office has accounts."""
    app = create_application(lang)
    office = open_office(database, create=False)
    if account is not None:
        office.account, office.actor = account, account.name
    try:
        window = MainWindow(office)
        window.closing_backup = False  # a picture of the window is not a working session
        window.resize(1280, 760)
        window.show()
        if plan_year is not None:  # the director's review of that year's plan
            window.tabs.setCurrentWidget(window.workplan_tab)
            window.workplan_tab.review.set_year(plan_year)
            window.workplan_tab.review.table.selectRow(1)  # its first activity, in detail
        elif search is not None:  # the Correspondence tab finding these words
            window.tabs.setCurrentWidget(window.letters_tab)
            window.letters_tab.search.search_edit.setText(search)
            window.letters_tab.search.apply_filters()
        elif list_key:  # a Directory list; otherwise the window as it opens, on the Overview
            window.tabs.setCurrentWidget(window.directory_tab)
            window.directory_tab.show_list(list_key)
        app.processEvents()
        # The overview starts reading its figures once the window's first frame is drawn
        # (ui/shown.py): that frame first, then the reading, then its figures.
        deadline = time.monotonic() + 10
        while not window.windowHandle().isExposed() and time.monotonic() < deadline:
            app.processEvents()
        app.processEvents()
        wait_for_reads()  # the overview's figures, read on a thread of their own
        for _ in range(3):  # shown, then laid out (layouts settle in posted events)
            app.processEvents()
        target.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(target), "PNG")
        window.close()
        if not saved:
            raise OfficeError(
                QT_TRANSLATE_NOOP("Errors", "The picture cannot be written to {path}."),
                path=str(target),
            )
    finally:
        office.close()
    return target
