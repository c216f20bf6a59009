"""A closed year's sums are kept by the database: totals over many years read them instead
of the year's lines, and they always agree with those lines."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from rocb_desk.domain.errors import OfficeError
from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services import maintenance
from rocb_desk.services.books import ledger, years
from rocb_desk.services.books.ledger_import import import_ledger
from rocb_desk.services.books.ledger_query import (
    LedgerFilter,
    count_lines,
    fetch_lines,
    totals,
)
from rocb_desk.services.office import Office

FIRST, MIDDLE, LAST = FinancialYear(2019), FinancialYear(2020), FinancialYear(2021)


@pytest.fixture
def three_years(office: Office, tmp_path: Path) -> Office:
    """Expenses on four items and contributions in each of three years; the first two closed."""
    lines = []
    for year in (2019, 2020, 2021):
        for i in range(40):
            lines.append(
                f"{year}-{5 + i % 6:02d}-{1 + i % 27:02d},expense,2.{1 + i % 4},"
                f"{10 + i}.{i % 100:02d},Line {i},,"
            )
        lines.append(f"{year}-06-01,income,contribution,1750.00,,MD,")
    path = tmp_path / "years.csv"
    path.write_text("date,type,code,amount,description,counterparty,reference\n" + "\n".join(lines))
    import_ledger(office, path)
    years.close_year(office, FIRST)
    years.close_year(office, MIDDLE)
    return office


def _from_the_lines(office: Office, filters: LedgerFilter) -> tuple[int, Decimal, Decimal]:
    """What the filters show, added up from the lines themselves."""
    shown = fetch_lines(office, filters, 0, 10_000)
    income = sum((line.amount for line in shown if line.kind == "income"), Decimal(0))
    expense = sum((line.amount for line in shown if line.kind == "expense"), Decimal(0))
    return len(shown), income, expense


FILTERS = [
    LedgerFilter(),
    LedgerFilter(kind="expense"),
    LedgerFilter(kind="income"),
    LedgerFilter(chapter=2),
    LedgerFilter(item_code="2.3"),
    LedgerFilter(year=FIRST),
    LedgerFilter(year=LAST, chapter=2),
    LedgerFilter(year=MIDDLE, item_code="2.1", kind="expense"),
]


@pytest.mark.parametrize("filters", FILTERS, ids=range(len(FILTERS)))
def test_counts_and_totals_over_closed_and_open_years_are_their_lines(
    three_years: Office, filters: LedgerFilter
):
    count, income, expense = _from_the_lines(three_years, filters)
    assert count > 0
    assert count_lines(three_years, filters) == count
    assert totals(three_years, filters) == (income, expense)


def _raw(office: Office) -> sqlite3.Connection:
    return sqlite3.connect(office.sqlite_file, isolation_level=None)


def test_the_closed_years_totals_come_from_their_stored_sums(three_years: Office):
    """Sums altered behind the application's back show in the totals (they are what is
    read) and the check names the year and both figures."""
    everything = totals(three_years, LedgerFilter())
    with _raw(three_years) as raw:
        raw.execute(
            "UPDATE closed_year_sum SET amount = amount + 100 "
            "WHERE fy_start = 2019 AND kind = 'income'"
        )
    assert totals(three_years, LedgerFilter()) == (everything[0] + Decimal("1.00"), everything[1])
    (problem,) = [message.english() for message in maintenance.check(three_years)]
    assert "2019/2020" in problem and "income 1751.00" in problem and "entries: 1750.00" in problem


def _stored_years(office: Office) -> list[int]:
    with _raw(office) as raw:
        rows = raw.execute("SELECT DISTINCT fy_start FROM closed_year_sum ORDER BY 1")
        return [row[0] for row in rows]


def test_reopening_drops_the_sums_and_closing_again_makes_them_anew(three_years: Office):
    assert _stored_years(three_years) == [2019, 2020]
    years.reopen_year(three_years, MIDDLE, confirmed=True)
    assert _stored_years(three_years) == [2019]
    ledger.post(
        three_years,
        {"date": date(2020, 9, 9), "type": "expense", "code": "2.2", "amount": "99.99"},
    )
    for filters in (LedgerFilter(), LedgerFilter(year=MIDDLE, item_code="2.2")):
        assert totals(three_years, filters)[1] == _from_the_lines(three_years, filters)[2]
    years.close_year(three_years, MIDDLE)
    assert _stored_years(three_years) == [2019, 2020]
    for filters in FILTERS:
        assert (count_lines(three_years, filters), *totals(three_years, filters)) == (
            _from_the_lines(three_years, filters)
        )
    # The balance carried into the open year is the closed years' lines, added up.
    _count, income, expense = _from_the_lines(
        three_years, LedgerFilter(date_from=FIRST.start, date_to=MIDDLE.end)
    )
    assert years.balance(three_years, LAST).opening == income - expense
    assert maintenance.check(three_years) == []


def test_a_date_filter_reads_the_lines_and_agrees_with_the_stored_sums(three_years: Office):
    every_day = LedgerFilter(date_from=FIRST.start, date_to=LAST.end)
    assert (count_lines(three_years, every_day), *totals(three_years, every_day)) == (
        count_lines(three_years, LedgerFilter()),
        *totals(three_years, LedgerFilter()),
    )


def test_stored_sums_moved_between_items_or_recounted_are_named(three_years: Office):
    """Totals unchanged, but a chapter's or an item's figures and the counts would be."""
    with _raw(three_years) as raw:
        raw.execute("UPDATE closed_year_sum SET lines = lines + 5 WHERE fy_start = 2019")
        raw.execute(
            "UPDATE closed_year_sum SET item_id = (SELECT id FROM budget_item WHERE code = "
            "'2.4') WHERE fy_start = 2020 AND item_id = (SELECT id FROM budget_item WHERE "
            "code = '2.1')"
        )
    problems = [message.english() for message in maintenance.check(three_years)]
    assert len(problems) == 2
    assert "2019/2020" in problems[0] and "2020/2021" in problems[1]


def test_a_missing_sums_trigger_is_named_and_no_year_closes_without_its_sums(
    three_years: Office,
):
    with _raw(three_years) as raw:
        raw.execute("DROP TRIGGER financial_year_sums_on_close")
    (problem,) = [message.english() for message in maintenance.check(three_years)]
    assert "financial_year_sums_on_close" in problem
    with pytest.raises(OfficeError, match="did not store its sums"):
        years.close_year(three_years, LAST)
    assert not years.is_year_closed(three_years, LAST)
    assert _stored_years(three_years) == [2019, 2020]
