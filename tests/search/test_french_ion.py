"""French words made from a noun in ``-ion`` with a doubled n (``démissionner``,
``sélectionné``) take the noun's stem (``stemmers._french``), so a search for the verb finds
the noun and back. The articles were written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from search.factory import hit_ids, make_article, synced

from briefing.search import SearchIndex
from briefing.search.analysis import analyse_word

NOUN = make_article(
    "noun",
    "Le maire a annoncé sa démission devant le conseil municipal.",
    title="Démission du maire",
    language="fr",
)
VERB = make_article(
    "verb",
    "La ministre a démissionné mardi; trois joueurs ont été sélectionnés pour la finale.",
    title="Une ministre quitte son poste",
    language="fr",
)
OTHER = make_article(
    "other",
    "La question de la fonction publique reste ouverte après la sélection des candidats.",
    title="Fonction publique",
    language="fr",
)
ARTICLES = [NOUN, VERB, OTHER]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(tmp_path_factory.mktemp("french-ion"), ARTICLES)


@pytest.mark.parametrize(
    ("noun", "others"),
    [
        ("démission", ["démissionner", "démissionné", "démissionnais", "démissionnera"]),
        ("sélection", ["sélectionner", "sélectionnés", "sélectionnant"]),
        ("perfection", ["perfectionnement", "perfectionner"]),
        ("impression", ["impressionnant", "impressionnée"]),
    ],
)
def test_the_verb_meets_its_noun(noun: str, others: list[str]) -> None:
    stem = analyse_word(noun, "fr")
    assert all(analyse_word(word, "fr") == stem for word in others)


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        # a noun that keeps its -ion shares its verb's stem already: left as it was
        ("question", "question"),
        ("questionner", "question"),
        ("fonctionner", "fonction"),
        # no doubled n after the -ion: not made from such a noun (antisionisme), left alone
        ("antisionisme", "antision"),
        ("démissionnaire", "demissionnair"),
    ],
)
def test_other_words_are_left_as_snowball_has_them(word: str, stem: str) -> None:
    assert analyse_word(word, "fr") == stem


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("démissionner", {"noun", "verb"}),
        ("démission", {"noun", "verb"}),
        ("sélectionner", {"verb", "other"}),
        ("questionner", {"other"}),
    ],
)
def test_search_finds_the_noun_and_the_verb(
    index: SearchIndex, query: str, expected: set[str]
) -> None:
    assert hit_ids(index, query, BY_ID) == expected
