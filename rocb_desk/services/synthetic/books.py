"""The synthetic office's books: fifteen financial years of expenses over the budget's
chapters and items, member contributions (some members in arrears), the other income that
keeps the office afloat, budgets close to what was spent, event costs, a few reversals."""

from __future__ import annotations

import math
from datetime import date, timedelta
from decimal import Decimal

from ...db.models import BudgetLine, FinancialYearRecord, LedgerEntry
from ...domain.books import STANDARD_CONTRIBUTION, EntryType, IncomeKind, PaymentMethod
from ...domain.fiscal import FinancialYear
from .context import LEDGER_LINES, LINE_UNITS, Context, stamp
from .events import CAPITALS, near

CENT = Decimal("0.01")
STANDARD = Decimal(STANDARD_CONTRIBUTION)
OPENING_BALANCE = Decimal("48250.00")  # the first year kept here opens with the bank's figure
MONTHS = "January February March April May June July August September October November December"
MONTH = MONTHS.split()

# Per item code: weight among the expenses | median amount (EUR) | descriptions | suppliers.
_ITEM_TABLE = """
1.0 | 8 | 45 | Cleaning of the premises, {month}; Electricity, {month}; Water supply, {month}; Security service, {month}; Repair of the air conditioning; Replacement of light fittings | Azerishiq; Azersu; Clean Office LLC; Guard Service LLC
2.1 | 15 | 12 | Paper A4, {n} reams; Toner cartridges; Stationery; Folders and binders; Envelopes and labels; Drinking water, {month}; Coffee and tea for meetings | Office Supply LLC; Kantstovary; Aqua Vita; Bazarstore
2.2 | 5 | 35 | Maintenance of the printer; Repair of a laptop; Service of the copier; Replacement of UPS batteries | TechService LLC; Printer Care; Komputer Servis
2.3 | 6 | 40 | Printing of the annual report; Printing of the newsletter; Printing of certificates; Printing of brochures; Binding of documents | Print House; Poligraf LLC; Copy Centre
2.4 | 12 | 55 | Translation of letters into Russian; Translation of the newsletter; Translation of workshop materials; Interpretation services; Proofreading of the annual report | Lingua Service; Translation Bureau Sozluk; Interpreters Union
2.5 | 6 | 20 | Internet service, {month}; Web hosting of the website; Software licences; Domain renewal; Video conferencing subscription, {month}; Backup storage, {month} | CityNet; Azercell; Hosting Europe; Zoom Video Communications
2.6 | 8 | 8 | Bank charges, {month}; Postal and courier services; Notary fees; Mobile phone services, {month}; Flowers for the office | Kapital Bank; Azerpost; DHL Express; Notary office No. 3
3.1 | 5 | 85 | Air ticket, support mission to {city}; Hotel accommodation, support mission to {city}; Daily allowance, support mission to {city}; Taxi to the airport, support mission to {city} | AZAL; Turkish Airlines; Booking.com; Baku Taxi
3.2 | 3 | 85 | Air ticket, scoping mission to {city}; Hotel accommodation, scoping mission to {city}; Daily allowance, scoping mission to {city}; Visa fee, mission to {city} | AZAL; Lufthansa; Booking.com; Consulate
3.3 | 3 | 85 | Air ticket, awareness raising mission to {city}; Hotel accommodation, awareness raising mission to {city}; Daily allowance, awareness raising mission to {city} | AZAL; Wizz Air; Booking.com
4.0 | 15 | 95 | Venue rental; Catering; Interpretation; Expert fee; Travel of participants; Conference materials | Radisson Hotel; Catering Plus; Interpreters Union; AZAL
5.1 | 5 | 90 | Air ticket to Brussels, WCO meeting; Hotel in Brussels, WCO meeting; Daily allowance, WCO meeting | Brussels Airlines; Hotel Bloom; AZAL
5.2 | 4 | 30 | Representation expenses; Meeting with partners in {city}; Gifts for delegations | Restaurant Sahil; Souvenir Shop; Hotel Excelsior
6.0 | 5 | 50 | Audit fee; Insurance of office equipment; Staff training course; Miscellaneous expenses | Audit Partners LLC; Pasha Insurance; Training Institute
"""
ITEMS = {
    code: (int(weight), int(median), tuple(texts.split("; ")), tuple(suppliers.split("; ")))
    for code, weight, median, texts, suppliers in (
        [part.strip() for part in line.split("|")] for line in _ITEM_TABLE.strip().splitlines()
    )
}
OTHER_ITEM = (2, 40, ("Expense",), ("Supplier",))  # an item the office added itself
EVENT_CHAPTERS = (3, 4, 5)  # their costs are of missions, events and meetings


