"""The register: numbering per calendar year, drafts, translations, threads, files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rocb_desk.domain.errors import OfficeError, ValidationError
from rocb_desk.services import attachments
from rocb_desk.services.letters import register, view
from rocb_desk.services.letters.correspondents import Correspondent, resolve
from rocb_desk.services.letters.register import LetterForm
from rocb_desk.services.office import Office
from rocb_desk.services.office_profile import load_profile, save_profile


def _out(day: date, subject: str = "Call for contributions", **values) -> LetterForm:
    return LetterForm(letter_date=day, subject=subject, **values)


def test_outgoing_and_incoming_letters_are_numbered_from_one_each_calendar_year(office: Office):
    refs = [
        register.register_letter(office, _out(date(2020, 12, 30))).reference,
        register.register_letter(office, _out(date(2021, 1, 5))).reference,
        register.register_letter(office, _out(date(2021, 1, 15))).reference,
        register.register_letter(
            office, LetterForm(direction="in", letter_date=date(2021, 1, 20), subject="Needs")
        ).reference,
    ]
    assert refs == ["2020/1", "2021/1", "2021/2", "IN-2021/1"]


def test_a_number_from_the_paper_archive_is_kept_and_gaps_are_shown(office: Office):
    register.register_letter(office, _out(date(2019, 3, 1), reference="2019/4"))
    register.register_letter(office, _out(date(2019, 5, 1)))  # the next after the highest
    numbering = view.numbering(office, "out", 2019)
    assert (numbering.last, numbering.missing, numbering.duplicates) == (5, [1, 2, 3], [])


@pytest.mark.parametrize(
    ("reference", "direction", "day"),
    [
        ("IN-2021/3", "out", date(2021, 2, 1)),  # an incoming number on an outgoing letter
        ("2020/3", "out", date(2021, 2, 1)),  # a 2020 number on a 2021 letter
        ("2021-3", "out", date(2021, 2, 1)),  # not a reference at all
    ],
)
def test_a_wrong_reference_is_refused_at_its_field(office: Office, reference, direction, day):
    form = LetterForm(direction=direction, letter_date=day, subject="x", reference=reference)
    with pytest.raises(ValidationError) as refused:
        register.register_letter(office, form)
    assert [e.field for e in refused.value.errors] == ["reference"]


def test_a_duplicate_reference_is_refused(office: Office):
    register.register_letter(office, _out(date(2021, 2, 1), reference="2021/7"))
    with pytest.raises(ValidationError) as refused:
        register.register_letter(office, _out(date(2021, 2, 2), reference="2021/7"))
    assert "2021/7" in str(refused.value)


def test_a_translation_shares_the_reference_and_links_both_ways(office: Office):
    original = register.register_letter(office, _out(date(2021, 1, 15)))
    russian = register.register_letter(
        office,
        _out(date(2021, 1, 15), "Призыв к уплате взносов", language="ru"),
        translation_of=original.id,
    )
    assert russian.reference == original.reference
    assert view.letter_view(office, original.id, "en").translation.id == russian.id
    assert view.letter_view(office, russian.id, "en").translation.id == original.id
    with pytest.raises(ValidationError):  # a second English version is no translation
        register.register_letter(office, _out(date(2021, 1, 15)), translation_of=original.id)


def test_a_thread_follows_answers_both_ways(office: Office):
    first = register.register_letter(office, _out(date(2021, 1, 15), "Contact points"))
    answer = register.register_letter(
        office,
        LetterForm(
            direction="in",
            letter_date=date(2021, 2, 1),
            subject="Our new contact point",
            in_reply_to_id=first.id,
        ),
    )
    thanks = register.register_letter(
        office, _out(date(2021, 2, 5), "Thank you", in_reply_to_id=answer.id)
    )
    assert [r.id for r in view.thread(office, thanks.id)] == [first.id, answer.id, thanks.id]
    shown = view.letter_view(office, answer.id, "en")
    assert shown.answers.id == first.id and [r.id for r in shown.answered_by] == [thanks.id]


def test_a_draft_reserves_its_number_and_the_signed_scan_is_filed_later(
    office: Office, tmp_path: Path
):
    draft = register.register_letter(office, _out(date(2021, 3, 1), status="draft"))
    assert draft.reference == "2021/1"
    assert register.register_letter(office, _out(date(2021, 3, 2))).reference == "2021/2"
    scan = tmp_path / "signed.txt"
    scan.write_text("Signed copy of the call for contributions", encoding="utf-8")
    register.attach_files(office, draft.id, [scan])
    files = view.letter_view(office, draft.id, "en").files
    assert [(f.name, f.text_status) for f in files] == [("signed.txt", "extracted")]


def test_only_a_draft_can_be_deleted(office: Office):
    draft = register.register_letter(office, _out(date(2021, 3, 1), status="draft"))
    sent = register.register_letter(office, _out(date(2021, 3, 2)))
    with pytest.raises(OfficeError):
        register.delete_draft(office, sent.id)
    register.delete_draft(office, draft.id)
    assert view.find_by_reference(office, "2021/1") is None
    assert view.numbering(office, "out", 2021).missing == [1]


def test_a_hostile_file_name_is_stored_under_its_hash(office: Office, tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    source = folder / "bad\x07name\x1b.txt"
    source.write_text("plain text", encoding="utf-8")
    letter = register.register_letter(office, _out(date(2021, 3, 1)), [source])
    (kept,) = view.letter_view(office, letter.id, "en").files
    assert kept.name == "badname.txt"
    stored = list(office.attachments_folder.rglob("*"))
    assert all(p.name == p.name.strip("\x07\x1b") and "bad" not in p.name for p in stored)


def test_a_file_over_the_limit_or_gone_is_refused_and_nothing_registered(
    office: Office, tmp_path: Path
):
    profile = load_profile(office)
    profile.max_attachment_mb = 1
    save_profile(office, profile)
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (1024**2 + 1))
    with pytest.raises(OfficeError) as refused:
        register.register_letter(office, _out(date(2021, 3, 1)), [big])
    assert "1 MB" in str(refused.value)
    gone = tmp_path / "gone.pdf"
    with pytest.raises(OfficeError) as refused:
        register.register_letter(office, _out(date(2021, 3, 1)), [gone])
    assert "gone.pdf" in str(refused.value)
    assert view.find_by_reference(office, "2021/1") is None


def test_correspondents_are_found_by_code_name_or_written_out(office: Office):
    with office.reading() as session:
        (moldova,) = resolve(session, "md")
        (also,) = resolve(session, "Республика Молдова")
        everyone = resolve(session, "all members")
        (someone,) = resolve(session, "  Baku  Trade Fair ")
    assert moldova == also and moldova.kind == "member"
    assert len(everyone) == 51
    assert someone == Correspondent("name", None, "Baku Trade Fair")


def test_stored_files_pass_the_check(office: Office, tmp_path: Path):
    source = tmp_path / "note.txt"
    source.write_text("note", encoding="utf-8")
    register.register_letter(office, _out(date(2021, 3, 1)), [source])
    assert attachments.attachment_problems(office) == []


def test_a_refused_letter_leaves_no_file_in_the_store(office: Office, tmp_path: Path):
    kept = tmp_path / "kept.txt"
    kept.write_text("first file", encoding="utf-8")
    with pytest.raises(OfficeError):
        register.register_letter(office, _out(date(2021, 3, 1)), [kept, tmp_path / "gone.pdf"])
    with pytest.raises(ValidationError):  # refused in the transaction, after the copying
        register.register_letter(office, _out(date(2021, 3, 1), in_reply_to_id=999), [kept])
    stored = [p for p in office.attachments_folder.rglob("*") if p.is_file()]
    assert stored == []


def test_no_letter_answers_itself_or_moves_out_of_its_year(office: Office):
    first = register.register_letter(office, _out(date(2021, 1, 15), "Contact points"))
    answer = register.register_letter(
        office,
        LetterForm(
            direction="in", letter_date=date(2021, 2, 1), subject="Reply", in_reply_to_id=first.id
        ),
    )
    form = view.letter_view(office, first.id, "en").form
    form.in_reply_to_id = answer.id  # the two would answer each other
    with pytest.raises(ValidationError) as refused:
        register.update_letter(office, first.id, form)
    assert refused.value.errors[0].field == "in_reply_to_id"
    form = view.letter_view(office, first.id, "en").form
    form.letter_date = date(2019, 3, 1)  # 2021/1 cannot be dated in 2019
    with pytest.raises(ValidationError) as refused:
        register.update_letter(office, first.id, form)
    assert refused.value.errors[0].field == "letter_date"
