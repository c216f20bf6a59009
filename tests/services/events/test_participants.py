"""Participants: kept one by one or imported whole, counted, signed for and certified."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from rocb_desk import i18n
from rocb_desk.domain.errors import OfficeError, ValidationError
from rocb_desk.exports import write
from rocb_desk.exports.certificates import write_certificate_files, write_certificates
from rocb_desk.services import audit_view
from rocb_desk.services.events import register
from rocb_desk.services.events.participants import (
    ParticipantForm,
    attendance_document,
    certificates,
    delete_participant,
    import_participants,
    load_participant,
    participants,
    preview_import,
    save_participant,
    set_attendance,
)
from rocb_desk.services.events.queries import EventFilter, list_events
from rocb_desk.services.office import Office

TITLE_EN = "Regional workshop on risk management"
TITLE_RU = "Региональный семинар по управлению рисками"


@pytest.fixture
def event_id(office: Office) -> int:
    return register.save_event(
        office,
        register.EventForm(
            title_en=TITLE_EN,
            title_ru=TITLE_RU,
            modality="in_person",
            city="Baku",
            country="Azerbaijan",
            start_date=date(2020, 11, 25),
            end_date=date(2020, 11, 26),
            participants=99,  # typed before the list came: the list must win
            countries=40,
        ),
    )


def _csv(tmp_path: Path, text: str, name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


GOOD_CSV = """Name,Administration,Title,Email,Gender,Attendance
Nino  Beridze,GE,Chief inspector,nino@rs.ge,F,present
Rashad Aliyev,Azerbaijan,Head of unit,rashad@customs.gov.az,м,
Анна Петросян,Армения,Эксперт,,жен,Absent
John Smith,World Bank,Consultant,j.smith@worldbank.org,,excused
"""


def test_a_good_csv_imports_whole_and_resolves_members(office, event_id, tmp_path):
    rows, forms = preview_import(office, event_id, _csv(tmp_path, GOOD_CSV))
    assert [r.errors for r in rows] == [[], [], [], []]
    assert len(forms) == 4
    ids = import_participants(office, event_id, _csv(tmp_path, GOOD_CSV))
    assert len(ids) == 4
    lines = participants(office, event_id, "en")
    assert [line.name for line in lines] == [
        "John Smith",
        "Nino Beridze",  # spaces collapsed
        "Rashad Aliyev",
        "Анна Петросян",
    ]
    by_name = {line.name: line for line in lines}
    assert by_name["Nino Beridze"].administration == "Georgia"  # from the ISO code
    assert (by_name["Nino Beridze"].gender, by_name["Nino Beridze"].attendance) == (
        "female",
        "present",
    )
    assert (by_name["Rashad Aliyev"].gender, by_name["Rashad Aliyev"].attendance) == (
        "male",
        "registered",
    )
    assert by_name["Анна Петросян"].administration == "Armenia"  # the Russian name resolved
    assert by_name["Анна Петросян"].attendance == "absent"
    assert by_name["John Smith"].administration == "World Bank"  # not a member: as written
    world_bank = load_participant(office, by_name["John Smith"].id)
    assert (world_bank.member_id, world_bank.gender, world_bank.attendance) == (
        None,
        "",
        "excused",
    )
    assert load_participant(office, by_name["Rashad Aliyev"].id).member_id is not None
    russian = {line.name: line.administration for line in participants(office, event_id, "ru")}
    assert russian["Nino Beridze"] == "Грузия"
    assert [e.action for e in audit_view.history(office, "participant", ids[0])] == ["import"]


def test_an_xlsx_with_russian_headers_imports(office, event_id, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["ФИО", "Организация", "Должность", "Эл. почта", "Пол", "Участие"])
    sheet.append(
        ["Иван Иванов", "Беларусь", "Инспектор", "ivanov@customs.by", "мужской", "присутствовал"]
    )
    sheet.append(["Мария Сидорова", "MD", "Эксперт", "", "Ж", "по уважительной причине"])
    path = tmp_path / "список.xlsx"
    book.save(path)
    import_participants(office, event_id, path)
    lines = {line.name: line for line in participants(office, event_id, "ru")}
    assert (lines["Иван Иванов"].administration, lines["Иван Иванов"].gender) == (
        "Беларусь",
        "male",
    )
    assert lines["Иван Иванов"].attendance == "present"
    assert (lines["Мария Сидорова"].gender, lines["Мария Сидорова"].attendance) == (
        "female",
        "excused",
    )
    assert lines["Мария Сидорова"].email == ""


def test_every_bad_row_is_named_and_nothing_is_written(office, event_id, tmp_path):
    save_participant(office, event_id, ParticipantForm(name="Early Bird", email="early@x.org"))
    path = _csv(
        tmp_path,
        "Name,Email,Gender\n"
        "Ann Lee,ann@x.org,f\n"  # 2: fine
        ",nobody@x.org,m\n"  # 3: no name
        "Bob Stone,bob@@x,m\n"  # 4: bad e-mail
        "ANN  LEE,Ann@X.org,f\n"  # 5: the same as row 2
        "Carl Berg,carl@x.org,robot\n"  # 6: not a gender
        "early bird,EARLY@x.org,\n",  # 7: already in the event
    )
    rows, forms = preview_import(office, event_id, path)
    found = {(e.row, e.field) for row in rows for e in row.errors}
    assert found == {(3, "name"), (4, "email"), (5, "name"), (6, "gender"), (7, "name")}
    reasons = {e.row: e.message.english() for row in rows for e in row.errors}
    assert "required" in reasons[3]
    assert "bob@@x" in reasons[4]
    assert "row 2" in reasons[5]
    assert "robot" in reasons[6]
    assert "already registered" in reasons[7]
    assert [f.name for f in forms] == ["Ann Lee"]  # what would go in, were the rest right
    with pytest.raises(ValidationError) as refused:
        import_participants(office, event_id, path)
    assert {(e.row, e.field) for e in refused.value.errors} == found
    assert [line.name for line in participants(office, event_id, "en")] == ["Early Bird"]


@pytest.mark.parametrize("name", ["list.xlsx", "list.txt"])
def test_a_broken_file_is_refused_with_one_message(office, event_id, tmp_path, name):
    path = tmp_path / name
    path.write_bytes(os.urandom(2048))
    with pytest.raises(OfficeError) as refused:
        import_participants(office, event_id, path)
    assert not isinstance(refused.value, ValidationError)
    assert name in str(refused.value)
    assert participants(office, event_id, "en") == []


def test_a_list_without_a_name_column_is_refused_at_the_header(office, event_id, tmp_path):
    with pytest.raises(ValidationError) as refused:
        preview_import(office, event_id, _csv(tmp_path, "Email\na@b.org\n"))
    assert [(e.row, e.field) for e in refused.value.errors] == [(1, "name")]


def test_counts_follow_the_list_and_override_the_typed_ones(office, event_id, tmp_path):
    def counts():
        (line,) = list_events(office, EventFilter(), "en")
        return line.counts

    assert (counts().participants, counts().countries, counts().from_list) == (99, 40, False)
    import_participants(office, event_id, _csv(tmp_path, GOOD_CSV))
    # Present or registered count: Nino (GE, woman) and Rashad (AZ, man); Anna is absent
    # and John excused.
    now = counts()
    assert (now.participants, now.countries, now.women, now.men, now.from_list) == (
        2,
        2,
        1,
        1,
        True,
    )
    anna = next(line for line in participants(office, event_id, "en") if line.name.startswith("Ан"))
    set_attendance(office, [anna.id], "present")
    assert (counts().participants, counts().countries, counts().women) == (3, 3, 2)
    # An organization is no country: John of the World Bank, present, adds no country.
    john = next(line for line in participants(office, event_id, "en") if line.name == "John Smith")
    set_attendance(office, [john.id], "present")
    assert (counts().participants, counts().countries) == (4, 3)


def test_the_form_saves_updates_and_deletes_with_an_audit(office, event_id):
    pid = save_participant(
        office,
        event_id,
        ParticipantForm(name=" Leyla  Mammadova ", administration="az", email="l@customs.gov.az"),
    )
    form = load_participant(office, pid)
    assert (form.name, form.administration, form.gender) == ("Leyla Mammadova", "az", "")
    assert form.member_id is not None
    form.title, form.gender = "Director", "female"
    save_participant(office, event_id, form, pid)
    set_attendance(office, [pid], "присутствовал")
    assert load_participant(office, pid).attendance == "present"
    delete_participant(office, pid)
    assert participants(office, event_id, "en") == []
    actions = [e.action for e in audit_view.history(office, "participant", pid)]
    assert actions == ["create", "update", "update", "delete"]
    with pytest.raises(OfficeError):
        load_participant(office, pid)


def test_the_form_refuses_at_its_fields(office, event_id):
    save_participant(office, event_id, ParticipantForm(name="Ann Lee", email="ann@x.org"))
    with pytest.raises(ValidationError) as refused:
        save_participant(
            office,
            event_id,
            ParticipantForm(name="ann lee", email="ANN@x.org", gender="x", attendance="maybe"),
        )
    assert {e.field for e in refused.value.errors} == {"name", "gender", "attendance"}
    with pytest.raises(ValidationError) as refused:
        save_participant(office, event_id, ParticipantForm(email="not an address"))
    assert {e.field for e in refused.value.errors} == {"name", "email"}
    with pytest.raises(ValidationError):
        set_attendance(office, [], "late")
    assert len(participants(office, event_id, "en")) == 1


def test_the_attendance_sheet_reads_back_from_docx_and_xlsx(office, event_id, tmp_path):
    import docx
    import openpyxl

    import_participants(office, event_id, _csv(tmp_path, GOOD_CSV))
    document = attendance_document(office, event_id, "en")
    assert TITLE_EN in document.subtitle and "November 2020" in document.subtitle
    (table,) = document.tables()
    assert [c.title for c in table.columns][-1] == "Signature"
    assert all(row[-1] == "" for row in table.rows)

    word = docx.Document(str(write(document, tmp_path / "sheet.docx")))
    cells = [[c.text for c in row.cells] for row in word.tables[0].rows]
    assert cells[0] == ["#", "Name", "Administration", "Title", "E-mail", "Signature"]
    assert [row[1] for row in cells[1:]] == [
        "John Smith",
        "Nino Beridze",
        "Rashad Aliyev",
        "Анна Петросян",
    ]
    assert cells[2][2] == "Georgia"
    # Rows tall enough to sign in by hand (the header stays a line high).
    rows = word.tables[0].rows
    assert rows[0].height is None and all(row.height.pt >= 30 for row in rows[1:])

    book = openpyxl.load_workbook(write(document, tmp_path / "sheet.xlsx"), read_only=True)
    values = [v for row in book.worksheets[0].iter_rows(values_only=True) for v in row if v]
    book.close()
    assert {"Nino Beridze", "Анна Петросян", "Signature"} <= set(values)
    assert any(TITLE_EN in str(v) for v in values)


def test_certificates_go_to_those_present_in_either_language(office, event_id, tmp_path):
    from pypdf import PdfReader

    import_participants(office, event_id, _csv(tmp_path, GOOD_CSV))
    extra = save_participant(
        office, event_id, ParticipantForm(name="Иван Иванов", administration="BY")
    )
    set_attendance(office, [extra], "present")
    english = certificates(office, event_id, "en")
    assert [c.name for c in english] == ["Nino Beridze", "Иван Иванов"]
    first = english[0]
    assert (first.event_title, first.administration, first.issued) == (
        TITLE_EN,
        "Georgia",
        date(2020, 11, 26),  # the event's last day
    )
    assert first.labels.of_line == "of Georgia"
    assert first.labels.heading == "Certificate of attendance"
    assert "26 November 2020" in first.labels.issued_line
    assert "Baku" in first.location

    russian = certificates(office, event_id, "ru", issued=date(2020, 12, 1))
    assert [(c.event_title, c.administration) for c in russian][1] == (TITLE_RU, "Беларусь")
    assert i18n.current_language() == "en"  # the window's language is left as it was

    combined = PdfReader(write_certificates(russian, tmp_path / "все.pdf"))
    assert len(combined.pages) == 2
    text = combined.pages[1].extract_text()
    assert "Иван Иванов" in text and TITLE_RU in text
    files = write_certificate_files(english, tmp_path)
    assert [p.name for p in files] == ["Nino Beridze.pdf", "Иван Иванов.pdf"]
    assert TITLE_EN in PdfReader(files[0]).pages[0].extract_text()


def test_no_one_present_no_certificates(office, event_id, tmp_path):
    import_participants(office, event_id, _csv(tmp_path, GOOD_CSV.replace("present", "")))
    assert certificates(office, event_id, "en") == []
    with pytest.raises(OfficeError):
        write_certificates([], tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()
