"""Paging through the ledger: every line exactly once, in order, whatever the sort."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services.books.ledger_import import import_ledger
from rocb_desk.services.books.ledger_query import (
    LedgerFilter,
    count_lines,
    fetch_lines,
    position_of,
    totals,
)
from rocb_desk.services.office import Office


@pytest.fixture
def busy_office(office: Office, tmp_path: Path) -> Office:
    # Many equal dates, amounts and descriptions: the tie-breaker must keep pages apart.
    lines = [
        f"2020-{4 + i % 3:02d}-{1 + i % 5:02d},expense,2.{1 + i % 6},{1 + i % 7}.50,Line {i % 11},,"
        for i in range(450)
    ]
    path = tmp_path / "busy.csv"
    path.write_text("date,type,code,amount,description,counterparty,reference\n" + "\n".join(lines))
    import_ledger(office, path)
    return office


@pytest.mark.parametrize("order", ["date", "amount", "description", "item", "voucher"])
@pytest.mark.parametrize("descending", [False, True])
def test_pages_cover_every_line_once_in_order(busy_office: Office, order, descending):
    """Pages read from either end (the second half counts from the last line) join up
    into the whole ledger: no line twice, none missed, even among equal sort values."""
    total = count_lines(busy_office, LedgerFilter())
    everything = fetch_lines(
        busy_office, LedgerFilter(), 0, 1000, order=order, descending=descending
    )
    paged = []
    for start in range(0, total, 100):
        paged += fetch_lines(
            busy_office,
            LedgerFilter(),
            start,
            100,
            total=total,
            order=order,
            descending=descending,
        )
    assert [line.id for line in paged] == [line.id for line in everything]
    assert len(paged) == 450 == total
    # Where a line stands is counted, not looked for among loaded pages.
    for row in (0, 199, 200, 449):
        line_id = everything[row].id
        assert (
            position_of(busy_office, LedgerFilter(), line_id, order=order, descending=descending)
            == row
        )


def test_a_line_the_filters_hide_has_no_position(busy_office: Office):
    hidden = fetch_lines(busy_office, LedgerFilter(item_code="2.1"), 0, 1)[0]
    assert position_of(busy_office, LedgerFilter(item_code="2.2"), hidden.id) == -1


def test_filters_count_and_total_what_they_show(busy_office: Office):
    filters = LedgerFilter(
        year=FinancialYear(2020),
        chapter=2,
        item_code="2.1",
        date_from=date(2020, 4, 1),
        date_to=date(2020, 4, 30),
    )
    shown = fetch_lines(busy_office, filters, 0, 1000)
    assert shown and all(line.item_code == "2.1" and line.entry_date.month == 4 for line in shown)
    assert count_lines(busy_office, filters) == len(shown)
    assert totals(busy_office, filters)[1] == sum(line.amount for line in shown)
