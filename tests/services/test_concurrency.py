"""Two instances on one office file: they share it, never overwrite each other's edits,
and never fight as writers.

Each instance is an Office of its own on the same SQLite file, as two windows (or a window
and the command line) are. An edit carries the version it read (the id of the newest audit
entry about the record); a save over a newer version is refused naming who changed it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from rocb_desk.db import migrate
from rocb_desk.db.engine import OfficeLock, create_office_engine, peek_sqlite, resolve_url
from rocb_desk.db.models import LedgerEntry, Participant
from rocb_desk.domain.errors import OfficeError
from rocb_desk.i18n import error_text
from rocb_desk.services import directory, maintenance, newsletter, reference_data
from rocb_desk.services.books import ledger
from rocb_desk.services.events import participants
from rocb_desk.services.events import register as events
from rocb_desk.services.letters import register as letters
from rocb_desk.services.letters import view as letter_view
from rocb_desk.services.letters.correspondents import Correspondent
from rocb_desk.services.office import Office, open_office
from rocb_desk.services.workplan import needs
from rocb_desk.services.workplan import register as workplan

ROOT = Path(__file__).resolve().parents[2]
CHANGED_BY_ANNA = r"changed by anna at (\d{4}-\d{2}-\d{2} \d{2}:\d{2})"


@pytest.fixture(scope="module")
def reference_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An office with its reference data, built once for this module and copied per test."""
    folder = tmp_path_factory.mktemp("reference-office")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ROCB_DESK_DATA_DIR", str(folder / "data"))
        patch.setenv("ROCB_DESK_CONFIG_DIR", str(folder / "config"))
        built = open_office(str(folder / "office.sqlite3"), actor="tester")
        try:
            reference_data.load_reference(built)
        finally:
            built.close()
    return folder / "office.sqlite3"


@pytest.fixture
def office(reference_template: Path, office_path: Path) -> Iterator[Office]:
    """A copy of the reference office (the shared fixture builds it anew each time)."""
    for suffix in ("", "-wal", "-shm"):
        source = reference_template.with_name(reference_template.name + suffix)
        if source.exists():
            shutil.copyfile(source, office_path.with_name(office_path.name + suffix))
    opened = open_office(str(office_path), actor="tester")
    yield opened
    opened.close()


@pytest.fixture
def windows(office: Office, office_path: Path) -> Iterator[tuple[Office, Office]]:
    """Two more instances on the office of the `office` fixture: Anna's and Boris's."""
    anna = open_office(str(office_path), actor="anna", lock=True)
    boris = open_office(str(office_path), actor="boris", lock=True)
    yield anna, boris
    anna.close()
    boris.close()


# --- one scenario, every editor ---------------------------------------------------------


@dataclass
class Editor:
    """How one kind of record is created, read into a form, saved with a text changed."""

    create: Callable[[Office], int]
    load: Callable[[Office, int], Any]
    save: Callable[[Office, int, Any, str], object]
    text: Callable[[Office, int], str]
    delete: Callable[[Office, int, int | None], object] | None = None


def _member(office: Office) -> int:
    return directory.list_rows(office, "members")[0].id


def _event(office: Office) -> int:
    return events.save_event(office, events.EventForm(title_en="Workshop on risk"))


def _participant(office: Office) -> int:
    event_id = _event(office)
    return participants.save_participant(office, event_id, participants.ParticipantForm(name="A"))


def _save_participant(office: Office, pid: int, form: Any, text: str) -> int:
    with office.reading() as session:
        event_id = session.get(Participant, pid).event_id
    return participants.save_participant(office, event_id, replace(form, title=text), pid)


