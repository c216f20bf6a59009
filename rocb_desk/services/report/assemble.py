"""The annual progress report of a financial year, assembled from the office's registers.

The structure is the report's own: cover, contents, foreword, executive summary,
A. Introduction, B. Strategy and road map, C. Report of activities, D. Events, E. Work
plan of the next year, F. Activities of the Regional Training Centers, G. Financial
aspects. Every figure and table comes from the document the tab behind it exports (the
statement, the events table and narratives, the work plan and its report of
activities): nothing is computed twice. Only the words no register holds (foreword,
summary, introduction) are written for the report, per year (see texts.py).

A year with little or nothing recorded still gives a short report that says what is
missing, section by section.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ...domain.document import Annex as DocumentAnnex
from ...domain.document import (
    Block,
    Bullets,
    Contents,
    Document,
    Heading,
    Image,
    Orientation,
    PageBreak,
    Paragraph,
)
from ...domain.fiscal import FinancialYear
from ...domain.markup import Item, parse, plain_text
from ...domain.workplan import GROUP_LABELS, GoalGroup
from ...i18n import translate
from ...paths import resource_path
from .. import attachments
from ..books.ledger import entry_count
from ..books.statement import statement_document
from ..events import documents as events
from ..events.queries import EventFilter, list_events, period_text
from ..office import Office
from ..office_profile import load_profile
from ..rtc.reports import report_years
from ..rtc.section_f import section_f
from ..workplan import documents as workplan
from ..workplan.framework import framework_for
from ..workplan.register import plan_years
from .annexes import report_annexes
from .texts import report_texts, text_in

# Told what the assembly is doing ("D. Events"), and asked whether to go on.
Step = Callable[[str], bool]
SECTIONS = 9  # the steps told, for a progress bar


class Cancelled(Exception):
    """The user stopped the report midway; nothing was written."""


def _markup_blocks(text: str) -> list[Block]:
    """The report's own texts: paragraphs and bullet lists, as written."""
    blocks: list[Block] = []
    items: list[str] = []
    for block in parse(text):
        if isinstance(block, Item):
            items.append(plain_text(block.runs))
            continue
        if items:
            blocks.append(Bullets(tuple(items)))
            items = []
        blocks.append(Paragraph(plain_text(block.runs), runs=block.runs))
    if items:
        blocks.append(Bullets(tuple(items)))
    return blocks


def _demoted(blocks: list[Block], levels: int = 1) -> list[Block]:
    """A document's blocks under a heading of the report: its headings one level down."""
    return [
        replace(block, level=block.level + levels) if isinstance(block, Heading) else block
        for block in blocks
    ]


class _Assembly:
    def __init__(self, office: Office, year: FinancialYear, lang: str, step: Step | None):
        self.office, self.year, self.lang = office, year, lang
        self.step = step
        self.texts = report_texts(office, year)
        self.missing: list[str] = []
        self.blocks: list[Block] = []

    def section(self, title: str, landscape: bool = False) -> None:
        """A section on a new page (turned to landscape for the wide tables of a plan)."""
        if self.step is not None and not self.step(title):
            raise Cancelled
        turned = self.blocks and isinstance(self.blocks[-1], Orientation)
        if landscape:
            self.blocks.append(Orientation(landscape=True))
        elif self.blocks and not turned:
            self.blocks.append(PageBreak())
        self.blocks.append(Heading(title, 1))

    def written(self, part: str, missing_label: str) -> None:
        text = text_in(self.texts, part, self.lang)
        if text:
            self.blocks += _markup_blocks(text)
        else:
            self.missing.append(missing_label)
            self.blocks.append(Paragraph(translate("Report", "Not written yet.")))


