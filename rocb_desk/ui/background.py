"""Long work off the window's thread: exports, imports, the report, backups, re-indexing.

    written = run_in_background(self, self.tr("Saving the ledger…"), work)

`work(step)` runs in a thread of its own and calls `step(done, total)` now and then;
the caller waits in a local event loop, so its code reads in order and the window
keeps painting and answering. The window takes no clicks or keys meanwhile (as under a
modal dialog), and if the work lasts longer than SHOW_AFTER_MS a window-modal progress
dialog with Cancel appears: quick exports do not flash one.

Cancel sets a flag; the work's next `step` raises `Cancelled` and `run_in_background`
returns None. Any other exception of the work (an OfficeError above all) is raised again
in the caller's thread, so `try: ... except OfficeError` around the call is unchanged.

The work must not touch widgets; it opens its own database sessions (`office.reading()`,
`office.transaction()`), as every service does.
"""

from __future__ import annotations

import contextlib
import gc
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar, cast, overload

from PySide6.QtCore import SIGNAL, SLOT, QEvent, QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QWindow
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from ..i18n import document_language, translate
from .event_types import EventTypes

if TYPE_CHECKING:
    from ..domain.document import Document

T = TypeVar("T")

# Work shorter than this shows no progress dialog at all (the cursor says "busy").
SHOW_AFTER_MS = 300
# Progress is sent to the window at most this often: a writer may report every row.
REPORT_EVERY_S = 0.04
# A QProgressDialog shows itself once this has passed; ours is shown by SHOW_AFTER_MS.
NEVER_BY_ITSELF_MS = 2**31 - 1
# How often the window's thread collects garbage cycles while work runs (_CollectHere).
COLLECT_EVERY_MS = 200

# Background work runs one piece at a time. Python's lock serves the window's thread
# well against one busy thread and badly against two: two busy threads hand the lock
# to each other and the window's thread, asking a third, can wait 100 ms and more for
# a paint or a timer. An export started while the overview reads waits for that read.
_ONE_AT_A_TIME = threading.Lock()


@contextlib.contextmanager
def _turn(stop: threading.Event | None = None) -> Iterator[bool]:
    """Wait for the other background work to end; yields False if `stop` was set
    meanwhile (Cancel pressed while the work was still waiting for its turn)."""
    while not _ONE_AT_A_TIME.acquire(timeout=0.05):
        if stop is not None and stop.is_set():
            yield False
            return
    try:
        yield True
    finally:
        _ONE_AT_A_TIME.release()


# What a user does to a window: eaten while the work runs, before the dialog is modal.
_INPUT = EventTypes(
    "MouseButtonPress",
    "MouseButtonRelease",
    "MouseButtonDblClick",
    "KeyPress",
    "KeyRelease",
    "Wheel",
    "ContextMenu",
    "TouchBegin",
    "TouchUpdate",
    "TouchEnd",
    "DragEnter",
    "DragMove",
    "Drop",
    "Close",
    "ShortcutOverride",
)


class Cancelled(Exception):  # noqa: N818 - what happened, not an error
    """Raised by a step once Cancel was pressed: the work stops where it is."""


class Step:
    """Handed to the work, on its thread: says how far it is and hears Cancel."""

    def __init__(self, worker: _Worker) -> None:
        self._worker = worker
        self._last = 0.0

    @property
    def cancelled(self) -> bool:
        return self._worker.stop.is_set()

    def __call__(self, done: int, total: int) -> None:
        """`done` of `total` (0: unknown); raises Cancelled once Cancel was pressed."""
        if self.cancelled:
            raise Cancelled
        now = time.monotonic()
        if now - self._last >= REPORT_EVERY_S or (total and done >= total):
            self._last = now
            self._worker.progressed.emit(done, total)

    def going(self, done: int, total: int) -> bool:
        """The same for a service whose progress callback returns False to stop."""
        try:
            self(done, total)
        except Cancelled:
            return False
        return True

    def say(self, text: str) -> None:
        """A new line of text above the bar (which part of the work runs now)."""
        self._worker.said.emit(text)


class _Worker(QThread):
    progressed = Signal(int, int)
    said = Signal(str)

    def __init__(self, work: Callable[[Step], object]) -> None:
        super().__init__()
        self.work = work
        self.stop = threading.Event()
        self.result: object = None
        self.error: BaseException | None = None

    def run(self) -> None:
        with _turn(self.stop) as mine:
            try:
                if not mine:
                    raise Cancelled
                self.result = self.work(Step(self))
            except BaseException as error:  # noqa: BLE001 - raised again in the caller's thread
                self.error = error


