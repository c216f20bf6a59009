"""The letter body's markup: what Qt's editor writes, read back into paragraphs and lists."""

from __future__ import annotations

import pytest

from rocb_desk.domain.markup import Item, Para, Run, parse, plain_text


def one(text: str) -> tuple[Run, ...]:
    (block,) = parse(text)
    return block.runs


def test_paragraphs_are_separated_by_blank_lines_and_soft_breaks_are_spaces():
    assert parse("First line\nwrapped here.\n\n\nSecond.\n") == [
        Para((Run("First line wrapped here."),)),
        Para((Run("Second."),)),
    ]
    assert parse("") == [] and parse("  \n\n \n") == []


def test_two_trailing_spaces_or_a_backslash_make_a_hard_break():
    assert one("Nizami street 90  \nAZ1010 Baku\\\nAzerbaijan") == (
        Run("Nizami street 90\nAZ1010 Baku\nAzerbaijan"),
    )
    # On the last line they are nothing: trailing spaces go, a backslash stays.
    assert one("end  ") == (Run("end"),)
    assert one("end\\") == (Run("end\\"),)


def test_bold_and_italic_in_all_their_spellings():
    assert one("a **bold** and *italic* and _also italic_ and __bold__") == (
        Run("a "),
        Run("bold", bold=True),
        Run(" and "),
        Run("italic", italic=True),
        Run(" and "),
        Run("also italic", italic=True),
        Run(" and "),
        Run("bold", bold=True),
    )


def test_nested_emphasis_as_commonmark_nests_it():
    assert one("**bold *both***") == (Run("bold ", bold=True), Run("both", bold=True, italic=True))
    assert one("***both***") == (Run("both", bold=True, italic=True),)
    assert one("*it **bi** it*") == (
        Run("it ", italic=True),
        Run("bi", bold=True, italic=True),
        Run(" it", italic=True),
    )


def test_underscores_inside_words_and_lone_stars_are_text():
    assert one("snake_case_name, 2 * 3 * 4, a_b") == (Run("snake_case_name, 2 * 3 * 4, a_b"),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**never closed", "**never closed"),
        ("*never closed", "*never closed"),
        ("closed** only", "closed** only"),
        ("**", "**"),
        ("a ** b", "a ** b"),
        ("__x", "__x"),
    ],
)
def test_unbalanced_markers_stay_as_literal_text(text, expected):
    assert one(text) == (Run(expected),)


def test_one_marker_left_over_stays_literal_next_to_the_matched_ones():
    assert one("***a**") == (Run("*"), Run("a", bold=True))


def test_backslash_escapes_make_punctuation_literal():
    assert one(r"2\*3 = 6, \*\*not bold\*\*, \_x\_, a\\b, \q") == (
        Run(r"2*3 = 6, **not bold**, _x_, a\b, \q"),
    )
    assert parse("1\\. not a list\n\n\\- nor this\n\n\\# nor a heading") == [
        Para((Run("1. not a list"),)),
        Para((Run("- nor this"),)),
        Para((Run("# nor a heading"),)),
    ]


def test_bullet_lists_with_any_marker_and_their_places():
    assert parse("- one\n* two\n+ three") == [
        Item((Run("one"),), ordered=False, number=1),
        Item((Run("two"),), ordered=False, number=2),
        Item((Run("three"),), ordered=False, number=3),
    ]


def test_numbered_lists_count_on_from_their_first_number():
    blocks = parse("3.  three\n3.  four\n\nText\n\n1) one\n7) two")
    assert blocks == [
        Item((Run("three"),), ordered=True, number=3),
        Item((Run("four"),), ordered=True, number=4),
        Para((Run("Text"),)),
        Item((Run("one"),), ordered=True, number=1),
        Item((Run("two"),), ordered=True, number=2),
    ]


