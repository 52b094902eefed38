"""An acronym written in capitals is no town of the packet's countries that it spells.

"AMA" (an agency's letters) folds to "Ama", a GeoNames town in Aichi: in a packet about
Japan the acronym must stay a body, and "Agency ... (AMA)" is no name followed by its town in
brackets. A town's name written as a name ("Ama") is still the town.

Every text here is written for the test (invented bodies and events).
"""

from __future__ import annotations

from topics.helpers import article, text_topic

from briefing.topics.local_towns import towns_as_places

TEXTS = [
    "Japan hosted the regatta; the Velmor Rowing Agency (AMA) banned the oar.",
    "In Japan the AMA ruled on Monday that the Velmor Rowing Agency (AMA) was right.",
    "Japan's rowers appealed to the AMA, the Velmor Rowing Agency (AMA) said.",
    "The AMA fined the crew. Japan protested.",
]


def test_an_acronym_in_capitals_stays_a_body_in_a_packet_about_the_country() -> None:
    articles = [article(f"a{n}", text) for n, text in enumerate(TEXTS)]
    topics = [
        text_topic("jp", "Japan", "place", TEXTS),
        text_topic("ama", "AMA", "organisation", TEXTS),
        text_topic("v", "Velmor Rowing Agency", "organisation", TEXTS),
    ]
    found = {t.id: t for t in towns_as_places(topics, 4, articles)}
    assert found["ama"].kind == "organisation"
    assert found["v"].kind == "organisation"  # "(AMA)" after it is no town's bracket


def test_the_town_written_as_a_name_is_still_the_town() -> None:
    texts = [f"Japan: the ferry reached Ama on day {n}, and Ama welcomed it." for n in range(4)]
    articles = [article(f"a{n}", text) for n, text in enumerate(texts)]
    topics = [
        text_topic("jp", "Japan", "place", texts),
        text_topic("ama", "Ama", "organisation", texts),
    ]
    found = {t.id: t for t in towns_as_places(topics, 4, articles)}
    assert found["ama"].kind == "place"
