"""Balances and arrears read in one pass over the books: the same figures as year by year
and member by member, from one ledger query whatever the number of years or members."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal

from sqlalchemy import event

from rocb_desk.domain.access import Permission
from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services import directory
from rocb_desk.services.books import classification, contributions, ledger, years
from rocb_desk.services.office import Office

MOLDOVA = "Republic of Moldova"


@contextmanager
def ledger_reads(office: Office) -> Iterator[list[str]]:
    """The statements that read the ledger while the block runs."""
    seen: list[str] = []

    def note(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
        if "ledger_entry" in statement:
            seen.append(statement)

    event.listen(office.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(office.engine, "before_cursor_execute", note)


def _post(office: Office, day: date, kind: str, amount: str, **extra: str) -> None:
    code = "contribution" if kind == "income" else "2.1"
    ledger.post(office, {"date": day, "type": kind, "code": code, "amount": amount} | extra)


def _enter_opening(office: Office, year: FinancialYear, amount: str) -> None:
    with office.transaction(Permission.BOOKS) as session:
        years.year_record(session, year).opening_balance = Decimal(amount)


def test_openings_carry_from_the_nearest_entered_one(office: Office) -> None:
    _post(office, date(2018, 6, 1), "income", "1750.00", counterparty=MOLDOVA)
    _post(office, date(2018, 7, 1), "expense", "250.00")
    _post(office, date(2019, 7, 1), "expense", "100.00")
    # 2020/2021 has no entries and no record; 2021/2022 opens on a balance entered by hand.
    _enter_opening(office, FinancialYear(2021), "5000.00")
    _post(office, date(2021, 6, 1), "income", "1750.00", counterparty=MOLDOVA)
    _post(office, date(2022, 6, 1), "expense", "300.00")

    def figures(start: int) -> tuple[Decimal, ...]:
        b = years.balance(office, FinancialYear(start))
        return (b.opening, b.income, b.expenditure, b.closing)

    zero = Decimal("0.00")
    assert figures(2017) == (zero, zero, zero, zero)  # before the first year kept
    assert figures(2018) == (zero, Decimal("1750.00"), Decimal("250.00"), Decimal("1500.00"))
    assert figures(2019)[0] == Decimal("1500.00")
    assert figures(2020) == (Decimal("1400.00"), zero, zero, Decimal("1400.00"))
    assert figures(2021) == (Decimal("5000.00"), Decimal("1750.00"), zero, Decimal("6750.00"))
    assert figures(2022)[0::3] == (Decimal("6750.00"), Decimal("6450.00"))
    assert figures(2024)[0] == Decimal("6450.00")  # carried through a year never kept


def test_a_balance_reads_the_ledger_once_however_many_years(office: Office) -> None:
    for start in range(2011, 2021):
        _post(office, date(start, 6, 1), "expense", "10.00")
    with ledger_reads(office) as reads:
        figures = years.balance(office, FinancialYear(2020))
    assert figures.opening == Decimal("-90.00") and figures.closing == Decimal("-100.00")
    assert len(reads) == 1


def _member_id(office: Office, name: str) -> int:
    return next(mid for mid, label in directory.member_choices(office, "en") if label == name)


def test_arrears_of_everyone_in_one_pass_match_the_grid(office: Office) -> None:
    _post(office, date(2018, 6, 1), "income", "1000.00", counterparty=MOLDOVA)
    _post(office, date(2019, 6, 1), "income", "1750.00", counterparty=MOLDOVA)
    _post(office, date(2020, 6, 1), "expense", "10.00")  # 2020/2021 kept, nothing paid
    # A year kept before these books, its count entered: nobody owes for it here.
    classification.set_year_figures(office, FinancialYear(2017), contributing_members=36)
    moldova = _member_id(office, MOLDOVA)
    shown = [FinancialYear(2019), FinancialYear(2020)]

    with ledger_reads(office) as reads:
        both = contributions.grid_and_arrears(office, shown, FinancialYear(2020))
    assert len(reads) == 1  # every member and every year from one grouped query

    assert both.arrears[moldova] == Decimal("750.00") + Decimal("1750.00")
    others = [owed for member, owed in both.arrears.items() if member != moldova]
    assert others and set(others) == {Decimal("5250.00")}  # three kept years unpaid
    assert [c.paid for c in both.grid[moldova]] == [Decimal("1750.00"), Decimal("0.00")]
    assert both.grid == contributions.contribution_grid(office, shown)
    assert both.arrears == contributions.all_arrears(office, FinancialYear(2020))
    assert contributions.arrears(office, moldova, FinancialYear(2019)) == Decimal("750.00")
    paid_2018 = contributions.contributions_total(office, FinancialYear(2018))
    assert paid_2018 == Decimal("1000.00")
    counts = contributions.contributing_members(office, [FinancialYear(y) for y in (2017, 2020)])
    assert list(counts.values()) == [36, 0]
