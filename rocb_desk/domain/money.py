"""Money: Decimal euros with exactly two decimals; never float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .errors import QT_TRANSLATE_NOOP, FormatError

CENT = Decimal("0.01")
# A thousand billion euros: far beyond any office's amount, well within integer cents.
MAX_AMOUNT = Decimal(10) ** 12


class MoneyFormatError(FormatError):
    """Text or a number that is not an amount of euros with at most two decimals."""

    def __init__(self, text: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "\u201c{value}\u201d is not an amount in euros with at most two decimals"
            ),
            value=text,
        )


def parse_money(value: str | int | Decimal, *, allow_negative: bool = False) -> Decimal:
    """Parse an amount exactly; refuse more than two decimals rather than round silently."""
    if isinstance(value, float):
        raise TypeError("money is never a float; pass str or Decimal")
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise MoneyFormatError(str(value)) from None
    if not amount.is_finite() or amount.as_tuple().exponent < -2:  # type: ignore[operator]
        raise MoneyFormatError(str(value))
    if amount < 0 and not allow_negative:
        raise MoneyFormatError(str(value))
    if abs(amount) >= MAX_AMOUNT:  # also keeps quantize within Decimal's precision
        raise FormatError(
            QT_TRANSLATE_NOOP(
                "Errors", "\u201c{value}\u201d is too large an amount for the office's books"
            ),
            value=str(value)[:40],
        )
    return amount.quantize(CENT)


def round_money(amount: Decimal) -> Decimal:
    """Round half-up to the cent, the way the office rounds (shares, percentages)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def to_cents(amount: Decimal) -> int:
    return int(amount.quantize(CENT) * 100)


def from_cents(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


def format_money(amount: Decimal, lang: str = "en") -> str:
    """1234.5 -> '1,234.50' (English) or '1 234,50' (Russian)."""
    text = f"{amount.quantize(CENT):,.2f}"
    if lang == "ru":
        return text.replace(",", "\u00a0").replace(".", ",")
    return text
