"""The topics cache keeps each topic's mentions on disk until they are asked for.

What matters to a user: a reopened briefing has exactly the topics it had (every mention, in
order, with its surface form), the counts and "mentioned with" answers do not change, a cut or
old cache is worked out again with a notice, and damage is an error rather than wrong marks.
"""

from __future__ import annotations

import copy
import json
import os
import pickle
from pathlib import Path

import pytest

from briefing import paths, topic_store
from briefing.briefing import Briefing
from briefing.cache import CacheWriteError, save_records
from briefing.model import Mention, Span, Topic
from briefing.topic_save import save_topics
from briefing.topic_store import StoredTopic, TopicStoreDamaged, load_topics
from briefing.topics import xref

pytestmark = pytest.mark.usefixtures("private_dirs")


def _m(article: str, paragraph: int, start: int, end: int, surface: str) -> Mention:
    return Mention(article, Span(paragraph, start, end), surface)


#: Written for these tests: mentions out of article order, repeated articles and paragraphs,
#: offsets past 65,535, non-Latin and unpaired-surrogate surfaces, a topic with no mentions.
TOPICS = (
    Topic(
        "person:ada-osei",
        "Ada Osei",
        "person",
        ("Ada Osei", "Osei", "Ада Осей"),
        (
            _m("b-2", 0, 4, 12, "Ada Osei"),
            _m("a-1", 3, 70_000, 70_004, "Osei"),
            _m("b-2", 0, 40, 44, "Osei"),
            _m("c-3", 1, 0, 8, "Ада Осей"),
            _m("a-1", 0, 9, 13, "Osei"),
        ),
        2.5,
    ),
    Topic(
        "place:port-vela",
        "Port Vela",
        "place",
        ("Port Vela",),
        (_m("b-2", 0, 20, 29, "Port Vela"), _m("a-1", 3, 5, 14, "Port Vela")),
        1.0,
    ),
    Topic("theme:tides", "tides", "theme", ("tides", "tide\udcff"), (), 0.0),
    Topic(
        "org:harbour-board",
        "Harbour Board",
        "organisation",
        ("Harbour Board",),
        (
            _m("c-3", 1, 30, 43, "Harbour Board"),
            _m("a-1", 3, 80, 93, "Harbour Board"),
            _m("b-2", 1, 0, 13, "Harbour Board"),
        ),
        1.5,
    ),
)


def _saved(target: Path, topics: tuple[Topic, ...] = TOPICS) -> tuple[StoredTopic, ...]:
    save_topics(target, "fp", topics)
    loaded, reason = load_topics(target, "fp")
    assert reason is None and loaded is not None
    return loaded


def test_every_mention_round_trips_exactly(tmp_path: Path) -> None:
    topic_store._RECENT.clear()
    loaded = _saved(tmp_path / "topics.msgpack")
    assert not topic_store._RECENT  # opening read no mentions
    for stored, written in zip(loaded, TOPICS, strict=True):
        assert stored.mention_count == written.mention_count == len(written.mentions)
        assert stored.article_count == written.article_count
        assert stored.articles == written.articles  # first-seen order
    assert not topic_store._RECENT  # the counts and articles read no mentions either
    assert loaded == TOPICS
    assert all(written == stored for written, stored in zip(TOPICS, loaded, strict=True))
    for stored, written in zip(loaded, TOPICS, strict=True):
        assert stored.mentions == written.mentions
        assert type(stored.mentions) is tuple
        assert all(type(m) is Mention and type(m.span) is Span for m in stored.mentions)
        assert type(stored.aliases) is tuple and stored.aliases == written.aliases
        assert (stored.id, stored.name, stored.kind, stored.score) == (
            written.id,
            written.name,
            written.kind,
            written.score,
        )


def test_a_stored_topic_copies_and_pickles_as_the_plain_topic(tmp_path: Path) -> None:
    stored = _saved(tmp_path / "topics.msgpack")[0]
    for clone in (copy.copy(stored), pickle.loads(pickle.dumps(stored))):
        assert type(clone) is Topic and clone == TOPICS[0]
    assert hash(stored) == hash(TOPICS[0])


def test_mentioned_with_through_the_index_by_article_is_the_generic_answer(
    tmp_path: Path,
) -> None:
    loaded = _saved(tmp_path / "topics.msgpack")
    for stored, written in zip(loaded, TOPICS, strict=True):
        for limit in (0, 1, 10):
            want = xref.cooccurring(written, TOPICS, limit)
            got = topic_store.cooccurring(stored, limit)
            assert [(t.id, n) for t, n in got] == [(t.id, n) for t, n in want]
    # Ada Osei shares paragraphs a-1/3 and b-2/0 with Port Vela, a-1/3 and c-3/1 with the
    # Harbour Board (not b-2/1: Ada is in b-2/0 only); a tie keeps the rank order.
    counts = [(t.id, n) for t, n in topic_store.cooccurring(loaded[0])]
    assert counts == [("place:port-vela", 2), ("org:harbour-board", 2)]
    assert [t.id for t, _ in topic_store.cooccurring(loaded[2])] == []


