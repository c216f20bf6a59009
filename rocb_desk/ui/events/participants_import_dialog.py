"""Importing a registration list into an event: the preview, then all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ...domain.errors import OfficeError
from ...services.events import participants
from ...services.office import Office
from ..background import read_in_background, reading
from ..import_preview import ImportPreviewDialog, PreviewModel
from ..messages import show_refusal


class ParticipantsImportDialog(ImportPreviewDialog):
    def ready_text(self, count: int) -> str:
        return self.tr("%n participant(s) ready to import.", "", count)

    def refused_text(self, count: int) -> str:
        return self.tr(
            "%n row(s) refused: nobody will be imported until the list is corrected.", "", count
        )

    def column_titles(self, columns: tuple[str, ...]) -> list[str]:
        assert columns == participants.COLUMNS  # the titles below are in that order
        return [
            self.tr("Name"),
            self.tr("Administration"),
            self.tr("Position"),
            self.tr("E-mail"),
            self.tr("Gender"),
            self.tr("Attendance"),
        ]

    @classmethod
    def run(cls, parent: QWidget, office: Office, event_id: int, path: Path) -> bool:
        """Preview the list at `path`; True when its participants were imported."""
        try:
            read = read_in_background(
                parent, reading(path), lambda: participants.preview_import(office, event_id, path)
            )
        except OfficeError as error:
            show_refusal(parent, error)
            return False
        if read is None:  # cancelled
            return False
        rows, ready = read
        model = PreviewModel(rows, participants.COLUMNS, parent)
        imports = lambda: participants.import_participants(office, event_id, path)  # noqa: E731
        return cls(path, model, len(ready), imports, parent).ask()
