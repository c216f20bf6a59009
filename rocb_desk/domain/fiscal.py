"""The financial year of the office: 1 April to 31 March, named '2020/2021'."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .errors import QT_TRANSLATE_NOOP, FormatError

_NAME = re.compile(r"^\s*(\d{4})\s*/\s*(\d{4})\s*$")


@dataclass(frozen=True, order=True)
class FinancialYear:
    start_year: int

    @classmethod
    def of(cls, day: date) -> FinancialYear:
        """The financial year a date falls in."""
        return cls(day.year if day.month >= 4 else day.year - 1)

    @classmethod
    def parse(cls, name: str) -> FinancialYear:
        match = _NAME.match(name)
        if not match or int(match.group(2)) != int(match.group(1)) + 1:
            raise FormatError(
                QT_TRANSLATE_NOOP(
                    "Errors", "\u201c{value}\u201d is not a financial year; write it as 2020/2021."
                ),
                value=name,
            )
        return cls(int(match.group(1)))

    @property
    def name(self) -> str:
        return f"{self.start_year}/{self.start_year + 1}"

    @property
    def start(self) -> date:
        return date(self.start_year, 4, 1)

    @property
    def end(self) -> date:
        return date(self.start_year + 1, 3, 31)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def next(self) -> FinancialYear:
        return FinancialYear(self.start_year + 1)

    def previous(self) -> FinancialYear:
        return FinancialYear(self.start_year - 1)

    def __str__(self) -> str:
        return self.name
