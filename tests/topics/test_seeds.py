"""The seeds end to end: what an analyst expects in the top 25, and invariants of every topic."""

from __future__ import annotations

import re

from topics.helpers import by_name

from briefing.model import Article, Topic
from briefing.topics import extract_topics

TOP = 25


def test_the_principals_places_organisations_summits_and_treaty_are_in_the_top(
    seed_topics: tuple[Topic, ...],
) -> None:
    top = {t.name for t in seed_topics[:TOP]}
    expected = {
        "Vladimir Putin",
        "Emomali Rahmon",
        "Tajikistan",
        "Dushanbe",
        "Russia",
        "Central Asia",
        "Afghanistan",
        "CIS",
        "SCO",
        "Russia–Central Asia summit",
        "CIS summit",
        "New START",
    }
    assert expected <= top, sorted(expected - top)


def test_each_subject_appears_once(seed_topics: tuple[Topic, ...]) -> None:
    names = [t.name for t in seed_topics]
    assert len(names) == len(set(names))
    for surface in (
        "Putin",
        "Rahmon",
        "Rakhmon",
        "CIS",
        "Commonwealth of Independent States",
        "New START",
        "U.S.",
        "Tajik",
    ):
        owners = [t.name for t in seed_topics if surface in t.aliases and t.kind != "event"]
        assert len(owners) == 1, (surface, owners)


def test_the_expected_aliases_are_merged(seed_topics: tuple[Topic, ...]) -> None:
    assert {"Putin", "Vladimir Putin"} <= set(by_name(seed_topics, "Vladimir Putin").aliases)
    assert {"Emomali Rakhmon", "Rakhmon", "Rahmon"} <= set(
        by_name(seed_topics, "Emomali Rahmon").aliases
    )
    assert "Commonwealth of Independent States" in by_name(seed_topics, "CIS").aliases
    assert "Shanghai Cooperation Organisation" in by_name(seed_topics, "SCO").aliases
    assert "Strategic Arms Reduction Treaty" in by_name(seed_topics, "New START").aliases
    assert "Russian Federation" in by_name(seed_topics, "Russia").aliases
    summit = by_name(seed_topics, "Russia–Central Asia summit")
    assert len(summit.articles) == 5


def test_themes_the_articles_argue_about_are_found(seed_topics: tuple[Topic, ...]) -> None:
    themes = {t.name for t in seed_topics if t.kind == "theme"}
    assert {"labor migration", "regional security", "arms control"} <= themes


def test_every_mention_is_the_text_at_its_span(
    seed_articles: tuple[Article, ...], seed_topics: tuple[Topic, ...]
) -> None:
    articles = {a.id: a for a in seed_articles}
    assert seed_topics
    for topic in seed_topics:
        assert topic.mentions, topic.name
        for mention in topic.mentions:
            paragraph = articles[mention.article_id].paragraphs[mention.span.paragraph]
            assert not paragraph.foldable, (topic.name, paragraph.kind)
            assert paragraph.text[mention.span.start : mention.span.end] == mention.surface
            assert mention.surface in topic.aliases


def test_mentions_are_in_article_then_text_order(seed_topics: tuple[Topic, ...]) -> None:
    assert seed_topics
    for topic in seed_topics:
        keys = [(m.article_id, m.span) for m in topic.mentions]
        assert keys == sorted(keys)
        assert len(keys) == len(set(keys))


def test_ids_are_unique_slugs_and_ranking_is_by_score(seed_topics: tuple[Topic, ...]) -> None:
    ids = [t.id for t in seed_topics]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids)
    scores = [t.score for t in seed_topics]
    assert scores == sorted(scores, reverse=True)
    assert by_name(seed_topics, "CIS+").id == "cis-plus"


def test_extraction_is_deterministic_and_ignores_input_order(
    seed_articles: tuple[Article, ...], seed_topics: tuple[Topic, ...]
) -> None:
    again = extract_topics(tuple(reversed(seed_articles)))
    assert again == seed_topics


def test_a_subject_only_one_source_covers_is_not_buried(seed_topics: tuple[Topic, ...]) -> None:
    treaty = by_name(seed_topics, "New START")
    assert len(treaty.articles) == 1
    assert seed_topics.index(treaty) < 20
    court = [t for t in seed_topics if "International Criminal Court" in t.aliases]
    assert court and seed_topics.index(court[0]) < 30


def test_no_articles_no_topics() -> None:
    assert extract_topics([]) == ()
