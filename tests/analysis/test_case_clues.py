"""The cheap tests the beside-the-reading rules ask first say no only where the old test said no.

A clue test (:mod:`briefing.analysis.case_clues`) stands before a case-blind pattern: every
character the pattern matches case-blind folds as the clue's letter does (checked for every
code point), and every match of each rule's pattern holds one of the rule's clues (checked on
the patterns' own words in generated case and surroundings). The other shortcuts (a minute's
bracket test, the given-name pairs' pattern, the paragraphs read once) find what the plain
reading finds.

Every text is written for these tests (invented people and places), none copied from an article.
"""

from __future__ import annotations

import re
import sys

import pytest
from analysis.builders import make_article
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis import (
    borrowed_given_names,
    built_years,
    case_clues,
    death_spans,
    links,
    match_minutes,
    offices,
    period_ends,
    tenures,
)
from briefing.analysis.ranks import RANKS
from briefing.analysis.text import sentences

_EVERY_CHARACTER = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def _rules() -> list[tuple[str, str, re.Pattern[str], tuple[str, ...], list[str]]]:
    """(rule, language, pattern, clues, the words the pattern is written from) of every rule
    with a clue test."""
    found = []
    for language in built_years._BUILT:
        words = re.findall(r"[^\W\d_]+", built_years._BUILT[language].replace(r"\w", ""))
        pattern = built_years._pattern(language)
        assert pattern is not None
        found.append(("built", language, pattern, built_years._clues(language), words))
    for language, phrases in tenures._IN_OFFICE.items():
        pattern = tenures._words(language)
        assert pattern is not None
        words = f"{phrases} {tenures._AGO.get(language, '')}".replace("_", " ").split()
        found.append(("tenure", language, pattern, tenures._clues(language), words))
    for language in death_spans._DEATH:
        pattern = death_spans._nouns(language)
        if pattern is not None:
            words = list(death_spans._DEATH[language])
            found.append(("death", language, pattern, death_spans._clues(language), words))
    for language, (verbs, _) in links._VERBS.items():
        pattern = links._verb(language)
        assert pattern is not None
        words = [w.rstrip("*") for w in verbs.split()]
        found.append(("link", language, pattern, links._clues(language), words))
    for table in (offices.OFFICES, RANKS):
        languages = {lang for words in table.titles.values() for lang in words}
        for language in sorted(languages):
            pattern = offices._pattern(table, language)
            if pattern is None:
                continue
            words = [w for t in offices._office_of(table, language) for w in t.split()]
            clues = offices._clues(table, language)
            found.append((table.kind, language, pattern, clues, words))
    return found


_RULES = _rules()


def test_every_character_a_clue_letter_matches_case_blind_folds_as_that_letter() -> None:
    letters = {c for *_, clues, _ in _RULES for clue in clues for c in clue}
    letters |= set("".join(w for *_, words in _RULES for w in words))
    for letter in sorted(letters):
        for match in re.finditer(re.escape(letter), _EVERY_CHARACTER, re.IGNORECASE):
            other = match.group()
            assert case_clues.folded(other) == case_clues.folded(letter), (letter, other)


def test_the_turkish_i_and_the_long_s_fold_as_the_patterns_match_them() -> None:
    assert case_clues.holds(case_clues.folded("İNAUGURATED"), ("inaugurated",))
    assert case_clues.holds(case_clues.folded("ınaugurated"), ("inaugurated",))
    assert case_clues.holds(case_clues.folded("conſtructed"), ("constructed",))
    assert re.search("(?i)constructed", "conſtructed")
    assert not case_clues.holds(case_clues.folded("the bridge stood"), ("built",))


@pytest.mark.parametrize(("rule", "language", "pattern", "clues", "words"), _RULES)
def test_each_word_of_a_rule_matched_alone_holds_a_clue(
    rule: str, language: str, pattern: re.Pattern[str], clues: tuple[str, ...], words: list[str]
) -> None:
    phrases = [*words, " ".join(words)]
    for phrase in phrases:
        for text in (phrase, phrase.upper(), phrase.title(), f"x {phrase} y"):
            if pattern.search(text):
                assert case_clues.holds(case_clues.folded(text), clues), (rule, text)


_CASES = st.sampled_from([str.lower, str.upper, str.title, str.swapcase, lambda w: w])


