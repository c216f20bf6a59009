from datetime import date

import pytest

from rocb_desk.domain.fiscal import FinancialYear


def test_year_of_a_date_turns_on_first_april():
    assert FinancialYear.of(date(2021, 3, 31)).name == "2020/2021"
    assert FinancialYear.of(date(2021, 4, 1)).name == "2021/2022"
    assert FinancialYear.of(date(2020, 12, 31)).name == "2020/2021"


def test_bounds_and_parse():
    year = FinancialYear.parse("2020/2021")
    assert (year.start, year.end) == (date(2020, 4, 1), date(2021, 3, 31))
    assert year.contains(date(2020, 4, 1)) and not year.contains(date(2021, 4, 1))
    assert str(year.next()) == "2021/2022" and str(year.previous()) == "2019/2020"


@pytest.mark.parametrize("bad", ["2020", "2020/2022", "20/21", "2020-2021", ""])
def test_parse_refuses_malformed_names(bad):
    with pytest.raises(ValueError):
        FinancialYear.parse(bad)
