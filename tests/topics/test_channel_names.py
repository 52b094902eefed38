"""A broadcaster's channels ("KRT1", "KRT NEWS") are one body with its letters
(:mod:`briefing.topics.channel_names`). Every name and sentence is invented here."""

from __future__ import annotations

from topics.helpers import article, holding

from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.channel_names import channel_pairs, channel_stem
from briefing.topics.naming import name_key


def test_letters_with_a_digit_or_the_word_for_news_are_a_channel() -> None:
    assert channel_stem("KRT1") == "KRT"
    assert channel_stem("TVK2") == "TVK"
    assert channel_stem("KRT NEWS") == "KRT"
    assert channel_stem("NBK News") == "NBK"
    assert channel_stem("VRT Nachrichten") == "VRT"
    assert channel_stem("TRK Haber") == "TRK"


def test_flights_groups_summits_and_words_are_no_channel() -> None:
    for surface in ["MH17", "G7", "COP29", "AI171", "A10", "KRT 1", "KRT12", "Krt1"]:
        assert channel_stem(surface) is None, surface
    for surface in ["Fox News", "NEWS", "KRT", "KRT Stella Varn", "KRT NEWS TODAY", "Good News"]:
        assert channel_stem(surface) is None, surface


def _sightings(*surfaces: str) -> dict[str, list[Occurrence]]:
    return {name_key(s): [Occurrence(f"a{n}", 0, 0, len(s), s)] for n, s in enumerate(surfaces)}


def test_channels_join_the_letters_when_written_else_each_other() -> None:
    seen = _sightings("KRT", "KRT1", "KRT NEWS", "MH17")
    assert sorted(channel_pairs(seen, seen, name_key)) == [
        (name_key("KRT"), name_key("KRT NEWS")),
        (name_key("KRT"), name_key("KRT1")),
    ]
    seen = _sightings("KRT1", "KRT NEWS")
    assert channel_pairs(seen, seen, name_key) == [(name_key("KRT1"), name_key("KRT NEWS"))]
    seen = _sightings("KRT1", "TVK NEWS")  # two broadcasters: nothing to join
    assert channel_pairs(seen, seen, name_key) == []


def test_a_broadcaster_cited_by_two_channels_is_one_topic() -> None:
    texts = [
        "The Varn dam broke on Monday, killing 12, the broadcaster KRT1 reported.",
        "Rescuers searched the Varn valley on Tuesday, KRT NEWS said.",
    ] + [f"Report {n} on the Varn dam and the valley below it." for n in range(6)]
    topics = extract_topics([article(f"{n:03d}", t) for n, t in enumerate(texts)])
    both = holding(topics, "KRT1")
    assert len(both) == 1 and "KRT NEWS" in both[0].aliases
