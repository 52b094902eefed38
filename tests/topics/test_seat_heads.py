"""A body named by its seat ("White House", "Blue House") is an organisation topic, where
the other heads of buildings named in passing ("... Church", "... School") stay no topic.

Before, "... House" was among those dropped heads, so the White House of a signing at the
White House was no topic, and the event could not be placed at it.
"""

from __future__ import annotations

from topics.helpers import article

from briefing.topics import extract_topics


def _topics(texts: list[str]):
    return extract_topics([article(f"a{i}", text) for i, text in enumerate(texts)])


def test_a_body_named_by_its_house_is_an_organisation() -> None:
    topics = _topics(
        [
            "Officials at the Blue House said the talks with Norvia would resume on Monday.",
            "The Blue House confirmed that the envoy of Norvia had arrived in the capital.",
        ]
    )
    blue = [t for t in topics if t.name == "Blue House"]
    assert blue and blue[0].kind == "organisation"


def test_other_buildings_named_in_passing_stay_no_topic() -> None:
    topics = _topics(
        [
            "Pupils of Larkfield School were sent home as the storm reached Norvia.",
            "Larkfield School stayed closed while Norvia counted the damage.",
        ]
    )
    assert not [t for t in topics if "Larkfield" in t.name]
