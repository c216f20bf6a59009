"""Certificates of attendance as PDF, read back with pypdf: pages, text, fonts, file names."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from rocb_desk.domain.certificates import Certificate, CertificateLabels
from rocb_desk.domain.errors import OfficeError
from rocb_desk.exports.certificates import (
    file_name,
    write_certificate_files,
    write_certificates,
)

RUSSIAN = CertificateLabels(
    office="Региональное бюро по наращиванию потенциала, Европейский регион ВТамО (РБНП Европа)",
    heading="Сертификат участника",
    certify="Настоящим удостоверяется, что",
    of_line="Государственный таможенный комитет Республики Беларусь",
    attended="принял(а) участие в мероприятии",
    issued_line="Выдан 26 ноября 2020",
    signature="Директор",
)


def english(name: str, administration: str = "Georgia") -> Certificate:
    return Certificate(
        name=name,
        administration=administration,
        event_title="Regional workshop on risk management",
        period="25\u201326 November 2020",
        location="Baku, Azerbaijan",
        issued=date(2020, 11, 26),
        lang="en",
        labels=CertificateLabels(
            of_line=f"of {administration}" if administration else "",
            issued_line="Issued on 26 November 2020",
        ),
    )


def russian(name: str) -> Certificate:
    return Certificate(
        name=name,
        administration="Беларусь",
        event_title="Региональный семинар по управлению рисками",
        period="25\u201326 ноября 2020",
        location="Онлайн",
        issued=date(2020, 11, 26),
        lang="ru",
        labels=RUSSIAN,
    )


def text_of(page) -> str:
    return " ".join(page.extract_text().split())


def test_one_landscape_page_per_certificate_with_every_text(tmp_path):
    path = write_certificates(
        [english("Nino Beridze"), russian("Иван Иванов")], tmp_path / "all.pdf"
    )
    reader = PdfReader(path)
    assert len(reader.pages) == 2
    page = reader.pages[0]
    assert (round(page.mediabox.width), round(page.mediabox.height)) == (842, 595)
    first = text_of(page)
    for expected in (
        "Regional Office for Capacity Building, WCO Europe Region (ROCB Europe)",
        "Certificate of attendance",
        "This is to certify that",
        "Nino Beridze",
        "of Georgia",
        "attended",
        "Regional workshop on risk management",
        "Baku, Azerbaijan, 25\u201326 November 2020",
        "Issued on 26 November 2020",
        "Director",
    ):
        assert expected in first
    second = text_of(reader.pages[1])
    for expected in ("Сертификат участника", "Иван Иванов", "управлению рисками", "Директор"):
        assert expected in second
    assert reader.metadata.title == "Certificate of attendance"


def test_the_cyrillic_font_is_embedded_and_nothing_else_is_used(tmp_path):
    reader = PdfReader(write_certificates([russian("Иван Иванов")], tmp_path / "one.pdf"))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    embedded = [
        font.get_object()["/BaseFont"]
        for font in fonts.values()
        if "/FontFile2" in font.get_object().get("/FontDescriptor", {})
    ]
    assert any("DejaVuSans" in name for name in embedded)
    assert len(embedded) == len(fonts)


def test_a_long_name_and_title_still_print_whole(tmp_path):
    long_name = "Maximilian Alexander Konstantin von Hohenzollern-Sigmaringen-Wittelsbach"
    certificate = english(long_name, administration="")
    certificate = replace(certificate, event_title="Workshop on border management " * 5)
    text = text_of(PdfReader(write_certificates([certificate], tmp_path / "x.pdf")).pages[0])
    assert "Hohenzollern-Sigmaringen-Wittelsbach" in text
    assert "of " not in text.split("certify that")[1].split("attended")[0]  # no empty "of"


def test_one_file_per_participant_named_safely_and_uniquely(tmp_path):
    people = [
        english("Nino Beridze"),
        english("NINO BERIDZE"),
        russian("Иван Иванов"),
        english('a/b\\c:d*"e"?'),
        english("CON"),
        english("..."),
    ]
    folder = tmp_path / "certificates"
    folder.mkdir()
    paths = write_certificate_files(people, folder)
    assert [p.name for p in paths] == [
        "Nino Beridze.pdf",
        "NINO BERIDZE (2).pdf",
        "Иван Иванов.pdf",
        "a b c d e.pdf",
        "_CON.pdf",
        "certificate.pdf",
    ]
    assert sorted(folder.iterdir()) == sorted(paths)  # no temporary files left behind
    for path, person in zip(paths, people, strict=True):
        reader = PdfReader(path)
        assert len(reader.pages) == 1
        assert person.name.strip(".") in text_of(reader.pages[0])


def test_file_names_stay_short_enough_for_any_file_system():
    name = file_name("Я" * 300, set())
    assert len(name.encode("utf-8")) < 255


def test_writing_again_replaces_the_file_whole(tmp_path):
    path = tmp_path / "all.pdf"
    write_certificates([english("A One"), english("B Two")], path)
    write_certificates([english("C Three")], path)
    assert len(PdfReader(path).pages) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["all.pdf"]


def test_bad_targets_are_refused_with_a_message(tmp_path):
    with pytest.raises(OfficeError, match="does not exist"):
        write_certificates([english("A")], tmp_path / "missing" / "a.pdf")
    with pytest.raises(OfficeError, match="does not exist"):
        write_certificate_files([english("A")], tmp_path / "missing")
    with pytest.raises(OfficeError, match="folder, not a file"):
        write_certificates([english("A")], tmp_path)
    with pytest.raises(OfficeError, match="no certificate"):
        write_certificate_files([], tmp_path)
