"""The quarterly newsletter in the window: the news items of a quarter written and
published here, a count of what the newsletter will hold, and the newsletter made as a
Word or PDF file in English or Russian.

    NewsletterDialog(office, parent).exec()
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.access import Permission
from ...domain.errors import OfficeError
from ...i18n import current_language
from ...services.events.queries import title_of
from ...services.newsletter import NewsLine, Quarter, delete_news, list_news
from ...services.newsletter_document import newsletter_contents, newsletter_document
from ...services.office import Office
from ..background import save_document
from ..hub import hub
from ..messages import show_refusal
from ..trust.permissions import grey_out_widgets
from .item_dialog import NewsItemDialog

SUFFIXES = (".docx", ".pdf")


class NewsletterDialog(QDialog):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.lines: list[NewsLine] = []
        self.setWindowTitle(self.tr("Quarterly newsletter"))
        today = Quarter.of(date.today())

        self.year_spin = QSpinBox(objectName="newsletterYear")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(today.year)
        self.quarter_combo = QComboBox(objectName="newsletterQuarter")
        for number, months in enumerate(
            (
                self.tr("Q1: January–March"),
                self.tr("Q2: April–June"),
                self.tr("Q3: July–September"),
                self.tr("Q4: October–December"),
            ),
            start=1,
        ):
            self.quarter_combo.addItem(months, number)
        self.quarter_combo.setCurrentIndex(today.number - 1)
        self.year_spin.valueChanged.connect(self.reload)
        self.quarter_combo.currentIndexChanged.connect(self.reload)
        top = QHBoxLayout()
        year_label = QLabel(self.tr("&Year"))
        year_label.setBuddy(self.year_spin)
        quarter_label = QLabel(self.tr("&Quarter"))
        quarter_label.setBuddy(self.quarter_combo)
        for widget in (year_label, self.year_spin, quarter_label, self.quarter_combo):
            top.addWidget(widget)
        top.addStretch(1)

        self.table = QTableWidget(0, 3, objectName="newsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("Title"), self.tr("Published")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_item())
        self.new_button = QPushButton(self.tr("&New…"), objectName="newNews")
        self.edit_button = QPushButton(self.tr("&Edit…"), objectName="editNews")
        self.delete_button = QPushButton(self.tr("&Delete"), objectName="deleteNews")
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.delete_button.clicked.connect(self.delete_item)
        changing = (self.new_button, self.edit_button, self.delete_button)
        grey_out_widgets(office, Permission.EDIT, *changing)
        item_buttons = QVBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            item_buttons.addWidget(button)
        item_buttons.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(item_buttons)

        self.preview = QLabel(objectName="newsletterPreview")
        self.lang_combo = QComboBox(objectName="newsletterLanguage")
        self.lang_combo.addItem(self.tr("English"), "en")
        self.lang_combo.addItem(self.tr("Russian"), "ru")
        self.lang_combo.setCurrentIndex(max(self.lang_combo.findData(current_language()), 0))
        self.make_button = QPushButton(
            self.tr("&Make the newsletter…"), objectName="makeNewsletter"
        )
        self.make_button.clicked.connect(self.make_newsletter)
        bottom = QHBoxLayout()
        bottom.addWidget(self.preview, 1)
        bottom.addWidget(QLabel(self.tr("Language")))
        bottom.addWidget(self.lang_combo)
        bottom.addWidget(self.make_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        hint = QLabel(
            self.tr(
                "The newsletter tells the quarter's events, the letters marked public and "
                "the published news items below; drafts are not printed."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        self.resize(760, 480)
        self.reload()

    # --- the quarter and its items -------------------------------------------------------

    def quarter(self) -> Quarter:
        return Quarter(self.year_spin.value(), self.quarter_combo.currentData())

    def set_quarter(self, quarter: Quarter, select: int | None = None) -> None:
        for widget in (self.year_spin, self.quarter_combo):
            widget.blockSignals(True)
        self.year_spin.setValue(quarter.year)
        self.quarter_combo.setCurrentIndex(quarter.number - 1)
        for widget in (self.year_spin, self.quarter_combo):
            widget.blockSignals(False)
        self.reload(select=select)

    def reload(self, *_args: object, select: int | None = None) -> None:
        quarter, lang = self.quarter(), current_language()
        self.lines = list_news(self.office, quarter)
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            published = self.tr("Yes") if line.published else self.tr("Draft")
            cells = (line.day.isoformat(), title_of(line.title_en, line.title_ru, lang), published)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, line.id)
                self.table.setItem(row, column, item)
            if line.id == select:
                self.table.selectRow(row)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        contents = newsletter_contents(self.office, quarter, lang)
        # Worded so that no noun agrees with a number, in English and in Russian.
        self.preview.setText(
            self.tr("Events: %1; letters: %2; news: %3")
            .replace("%1", str(len(contents.events)))
            .replace("%2", str(len(contents.letters)))
            .replace("%3", str(len(contents.news)))
        )
        self._selection_changed()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.lines[rows[0].row()].id if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _open_editor(self, news_id: int | None) -> int | None:
        quarter = self.quarter()
        day = date.today() if quarter.contains(date.today()) else quarter.start
        editor = NewsItemDialog(self.office, news_id, day, self)
        if not self.ask(editor) or editor.saved_id is None:
            return None
        saved = editor.form().day or quarter.start
        # Shown where it now is, in another quarter if its day moved there.
        self.set_quarter(Quarter.of(saved), select=editor.saved_id)
        hub.statusMessage.emit(self.tr("The news item is saved"))
        return editor.saved_id

    def ask(self, editor: NewsItemDialog) -> bool:
        """Run the editor; the tests replace this to fill it in without a window."""
        return editor.exec() == QDialog.DialogCode.Accepted

    def new_item(self) -> int | None:
        return self._open_editor(None)

    def edit_item(self) -> int | None:
        news_id = self.selected_id()
        if news_id is None:
            return None
        try:
            return self._open_editor(news_id)
        except OfficeError as error:  # deleted at another desk meanwhile
            show_refusal(self, error)
            self.reload()
            return None

    def delete_item(self) -> bool:
        news_id = self.selected_id()
        if news_id is None:
            return False
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Delete the selected news item?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            delete_news(self.office, news_id)
        except OfficeError as error:
            show_refusal(self, error)
            return False
        finally:
            self.reload()
        hub.statusMessage.emit(self.tr("The news item is deleted"))
        return True

    # --- making the newsletter -----------------------------------------------------------

    def make_newsletter(self) -> Path | None:
        quarter, lang = self.quarter(), self.lang_combo.currentData()
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the newsletter"),
            f"newsletter-{quarter.name}-{lang}.docx",
            self.tr("Word document (*.docx);;PDF document (*.pdf)"),
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in SUFFIXES:
            target = target.with_suffix(".pdf" if "pdf" in chosen.lower() else ".docx")
        office = self.office
        try:
            written = save_document(
                self, target, lambda: newsletter_document(office, quarter, lang)
            )
        except OfficeError as error:
            show_refusal(self, error)
            return None
        except Exception as error:  # noqa: BLE001 - said in words, never a traceback
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The newsletter could not be made: %1").replace(
                    "%1", str(error) or type(error).__name__
                ),
            )
            return None
        if written is None:  # cancelled: no file left behind
            return None
        hub.statusMessage.emit(self.tr("Newsletter saved: %1").replace("%1", str(written)))
        return written
