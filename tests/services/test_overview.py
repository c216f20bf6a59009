"""The overview of a year: the figures of the tabs' own services, and the source report's."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services import overview
from rocb_desk.services.books import budget, contributions, years
from rocb_desk.services.events import queries
from rocb_desk.services.office import Office
from rocb_desk.services.workplan import review

YEAR = FinancialYear(2020)
TODAY = date(2021, 6, 30)


def test_the_demo_opens_on_its_year_and_offers_the_years_with_data(demo_office: Office):
    offered, opening = overview.year_choices(demo_office, today=date(2026, 11, 28))
    assert opening == YEAR  # nothing happened in 2026/2027; the 2021/2022 plan is not a year
    assert {FinancialYear(2026), FinancialYear(2021), YEAR} <= set(offered)
    assert offered == sorted(offered, key=lambda y: y.start_year, reverse=True)
    assert overview.year_choices(demo_office, today=date(2020, 9, 1))[1] == YEAR


def test_the_money_is_the_report_section_g_to_the_cent(demo_office: Office):
    figures = overview.overview(demo_office, YEAR, "en", today=TODAY)
    # Section G: contributions 63,957.82, expenditure 12,196.48, balance 51,761.34.
    assert figures.balance.income == Decimal("63957.82")
    assert figures.contributions_received == Decimal("63957.82")
    assert figures.balance.expenditure == Decimal("12196.48")
    assert figures.balance.closing == Decimal("51761.34")
    assert {c.number: c.actual for c in figures.chapters} == {
        1: Decimal("339.12"),
        2: Decimal("9919.79"),
        3: Decimal("1937.57"),
        4: Decimal("0.00"),
        5: Decimal("0.00"),
        6: Decimal("0.00"),
    }
    assert figures.contributing_members == 37  # "funding from 37 members"


def test_the_figures_are_the_services_own(demo_office: Office):
    figures = overview.overview(demo_office, YEAR, "en", today=TODAY)
    assert figures.balance == years.balance(demo_office, YEAR)
    assert figures.contributions_received == contributions.contributions_total(demo_office, YEAR)
    grid = contributions.contribution_grid(demo_office, [YEAR])
    assert figures.members == len(grid)
    assert figures.contributions_expected == len(grid) * Decimal("1750.00")
    assert figures.contributions_outstanding == figures.contributions_expected - Decimal("63957.82")
    totals = budget.chapter_totals(budget.budget_against_actual(demo_office, YEAR))
    assert {c.number: (c.planned, c.actual) for c in figures.chapters} == totals
    statistics = queries.year_statistics(demo_office, YEAR)
    assert figures.events_by_role == statistics.by_role


def test_events_and_work_plan_of_the_report(demo_office: Office):
    figures = overview.overview(demo_office, YEAR, "en", today=TODAY)
    assert figures.events == 14
    assert figures.events_by_role["financially_supported"] == 8
    assert figures.activities == 27
    nonzero = {s: n for s, n in figures.activities_by_status.items() if n}
    assert nonzero == {"ongoing": 24, "completed": 2, "initiated": 1}
    rows = review.review(demo_office, 2020, "en", today=TODAY)
    assert [a.id for a in figures.without_progress] == [r.id for r in rows if not r.has_progress]


def test_letters_count_a_translation_once(demo_office: Office):
    figures = overview.overview(demo_office, YEAR, "en", today=TODAY)
    # Eight letters sent in English and Russian and one in English only; three received.
    assert (figures.letters_in, figures.letters_out) == (3, 9)
    assert overview.letter_counts(demo_office, FinancialYear(2019)) == {"in": 0, "out": 0}


def register_request(office: Office, day: date = date(2021, 2, 10)) -> int:
    """An incoming letter of the year that asks for something and is not a reply."""
    from rocb_desk.services.letters.correspondents import Correspondent
    from rocb_desk.services.letters.register import LetterForm, register_letter

    form = LetterForm(
        direction="in",
        letter_date=day,
        subject="Request for a national workshop on risk management",
        correspondents=[Correspondent("name", name="State Customs Service")],
    )
    return register_letter(office, form).id


def test_unanswered_letters_are_those_no_outgoing_letter_answers(demo_office: Office):
    # The demo's incoming letters are answered (IN-2021/1 by 2021/4) or are themselves
    # replies to the office's circular (IN-2021/2 and IN-2021/3): none waits.
    assert overview.unanswered_letters(demo_office, YEAR, today=TODAY) == ([], 0)
    request = register_request(demo_office)
    lines, total = overview.unanswered_letters(demo_office, YEAR, today=TODAY)
    assert [line.id for line in lines] == [request] and total == 1
    assert lines[0].days == (TODAY - date(2021, 2, 10)).days
    # Thirty days after its date a letter is not yet late.
    assert overview.unanswered_letters(demo_office, YEAR, today=date(2021, 3, 1)) == ([], 0)
    # An outgoing answer closes it.
    from rocb_desk.services.letters.correspondents import Correspondent
    from rocb_desk.services.letters.register import LetterForm, register_letter

    answer = LetterForm(
        direction="out",
        letter_date=date(2021, 2, 20),
        subject="Re: national workshop",
        correspondents=[Correspondent("name", name="State Customs Service")],
        in_reply_to_id=request,
    )
    register_letter(demo_office, answer)
    assert overview.unanswered_letters(demo_office, YEAR, today=TODAY) == ([], 0)


def test_attention_lists_the_members_with_outstanding_contributions(demo_office: Office):
    figures = overview.overview(demo_office, YEAR, "en", today=TODAY)
    grid = contributions.contribution_grid(demo_office, [YEAR])
    owing = {mid for mid, cells in grid.items() if cells[0].outstanding}
    assert {m.member_id for m in figures.owing} == owing and len(owing) == 17
    for member in figures.owing:
        assert member.outstanding == grid[member.member_id][0].outstanding
        assert member.arrears == contributions.arrears(demo_office, member.member_id, YEAR)
    assert sum((m.outstanding for m in figures.owing), Decimal(0)) == (
        figures.contributions_outstanding
    )
    assert "Andorra" in {m.name for m in figures.owing}
    assert figures.needs_attention


def test_a_year_without_data_is_all_zeros(office: Office):
    figures = overview.overview(office, FinancialYear(2030), "en")
    assert figures.balance.closing == Decimal("0.00")
    assert (figures.events, figures.activities, figures.letters_in, figures.letters_out) == (
        0,
        0,
        0,
        0,
    )
    assert figures.without_progress == [] and figures.unanswered == []