def test_only_the_recent_topics_stay_built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(topic_store, "RECENT_TOPICS", 2)
    topic_store._RECENT.clear()
    loaded = _saved(tmp_path / "topics.msgpack")
    for stored, written in zip(loaded, TOPICS, strict=True):
        assert stored.mentions == written.mentions
    assert len(topic_store._RECENT) == 2
    assert loaded[0].mentions == TOPICS[0].mentions  # read again: still right


def test_a_cache_renamed_over_an_open_one_does_not_change_its_topics(tmp_path: Path) -> None:
    target = tmp_path / "topics.msgpack"
    loaded = _saved(target)
    topic_store._RECENT.clear()
    save_topics(target, "fp", TOPICS[::-1])
    assert loaded == TOPICS
    assert [t.mentions for t in loaded] == [t.mentions for t in TOPICS]


@pytest.mark.parametrize("cut", [1, 8, 100, -1, -9])
def test_a_truncated_store_is_detected_not_misread(tmp_path: Path, cut: int) -> None:
    target = tmp_path / "topics.msgpack"
    save_topics(target, "fp", TOPICS)
    size = target.stat().st_size
    os.truncate(target, cut if cut > 0 else size + cut)
    loaded, reason = load_topics(target, "fp")
    assert loaded is None
    assert reason in ("it was cut short", "it was damaged")


def test_damage_after_opening_is_an_error_never_wrong_marks(tmp_path: Path) -> None:
    target = tmp_path / "topics.msgpack"
    loaded = _saved(target)
    topic_store._RECENT.clear()
    line = target.read_bytes().split(b"\n", 1)[0]
    start = len(line) + 1 + json.loads(line)["meta"]  # the first topic's mentions
    with target.open("r+b") as handle:
        handle.seek(start + 3)
        byte = handle.read(1)
        handle.seek(start + 3)
        handle.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(TopicStoreDamaged, match="damaged"):
        _ = loaded[0].mentions
    assert loaded[1].mentions == TOPICS[1].mentions  # the others are intact


def test_a_value_no_column_holds_fails_the_save_and_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "topics.msgpack"
    odd = Topic("t", "T", "theme", ("T",), (_m("a", -1, 0, 1, "T"),), 0.0)
    with pytest.raises(CacheWriteError, match="could not store the topics"):
        save_topics(target, "fp", (odd,))
    assert not target.exists()


def test_the_model_still_has_the_layout_the_store_writes() -> None:
    # Else the façade quietly falls back to the record cache and its memory (issue 15).
    assert topic_store.layout_known()


def _cache_file() -> Path:
    return paths.cache_root() / paths.briefing_key([paths.bundled_seeds()]) / "topics.msgpack"


def test_a_reopened_briefing_has_the_same_topics_and_answers() -> None:
    with Briefing.open([paths.bundled_seeds()], sync=False) as briefing:
        first = briefing.topics()
        assert first and all(isinstance(t, StoredTopic) for t in first)  # kept from the store
        passages = [briefing.passages(t.id) for t in first]
    plain = tuple(Topic(t.id, t.name, t.kind, t.aliases, t.mentions, t.score) for t in first)
    with Briefing.open([paths.bundled_seeds()], sync=False) as again:
        assert again.topics() == plain
        assert not again.notices
        assert [again.passages(t.id) for t in first] == passages
        for topic in plain:
            want = [(t.id, n) for t, n in xref.cooccurring(topic, plain, 10)]
            assert [(t.id, n) for t, n in again.cooccurring(topic.id)] == want


@pytest.mark.parametrize("damage", ["cut", "old format"])
def test_a_cut_or_old_topics_cache_is_worked_out_again_with_a_notice(damage: str) -> None:
    with Briefing.open([paths.bundled_seeds()], sync=False) as briefing:
        first = briefing.topics()
    target = _cache_file()
    if damage == "cut":
        os.truncate(target, target.stat().st_size - 5)
        why = "it was cut short"
    else:  # what the previous version wrote: one record per topic, same fingerprint
        fingerprint = json.loads(target.read_bytes().split(b"\n", 1)[0])["fingerprint"]
        save_records(target, fingerprint, first)
        why = "it was written in another format"
    with Briefing.open([paths.bundled_seeds()], sync=False) as again:
        assert again.topics() == first
        assert f"The key topics were worked out again because {why}." in again.notices
    loaded, reason = load_topics(target, fingerprint_of(target))
    assert reason is None and loaded == first


def fingerprint_of(target: Path) -> str:
    return str(json.loads(target.read_bytes().split(b"\n", 1)[0])["fingerprint"])
