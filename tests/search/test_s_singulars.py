"""A German or Dutch plural in a query finds its singular in ``-s`` (``s_singulars.py``), but
only where the briefing holds no other word under the singular's stem. Every sentence here
was written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from search.factory import hit_ids, make_article, prefixed, synced

from briefing.search import SearchIndex
from briefing.search.analysis import analyse_word
from briefing.search.s_singulars import s_singular_terms


@pytest.mark.parametrize(
    ("plural", "singular", "language"),
    [
        ("leitzinsen", "leitzins", "de"),
        ("kurse", "kurs", "de"),
        ("impulse", "impuls", "de"),
        ("gänse", "gans", "de"),  # the umlaut is Snowball's to fold
        ("hypothekenzinsen", "hypothekenzins", "de"),  # any compound of the shape
        ("koersen", "koers", "nl"),
        ("kersen", "kers", "nl"),
    ],
)
def test_a_plural_adds_its_singulars_stem(plural: str, singular: str, language: str) -> None:
    assert analyse_word(plural, language) != analyse_word(singular, language)
    terms = s_singular_terms(plural, (language,), prefixed(singular, plural))
    assert analyse_word(singular, language) in terms


@pytest.mark.parametrize(
    ("plural", "others", "languages"),
    [
        ("mensen", ("mens", "men"), ("en", "nl")),  # English "men" is indexed as "mens" is
        ("kurse", ("kurs", "kur"), ("de",)),  # a spa's "Kur" likewise
        ("jensen", ("jens",), ("de",)),  # a patronymic, no plural of the given name
        ("hansen", ("hans",), ("nl",)),
        ("leitzinsen", (), ("de",)),  # the briefing holds no singular
    ],
)
def test_a_stem_shared_with_another_word_or_a_name_is_not_added(
    plural: str, others: tuple[str, ...], languages: tuple[str, ...]
) -> None:
    assert s_singular_terms(plural, languages, prefixed(plural, *others)) == frozenset()


@pytest.mark.parametrize(
    ("word", "language"),
    [
        ("preise", "de"),  # "Preis": Snowball keeps an s after a vowel, the stems already meet
        ("staats", "de"),  # a genitive: its stem has no s left
        ("leitzins", "de"),  # the singular typed: its folded form finds the plural already
        ("leitzinsen", "fr"),  # no German or Dutch text in the briefing
        ("zins2", "de"),
    ],
)
def test_other_words_add_nothing(word: str, language: str) -> None:
    vocabulary = prefixed(word, "preis", "staat", "leitzins", "zins")
    assert s_singular_terms(word, (language,), vocabulary) == frozenset()


DE = make_article(
    "de",
    "Die Notenbank hob den Leitzins am Dienstag an; der Kurs der Währung fiel danach.",
    title="Notenbank",
    language="de",
)
DE_PLURAL = make_article(
    "de-plural",
    "Über die Leitzinsen wird im Rat erst im Sommer wieder beraten.",
    title="Rat",
    language="de",
)
NL = make_article(
    "nl",
    "De koers van de munt daalde, en men wachtte op de bank.",
    title="Munt",
    language="nl",
)
NL_PEOPLE = make_article(
    "nl-people",
    "Duizenden mensen stonden op het plein.",
    title="Plein",
    language="nl",
)
EN = make_article("en", "The men waited outside the bank.", title="Bank", language="en")
ARTICLES = [DE, DE_PLURAL, NL, NL_PEOPLE, EN]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(tmp_path_factory.mktemp("s-singulars"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Leitzinsen", {"de", "de-plural"}),  # the plural finds the singular
        ("Leitzins", {"de", "de-plural"}),  # as the singular found the plural
        ("Kurse", {"de"}),
        ("koersen", {"nl"}),
        ("mensen", {"nl-people"}),  # not the English "men"
    ],
)
def test_search(index: SearchIndex, query: str, expected: set[str]) -> None:
    assert hit_ids(index, query, BY_ID) == expected
