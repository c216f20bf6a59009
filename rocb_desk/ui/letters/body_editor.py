"""A letter's body: paragraphs, bold, italics and lists, kept as the Markdown that
`QTextDocument.toMarkdown()` writes (what `domain.markup` reads for the letterhead)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextCharFormat, QTextListFormat
from PySide6.QtWidgets import QTextEdit, QToolBar, QVBoxLayout, QWidget


class PlainPasteEdit(QTextEdit):
    """Pasted text comes in as text: a web page's tables and colours have no place in a
    letter, and the letterhead prints only what the toolbar can make."""

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt API
        if source.hasText():
            self.textCursor().insertText(source.text())


class BodyEditor(QWidget):
    """The editor with its small toolbar: Bold (Ctrl+B), Italic (Ctrl+I), the two lists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = PlainPasteEdit(objectName="bodyEdit")
        self.edit.setTabChangesFocus(True)
        self.toolbar = QToolBar(objectName="bodyToolbar")
        self.bold_action = self._action(self.tr("Bold"), "Ctrl+B", self.set_bold, "boldAction")
        self.italic_action = self._action(
            self.tr("Italic"), "Ctrl+I", self.set_italic, "italicAction"
        )
        bold_font, italic_font = QFont(self.font()), QFont(self.font())
        bold_font.setBold(True)
        italic_font.setItalic(True)
        self.bold_action.setFont(bold_font)
        self.italic_action.setFont(italic_font)
        self.toolbar.addSeparator()
        self.bullets_action = self._action(
            self.tr("• Bulleted list"),
            "Ctrl+Shift+8",
            lambda on: self.set_list(QTextListFormat.Style.ListDisc, on),
            "bulletsAction",
        )
        self.numbers_action = self._action(
            self.tr("1. Numbered list"),
            "Ctrl+Shift+7",
            lambda on: self.set_list(QTextListFormat.Style.ListDecimal, on),
            "numbersAction",
        )
        self.edit.cursorPositionChanged.connect(self._show_format)
        self.edit.currentCharFormatChanged.connect(self._show_format)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.edit, 1)

    def _action(self, text: str, keys: str, slot, name: str) -> QAction:  # noqa: ANN001
        action = QAction(text, self, checkable=True, objectName=name)
        action.setShortcut(QKeySequence(keys))
        # While the editor has the focus only: Ctrl+I elsewhere in the window is the import.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text} ({QKeySequence(keys).toString(QKeySequence.NativeText)})")
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    # --- formatting ---------------------------------------------------------------------

    def set_bold(self, on: bool) -> None:
        char = QTextCharFormat()
        char.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        self.edit.mergeCurrentCharFormat(char)
        self.edit.setFocus()

    def set_italic(self, on: bool) -> None:
        char = QTextCharFormat()
        char.setFontItalic(on)
        self.edit.mergeCurrentCharFormat(char)
        self.edit.setFocus()

    def set_list(self, style: QTextListFormat.Style, on: bool) -> None:
        """Make the chosen paragraphs a list of `style`, or plain paragraphs again."""
        cursor = self.edit.textCursor()
        cursor.beginEditBlock()
        current = cursor.currentList()
        if on:
            if current is not None:
                changed = current.format()
                changed.setStyle(style)
                current.setFormat(changed)
            else:
                cursor.createList(style)
        elif current is not None:
            block = cursor.block()
            current.remove(block)
            paragraph = block.blockFormat()
            paragraph.setIndent(0)
            cursor.setBlockFormat(paragraph)
        cursor.endEditBlock()
        self.edit.setFocus()
        self._show_format()

    def _show_format(self, *_args: object) -> None:
        char = self.edit.currentCharFormat()
        self.bold_action.setChecked(char.fontWeight() >= QFont.Weight.Bold)
        self.italic_action.setChecked(char.fontItalic())
        current = self.edit.textCursor().currentList()
        style = current.format().style() if current is not None else None
        self.bullets_action.setChecked(style == QTextListFormat.Style.ListDisc)
        self.numbers_action.setChecked(style == QTextListFormat.Style.ListDecimal)

    # --- value --------------------------------------------------------------------------

    def markdown(self) -> str:
        if not self.edit.toPlainText().strip():
            return ""
        return self.edit.document().toMarkdown().strip() + "\n"

    def set_markdown(self, text: str) -> None:
        self.edit.setMarkdown(text)
