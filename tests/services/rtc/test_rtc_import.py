"""The blank template, filled with openpyxl, imported back; wrongly filled ones refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from rocb_desk.db.models import RtcReport
from rocb_desk.domain.errors import OfficeError, ValidationError
from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.exports import write
from rocb_desk.services.rtc import importing, reports
from rocb_desk.services.rtc.template import TEMPLATE_VERSION, blank_template

YEAR = FinancialYear(2021)


def _template(office, tmp_path: Path, code: str | None = "BAKU", suffix=".xlsx") -> Path:  # noqa: ANN001
    rtc_id = None
    if code:
        rtc_id = next(
            line.rtc_id for line in reports.reports_of_year(office, YEAR, "en") if line.code == code
        )
    return write(blank_template(office, YEAR, "en", rtc_id), tmp_path / f"template{suffix}")


def _rows(sheet) -> dict:  # noqa: ANN001
    """Column A value -> row number (the codes of General and Survey, '#' of events)."""
    found = {}
    for row in sheet.iter_rows():
        if row[0].value is not None:
            found.setdefault(str(row[0].value), row[0].row)
    return found


def _fill(path: Path, events: list[tuple], survey: dict[str, str], general=None) -> Path:  # noqa: ANN001
    book = openpyxl.load_workbook(path)
    general_sheet, held, _planned, survey_sheet = book.worksheets
    rows = _rows(general_sheet)
    for key, value in {
        "head": "Dr. Gulu Novruzov",
        "history": "Since 2003.",
        **(general or {}),
    }.items():
        general_sheet.cell(rows[key], 3, value)
    first = _rows(held)["#"] + 1
    for offset, event in enumerate(events):
        for column, value in enumerate(event, start=2):
            held.cell(first + offset, column, value)
    rows = _rows(survey_sheet)
    for key, value in survey.items():
        survey_sheet.cell(rows[key], 3, value)
    survey_sheet.cell(rows["willing_to_specialize"], 4, "Live virtual training")
    book.save(path)
    return path


def _count(office) -> int:  # noqa: ANN001
    with office.reading() as session:
        return session.scalar(select(func.count()).select_from(RtcReport))


def test_template_is_written_as_xlsx_and_docx(office, tmp_path):
    assert _template(office, tmp_path).stat().st_size > 0
    assert _template(office, tmp_path, suffix=".docx").stat().st_size > 0


def test_template_round_trip(office, tmp_path):
    path = _fill(
        _template(office, tmp_path),
        [
            (
                "Pre-service training",
                "May 2021",
                date(2021, 5, 17),
                date(2021, 6, 30),
                "60 officers",
                60,
                "Knowledge and skills",
            ),
            ("First aid", "", "2021-07-01", None, "20", "20", "Practice"),
        ],
        {"own_building": "yes", "accommodation": "No", "own_budget": "no"},
    )
    preview = importing.preview_report(office, path)
    assert preview.refused == 0 and preview.rtc == "RTC Baku" and preview.year == YEAR
    report_id = importing.import_report(office, path)
    form = reports.load_report(office, report_id)
    assert form.head == "Dr. Gulu Novruzov" and form.history == "Since 2003."
    assert [e.name for e in form.held] == ["Pre-service training", "First aid"]
    assert form.held[0].start_date == date(2021, 5, 17) and form.held[0].attendance_count == 60
    assert form.held[1].dates == "2021-07-01"  # no dates as written: the date itself
    assert (form.own_building, form.accommodation, form.strategy_document) == (
        "yes",
        "no",
        "unknown",
    )
    assert form.specialization_topics == "Live virtual training"
    # The same RTC and year again: refused unless replaced, and then the same report.
    with pytest.raises(OfficeError):
        importing.import_report(office, path)
    assert importing.preview_report(office, path).replaces == report_id
    assert importing.import_report(office, path, replace=True) == report_id
    assert _count(office) == 1


def test_wrongly_filled_template_names_each_field_and_imports_nothing(office, tmp_path):
    path = _fill(
        _template(office, tmp_path),
        [
            ("Seminar", "May 2021", "May 2021", None, "thirty people", "thirty", "Purpose"),
            ("", "June 2021", None, None, "", None, "A purpose without a name"),
        ],
        {"own_building": "perhaps"},
        general={"template_version": "ROCB-RTC-0"},
    )
    preview = importing.preview_report(office, path)
    assert preview.form is None
    reasons = {(e.field, e.row): e.message.english() for e in preview.errors()}
    fields = {field for field, _row in reasons}
    assert "General: Template version (do not change)" in fields
    assert "Events: Start date (YYYY-MM-DD, if known)" in fields
    assert "Events: Number attending (digits, if known)" in fields
    assert "Events: Name of the Event" in fields
    assert "Survey: " + importing.QUESTIONS["own_building"] in fields
    text = " ".join(reasons.values())
    assert "\u201cMay 2021\u201d is not a date" in text
    assert "\u201cthirty\u201d is not a number" in text
    assert "ROCB-RTC-0" in text and TEMPLATE_VERSION in text
    assert all(row is not None and row > 1 for _field, row in reasons)
    with pytest.raises(ValidationError):
        importing.import_report(office, path)
    assert _count(office) == 0


def test_unknown_rtc_and_missing_year_are_refused(office, tmp_path):
    path = _fill(
        _template(office, tmp_path, code=None),
        [],
        {},
        general={"rtc": "RTC Atlantis", "year": "2021"},
    )
    messages = [e.message.english() for e in importing.preview_report(office, path).errors()]
    assert any("RTC Atlantis" in m for m in messages)
    assert any("not a financial year" in m for m in messages)


@pytest.mark.parametrize(
    "content", [b"", b"not a zip at all", b"PK\x03\x04broken zip"], ids=["empty", "text", "zip"]
)
def test_a_broken_file_is_one_clear_refusal(office, tmp_path, content):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(content)
    with pytest.raises(OfficeError) as refused:
        importing.preview_report(office, path)
    assert "cannot be read as an RTC report" in str(refused.value)


def test_another_workbook_or_file_is_refused(office, tmp_path):
    book = openpyxl.Workbook()
    book.save(tmp_path / "other.xlsx")
    with pytest.raises(OfficeError, match="not an RTC report template"):
        importing.preview_report(office, tmp_path / "other.xlsx")
    (tmp_path / "report.csv").write_text("a,b\n", encoding="utf-8")
    with pytest.raises(OfficeError, match="Excel \\(.xlsx\\) or Word \\(.docx\\)"):
        importing.preview_report(office, tmp_path / "report.csv")


def _fill_word(path: Path, event: tuple, count: str) -> Path:
    """Fill the Word template as an RTC would: the head, one event, one survey answer."""
    import docx

    word = docx.Document(str(path))
    general, held, _planned, survey = word.tables
    for row in general.rows:
        if row.cells[0].text == "head":
            row.cells[2].text = "Dr. Gulu Novruzov"
    header = next(i for i, row in enumerate(held.rows) if row.cells[0].text == "#")
    cells = held.rows[header + 1].cells
    for column, value in enumerate(event, start=1):
        cells[column].text = value
    cells[6].text = count
    for row in survey.rows:
        if row.cells[0].text == "accommodation":
            row.cells[2].text = "yes"
    word.save(str(path))
    return path


def test_a_filled_word_template_is_imported_too(office, tmp_path):
    event = (
        "Regional workshop on risk management",
        "17-21 May 2021",
        "2021-05-17",
        "2021-05-21",
        "30 officers",
    )
    path = _fill_word(_template(office, tmp_path, suffix=".docx"), event, "30")
    preview = importing.preview_report(office, path)
    assert preview.refused == 0 and preview.form is not None
    report_id = importing.import_report(office, path)
    form = reports.load_report(office, report_id)
    assert form.head == "Dr. Gulu Novruzov" and form.accommodation == reports.YES
    [held] = form.held
    assert (held.name, held.start_date, held.attendance_count) == (event[0], date(2021, 5, 17), 30)


def test_a_wrongly_filled_word_template_names_the_table_row_and_field(office, tmp_path):
    event = ("Workshop", "May", "17 May", "", "thirty")
    path = _fill_word(_template(office, tmp_path, suffix=".docx"), event, "thirty")
    with pytest.raises(ValidationError) as refused:
        importing.import_report(office, path)
    fields = {error.field for error in refused.value.errors}
    assert fields == {
        "II. Organized or hosted events: Start date (YYYY-MM-DD, if known)",
        "II. Organized or hosted events: Number attending (digits, if known)",
    }
    assert all(error.row for error in refused.value.errors)  # the table's row, as in Word
    with office.reading() as session:
        assert session.scalar(select(func.count()).select_from(RtcReport)) == 0


def test_a_blank_template_or_an_absurd_count_is_refused(office, tmp_path):
    blank = _template(office, tmp_path)
    with pytest.raises(ValidationError) as refused:
        importing.import_report(office, blank)
    assert "not filled in" in str(refused.value)
    folder = tmp_path / "huge"
    folder.mkdir()
    huge = _fill(
        _template(office, folder),
        [("Workshop", "May 2021", None, None, "many", 10**20, "Training")],
        {"own_building": "yes"},
    )
    with pytest.raises(ValidationError) as refused:
        importing.import_report(office, huge)
    assert any("more than 1000000" in str(e.message.english()) for e in refused.value.errors)
    with office.reading() as session:
        assert session.scalar(select(func.count()).select_from(RtcReport)) == 0
