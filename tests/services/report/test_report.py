"""The annual progress report assembled from the registers: its structure, its figures,
a year with nothing recorded, and stopping midway."""

from __future__ import annotations

from decimal import Decimal

import pytest

from rocb_desk.domain.document import (
    Contents,
    Heading,
    Image,
    Orientation,
    Paragraph,
    Table,
)
from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.exports import write
from rocb_desk.services.office import Office
from rocb_desk.services.report import assemble
from rocb_desk.services.report.texts import report_texts, save_report_texts

YEAR = FinancialYear(2020)
SECTIONS = [
    "Foreword",
    "Executive Summary",
    "A. Introduction",
    "B. Strategy and Road Map",
    "C. Report of Activities",
    "D. Events",
    "E. Work Plan 2021/2022",
    "F. Activities of Regional Training Centers",
    "G. Financial Aspects",
]


def _sections(document) -> dict[str, list]:  # noqa: ANN001
    """The blocks under each top heading of the report."""
    sections: dict[str, list] = {}
    current = None
    for block in document.blocks:
        if isinstance(block, Heading) and block.level == 1:
            current = block.text
            sections[current] = []
        elif current is not None:
            sections[current].append(block)
    return sections


def _text(blocks: list) -> str:
    parts = []
    for block in blocks:
        if isinstance(block, Heading | Paragraph):
            parts.append(block.text)
        elif isinstance(block, Table):
            parts += [str(cell) for row in block.rows for cell in row]
            parts += [str(cell) for cell in block.totals or ()]
    return "\n".join(parts)


def test_the_demo_report_has_the_sources_structure_and_figures(demo_office: Office):
    document = assemble.annual_report(demo_office, YEAR, "en")
    assert document.title == "Annual Progress Report 2020/2021"
    assert isinstance(document.blocks[0], Image) and any(
        isinstance(b, Contents) for b in document.blocks[:5]
    )
    sections = _sections(document)
    assert list(sections) == SECTIONS
    # C: the activities of 2020/2021 with their outcomes; D: the fourteen events.
    activities = [b for b in sections["C. Report of Activities"] if isinstance(b, Heading)]
    assert sum(1 for h in activities if h.level == 3) == 27
    [events] = [b for b in sections["D. Events"] if isinstance(b, Table)]
    assert len(events.rows) == 14
    # E: the nineteen activities of 2021/2022, on landscape pages.
    plan = sections["E. Work Plan 2021/2022"]
    assert sum(len(b.rows) for b in plan if isinstance(b, Table)) == 19
    assert Orientation(landscape=False) in plan
    # G: the statement of the Bookkeeping tab, to the cent.
    cells = {
        cell
        for block in sections["G. Financial Aspects"]
        if isinstance(block, Table)
        for row in (*block.rows, block.totals or ())
        for cell in row
    }
    assert {Decimal("63957.82"), Decimal("12196.48"), Decimal("51761.34")} <= cells


def test_the_reports_own_words_are_kept_per_year_and_language(office: Office):
    save_report_texts(office, YEAR, {("foreword", "en"): "We worked.\n\n- One\n- Two"})
    assert report_texts(office, YEAR)[("foreword", "en")] == "We worked.\n\n- One\n- Two"
    assert report_texts(office, YEAR.next())[("foreword", "en")] == ""
    russian = _sections(assemble.annual_report(office, YEAR, "ru"))
    # Not written in Russian: the English is printed rather than nothing.
    assert "We worked." in _text(next(iter(russian.values())))


def test_a_year_with_nothing_recorded_gives_a_short_report_saying_so(office: Office, tmp_path):
    document = assemble.annual_report(office, FinancialYear(2030), "en")
    note = next(
        b.text for b in document.blocks if isinstance(b, Paragraph) and "Not recorded" in b.text
    )
    for missing in ("the foreword", "the work plan of the year", "the events", "the books"):
        assert missing in note
    assert list(_sections(document)) == [s.replace("2021/2022", "2031/2032") for s in SECTIONS]
    for suffix in (".pdf", ".docx"):
        assert write(document, tmp_path / f"empty{suffix}").stat().st_size > 0


def test_stopping_midway_raises_and_tells_each_section(demo_office: Office):
    told: list[str] = []

    def step(section: str) -> bool:
        told.append(section)
        return section != "D. Events"

    with pytest.raises(assemble.Cancelled):
        assemble.annual_report(demo_office, YEAR, "en", step)
    assert told == SECTIONS[:6]
    assert len(SECTIONS) == assemble.SECTIONS


def test_annexes_chosen_from_the_archive_follow_the_report(demo_office: Office, tmp_path):
    from pypdf import PdfReader

    from rocb_desk.services import attachments
    from rocb_desk.services.report.annexes import (
        AnnexChoice,
        annex_candidates,
        report_annexes,
        save_report_annexes,
    )

    pdfs = [c for c in annex_candidates(demo_office, "pdf") if c.name.lower().endswith(".pdf")]
    assert pdfs, "the demo letters carry PDF files"
    chosen = pdfs[0]
    save_report_annexes(
        demo_office,
        YEAR,
        [AnnexChoice(chosen.attachment_id, "Circular on contact points", "Циркуляр")],
    )
    assert [a.name for a in report_annexes(demo_office, YEAR)] == [chosen.name]
    document = assemble.annual_report(demo_office, YEAR, "en")
    assert list(_sections(document))[-1] == "Annexes"
    report = write(document, tmp_path / "report.pdf")
    reader = PdfReader(report)
    stored, _name = attachments.path_of(demo_office, chosen.attachment_id)
    annex_pages = len(PdfReader(stored).pages)
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline[-1] == "Annex I: Circular on contact points"
    # The annex's own pages are the report's last ones.
    assert reader.get_destination_page_number(reader.outline[-1]) == len(reader.pages) - annex_pages
    russian = assemble.annual_report(demo_office, YEAR, "ru")
    assert any(getattr(b, "title", "").endswith(": Циркуляр") for b in russian.blocks)
