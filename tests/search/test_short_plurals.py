"""Romance plurals that Snowball leaves whole beside their singular take its stem
(``short_plurals.py``); pairs a lemmatiser does not vouch for, verb forms and pairs Snowball
already handles are left alone. The lexicons, lemmas and articles were written for these tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from search.factory import hit_ids, make_article, synced

from briefing.search import SearchIndex
from briefing.search.analysis import analyse_word
from briefing.search.plural_siblings import SIBLINGS
from briefing.search.short_plurals import short_plural_sibling
from briefing.search.stemmers import stemmer


def _lexicon(**zipf: float) -> Callable[[str], float]:
    return lambda word: zipf.get(word, 0.0)


def _lemmas(**pairs: str) -> Callable[[str], str]:
    return lambda word: pairs.get(word, word)


def _whole(word: str) -> str:
    """A stemmer that cuts nothing (the short words of the cases below)."""
    return word


def _unaccented(word: str) -> str:
    """A stemmer that cuts nothing but takes the acute accents off, as Spanish Snowball does."""
    return word.translate(str.maketrans("áéíóú", "aeiou"))


def _cuts_s(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


@pytest.mark.parametrize(
    ("word", "language", "lexicon", "lemmas", "stem", "expected"),
    [
        ("anni", "it", _lexicon(anni=5.0, anno=5.2), _lemmas(anni="anno"), _whole, "anno"),
        ("ore", "it", _lexicon(ore=5.0, ora=5.5), _lemmas(ore="ora"), _whole, "ora"),
        ("años", "es", _lexicon(años=5.5, año=5.0), _lemmas(años="año"), _whole, "año"),
        ("meses", "es", _lexicon(meses=5.0, mes=5.3), _lemmas(meses="mes"), _whole, "mes"),
        ("euros", "fr", _lexicon(euros=5.0, euro=4.6), _lemmas(euros="euro"), _whole, "euro"),
        # an accent taken off is no cut: the plural of an accented short word is one too
        ("días", "es", _lexicon(días=5.5, día=5.8), _lemmas(días="día"), _unaccented, "día"),
        ("ríos", "es", _lexicon(ríos=4.5, río=5.0), _lemmas(ríos="río"), _unaccented, "río"),
        # the lemmatiser gives no other lemma: a word, not a plural (``dios`` is not ``dio``)
        ("dios", "es", _lexicon(dios=5.0, dio=5.5), _lemmas(), _whole, None),
        # a lemma the word is no regular plural of: a verb form, an irregular pair
        ("dius", "ca", _lexicon(dius=3.0, dir=5.0), _lemmas(dius="dir"), _whole, None),
        ("uomini", "it", _lexicon(uomini=5.0, uomo=5.2), _lemmas(uomini="uomo"), _whole, None),
        # Snowball cuts the plural's s already: it joins them, nothing to do
        ("casas", "es", _lexicon(casas=5.0, casa=5.5), _lemmas(casas="casa"), _cuts_s, None),
        # the singular is too rare to vouch for the pair
        ("anni", "it", _lexicon(anni=5.0, anno=3.5), _lemmas(anni="anno"), _whole, None),
        # a language the rule does not cover, and a word too short to look at
        ("anni", "de", _lexicon(anni=5.0, anno=5.2), _lemmas(anni="anno"), _whole, None),
        ("os", "pt", _lexicon(os=7.0, o=7.0), _lemmas(os="o"), _whole, None),
    ],
)
def test_the_short_plural_rule(
    word: str,
    language: str,
    lexicon: Callable[[str], float],
    lemmas: Callable[[str], str],
    stem: Callable[[str], str],
    expected: str | None,
) -> None:
    assert short_plural_sibling(word, language, lexicon, lemmas, stem) == expected


@pytest.mark.parametrize(
    ("language", "plural", "singular"),
    [
        ("it", "anni", "anno"),
        ("es", "años", "año"),
        ("es", "días", "día"),
        ("es", "ríos", "río"),
        ("pt", "anos", "ano"),
        ("fr", "euros", "euro"),
    ],
)
def test_the_shipped_table_joins_a_plural_to_its_singular(
    language: str, plural: str, singular: str
) -> None:
    assert SIBLINGS[language][plural] == singular
    assert analyse_word(plural, language) == analyse_word(singular, language)


@pytest.mark.parametrize(
    ("language", "one", "other"),
    [("es", "dios", "dio"), ("es", "tres", "tre"), ("fr", "paris", "pari")],
)
def test_look_alikes_stay_apart(language: str, one: str, other: str) -> None:
    assert analyse_word(one, language) != analyse_word(other, language)


def test_the_table_keeps_the_older_classes() -> None:
    """The pronoun-step and ``-io`` siblings come first and are unchanged."""
    assert SIBLINGS["it"]["edifici"] == "edificio"
    base = stemmer("es")
    assert base is not None and base("años") == base("año")


ARTICLES = [
    make_article(
        "it",
        "L'ex ministro è stato condannato a cinque anni di carcere.",
        title="Condanna",
        language="it",
    ),
    make_article(
        "es",
        "El exministro fue condenado a cinco años de prisión.",
        title="Condena",
        language="es",
    ),
    make_article(
        "es-dias",
        "La crisis duró apenas cuarenta y cinco días en el gobierno.",
        title="Crisis",
        language="es",
    ),
    make_article(
        "fr",
        "Une amende de cent mille euros a été prononcée.",
        title="Amende",
        language="fr",
    ),
]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(tmp_path_factory.mktemp("short-plurals"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "expected"),
    [("anno", {"it"}), ("año", {"es"}), ("día", {"es-dias"}), ("euro", {"fr"}), ("dio", set())],
)
def test_search_finds_the_plural(index: SearchIndex, query: str, expected: set[str]) -> None:
    assert hit_ids(index, query, BY_ID) == expected
