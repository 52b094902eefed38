"""A French verb finds its participles and a German ``-innen`` plural its ``-in`` singular
(``lemma_forms.py``), both ways; look-alikes the lexicon does not read as one lemma stay
apart. Every sentence here was written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from search.factory import hit_ids, make_article, prefixed, synced

from briefing.search import SearchIndex
from briefing.search.analysis import analyse_word
from briefing.search.lemma_forms import lemma_form_terms


@pytest.mark.parametrize(
    ("typed", "other", "language"),
    [
        ("suspendre", "suspendue", "fr"),  # an -re verb and its participle
        ("suspendues", "suspendre", "fr"),
        ("interrompre", "interrompu", "fr"),
        ("läuferinnen", "läuferin", "de"),  # a feminine -in noun's -innen plural
        ("lehrerin", "lehrerinnen", "de"),
    ],
)
def test_forms_of_one_lemma_of_another_stem(typed: str, other: str, language: str) -> None:
    assert analyse_word(typed, language) != analyse_word(other, language)
    terms = lemma_form_terms(typed, (language,), prefixed(typed, other))
    assert analyse_word(other, language) in terms


@pytest.mark.parametrize(
    ("typed", "others", "languages"),
    [
        ("berlinnen", ("berlin",), ("de",)),  # no word: nobody's plural
        ("spinnen", ("spin",), ("de", "en")),  # a verb of its own, not a plural of "spin"
        ("beginnen", ("begin",), ("de", "en")),
        ("berlin", ("berlinnen",), ("de",)),  # a place in -in, no feminine noun
        ("centre", ("centu",), ("fr",)),
        ("suspendre", ("suspension",), ("fr",)),  # another word of the same start
    ],
)
def test_look_alikes_add_nothing(
    typed: str, others: tuple[str, ...], languages: tuple[str, ...]
) -> None:
    assert lemma_form_terms(typed, languages, prefixed(typed, *others)) == frozenset()


FR = make_article(
    "fr", "La coureuse a été suspendue pour deux ans par le tribunal.", title="Tribunal",
    language="fr",
)  # fmt: skip
DE = make_article(
    "de", "Die Läuferinnen des Vereins starten am Sonntag.", title="Verein", language="de"
)
DE_ONE = make_article(
    "de-one", "Eine Läuferin des Vereins fehlt am Sonntag.", title="Start", language="de"
)
ARTICLES = [FR, DE, DE_ONE]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(tmp_path_factory.mktemp("lemma-forms"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("suspendre", {"fr"}),
        ("Läuferinnen", {"de", "de-one"}),
        ("Läuferin", {"de", "de-one"}),
    ],
)
def test_search(index: SearchIndex, query: str, expected: set[str]) -> None:
    assert hit_ids(index, query, BY_ID) == expected
