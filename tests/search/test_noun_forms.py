"""A Russian noun in a query finds its forms that Snowball stems apart (``noun_forms.py``), but
only where the briefing holds no other word under that stem. Every sentence here was written
for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from search.factory import hit_ids, make_article, prefixed, synced

from briefing.search import SearchIndex
from briefing.search.analysis import analyse_word
from briefing.search.noun_forms import noun_form_terms


@pytest.mark.parametrize(
    ("noun", "form"),
    [
        ("башня", "башен"),
        ("окно", "окон"),
        ("отец", "отца"),
        ("день", "дней"),
        ("церковь", "церквей"),
        ("человек", "людей"),
        ("башен", "башня"),  # typed inflected: the same lexeme
    ],
)
def test_a_form_stemmed_apart_is_added(noun: str, form: str) -> None:
    assert analyse_word(form, "ru") != analyse_word(noun, "ru")
    assert analyse_word(form, "ru") in noun_form_terms(noun, prefixed(form, noun))


@pytest.mark.parametrize(
    ("noun", "form", "other"),
    [
        ("песня", "песен", "пёс"),  # песен → пес, the stem of пёс too
        ("башня", "башен", "баш"),
        ("год", "лет", "летом"),  # the plural of год, and the summer
    ],
)
def test_a_stem_another_word_of_the_briefing_shares_is_not_added(
    noun: str, form: str, other: str
) -> None:
    stem = analyse_word(form, "ru")
    assert analyse_word(other, "ru") == stem  # the look-alike really shares it
    assert stem not in noun_form_terms(noun, prefixed(form, other))


@pytest.mark.parametrize(
    "word",
    [
        "погибнуть",  # a verb: verb_forms.py's business
        "красный",  # an adjective
        "зданиеий",  # unknown to the dictionary
        "tower",
        "",
    ],
)
def test_other_words_are_left_alone(word: str) -> None:
    assert noun_form_terms(word, prefixed("красных", "погибли", "tower")) == frozenset()


def test_a_form_the_briefing_does_not_hold_adds_nothing() -> None:
    assert noun_form_terms("башня", prefixed("башни")) == frozenset()


ARTICLES = [
    make_article(
        "towers",
        "Пожар охватил несколько башен жилого комплекса.",
        title="Пожар в комплексе",
        language="ru",
    ),
    make_article(
        "songs",
        "На концерте прозвучало много старых песен.",
        title="Концерт",
        language="ru",
    ),
    make_article(
        "dog",
        "Бездомный пёс нашёл приют у соседей.",
        title="Пёс",
        language="ru",
    ),
]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(tmp_path_factory.mktemp("noun-forms"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("башня", {"towers"}),
        # the briefing also holds пёс under песен's stem: the dog is not a song, and the
        # songs are not found by their base form (as before)
        ("песня", set()),
    ],
)
def test_search_finds_the_other_forms(index: SearchIndex, query: str, expected: set[str]) -> None:
    assert hit_ids(index, query, BY_ID) == expected
