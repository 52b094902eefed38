"""The vocabulary of unstemmed words that fuzzy, prefix and wildcard terms and did-you-mean use
instead of a second, unstemmed copy of every article in the index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from search.factory import make_article

from briefing.model import Article, SearchResult
from briefing.search import SearchIndex
from briefing.search.store import INDEX_DIR
from briefing.search.vocabulary import (
    MAX_PATTERN_WORDS,
    VOCABULARY_FILE,
    Vocabulary,
    VocabularyError,
    article_words,
)


def ids(result: SearchResult) -> set[str]:
    assert result.error is None, result.error
    return {h.article_id for h in result.hits}


def test_article_words_are_lowercased_without_stop_words_or_single_letters() -> None:
    article = make_article("a", "The Migrants crossed a river.\nI saw them.", title="Border Talks")
    assert article_words(article) == {
        "migrants",
        "crossed",
        "river",
        "saw",
        "them",
        "border",
        "talks",
    }
    assert "the" not in article_words(article) and "a" not in article_words(article)
    assert {"border", "talks", "migrants", "river"} <= article_words(article)


def test_lookups() -> None:
    vocabulary = Vocabulary({"migrant": 3, "migrants": 5, "migration": 1, "river": 2})
    assert vocabulary.prefixed("migr") == ["migrant", "migrants", "migration"]
    assert vocabulary.prefixed("x") == []
    assert vocabulary.matching("migra?t") == ["migrant"]
    assert vocabulary.matching("*ver") == ["river"]
    assert vocabulary.within("migrnat", 2, prefix=1) == ["migrant"]  # a swap is two edits
    assert vocabulary.within("migrans", 1, prefix=1) == ["migrant", "migrants"]
    assert vocabulary.within("migrnat", 1, prefix=1) == []
    # Fewest edits first, then the most documents.
    assert vocabulary.suggest("migrans") == "migrants"
    assert vocabulary.suggest("migrantz") == "migrants"
    assert vocabulary.suggest("migrantz", accept=lambda w: w != "migrants") == "migrant"
    assert vocabulary.suggest("zzzz") is None
    assert vocabulary.most_frequent(["river", "migration", "migrants"], limit=2) == [
        "migrants",
        "river",
    ]


def test_save_and_load_round_trip_and_damage_is_an_error(tmp_path: Path) -> None:
    vocabulary = Vocabulary()
    vocabulary.add([make_article("a", "Glaciers melt in spring.")])
    vocabulary.save(tmp_path)
    assert Vocabulary.load(tmp_path).counts == vocabulary.counts
    (tmp_path / VOCABULARY_FILE).write_text('{"format": 1, "words": [1, 2]}')
    with pytest.raises(VocabularyError):
        Vocabulary.load(tmp_path)
    (tmp_path / VOCABULARY_FILE).unlink()
    with pytest.raises(VocabularyError):
        Vocabulary.load(tmp_path)


def test_fuzzy_finds_a_typo_of_an_inflected_word(
    seed_index: SearchIndex, seed_map: dict[str, Article]
) -> None:
    # Measured against the word as typed, not against the parser's stem of it.
    assert "000_2bab433a94e7ad16" in ids(seed_index.search("Migrtion~", seed_map))
    assert "000_2bab433a94e7ad16" in ids(seed_index.search("body:migrtion~", seed_map))


def test_a_pattern_that_matches_nothing_still_constrains_an_and(
    seed_index: SearchIndex, seed_map: dict[str, Article]
) -> None:
    assert seed_index.search("putin", seed_map).total > 0
    result = seed_index.search("zqxjv~ AND putin", seed_map)
    assert result.error is None and result.total == 0
    assert seed_index.search("zqxjv* OR putin", seed_map).total == (
        seed_index.search("putin", seed_map).total
    )


def test_a_short_prefix_expands_to_the_most_frequent_words_only(index_dir: Path) -> None:
    # 100 distinct words starting with "s", each in its own article; "s" itself is 1 letter.
    articles = [
        make_article(f"a{i:03d}", f"s{chr(97 + i // 26)}{chr(97 + i % 26)}word appears here")
        for i in range(100)
    ]
    # The five words in most documents must be among the expansion.
    articles += [
        make_article(f"b{i:03d}", "saaword sabword sacword sadword saeword") for i in range(5)
    ]
    with SearchIndex.open(index_dir) as index:
        index.sync(articles)
        by_id = {a.id: a for a in articles}
        result = index.search("s*", by_id, limit=200, snippets=False)
        assert result.error is None
        assert result.total == 5 + MAX_PATTERN_WORDS
        assert {f"b{i:03d}" for i in range(5)} <= ids(result)
        # A longer prefix is not capped.
        assert index.search("saa*", by_id, snippets=False).total == 6


def test_synced_words_become_findable_and_survive_reopening(index_dir: Path) -> None:
    first = [make_article("one", "The summit opened in Dushanbe.")]
    added = make_article("two", "Glaciers are retreating fast.")
    with SearchIndex.open(index_dir) as index:
        index.sync(first)
        by_id = {a.id: a for a in first}
        assert index.search("glacirs", by_id).suggestion is None
        index.sync([*first, added])
    by_id = {a.id: a for a in (*first, added)}
    with SearchIndex.open(index_dir) as index:
        assert index.notices == []
        assert ids(index.search("glacirs~", by_id)) == {"two"}
        assert index.search("glacirs", by_id).suggestion == "glaciers"
        assert ids(index.search("retreat*", by_id)) == {"two"}
        # Removed: its words stay in the vocabulary, but are never suggested.
        index.sync(first)
        by_first = {a.id: a for a in first}
        assert index.search("glacirs", by_first).suggestion is None
        assert index.search("glacirs~", by_first).total == 0


def test_a_vocabulary_damaged_after_opening_is_rebuilt(index_dir: Path) -> None:
    articles = [make_article("one", "Glaciers are retreating fast.")]
    by_id = {a.id: a for a in articles}
    with SearchIndex.open(index_dir) as index:
        index.sync(articles)
    with SearchIndex.open(index_dir) as index:
        (index_dir / INDEX_DIR / VOCABULARY_FILE).write_text("{broken")
        result = index.search("glacirs~", by_id)
        assert result.error is None and result.total == 0
        assert index.search("glaciers", by_id).total == 1  # plain words still work
        assert any("words" in n for n in index.notices)
        assert index.sync(articles).rebuilt
        assert ids(index.search("glacirs~", by_id)) == {"one"}
    data = json.loads((index_dir / INDEX_DIR / VOCABULARY_FILE).read_text())
    assert data["words"]["glaciers"] == 1


def test_fuzzy_edits_are_bounded(seed_index: SearchIndex, seed_map: dict[str, Article]) -> None:
    # "hydropowr~9" would match every word; it is held to two edits.
    assert seed_index.search("hydropowr~9", seed_map).total == (
        seed_index.search("hydropowr~2", seed_map).total
    )
    assert seed_index.search("xydropowerx~9", seed_map).total == 0


def test_a_vocabulary_with_counts_of_the_wrong_type_is_damaged(tmp_path: Path) -> None:
    (tmp_path / VOCABULARY_FILE).write_text('{"format": 1, "words": {"glacier": "many"}}')
    with pytest.raises(VocabularyError):
        Vocabulary.load(tmp_path)
