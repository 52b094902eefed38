"""A German infinitive in a query finds its weak past and participle (``german_verbs.py``).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from search.factory import hit_ids, make_article, synced

from briefing.search import SearchIndex
from briefing.search.analysis import analyse_word
from briefing.search.german_verbs import german_verb_terms


@pytest.mark.parametrize(
    ("infinitive", "forms"),
    [
        ("stürzen", ["stürzte", "gestürzt"]),
        ("retten", ["rettete", "gerettet"]),  # -ete after a dental
        ("sammeln", ["sammelte", "gesammelt"]),  # -eln keeps its l
        ("verletzen", ["verletzte", "verletzt"]),  # no ge- after an unstressed prefix
        ("evakuieren", ["evakuierte", "evakuiert"]),  # nor in -ieren verbs
    ],
)
def test_an_infinitive_brings_its_weak_past_forms(infinitive: str, forms: list[str]) -> None:
    terms = german_verb_terms(infinitive)
    for form in forms:
        assert analyse_word(form, "de") in terms, form


@pytest.mark.parametrize("word", ["frauen", "haus", "gestern", "brücke", "123en", ""])
def test_words_whose_built_forms_are_no_german_words_are_left_alone(word: str) -> None:
    assert german_verb_terms(word) == frozenset()


DE = make_article(
    "de",
    "Der Kran stürzte am Morgen auf die Straße. Zwei Arbeiter wurden gerettet.",
    title="Unfall auf der Baustelle",
    language="de",
)
DE_PARTICIPLE = make_article(
    "de-participle",
    "Ein Baum ist in der Nacht auf ein Auto gestürzt.",
    title="Sturm",
    language="de",
)
DE_OTHER = make_article(
    "de-other",
    "Die Frauen des Chors sangen im Dom, die Zuhörer blieben lange.",
    title="Konzert",
    language="de",
)
EN = make_article(
    "en",
    "The crane fell onto the street in the morning.",
    title="Crane",
    language="en",
)
ARTICLES = [DE, DE_PARTICIPLE, DE_OTHER, EN]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(tmp_path_factory.mktemp("german-verbs"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("stürzen", {"de", "de-participle"}),  # the past and the participle
        ("retten", {"de"}),
        ("stürzte", {"de"}),  # a typed past form asks for itself (and the present)
        ("frauen", {"de-other"}),
    ],
)
def test_search_finds_the_verbs_past_forms(
    index: SearchIndex, query: str, expected: set[str]
) -> None:
    assert hit_ids(index, query, BY_ID) == expected