EDITORS = {
    "ledger entry": Editor(
        lambda o: ledger.post(
            o, {"date": date(2021, 5, 3), "type": "expense", "code": "2.1", "amount": "5.00"}
        )[0],
        ledger.entry_values,
        lambda o, i, values, text: ledger.update_entry(o, i, values | {"description": text}),
        lambda o, i: ledger.entry_values(o, i)["description"],
        lambda o, i, version: ledger.delete_entry(o, i, version),
    ),
    "letter": Editor(
        lambda o: (
            letters.register_letter(
                o,
                letters.LetterForm(
                    letter_date=date(2021, 5, 3),
                    subject="Invitation",
                    correspondents=[Correspondent("name", name="WCO")],
                ),
            ).id
        ),
        lambda o, i: letter_view.letter_view(o, i, "en").form,
        lambda o, i, form, text: letters.update_letter(o, i, replace(form, subject=text)),
        lambda o, i: letter_view.letter_view(o, i, "en").form.subject,
    ),
    "event": Editor(
        _event,
        events.load_event,
        lambda o, i, form, text: events.save_event(o, replace(form, narrative_en=text), i),
        lambda o, i: events.load_event(o, i).narrative_en,
        lambda o, i, version: events.delete_event(o, i, version),
    ),
    "participant": Editor(
        _participant,
        participants.load_participant,
        _save_participant,
        lambda o, i: participants.load_participant(o, i).title,
    ),
    "work-plan activity": Editor(
        lambda o: workplan.save_activity(
            o, workplan.ActivityForm(year=2021, number="1.1", title_en="Seminar")
        ),
        workplan.load_activity,
        lambda o, i, form, text: workplan.save_activity(o, replace(form, progress_en=text), i),
        lambda o, i: workplan.load_activity(o, i).progress_en,
        lambda o, i, version: workplan.delete_activity(o, i, version),
    ),
    "partner": Editor(
        lambda o: directory.save(o, "partners", None, {"name_en": "UNECE", "kind": "other"}),
        lambda o, i: directory.get_values(o, "partners", i),
        lambda o, i, values, text: directory.save(o, "partners", i, values | {"name_en": text}),
        lambda o, i: directory.get_values(o, "partners", i)["name_en"],
    ),
    "news item": Editor(
        lambda o: newsletter.save_news(o, newsletter.NewsForm(title_en="Seminar held")),
        newsletter.load_news,
        lambda o, i, form, text: newsletter.save_news(o, replace(form, text_en=text), i),
        lambda o, i: newsletter.load_news(o, i).text_en,
        lambda o, i, version: newsletter.delete_news(o, i, version),
    ),
    "need": Editor(
        lambda o: needs.save_need(
            o,
            needs.NeedForm(
                year=2021,
                member_id=_member(o),
                topic_en="AEO",
                steps={"received": date(2021, 2, 19)},
            ),
        ),
        needs.load_need,
        lambda o, i, form, text: needs.save_need(o, replace(form, note=text), i),
        lambda o, i: needs.load_need(o, i).note,
        lambda o, i, version: needs.delete_need(o, i, version),
    ),
}


@pytest.mark.parametrize("kind", list(EDITORS))
def test_an_edit_over_a_colleagues_change_is_refused(windows: tuple[Office, Office], kind: str):
    anna, boris = windows
    editor = EDITORS[kind]
    record = editor.create(anna)
    read_by_anna = editor.load(anna, record)
    read_by_boris = editor.load(boris, record)

    editor.save(anna, record, read_by_anna, "Anna's words")
    with pytest.raises(OfficeError, match=CHANGED_BY_ANNA):
        editor.save(boris, record, read_by_boris, "Boris's words")
    assert editor.text(boris, record) == "Anna's words"  # nothing overwritten

    editor.save(boris, record, editor.load(boris, record), "Boris's words, read again")
    assert editor.text(anna, record) == "Boris's words, read again"


@pytest.mark.parametrize("kind", [k for k, e in EDITORS.items() if e.delete is not None])
def test_a_delete_over_a_colleagues_change_is_refused(windows: tuple[Office, Office], kind: str):
    anna, boris = windows
    editor = EDITORS[kind]
    assert editor.delete is not None
    record = editor.create(anna)
    shown_to_boris = editor.load(boris, record)
    version = (
        shown_to_boris["version"] if isinstance(shown_to_boris, dict) else shown_to_boris.version
    )
    editor.save(anna, record, editor.load(anna, record), "Anna's words")
    with pytest.raises(OfficeError, match=CHANGED_BY_ANNA):
        editor.delete(boris, record, version)
    assert editor.text(boris, record) == "Anna's words"  # still there
    fresh = editor.load(boris, record)
    editor.delete(boris, record, fresh["version"] if isinstance(fresh, dict) else fresh.version)
    with pytest.raises(OfficeError):
        editor.load(boris, record)


def test_a_record_read_again_after_ones_own_save_saves_again(windows: tuple[Office, Office]):
    """The editors read the record again after each save: they never refuse themselves."""
    anna, _boris = windows
    editor = EDITORS["event"]
    record = editor.create(anna)
    for text in ("first", "second", "third"):
        editor.save(anna, record, editor.load(anna, record), text)
    assert editor.text(anna, record) == "third"


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs POSIX time zones")
def test_the_refusal_says_when_in_local_time(windows: tuple[Office, Office], monkeypatch):
    """The trail keeps UTC; Baku is UTC+4, and its people read Baku time."""
    monkeypatch.setenv("TZ", "Asia/Baku")
    time.tzset()
    try:
        anna, boris = windows
        editor = EDITORS["news item"]
        record = editor.create(anna)
        stale = editor.load(boris, record)
        editor.save(anna, record, editor.load(anna, record), "Anna's words")
        with pytest.raises(OfficeError) as refused:
            editor.save(boris, record, stale, "Boris's words")
        said = re.search(CHANGED_BY_ANNA, error_text(refused.value))
        assert said is not None
        when = datetime.strptime(said.group(1), "%Y-%m-%d %H:%M")
        assert abs(when - datetime.now()) < timedelta(minutes=2)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


# --- two writers at once --------------------------------------------------------------------

