"""What the user typed into a search box, made into a query that cannot fail.

The office types words, "quoted phrases", prefixes (`contrib*`) and the operators
AND, OR, NOT (also in Russian: И, ИЛИ, НЕ; and a leading `-` for NOT). Anything else
is a word: an unbalanced quote closes at the end, stray operators and punctuation
are dropped, so every input is a valid query. The result is a small tree that the
search service turns into its engine's syntax (FTS5 today).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

AND_WORDS = {"AND", "И"}
OR_WORDS = {"OR", "ИЛИ"}
NOT_WORDS = {"NOT", "НЕ"}
# A word is letters, digits and the joiners inside references and e-mail addresses.
_WORD = re.compile(r"[\w]+(?:[./@'\-][\w]+)*\*?", re.UNICODE)
_HAS_LETTER_OR_DIGIT = re.compile(r"[^\W_]", re.UNICODE)


def fold(text: str) -> str:
    """Text as the index keeps it: composed accents, stress marks dropped, ё as е.

    Russian is written with and without ё and with stress marks in teaching texts;
    a search should find the word either way."""
    text = unicodedata.normalize("NFD", text).replace("\u0301", "")  # the stress mark
    text = unicodedata.normalize("NFC", text)
    return text.replace("ё", "е").replace("Ё", "Е")


MAX_TERMS = 32  # a pasted page is not a query; its first words are


@dataclass(frozen=True)
class Term:
    """One word or phrase; `prefix` for `contrib*`."""

    words: tuple[str, ...]
    prefix: bool = False
    negated: bool = False

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1


@dataclass(frozen=True)
class Query:
    """Terms in groups: any group may match (OR); within a group every term must (AND)."""

    groups: tuple[tuple[Term, ...], ...]

    @property
    def empty(self) -> bool:
        return not any(any(not t.negated for t in group) for group in self.groups)

    def words(self) -> list[str]:
        """The positive words, for highlighting."""
        return [w for group in self.groups for t in group if not t.negated for w in t.words]


def _words(text: str) -> list[str]:
    return [
        match.group(0)
        for match in _WORD.finditer(text)
        if _HAS_LETTER_OR_DIGIT.search(match.group(0))
    ]


def parse(text: str) -> Query:
    """Read `text` leniently: no input is an error.

    Operators are written in capitals (as in the search box's hint): "not" and «не»
    in lower case are words people search for."""
    text = fold(text)
    tokens: list[tuple[str, str]] = []  # (kind, value): word, phrase, op
    position = 0
    while position < len(text):
        quote = text.find('"', position)
        if quote < 0:
            chunk, phrase, position = text[position:], None, len(text)
        else:
            end = text.find('"', quote + 1)
            chunk = text[position:quote]
            phrase = text[quote + 1 : end if end >= 0 else len(text)]
            position = end + 1 if end >= 0 else len(text)
        for raw in chunk.split():
            if raw in AND_WORDS | OR_WORDS | NOT_WORDS:
                tokens.append(("op", raw))
                continue
            negate = raw.startswith("-") and len(raw) > 1
            for index, word in enumerate(_words(raw)):
                if negate and index == 0:
                    tokens.append(("op", "NOT"))
                tokens.append(("word", word))
        if phrase is not None:
            if chunk.endswith("-"):
                tokens.append(("op", "NOT"))  # -"a phrase" leaves it out
            words = [w.rstrip("*") for w in _words(phrase)]
            words = [w for w in words if w]
            if words:
                tokens.append(("phrase", " ".join(words)))

    groups: list[list[Term]] = [[]]
    negate_next = False
    count = 0
    for kind, value in tokens:
        if kind == "op":
            if value in OR_WORDS:
                if groups[-1]:
                    groups.append([])
                negate_next = False
            elif value in NOT_WORDS:
                negate_next = True
            continue  # AND is what terms in a group mean anyway
        if count >= MAX_TERMS:
            break
        if kind == "phrase":
            term = Term(tuple(value.split()), negated=negate_next)
        else:
            prefix = value.endswith("*")
            word = value.rstrip("*")
            if not word:
                continue
            term = Term((word,), prefix=prefix, negated=negate_next)
        groups[-1].append(term)
        negate_next = False
        count += 1
    # A group of only negations finds nothing by itself: it is dropped, not an error.
    kept = tuple(tuple(g) for g in groups if any(not t.negated for t in g))
    return Query(kept)


def to_fts5(query: Query) -> str:
    """The FTS5 MATCH expression: every word quoted, so no word is ever an operator."""

    def quoted(term: Term) -> str:
        text = '"' + " ".join(w.replace('"', '""') for w in term.words) + '"'
        return text + ("*" if term.prefix else "")

    parts = []
    for group in query.groups:
        positive = [quoted(t) for t in group if not t.negated]
        negative = [quoted(t) for t in group if t.negated]
        expression = " AND ".join(positive)
        for term in negative:
            expression = f"({expression}) NOT {term}"
        parts.append(f"({expression})")
    return " OR ".join(parts)
