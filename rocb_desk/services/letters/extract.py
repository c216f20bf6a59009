"""The text of letters' attachments, for the search index: PDF, DOCX and plain text.

Attachments come from outside the office and may be damaged, encrypted or hostile, so
reading one never raises: every file gets an `Extracted` with a status, and a file
whose text cannot be read is still kept (the register marks it "text not extracted").

`extract_text` reads in this process. `extract_many` reads in worker processes, so
that a parser which crashes the interpreter, eats memory or hangs costs one file, not
the application: use it for anything a user brings in. The parsers (pypdf,
python-docx) are imported only when a file of their kind is read.
"""

from __future__ import annotations

import codecs
import logging
import multiprocessing
import os
import re
import stat
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from .. import sandbox


class TextStatus(StrEnum):
    EXTRACTED = "extracted"  # text found
    EMPTY = "empty"  # readable but no text (a scanned PDF): "text not extracted"
    FAILED = "failed"  # damaged, truncated, encrypted, or the parser crashed / timed out
    UNSUPPORTED = "unsupported"  # a kind of file we do not read (images, .doc, ...)


@dataclass(frozen=True)
class Extracted:
    status: TextStatus
    text: str = ""  # normalised: whitespace runs collapsed to one space or newline
    reason: str = ""  # short English technical reason for FAILED/UNSUPPORTED, for logs


class Cancelled(Exception):
    """The progress callback of `extract_many` returned False."""


class WorkersUnavailable(RuntimeError):
    """No worker process can run at all: a broken installation, not a broken file."""


MAX_CHARS = 2_000_000  # the index needs words, not whole books
MAX_FILE_BYTES = 100 * 1024**2  # a letter's attachment; more is not worth reading
MAX_UNPACKED_BYTES = 200 * 1024**2  # a DOCX unpacking to more is a zip bomb
TEXT_READ_BYTES = 8 * MAX_CHARS  # at most 4 bytes a character, and room for whitespace
MAX_WORKERS = 2  # the desk computer keeps cores for the window
WORKER_MEMORY_BYTES = sandbox.MEMORY_BYTES  # a worker past this gets MemoryError, not swap
TEXT_SUFFIXES = (".txt", ".md", ".csv")
# The time for reading one file, as for every file from outside (sandbox.SECONDS): the
# pages read by then are kept, so a long report is indexed by its first hundred pages or
# so and a hostile file costs seconds. A worker enforces it with an alarm (POSIX) that
# stops a parser anywhere in Python code; `timeout` of extract_many stays for the rest.
READ_SECONDS = sandbox.SECONDS

# Test hooks, read only in worker processes: a test cannot monkeypatch a parser across
# a process boundary, so it names a file whose extraction makes the worker exit at once
# (as a segfaulting parser would) or sleep (as a parser in an endless loop would).
CRASH_HOOK = "ROCB_DESK_EXTRACT_CRASH_ON"
HANG_HOOK = "ROCB_DESK_EXTRACT_HANG_ON"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADER_FOOTER_RELS = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer",
)
# Line-like separators become newlines; other control characters become spaces (a NUL
# cannot be stored in a PostgreSQL text column, and none of them helps a search).
_SEPARATORS = str.maketrans(
    {
        **{code: " " for code in (*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F)},
        **{char: "\n" for char in "\r\x0b\x0c\x85\u2028\u2029"},
    }
)
_HORIZONTAL_RUN = re.compile(r"[^\S\n]+")
_NEWLINE_RUN = re.compile(r" ?\n[ \n]*")


def _normalise(text: str) -> str:
    text = _HORIZONTAL_RUN.sub(" ", text.translate(_SEPARATORS))
    text = _NEWLINE_RUN.sub("\n", text).strip()
    # A lone surrogate (from a broken PDF font map) would fail later, when stored as UTF-8.
    return text.encode("utf-8", "replace").decode("utf-8")


