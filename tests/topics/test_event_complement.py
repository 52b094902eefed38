"""A verb done for something is named by what it was done for ("files for bankruptcy"), and
a possessive name owns the phrase it opens, not the act that phrase did. Invented texts."""

from __future__ import annotations

from dataclasses import dataclass

from topics.helpers import article

from briefing.model import Topic
from briefing.topics.event_complement import complement_noun
from briefing.topics.event_topic import owned_uses, with_event
from briefing.topics.event_whose import near

_LEADS = [
    "Velmora Capital files for bankruptcy after a run on its deposits.",
    "Tomas Okafor’s trading empire filed for Chapter 9 bankruptcy in Ostrava on Friday.",
    "The lender is filing for bankruptcy while its founder steps down.",
]
_DOCS = {"filed": 3, "bankruptcy": 3, "divorce": 1, "survivors": 3, "murder": 3}


def _noun(word: str) -> bool:
    return word in {"bankruptcy", "divorce", "murder", "survivors"}


def test_the_noun_a_verb_is_done_for_names_the_act() -> None:
    assert complement_noun("filed", _LEADS, _DOCS, _noun) == "bankruptcy"
    # Any form of the verb counts ("files", "filing"), numbers between are skipped.
    assert complement_noun("files", _LEADS[:2], _DOCS, _noun) == "bankruptcy"


def test_look_alikes_keep_the_verb() -> None:
    # One lead is no agreement; a noun fewer than two leads share is no act.
    assert complement_noun("filed", _LEADS[:1], _DOCS, _noun) is None
    divorce = ["Ana Ruiz filed for divorce on Monday.", "Ruiz filed for divorce in Tarsk."]
    assert complement_noun("filed", divorce, _DOCS, _noun) is None
    # A passive says what someone was held for, not what happened.
    arrested = ["The guard was arrested for murder.", "Two men were arrested for murder."]
    assert complement_noun("arrested", arrested, _DOCS, _noun) is None
    # A plural is whom the act was for, not the act.
    searched = ["Divers searched for survivors.", "Crews searched for survivors at dawn."]
    assert complement_noun("searched", searched, _DOCS, _noun) is None
    # Another verb before "for" says nothing of this one.
    assert complement_noun("collapsed", _LEADS, _DOCS, _noun) is None


def test_a_possessive_owns_its_phrase_not_the_act_it_did() -> None:
    lead = ["Tomas Okafor’s trading empire filed for Chapter 9 bankruptcy in Ostrava."]
    assert not near(lead, "Okafor", "bankruptcy")
    assert not near(lead, "Okafor", "filed", verb=True)
    # Look-alikes: the possessed noun is the act; the name not in the possessive.
    assert near(["Ana Ruiz’s first state visit to Tarsk began."], "Ruiz", "visit")
    assert near(["The visit by Ana Ruiz to Tarsk began on Monday."], "Ruiz", "visit")
    assert near(["Tomas Okafor filed for bankruptcy in Ostrava."], "Okafor", "bankruptcy")


@dataclass(frozen=True)
class _Event:
    name: str
    head: str
    owner: str | None = None


def _listed(name: str) -> Topic:
    return Topic(name.casefold().replace(" ", "-"), name, "organisation", (name,), (), 1.0)


def test_an_act_written_mostly_on_its_own_is_an_event_beside_its_owner() -> None:
    articles = [
        article("000", "The Chapter 9 bankruptcy was filed. The bankruptcy shocked savers."),
        article("001", "After the bankruptcy, savers queued. Bankruptcy lawyers were hired."),
    ]
    chapter = _listed("Chapter 9")
    assert not owned_uses(articles, [chapter], "bankruptcy")
    found = with_event(
        articles, [chapter], _Event("Chapter 9 bankruptcy", "bankruptcy", "Chapter 9")
    )
    assert found[0].kind == "event"


def test_an_act_written_as_part_of_its_owners_name_is_that_thing() -> None:
    articles = [
        article("000", "The Estlink 2 cable was cut. Repairs to the Estlink 2 cable began."),
        article("001", "Divers reached the Estlink 2 cable on Monday."),
    ]
    estlink = _listed("Estlink 2")
    assert owned_uses(articles, [estlink], "cable")
    found = with_event(articles, [estlink], _Event("Estlink 2 cable", "cable", "Estlink 2"))
    assert [t.kind for t in found] == ["organisation"]


def test_no_owner_topic_owns_nothing() -> None:
    articles = [article("000", "The bankruptcy was filed.")]
    assert not owned_uses(articles, [], "bankruptcy")
