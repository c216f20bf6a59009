"""A letter above the acting account's clearance is nowhere: not in search, lists, exports,
links, the newsletter, the overview, the work plan's evidence or the annual report; loading
it by id or reference answers as for a letter that does not exist.

The demo office has a confidential letter already (2021/4, which answers the internal
IN-2021/1 and is evidence of activity 1.1); the tests add one with words of its own, an
attachment and a tag, and an unanswered confidential request.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from rocb_desk.db import search_index
from rocb_desk.db.models import ActivityLetter
from rocb_desk.domain.access import Account, Role
from rocb_desk.domain.errors import OfficeError, ValidationError
from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services import overview
from rocb_desk.services.letters import composer, register, search, view
from rocb_desk.services.letters.correspondents import Correspondent
from rocb_desk.services.letters.register import LetterForm
from rocb_desk.services.letters.search import LetterFilter
from rocb_desk.services.newsletter import Quarter
from rocb_desk.services.newsletter_document import newsletter_contents
from rocb_desk.services.office import Office
from rocb_desk.services.report import assemble
from rocb_desk.services.workplan import evidence

YEAR = FinancialYear(2020)
TODAY = date(2021, 6, 30)
WCO = [Correspondent("name", name="World Customs Organization")]


@pytest.fixture
def secrets(demo_office: Office, tmp_path: Path) -> dict[str, int]:
    """Letters registered while the office needs no login; then login is required."""
    note = tmp_path / "statement.txt"
    note.write_text("The marsupial auditor's statement is attached.", encoding="utf-8")
    quokka = register.register_letter(
        demo_office,
        LetterForm(
            letter_date=date(2021, 2, 10),
            subject="Quokka personnel matter",
            body="Strictly between us: the wombat arrangement stands.",
            restriction="confidential",
            tags={"personnel"},
            correspondents=WCO,
            in_reply_to_id=view.find_by_reference(demo_office, "IN-2021/1"),
        ),
        [note],
    )
    request = register.register_letter(
        demo_office,
        LetterForm(
            direction="in",
            letter_date=date(2021, 2, 12),
            subject="Confidential request about a platypus",
            restriction="confidential",
            correspondents=WCO,
        ),
    )
    made = {
        "quokka": quokka.id,
        "request": request.id,
        "2021/4": view.find_by_reference(demo_office, "2021/4"),
        "IN-2021/1": view.find_by_reference(demo_office, "IN-2021/1"),
    }
    demo_office.login_required = True
    return made


def act_as(office: Office, role: Role, confidential: bool = False) -> None:
    office.account = Account("olga", role, confidential)


def found(office: Office, text: str, **filters: object) -> set[str]:
    hits = search.search(office, text, LetterFilter(**filters), limit=500).hits
    return {hit.reference for hit in hits}


def everything(office: Office) -> set[int]:
    return {hit.id for hit in search.search(office, "", limit=1000).hits}


def assert_not_found(call) -> None:  # noqa: ANN001 - a call that loads a letter
    with pytest.raises(OfficeError) as refused:
        call()
    assert refused.value.message.text == register.NOT_FOUND


QUERIES = ["quokka", "wombat", "marsupial", "2021/5", "compact list"]


@pytest.mark.parametrize("scan", [False, True], ids=["fts", "scan"])
def test_an_officer_never_finds_a_confidential_letter(secrets, demo_office, monkeypatch, scan):
    if scan:  # PostgreSQL's way, the words looked for in the tables
        monkeypatch.setattr(search_index, "available", lambda session: False)
    act_as(demo_office, Role.OFFICER)
    for query in QUERIES:  # subject, body, attachment, its reference, the demo's 2021/4
        assert found(demo_office, query) == set(), query
    assert found(demo_office, "", restriction="confidential") == set()
    assert found(demo_office, "", tag="personnel") == set()
    listed = search.search(demo_office, "", limit=1000)
    hidden = {secrets["quokka"], secrets["request"], secrets["2021/4"]}
    assert not hidden & {hit.id for hit in listed.hits}
    assert listed.total == len(listed.hits)  # the count does not tell of them either
    assert "IN-2021/1" in {hit.reference for hit in listed.hits}  # internal: an officer's
    assert "personnel" not in search.tags(demo_office)

    act_as(demo_office, Role.DIRECTOR)
    assert found(demo_office, "quokka") == found(demo_office, "wombat") == {"2021/5"}
    assert found(demo_office, "marsupial") == {"2021/5"}
    assert "2021/5" in found(demo_office, "2021/5")
    assert found(demo_office, "compact list") == {"2021/4"}
    assert search.search(demo_office, "", limit=1000).total == listed.total + 3
    assert "personnel" in search.tags(demo_office)


def test_loading_or_exporting_it_answers_as_for_no_such_letter(secrets, demo_office, tmp_path):
    act_as(demo_office, Role.OFFICER)
    quokka = secrets["quokka"]
    assert_not_found(lambda: view.letter_view(demo_office, quokka, "en"))
    assert_not_found(lambda: view.thread(demo_office, quokka))
    assert view.find_by_reference(demo_office, "2021/5") is None
    assert view.find_by_reference(demo_office, "2021/4", "en") is None
    assert_not_found(lambda: composer.letter_document(demo_office, quokka))
    assert_not_found(lambda: composer.export_letter_by_id(demo_office, quokka, tmp_path / "a.pdf"))
    assert_not_found(lambda: composer.export_circular(demo_office, quokka, tmp_path / "out"))
    with pytest.raises(OfficeError) as refused:
        composer.export_letter(demo_office, "2021/4", tmp_path / "b.pdf", "en")
    assert refused.value.message.text == composer.NO_SUCH_REFERENCE
    assert not list(tmp_path.glob("*.pdf")) and not (tmp_path / "out").exists()

    act_as(demo_office, Role.DIRECTOR)
    assert view.letter_view(demo_office, quokka, "en").form.subject == "Quokka personnel matter"
    written = composer.export_letter(demo_office, "2021/4", tmp_path / "b.pdf", "en")
    assert written.stat().st_size > 0


def test_the_letter_it_answers_shows_no_trace_of_it(secrets, demo_office):
    act_as(demo_office, Role.OFFICER)
    request = view.letter_view(demo_office, secrets["IN-2021/1"], "en")
    assert request.answered_by == []  # neither 2021/4 nor the quokka letter
    assert [ref.reference for ref in view.thread(demo_office, secrets["IN-2021/1"])] == [
        "IN-2021/1"
    ]
    act_as(demo_office, Role.DIRECTOR)
    request = view.letter_view(demo_office, secrets["IN-2021/1"], "en")
    assert {ref.reference for ref in request.answered_by} == {"2021/4", "2021/5"}
    assert len(view.thread(demo_office, secrets["IN-2021/1"])) == 3


def test_an_officer_may_not_change_or_link_what_they_cannot_see(secrets, demo_office, tmp_path):
    act_as(demo_office, Role.OFFICER)
    quokka, visible = secrets["quokka"], secrets["IN-2021/1"]
    extra = tmp_path / "more.txt"
    extra.write_text("more", encoding="utf-8")
    assert_not_found(lambda: register.attach_files(demo_office, quokka, [extra]))
    assert_not_found(lambda: register.delete_draft(demo_office, quokka))
    assert_not_found(lambda: register.link_translation(demo_office, visible, quokka))
    reply = LetterForm(letter_date=date(2021, 3, 1), subject="Re", in_reply_to_id=quokka)
    with pytest.raises(ValidationError) as refused:
        register.register_letter(demo_office, reply)
    assert [m.text for m in refused.value.for_field("in_reply_to_id")] == [register.NOT_FOUND]
    translation = LetterForm(letter_date=date(2021, 2, 10), subject="Квокка", language="ru")
    assert_not_found(
        lambda: register.register_letter(demo_office, translation, translation_of=quokka)
    )
    act_as(demo_office, Role.DIRECTOR)
    assert view.letter_view(demo_office, quokka, "en").files[0].name == "statement.txt"


def test_a_read_only_account_sees_no_internal_letter(secrets, demo_office):
    act_as(demo_office, Role.READ_ONLY)
    listed = search.search(demo_office, "", limit=1000).hits
    assert listed and {hit.restriction for hit in listed} <= {"public", "members"}
    assert "IN-2021/1" not in found(demo_office, "needs assessment")
    assert_not_found(lambda: view.letter_view(demo_office, secrets["IN-2021/1"], "en"))
    act_as(demo_office, Role.OFFICER)
    assert "IN-2021/1" in found(demo_office, "needs assessment")


def test_an_officer_given_the_clearance_by_name_sees_it(secrets, demo_office):
    act_as(demo_office, Role.OFFICER, confidential=True)
    assert found(demo_office, "wombat") == {"2021/5"}
    assert view.find_by_reference(demo_office, "2021/4") == secrets["2021/4"]
    act_as(demo_office, Role.OFFICE_MANAGER)
    assert found(demo_office, "wombat") == set()


def test_single_user_mode_sees_everything(secrets, demo_office):
    demo_office.login_required = False
    assert found(demo_office, "wombat") == {"2021/5"}
    assert found(demo_office, "platypus") == {"IN-2021/4"}


def test_the_overview_counts_and_lists_only_what_the_account_sees(secrets, demo_office):
    act_as(demo_office, Role.DIRECTOR)
    director = overview.overview(demo_office, YEAR, "en", today=TODAY)
    assert [line.id for line in director.unanswered] == [secrets["request"]]
    act_as(demo_office, Role.OFFICER)
    officer = overview.overview(demo_office, YEAR, "en", today=TODAY)
    assert officer.unanswered == [] and officer.unanswered_total == 0
    # 2021/4 and 2021/5 out, the platypus request in: invisible, so not counted.
    assert (officer.letters_in, officer.letters_out) == (
        director.letters_in - 1,
        director.letters_out - 2,
    )


def test_the_work_plans_evidence_leaves_it_out(secrets, demo_office):
    with demo_office.reading() as session:
        activity = session.scalar(
            select(ActivityLetter.activity_id).where(ActivityLetter.letter_id == secrets["2021/4"])
        )
    act_as(demo_office, Role.OFFICER)
    shown = {item.record_id for item in evidence.evidence(demo_office, activity, "en")}
    assert secrets["IN-2021/1"] in shown and secrets["2021/4"] not in shown
    offered = {i.record_id for i in evidence.candidates(demo_office, activity, "letters", "en")}
    assert offered and not {secrets["quokka"], secrets["request"]} & offered
    with pytest.raises(OfficeError) as refused:
        evidence.link(demo_office, activity, "letters", [secrets["quokka"]])
    assert refused.value.message.text == evidence.GONE
    act_as(demo_office, Role.DIRECTOR)
    shown = {item.record_id for item in evidence.evidence(demo_office, activity, "en")}
    assert secrets["2021/4"] in shown
    offered = {i.record_id for i in evidence.candidates(demo_office, activity, "letters", "en")}
    assert {secrets["quokka"], secrets["request"]} <= offered


def test_the_newsletter_prints_no_letter_above_the_readers_clearance(secrets, demo_office):
    register_public = LetterForm(
        letter_date=date(2021, 3, 2), subject="Public notice", restriction="public"
    )
    demo_office.login_required = False
    register.register_letter(demo_office, register_public)
    demo_office.login_required = True
    for role in (Role.READ_ONLY, Role.OFFICER, Role.DIRECTOR):
        act_as(demo_office, role)
        contents = newsletter_contents(demo_office, Quarter(2021, 1), "en")
        assert [line.subject for line in contents.letters] == ["Public notice"]


def _words(document) -> str:  # noqa: ANN001 - a Document
    return repr(document.blocks)


def test_the_annual_report_shows_no_hidden_letter_to_whoever_prints_it(secrets, demo_office):
    """The report lists no letter; its work-plan figures count the letters linked as
    evidence whatever the reader's clearance (a figure, not a letter); an annex the
    director chose from confidential correspondence is printed only for those cleared."""
    with demo_office.reading() as session:
        activity = session.scalar(
            select(ActivityLetter.activity_id).where(ActivityLetter.letter_id == secrets["2021/4"])
        )
    act_as(demo_office, Role.DIRECTOR)
    assert evidence.link(demo_office, activity, "letters", [secrets["quokka"]]) == 1
    act_as(demo_office, Role.OFFICER)
    officer = _words(assemble.annual_report(demo_office, YEAR, "en"))
    for secret in ("Quokka", "wombat", "platypus", "2021/5", "Compact list"):
        assert secret not in officer
    act_as(demo_office, Role.DIRECTOR)
    assert _words(assemble.annual_report(demo_office, YEAR, "en")) == officer

    from rocb_desk.db.models import LetterAttachment
    from rocb_desk.services.report.annexes import AnnexChoice, report_annexes, save_report_annexes

    with demo_office.reading() as session:
        statement = session.scalar(
            select(LetterAttachment.attachment_id).where(
                LetterAttachment.letter_id == secrets["quokka"]
            )
        )
    secret_annex = AnnexChoice(statement, "Auditor's statement", "", "statement.txt")
    save_report_annexes(demo_office, YEAR, [secret_annex])
    assert "Auditor's statement" in _words(assemble.annual_report(demo_office, YEAR, "en"))
    act_as(demo_office, Role.OFFICER)
    assert report_annexes(demo_office, YEAR) == []
    assert "Auditor's statement" not in _words(assemble.annual_report(demo_office, YEAR, "en"))
    with pytest.raises(OfficeError):  # an officer cannot choose it by its id either
        save_report_annexes(demo_office, YEAR, [secret_annex])
    save_report_annexes(demo_office, YEAR, [])  # the officer's save keeps the hidden annex
    act_as(demo_office, Role.DIRECTOR)
    assert [a.attachment_id for a in report_annexes(demo_office, YEAR)] == [statement]


def test_the_reports_annex_chooser_offers_no_file_of_a_hidden_letter(secrets, demo_office):
    from rocb_desk.services.report.annexes import annex_candidates

    act_as(demo_office, Role.OFFICER)
    assert annex_candidates(demo_office, "statement") == []
    offered = annex_candidates(demo_office, "")
    assert offered and "statement.txt" not in {choice.name for choice in offered}
    act_as(demo_office, Role.DIRECTOR)
    assert [choice.name for choice in annex_candidates(demo_office, "statement")] == [
        "statement.txt"
    ]
