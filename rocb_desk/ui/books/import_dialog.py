"""Importing ledger entries from a file: the preview, then all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ...domain.errors import OfficeError
from ...services.books.ledger import write_entries
from ...services.books.ledger_import import COLUMNS, preview
from ...services.office import Office
from ..background import read_in_background, reading
from ..import_preview import ImportPreviewDialog, PreviewModel
from ..messages import show_refusal


class ImportDialog(ImportPreviewDialog):
    def ready_text(self, count: int) -> str:
        return self.tr("%n entry(ies) ready to import.", "", count)

    def refused_text(self, count: int) -> str:
        return self.tr(
            "%n row(s) refused: nothing will be imported until the file is corrected.", "", count
        )

    @classmethod
    def run(cls, parent: QWidget, office: Office, path: Path) -> bool:
        """Preview `path`; True when its entries were imported."""
        try:
            read = read_in_background(parent, reading(path), lambda: preview(office, path))
        except OfficeError as error:
            show_refusal(parent, error)
            return False
        if read is None:  # cancelled
            return False
        rows, entries = read
        # The ledger format's columns are shown by their own names, as in the file.
        model = PreviewModel(rows, COLUMNS, parent)
        imports = lambda: write_entries(office, entries, action="import")  # noqa: E731
        return cls(path, model, len(entries), imports, parent).ask()
