"""An English word finds its irregular forms (``irregular_forms.py``); homographs,
words of another lemma and words of another language stay apart. Every sentence here was
written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from search.factory import highlighted, hit_ids, make_article, synced_by_language

from briefing.search import SearchIndex
from briefing.search.analysis import analyse_word
from briefing.search.irregular_forms import irregular_form_terms


@pytest.mark.parametrize(
    ("typed", "other", "language"),
    [
        ("say", "said", "en"),
        ("tell", "told", "en"),
        ("go", "went", "en"),
        ("child", "children", "en"),
        ("man", "men", "en"),
        ("bring", "brought", "en"),
        ("said", "say", "en"),  # an irregular form finds its base form
        ("children", "child", "en"),
    ],
)
def test_irregular_forms_found(typed: str, other: str, language: str) -> None:
    assert analyse_word(typed, language) != analyse_word(other, language)
    terms = irregular_form_terms(typed, (language,), {typed, other}.__contains__)
    assert analyse_word(other, language) in terms


@pytest.mark.parametrize(
    ("typed", "others", "language", "apart"),
    [
        ("leave", ("left",), "en", "left"),  # "left" is a word of its own (the side)
        ("find", ("found",), "en", "found"),  # to found
        ("see", ("saw",), "en", "saw"),  # the tool
        ("lie", ("lay",), "en", "lay"),
        ("hold", ("held", "holden"), "en", "holden"),  # archaic, and a surname
        ("have", ("hath",), "en", "hath"),
        ("say", ("said",), "de", "said"),  # no English text in the briefing
    ],
)
def test_look_alikes_stay_apart(
    typed: str, others: tuple[str, ...], language: str, apart: str
) -> None:
    terms = irregular_form_terms(typed, (language,), {typed, *others}.__contains__)
    assert analyse_word(apart, language) not in terms


@pytest.mark.parametrize(
    ("typed", "others", "language"),
    [
        ("saw", ("seen", "see"), "en"),  # read as "see" and as the tool: ambiguous
        ("found", ("find", "finds"), "en"),
        ("say", ("says",), "en"),  # a form of the same stem: nothing to add
        ("said", (), "en"),  # no other form written
        ("blorf", ("blorfed",), "en"),  # unknown to the lexicon
        ("gehen", ("ging",), "de"),  # German: left out for the lexicon's cost (module doc)
    ],
)
def test_nothing_added(typed: str, others: tuple[str, ...], language: str) -> None:
    assert irregular_form_terms(typed, (language,), {typed, *others}.__contains__) == frozenset()


EN_SAID = make_article("said", "The mayor said the bridge would open soon.", title="Bridge")
EN_LEFT = make_article("left", "The mayor turned left at the bridge.", title="Road")
EN_SAY = make_article("say", "Engineers say the bridge is sound.", title="Engineers")
BRIEFINGS = {"en": [EN_SAID, EN_LEFT, EN_SAY]}


@pytest.fixture(scope="module")
def indexes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, SearchIndex]]:
    yield from synced_by_language(tmp_path_factory.mktemp, BRIEFINGS, "irregular")


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("en", "say", {"say", "said"}),
        ("en", "said", {"say", "said"}),
        ("en", "leave", set()),  # not "left", the side
        ("en", '"mayor said"', {"said"}),  # a phrase is as written
        ("en", '"mayor say"', set()),
    ],
)
def test_search(
    indexes: dict[str, SearchIndex], language: str, query: str, expected: set[str]
) -> None:
    by_id = {a.id: a for a in BRIEFINGS[language]}
    assert hit_ids(indexes[language], query, by_id) == expected


def test_the_irregular_form_is_highlighted(indexes: dict[str, SearchIndex]) -> None:
    by_id = {a.id: a for a in BRIEFINGS["en"]}
    assert "said" in highlighted(indexes["en"], "say", by_id)["said"]
