"""Cross-reference: passages around mentions, and topics mentioned together."""

from __future__ import annotations

import itertools

from topics.helpers import article, by_name

from briefing.model import Article, Mention, Span, Topic
from briefing.topics import cooccurring, extract_topics, passages
from briefing.topics.xref import sentence_spans


def test_sentences_survive_abbreviations_dates_and_quotes() -> None:
    text = (
        "The U.S. envoy met Annika Stromberg on Oct. 8 in Dushanbe. "
        "“We are reliable allies,” she said. Then the talks ended."
    )
    sentences = [text[s:e] for s, e in sentence_spans(text)]
    assert sentences[0] == "The U.S. envoy met Annika Stromberg on Oct. 8 in Dushanbe."
    assert "“We are reliable allies,” she said." in sentences
    assert sentences[-1] == "Then the talks ended."


def _topic(articles: list[Article], name: str) -> Topic:
    return by_name(extract_topics(articles), name)


def test_a_passage_is_the_sentence_around_the_mention_with_its_highlight() -> None:
    text = (
        "Officials arrived in the capital early on Monday morning for the long talks. "
        "Prime Minister Annika Stromberg said that the agreement on fisheries was close to done. "
        "Nobody else spoke to the reporters who were waiting outside the building all day long."
    )
    docs = [article("a1", text)]
    topic = _topic(docs, "Annika Stromberg")
    (passage,) = passages(topic, {a.id: a for a in docs})
    assert passage.text == (
        "Prime Minister Annika Stromberg said that the agreement on fisheries was close to done."
    )
    assert passage.article_id == "a1" and passage.paragraph == 0
    assert text[passage.start : passage.end] == passage.text
    ((start, end),) = passage.highlights
    assert passage.text[start:end] == "Annika Stromberg"


def test_a_short_sentence_gets_its_neighbour() -> None:
    text = "Stromberg agreed. The fisheries deal will be signed in Oslo next spring, they said."
    docs = [article("a1", "Prime Minister Annika Stromberg arrived in Oslo on Monday.", text)]
    topic = _topic(docs, "Annika Stromberg")
    found = [p for p in passages(topic, {a.id: a for a in docs}) if p.paragraph == 1]
    assert [p.text for p in found] == [text]


def test_mentions_in_one_sentence_make_one_passage_and_every_mention_is_shown(
    seed_articles: tuple[Article, ...], seed_topics: tuple[Topic, ...]
) -> None:
    articles = {a.id: a for a in seed_articles}
    for name in ("Vladimir Putin", "Tajikistan", "New START", "CIS"):
        topic = by_name(seed_topics, name)
        found = passages(topic, articles)
        shown = {
            (p.article_id, p.paragraph, p.start + s, p.start + e)
            for p in found
            for s, e in p.highlights
        }
        assert shown == {
            (m.article_id, m.span.paragraph, m.span.start, m.span.end) for m in topic.mentions
        }
        order = [(p.article_id, p.paragraph, p.start) for p in found]
        assert order == sorted(order)
        for p in found:
            text = articles[p.article_id].paragraphs[p.paragraph].text
            assert text[p.start : p.end] == p.text
            assert p.highlights
            assert all(0 <= s < e <= len(p.text) for s, e in p.highlights)
        per_paragraph: dict[tuple[str, int], list[tuple[int, int]]] = {}
        for p in found:
            per_paragraph.setdefault((p.article_id, p.paragraph), []).append((p.start, p.end))
        for ranges in per_paragraph.values():
            assert all(a[1] <= b[0] for a, b in itertools.pairwise(ranges))


def test_mentions_of_articles_no_longer_there_are_skipped() -> None:
    docs = [article("a1", "Prime Minister Annika Stromberg arrived in Oslo on Monday.")]
    topic = _topic(docs, "Annika Stromberg")
    stale = Topic(
        id=topic.id,
        name=topic.name,
        kind=topic.kind,
        aliases=topic.aliases,
        mentions=(
            *topic.mentions,
            Mention("gone", Span(0, 0, 5), "Gone!"),
            Mention("a1", Span(7, 0, 5), "Nope!"),
        ),
    )
    assert [p.article_id for p in passages(stale, {a.id: a for a in docs})] == ["a1"]


def test_cooccurring_counts_shared_paragraphs(seed_topics: tuple[Topic, ...]) -> None:
    putin = by_name(seed_topics, "Vladimir Putin")
    found = cooccurring(putin, seed_topics, limit=5)
    assert len(found) == 5
    assert all(t.id != putin.id for t, _ in found)
    counts = [n for _, n in found]
    assert counts == sorted(counts, reverse=True)
    mine = {(m.article_id, m.span.paragraph) for m in putin.mentions}
    for other, n in found:
        assert n == len(mine & {(m.article_id, m.span.paragraph) for m in other.mentions})
    assert cooccurring(putin, seed_topics, limit=0) == ()


def test_cooccurring_is_empty_for_a_topic_alone() -> None:
    docs = [
        article("a1", "Prime Minister Annika Stromberg arrived on Monday."),
        article("a2", "The talks in Dushanbe were long."),
    ]
    topics = extract_topics(docs)
    assert cooccurring(by_name(topics, "Annika Stromberg"), topics) == ()