def annual_report(
    office: Office, year: FinancialYear, lang: str, step: Step | None = None
) -> Document:
    """The report of `year` in `lang`; `step(section)` is told each section and may
    return False to stop (raising Cancelled)."""
    work = _Assembly(office, year, lang, step)
    profile = load_profile(office)
    period = translate("Report", "Reporting period: {start} \u2013 {end}").format(
        start=period_text(year.start, year.start), end=period_text(year.end, year.end)
    )
    document = Document(
        translate("Report", "Annual Progress Report {year}").format(year=year.name),
        f"{profile.text('office_name', lang)}\n{profile.text('office_subtitle', lang)}",
        lang,
    )
    cover: list[Block] = [
        Image(str(resource_path("letterhead", "logo.png")), 40),
        Paragraph(period),
        PageBreak(),
        Contents(translate("Report", "Contents")),
    ]

    work.section(translate("Report", "Foreword"))
    work.written("foreword", translate("Report", "the foreword"))
    if text_in(work.texts, "foreword", lang):
        work.blocks.append(
            Paragraph(
                f"{profile.text('director_name', lang)}\n{profile.text('director_title', lang)}"
            )
        )
    work.section(translate("Report", "Executive Summary"))
    work.written("summary", translate("Report", "the executive summary"))

    work.section(translate("Report", "A. Introduction"))
    for number, (part, label) in enumerate(
        (
            ("general", translate("Report", "General Information")),
            ("staff", translate("Report", "Staff")),
            ("assets", translate("Report", "Assets")),
        ),
        1,
    ):
        work.blocks.append(Heading(f"{number}. {label}", 2))
        work.written(part, label)

    work.section(translate("Report", "B. Strategy and Road Map"))
    _strategy(work)

    work.section(translate("Report", "C. Report of Activities"))
    if year.start_year in plan_years(office):
        work.blocks += workplan.activities_report_document(office, year, lang).blocks
    else:
        work.missing.append(translate("Report", "the work plan of the year"))
        work.blocks.append(Paragraph(translate("Report", "No work plan is kept for this year.")))

    work.section(translate("Report", "D. Events"))
    lines = list_events(office, EventFilter(year=year), lang)
    if lines:
        narratives = events.narratives_document(office, year, lang).blocks
        work.blocks += [narratives[0], events.events_table(lines), *narratives[1:]]
    else:
        work.missing.append(translate("Report", "the events"))
        work.blocks.append(Paragraph(translate("Report", "No events are recorded for this year.")))

    following = year.next()
    planned = following.start_year in plan_years(office)
    # The plan's wide tables on pages of their own, turned to landscape.
    work.section(
        translate("Report", "E. Work Plan {year}").format(year=following.name), landscape=planned
    )
    if planned:
        work.blocks += workplan.workplan_document(office, following, lang).blocks
        work.blocks.append(Orientation(landscape=False))
    else:
        work.missing.append(translate("Report", "the work plan of the next year"))
        work.blocks.append(
            Paragraph(translate("Report", "No work plan is kept for the next year yet."))
        )

    work.section(translate("Report", "F. Activities of Regional Training Centers"))
    _rtc_section(work)

    work.section(translate("Report", "G. Financial Aspects"))
    if not entry_count(office, year):
        work.missing.append(translate("Report", "the books of the year"))
    work.blocks += _demoted(statement_document(office, year, lang).blocks)

    annexes = report_annexes(office, year)
    if annexes:  # named in the report, their pages after it (not a step of its own)
        work.blocks += [PageBreak(), Heading(translate("Report", "Annexes"), 1)]
        for number, annex in enumerate(annexes, 1):
            path, _name = attachments.path_of(office, annex.attachment_id)
            title = translate("Report", "Annex {number}: {title}").format(
                number=_roman(number), title=annex.title(lang) or annex.name
            )
            work.blocks.append(DocumentAnnex(title, str(path), annex.name))

    if work.missing:
        note = translate("Report", "Not recorded for {year}: {parts}.").format(
            year=year.name, parts="; ".join(work.missing)
        )
        cover.insert(2, Paragraph(note))
    document.blocks = cover + work.blocks
    return document


def _roman(number: int) -> str:
    """Annexes are numbered as the office's reports number them: I, II, III..."""
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    text = ""
    for value, numeral in numerals:
        while number >= value:
            text, number = text + numeral, number - value
    return text


def _strategy(work: _Assembly) -> None:
    framework = framework_for(work.office, work.year.start_year, work.lang)
    if framework is None:
        work.missing.append(translate("Report", "the Strategic Framework"))
        work.blocks.append(
            Paragraph(translate("Report", "No Strategic Framework is kept for this year."))
        )
        return
    blocks = work.blocks
    blocks.append(
        Paragraph(
            translate("Report", "Strategic Framework {period}").format(period=framework.period)
        )
    )
    for label, text in (
        (translate("Report", "Mission"), framework.mission),
        (translate("Report", "Vision"), framework.vision),
    ):
        if text:
            blocks += [Heading(label, 2), Paragraph(text)]
    if framework.values:
        blocks += [Heading(translate("Report", "Values"), 2), Bullets(tuple(framework.values))]
    for group in GoalGroup:
        goals = [goal for goal in framework.goals if goal.group == group.value]
        if not goals:
            continue
        blocks.append(Heading(translate("Workplan", GROUP_LABELS[group]), 2))
        for goal in goals:
            blocks.append(Heading(f"{goal.number}. {goal.title}", 3))
            for label, items in (
                (translate("Report", "Deliverables"), goal.deliverables),
                (translate("Report", "Potential stakeholders"), goal.stakeholders),
                (translate("Report", "Performance indicators"), goal.indicators),
            ):
                if items:
                    blocks += [Paragraph(f"{label}:"), Bullets(tuple(items))]
            if goal.expected_impact:
                blocks.append(
                    Paragraph(
                        translate("Report", "Expected impact: {impact}").format(
                            impact=goal.expected_impact
                        )
                    )
                )


def _rtc_section(work: _Assembly) -> None:
    """Section F from the RTCs' own reports, gathered in the standard template."""
    if work.year not in report_years(work.office):
        work.missing.append(translate("Report", "the reports of the Regional Training Centers"))
    work.blocks += section_f(work.office, work.year, work.lang)
