"""Outgoing letters on the letterhead, filled from the register, the Directory and the
office's particulars; circulars once per addressee."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from rocb_desk.domain.errors import OfficeError
from rocb_desk.services.directory import member_choices
from rocb_desk.services.letters import composer, view
from rocb_desk.services.office import Office
from rocb_desk.services.office_profile import load_profile, save_profile


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_the_circular_2021_2_is_addressed_to_every_member_with_its_contact_point(
    demo_office: Office,
):
    letter_id = view.find_by_reference(demo_office, "2021/2", "en")
    document = composer.letter_document(demo_office, letter_id)
    assert len(document.addressees) == 51
    assert document.date_text == "15 January 2021"
    assert document.salutation == "Dear Colleagues,"
    moldova = next(a for a in document.addressees if a.organization == "Republic of Moldova")
    # On 15 January 2021 the contact point was the one replaced after this very letter.
    assert moldova.attention.startswith("Vasile Cebotaru")
    assert document.letterhead.office_name == "Regional Office for Capacity Building"
    assert document.signature_name == "Eser Çengel"


def test_the_particulars_of_the_settings_go_on_the_letterhead(demo_office: Office, tmp_path):
    profile = load_profile(demo_office)
    profile.phone = "+994 12 000 00 00"
    profile.director_name_en = "A. N. Other"
    save_profile(demo_office, profile)
    written = composer.export_letter(demo_office, "2020/3", tmp_path / "letter.pdf", "en")
    text = _text(written)
    assert "+994 12 000 00 00" in text and "A. N. Other" in text and "2020/3" in text


def test_the_russian_version_is_exported_in_russian(demo_office: Office, tmp_path: Path):
    written = composer.export_letter(demo_office, "2021/2", tmp_path / "ru.docx", "ru")
    word = docx.Document(str(written))
    body = "\n".join(p.text for p in word.paragraphs)
    assert "Актуализация" in body and "15 января 2021" in body


def test_a_circular_gives_one_pdf_per_addressee_and_one_combined(demo_office, tmp_path):
    letter_id = view.find_by_reference(demo_office, "2020/5", "en")  # to the seven RTCs
    files = composer.export_circular(demo_office, letter_id, tmp_path / "out")
    combined, *each = files
    assert len(each) == 7
    assert len(PdfReader(combined).pages) >= 7
    skopje = next(path for path in each if "Skopje" in path.name)
    assert "Skopje" in _text(skopje) and "Kyrgyz" not in _text(skopje)


def test_only_the_office_own_letters_go_on_its_letterhead(demo_office: Office, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(OfficeError):
        composer.export_letter(demo_office, "IN-2021/2", out / "in.pdf", "en")
    with pytest.raises(OfficeError):
        composer.export_letter(demo_office, "2019/99", out / "none.pdf", "en")
    with pytest.raises(OfficeError):
        composer.export_letter(demo_office, "2021/2", out / "letter.odt", "en")
    assert list(out.iterdir()) == []


def test_the_contact_point_of_the_day(demo_office: Office):
    moldova = next(
        member_id
        for member_id, name in member_choices(demo_office, "en")
        if name == "Republic of Moldova"
    )
    before = composer.current_contact_point(demo_office, moldova, date(2021, 1, 15))
    after = composer.current_contact_point(demo_office, moldova, date(2021, 3, 1))
    assert before.startswith("Vasile Cebotaru") and after.startswith("Doina Munteanu")
