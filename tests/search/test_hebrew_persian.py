"""Hebrew is lemmatised (schema 14): simplemma's dictionary forms, glued particles taken off
only where the dictionary knows what is left; a Persian plural that simplemma gives a singular
takes its stem; and a query's zero-width non-joiner is removed as the article sanitiser removes
it (Persian). Words and sentences written for the test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.corpus.sanitize import sanitize
from briefing.model import Article
from briefing.search.analysis import analyse_word, query_terms
from briefing.search.hebrew import lemma
from briefing.search.index import SearchIndex
from tests.search.factory import hit_ids, make_article, synced


@pytest.mark.parametrize(
    ("form", "base"),
    [
        ("ילדים", "ילד"),  # plural
        ("הילדים", "ילד"),  # the + plural
        ("לילדים", "ילד"),  # to + plural
        ("והילדים", "ילד"),  # and the + plural
        ("אסירים", "אסיר"),
        ("לאסירים", "אסיר"),
        ("משפחות", "משפחה"),  # plural in ות of a word in ה
        ("בירושלים", "ירושלים"),
        ("מהצבא", "צבא"),  # from the: a stack simplemma leaves whole
        ("שהממשלה", "ממשלה"),  # that the
        ("ובמדינה", "מדינה"),  # and in
    ],
)
def test_a_form_with_particles_or_a_plural_meets_its_base(form: str, base: str) -> None:
    assert analyse_word(form, "he") == analyse_word(base, "he")


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("בחירות", "חירות"),  # elections / freedom: the ב is the word's own
        ("מספר", "ספר"),  # number / book
        ("בקשה", "קשה"),  # request / hard
        ("ועדה", "עדה"),  # committee / community
        ("שמים", "מים"),  # sky / water
        ("כמות", "מות"),  # quantity / death
    ],
)
def test_a_known_word_is_never_cut(word: str, other: str) -> None:
    assert analyse_word(word, "he") != analyse_word(other, "he")


def test_a_lone_mem_is_not_taken_for_from() -> None:
    # ``מ`` opens many nouns (the mi- pattern): simplemma does not strip it, nor does the stack
    assert lemma("מדיה") != lemma("דיה")


def test_an_unknown_word_stays_whole() -> None:
    assert lemma("זרזוביק") == "זרזוביק"
    assert lemma("ושזרזוביק") == "ושזרזוביק"


def test_points_are_folded_after_the_lemma() -> None:
    assert analyse_word("שָׁלוֹם", "he") == analyse_word("שלום", "he")


def test_hebrew_words_outside_a_hebrew_paragraph_are_indexed_as_written() -> None:
    assert analyse_word("לילדים", "en") == "לילדים"
    assert query_terms("לילדים", ["en", "he"]) == {"לילדים", "ילד"}


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("زندانیان", "زندانی"), ("فلسطینیان", "فلسطینی"), ("کتابها", "کتاب"), ("سربازان", "سرباز")],
)
def test_a_persian_plural_meets_its_singular(plural: str, singular: str) -> None:
    assert analyse_word(plural, "fa") == analyse_word(singular, "fa")


@pytest.mark.parametrize(("word", "other"), [("زندان", "زندانی"), ("شد", "کرد"), ("پایان", "پای")])
def test_persian_words_that_are_no_plural_stay_apart(word: str, other: str) -> None:
    # prison / prisoner; "became" / "did" (simplemma reads one as the other); end / foot
    assert analyse_word(word, "fa") != analyse_word(other, "fa")


ARTICLES = [
    make_article("he-1", "הממשלה הודיעה כי כל האסירים ישוחררו מחר בבוקר.", language="he"),
    make_article("he-2", "משפחות לאסירים המתינו בירושלים כל הלילה.", language="he"),
    make_article("he-3", "הוועדה דנה בתקציב השנתי של העירייה.", language="he"),
    # read from a file, the non-joiner is gone: the article holds خانوادههای
    make_article(
        "fa-1", sanitize("خانواده\u200cهای زندانیان در بیمارستان منتظر ماندند."), language="fa"
    ),
    make_article("fa-2", "خانوادهها پس از دو سال به خانه بازگشتند.", language="fa"),
]
BY_ID: dict[str, Article] = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(Path(tmp_path_factory.mktemp("hebrew")), ARTICLES)


def test_the_singular_finds_plurals_with_particles(index: SearchIndex) -> None:
    assert hit_ids(index, "אסיר", BY_ID) == {"he-1", "he-2"}


def test_a_name_finds_it_with_a_particle(index: SearchIndex) -> None:
    assert hit_ids(index, "ירושלים", BY_ID) == {"he-2"}


def test_a_persian_plural_typed_with_its_non_joiner_finds_it_glued(index: SearchIndex) -> None:
    assert hit_ids(index, "خانواده\u200cها", BY_ID) == {"fa-1", "fa-2"}
    assert hit_ids(index, "خانوادهها", BY_ID) == {"fa-1", "fa-2"}
