"""Letters on the letterhead, as PDF and Word, read back: text, fonts, logo, styles, pages."""

from __future__ import annotations

from dataclasses import replace

import docx
import pytest
from docx.oxml.ns import qn
from docx.shape import InlineShapes
from pypdf import PdfReader

from rocb_desk.domain.errors import OfficeError
from rocb_desk.domain.letter_document import Addressee, LetterDocument, Letterhead
from rocb_desk.exports.letter import letter_file_name, write_letter, write_letter_per_addressee
from rocb_desk.paths import resource_path

LOGO = str(resource_path("letterhead", "logo.png"))

ENGLISH_HEAD = Letterhead(
    office_name="Regional Office for Capacity Building",
    office_subtitle="World Customs Organization Europe Region",
    address="Nizami street 90\nAZ1010 Baku, Azerbaijan",
    phone="+994 12 404 23 30",
    fax="+994 12 404 23 31",
    website="www.rocb-europe.org",
    email="office@rocb-europe.org",
    logo_path=LOGO,
)
RUSSIAN_HEAD = replace(
    ENGLISH_HEAD,
    office_name="Региональное бюро по наращиванию потенциала",
    office_subtitle="Всемирная таможенная организация, Европейский регион",
    address="ул. Низами, 90\nAZ1010 Баку, Азербайджан",
    labels={
        "phone": "Тел.",
        "fax": "Факс",
        "email": "Эл. почта",
        "website": "Сайт",
        "reference": "Исх. №",
        "subject": "Тема:",
        "page": "Страница {page} из {pages}",
    },
)
ENGLISH_BODY = """On behalf of the Office, I have the pleasure to invite your administration
to the **Regional Workshop on Risk Management**, to be held in Baku.

The workshop will address:

- risk profiling and *selectivity* criteria;
- the exchange of information.

Please:

1.  nominate two officials by **15 February 2021**;
2.  send the nomination forms by e-mail.
"""
RUSSIAN_BODY = """Имею честь пригласить Вашу администрацию на **региональный семинар**
по управлению рисками.

- профилирование рисков;
- обмен информацией.
"""
MOLDOVA = Addressee(
    "Customs Service of the Republic of Moldova",
    "Ms. Ana Popa, National Contact Point for Capacity Building",
    "30 Nicolae Starostenco street\nMD-2020 Chișinău",
)
GEORGIA = Addressee("Georgia Revenue Service", "Mr. Giorgi Beridze")
UKRAINE = Addressee("State Customs Service of Ukraine")


def english(*addressees: Addressee, body: str = ENGLISH_BODY) -> LetterDocument:
    return LetterDocument(
        lang="en",
        letterhead=ENGLISH_HEAD,
        reference="2021/2",
        date_text="15 January 2021",
        addressees=addressees or (MOLDOVA,),
        subject="Regional Workshop on Risk Management",
        body=body,
        closing="Yours sincerely,",
        signature_name="Alexander Petrov",
        signature_title="Director\nROCB Europe",
        salutation="Dear Colleagues,",
    )


def russian() -> LetterDocument:
    return LetterDocument(
        lang="ru",
        letterhead=RUSSIAN_HEAD,
        reference="2021/3",
        date_text="15 января 2021",
        addressees=(Addressee("Государственный таможенный комитет Республики Беларусь"),),
        subject="Региональный семинар по управлению рисками",
        body=RUSSIAN_BODY,
        closing="С уважением,",
        signature_name="Александр Петров",
        signature_title="Директор",
    )


