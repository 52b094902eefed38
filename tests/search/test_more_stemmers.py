"""Polish, Czech, Slovak and Ukrainian: a base form finds its cases.

Before, the first three went through English Porter, so ``Francja`` found no ``Francji``, and
Ukrainian through the Russian stemmer, so ``Польща`` found no ``Польщі``. The articles below
are written for this test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from search.factory import hit_ids, make_article, synced

from briefing.search import SearchIndex
from briefing.search.analysis import analyse_word

PL = make_article(
    "pl",
    "Delegacja z Francji przyjechała do Warszawy w poniedziałek wieczorem.\n"
    "Rozmowy o współpracy odbyły się w Warszawie, a o kradzieży w muzeach mówiono z ministrem.\n"
    "Politycy spotkali się potem z kardynałem przed katedrą.",
    title="Wizyta delegacji",
    language="pl",
)
CS = make_article(
    "cs",
    "Ministr přijel do Prahy v úterý ráno.\nV Praze se sešel s předsedou vlády.",
    title="Návštěva ministra",
    language="cs",
)
SK = make_article(
    "sk",
    "Premiér pricestoval do Bratislavy v piatok.\nRokovania s vládou sa konali v Bratislave.",
    title="Návšteva premiéra",
    language="sk",
)
UK = make_article(
    "uk",
    "Делегація з Польщі прибула до Києва у вівторок.\nУ музеї відкрили нову виставку.",
    title="Візит делегації",
    language="uk",
)
ARTICLES = [PL, CS, SK, UK]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(tmp_path_factory.mktemp("slavic"), ARTICLES)


def found(index: SearchIndex, query: str) -> set[str]:
    return hit_ids(index, query, BY_ID)


@pytest.mark.parametrize(
    ("query", "article"),
    [
        ("Francja", "pl"),  # genitive "Francji"
        ("Warszawa", "pl"),  # genitive "Warszawy", locative "Warszawie"
        ("kradzież", "pl"),  # genitive/locative "kradzieży"
        ("kardynał", "pl"),  # instrumental "kardynałem"
        ("katedra", "pl"),  # instrumental "katedrą"
        ("Praha", "cs"),  # genitive "Prahy"
        ("Bratislava", "sk"),  # genitive "Bratislavy", locative "Bratislave"
        ("Польща", "uk"),  # genitive "Польщі"
        ("Київ", "uk"),  # genitive "Києва"
        ("музей", "uk"),  # locative "музеї"
    ],
)
def test_a_base_form_finds_its_cases(index: SearchIndex, query: str, article: str) -> None:
    assert found(index, query) == {article}


@pytest.mark.parametrize(
    ("query", "text_word"),
    [
        ("wieczny", "wieczorem"),  # eternal vs in the evening: a shared prefix only
        ("katastrofa", "katedrą"),
        ("muzyka", "muzeach"),
        ("kard", "kardynałem"),
    ],
)
def test_a_shared_prefix_alone_does_not_match(
    index: SearchIndex, query: str, text_word: str
) -> None:
    assert analyse_word(query.lower(), "pl") != analyse_word(text_word.lower(), "pl")
    assert "pl" not in found(index, query)


@pytest.mark.parametrize(
    ("query", "text_word"),
    [("музика", "музеї"), ("поле", "Польщі"), ("кий", "Києва"), ("вистава", "виставку")],
)
def test_a_shared_prefix_alone_does_not_match_in_ukrainian(
    index: SearchIndex, query: str, text_word: str
) -> None:
    assert analyse_word(query.lower(), "uk") != analyse_word(text_word.lower(), "uk")
    assert "uk" not in found(index, query)