class _ProgressDialog(QProgressDialog):
    """Stays up until the work has stopped: Cancel (button, Esc, the title bar's close)
    only asks the work to stop, it never hides the dialog over a window still busy."""

    cancel_asked = Signal()

    def __init__(self, parent: QWidget | None, cancellable: bool) -> None:
        super().__init__(parent)
        self.cancellable = cancellable
        # Qt hides the dialog on Cancel by itself; here Cancel is only a request.
        QObject.disconnect(self, SIGNAL("canceled()"), self, SLOT("cancel()"))
        self.canceled.connect(self._asked)

    def _asked(self) -> None:
        if self.cancellable:
            self.cancel_asked.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        event.ignore()
        self._asked()

    def reject(self) -> None:
        self._asked()


class _InputGuard(QObject):
    """Eats what the user does to `window` while the work runs, until the modal
    progress dialog takes over: no other work starts meanwhile, and the window cannot
    be closed under it.

    It sees every event of the application, each a call into Python that waits for
    the work's thread to hand over Python's lock: it is removed before the dialog
    appears, which sends each of the window's thousand widgets an event or two."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        self.handle = window.windowHandle()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind not in _INPUT.types:
            return False
        if kind == QEvent.Type.Close and watched is not self.window and watched is not self.handle:
            return False  # a popup or an editor of the window closing: not the window
        if isinstance(watched, QWidget):
            if watched.window() is not self.window:
                return False
        elif not isinstance(watched, QWindow) or watched is not self.handle:
            return False
        if kind == QEvent.Type.Close:
            event.ignore()  # an ignored close leaves the window open
        else:
            # Accepted: a key or click goes no further, and no shortcut of the window fires.
            event.accept()
        return True


class _CollectHere:
    """Python collects garbage cycles on whichever thread happens to allocate; a Qt
    object of the window freed on the work's thread crashes the application. While
    work runs, automatic collection is off and the window's thread collects instead,
    a little at a time (`collect`, from a timer)."""

    running = 0  # runners in progress (one may run inside another's event loop)
    switched_off = False

    def __enter__(self) -> None:
        if _CollectHere.running == 0 and gc.isenabled():
            gc.disable()
            _CollectHere.switched_off = True
        _CollectHere.running += 1

    def __exit__(self, *_exc: object) -> None:
        _CollectHere.running -= 1
        if _CollectHere.running == 0 and _CollectHere.switched_off:
            _CollectHere.switched_off = False
            gc.enable()

    @staticmethod
    def collect() -> None:
        gc.collect(1)  # the young generations: quick, and where most cycles die


class _Runner(QObject):
    def __init__(
        self,
        parent: QWidget | None,
        label: str,
        cancellable: bool,
        describe: Callable[[int, int], str] | None,
        cancelling: str | None,
    ) -> None:
        super().__init__()
        self.owner = parent
        self.label = label
        self.cancellable = cancellable
        self.describe = describe
        self.cancelling = cancelling or translate("Background", "Cancelling…")
        self.dialog: _ProgressDialog | None = None
        self.value: tuple[int, int] | None = None  # the last step told, if any
        self.loop = QEventLoop()
        self.show_timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self.show_timer.timeout.connect(self._show)
        self.gc_timer = QTimer(self, interval=COLLECT_EVERY_MS)
        self.gc_timer.timeout.connect(_CollectHere.collect)

    def run(self, work: Callable[[Step], T]) -> T | None:
        worker = _Worker(work)
        self.worker = worker
        queued = Qt.ConnectionType.QueuedConnection
        worker.progressed.connect(self._progressed, queued)
        worker.said.connect(self._said, queued)
        worker.finished.connect(self.loop.quit, queued)
        window = self.owner.window() if self.owner is not None else QApplication.activeWindow()
        self.guard = _InputGuard(window) if window is not None else None
        app = QApplication.instance()
        assert app is not None  # widgets exist, so the application does
        if self.guard is not None:
            app.installEventFilter(self.guard)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            self._make_dialog()
            with _CollectHere():
                worker.start()
                self.show_timer.start()
                self.gc_timer.start()
                if not worker.isFinished():
                    self.loop.exec()
                worker.wait()
        finally:
            self.show_timer.stop()
            self.gc_timer.stop()
            QApplication.restoreOverrideCursor()
            if self.guard is not None:
                app.removeEventFilter(self.guard)
            if self.dialog is not None:
                self.dialog.hide()
                self.dialog.deleteLater()
                self.dialog = None
        error = worker.error
        worker.deleteLater()
        if isinstance(error, Cancelled):
            return None
        if error is not None:
            raise error
        return cast(T, worker.result)

    def _make_dialog(self) -> None:
        """Made before the work starts, shown only if it lasts: made once the work runs,
        its widgets would wait on the work's thread for Python's lock, call by call."""
        dialog = _ProgressDialog(self.owner, self.cancellable)
        dialog.setObjectName("backgroundProgress")
        window = self.owner.window() if self.owner is not None else None
        dialog.setWindowTitle(window.windowTitle() if window is not None else "")
        dialog.setLabelText(self.label)
        if self.cancellable:
            dialog.setCancelButtonText(translate("Background", "Cancel"))
        else:
            dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(NEVER_BY_ITSELF_MS)  # shown by _show, not by Qt's timer
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setRange(0, 0)  # busy until the work tells how far it is
        dialog.cancel_asked.connect(self._cancel)
        self.dialog = dialog

    def _show(self) -> None:
        if self.worker.isFinished() or self.dialog is None:
            return
        self.dialog.setLabelText(self.label)
        app = QApplication.instance()
        assert app is not None  # a dialog is up, so the application is
        parent = self.dialog.parentWidget()
        if self.guard is not None and parent is not None and parent.window() is self.guard.window:
            app.removeEventFilter(self.guard)  # the modal dialog holds the window now
        self.dialog.show()
        if self.value is not None:
            self._progressed(*self.value)

    def _progressed(self, done: int, total: int) -> None:
        self.value = (done, total)
        dialog = self.dialog
        if self.describe is not None and not self.worker.stop.is_set():
            self._said(self.describe(done, total))
        if dialog is None or not dialog.isVisible() or self.worker.stop.is_set():
            return  # a hidden dialog is brought up to date by _show
        if total <= 0:
            dialog.setRange(0, 0)  # busy: the work does not know how much is left
            return
        dialog.setRange(0, total)
        dialog.setValue(min(done, total))

    def _said(self, text: str) -> None:
        self.label = text
        if self.dialog is not None and self.dialog.isVisible() and not self.worker.stop.is_set():
            self.dialog.setLabelText(text)

    def _cancel(self) -> None:
        """Cancel pressed: the work stops at its next step; the dialog says so meanwhile."""
        if self.worker.stop.is_set():
            return
        self.worker.stop.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.cancelling)
            self.dialog.setRange(0, 0)
            button = self.dialog.findChild(QPushButton)
            if button is not None:
                button.setEnabled(False)


@overload
def run_in_background(
    parent: QWidget | None,
    label: str,
    work: Callable[[Step], T],
    *,
    cancellable: Literal[False],
    describe: Callable[[int, int], str] | None = None,
    cancelling: str | None = None,
) -> T: ...


@overload
def run_in_background(
    parent: QWidget | None,
    label: str,
    work: Callable[[Step], T],
    *,
    cancellable: bool = True,
    describe: Callable[[int, int], str] | None = None,
    cancelling: str | None = None,
) -> T | None: ...


def run_in_background(
    parent: QWidget | None,
    label: str,
    work: Callable[[Step], T],
    *,
    cancellable: bool = True,
    describe: Callable[[int, int], str] | None = None,
    cancelling: str | None = None,
) -> T | None:
    """Run `work(step)` on a thread of its own while the window stays alive; its result,
    or None when the user cancelled. Exceptions of the work are raised here.

    `label` is the progress dialog's text (already translated); `cancellable=False` for
    work that cannot stop halfway (one transaction without steps): no Cancel button.
    `describe(done, total)`, called on the window's thread, words the text for each
    step; `cancelling` is shown once Cancel was pressed, until the work has stopped.
    """
    runner = _Runner(parent, label, cancellable, describe, cancelling)
    try:
        return runner.run(work)
    finally:
        runner.deleteLater()


def reading(path: Path) -> str:
    """The progress text of a file being read, "Reading index.csv…"."""
    return translate("Background", "Reading %1…").replace("%1", path.name)


def read_in_background(parent: QWidget | None, label: str, read: Callable[[], T]) -> T | None:
    """Work that changes nothing and cannot report its steps (reading a file to preview
    it): Cancel is heard once it is read, and what it read is dropped."""

    def work(step: Step) -> T:
        result = read()
        step(1, 1)  # raises Cancelled if the user gave up meanwhile
        return result

    return run_in_background(parent, label, work)


def save_document(
    parent: QWidget | None,
    path: Path,
    build: Callable[[], Document],
    *,
    lang: str | None = None,
    label: str | None = None,
) -> Path | None:
    """Build a document and write it to `path` (its suffix chooses the format), both
    off the window's thread; the path written, or None when cancelled.

    `lang`: the document's language when it is not the window's (translations are per
    thread, so it is set on the work's thread). A cancelled export leaves no file: the
    writers write beside the target and move the file into place only when complete,
    and Cancel is heard between their rows.
    """
    from .. import exports

    def work(step: Step) -> Path:
        step(0, 0)
        with document_language(lang) if lang else contextlib.nullcontext():
            document = build()
            return exports.write(document, path, step)

    text = label or translate("Background", "Saving %1…").replace("%1", path.name)
    return run_in_background(parent, text, work)


class _Reader(QThread):
    """One read of a Fetch, on its own thread; keeps what it read or what went wrong."""

    def __init__(
        self, read: Callable[[], object], owner: int, generation: int, newest: list[int]
    ) -> None:
        super().__init__()
        self.read, self.owner, self.generation = read, owner, generation
        self.newest = newest  # the Fetch's newest generation, shared (no Qt object touched)
        self.result: object = None
        self.error: BaseException | None = None

    def run(self) -> None:
        with _turn():
            if self.newest[0] != self.generation:
                return  # a newer read was asked for while this one waited its turn
            try:
                self.result = self.read()
            except BaseException as error:  # noqa: BLE001 - handed to the window's thread
                self.error = error


# Reads still running, kept alive here even if the widget that asked is gone meanwhile
# (a QThread destroyed while it runs takes the application with it).
_running_reads: set[_Reader] = set()


def _reader_ended(reader: _Reader) -> None:
    reader.wait()
    if reader in _running_reads:
        _running_reads.discard(reader)
        _CollectHere().__exit__()
        # The connection's lambda holds the reader (and what it read): let both go.
        reader.finished.disconnect()
        reader.deleteLater()


def wait_for_reads() -> None:
    """Let every read finish (before the office closes, or the application quits)."""
    for reader in list(_running_reads):
        reader.wait()


class Fetch(QObject):
    """Reads for a view off the window's thread, without holding the window: the view
    shows at once and fills in when `done(result)` is called, on the window's thread.

    A new `start` makes the result of any earlier one stale: only the newest read is
    shown (the year changed twice: the second year's figures, never the first's)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._newest = [0]  # read by the readers' threads: a newer read makes theirs stale
        self._done: Callable[[object], None] | None = None
        self._failed: Callable[[BaseException], None] | None = None
        self.gc_timer = QTimer(self, interval=COLLECT_EVERY_MS)
        self.gc_timer.timeout.connect(_CollectHere.collect)

    @property
    def busy(self) -> bool:
        mine = (id(self), self._generation)
        return any((r.owner, r.generation) == mine and r.isRunning() for r in _running_reads)

    def start(
        self,
        read: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self._generation += 1
        self._newest[0] = self._generation
        self._done, self._failed = cast(Callable[[object], None], done), failed
        reader = _Reader(read, id(self), self._generation, self._newest)
        _running_reads.add(reader)
        _CollectHere().__enter__()  # no collection on the reader's thread (see _CollectHere)
        queued = Qt.ConnectionType.QueuedConnection
        # Both on the window's thread, in this order; the first is dropped by Qt if this
        # Fetch (and its view) is gone by then, the second never is.
        reader.finished.connect(self._finished, queued)
        reader.finished.connect(lambda r=reader: _reader_ended(r), queued)
        self.gc_timer.start()
        reader.start()

    def _finished(self) -> None:
        reader = self.sender()
        if not isinstance(reader, _Reader):
            return
        reader.wait()
        if not any(r is not reader and r.isRunning() for r in _running_reads):
            self.gc_timer.stop()
        if reader.generation != self._generation:
            return  # a newer read is on its way
        if reader.error is not None:
            if self._failed is not None:
                self._failed(reader.error)
        elif self._done is not None:
            self._done(reader.result)
