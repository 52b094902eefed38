"""``SearchIndex.prepare`` loads ahead of the first query what that query would load while
the user waits (the stemmers of the briefing's languages, highlighting's glued-dot pattern),
and searching after it answers as it does without it."""

from __future__ import annotations

from pathlib import Path

from search.factory import make_article, synced

from briefing.search import stemmers, tokens
from briefing.search.analysis import stoplist

ARTICLES = [
    make_article("en", "The kettle boiled over.End of the morning rush.", language="en"),
    make_article("fr", "Les voisins ont partagé leurs souvenirs du marché.", language="fr"),
]


def test_prepare_loads_the_languages_and_the_pattern(tmp_path: Path) -> None:
    stemmers.stemmer.cache_clear()
    stoplist.cache_clear()
    tokens._glued_dot.cache_clear()
    for index in synced(tmp_path, ARTICLES):
        index.prepare()
        assert tokens._glued_dot.cache_info().currsize == 1
        loaded = stemmers.stemmer.cache_info().currsize
        assert loaded >= 2  # en and fr at least
        by_id = {a.id: a for a in ARTICLES}
        result = index.search("souvenir", by_id)
        assert [h.article_id for h in result.hits] == ["fr"]
        assert result.hits[0].spans
        # the query found every stemmer it needed already loaded
        assert stemmers.stemmer.cache_info().currsize == loaded


def test_search_without_prepare_answers_the_same(tmp_path: Path) -> None:
    by_id = {a.id: a for a in ARTICLES}
    for index in synced(tmp_path / "a", ARTICLES):
        cold = index.search("kettle", by_id)
    for index in synced(tmp_path / "b", ARTICLES):
        index.prepare()
        warm = index.search("kettle", by_id)
    assert [(h.article_id, h.spans) for h in cold.hits] == [
        (h.article_id, h.spans) for h in warm.hits
    ]
    assert cold.total == warm.total == 1
