"""Where the topics are mentioned, read from the store's columns, is what their mentions say,
and the counts across languages name the same topics from it as from the topics themselves.

The topics are those written for ``tests/test_topic_store.py`` (invented people and places).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from analysis.builders import make_article
from test_topic_store import TOPICS, _saved

from briefing import topic_store
from briefing.analysis import crosscounts
from briefing.analysis.topic_places import topic_places

pytestmark = pytest.mark.usefixtures("private_dirs")


def _places(topics: tuple) -> list[list[tuple[str, int, int]]]:
    return [list(topic_store.mention_places(t)) for t in topics]


def test_a_stored_topics_places_are_its_mentions_in_order_without_building_them(
    tmp_path: Path,
) -> None:
    topic_store._RECENT.clear()
    loaded = _saved(tmp_path / "topics.msgpack")
    expected = [
        [(m.article_id, m.span.paragraph, m.span.start) for m in t.mentions] for t in TOPICS
    ]
    topic_store._RECENT.clear()
    assert _places(loaded) == expected == _places(TOPICS)
    assert not topic_store._RECENT  # read from the columns: no mention was built
    index = topic_places(loaded)
    assert index == topic_places(TOPICS)
    assert index[("b-2", 0)] == [
        (4, "person:ada-osei"),
        (40, "person:ada-osei"),
        (20, "place:port-vela"),
    ]


def test_the_names_by_sentence_are_the_same_from_the_places(tmp_path: Path) -> None:
    loaded = _saved(tmp_path / "topics.msgpack")
    filler = "x" * 70_100
    articles = [
        make_article(
            "a-1", "Ada: Osei spoke.", "", "", f"At Port Vela. {filler} Osei and Harbour Board"
        ),
        make_article("b-2", "Ada Osei at Port Vela. And Osei again.", "Harbour Board met."),
        make_article("c-3", "", "Ада Осей. Then the Harbour Board."),
    ]
    source = lambda _articles: loaded  # noqa: E731
    for wanted in (None, {("a-1", 3), ("b-2", 0)}, {("c-3", 1), ("z-9", 0)}, set()):
        plain = crosscounts._names_by_sentence(articles, source, wanted)
        placed = crosscounts._names_by_sentence(articles, source, wanted, topic_places(loaded))
        assert placed == plain
    assert crosscounts._names_by_sentence(articles, source, None)


def test_a_stored_topics_spans_are_its_mentions_with_their_ends(tmp_path: Path) -> None:
    topic_store._RECENT.clear()
    loaded = _saved(tmp_path / "topics.msgpack")
    expected = [
        [(m.article_id, m.span.paragraph, m.span.start, m.span.end) for m in t.mentions]
        for t in TOPICS
    ]
    topic_store._RECENT.clear()
    spans = [list(topic_store.mention_spans(t)) for t in loaded]
    assert spans == expected == [list(topic_store.mention_spans(t)) for t in TOPICS]
    assert not topic_store._RECENT  # read from the columns: no mention was built
