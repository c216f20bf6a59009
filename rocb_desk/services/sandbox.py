"""Reading files that come from outside the office where a failure cannot take it down.

A ledger to import, a registration list, an archive index or an RTC's report may be
damaged or hostile: a zip bomb, an XML entity bomb, a cell of ten megabytes, a file
that makes a parser loop or crash. Such a file is parsed here, in a worker process
with a wall-clock limit (`SECONDS`) and, on POSIX, an address-space limit
(`MEMORY_BYTES`); the worker hands back plain values (lists, text, numbers, dates)
and the caller checks them in its own process. Whatever happens to the worker (an
exception of any type, MemoryError, a crash, a kill, a hang) becomes one OfficeError
naming the file and the reason, and the next file gets a fresh worker.

One worker is kept and reused, so that an import pays about a millisecond for the
isolation rather than a process start; a worker that has needed much memory retires
after its file. Attachments' text (letters/extract.py) is read by worker processes
of its own, with the same limits (`limit_memory`) and the same check of Office files
(`check_ooxml`).
"""

from __future__ import annotations

import contextlib
import io
import logging
import multiprocessing
import os
import pickle
import threading
import time
import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..domain.errors import QT_TRANSLATE_NOOP, OfficeError

SECONDS = 4.0  # the worker's time for one file: with the caller's checks, a refusal within 5 s
GRACE_SECONDS = 0.5  # past SECONDS, a worker stuck where its alarm cannot reach it is killed
MEMORY_BYTES = 512 * 1024**2  # the worker's address space: MemoryError past it, not swap
RETIRE_BYTES = MEMORY_BYTES // 2  # a worker this large is not trusted with the next file
START_SECONDS = 60.0  # a slow disk on a cold start; past it the installation is broken
MAX_UNPACKED_BYTES = 200 * 1024**2  # an office file unpacking to more is a zip bomb
REASON_CHARS = 300  # an exception may quote megabytes of the file it choked on

TIMED_OUT = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} cannot be read: reading it took longer than {seconds} seconds. A file this "
    "large or this damaged is not imported; split a long list into smaller files.",
)
TOO_MUCH_MEMORY = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} cannot be read: reading it needs more than {limit} MB of memory. A file this "
    "large or this damaged is not imported.",
)
CRASHED = QT_TRANSLATE_NOOP(
    "Errors", "{path} cannot be read: the reader stopped unexpectedly ({reason})."
)
NOT_A_FILE = QT_TRANSLATE_NOOP("Errors", "{path} cannot be read: it is not a file.")
NO_READER = QT_TRANSLATE_NOOP(
    "Errors",
    "Files cannot be read: the reader process does not start ({reason}). The installation "
    "may be damaged.",
)

# Preloaded by every worker, so that the first file is not charged for the imports.
_PRELOAD = ("rocb_desk.services.tabular", "openpyxl", "docx", "defusedxml.ElementTree")
_SAFE_CLASSES = {
    ("datetime", "date"),
    ("datetime", "datetime"),
    ("datetime", "time"),
    ("datetime", "timedelta"),
    ("decimal", "Decimal"),
}


# --- rules shared with the attachments' text extraction ---


def limit_memory(limit: int = MEMORY_BYTES) -> None:
    """In a worker process: MemoryError past `limit` bytes of address space (POSIX only;
    on Windows a crash or a hang still costs one file, not the application)."""
    try:
        import resource
    except ImportError:
        return
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        wanted = limit if hard < 0 else min(hard, limit)
        if soft < 0 or soft > wanted:  # RLIM_INFINITY is -1 on Linux
            resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    except (ValueError, OSError):
        pass  # a limit we may not lower is a limit we can live without


def check_ooxml(path: Path, max_unpacked: int = MAX_UNPACKED_BYTES) -> str:
    """Why this XLSX or DOCX must not reach openpyxl or python-docx, or "" if it may.

    Unpacking past `max_unpacked` is a zip bomb: zipfile stops each member at its
    declared size, so the declared sum bounds what a parser can unpack. An XML part with
    a DTD is refused as defusedxml does (Excel and Word never write one; entities are how
    XML attacks work); a DOCTYPE stands before the root element, so each part is read
    only up to its first element. The parsers are locked too: openpyxl reads sheets with
    defusedxml and the rest with lxml without entities; python-docx's lxml parser
    resolves no entities and loads no DTD or network resource.
    """
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, iterparse

    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        return "damaged, or not an Excel or Word file (no zip archive)"
    with archive:
        members = archive.infolist()
        if sum(info.file_size for info in members) > max_unpacked:
            return f"unpacks to more than {max_unpacked // 1024**2} MB"
        for info in members:
            if not info.filename.lower().endswith((".xml", ".rels", ".vml")):
                continue
            try:
                with archive.open(info) as stream:
                    for _event in iterparse(stream, events=("start",), forbid_dtd=True):
                        break
            except DefusedXmlException:
                return f"{info.filename}: XML with a DTD or entities is refused"
            except ParseError as exc:
                return f"{info.filename}: damaged XML: {exc}"
    return ""


