from decimal import Decimal

import pytest

from rocb_desk.domain.errors import ValidationError
from rocb_desk.domain.fiscal import FinancialYear
from rocb_desk.services.books import budget, classification, contributions, ledger
from rocb_desk.services.office import Office


def test_an_item_is_added_under_its_chapter_and_can_be_posted_to(office: Office):
    classification.add_item(office, 2, "2.7", "Courier services", "Курьерские услуги")
    assert ("2.7", "2.7 Курьерские услуги") in budget.item_choices(office, "ru")
    ledger.post(office, {"date": "2020-05-01", "type": "expense", "code": "2.7", "amount": "15.00"})
    row = next(
        r for r in budget.budget_against_actual(office, FinancialYear(2020)) if r.code == "2.7"
    )
    assert row.chapter == 2 and row.actual == Decimal("15.00")


@pytest.mark.parametrize(
    ("chapter", "code", "name", "field"),
    [
        (2, "3.9", "Wrong chapter", "code"),
        (2, "2.1", "Taken", "code"),
        (None, "2.9", "No chapter", "chapter"),
        (2, "2.9", "", "name_en"),
    ],
)
def test_bad_items_are_refused_at_the_field(office: Office, chapter, code, name, field):
    with pytest.raises(ValidationError) as refused:
        classification.add_item(office, chapter, code, name, "")
    assert field in {e.field for e in refused.value.errors}
    assert len(budget.item_choices(office, "en")) == 14


def test_older_years_are_figures_and_the_standard_can_change(office: Office):
    classification.set_year_figures(office, FinancialYear(2014), contributing_members=35)
    classification.set_year_figures(
        office, FinancialYear(2021), standard_contribution=Decimal("2000.00")
    )
    trend = contributions.contributing_members(office, [FinancialYear(2014)])
    assert trend[FinancialYear(2014)] == 35
    grid = contributions.contribution_grid(office, [FinancialYear(2021)])
    assert next(iter(grid.values()))[0].due == Decimal("2000.00")
    with pytest.raises(ValidationError):
        classification.set_year_figures(office, FinancialYear(2013), contributing_members=-1)
