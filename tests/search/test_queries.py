"""Query behaviour on the bundled seeds: the syntax a reader uses, and what comes back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from search.factory import make_article

from briefing.model import Article, SearchResult
from briefing.search import SearchIndex

AP = "003_5584dc1f58897884"
ANADOLU = "001_6a129be56a234a41"
LONG = "000_2bab433a94e7ad16"
ZAMIN = "004_4ac3e4d5c5489f6e"


def ids(result: SearchResult) -> set[str]:
    assert result.error is None, result.error
    return {h.article_id for h in result.hits}


def highlighted(article: Article, result: SearchResult, article_id: str) -> list[str]:
    hit = next(h for h in result.hits if h.article_id == article_id)
    return [article.paragraphs[s.paragraph].text[s.start : s.end] for s in hit.spans]


def test_stemmed_query_matches_inflections_and_spans_cover_them(
    seed_index: SearchIndex, seed_map: dict[str, Article]
) -> None:
    result = seed_index.search("meeting", seed_map)
    assert ids(result) == set(seed_map)
    # 002 says "meetings" (and "meet"), never "meeting": it is found through the shared stem.
    caspian = "002_e81cd82c38aae81a"
    words = {w.lower() for w in highlighted(seed_map[caspian], result, caspian)}
    assert "meeting" not in words and "meetings" in words
    assert words <= {"meet", "meetings"}
    assert {w.lower() for w in highlighted(seed_map[AP], result, AP)} == {"meeting", "meetings"}


def test_migrants_matches_migrant(index_dir: Path) -> None:
    articles = [
        make_article("a", "Migrants crossed the border at night."),
        make_article("b", "One migrant was stopped."),
        make_article("c", "Nobody crossed."),
    ]
    with SearchIndex.open(index_dir) as index:
        index.sync(articles)
        by_id = {a.id: a for a in articles}
        result = index.search("migrant", by_id)
        assert ids(result) == {"a", "b"}
        assert highlighted(by_id["a"], result, "a") == ["Migrants"]


def test_phrase_matches_adjacent_words_only_and_is_one_span(
    seed_index: SearchIndex, seed_map: dict[str, Article]
) -> None:
    result = seed_index.search('"state visit"', seed_map)
    assert ANADOLU in ids(result)
    for hit in result.hits:
        article = seed_map[hit.article_id]
        for span in hit.spans:
            assert article.paragraphs[span.paragraph].text[span.start : span.end].lower() == (
                "state visit"
            )
    # Both words occur in the AP story, but never next to each other in that order.
    assert "visit" in seed_map[AP].text and "state" in seed_map[AP].text.lower()
    assert AP not in ids(seed_index.search('"visit state"', seed_map))


def test_boolean_operators(seed_index: SearchIndex, seed_map: dict[str, Article]) -> None:
    both = ids(seed_index.search("hydropower AND migration", seed_map))
    either = ids(seed_index.search("hydropower OR Wikimedia", seed_map))
    without = ids(seed_index.search("migration NOT hydropower", seed_map))
    assert both == {LONG}
    assert either == {LONG, "002_e81cd82c38aae81a"}
    assert LONG not in without and "002_e81cd82c38aae81a" in without


def test_not_terms_are_never_highlighted(
    seed_index: SearchIndex, seed_map: dict[str, Article]
) -> None:
    result = seed_index.search("migration NOT hydropower", seed_map)
    assert result.hits
    for hit in result.hits:
        words = highlighted(seed_map[hit.article_id], result, hit.article_id)
        assert words and all(w.lower().startswith("migra") for w in words)


def test_field_queries(seed_index: SearchIndex, seed_map: dict[str, Article]) -> None:
    assert ids(seed_index.search("source:anadolu", seed_map)) == {ANADOLU}
    assert ids(seed_index.search("source:AP", seed_map)) == {AP}
    assert ids(seed_index.search('source:"anadolu agency"', seed_map)) == {ANADOLU}
    assert ids(seed_index.search("title:soviet", seed_map)) == {AP}


def test_date_and_date_range(seed_index: SearchIndex, seed_map: dict[str, Article]) -> None:
    assert ids(seed_index.search("date:2025-10-08", seed_map)) == {AP, "002_e81cd82c38aae81a"}
    assert ids(seed_index.search("date:[2025-10-09 TO 2025-10-10]", seed_map)) == {ANADOLU, LONG}
    assert ids(seed_index.search("putin date:2025-10-09", seed_map)) == {ANADOLU}


def test_prefix_and_wildcard_use_unstemmed_words(
    seed_index: SearchIndex, seed_map: dict[str, Article]
) -> None:
    result = seed_index.search("hydropow*", seed_map)
    assert ids(result) == {LONG}
    assert {w.lower() for w in highlighted(seed_map[LONG], result, LONG)} == {"hydropower"}
    assert ids(seed_index.search("hydrop?wer", seed_map)) == {LONG}


@pytest.mark.parametrize("query", ["hydropowr~", "hydropowr~1", "hydropwer~2", "migraton~"])
def test_fuzzy_finds_one_and_two_letter_typos(
    seed_index: SearchIndex, seed_map: dict[str, Article], query: str
) -> None:
    result = seed_index.search(query, seed_map)
    assert LONG in ids(result)
    assert highlighted(seed_map[LONG], result, LONG)


def test_title_matches_rank_first(seed_index: SearchIndex, seed_map: dict[str, Article]) -> None:
    result = seed_index.search("soviet", seed_map)
    assert result.hits[0].article_id == AP


def test_suggestion_is_the_whole_corrected_query(
    seed_index: SearchIndex, seed_map: dict[str, Article]
) -> None:
    result = seed_index.search("hydropowr", seed_map)
    assert result.total == 0 and result.suggestion == "hydropower"
    assert seed_index.search("Putin hydropowr", seed_map).suggestion == "Putin hydropower"
    corrected = seed_index.search("source:anadolu AND Dushnbe", seed_map).suggestion
    assert corrected == "source:anadolu AND Dushanbe"
    assert seed_index.search("hydropower", seed_map).suggestion is None
    assert seed_index.search("title:", seed_map).suggestion is None


def test_snippets_are_excerpts_with_highlight_offsets(
    seed_index: SearchIndex, seed_map: dict[str, Article]
) -> None:
    result = seed_index.search("migration", seed_map)
    assert result.hits
    for hit in result.hits:
        article = seed_map[hit.article_id]
        assert 1 <= len(hit.snippets) <= 3
        for snip in hit.snippets:
            paragraph = article.paragraphs[snip.paragraph].text
            assert paragraph[snip.offset : snip.offset + len(snip.text)] == snip.text
            assert len(snip.text) <= 200
            assert snip.highlights
            for start, end in snip.highlights:
                assert snip.text[start:end].lower().startswith("migra")


def test_snippets_false_skips_highlight_work(
    seed_index: SearchIndex, seed_map: dict[str, Article]
) -> None:
    result = seed_index.search("migration", seed_map, snippets=False)
    assert result.total >= 2 and all(not h.spans and not h.snippets for h in result.hits)


def test_sort_by_date_puts_undated_last(
    seed_index: SearchIndex, seed_map: dict[str, Article]
) -> None:
    newest = [h.article_id for h in seed_index.search("putin", seed_map, sort="newest").hits]
    oldest = [h.article_id for h in seed_index.search("putin", seed_map, sort="oldest").hits]
    assert newest[0] == LONG and newest[-1] == ZAMIN
    assert oldest[-1] == ZAMIN
    dates = [seed_map[i].date for i in oldest[:-1]]
    assert dates == sorted(d for d in dates if d is not None)


def test_related_articles(seed_index: SearchIndex, seed_map: dict[str, Article]) -> None:
    related = seed_index.related(AP, limit=3)
    assert 1 <= len(related) <= 3 and AP not in related
    assert seed_index.related("no-such-article") == ()


@pytest.fixture
def small_index(index_dir: Path) -> SearchIndex:
    return SearchIndex.open(index_dir)


def test_russian_words_are_stemmed(small_index: SearchIndex) -> None:
    articles = [
        make_article("ru/1", "Путин прибыл в Душанбе на саммит СНГ.", language="ru"),
        make_article("ru/2", "Итоги саммита в Душанбе обсудили журналисты.", language="ru"),
        make_article("ru/3", "Переговоры президентов прошли в Москве.", language="ru"),
    ]
    small_index.sync(articles)
    by_id = {a.id: a for a in articles}
    result = small_index.search("саммит", by_id)
    assert ids(result) == {"ru/1", "ru/2"}
    assert highlighted(by_id["ru/2"], result, "ru/2") == ["саммита"]
    assert ids(small_index.search("президент", by_id)) == {"ru/3"}
    assert small_index.search("Душанбэ", by_id).suggestion == "Душанбе"


def test_furniture_ranks_below_body(small_index: SearchIndex) -> None:
    articles = [
        make_article(
            "caption", "A story about bridges.\nPhoto: reservoir at dawn", kinds={1: "caption"}
        ),
        make_article("body", "A story about the reservoir and the bridges."),
    ]
    small_index.sync(articles)
    result = small_index.search("reservoir", {a.id: a for a in articles})
    assert [h.article_id for h in result.hits] == ["body", "caption"]


def test_hit_for_an_article_the_caller_lacks_uses_stored_fields(
    small_index: SearchIndex,
) -> None:
    article = make_article(
        "x", "Glaciers retreat.", title="Ice", source="AP", date=dt.date(2025, 1, 2)
    )
    small_index.sync([article])
    hit = small_index.search("glaciers", {}).hits[0]
    assert (hit.title, hit.source, hit.date, hit.spans) == ("Ice", "AP", dt.date(2025, 1, 2), ())


@pytest.mark.parametrize(
    "query", ["date:garbage", "putin date:garbage", "date:[2025-13-45 TO 2025-14-01]"]
)
def test_a_bad_date_is_explained_not_ignored(
    seed_index: SearchIndex, seed_map: dict[str, Article], query: str
) -> None:
    result = seed_index.search(query, seed_map)
    assert result.hits == () and result.error and "date:2025-10-08" in result.error


def test_date_comparisons(seed_index: SearchIndex, seed_map: dict[str, Article]) -> None:
    # Whoosh treats a day as the whole day, so ">" and "<" both keep the named day.
    assert ids(seed_index.search("date:>2025-10-09", seed_map)) == {LONG, ANADOLU}
    earlier = {AP, "002_e81cd82c38aae81a", ANADOLU}
    assert ids(seed_index.search("date:<2025-10-09", seed_map)) == earlier


def test_related_works_after_reopening_without_a_sync(index_dir: Path) -> None:
    from search.factory import seed_articles

    seeds = seed_articles()
    with SearchIndex.open(index_dir) as index:
        index.sync(seeds)
    with SearchIndex.open(index_dir) as index:
        assert not index.needs_sync(seeds)  # the caller may well skip sync now
        assert index.related(AP)
    with SearchIndex.open(index_dir) as index:
        assert index.related(AP, articles={a.id: a for a in seeds})
