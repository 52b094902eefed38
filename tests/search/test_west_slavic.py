"""Polish, Czech and Slovak are searched with a stemmer: a base form finds its cases.

Before, these languages went through English Porter, so ``Francja`` found no ``Francji`` and
``muzeum`` no ``muzeach``. The articles below are written for this test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from search.factory import make_article

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
ARTICLES = [PL, CS, SK]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    opened = SearchIndex.open(tmp_path_factory.mktemp("slavic") / "search")
    opened.sync(ARTICLES)
    yield opened
    opened.close()


def found(index: SearchIndex, query: str) -> set[str]:
    result = index.search(query, BY_ID)
    assert result.error is None, result.error
    return {hit.article_id for hit in result.hits}


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
