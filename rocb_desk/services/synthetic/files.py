"""The synthetic letters' files: real PDFs (reportlab) and plain-text annexes, written into
the office's file store with the layout and SHA-256 names `attachments.copy_in` gives them.

They are written without a flush per file (thousands of them); `sync` flushes them all
at once before the transaction that records them commits, and `remove` takes back the
ones a failed or cancelled build wrote.
"""

from __future__ import annotations

import hashlib
import io
import os
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from ...paths import resource_path
from .. import attachments
from ..office import Office

FONT = "SyntheticDejaVuSans"  # our own name: the exports register theirs as they need
SIZE, LEADING = 10, 14
_WIDTHS: dict[str, float] = {}
MARGIN = 56  # points: 2 cm


class Store:
    """Writes files in a thread of their own: creating thousands of files waits on the
    disk, and meanwhile the build goes on writing letters (Python releases the lock)."""

    def __init__(self, office: Office) -> None:
        self.office = office
        self.written: list[Path] = []  # files this build added, to take back on failure
        self._kept: set[str] = set()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="synthetic-files")
        self._pending: list[Future] = []

    def put(self, data: bytes) -> tuple[str, int]:
        """Keep `data` once under its hash, as copy_in does; returns (sha256, size)."""
        sha = hashlib.sha256(data).hexdigest()
        final = attachments.stored_path(self.office, sha)
        if sha not in self._kept and not final.exists():
            self._kept.add(sha)
            self.written.append(final)
            self._pending.append(self._writer.submit(self._write, final, data))
            if len(self._pending) > 1000:  # an error shows early; memory stays bounded
                self._wait(self._pending[:500])
                del self._pending[:500]
        return sha, len(data)

    def _write(self, final: Path, data: bytes) -> None:
        final.parent.mkdir(parents=True, exist_ok=True)
        # Named as copy_in names an unfinished copy, so `check` tells what it is.
        temporary = self.office.attachments_folder / (attachments.INCOMING_PREFIX + final.name)
        with temporary.open("wb") as target:
            target.write(data)
        os.replace(temporary, final)

    @staticmethod
    def _wait(futures: list[Future]) -> None:
        for future in futures:
            future.result()  # a file that could not be written fails the build

    def sync(self) -> None:
        """Every file written and on disk before the commit that names them (POSIX; Windows
        has no call for it, and writes a closed file's cache through soon anyway)."""
        self._wait(self._pending)
        self._pending.clear()
        self._writer.shutdown()
        if hasattr(os, "sync"):
            os.sync()

    def remove(self) -> None:
        """Take back every file this build wrote (after a failure or a cancel)."""
        self._writer.shutdown(wait=True, cancel_futures=True)
        for path in self.written:
            path.unlink(missing_ok=True)
            path.parent.with_name(attachments.INCOMING_PREFIX + path.name).unlink(missing_ok=True)
        self.written.clear()


def _font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))


def pdf(title: str, words: list[str]) -> tuple[bytes, str]:
    """A small A4 document: the title and the words in lines, as many pages as they take.

    Returns the file and its text as a PDF reader reads it back: a line a line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    _font()
    width, height = A4
    room = width - 2 * MARGIN
    space = stringWidth(" ", FONT, SIZE)
    lines, line, used = [title], [], 0.0
    for word in words:
        if word not in _WIDTHS:  # measuring is slow in reportlab; a vocabulary is small
            _WIDTHS[word] = stringWidth(word, FONT, SIZE)
        if line and used + space + _WIDTHS[word] > room:
            lines.append(" ".join(line))
            line, used = [], 0.0
        used += (space if line else 0.0) + _WIDTHS[word]
        line.append(word)
    if line:
        lines.append(" ".join(line))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True, pageCompression=True)
    canvas.setTitle(title)
    y = height - MARGIN
    for line in lines:
        if y < MARGIN:
            canvas.showPage()
            y = height - MARGIN
        canvas.setFont(FONT, SIZE)
        canvas.drawString(MARGIN, y, line)
        y -= LEADING
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), "\n".join(lines)
