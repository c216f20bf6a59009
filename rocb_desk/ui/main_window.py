"""The main window: the tabs, the File, Tools and Help menus, the language, the status bar.

Who is logged in, the idle lock, accounts, settings, the audit trail and the automatic
backups are the trust mixin's (ui/trust/window.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from .. import __version__, i18n
from ..domain.access import Permission
from ..domain.errors import OfficeError
from ..services.office import Office
from . import settings
from .background import run_in_background, wait_for_reads
from .hub import hub
from .lazy_tabs import LazyTabs
from .messages import choose_office_file, show_refusal
from .overview import navigation
from .trust.window import TrustWindow

LANGUAGE_NAMES = {"en": "English", "ru": "Русский"}


class MainWindow(TrustWindow, QMainWindow):
    # Asks the application to open another office; it answers with set_office().
    officeRequested = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.office = office
        self.office_label = QLabel()
        self.statusBar().addPermanentWidget(self.office_label)
        hub.statusMessage.connect(self.show_status)
        self.setup_trust()
        self.build()
        if not settings.restore_geometry(self, "main"):
            self.resize(1200, 760)

    def build(self, fresh: bool = False) -> None:
        """Lay out menus and tabs in the current language and for the account logged in;
        called again when either changes. `fresh`: another person's session, which does
        not open where the previous one was."""
        # The menus of the previous build go with their actions (the window owns them).
        for old in self.menuBar().findChildren(QMenu) + getattr(self, "_menu_actions", []):
            old.deleteLater()
        self.menuBar().clear()
        self._menu_actions: list[QObject] = []
        self._build_menus()
        kept = hasattr(self, "tabs") and not fresh
        current = self.tabs.currentIndex() if kept else 0
        # What each tab made so far shows (its year, its filters), to show it again.
        # A tab not made since the last rebuild keeps the state it had then.
        self._states = {
            **(getattr(self, "_states", {}) if kept else {}),
            **{
                key: page.content.state()
                for key, page in getattr(self, "_pages", {}).items()
                if kept and page.content is not None and hasattr(page.content, "state")
            },
        }
        self.tabs = LazyTabs()
        self.tabs.setObjectName("mainTabs")
        self._pages = {
            key: self.tabs.add_lazy(lambda k=key: self._make_tab(k), title)
            for key, title in (
                ("overview", self.tr("&Overview")),
                ("books", self.tr("&Bookkeeping")),
                ("events", self.tr("&Events")),
                ("letters", self.tr("&Correspondence")),
                ("workplan", self.tr("&Work plan")),
                ("directory", self.tr("&Directory")),
            )
        }
        self.tabs.setCurrentIndex(max(current, 0))
        self.place_tabs(self.tabs)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._add(
            file_menu, self.tr("&Open office…"), QKeySequence.StandardKey.Open, self.open_other
        )
        file_menu.addSeparator()
        self.add_session_actions(file_menu)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Back up…"), QKeySequence("Ctrl+Shift+B"), self.backup)
        self.restore_action = self._add(file_menu, self.tr("&Restore…"), None, self.restore)
        self.restore_action.setObjectName("restoreAction")
        # Restoring replaces everyone's work: the administrator's decision, once the
        # office has accounts (without them, the one person may do everything).
        self.restore_action.setEnabled(self.office.may(Permission.ADMINISTER))
        file_menu.addSeparator()
        self._add(
            file_menu,
            self.tr("Annual &progress report…"),
            QKeySequence("Ctrl+Shift+R"),
            self.annual_report,
        )
        self._add(file_menu, self.tr("Quarterly &newsletter…"), None, self.newsletter)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)

        tools = self.add_tools_menu()
        tools.addSeparator()
        self.reindex_action = self._add(
            tools, self.tr("Rebuild the search &index"), None, self.rebuild_search_index
        )
        self.reindex_action.setObjectName("rebuildIndexAction")
        self.reindex_action.setEnabled(self.office.may(Permission.EDIT))
        language_menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self._menu_actions.append(group)
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            self._menu_actions.append(action)
            action.setObjectName(f"language_{code}")
            action.setChecked(code == i18n.current_language())
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._add(
            help_menu,
            self.tr("&About ROCB Desk"),
            QKeySequence.StandardKey.HelpContents,
            self.about,
        )

    def _add(self, menu, text: str, shortcut, slot) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        self._menu_actions.append(action)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _make_tab(self, key: str) -> QWidget:
        """A tab, made the first time it is shown or asked for (its module with it)."""
        tab: QWidget
        if key == "overview":
            from .overview.tab import OverviewTab

            tab = OverviewTab(self.office, self)
            tab.openRequested.connect(self.open_target)
        elif key == "books":
            from .books.tab import BooksTab

            tab = BooksTab(self.office, self)
            # The books' entries are the events' costs: the Events tab reads them again.
            tab.ledger.booksChanged.connect(self._ledger_changed)
        elif key == "events":
            from .events.tab import EventsTab

            tab = EventsTab(self.office, self)
            # Costs linked and rents posted there are the books' entries.
            tab.booksChanged.connect(self._books_changed)
        elif key == "letters":
            from .letters.tab import LettersTab

            tab = LettersTab(self.office, self)
        elif key == "workplan":
            from .workplan.tab import WorkplanTab

            tab = WorkplanTab(self.office, self)
        else:
            from .directory.tab import DirectoryTab

            tab = DirectoryTab(self.office, self)
        state = self._states.pop(key, None)
        if state is not None:
            tab.restore_state(state)  # type: ignore[attr-defined]
        return tab

    # The tabs by name; each is made when first asked for.
    overview_tab = property(lambda self: self._pages["overview"].ensure())
    books_tab = property(lambda self: self._pages["books"].ensure())
    events_tab = property(lambda self: self._pages["events"].ensure())
    letters_tab = property(lambda self: self._pages["letters"].ensure())
    workplan_tab = property(lambda self: self._pages["workplan"].ensure())
    directory_tab = property(lambda self: self._pages["directory"].ensure())

    def _books_changed(self) -> None:
        if self._pages["books"].content is None:
            return  # made later, it reads the books as they are then
        ledger = self.books_tab.ledger
        ledger.reload_years()
        ledger.apply_filters()
        self.books_tab.refresh_views()

    def _ledger_changed(self) -> None:
        if self._pages["events"].content is not None:
            self.events_tab.reload()

    def annual_report(self) -> None:
        """The report's own words per year, and the report made from everything."""
        from .report.dialog import ReportDialog  # its writers load only when used

        dialog = ReportDialog(self.office, self)
        dialog.exec()
        dialog.deleteLater()

    def newsletter(self) -> None:
        """A quarter's events, public letters and news items, as Word or PDF."""
        from .newsletter.dialog import NewsletterDialog

        dialog = NewsletterDialog(self.office, self)
        dialog.exec()
        dialog.deleteLater()

    def open_target(self, target: navigation.Target) -> None:
        """A figure of the overview was clicked: show the tab behind it."""
        navigation.go(self, target)

    # --- office -----------------------------------------------------------------------

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def backup_filter(self) -> str:
        return self.tr("ROCB Desk backup (*.zip);;All files (*)")

    def set_office(self, office: Office) -> None:
        fresh = office.account != self.office.account
        self.office = office
        self.build(fresh=fresh)

    def open_other(self) -> None:
        path = choose_office_file(self)
        if path:
            self.officeRequested.emit(path)

    def backup(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up the office"), "rocb-desk-backup.zip", self.backup_filter()
        )
        if not path:
            return
        from ..services import maintenance  # with every check it runs: not for every start

        # The backup is copied and verified in one go, with no steps to stop between.
        office = self.office
        try:
            written = run_in_background(
                self,
                self.tr("Backing up the office…"),
                lambda _step: maintenance.backup(office, Path(path)),
                cancellable=False,
            )
        except OfficeError as error:
            show_refusal(self, error)
            return
        self.statusBar().showMessage(
            self.tr("Backup written and verified: %1").replace("%1", str(written)), 8000
        )

    def rebuild_search_index(self) -> None:
        """Index every letter again; Cancel keeps the index as it was (one transaction)."""
        from ..services.letters.search import rebuild_index

        office = self.office
        try:
            count = run_in_background(
                self,
                self.tr("Rebuilding the search index…"),
                lambda step: rebuild_index(office, step),
            )
        except OfficeError as error:
            show_refusal(self, error)
            return
        if count is None:
            self.show_status(self.tr("The search index was left as it was"))
        else:
            self.show_status(self.tr("%n letter(s) indexed again", "", count))

    def restore(self) -> None:
        from ..services import access, maintenance  # not for every start

        try:
            access.require(self.office, Permission.ADMINISTER)
        except OfficeError as error:
            show_refusal(self, error)
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), "", self.backup_filter()
        )
        if not path:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore"),
            self.tr("Replace everything in this office by the backup %1?").replace(
                "%1", Path(path).name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        credentials = None
        if self.office.login_required and self.office.account is not None:
            # Replacing the whole office is confirmed with the administrator's password.
            password, given = QInputDialog.getText(
                self,
                self.tr("Restore"),
                self.tr("Your password, to replace this office:"),
                QLineEdit.EchoMode.Password,
            )
            if not given:
                return
            credentials = (self.office.account.name, password)
        location = self.office.location
        self.office.close()  # a restore needs the office closed, and our lock released
        try:
            maintenance.restore(Path(path), location, force=True, credentials=credentials)
        except OfficeError as error:
            show_refusal(self, error)
        else:
            self.show_status(self.tr("Office restored from %1").replace("%1", path))
        # Reopen through the application, which offers another office if this one fails.
        self.officeRequested.emit(location)

    # --- language, about, closing -----------------------------------------------------

    def set_language(self, lang: str) -> None:
        if lang == i18n.current_language():
            return
        i18n.save_language(lang)
        i18n.install(lang)
        self.build()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About ROCB Desk"),
            self.tr(
                "<h3>ROCB Desk %1</h3><p>The office application of the Regional Office for "
                "Capacity Building of the WCO Europe Region, offline on one desk computer.</p>"
                "<p>Office: %2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", self.office.location),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        settings.save_geometry(self, "main")
        wait_for_reads()  # a tab's figures still being read, before the office closes
        self.close_trust()  # the closing backup; never a reason not to close
        super().closeEvent(event)
