"""A German word in a query finds the compounds it opens (``german_compounds.py``):
``Befreiung`` finds ``Befreiungstag``, with or without a linking element, but a word that only
starts with it (``Landung``, ``Landes``) is no compound of it. Every sentence here was written
for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from search.factory import hit_ids, make_article, prefixed, synced

from briefing.search import SearchIndex
from briefing.search.analysis import analyse_word
from briefing.search.german_compounds import compound_terms


@pytest.mark.parametrize(
    ("word", "compound"),
    [
        ("befreiung", "befreiungstag"),  # a linking -s-
        ("handel", "handelskrieg"),
        ("rosen", "rosengarten"),  # no linking element
        ("arbeit", "arbeitsplätze"),  # the rest keeps its umlaut
    ],
)
def test_a_compound_opened_by_the_word_adds_its_stem(word: str, compound: str) -> None:
    terms = compound_terms(word, ("de",), prefixed(word, compound))
    assert terms == {analyse_word(compound, "de")}


@pytest.mark.parametrize(
    ("word", "compound"),
    [
        ("halloween", "halloweenfeiern"),  # a loan commoner in English, written in whole
        ("internet", "internetseiten"),
    ],
)
def test_a_loan_commoner_elsewhere_opens_its_compounds(word: str, compound: str) -> None:
    terms = compound_terms(word, ("de", "en"), prefixed(word, compound))
    assert terms == {analyse_word(compound, "de")}


@pytest.mark.parametrize(
    ("word", "others", "languages"),
    [
        ("landung", ("landungen",), ("de",)),  # an ending, no second word
        ("stadt", ("stadtes", "stadtteilx"), ("de",)),  # an ending; a rest that is no word
        ("befreiung", ("befreiungstag",), ("en", "fr")),  # no German text
        ("land", ("landtag",), ("de",)),  # too short a word to open compounds
        ("xqzvw", ("xqzvwtag",), ("de",)),  # no German word typed
        ("regio", ("regionen",), ("de",)),  # a longer word ("Region") and an ending
        ("unter", ("untersucht", "unterlagen"), ("de",)),  # a particle opens verbs
        ("frank", ("frankreich",), ("de",)),  # commoner than the typed word: its own word
        ("attack", ("attacking",), ("de", "en")),  # an English word in an English briefing
        ("north", ("northern",), ("de", "en")),
        ("niger", ("nigerina",), ("de", "en", "es")),  # a Spanish adjective, no compound
        ("winter", ("winterlicher",), ("de", "en")),  # an inflected suffix, no last part
        ("press", ("pressekonferenz",), ("de", "en")),  # a loan: no linking element ("Presse")
        ("befreiung", ("befreiungsden",), ("de",)),  # a function word closes no compound
    ],
)
def test_no_compound_no_term(
    word: str, others: tuple[str, ...], languages: tuple[str, ...]
) -> None:
    assert compound_terms(word, languages, prefixed(word, *others)) == frozenset()


DE_DAY = make_article(
    "de-day",
    "Der Präsident nannte den Mittwoch einen Befreiungstag für die Bauern der Region.",
    title="Mittwoch",
    language="de",
)
DE_WORD = make_article(
    "de-word",
    "Die Feier zur Befreiung der Stadt fand am Sonntag auf dem Marktplatz statt.",
    title="Feier",
    language="de",
)
DE_OTHER = make_article(
    "de-other",
    "Die Landung des Flugzeugs verlief ruhig, die Gäste stiegen am Abend aus.",
    title="Flughafen",
    language="de",
)
EN = make_article("en", "The liberation of the city was marked on Sunday.", language="en")
ARTICLES = [DE_DAY, DE_WORD, DE_OTHER, EN]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(tmp_path_factory.mktemp("german-compounds"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Befreiung", {"de-day", "de-word"}),  # the word and the compound it opens
        ("Befreiungstag", {"de-day"}),  # the compound finds no more than itself
        ("Landung", {"de-other"}),
    ],
)
def test_search(index: SearchIndex, query: str, expected: set[str]) -> None:
    assert hit_ids(index, query, BY_ID) == expected


def test_the_word_itself_ranks_above_its_compound(index: SearchIndex) -> None:
    hits = index.search("Befreiung", BY_ID).hits
    assert [h.article_id for h in hits][:1] == ["de-word"]
