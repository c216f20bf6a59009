"""The letter body's markup: the Markdown subset Qt's `QTextDocument.toMarkdown()` writes
for simple text, read without Qt.

    parse("Dear **all**\\n\\n- one\\n- *two*\\n")
    == [Para((Run("Dear "), Run("all", bold=True))),
        Item((Run("one"),), ordered=False, number=1),
        Item((Run("two", italic=True),), ordered=False, number=2)]

- Paragraphs are separated by blank lines. A single newline inside a paragraph is a
  space (Qt wraps long lines at 80 characters); two trailing spaces or a backslash at
  the end of a line is a hard line break, kept as "\\n" in the run's text.
- `**bold**`, `*italic*` and `_italic_` (Qt writes underlined text that way too), nested
  as CommonMark nests them. Qt leaves the space inside a closing marker when a selection
  ended with one ("**bold **next"); that still closes.
- Bullet lists (`- `, `* `, `+ `) and numbered lists (`1. `, `1) `), nested by
  indentation; a numbered list counts on from its first number.
- A backslash before ASCII punctuation makes it literal (`\\*`, `1\\.`, `\\-`).
- Whatever does not balance stays as literal text: parsing never fails.
- Also read, since Qt writes them for pasted text: `# headings` (a bold paragraph),
  `> quotes` (a plain paragraph), links (`[text](url)` prints as "text (url)") and
  `<url>` autolinks; thematic breaks (`---`) only end a paragraph.
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Run:
    text: str  # "\n" is a hard line break
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Para:
    runs: tuple[Run, ...]


@dataclass(frozen=True)
class Item:
    runs: tuple[Run, ...]
    ordered: bool = False
    number: int = 1  # the item's number as printed (a bullet's place in its list)
    level: int = 0  # 0 for a top-level item, 1 for an item nested in it, ...


Block = Para | Item

_BULLET = re.compile(r"( *)([-*+])(?: +(.*)|$)")
_ORDERED = re.compile(r"( *)(\d{1,9})([.)])(?: +(.*)|$)")
_HEADING = re.compile(r" {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*")
_THEMATIC = re.compile(r" {0,3}([-*_])(?: *\1){2,} *")
_QUOTE = re.compile(r" {0,3}> ?")
_PUNCTUATION = frozenset(string.punctuation)
_LINK = re.compile(r"\[((?:\\.|[^\\\[\]])*)\]\(\s*<?([^\s()<>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*|[^\s@<>\\]+@[^\s@<>\\]+)>")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def parse(text: str) -> list[Block]:
    """The blocks of `text`, in order; empty paragraphs and items are left out."""
    return _BlockParser().parse(text)


def plain_text(runs: tuple[Run, ...]) -> str:
    return "".join(run.text for run in runs)


# --- blocks ---------------------------------------------------------------------------------


class _BlockParser:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.lines: list[tuple[str, bool]] = []  # (line, starts a paragraph of its own)
        self.item: tuple[bool, int, int] | None = None  # ordered, number, level
        self.indents: list[int] = []  # content indents of the open list items
        self.numbers: dict[int, tuple[bool, int]] = {}  # per level: ordered, last number
        self.blank = False  # a blank line came since the last text

    def parse(self, text: str) -> list[Block]:
        for raw in text.splitlines():
            self._line(raw.expandtabs(4).rstrip("\r"))
        self._flush()
        return self.blocks

    def _line(self, line: str) -> None:
        quote = _QUOTE.match(line)
        if quote:
            line = line[quote.end() :]
        if not line.strip():
            if self.item is None:
                self._flush()  # a paragraph ends; an item may go on, indented, after it
            self.blank = True
            return
        blank, self.blank = self.blank, False
        if _THEMATIC.fullmatch(line):
            self._end_lists()
            return
        heading = _HEADING.fullmatch(line)
        if heading:
            self._end_lists()
            runs = tuple(replace(r, bold=True) for r in _inline(heading.group(2) or ""))
            if runs:
                self.blocks.append(Para(runs))
            return
        indent = len(line) - len(line.lstrip(" "))
        if self._list_item(line, indent):
            return
        if self.item is not None:
            if not blank:
                self.lines.append((line, False))  # a lazy continuation of the item
                return
            if indent >= self.indents[-1]:
                self.lines.append((line, True))  # a second paragraph of the item
                return
            self._end_lists()
        elif self.lines and not blank:
            self.lines.append((line, False))
            return
        self._flush()
        self.lines = [(line, False)]

    def _list_item(self, line: str, indent: int) -> bool:
        bullet = _BULLET.fullmatch(line)
        ordered = None if bullet else _ORDERED.fullmatch(line)
        if bullet is None and ordered is None:
            return False
        if self.item is None and self.lines:
            # As in CommonMark: only a list starting at 1 interrupts a paragraph, so that a
            # wrapped line starting "2021. " stays in its paragraph; an empty item neither.
            content = (bullet or ordered).group(3 if bullet else 4)
            if not content or (ordered is not None and ordered.group(2).lstrip("0") != "1"):
                return False
        self._flush()
        while self.indents and self.indents[-1] > indent:
            self.indents.pop()
        level = len(self.indents)
        if bullet is not None:
            marker_end, content, written = bullet.end(2), bullet.group(3) or "", 1
        else:
            marker_end, content, written = ordered.end(3), ordered.group(4) or "", 0
            written = int(ordered.group(2))
        spaces = len(line) - marker_end - len(content) if content else 1
        self.indents.append(marker_end + (spaces if spaces <= 4 else 1))
        is_ordered = ordered is not None
        previous = self.numbers.get(level)
        if previous is not None and previous[0] == is_ordered:
            number = previous[1] + 1
        else:
            number = written
        self.numbers = {k: v for k, v in self.numbers.items() if k < level}
        self.numbers[level] = (is_ordered, number)
        self.item = (is_ordered, number, level)
        self.lines = [(content, False)]
        return True

    def _end_lists(self) -> None:
        self._flush()
        self.indents.clear()
        self.numbers.clear()

    def _flush(self) -> None:
        if self.lines:
            runs = _inline(_join(self.lines))
            if runs:
                if self.item is None:
                    self.blocks.append(Para(runs))
                    self.numbers.clear()  # a paragraph ends the lists above it
                    self.indents.clear()
                else:
                    ordered, number, level = self.item
                    self.blocks.append(Item(runs, ordered, number, level))
        self.lines = []
        self.item = None


def _join(lines: list[tuple[str, bool]]) -> str:
    """A paragraph's lines as one text: soft breaks become spaces, hard ones "\\n"."""
    parts: list[str] = []
    hard = False
    for index, (line, own_paragraph) in enumerate(lines):
        text = line.strip(" \t")
        if parts:
            parts.append("\n" if hard or own_paragraph else " ")
        hard = False
        if index < len(lines) - 1:
            if (len(text) - len(text.rstrip("\\"))) % 2 == 1:
                text, hard = text[:-1].rstrip(" \t"), True
            elif line.endswith("  "):
                hard = True
        parts.append(text)
    return "".join(parts)


