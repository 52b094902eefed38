"""The fast topic decoder gives exactly what the generic one gives, or refuses."""

from __future__ import annotations

import msgpack
import pytest

from briefing import codec, paths
from briefing.briefing import Briefing
from briefing.model import Mention, Span, Topic
from briefing.topic_records import decode_topics

pytestmark = pytest.mark.usefixtures("private_dirs")


def _records(topics: tuple[Topic, ...]) -> list[object]:
    """Through the bytes, as the cache stores them."""
    packed = msgpack.packb([codec.encode(t) for t in topics])
    return list(msgpack.unpackb(packed, use_list=False))


def test_seed_topics_decode_as_the_generic_decoder_decodes_them() -> None:
    with Briefing.open([paths.bundled_seeds()], sync=False) as briefing:
        topics = briefing.topics()
    assert topics and any(t.mentions for t in topics)
    records = _records(topics)
    fast = decode_topics(records)
    generic = tuple(map(codec.decoder(Topic), records))
    assert fast == generic == topics
    for a, b in zip(fast, generic, strict=True):
        assert type(a) is type(b) is Topic
        assert type(a.aliases) is tuple and type(a.mentions) is tuple
        assert all(type(m) is Mention and type(m.span) is Span for m in a.mentions)


def test_a_reopened_briefing_reads_its_topics_back_equal() -> None:
    with Briefing.open([paths.bundled_seeds()], sync=False) as briefing:
        first = briefing.topics()
    with Briefing.open([paths.bundled_seeds()], sync=False) as again:
        assert again.topics() == first


@pytest.mark.parametrize(
    "record",
    [
        ("id", "name", "planet", (), (), 1.0),  # a kind that does not exist
        ("id", "name", "person", (), (("a", (0, 1), "x"),), 1.0),  # a span of two numbers
        ("id", "name", "person", (), (("a", (0, "1", 2), "x"),), 1.0),  # a string offset
        ("id", 7, "person", (), (), 1.0),
        ("id", "name", "person", (3,), (), 1.0),
        ("id", "name", "person", ()),  # too short
    ],
)
def test_a_record_of_another_layout_is_refused(record: tuple[object, ...]) -> None:
    with pytest.raises((ValueError, TypeError)):
        decode_topics([record])
