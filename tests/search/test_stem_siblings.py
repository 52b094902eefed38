"""Italian ``-io`` plurals and Polish nouns with a fleeting ``e`` take their paradigm's stem
(``stem_siblings.py``); look-alikes without such a sibling are left alone. The lexicons,
sentences and articles here were written for these tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from search.factory import hit_ids, make_article, synced

from briefing.search import SearchIndex
from briefing.search.analysis import analyse_word
from briefing.search.plural_siblings import SIBLINGS
from briefing.search.stem_siblings import fleeting_e_sibling, io_plural_sibling


def _lexicon(**zipf: float) -> Callable[[str], float]:
    return lambda word: zipf.get(word, 0.0)


@pytest.mark.parametrize(
    ("word", "lexicon", "expected"),
    [
        ("edifici", _lexicon(edifici=4.0, edificio=4.2), "edificio"),
        ("laboratori", _lexicon(laboratori=3.5, laboratorio=4.0), "laboratorio"),
        ("operai", _lexicon(operai=4.0, operaio=3.8), "operaio"),
        # the singular is too rare to vouch for it
        ("edifici", _lexicon(edifici=4.0, edificio=1.5), None),
        # also the plural of a common -e or -o word: left alone
        ("conservatori", _lexicon(conservatori=4.0, conservatorio=3.5, conservatore=4.1), None),
        ("benefici", _lexicon(benefici=4.0, beneficio=4.0, benefico=3.8), None),
        # a much rarer -o reading does not count
        ("benefici", _lexicon(benefici=4.4, beneficio=4.3, benefico=3.4), "beneficio"),
        # an adjective with no -io singular
        ("politici", _lexicon(politici=5.0, politico=5.0), None),
        # both forms stem alike already: nothing to do
        ("uffici", _lexicon(uffici=4.5, ufficio=4.8), None),
        ("zii", _lexicon(zii=3.0, ziio=3.0), None),
    ],
)
def test_the_io_plural_rule(
    word: str, lexicon: Callable[[str], float], expected: str | None
) -> None:
    assert io_plural_sibling(word, lexicon) == expected


@pytest.mark.parametrize(
    ("word", "lexicon", "expected"),
    [
        ("wieżowiec", _lexicon(wieżowiec=3.0, wieżowca=2.8, wieżowce=2.9), "wieżowce"),
        ("budynek", _lexicon(budynek=4.5, budynku=4.6), "budynku"),
        ("koniec", _lexicon(koniec=5.0, końca=5.0), "końca"),  # n before ie is soft: ń
        ("poseł", _lexicon(poseł=4.0, posła=4.0), "posła"),
        ("matek", _lexicon(matek=3.0, matka=4.5), "matka"),  # a genitive plural inserts it
        # no form without the e is a word
        ("człowiek", _lexicon(człowiek=5.0, człowieka=5.0), None),
        # -iet has no fleeting e, even where a word spelt without it exists
        ("pakiet", _lexicon(pakiet=4.0, paktu=3.5), None),
        # nor -er, where loans outnumber Polish nouns
        ("lander", _lexicon(lander=3.0, landry=3.0), None),
        # the plain consonant is not the soft one: "miska" (a bowl) is not "Misiek"
        ("misiek", _lexicon(misiek=3.0, miski=3.5), None),
        ("wieżowiec", _lexicon(wieżowiec=4.0, wieżowca=1.5), None),  # too rare
        ("lek", _lexicon(lek=4.0, lku=3.0), None),  # too short to ask
    ],
)
def test_the_fleeting_e_rule(
    word: str, lexicon: Callable[[str], float], expected: str | None
) -> None:
    assert fleeting_e_sibling(word, lexicon) == expected


@pytest.mark.parametrize(
    ("language", "one", "other"),
    [
        ("it", "edifici", "edificio"),
        ("it", "sacrifici", "sacrificio"),
        ("it", "laboratori", "laboratorio"),
        ("pl", "wieżowiec", "wieżowców"),
        ("pl", "budynek", "budynków"),
        ("pl", "mieszkaniec", "mieszkańcy"),
        ("pl", "wojen", "wojna"),
    ],
)
def test_a_form_meets_its_paradigm(language: str, one: str, other: str) -> None:
    assert analyse_word(one, language) == analyse_word(other, language)


@pytest.mark.parametrize(
    ("language", "one", "other"),
    [
        ("it", "operai", "opera"),  # now the workers' stem, no longer the opera's
        ("it", "conservatori", "conservatorio"),  # mostly "the conservatives"
        ("pl", "pakiet", "pakt"),
        ("pl", "człowiek", "człowka"),
    ],
)
def test_look_alikes_stay_apart(language: str, one: str, other: str) -> None:
    assert analyse_word(one, language) != analyse_word(other, language)


def test_the_table_holds_both_classes() -> None:
    assert SIBLINGS["it"]["edifici"] == "edificio"
    assert SIBLINGS["pl"]["wieżowiec"].startswith("wieżowc")
    assert "człowiek" not in SIBLINGS["pl"]
    assert "politici" not in SIBLINGS["it"]


ARTICLES = [
    make_article(
        "it",
        "Dopo l'incendio, tre edifici del quartiere sono stati evacuati.",
        title="Incendio in città",
        language="it",
    ),
    make_article(
        "pl",
        "Strażacy ewakuowali mieszkańców dwóch wieżowców przy rzece.",
        title="Pożar w mieście",
        language="pl",
    ),
    make_article(
        "pl-other",
        "Rząd podpisał nowy pakt handlowy z sąsiadami.",
        title="Umowa",
        language="pl",
    ),
]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(tmp_path_factory.mktemp("siblings"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("edificio", {"it"}),
        ("wieżowiec", {"pl"}),
        ("mieszkaniec", {"pl"}),
        ("pakiet", set()),
    ],
)
def test_search_finds_the_other_forms(index: SearchIndex, query: str, expected: set[str]) -> None:
    assert hit_ids(index, query, BY_ID) == expected