# --- inline: CommonMark's delimiter algorithm, for * and _ only ------------------------------


class _Delimiter:
    __slots__ = (
        "char",
        "length",
        "count",
        "can_open",
        "can_close",
        "prev",
        "next",
        "opens",
        "closes",
    )

    def __init__(self, char: str, length: int, can_open: bool, can_close: bool) -> None:
        self.char, self.length, self.count = char, length, length
        self.can_open, self.can_close = can_open, can_close
        self.prev: _Delimiter | None = None
        self.next: _Delimiter | None = None
        self.opens: list[str] = []  # "b" or "i", started after this run's literal rest
        self.closes: list[str] = []  # ended before it


def _inline(source: str) -> tuple[Run, ...]:
    nodes = _tokens(source)
    delimiters = [node for node in nodes if isinstance(node, _Delimiter)]
    for before, after in zip(delimiters, delimiters[1:], strict=False):
        before.next, after.prev = after, before
    if delimiters:
        _match(delimiters[0])
    return _runs(nodes)


_SPECIAL = re.compile(r"[\\\[<*_]")  # what _tokens looks at; anything else is text


def _tokens(source: str) -> list[str | _Delimiter]:
    nodes: list[str | _Delimiter] = []
    text: list[str] = []
    i, n = 0, len(source)
    while i < n:
        char = source[i]
        if char == "\\" and i + 1 < n and source[i + 1] in _PUNCTUATION:
            text.append(source[i + 1])
            i += 2
        elif char == "[" and (link := _LINK.match(source, i)):
            text.append(_link_text(_ESCAPE.sub(r"\1", link.group(1)), link.group(2)))
            i = link.end()
        elif char == "<" and (auto := _AUTOLINK.match(source, i)):
            text.append(auto.group(1).removeprefix("mailto:"))
            i = auto.end()
        elif char in "*_":
            end = i
            while end < n and source[end] == char:
                end += 1
            before = source[i - 1] if i > 0 else " "
            after = source[end] if end < n else " "
            nodes.append("".join(text))
            text = []
            nodes.append(_delimiter(char, end - i, before, after))
            i = end
        else:
            # Plain text up to the next character that may start markup, in one slice:
            # letters are mostly words, and a character at a time made indexing slow.
            special = _SPECIAL.search(source, i + 1)
            end = special.start() if special else n
            text.append(source[i:end])
            i = end
    nodes.append("".join(text))
    return nodes


