from datetime import date

from rocb_desk.domain.errors import ValidationError
from rocb_desk.domain.validation import (
    check_date_range,
    check_email,
    check_required,
    is_email,
    is_iso2,
    normalize_iso,
)


def test_email_rule():
    assert is_email("a.petrova@customs.example.org")
    for bad in ("no-at-sign", "two@@example.org", "a@b", "a b@example.org", "a@example.c"):
        assert not is_email(bad), bad


def test_field_errors_name_the_field():
    problem = check_email("email", "nope")
    assert problem is not None and problem.field == "email"
    assert "nope" in problem.message.english()
    assert check_required("name", "  ").field == "name"
    assert check_required("name", "Ana") is None
    assert check_date_range("valid_until", date(2021, 2, 1), date(2021, 1, 1)) is not None


def test_iso_codes():
    assert normalize_iso(" md ") == "MD" and is_iso2("MD")
    assert not is_iso2("MDA") and not is_iso2("M1")


def test_validation_error_keeps_every_field():
    error = ValidationError.single("iso", "The ISO code is two letters, for example MD.")
    assert [m.text for m in error.for_field("iso")] == [
        "The ISO code is two letters, for example MD."
    ]
    assert error.for_field("name") == []


def test_format_errors_carry_a_translatable_message():
    import pytest

    from rocb_desk.domain.errors import FormatError
    from rocb_desk.domain.fiscal import FinancialYear
    from rocb_desk.domain.money import parse_money
    from rocb_desk.domain.references import LetterReference

    for parse, bad in (
        (FinancialYear.parse, "2020-21"),
        (LetterReference.parse, "21/2"),
        (parse_money, "12,5.5"),
    ):
        with pytest.raises(FormatError) as refused:
            parse(bad)
        assert bad in refused.value.message.english()
        assert refused.value.message.context == "Errors"