class OutOfTime(BaseException):
    """Raised in a worker when its time for a file is up. A BaseException, so that the
    parsers' own `except Exception` (pypdf repairs what it can) do not swallow it."""


def _out_of_time(_signum: int, _frame: object) -> None:
    raise OutOfTime


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """In a worker: OutOfTime raised after `seconds` of wall-clock time (POSIX, where a
    worker runs its tasks in its main thread); elsewhere the caller's timeout stands.
    A parser busy inside one long C call is stopped only when the call returns, so the
    caller keeps its own, slightly longer, timeout that kills the worker."""
    import signal

    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _out_of_time)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class Unreadable(ValueError):
    """Why a reader refuses a file, in its own words (shown as it is, without a type)."""


def describe(exc: BaseException) -> str:
    """An exception as a short one-line reason, whatever it quotes of the file."""
    try:
        message = " ".join(str(exc).split())
    except Exception:  # noqa: BLE001 - an exception that cannot even say what it is
        message = ""
    name = type(exc).__name__
    if isinstance(exc, OSError) and exc.strerror:
        text = exc.strerror
    elif isinstance(exc, Unreadable):
        text = message or name
    else:
        text = f"{name}: {message}" if message else name
    if len(text) > REASON_CHARS:
        text = text[: REASON_CHARS - 1] + "\u2026"
    return "".join(ch if ch.isprintable() else " " for ch in text)


# --- the worker ---


