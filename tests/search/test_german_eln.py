"""German nouns in -el and their -n plurals (``Insel`` / ``Inseln``) share a stem.

Snowball German removes -en, -e, -er… but not a lone -n, so the plural of an -el noun kept its
n and a search for one form missed the other (``stemmers._german``). The articles below are
written for this test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from search.factory import hit_ids, make_article, synced

from briefing.search import SearchIndex
from briefing.search.analysis import analyse_word

DE_PLURAL = make_article(
    "de-plural",
    "Auf den Inseln fiel am Montag der Strom aus.\nDie neuen Regeln gelten ab sofort.",
    title="Stromausfall",
    language="de",
)
DE_SINGULAR = make_article(
    "de-singular",
    "Auf der Insel blieb es dunkel.\nEine Regel für den Notfall gab es nicht.",
    title="Dunkelheit",
    language="de",
)
# "Koeln" (Köln without its umlaut) ends in -eln but is no plural; English keeps its stemmer.
EN = make_article(
    "en", "The islands lost power on Monday.\nNew rules apply.", title="Outage", language="en"
)
ARTICLES = [DE_PLURAL, DE_SINGULAR, EN]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(tmp_path_factory.mktemp("german"), ARTICLES)


def found(index: SearchIndex, query: str) -> set[str]:
    return hit_ids(index, query, BY_ID)


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("inseln", "insel"), ("regeln", "regel"), ("mitteln", "mittel"), ("kugeln", "kugel")],
)
def test_an_el_nouns_plural_meets_its_singular(plural: str, singular: str) -> None:
    assert analyse_word(plural, "de") == analyse_word(singular, "de")


@pytest.mark.parametrize("query", ["Insel", "Inseln", "Regeln", "Regel"])
def test_either_form_finds_both_articles(index: SearchIndex, query: str) -> None:
    assert found(index, query) == {"de-plural", "de-singular"}


def test_look_alikes_keep_their_stems() -> None:
    # a short -eln word, the other plural endings Snowball already handles, and other languages
    assert analyse_word("koeln", "de") == "koeln"
    assert analyse_word("federn", "de") == analyse_word("feder", "de")
    assert analyse_word("tunneln", "en") != analyse_word("tunnel", "en")
