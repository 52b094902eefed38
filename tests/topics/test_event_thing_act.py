"""The act a thing underwent names the event in place of the thing (made-up texts and names)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from topics.helpers import article

from briefing.model import Article, Mention, Span, Topic
from briefing.topics import extract_topics
from briefing.topics.event_thing_act import ThingAct, thing_act, thing_named
from briefing.topics.event_venue import venue_of
from briefing.topics.events import main_event

_TEXTS = ["By Friday the freighter remained grounded, the port agent said."]


def test_an_adverb_of_state_after_a_verb_of_motion_names_its_verb_s_gerund() -> None:
    leads = [
        "A freighter ran aground in the Varn Channel\nIt carried grain.",
        "The Norhild Star, a grain freighter bound for Keld, ran aground near Ostby.",
    ]
    act = thing_act("freighter", leads, _TEXTS)
    assert act is not None
    assert act.noun == "grounding"
    assert act.forms == ("aground",)


def test_a_participle_right_after_the_thing_names_its_noun() -> None:
    leads = [
        "A ferry capsized off Ostby on Monday.",
        "The island ferry capsized in rough seas, officials said.",
    ]
    act = thing_act("ferry", leads, ["The capsizing left two missing.", "After the capsizing."])
    assert act is not None
    assert act.noun == "capsizing"
    # No text writes its noun, and English derives none as common: no act.
    assert thing_act("ferry", leads, ["Two are missing."]) is None
    collapsed = ["The old bridge collapsed on Monday.", "A rail bridge collapsed at dawn."]
    texts = ["The collapse killed two.", "Since the collapse, trains stop."]
    assert thing_act("bridge", collapsed, texts) == ThingAct("collapse", ("collapsed",))


@pytest.mark.parametrize(
    ("thing", "leads", "texts"),
    [
        # The act has an object: what the ship did to something else ("blocked the channel").
        (
            "freighter",
            [
                "A freighter blocked the Varn Channel on Monday.",
                "The freighter that blocked the channel is still there.",
            ],
            [],
        ),
        # A description of the thing, with its agent: no act.
        (
            "freighter",
            ["A freighter operated by Norline sails today.", "The freighter, operated by Norline."],
            [],
        ),
        # "Aboard" after a plural noun, not after a verb of motion: no act.
        (
            "ferry",
            ["The ferry had 300 passengers aboard.", "A ferry with 90 cars and people aboard."],
            ["Passengers boarded at dawn."],
        ),
        # The texts never write the adverb's word as a verb ("grounded"): no act.
        (
            "freighter",
            ["A freighter ran aground in the Varn Channel.", "The freighter ran aground."],
            ["It is stuck."],
        ),
        # "Again", "ahead": as common as "gain" and "head", no adverb of state.
        (
            "train",
            ["The train ran again on Monday.", "A train went ahead to Ostby."],
            ["It gained speed and headed north."],
        ),
        # One lead only.
        ("freighter", ["A freighter ran aground.", "Ships wait at Ostby."], _TEXTS),
    ],
)
def test_no_act_without_an_intransitive_act_of_the_thing_in_two_leads(
    thing: str, leads: list[str], texts: list[str]
) -> None:
    assert thing_act(thing, leads, texts) is None


def _topic(name: str, kind: str) -> Topic:
    return Topic(name.casefold(), name, kind, (name,), (Mention("a0", Span(0, 0, 1), name),))


def test_the_thing_s_name_is_the_one_its_act_s_sentences_open_with() -> None:
    leads = [
        "Grain freighter stuck\nThe Norhild Star freighter, run by Norline, ran aground at dawn.",
        "Ostby, Monday\nThe Norhild Star, a grain freighter, ran aground near Keld.",
    ]
    topics = [_topic("Norline", "organisation"), _topic("Norhild Star", "organisation")]
    assert thing_named("freighter", ["aground"], leads, topics, frozenset()) == "the Norhild Star"
    # A sentence that opens with it but writes no act of the freighter says nothing.
    other = ["The Norhild Star freighter is old.", "The Norhild Star, a freighter, sails."]
    assert thing_named("freighter", ["aground"], other, topics, frozenset()) is None


def _dated(n: int, title: str, text: str) -> Article:
    return replace(article(f"{n:03d}", text), title=title, date=dt.date(2031, 3, 4))


def test_the_event_is_named_by_the_act_not_the_vehicle() -> None:
    """Before, the shared "grain freighter" named the event (the act is written only as "ran
    aground", a noun no text writes)."""
    articles = [
        _dated(
            0,
            "Grain freighter ran aground in the Varn Channel",
            "A grain freighter ran aground in the Varn Channel on Tuesday. The Norhild Star "
            "grain freighter, run by Norline, ran aground after a gust of wind.",
        ),
        _dated(
            1,
            "Varn Channel shut",
            "The Norhild Star, a grain freighter bound for Keld, ran aground in the Varn "
            "Channel. By Wednesday the vessel remained grounded.",
        ),
        _dated(
            2,
            "Tugs try to free grain freighter",
            "Tugs tried to free the grain freighter in the Varn Channel, where the Norhild "
            "Star ran aground.",
        ),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None
    assert name.startswith("Grounding"), name
    assert "freighter" not in name


def test_a_name_cut_by_a_headline_s_ellipsis_is_no_venue() -> None:
    """ "ran aground in the Varn…" (a headline cut short) may go on: only whole names count,
    so the lead's "Varn Channel" is where, not the town "Varn"."""
    town, channel = _topic("Varn", "place"), _topic("Varn Channel", "organisation")
    leads = ["A freighter ran aground in the Varn…\nA freighter ran aground in the Varn Channel."]
    assert venue_of(leads, "aground", [town, channel]) == ("in the", channel)
    # Written whole, the town is where (the look-alike).
    assert venue_of(["It ran aground in the Varn."], "aground", [town, channel]) == ("in the", town)