def _serve(conn: Any, memory: int) -> None:
    """The worker's loop: one (function, arguments) at a time, and for each a reply
    (retiring, (tag, ...)); a worker that retires exits after sending it."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is for the parent to handle
    limit_memory(memory)
    warnings.simplefilter("ignore")  # the parent reports one reason; parsers warn a lot
    logging.disable(logging.WARNING)
    for module in _PRELOAD:
        try:
            __import__(module)
        except Exception:  # noqa: BLE001, S110 - the task will meet and report it
            pass
    conn.send_bytes(pickle.dumps(("ready", os.getpid())))
    while True:
        try:
            func, args = conn.recv()
        except (EOFError, OSError):
            return
        retire = False
        try:
            with deadline(SECONDS):
                reply: tuple = ("ok", func(*args))
        except OutOfTime:
            reply = ("timeout",)
        except OfficeError as exc:
            message = exc.message
            reply = ("refused", message.text, message.context, message.params)
        except MemoryError:
            reply, retire = ("memory",), True
        except BaseException as exc:  # noqa: BLE001 - every failure is the file's reason
            reply = ("error", describe(exc))
        retire = retire or _grown()
        try:
            data = pickle.dumps((retire, reply), protocol=pickle.HIGHEST_PROTOCOL)
        except MemoryError:
            retire = True
            data = pickle.dumps((True, ("memory",)))
        except Exception as exc:  # noqa: BLE001 - a value that cannot be handed back
            data = pickle.dumps((retire, ("error", describe(exc))))
        del reply
        try:
            conn.send_bytes(data)
        except (OSError, ValueError):
            return
        if retire:
            return


def _grown() -> bool:
    """Whether the worker's address space grew so much (memory Python keeps after a big
    file) that the next file could be refused for the last one's sake. Linux only:
    elsewhere there is no address-space limit to run into (and the peak RSS the other
    systems report starts, after a fork, at the parent's)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            pages = int(statm.read().split()[0])
    except (OSError, ValueError, IndexError):
        return False
    return pages * os.sysconf("SC_PAGE_SIZE") > RETIRE_BYTES


class _Unpickler(pickle.Unpickler):
    """Only plain values come back: a worker taken over by a hostile file cannot make
    the application run code by what it sends."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _SAFE_CLASSES:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a plain value")


class _Worker:
    def __init__(self) -> None:
        # "spawn" everywhere: forking a process that runs Qt threads is unsafe, and
        # Windows has nothing else; the bundle's workers start through freeze_support().
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe(duplex=True)
        self.process = context.Process(
            target=_serve, args=(child, MEMORY_BYTES), name="rocb-desk-reader", daemon=True
        )
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self) -> None:
        if self.ready:
            return
        try:
            if not self.conn.poll(START_SECONDS):
                raise TimeoutError(f"no answer in {START_SECONDS:g} s")
            tag, _pid = pickle.loads(self.conn.recv_bytes())
        except Exception as exc:  # noqa: BLE001 - EOF, a broken pipe: it did not start
            self.kill()
            raise OfficeError(NO_READER, reason=describe(exc)) from None
        self.ready = tag == "ready"

    def kill(self) -> None:
        try:
            self.process.kill()
            self.process.join(5.0)
        except (OSError, ValueError, AssertionError):
            pass  # already gone
        self.conn.close()
        with contextlib.suppress(ValueError):  # still running: nothing more to do with it
            self.process.close()

    def alive(self) -> bool:
        try:
            return self.process.is_alive()
        except ValueError:  # closed
            return False

    def exit_reason(self) -> str:
        self.process.join(2.0)
        code = self.process.exitcode
        if code is not None and code < 0:
            return f"signal {-code}"
        return f"exit code {code}" if code is not None else "no answer"


_lock = threading.Lock()
_worker: _Worker | None = None


def _take_worker() -> _Worker:
    global _worker
    if _worker is not None and not _worker.alive():
        _worker.kill()
        _worker = None
    if _worker is None:
        try:
            _worker = _Worker()
        except Exception as exc:  # noqa: BLE001 - no process, no pipe: nothing can be read
            raise OfficeError(NO_READER, reason=describe(exc)) from None
    try:
        _worker.wait_ready()
    except OfficeError:
        _worker = None  # killed by wait_ready; the next file tries a new one
        raise
    return _worker


def _replace_worker(worker: _Worker) -> None:
    """Drop a worker that may not serve again; start its successor at once, so that it is
    ready by the time the next file comes (its start runs while the caller goes on)."""
    global _worker
    worker.kill()
    _worker = None
    try:
        _worker = _Worker()
    except Exception:  # noqa: BLE001 - the next read tries again and reports it
        _worker = None


def warm_up() -> None:
    """Start the worker now (a window about to import), so the first file does not wait."""
    with _lock:
        _take_worker()


def shutdown() -> None:
    global _worker
    with _lock:
        if _worker is not None:
            _worker.kill()
            _worker = None


def regular_file(path: Path) -> None:
    """Refuse, naming it, what is not a regular file: a folder named .xlsx, a pipe that
    would block any reader forever, a device, a name the system cannot even look up."""
    try:
        is_file = Path(path).is_file()
    except (OSError, ValueError):
        is_file = False
    if not is_file:
        raise OfficeError(NOT_A_FILE, path=str(path))


def read(func: Callable[..., Any], path: Path, *args: Any, unreadable: str) -> Any:
    """`func(path, *args)` run in the worker (the path whole, as text); its plain result,
    or an OfficeError.

    `func` must be a module-level function (it is sent by name). An OfficeError it raises
    reaches the caller as it is; any other exception becomes `unreadable` (a message
    with {path} and {reason}); running out of time or memory, or the worker dying,
    becomes a message saying so.
    """
    regular_file(path)
    name = str(path)
    with _lock:
        worker = _take_worker()
        started = time.monotonic()
        try:
            # The worker's working folder is the one it started in: give it the whole path.
            worker.conn.send((func, (os.path.abspath(name), *args)))
            answered = worker.conn.poll(SECONDS + GRACE_SECONDS)
        except (OSError, ValueError) as exc:  # the worker died between two files
            _replace_worker(worker)
            raise OfficeError(CRASHED, path=name, reason=describe(exc)) from None
        if not answered:
            _replace_worker(worker)
            raise OfficeError(TIMED_OUT, path=name, seconds=f"{SECONDS:g}")
        try:
            data = worker.conn.recv_bytes()
        except (EOFError, OSError) as exc:
            reason = worker.exit_reason() if isinstance(exc, EOFError) else describe(exc)
            _replace_worker(worker)
            if reason == "signal 9" and time.monotonic() - started < SECONDS:
                # Killed from outside while reading: on Linux, the system out of memory.
                raise OfficeError(
                    TOO_MUCH_MEMORY, path=name, limit=MEMORY_BYTES // 1024**2
                ) from None
            raise OfficeError(CRASHED, path=name, reason=reason) from None
        try:
            retiring, reply = _Unpickler(io.BytesIO(data)).load()
        except Exception as exc:  # noqa: BLE001 - a reply we do not trust
            _replace_worker(worker)
            raise OfficeError(unreadable, path=name, reason=describe(exc)) from None
        if retiring:
            _replace_worker(worker)  # it exits after this file
    tag = reply[0]
    if tag == "ok":
        return reply[1]
    if tag == "refused":
        raise OfficeError(reply[1], reply[2], **reply[3])
    if tag == "memory":
        raise OfficeError(TOO_MUCH_MEMORY, path=name, limit=MEMORY_BYTES // 1024**2)
    if tag == "timeout":
        raise OfficeError(TIMED_OUT, path=name, seconds=f"{SECONDS:g}")
    raise OfficeError(unreadable, path=name, reason=reply[1])
