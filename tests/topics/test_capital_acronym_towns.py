"""An acronym written in capitals is no town of the packet's countries that it spells.

"AMA" (an agency's letters) folds to "Ama", a GeoNames town in Aichi: in a packet about
Japan the acronym must stay a body, and "Agency ... (AMA)" is no name followed by its town in
brackets. A town's name written as a name ("Ama") is still the town.

Every text here is written for the test (invented bodies and events).
"""

from __future__ import annotations

import re

from topics.helpers import article

from briefing.model import Mention, Span, Topic
from briefing.topics.local_towns import towns_as_places


def _topic(ident: str, name: str, kind: str, texts: list[str]) -> Topic:
    mentions = tuple(
        Mention(f"a{n}", Span(0, m.start(), m.end()), name)
        for n, text in enumerate(texts)
        for m in re.finditer(re.escape(name), text)
    )
    return Topic(ident, name, kind, (name,), mentions)  # type: ignore[arg-type]


TEXTS = [
    "Japan hosted the regatta; the Velmor Rowing Agency (AMA) banned the oar.",
    "In Japan the AMA ruled on Monday that the Velmor Rowing Agency (AMA) was right.",
    "Japan's rowers appealed to the AMA, the Velmor Rowing Agency (AMA) said.",
    "The AMA fined the crew. Japan protested.",
]


def test_an_acronym_in_capitals_stays_a_body_in_a_packet_about_the_country() -> None:
    articles = [article(f"a{n}", text) for n, text in enumerate(TEXTS)]
    topics = [
        _topic("jp", "Japan", "place", TEXTS),
        _topic("ama", "AMA", "organisation", TEXTS),
        _topic("v", "Velmor Rowing Agency", "organisation", TEXTS),
    ]
    found = {t.id: t for t in towns_as_places(topics, 4, articles)}
    assert found["ama"].kind == "organisation"
    assert found["v"].kind == "organisation"  # "(AMA)" after it is no town's bracket


def test_the_town_written_as_a_name_is_still_the_town() -> None:
    texts = [f"Japan: the ferry reached Ama on day {n}, and Ama welcomed it." for n in range(4)]
    articles = [article(f"a{n}", text) for n, text in enumerate(texts)]
    topics = [_topic("jp", "Japan", "place", texts), _topic("ama", "Ama", "organisation", texts)]
    found = {t.id: t for t in towns_as_places(topics, 4, articles)}
    assert found["ama"].kind == "place"
