"""Pages that read the office only while they are shown, or once the window is drawn."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QExposeEvent, QShowEvent
from PySide6.QtWidgets import QWidget


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


class _FirstFrame(QObject):
    """Watches a window being shown until its first frame is drawn, then calls `then`.

    A child of the widget: a widget gone before that frame (a tab rebuilt at once, for
    another language) takes its watch with it, and Qt drops a deleted event filter."""

    def __init__(self, handle: QObject, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget, self.then = widget, then
        handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # The class, not event.type(): see ui/event_types.py.
        if isinstance(event, QExposeEvent) and watched.isExposed():  # type: ignore[attr-defined]
            watched.removeEventFilter(self)
            # Posted now, delivered after this event: the window paints it synchronously.
            # Dropped if the widget is gone by then.
            QTimer.singleShot(0, self.widget, self.then)
            self.deleteLater()
        return False


def after_first_frame(widget: QWidget, then: Callable[[], None]) -> None:
    """Call `then` once the window of `widget` has drawn its first frame; at once if it
    has already, or if it is not being shown.

    A page made while the window first shows starts its reading on another thread after
    that frame, not before: the reading thread loading the office's mapped classes takes
    Python's lock from the window's thread at each of its paint's calls into Python, and
    the first frame took 200 ms longer."""
    window = widget.window()
    handle = window.windowHandle()
    if handle is None or handle.isExposed() or not window.isVisible():
        then()
        return
    _FirstFrame(handle, widget, then)
