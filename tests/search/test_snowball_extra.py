"""Basque, Irish, Esperanto and Persian get their Snowball stemmers (schema 10).

Before, the three Latin-script languages went through English Porter (``etxeak`` stayed
``etxeak``) and Persian was not stemmed at all (``کتابها`` missed ``کتاب``). The words and the
articles below are written for this test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from search.factory import hit_ids, make_article, synced

from briefing.search import SearchIndex
from briefing.search.analysis import analyse_word

EU = make_article(
    "eu",
    "Etxeak suntsituta geratu ziren mendian.\nHerriak laguntza eskatu zuen.",
    title="Uholdeak",
    language="eu",
)
GA = make_article(
    "ga",
    "Bhí an bhean i gcarr nua ar an mbóthar.\nD'fhan sí sa bhaile.",
    title="Scéal",
    language="ga",
)
FA = make_article(
    "fa", "کتابها در شهرها فروخته شد.\nمردم به کتابخانه رفتند.", title="بازار", language="fa"
)
ARTICLES = [EU, GA, FA]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(tmp_path_factory.mktemp("snowball-extra"), ARTICLES)


@pytest.mark.parametrize(
    ("language", "base", "form"),
    [
        ("eu", "etxe", "etxeak"),  # house / the houses
        ("eu", "mendi", "mendian"),  # mountain / on the mountain
        ("ga", "carr", "gcarr"),  # eclipsis after "i"
        ("ga", "bean", "bhean"),  # lenition after the article
        ("eo", "domo", "domoj"),  # plural
        ("eo", "urbo", "urbon"),  # accusative
        ("fa", "کتاب", "کتابها"),  # book / books
        ("fa", "شهر", "شهرها"),  # city / cities
    ],
)
def test_a_base_form_meets_its_inflected_form(language: str, base: str, form: str) -> None:
    assert analyse_word(form, language) == analyse_word(base, language)


@pytest.mark.parametrize(
    ("language", "word", "look_alike"),
    [
        ("eu", "mendi", "mendebalde"),  # mountain / west
        ("ga", "carr", "cara"),  # car / friend
        ("eo", "urbo", "urbano"),  # town / townsman
        ("fa", "کتاب", "کتابخانه"),  # book / library
    ],
)
def test_look_alikes_keep_apart(language: str, word: str, look_alike: str) -> None:
    assert analyse_word(look_alike, language) != analyse_word(word, language)


@pytest.mark.parametrize(("query", "article"), [("etxe", "eu"), ("carr", "ga"), ("کتاب", "fa")])
def test_the_base_form_finds_the_article(index: SearchIndex, query: str, article: str) -> None:
    assert hit_ids(index, query, BY_ID) == {article}
