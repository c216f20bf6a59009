"""The books against a real SQLite office: figures, closed years, reversals, contributions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from rocb_desk.domain.books import ContributionStatus
from rocb_desk.domain.errors import OfficeError, ValidationError
from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services.books import budget, contributions, ledger, years
from rocb_desk.services.office import Office

FY2020 = FinancialYear(2020)


def test_the_demo_year_reproduces_section_g_to_the_cent(demo_office: Office):
    balance = years.balance(demo_office, FY2020)
    assert (balance.income, balance.expenditure, balance.closing) == (
        Decimal("63957.82"),
        Decimal("12196.48"),
        Decimal("51761.34"),
    )
    rows = {r.code: r.actual for r in budget.budget_against_actual(demo_office, FY2020)}
    assert rows["1.0"] == Decimal("339.12") and rows["2.3"] == Decimal("3411.43")
    assert rows["2.5"] == Decimal("4113.96") and rows["3.1"] == Decimal("1937.57")
    chapters = budget.chapter_totals(budget.budget_against_actual(demo_office, FY2020))
    assert chapters[2][1] == Decimal("9919.79")
    trend = contributions.contributing_members(
        demo_office, [FinancialYear(y) for y in range(2015, 2021)]
    )
    assert list(trend.values()) == [37, 38, 39, 39, 37, 37]


def test_some_members_paid_partially_in_the_demo(demo_office: Office):
    grid = contributions.contribution_grid(demo_office, [FY2020])
    statuses = [cells[0].status for cells in grid.values()]
    assert statuses.count(ContributionStatus.PARTIAL) >= 1
    assert (
        statuses.count(ContributionStatus.PAID) + statuses.count(ContributionStatus.PARTIAL) == 37
    )
    assert ContributionStatus.NOT_PAID in statuses


def _expense(office: Office, day: date, amount: str, code: str = "2.1", **extra) -> int:
    entry_id, _warnings = ledger.post(
        office, {"date": day, "type": "expense", "code": code, "amount": amount} | extra
    )
    return entry_id


def test_vouchers_are_numbered_per_financial_year(office: Office):
    first = _expense(office, date(2021, 3, 30), "10.00")
    second = _expense(office, date(2021, 3, 31), "10.00")
    next_year = _expense(office, date(2021, 4, 1), "10.00")
    with office.reading() as session:
        from rocb_desk.db.models import LedgerEntry

        vouchers = [session.get(LedgerEntry, i).voucher for i in (first, second, next_year)]
    assert vouchers == ["1", "2", "1"]
    with pytest.raises(ValidationError) as refused:
        _expense(office, date(2021, 3, 1), "5.00", reference="2")
    assert refused.value.errors[0].field == "reference"


@pytest.mark.parametrize(
    ("field", "values"),
    [
        ("amount", {"amount": "0"}),
        ("amount", {"amount": "-5"}),
        ("amount", {"amount": "abc"}),
        ("amount", {"amount": "1.234"}),
        ("code", {"code": "9.9"}),
        ("date", {"date": "31.03.2021"}),
        ("type", {"type": "transfer"}),
        ("amount", {"amount": "1e26"}),
        ("reference", {"reference": "7" * 41}),
        ("counterparty", {"counterparty": "x" * 201}),
    ],
)
def test_bad_entries_are_refused_at_the_field(office: Office, field, values):
    entry = {"date": date(2021, 1, 5), "type": "expense", "code": "2.1", "amount": "10.00"} | values
    with pytest.raises(ValidationError) as refused:
        ledger.post(office, entry)
    assert field in {e.field for e in refused.value.errors}
    assert ledger.entry_count(office) == 0


def test_a_contribution_needs_a_known_member(office: Office):
    with pytest.raises(ValidationError) as refused:
        ledger.post(
            office,
            {
                "date": date(2020, 6, 1),
                "type": "income",
                "code": "contribution",
                "amount": "1750.00",
                "counterparty": "Atlantis",
            },
        )
    assert refused.value.errors[0].field == "counterparty"
    ledger.post(
        office,
        {
            "date": date(2020, 6, 1),
            "type": "income",
            "code": "contribution",
            "amount": "1750.00",
            "counterparty": "Republic of Moldova",
        },
    )


def test_closing_locks_the_year_and_carries_the_balance(office: Office):
    ledger.post(
        office,
        {
            "date": date(2020, 6, 1),
            "type": "income",
            "code": "contribution",
            "amount": "1750.00",
            "counterparty": "MD",
        },
    )
    spent = _expense(office, date(2020, 7, 1), "250.00")
    closed = years.close_year(office, FY2020)
    assert closed.closing == Decimal("1500.00")
    assert years.balance(office, FY2020.next()).opening == Decimal("1500.00")
    with pytest.raises(ValidationError) as refused:
        _expense(office, date(2020, 8, 1), "1.00")
    assert refused.value.errors[0].field == "date"
    with pytest.raises(OfficeError, match="closed"):
        ledger.delete_entry(office, spent)
    with pytest.raises(OfficeError, match="confirmation"):
        years.reopen_year(office, FY2020, confirmed=False)
    years.reopen_year(office, FY2020, confirmed=True)
    ledger.delete_entry(office, spent)
    assert years.balance(office, FY2020).closing == Decimal("1750.00")


def test_a_closed_year_is_corrected_by_a_reversal_in_an_open_year(office: Office):
    wrong = _expense(office, date(2020, 7, 1), "250.00", code="2.5")
    years.close_year(office, FY2020)
    reversal = ledger.reverse_entry(office, wrong, date(2021, 5, 1))
    assert years.balance(office, FY2020).expenditure == Decimal("250.00")  # untouched
    assert years.balance(office, FY2020.next()).expenditure == Decimal("-250.00")
    assert years.balance(office, FY2020.next()).closing == Decimal("-250.00") + Decimal(
        "-250.00"
    ) * -1 - Decimal("250.00") + Decimal("250.00")
    with pytest.raises(OfficeError, match="closed"):
        ledger.reverse_entry(office, reversal, date(2021, 1, 1))


def test_over_budget_is_a_warning_not_a_block(office: Office):
    budget.set_planned(office, FY2020, {"2.1": Decimal("100.00")})
    _entry, warnings = ledger.post(
        office, {"date": date(2020, 5, 1), "type": "expense", "code": "2.1", "amount": "80.00"}
    )
    assert warnings == []
    _entry, warnings = ledger.post(
        office, {"date": date(2020, 5, 2), "type": "expense", "code": "2.1", "amount": "30.00"}
    )
    assert len(warnings) == 1 and "10.00" in warnings[0].english()
    row = next(r for r in budget.budget_against_actual(office, FY2020) if r.code == "2.1")
    assert (row.actual, row.variance, row.used_percent) == (
        Decimal("110.00"),
        Decimal("-10.00"),
        Decimal("110.00"),
    )


def test_arrears_are_carried_across_years(office: Office):
    md = "Republic of Moldova"
    ledger.post(
        office,
        {
            "date": date(2020, 6, 1),
            "type": "income",
            "code": "contribution",
            "amount": "1000.00",
            "counterparty": md,
        },
    )
    ledger.post(
        office,
        {
            "date": date(2021, 6, 1),
            "type": "income",
            "code": "contribution",
            "amount": "1750.00",
            "counterparty": md,
        },
    )
    grid = contributions.contribution_grid(office, [FY2020, FY2020.next()])
    member = next(k for k, cells in grid.items() if cells[0].paid == Decimal("1000.00"))
    assert [c.status for c in grid[member]] == [ContributionStatus.PARTIAL, ContributionStatus.PAID]
    assert contributions.arrears(office, member, FY2020.next()) == Decimal("750.00")
