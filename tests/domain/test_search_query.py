"""The search box reads any text as a query: words, phrases, prefixes, AND/OR/NOT."""

from __future__ import annotations

import pytest

from rocb_desk.domain.search_query import parse, to_fts5


@pytest.mark.parametrize(
    ("typed", "fts5"),
    [
        ("contact points", '("contact" AND "points")'),
        ('"contact points"', '("contact points")'),
        ("contrib*", '("contrib"*)'),
        ("budget OR contribution", '("budget") OR ("contribution")'),
        ("budget NOT draft", '(("budget") NOT "draft")'),
        ("budget -draft", '(("budget") NOT "draft")'),
        ("бюджет ИЛИ взносы", '("бюджет") OR ("взносы")'),
        ("бюджет НЕ проект", '(("бюджет") NOT "проект")'),
        ("2021/2", '("2021/2")'),
        ('"unbalanced quote', '("unbalanced quote")'),
        ('say "hello', '("say" AND "hello")'),
        ("AND budget OR", '("budget")'),
        ('NEAR("x" y) ^col:z', '("NEAR" AND "x" AND "y" AND "col" AND "z")'),
    ],
)
def test_what_is_typed_becomes_a_safe_query(typed: str, fts5: str):
    assert to_fts5(parse(typed)) == fts5


@pytest.mark.parametrize(
    "typed", ["", "   ", "***", "AND OR NOT", "NOT budget", '"', "((( )))", "-"]
)
def test_text_with_no_word_to_look_for_is_an_empty_query_not_an_error(typed: str):
    assert parse(typed).empty


def test_a_pasted_page_is_cut_to_its_first_words():
    query = parse(" ".join(f"word{n}" for n in range(500)))
    assert sum(len(group) for group in query.groups) == 32


def test_quotes_inside_words_cannot_break_out_of_the_quoting():
    assert to_fts5(parse("it's")) == '("it\'s")'
    assert '"' not in parse('a"b').words()[0]