def _link_text(text: str, url: str) -> str:
    shown = url.removeprefix("mailto:")
    if not text or text == url or text == shown:
        return shown or text
    return f"{text} ({shown})" if shown else text


def _is_punctuation(char: str) -> bool:
    return char in _PUNCTUATION or unicodedata.category(char)[0] in "PS"


def _delimiter(char: str, length: int, before: str, after: str) -> _Delimiter:
    left = not after.isspace() and (
        not _is_punctuation(after) or before.isspace() or _is_punctuation(before)
    )
    right = not before.isspace() and (
        not _is_punctuation(before) or after.isspace() or _is_punctuation(after)
    )
    if char == "_":
        can_open = left and (not right or _is_punctuation(before))
        can_close = right and (not left or _is_punctuation(after))
    else:
        can_open = left
        # Qt's slip: "**bold **next" ends the bold where CommonMark would not.
        can_close = right or (left and before.isspace())
    return _Delimiter(char, length, can_open, can_close)


def _unlink(delimiter: _Delimiter) -> None:
    if delimiter.prev is not None:
        delimiter.prev.next = delimiter.next
    if delimiter.next is not None:
        delimiter.next.prev = delimiter.prev


def _match(first: _Delimiter) -> None:
    """CommonMark's "process emphasis", with its openers_bottom so that a long paragraph
    of unmatched markers stays linear."""
    bottoms: dict[tuple[str, bool, int], _Delimiter | None] = {}
    closer: _Delimiter | None = first
    while closer is not None:
        if not closer.can_close:
            closer = closer.next
            continue
        key = (closer.char, closer.can_open, closer.length % 3)
        bottom = bottoms.get(key)
        opener = closer.prev
        while opener is not None and opener is not bottom:
            if (
                opener.char == closer.char
                and opener.can_open
                and not _rule_of_three(opener, closer)
            ):
                break
            opener = opener.prev
        else:
            opener = None
        if opener is None:
            bottoms[key] = closer.prev
            following = closer.next
            if not closer.can_open:
                _unlink(closer)
            closer = following
            continue
        used = 2 if opener.count >= 2 and closer.count >= 2 else 1
        tag = "b" if used == 2 else "i"
        opener.count -= used
        closer.count -= used
        opener.opens.append(tag)
        closer.closes.append(tag)
        opener.next, closer.prev = closer, opener  # the markers in between stay literal
        if opener.count == 0:
            _unlink(opener)
        if closer.count == 0:
            following = closer.next
            _unlink(closer)
            closer = following


def _rule_of_three(opener: _Delimiter, closer: _Delimiter) -> bool:
    both = opener.can_close or closer.can_open
    total = opener.length + closer.length
    return both and total % 3 == 0 and not (opener.length % 3 == 0 and closer.length % 3 == 0)


def _runs(nodes: list[str | _Delimiter]) -> tuple[Run, ...]:
    runs: list[Run] = []
    depth = {"b": 0, "i": 0}

    def add(text: str) -> None:
        if not text:
            return
        bold, italic = depth["b"] > 0, depth["i"] > 0
        if runs and (runs[-1].bold, runs[-1].italic) == (bold, italic):
            runs[-1] = Run(runs[-1].text + text, bold, italic)
        else:
            runs.append(Run(text, bold, italic))

    for node in nodes:
        if isinstance(node, str):
            add(node)
            continue
        for tag in node.closes:
            depth[tag] -= 1
        add(node.char * node.count)
        for tag in node.opens:
            depth[tag] += 1
    # The paragraph's own leading and trailing spaces are not the letter's.
    while runs and not runs[0].text.strip():
        runs.pop(0)
    while runs and not runs[-1].text.strip():
        runs.pop()
    if runs:
        runs[0] = replace(runs[0], text=runs[0].text.lstrip())
        runs[-1] = replace(runs[-1], text=runs[-1].text.rstrip())
    return tuple(runs)
