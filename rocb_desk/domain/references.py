"""Letter references: outgoing 'YEAR/N', incoming 'IN-YEAR/N', numbered per calendar year."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import QT_TRANSLATE_NOOP, FormatError

# Six digits: a register of a million letters a year, and no number the database cannot hold.
_REFERENCE = re.compile(r"^(IN-)?(\d{4})/(\d{1,6})$")


@dataclass(frozen=True, order=True)
class LetterReference:
    year: int
    number: int
    incoming: bool = False

    @classmethod
    def parse(cls, text: str) -> LetterReference:
        match = _REFERENCE.match(text.strip().upper())
        if not match or int(match.group(3)) < 1:
            raise FormatError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "\u201c{value}\u201d is not a letter reference; write it as 2021/2 or IN-2021/14.",
                ),
                value=text,
            )
        return cls(int(match.group(2)), int(match.group(3)), bool(match.group(1)))

    def __str__(self) -> str:
        return f"{'IN-' if self.incoming else ''}{self.year}/{self.number}"


def next_number(used: list[int]) -> int:
    """The next number in a year: one past the highest used (gaps are shown, not refilled)."""
    return max(used, default=0) + 1


def numbering_gaps(used: list[int]) -> tuple[list[int], list[int]]:
    """Missing and duplicated numbers in a year's numbering."""
    seen: set[int] = set()
    duplicates: set[int] = set()
    for number in used:
        (duplicates if number in seen else seen).add(number)
    missing = [n for n in range(1, max(seen, default=0) + 1) if n not in seen]
    return missing, sorted(duplicates)