def test_list_items_run_on_over_wrapped_lines_and_nest_by_indentation():
    text = "- a long item\n  that wraps\n  - nested *one*\n  - nested two\n- back\n\nafter"
    assert parse(text) == [
        Item((Run("a long item that wraps"),), ordered=False, number=1, level=0),
        Item((Run("nested "), Run("one", italic=True)), ordered=False, number=1, level=1),
        Item((Run("nested two"),), ordered=False, number=2, level=1),
        Item((Run("back"),), ordered=False, number=2, level=0),
        Para((Run("after"),)),
    ]


def test_a_list_may_follow_a_paragraph_line_directly_but_not_a_wrapped_year():
    assert parse("Please:\n- sign\n- return") == [
        Para((Run("Please:"),)),
        Item((Run("sign"),), ordered=False, number=1),
        Item((Run("return"),), ordered=False, number=2),
    ]
    assert parse("held in March\n2021. The office") == [
        Para((Run("held in March 2021. The office"),))
    ]


def test_what_qt_writes_for_pasted_text_reads_sensibly():
    text = (
        "# Annex\n\n> quoted\n\nSee [the site](https://rocb.org) or <mail@rocb.org>.\n\n---\n\nEnd"
    )
    assert parse(text) == [
        Para((Run("Annex", bold=True),)),
        Para((Run("quoted"),)),
        Para((Run("See the site (https://rocb.org) or mail@rocb.org."),)),
        Para((Run("End"),)),
    ]


def test_qt_leaving_a_space_inside_the_closing_marker_still_closes_it():
    # Qt writes a bold selection that ended with a space as "**bold **next".
    assert one("**bold **next, *it *then") == (
        Run("bold ", bold=True),
        Run("next, "),
        Run("it ", italic=True),
        Run("then"),
    )


def test_what_qt_markdown_writes_parses_to_the_same_blocks():
    from PySide6.QtGui import QTextDocument

    source = QTextDocument()
    source.setHtml(
        "<p>Dear <b>all</b>, <i>see</i> 2*3 and <b>bold <i>both</i></b></p>"
        "<ul><li>one</li><li><i>two</i></li></ul>"
        "<ol><li>first</li><li>second</li></ol>"
        "<p>1. not a list</p>"
        "<p>Региональное бюро <b>РБНП</b></p>"
    )
    assert parse(source.toMarkdown()) == [
        Para(
            (
                Run("Dear "),
                Run("all", bold=True),
                Run(", "),
                Run("see", italic=True),
                Run(" 2*3 and "),
                Run("bold ", bold=True),
                Run("both", bold=True, italic=True),
            )
        ),
        Item((Run("one"),), ordered=False, number=1),
        Item((Run("two", italic=True),), ordered=False, number=2),
        Item((Run("first"),), ordered=True, number=1),
        Item((Run("second"),), ordered=True, number=2),
        Para((Run("1. not a list"),)),
        Para((Run("Региональное бюро "), Run("РБНП", bold=True))),
    ]


def test_the_briefs_qt_sample():
    from PySide6.QtGui import QTextDocument

    source = QTextDocument()
    source.setHtml("<p>Dear <b>all</b></p><ul><li>one</li><li><i>two</i></li></ul>")
    assert parse(source.toMarkdown()) == [
        Para((Run("Dear "), Run("all", bold=True))),
        Item((Run("one"),), ordered=False, number=1),
        Item((Run("two", italic=True),), ordered=False, number=2),
    ]


def test_a_long_paragraph_is_read_whole_by_qt_and_by_us():
    from PySide6.QtGui import QTextDocument

    words = "capacity building " * 40
    source = QTextDocument()
    source.setHtml(f"<p>{words}</p>")
    (block,) = parse(source.toMarkdown())  # Qt wraps it at 80 characters
    assert plain_text(block.runs) == words.strip()


@pytest.mark.timeout(10)
def test_hostile_text_is_read_in_linear_time():
    for text in ("*a " * 20_000, "**a *" * 10_000, "_a " * 20_000, "- x\n  " * 5_000):
        assert parse(text)
