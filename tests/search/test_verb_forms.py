"""A Russian infinitive in a query finds its past, participles and gerunds (``verb_forms.py``).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from search.factory import hit_ids, make_article, synced

from briefing.search import SearchIndex
from briefing.search.analysis import analyse_word
from briefing.search.verb_forms import verb_form_terms


@pytest.mark.parametrize(
    ("infinitive", "forms"),
    [
        ("погибнуть", ["погибли", "погибших", "погиб", "погибшая"]),
        ("исчезнуть", ["исчезла", "исчезнувший"]),
        ("крикнуть", ["крикнул", "крикнувшего"]),
        ("идти", ["шёл", "шли", "шедшие"]),
    ],
)
def test_an_infinitive_brings_the_stems_of_its_past_forms(
    infinitive: str, forms: list[str]
) -> None:
    terms = verb_form_terms(infinitive)
    for form in forms:
        assert analyse_word(form, "ru") in terms, form
    # and they are terms the plain analysis did not already give
    assert analyse_word(infinitive, "ru") not in terms or len(terms) > 1


@pytest.mark.parametrize(
    "word",
    [
        "кровать",  # nouns ending like an infinitive
        "мать",
        "путь",
        "погибли",  # an inflected form: its own stem is what it asks for
        "загинути",  # Ukrainian (indexed by its lemma: its forms meet already)
        "зникнути",
        "погибель",  # a noun of the same root
        "bridge",
        "",
    ],
)
def test_other_words_are_left_alone(word: str) -> None:
    assert verb_form_terms(word) == frozenset()


def test_the_present_and_imperative_are_not_added() -> None:
    # стать: "станет", "стань" stem to "стан", which is also the noun "стан" (a camp)
    terms = verb_form_terms("стать")
    assert analyse_word("стал", "ru") in terms
    assert analyse_word("стан", "ru") not in terms


RU = make_article(
    "ru",
    "При обрушении моста погибли трое рабочих. Родственники погибших собрались у реки.",
    title="Обрушение моста",
    language="ru",
)
RU_OTHER = make_article(
    "ru-other",
    "Погибель грозила кораблю, но шторм утих к утру.",
    title="Шторм",
    language="ru",
)
UK = make_article(
    "uk",
    "Під час обвалу мосту загинули троє робітників.",
    title="Обвал мосту",
    language="uk",
)
ARTICLES = [RU, RU_OTHER, UK]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(tmp_path_factory.mktemp("verbs"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("погибнуть", {"ru"}),  # not the noun погибель
        ("погибли", {"ru"}),
        ("загинути", {"uk"}),  # Ukrainian lemmas met already
        ("кровать", set()),
    ],
)
def test_search_finds_the_verbs_other_forms(
    index: SearchIndex, query: str, expected: set[str]
) -> None:
    assert hit_ids(index, query, BY_ID) == expected
