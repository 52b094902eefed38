"""An English or French ``-sion`` noun finds its verb and the verb the noun
(``latinate.py``): ``explosions`` finds "exploded", ``décision`` finds "décidé"; a stem too
short (``tension`` / ``tend``), an ``-ssion`` noun (``commission`` / ``commit``) or a verb with
no ``-sion`` noun in the briefing (``offend``: "offensive") is left alone. Every sentence here
was written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from search.factory import hit_ids, make_article, prefixed, synced

from briefing.search import SearchIndex
from briefing.search.latinate import latinate_terms


@pytest.mark.parametrize(
    ("word", "words", "term"),
    [
        ("explosions", ("exploded", "explodes"), "explod"),
        ("decision", ("decided",), "decid"),
        ("collision", ("collided",), "collid"),
        ("suspension", ("suspended",), "suspend"),  # an n before the s
        ("exploded", ("explosion",), "explos"),  # the verb finds the noun
        ("invaded", ("invasions",), "invas"),
    ],
)
def test_a_sion_noun_and_its_verb(word: str, words: tuple[str, ...], term: str) -> None:
    assert latinate_terms(word, ("en",), prefixed(*words)) == {term}


def test_a_verb_finds_a_noun_spelt_alike_in_both_languages() -> None:
    assert latinate_terms("exploded", ("en", "fr"), prefixed("explosion")) == {"explos"}


@pytest.mark.parametrize(
    ("word", "words", "languages"),
    [
        ("tension", ("tended", "tends"), ("en",)),  # a four-letter stem: a word of its own
        ("pension", ("pending",), ("en",)),
        ("commission", ("committed",), ("en",)),  # -ssion: no t-verb is looked for
        ("admission", ("admitted",), ("en",)),
        ("offend", ("offensive", "offense"), ("en",)),  # no -sion noun in the briefing
        ("intend", ("intensive",), ("en",)),
        ("inclusion", ("included", "includes"), ("en",)),  # a verb far commoner than its noun
        ("provisions", ("provided",), ("en",)),
        ("included", ("inclusion",), ("en",)),
        ("inclusion", ("included", "including"), ("en", "fr")),  # English words, no French verb
        ("explosion", ("exploded",), ("de", "ru")),  # no English or French text
        ("explosions", ("explodxyz",), ("en",)),  # no word of that stem
        ("explosive", ("exploded",), ("en",)),  # an adjective: "offensive" is no "offend"
    ],
)
def test_no_verb_no_term(word: str, words: tuple[str, ...], languages: tuple[str, ...]) -> None:
    assert latinate_terms(word, languages, prefixed(*words)) == frozenset()


EN_VERB = make_article(
    "en-verb", "The old boiler exploded shortly after noon, and the street was closed."
)
EN_NOUN = make_article("en-noun", "Witnesses heard an explosion near the harbour on Tuesday.")
EN_OTHER = make_article("en-other", "The council met the tenants to ease the tension in town.")
FR_VERB = make_article(
    "fr-verb", "Le conseil municipal a décidé de fermer la rue jusqu'à lundi.", language="fr"
)
FR_NOUN = make_article(
    "fr-noun", "La décision du conseil a surpris les habitants du quartier.", language="fr"
)
ARTICLES = [EN_VERB, EN_NOUN, EN_OTHER, FR_VERB, FR_NOUN]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(tmp_path_factory.mktemp("latinate"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("explosions", {"en-verb", "en-noun"}),
        ("explode", {"en-verb", "en-noun"}),
        ("décision", {"fr-verb", "fr-noun"}),  # French: décision / décidé
        ("tension", {"en-other"}),
    ],
)
def test_search(index: SearchIndex, query: str, expected: set[str]) -> None:
    assert hit_ids(index, query, BY_ID) == expected


def test_the_typed_word_ranks_above_its_verb(index: SearchIndex) -> None:
    hits = index.search("explosion", BY_ID).hits
    assert [h.article_id for h in hits] == ["en-noun", "en-verb"]
