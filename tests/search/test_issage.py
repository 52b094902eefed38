"""A French ``-ir`` verb finds its ``-issage`` noun and the noun the verb (``issage.py``):
``atterrir`` finds "atterrissage", ``atterrissage`` finds "atterri"; a verb of another group,
a noun of another verb, a word that is no verb and a verb far commoner than its noun stay
apart. Every sentence here was written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from search.factory import hit_ids, make_article, prefixed, synced

from briefing.search import SearchIndex
from briefing.search.analysis import analyse_word
from briefing.search.issage import issage_terms


@pytest.mark.parametrize(
    ("typed", "words", "term"),
    [
        ("atterrir", ("atterrissage",), "atterrissag"),  # the infinitive finds the noun
        ("atterri", ("atterrissages",), "atterrissag"),  # a participle, the plural
        ("atterrissage", ("atterri", "atterrit"), "atterr"),  # the noun finds the verb
        ("atterrissages", ("atterrir",), "atterr"),
        ("amerrir", ("amerrissage",), "amerrissag"),
        ("équarrir", ("équarrissage",), "equarrissag"),
    ],
)
def test_a_verb_and_its_issage_noun(typed: str, words: tuple[str, ...], term: str) -> None:
    assert analyse_word(typed, "fr") != term  # Snowball alone keeps them apart
    assert issage_terms(typed, ("fr",), prefixed(*words)) == {term}


@pytest.mark.parametrize(
    ("typed", "words", "languages"),
    [
        ("partir", ("partissage",), ("fr",)),  # another group: no such noun, nor its sense
        ("finir", ("finissage",), ("fr",)),  # a verb far commoner: senses of its own
        ("finissage", ("fini", "finit", "finir"), ("fr",)),
        ("remplir", ("remplissage",), ("fr",)),
        ("cuir", ("cuissage",), ("fr",)),  # a noun in -ir, no verb
        ("pâlir", ("palissage",), ("fr",)),  # palissage is palisser's
        ("palissage", ("pâli", "pâlit"), ("fr",)),
        ("métissage", ("mets", "met"), ("fr",)),  # métisser's: no "métir"
        ("tissage", ("tir",), ("fr",)),  # a stem too short
        ("atterrir", ("atterrissent",), ("fr",)),  # no noun in the briefing
        ("atterrissage", ("atterrissages",), ("fr",)),  # no verb form in the briefing
        ("atterrir", ("atterrissage",), ("en", "de")),  # no French text
    ],
)
def test_look_alikes_add_nothing(
    typed: str, words: tuple[str, ...], languages: tuple[str, ...]
) -> None:
    assert issage_terms(typed, languages, prefixed(*words)) == frozenset()


NOUN = make_article(
    "noun", "L'atterrissage de l'avion a eu lieu sans incident ce matin.", language="fr"
)
VERB = make_article(
    "verb", "Le petit avion a atterri dans un champ près du village.", language="fr"
)
OTHER = make_article(
    "other", "Les coureurs vont partir du stade avant midi.", title="Course", language="fr"
)  # fmt: skip
ARTICLES = [NOUN, VERB, OTHER]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(tmp_path_factory.mktemp("issage"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("atterrir", {"noun", "verb"}),
        ("atterrissage", {"noun", "verb"}),
        ("partir", {"other"}),
    ],
)
def test_search(index: SearchIndex, query: str, expected: set[str]) -> None:
    assert hit_ids(index, query, BY_ID) == expected


def test_the_typed_word_ranks_above_its_derived_form(index: SearchIndex) -> None:
    hits = index.search("atterrissage", BY_ID).hits
    assert [h.article_id for h in hits] == ["noun", "verb"]
