"""Pages that read the office only while they are shown."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent


class LoadsWhenShown:
    """A page behind another that reads the office only while someone can see it.

    reload() on a hidden page only marks it stale; its next showEvent reads, before its
    first frame is painted, so whatever is looked at is current. Behind the ledger, the
    contributions, the budget and the charts would otherwise read fifteen years of figures
    when the tab opens and again on every year chosen in the ledger, for nobody to see;
    behind the events register, the statistics and the premises likewise.
    Mixed in before QWidget; a page gives its reading as _load().
    """

    _stale = True

    def reload(self, *_args: object) -> None:
        if not self.isVisible():  # type: ignore[attr-defined]
            self._stale = True
            return
        self._stale = False
        self._load()

    def is_stale(self) -> bool:
        """True while the page holds figures that may be older than the books."""
        return self._stale

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self.reload()

    def _load(self) -> None:
        raise NotImplementedError