class _Collector:
    """Normalised pieces of text (pages, paragraphs) up to MAX_CHARS."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.size = 0

    @property
    def full(self) -> bool:
        return self.size >= MAX_CHARS

    def add(self, raw: str) -> None:
        piece = _normalise(raw)
        if piece and not self.full:
            self.pieces.append(piece)
            self.size += len(piece) + 1

    def result(self) -> Extracted:
        if not self.pieces:
            return Extracted(TextStatus.EMPTY)
        return Extracted(TextStatus.EXTRACTED, "\n".join(self.pieces)[:MAX_CHARS].rstrip())


def _failed(reason: str) -> Extracted:
    return Extracted(TextStatus.FAILED, reason=reason[:300])


def _describe(exc: BaseException | None) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot read the file: {exc.strerror}"
    message = str(exc).strip()
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


# --- the readers: each may raise anything; extract_text turns that into FAILED ---


def _read_pdf(path: Path) -> Extracted:
    from pypdf import PasswordType, PdfReader

    reader = PdfReader(path, strict=False)
    if reader.is_encrypted:
        # Many "secured" PDFs only restrict printing: their user password is empty.
        try:
            if reader.decrypt("") == PasswordType.NOT_DECRYPTED:
                return _failed("encrypted")
        except Exception as exc:  # e.g. AES without the optional crypto package
            return _failed(f"encrypted: {_describe(exc)}")
    collector = _Collector()
    pages = len(reader.pages)
    readable, error = 0, None
    stop = time.monotonic() + READ_SECONDS  # where no alarm rings (Windows), between pages
    for index in range(pages):
        if collector.full or (readable and time.monotonic() > stop):
            break
        try:
            text = reader.pages[index].extract_text()
        except sandbox.OutOfTime:
            if not readable:
                raise
            break  # the pages read so far are the text
        except Exception as exc:  # one damaged page must not cost the others
            error = exc
            continue
        readable += 1
        collector.add(text or "")
    if pages and not readable:
        return _failed(f"no page could be read: {_describe(error)}")
    return collector.result()


def _check_docx_zip(path: Path) -> str:
    """Why this file must not reach python-docx, or "" if it may: a zip bomb, or XML with
    a DTD (the sandbox's check, the one every reader of Office files applies)."""
    return sandbox.check_ooxml(path, MAX_UNPACKED_BYTES)


def _docx_paragraphs(element) -> Iterator[str]:
    """Each paragraph's text, in document order: body paragraphs, table cells, text boxes.

    One pass over the XML: python-docx's table API rebuilds the cell grid per call, and
    runs inside insertions or fields are skipped by its Paragraph.text.
    """
    parts: list[str] = []
    for node in element.iter(_W + "p", _W + "t", _W + "tab", _W + "br", _W + "cr"):
        if node.tag == _W + "p":
            if parts:
                yield "".join(parts)
                parts = []
        elif node.tag == _W + "t":
            parts.append(node.text or "")
        else:
            parts.append("\t" if node.tag == _W + "tab" else "\n")
    if parts:
        yield "".join(parts)


def _read_docx(path: Path) -> Extracted:
    problem = _check_docx_zip(path)
    if problem:
        return _failed(problem)
    import docx

    document = docx.Document(str(path))
    elements = [document.element.body]
    elements += [
        rel.target_part.element
        for rel in document.part.rels.values()
        if rel.reltype in _HEADER_FOOTER_RELS and not rel.is_external
    ]
    collector = _Collector()
    for element in elements:
        for paragraph in _docx_paragraphs(element):
            if collector.full:
                return collector.result()
            collector.add(paragraph)
    return collector.result()


def _decode(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace")  # Notepad's "Unicode"
    try:
        # final=False: a character cut at the end of what was read is dropped, not an error.
        return codecs.getincrementaldecoder("utf-8-sig")().decode(data, final=False)
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1251")  # the usual Russian encoding before UTF-8
    except UnicodeDecodeError:
        return data.decode("latin-1")  # never fails: every byte is a character


def _read_text(path: Path) -> Extracted:
    with path.open("rb") as stream:
        data = stream.read(TEXT_READ_BYTES)  # the index keeps MAX_CHARS anyway
    collector = _Collector()
    collector.add(_decode(data))
    return collector.result()


_READERS: dict[str, Callable[[Path], Extracted]] = {
    ".pdf": _read_pdf,
    ".docx": _read_docx,
    **dict.fromkeys(TEXT_SUFFIXES, _read_text),
}


def _unread(path: Path) -> Extracted | None:
    """The result of a file no reader needs to open (a kind we do not read, a missing,
    odd or huge file), or None: decided from its name and size, without a worker."""
    suffix = path.suffix.lower()
    if suffix not in _READERS:
        return Extracted(
            TextStatus.UNSUPPORTED, reason=f"unsupported file type {suffix or '(none)'}"
        )
    try:
        info = path.stat()
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        return _failed(_describe(exc))
    if not stat.S_ISREG(info.st_mode):
        return _failed("not a regular file")
    if info.st_size > MAX_FILE_BYTES:
        return _failed("too large")
    return None


def extract_text(path: Path) -> Extracted:
    """The text of one file, in this process; never raises for any file content."""
    path = Path(path)
    unread = _unread(path)
    if unread is not None:
        return unread
    try:
        return _READERS[path.suffix.lower()](path)
    except sandbox.OutOfTime:
        return _failed(f"timed out after {READ_SECONDS:g} s")
    except Exception as exc:  # any damage to the file is "text not extracted", never a crash
        return _failed(_describe(exc))


# --- isolation: worker processes ---


def _worker_start() -> None:
    # The parent logs our one-line reason; pypdf would warn about every repaired xref.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    warnings.simplefilter("ignore")
    sandbox.limit_memory(WORKER_MEMORY_BYTES)


def _extract_in_worker(path: str) -> Extracted:
    name = Path(path).name
    if name and os.environ.get(CRASH_HOOK) == name:  # test hook, see CRASH_HOOK
        os._exit(1)
    if name and os.environ.get(HANG_HOOK) == name:  # test hook, see HANG_HOOK
        time.sleep(3600)  # before the alarm: a hang that only the timeout can end
    try:
        with sandbox.deadline(READ_SECONDS):
            return extract_text(Path(path))
    except sandbox.OutOfTime:  # it rang as the reading ended
        return _failed(f"timed out after {READ_SECONDS:g} s")


def _new_pool(workers: int) -> ProcessPoolExecutor:
    # "spawn" everywhere: forking a process that runs Qt threads is unsafe, and Windows
    # has nothing else; the bundle's workers start through freeze_support() in __main__.
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_worker_start,
    )


def _discard(pool: ProcessPoolExecutor, kill: bool) -> None:
    if kill:
        # A hung or cancelled worker must stop now. Python 3.14 has kill_workers(); before
        # it, the executor's process table is the only handle on its workers.
        if hasattr(pool, "kill_workers"):
            pool.kill_workers()
        else:
            for process in list((getattr(pool, "_processes", None) or {}).values()):
                process.kill()
    pool.shutdown(wait=True, cancel_futures=True)


def _check_workers_run() -> None:
    """Raise WorkersUnavailable if a worker cannot run even a task that reads nothing.

    Else a bundle whose workers cannot start (no freeze_support, say) would mark every
    attachment "the reader crashed", slowly, and hide the real fault.
    """
    pool = _new_pool(1)
    try:
        pool.submit(os.getpid).result(timeout=60.0)
    except Exception as exc:
        raise WorkersUnavailable("text extraction worker processes cannot start") from exc
    finally:
        _discard(pool, kill=True)


def extract_many(
    paths: list[Path],
    timeout: float = 60.0,
    progress: Callable[[int, int], bool] | None = None,
) -> list[Extracted]:
    """The text of each file, in order, read in at most two worker processes.

    A file whose worker crashes or that takes longer than `timeout` seconds (from when a
    worker is given it, the worker's start included) is FAILED; the others are read.
    `progress(done, total)` is called after each file;
    returning False stops the work and raises `Cancelled`. Raises `WorkersUnavailable`
    if no worker process can run at all.

    Only as many files as workers are in flight, so each starts as it is submitted and
    its deadline is its own. A crash breaks the whole pool and fails every file in
    flight, so those are read again one at a time: the one that crashes alone is the
    culprit, and the others are not marked for its fault.
    """
    total = len(paths)
    results: list[Extracted | None] = [None] * total
    if not total:
        return []
    queue: deque[int] = deque()
    suspects: deque[int] = deque()  # in flight when the pool broke: re-read alone
    in_flight: dict[Future, tuple[int, float]] = {}
    done = 0
    probed = False
    pool: ProcessPoolExecutor | None = None

    def submit(index: int) -> None:
        future = pool.submit(_extract_in_worker, str(paths[index]))
        in_flight[future] = (index, time.monotonic() + timeout)

    def finish(index: int, result: Extracted) -> None:
        nonlocal done
        results[index] = result
        done += 1
        if progress is not None and progress(done, total) is False:
            raise Cancelled

    # A file no reader needs to open costs no worker (nor a worker's start-up).
    for index, path in enumerate(paths):
        unread = _unread(Path(path))
        if unread is None:
            queue.append(index)
        else:
            finish(index, unread)
    workers = min(MAX_WORKERS, len(queue))
    try:
        while queue or suspects or in_flight:
            if pool is None:
                pool = _new_pool(workers)
            if suspects:
                if not in_flight:
                    submit(suspects.popleft())
            else:
                while queue and len(in_flight) < workers:
                    submit(queue.popleft())
            earliest = min(deadline for _, deadline in in_flight.values())
            finished, _ = wait(
                in_flight,
                timeout=max(0.0, earliest - time.monotonic()),
                return_when=FIRST_COMPLETED,
            )
            if not finished:  # a worker is past its deadline: stop both, the other is re-read
                now = time.monotonic()
                late = [future for future, (_, deadline) in in_flight.items() if deadline <= now]
                if not late:
                    continue
                _discard(pool, kill=True)
                pool = None
                flights, in_flight = in_flight, {}
                for future, (index, _) in flights.items():
                    if future.done() and future.exception() is None:
                        finish(index, future.result())  # it made it just in time
                    elif future in late:
                        finish(index, _failed(f"timed out after {timeout:g} s"))
                    else:
                        queue.appendleft(index)
                continue
            if any(isinstance(future.exception(), BrokenProcessPool) for future in finished):
                # The pool fails every future in flight at once; wait for all of them.
                wait(in_flight, timeout=10.0)
                finished = set(in_flight)
            broken: list[int] = []
            for future in finished:
                index, _ = in_flight.pop(future)
                error = future.exception() if future.done() else BrokenProcessPool()
                if error is None:
                    finish(index, future.result())
                elif isinstance(error, BrokenProcessPool):
                    broken.append(index)
                else:  # the worker raised, which extract_text never does: still one file
                    finish(index, _failed(_describe(error)))
            if broken:
                _discard(pool, kill=True)
                pool = None
                if not probed:  # once: is it this file, or can no worker run at all?
                    probed = True
                    _check_workers_run()
                if len(broken) == 1:
                    finish(broken[0], _failed("the reader crashed"))
                else:
                    suspects.extend(sorted(broken))
    finally:
        if pool is not None:
            _discard(pool, kill=bool(in_flight))
    return [result or _failed("not read") for result in results]


def extract_one_isolated(path: Path, timeout: float = 60.0) -> Extracted:
    """The text of one file, read in a worker process (see `extract_many`)."""
    return extract_many([path], timeout=timeout)[0]