def _amount(rng, median: float) -> Decimal:  # noqa: ANN001 - a Random
    value = max(1.0, rng.lognormvariate(math.log(median), 0.85))
    return Decimal(value).quantize(CENT)


def build(ctx: Context) -> None:
    """Every year's entries and budget, in date order; ids and vouchers follow the dates."""
    rng = ctx.rng("books")
    records = []
    for index, year in enumerate(ctx.years):
        records.append(
            {
                "start_year": year.start_year,
                "standard_contribution": STANDARD,
                "opening_balance": OPENING_BALANCE if index == 0 else None,
            }
        )
    ctx.insert(FinancialYearRecord, records)
    members = {m.id: rng.choice((0.95, 0.9, 0.9, 0.85, 0.8, 0.7, 0.4)) for m in ctx.members}
    weights = [ITEMS.get(item.code, OTHER_ITEM)[0] for item in ctx.items]
    days_kept = sum(len(ctx.workdays(year)) for year in ctx.years) or 1
    next_id = ctx.next_id(LedgerEntry)
    previous: list[dict] = []
    for year in ctx.years:
        days = ctx.workdays(year) or [min(year.start, ctx.today)]
        lines = _contributions(rng, year, days, members)
        count = ctx.share(LEDGER_LINES) * len(days) // days_kept
        expenses = [_expense(ctx, rng, days, weights) for _ in range(count)]
        lines += expenses + _other_income(ctx, rng, days, expenses, lines)
        if year.start_year in ctx.open_years:
            lines += _reversals(rng, days, previous, max(1, count // 3000))
        lines.sort(key=lambda line: line["entry_date"])
        for voucher, line in enumerate(lines, start=1):
            line["id"], line["voucher"] = next_id, str(voucher)
            line["fy_start"] = year.start_year
            next_id += 1
        ctx.insert(LedgerEntry, lines)
        ctx.insert(BudgetLine, _budget(ctx, rng, year, expenses))
        ctx.entries[year.start_year] = [line["id"] for line in expenses]
        previous = expenses
        ctx.progress.advance(count * LINE_UNITS)


def _line(rng, day: date, **values) -> dict:  # noqa: ANN001, ANN003 - a Random; the columns
    return {
        "entry_date": day,
        "item_id": None,
        "income_kind": None,
        "member_id": None,
        "partner_id": None,
        "counterparty_text": "",
        "method": PaymentMethod.BANK.value,
        "reversal_of_id": None,
        "event_id": None,
        "created_at": stamp(day, rng),
        **values,
    }


def _contributions(rng, year: FinancialYear, days: list[date], members) -> list:  # noqa: ANN001
    """Each member's contribution of the year: in full (sometimes in two parts), partly, or
    not at all; a member that tends to pay late is more often in arrears."""
    lines = []
    early = [day for day in days if day.month in (4, 5, 6, 7)] or days
    for member_id, reliable in members.items():
        roll = rng.random()
        if roll < reliable:
            parts = [STANDARD] if rng.random() < 0.85 else [STANDARD / 2, STANDARD / 2]
        elif roll < reliable + (1 - reliable) * 0.4:
            parts = [Decimal(rng.randrange(300, 1500, 50))]
        else:
            continue
        for number, amount in enumerate(parts):  # the first part early in the year
            lines.append(
                _line(
                    rng,
                    rng.choice(early if number == 0 else days),
                    kind=EntryType.INCOME.value,
                    income_kind=IncomeKind.CONTRIBUTION.value,
                    amount=amount.quantize(CENT),
                    member_id=member_id,
                    description=f"Contribution {year.name}",
                )
            )
    return lines


def _expense(ctx: Context, rng, days: list[date], weights: list[int]) -> dict:  # noqa: ANN001
    item_id, code, chapter = rng.choices(ctx.items, weights)[0]
    _weight, median, texts, suppliers = ITEMS.get(code, OTHER_ITEM)
    day = rng.choice(days)
    event = None
    if chapter in EVENT_CHAPTERS and rng.random() < 0.6:
        event = near(ctx, day, 45, paid=True)  # paid ahead of the event
    city = CAPITALS.get(rng.choice(ctx.members).iso, "Brussels")
    description = rng.choice(texts).format(
        month=MONTH[day.month - 1], n=rng.randint(2, 20), city=city
    )
    if event is not None:
        description = f"{description}: {event.title_en}"[:300]
    return _line(
        rng,
        day,
        kind=EntryType.EXPENSE.value,
        item_id=item_id,
        amount=_amount(rng, median),
        description=description,
        counterparty_text=rng.choice(suppliers),
        method=PaymentMethod.CASH.value if rng.random() < 0.2 else PaymentMethod.BANK.value,
        event_id=event.id if event is not None else None,
    )


def _other_income(ctx: Context, rng, days: list[date], expenses: list, so_far: list) -> list:  # noqa: ANN001
    """Rent, bank interest, and the grants of partners that cover what the contributions
    do not: each year ends near balance, as an office that may not run a deficit does."""
    lines = []
    for month in sorted({day.replace(day=1) for day in days}):
        in_month = [day for day in days if day.replace(day=1) == month]
        if month.month % 3 == 0:
            lines.append(
                _line(
                    rng,
                    in_month[-1],
                    kind=EntryType.INCOME.value,
                    income_kind=IncomeKind.INTEREST.value,
                    amount=Decimal(rng.randrange(500, 9000)) / 100,
                    description=f"Bank interest, {MONTH[month.month - 1]}",
                    counterparty_text="Kapital Bank",
                )
            )
        for _ in range(round(2 * ctx.scale) + (rng.random() < 0.5)):
            lines.append(
                _line(
                    rng,
                    rng.choice(in_month),
                    kind=EntryType.INCOME.value,
                    income_kind=IncomeKind.RENT.value,
                    amount=Decimal(rng.randrange(80, 600) * 5),
                    description="Rent of the conference room",
                    counterparty_text=rng.choice(
                        (
                            "Caspian Trade Forum",
                            "ASAN Service",
                            "Logistics Association",
                            "Baku Law School",
                        )
                    ),
                )
            )
    spent = sum((line["amount"] for line in expenses), Decimal(0))
    received = sum((line["amount"] for line in so_far + lines), Decimal(0))
    wanted = spent * Decimal(rng.uniform(0.97, 1.06)) - received
    grants = rng.randint(3, 6)
    donors = [p for p in ctx.partners if p.short in ("WCO", "CCF/Japan", "EU", "GIZ", "USAID")]
    for number in range(grants):
        amount = max(Decimal("500.00"), wanted / grants).quantize(Decimal("1"))
        donor = rng.choice(donors or ctx.partners) if (donors or ctx.partners) else None
        lines.append(
            _line(
                rng,
                days[len(days) * number // grants],
                kind=EntryType.INCOME.value,
                income_kind=IncomeKind.DONATION.value,
                amount=amount.quantize(CENT),
                partner_id=donor.id if donor else None,
                counterparty_text="" if donor else "Donor",
                description=f"Grant for the capacity building programme, tranche {number + 1}",
            )
        )
    return lines


def _reversals(rng, days: list[date], previous: list[dict], count: int) -> list:  # noqa: ANN001
    """Corrections of last year's entries in a year the build leaves open, as the office
    corrects a closed year: the same line with the opposite sign, pointing at it."""
    lines = []
    for original in rng.sample(previous, min(count, len(previous))):
        day = rng.choice(days)
        year = FinancialYear(original["fy_start"])
        lines.append(
            {
                **original,
                "entry_date": day,
                "amount": -original["amount"],
                "reversal_of_id": original["id"],
                "description": f"Reversal of {year.name}/{original['voucher']}: "
                f"{original['description']}",
                "created_at": stamp(day, rng),
            }
        )
    return lines


def _budget(ctx: Context, rng, year: FinancialYear, expenses: list) -> list:  # noqa: ANN001
    """What was planned per item: close to what was spent (for this year, to its end)."""
    spent: dict[int, Decimal] = {}
    for line in expenses:
        spent[line["item_id"]] = spent.get(line["item_id"], Decimal(0)) + line["amount"]
    elapsed = len(ctx.workdays(year)) / max(1, _workdays_in(year))
    rows = []
    for item_id, amount in sorted(spent.items()):
        planned = amount / Decimal(max(elapsed, 0.05)) * Decimal(rng.uniform(0.9, 1.15))
        rows.append(
            {
                "fy_start": year.start_year,
                "item_id": item_id,
                "planned": max(Decimal(100), planned.quantize(Decimal("1E2"))).quantize(CENT),
            }
        )
    return rows


def _workdays_in(year: FinancialYear) -> int:
    return sum(
        1
        for n in range((year.end - year.start).days + 1)
        if (year.start + timedelta(n)).weekday() < 5
    )