POSTER = """
import sys, time
from datetime import date
from pathlib import Path
from rocb_desk.services.books import ledger
from rocb_desk.services.office import open_office

path, actor, start = sys.argv[1], sys.argv[2], Path(sys.argv[3])
office = open_office(path, actor=actor, lock=True)
print("ready", flush=True)
while not start.exists():
    time.sleep(0.002)
for n in range(50):
    ledger.post(office, {"date": date(2021, 5, 3), "type": "expense", "code": "2.1",
                         "amount": "1.00", "description": f"{actor} {n}"})
office.close()
print("done", flush=True)
"""


def test_two_processes_posting_at_once_lose_nothing(office: Office, office_path: Path):
    start = office_path.with_name("start")
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", POSTER, str(office_path), name, str(start)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("anna", "boris")
    ]
    try:
        for writer in writers:  # both windows open before either writes
            assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        start.touch()
        outcomes = [writer.communicate(timeout=120) for writer in writers]
    finally:
        for writer in writers:
            writer.kill()
    for writer, (out, err) in zip(writers, outcomes, strict=True):
        assert writer.returncode == 0, err
        assert "done" in out and "locked" not in err
    with office.reading() as session:
        rows = session.execute(select(LedgerEntry.description, LedgerEntry.voucher)).all()
        total = session.scalar(select(func.count()).select_from(LedgerEntry))
    assert total == 100
    assert {d for d, _v in rows} == {f"{a} {n}" for a in ("anna", "boris") for n in range(50)}
    assert len({v for _d, v in rows}) == 100  # every voucher number given once
    assert maintenance.check(office) == []


# --- windows and the restore ------------------------------------------------------------------


def test_two_windows_share_an_office_and_a_restore_waits_for_both(
    office: Office, office_path: Path, tmp_path: Path
):
    backup = maintenance.backup(office, tmp_path / "copy.zip")
    first = open_office(str(office_path), lock=True)
    second = open_office(str(office_path), lock=True)
    try:
        with pytest.raises(OfficeError, match="Close the ROCB Desk window"):
            maintenance.restore(backup, str(office_path), force=True)
        first.close()
        with pytest.raises(OfficeError, match="Close the ROCB Desk window"):
            maintenance.restore(backup, str(office_path), force=True)
    finally:
        first.close()
        second.close()
    maintenance.restore(backup, str(office_path), force=True)
    assert list(office_path.parent.glob(office_path.name + ".lock.*")) == []


WINDOW = """
import sys, time
from rocb_desk.services.office import open_office

office = open_office(sys.argv[1], lock=True)
print("ready", flush=True)
time.sleep(120)
"""


def test_a_window_that_died_does_not_hold_the_office(
    office: Office, office_path: Path, tmp_path: Path
):
    backup = maintenance.backup(office, tmp_path / "copy.zip")
    window = subprocess.Popen(
        [sys.executable, "-c", WINDOW, str(office_path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert window.stdout is not None and window.stdout.readline().strip() == "ready"
        assert OfficeLock(office_path).is_held_elsewhere()  # another process's window
        with pytest.raises(OfficeError, match="Close the ROCB Desk window"):
            maintenance.restore(backup, str(office_path), force=True)
    finally:
        window.kill()  # no chance to tidy up: its lock file stays behind
        window.wait()
        window.stdout.close()
    assert list(office_path.parent.glob(office_path.name + ".lock.*"))
    assert not OfficeLock(office_path).is_held_elsewhere()
    assert list(office_path.parent.glob(office_path.name + ".lock.*")) == []
    maintenance.restore(backup, str(office_path), force=True)


def test_a_schema_upgrade_waits_until_the_other_windows_close(office_path: Path):
    engine = create_office_engine(resolve_url(str(office_path)))
    migrate.upgrade(engine, "0001")
    engine.dispose()
    other_window = OfficeLock(office_path)
    assert other_window.acquire()
    try:
        with pytest.raises(OfficeError, match="must be upgraded"):
            open_office(str(office_path))
        assert peek_sqlite(office_path)[1] == "0001"  # the file was not changed
    finally:
        other_window.release()
    open_office(str(office_path)).close()
    assert peek_sqlite(office_path)[1] == migrate.head_revision()


def test_the_reports_words_saved_in_another_window_are_not_overwritten(windows):
    """Two report dialogs on one year: the second save is refused, the first one's words stay."""
    from rocb_desk.domain.fiscal import FinancialYear
    from rocb_desk.services.report.annexes import report_parts_version, save_report_parts
    from rocb_desk.services.report.texts import report_texts

    first, second = windows
    year = FinancialYear(2020)
    read_by_first = report_parts_version(first, year)
    read_by_second = report_parts_version(second, year)
    save_report_parts(first, year, {("foreword", "ru"): "Слова первого окна"}, [], read_by_first)
    with pytest.raises(OfficeError, match="changed by"):
        save_report_parts(second, year, {("foreword", "en"): "Second words"}, [], read_by_second)
    kept = report_texts(first, year)
    assert (
        kept[("foreword", "ru")] == "Слова первого окна"
        and kept[("foreword", "en")] != "Second words"
    )