def pdf_pages(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def embedded_fonts(path) -> tuple[list[str], int]:
    names, total = [], 0
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            total += 1
            if "/FontFile2" in font.get("/FontDescriptor", {}):
                names.append(str(font["/BaseFont"]))
    return names, total


def docx_text(document) -> str:
    return "\n".join(p.text for p in document.paragraphs)


# --- PDF --------------------------------------------------------------------------------------


def test_an_english_letter_as_pdf_has_every_part(tmp_path):
    path = write_letter(english(), tmp_path / "letter.pdf")
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert (round(page.mediabox.width), round(page.mediabox.height)) == (595, 842)
    (text,) = pdf_pages(path)
    for expected in (
        "Regional Office for Capacity Building",
        "World Customs Organization Europe Region",
        "Nizami street 90, AZ1010 Baku, Azerbaijan",
        "+994 12 404 23 30",
        "office@rocb-europe.org",
        "Ref. 2021/2",
        "15 January 2021",
        "Customs Service of the Republic of Moldova",
        "Ms. Ana Popa, National Contact Point",
        "Subject: Regional Workshop on Risk Management",
        "Dear Colleagues,",
        "to the Regional Workshop on Risk Management, to be held in Baku",  # joined lines
        "risk profiling and selectivity criteria",
        "1. nominate two officials",
        "2. send the nomination forms",
        "Yours sincerely,",
        "Alexander Petrov",
        "Director ROCB Europe",
    ):
        assert expected in text
    assert "**" not in text and "Page 1" not in text  # one page: no page number
    assert reader.metadata.title == "Regional Workshop on Risk Management"
    assert len(page.images) == 1  # the logo


def test_a_russian_letter_as_pdf_embeds_its_cyrillic_font_and_nothing_else(tmp_path):
    path = write_letter(russian(), tmp_path / "письмо.pdf")
    (text,) = pdf_pages(path)
    for expected in (
        "Региональное бюро по наращиванию потенциала",
        "Тел. +994 12 404 23 30",
        "Исх. № 2021/3",
        "15 января 2021",
        "Государственный таможенный комитет Республики Беларусь",
        "Тема: Региональный семинар по управлению рисками",
        "Имею честь пригласить Вашу администрацию на региональный семинар",
        "обмен информацией",
        "С уважением,",
        "Александр Петров",
    ):
        assert expected in text
    names, total = embedded_fonts(path)
    assert any("DejaVuSans" in name for name in names)
    assert len(names) == total  # no Helvetica named without being embedded


def test_a_letter_of_several_pages_is_numbered_with_a_running_head(tmp_path):
    path = write_letter(english(body=ENGLISH_BODY * 6), tmp_path / "long.pdf")
    pages = pdf_pages(path)
    assert len(pages) == 2
    assert "Page 1 of 2" in pages[0] and "Page 2 of 2" in pages[1]
    assert "Ref. 2021/2" in pages[1] and "Alexander Petrov" in pages[1]
    assert "Nizami street" not in pages[1]  # the letterhead is on the first page only


def test_a_circular_in_one_pdf_starts_each_letter_on_a_new_page_numbered_on_its_own(tmp_path):
    circular = english(MOLDOVA, GEORGIA, UKRAINE, body=ENGLISH_BODY * 6)
    pages = pdf_pages(write_letter(circular, tmp_path / "circular.pdf"))
    assert len(pages) >= 3
    firsts = [page for page in pages if "Nizami street" in page]
    assert len(firsts) == 3
    for first, addressee in zip(firsts, (MOLDOVA, GEORGIA, UKRAINE), strict=True):
        assert addressee.organization in first
        assert "Page 1 of 2" in first
    assert sum("Page 2 of 2" in page for page in pages) == 3
    assert not any(f"of {len(pages)}" in page for page in pages)


def test_one_pdf_per_addressee_each_with_only_its_addressee(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    paths = write_letter_per_addressee(english(MOLDOVA, GEORGIA, UKRAINE), folder)
    assert [p.name for p in paths] == [
        "2021-2 Customs Service of the Republic of Moldova.pdf",
        "2021-2 Georgia Revenue Service.pdf",
        "2021-2 State Customs Service of Ukraine.pdf",
    ]
    assert sorted(folder.iterdir()) == sorted(paths)  # no temporary files left behind
    everyone = (MOLDOVA, GEORGIA, UKRAINE)
    for path, addressee in zip(paths, everyone, strict=True):
        (text,) = pdf_pages(path)
        assert addressee.organization in text
        others = [a.organization for a in everyone if a is not addressee]
        assert not any(other in text for other in others)


def test_file_names_are_safe_and_unique():
    taken: set[str] = set()
    assert letter_file_name("2021/2", "Georgia", ".pdf", taken) == "2021-2 Georgia.pdf"
    assert letter_file_name("2021/2", "GEORGIA", ".pdf", taken) == "2021-2 GEORGIA (2).pdf"
    assert letter_file_name("A\\1", 'a:b"c', ".docx", taken) == "A-1 a b c.docx"
    assert letter_file_name("", "", ".pdf", taken) == "letter.pdf"


def test_a_letter_without_logo_or_addressee_still_goes_out(tmp_path):
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a picture")
    for logo in ("", str(broken), str(tmp_path / "missing.png")):
        letter = replace(english(), addressees=(), letterhead=replace(ENGLISH_HEAD, logo_path=logo))
        path = write_letter(letter, tmp_path / "draft.pdf")
        assert len(PdfReader(path).pages[0].images) == 0
        assert "Subject: Regional Workshop" in pdf_pages(path)[0]
        word = docx.Document(str(write_letter(letter, tmp_path / "draft.docx")))
        header = word.sections[0].first_page_header
        assert len(InlineShapes(header._element, header.part)) == 0
        assert "Customs Service" not in docx_text(word)


# --- Word -------------------------------------------------------------------------------------


@pytest.fixture
def english_docx(tmp_path):
    return docx.Document(str(write_letter(english(), tmp_path / "letter.docx")))


def test_an_english_letter_as_docx_uses_word_styles(english_docx):
    styled = [(p.style.name, p.text) for p in english_docx.paragraphs if p.text]
    assert styled[0] == ("Normal", "Ref. 2021/2\t15 January 2021")
    assert styled[1][1].startswith("Customs Service of the Republic of Moldova\nMs. Ana Popa")
    assert ("Normal", "Subject: Regional Workshop on Risk Management") in styled
    assert ("List Bullet", "risk profiling and selectivity criteria;") in styled
    assert ("List Bullet", "the exchange of information.") in styled
    assert ("List Number", "nominate two officials by 15 February 2021;") in styled
    assert ("List Number", "send the nomination forms by e-mail.") in styled
    assert ("Body Text", "Please:") in styled
    assert styled[-3:] == [
        ("Normal", "Yours sincerely,"),
        ("Normal", "Alexander Petrov"),
        ("Normal", "Director\nROCB Europe"),
    ]
    runs = [run for p in english_docx.paragraphs for run in p.runs]
    assert any(r.text == "Regional Workshop on Risk Management" and r.bold for r in runs)
    assert any(r.text == "selectivity" and r.italic for r in runs)
    assert any(r.text == "Alexander Petrov" and r.bold for r in runs)
    assert english_docx.core_properties.title == "Regional Workshop on Risk Management"


def test_the_docx_letterhead_is_the_first_page_header_with_the_logo(english_docx):
    section = english_docx.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert section.different_first_page_header_footer
    header = section.first_page_header
    assert len(InlineShapes(header._element, header.part)) >= 1  # the logo
    letterhead = header.tables[0].rows[0].cells[1].text
    assert letterhead.startswith(
        "Regional Office for Capacity Building\nWorld Customs Organization Europe Region"
    )
    assert "office@rocb-europe.org" in letterhead
    # Later pages: a running head, and the page number of this letter.
    assert "Ref. 2021/2" in section.header.paragraphs[0].text
    fields = [f.get(qn("w:instr")) for f in section.footer._element.iter(qn("w:fldSimple"))]
    assert fields == ["PAGE", "NUMPAGES"]


def test_a_russian_letter_as_docx(tmp_path):
    word = docx.Document(str(write_letter(russian(), tmp_path / "письмо.docx")))
    text = docx_text(word)
    for expected in ("Исх. № 2021/3\t15 января 2021", "Тема: Региональный семинар", "С уважением,"):
        assert expected in text
    assert "Имею честь пригласить Вашу администрацию на региональный семинар по" in text
    bullets = [p.text for p in word.paragraphs if p.style.name == "List Bullet"]
    assert bullets == ["профилирование рисков;", "обмен информацией."]
    header = word.sections[0].first_page_header.tables[0].rows[0].cells[1].text
    assert header.startswith("Региональное бюро по наращиванию потенциала")
    normal = word.styles["Normal"].element.rPr  # spelling and hyphenation in Russian
    assert normal.find(qn("w:lang")).get(qn("w:val")) == "ru-RU"
    assert word.core_properties.language == "ru-RU"


def test_each_numbered_list_restarts_at_its_own_number(tmp_path):
    body = "1. a\n2. b\n\nBetween.\n\n1. c\n\nAnd:\n\n5. e"
    word = docx.Document(str(write_letter(english(body=body), tmp_path / "lists.docx")))
    items = [p for p in word.paragraphs if p.style.name == "List Number"]
    ids = [p._p.pPr.numPr.numId.val for p in items]
    assert ids[0] == ids[1] and len(set(ids)) == 3
    numbering = word.part.numbering_part.element
    starts = [
        numbering.num_having_numId(i).find(f".//{qn('w:startOverride')}").get(qn("w:val"))
        for i in dict.fromkeys(ids)
    ]
    assert starts == ["1", "1", "5"]


def test_a_circular_in_one_docx_is_a_section_per_letter(tmp_path):
    circular = english(MOLDOVA, GEORGIA, UKRAINE)
    word = docx.Document(str(write_letter(circular, tmp_path / "circular.docx")))
    assert len(word.sections) == 3
    for section in word.sections:
        assert section.different_first_page_header_footer
        assert section._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
    later = word.sections[1]
    assert later.first_page_header.is_linked_to_previous  # one letterhead for all
    fields = [
        f.get(qn("w:instr")) for f in word.sections[0].footer._element.iter(qn("w:fldSimple"))
    ]
    assert fields == ["PAGE", "SECTIONPAGES"]  # pages of this letter, not of the file
    text = docx_text(word)
    for addressee in (MOLDOVA, GEORGIA, UKRAINE):
        assert text.count(addressee.organization) == 1
    assert text.count("Yours sincerely,") == 3


def test_one_docx_per_addressee(tmp_path):
    paths = write_letter_per_addressee(english(MOLDOVA, GEORGIA), tmp_path, suffix=".docx")
    assert [p.name for p in paths] == [
        "2021-2 Customs Service of the Republic of Moldova.docx",
        "2021-2 Georgia Revenue Service.docx",
    ]
    second = docx_text(docx.Document(str(paths[1])))
    assert "Georgia Revenue Service" in second and "Moldova" not in second


# --- refusals ---------------------------------------------------------------------------------


def test_bad_targets_are_refused_with_a_message(tmp_path):
    with pytest.raises(OfficeError, match="Cannot save"):
        write_letter(english(), tmp_path / "letter.txt")
    with pytest.raises(OfficeError, match="Cannot save"):
        write_letter_per_addressee(english(), tmp_path, suffix=".xlsx")
    with pytest.raises(OfficeError, match="does not exist"):
        write_letter(english(), tmp_path / "missing" / "letter.pdf")
    with pytest.raises(OfficeError, match="does not exist"):
        write_letter_per_addressee(english(), tmp_path / "missing")
    with pytest.raises(OfficeError, match="folder, not a file"):
        write_letter(english(), tmp_path)


def test_writing_again_replaces_the_file_whole(tmp_path):
    path = tmp_path / "letter.pdf"
    write_letter(english(MOLDOVA, GEORGIA), path)
    write_letter(english(UKRAINE), path)
    assert len(PdfReader(path).pages) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["letter.pdf"]