@st.composite
def _texts(draw: st.DrawFn, words: list[str]) -> str:
    pieces = draw(
        st.lists(
            st.one_of(
                st.builds(lambda w, f: f(w), st.sampled_from(words), _CASES),
                st.sampled_from([" ", "  ", "\n", "-", "’", "'", "ſ", "ı", "İ", "1984", "s"]),
                st.text(alphabet="abcINos é", max_size=3),
            ),
            max_size=8,
        )
    )
    return "".join(pieces)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_text_the_pattern_matches_holds_a_clue(data: st.DataObject) -> None:
    rule, language, pattern, clues, words = data.draw(st.sampled_from(_RULES))
    text = data.draw(_texts(words))
    if pattern.search(text) is not None:
        assert case_clues.holds(case_clues.folded(text), clues), (rule, language, text)


def _old_maybe(text: str, language: str) -> bool:
    if match_minutes._DIGIT.search(text) is None:
        return False
    return "(" in text or any(word in text for word in match_minutes._MARK_WORDS[language])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["(", ")", "109e", "108′", "80’", "7'", "3è", "12ᵉ", "٨٠′", "minute", "Minute",
             " ", ". ", ", ", "Vel", "et", "1990", "e", "2", "+", "(1-0)", "minuto", "a los"]
        ),
        max_size=12,
    ).map("".join),
    st.sampled_from(sorted(match_minutes._MARKS)),
)  # fmt: skip
def test_a_paragraph_the_cheaper_minute_test_passes_over_holds_no_mark(
    text: str, language: str
) -> None:
    marked = any(match_minutes.minute_marks(s.text, language) for s in sentences(text, language))
    if marked:
        assert match_minutes._maybe(text, language)
    if match_minutes._maybe(text, language):
        assert _old_maybe(text, language)  # never asks more than before


def test_minute_marks_read_once_per_paragraph_are_the_marks_of_each_article() -> None:
    wire = "Vel Orsak scored in the 80th minute (81e) and Tamsin Dreel replied (84′)."
    articles = [
        make_article("a1", wire, "Nothing (here) in 1990."),
        make_article("a2", "Intro (12e).", wire),
    ]
    memo: dict = {}
    for article in articles:
        plain = match_minutes._article_marks(article, {})
        assert match_minutes._article_marks(article, memo) == plain
        assert plain
    assert len(memo) == 3  # the wire paragraph read once


_OLD_PAIR = re.compile(
    r"(?<![^\W\d_])([A-Z][a-z\u00df-\u00ff\u0101-\u017f]+)\s+"
    r"(?=([A-Z][a-z\u00df-\u00ff\u0101-\u017f]{3,})(?![^\W\d_]))"
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Antony", "Anthony", "Blinken", "xAntony", "éAnna", "Tor", "Vel", " ", "  ", "\n",
             ", ", "-", "1", "aB", "Ørsted", "Marta", "ſ", "Żak", "Thea"]
        ),
        max_size=10,
    ).map("".join)
)  # fmt: skip
def test_the_given_name_pairs_match_as_with_the_look_behind_written_first(text: str) -> None:
    old = [m.groups() for m in _OLD_PAIR.finditer(text)]
    assert [m.groups() for m in borrowed_given_names._PAIR.finditer(text)] == old


def test_built_years_read_once_per_paragraph_are_those_of_each_sentence() -> None:
    text = "The old bridge. It was built in 1967 and inaugurated in 1968, between 1960 and 1961."
    expected = [
        (year, s)
        for s in sentences(text, "en")
        for year in built_years.building_years(s.text, "en")
    ]
    assert (
        built_years._paragraph_years(text, "en")
        == expected
        == [
            (1967, sentences(text, "en")[1]),
            (1968, sentences(text, "en")[1]),
        ]
    )
    assert built_years._paragraph_years("No year was given for it.", "en") == []


def test_titles_and_links_read_once_per_paragraph_are_those_read_apart() -> None:
    wire = "Mayor Tamsin Orlequist said the lift connects Alder Square with Hollin Heights."
    articles = [make_article("a1", wire), make_article("a2", "Intro.", wire)]
    for article in articles:
        assert links.links_of(article, {}) == links.links_of(article)
    reads = list(offices.titled(articles, offices.OFFICES))
    assert [r.article for r in reads] == ["a1", "a2"]
    assert reads[0].quote.span.paragraph == 0 and reads[1].quote.span.paragraph == 1


def test_period_ends_asked_of_a_paragraph_without_a_digit_say_no() -> None:
    pattern = period_ends._may_end("en")
    assert pattern is not None
    assert period_ends._may_stand("Mourning until the end of the week.", "en") is False
    assert period_ends._may_stand("Mourning until 2 November.", "en") is True
