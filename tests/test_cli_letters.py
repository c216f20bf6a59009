"""The `letters` commands of the command-line contract, on the demo office."""

from __future__ import annotations

import pytest
from reportlab.pdfgen.canvas import Canvas

from rocb_desk.cli import run


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("letters") / "o.sqlite3")
    assert run(["--db", db, "init", "--demo"]) == 0
    return db


def _lines(capsys) -> list[list[str]]:  # noqa: ANN001
    return [line.split("\t") for line in capsys.readouterr().out.splitlines()]


def test_search_lists_the_contact_points_circular(demo_db: str, capsys):
    assert run(["--db", demo_db, "letters", "search", "contact points"]) == 0
    lines = _lines(capsys)
    assert ["2021/2", "2021-01-15"] == lines[0][:2]
    assert all(len(line) == 3 for line in lines)


@pytest.mark.parametrize("word", ["АКТУАЛИЗАЦИЯ", "актуализация", "Актуализация"])
def test_a_russian_word_finds_the_russian_letter_whatever_its_case(demo_db, capsys, word):
    assert run(["--db", demo_db, "letters", "search", word]) == 0
    assert any(line[0] == "2021/2" and "Актуализация" in line[2] for line in _lines(capsys))


def test_a_letter_is_found_by_a_word_only_inside_its_attachment(demo_db, tmp_path, capsys):
    attachment = tmp_path / "x.pdf"
    canvas = Canvas(str(attachment))
    canvas.drawString(72, 720, "Minutes of the quarterly xylophonist review")
    canvas.save()
    argv = ["--db", demo_db, "letters", "add", "--direction", "out", "--date", "2021-03-30"]
    code = run(
        [*argv, "--subject", "Newsletter", "--correspondent", "MD", "--attach", str(attachment)]
    )
    assert code == 0
    reference = capsys.readouterr().out.strip()
    assert reference == "2021/5"
    assert run(["--db", demo_db, "letters", "search", "xylophonist"]) == 0
    assert [line[0] for line in _lines(capsys)] == ["2021/5"]


def test_add_refuses_bad_input_with_exit_1_and_registers_nothing(demo_db, tmp_path, capsys):
    argv = ["--db", demo_db, "letters", "add", "--direction", "out", "--date", "2021-03-30"]
    assert run([*argv, "--subject", "x", "--attach", str(tmp_path / "missing.pdf")]) == 1
    assert "missing.pdf" in capsys.readouterr().err
    assert run([*argv, "--subject", "x", "--reference", "2021/2"]) == 1
    assert "2021/2" in capsys.readouterr().err
    assert run(["--db", demo_db, "letters", "search", "", "--limit", "100"]) == 0
    assert not any(line[2] == "x" for line in _lines(capsys))


def test_a_query_of_stray_operators_is_no_error(demo_db, capsys):
    assert run(["--db", demo_db, "letters", "search", '"AND OR ( NOT']) == 0


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_export_puts_2021_2_on_the_letterhead(demo_db, tmp_path, capsys, suffix):
    target = tmp_path / f"2021-2{suffix}"
    assert run(["--db", demo_db, "letters", "export", "2021/2", "-o", str(target)]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    if suffix == ".pdf":
        from pypdf import PdfReader

        reader = PdfReader(target)
        first = " ".join(reader.pages[0].extract_text().split())
        assert len(reader.pages) == 51  # a circular: one letter per member administration
        images = list(reader.pages[0].images)
    else:
        import docx

        document = docx.Document(str(target))
        header = document.sections[0].first_page_header
        letterhead = [cell.text for table in header.tables for cell in table._cells]
        first = " ".join([*letterhead, *(p.text for p in document.paragraphs[:12])])
        images = header.part.related_parts.values()
    assert "Regional Office for Capacity Building" in first
    assert "2021/2" in first and "15 January 2021" in first
    assert "Update of the National Contact Points" in first
    assert any(True for _ in images)  # the logo


def test_a_picture_of_the_correspondence_tab_searching(demo_db, tmp_path, capsys):
    from PySide6.QtGui import QImage

    target = tmp_path / "shot.png"
    code = run(["--db", demo_db, "screenshot", "-o", str(target), "--search", "contact points"])
    assert code == 0
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 760)
