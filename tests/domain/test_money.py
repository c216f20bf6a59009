from decimal import Decimal

import pytest

from rocb_desk.domain.errors import FormatError
from rocb_desk.domain.money import (
    MoneyFormatError,
    format_money,
    from_cents,
    parse_money,
    round_money,
    to_cents,
)


def test_parse_keeps_cents_exact():
    assert parse_money("1750") == Decimal("1750.00")
    assert parse_money("0.1") + parse_money("0.2") == Decimal("0.30")
    assert parse_money(" 1 234.56 ") == Decimal("1234.56")


@pytest.mark.parametrize("bad", ["1.234", "abc", "", "-5", "NaN", "Infinity"])
def test_parse_refuses_what_is_not_an_amount(bad):
    with pytest.raises(MoneyFormatError):
        parse_money(bad)


def test_negative_only_when_allowed():
    assert parse_money("-12.50", allow_negative=True) == Decimal("-12.50")


def test_float_is_refused_outright():
    with pytest.raises(TypeError):
        parse_money(0.1)  # type: ignore[arg-type]


def test_cents_round_trip():
    for text in ("0.00", "0.01", "1750.00", "99999999.99", "-3.10"):
        amount = Decimal(text)
        assert from_cents(to_cents(amount)) == amount


def test_round_half_up_like_the_office():
    assert round_money(Decimal("2.345")) == Decimal("2.35")
    assert round_money(Decimal("2.344")) == Decimal("2.34")


def test_format_in_both_languages():
    assert format_money(Decimal("1234.5")) == "1,234.50"
    assert format_money(Decimal("1234.5"), "ru") == "1\u00a0234,50"


@pytest.mark.parametrize("text", ["1e309", "9" * 5000, "1e26", "1000000000000"])
def test_an_absurdly_large_amount_is_refused_not_a_crash(text: str):
    with pytest.raises(FormatError, match="too large an amount"):
        parse_money(text)
