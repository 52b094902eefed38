"""A lede behind a wire's credit ("(Wirenews) -- …") or a two-word dateline ("NEW YORK
(AP) — …") is a lede, a reporter's "pointed out that" clause tells of the event, and the
person most of the packet names is one of its actors. Every text is written for these tests."""

from __future__ import annotations

from briefing.brief_lede_actors import Finder, story_actors
from briefing.brief_lede_report import reported_clause, said_first
from briefing.brief_lede_shape import after_wire_tag, label, lede_shaped, names_early
from briefing.model import Mention, Span, Topic

STORM = "The storm sank two ferries in the port of Velmora on Tuesday, officials said."


def test_a_wire_credit_before_the_lede_leaves_a_lede() -> None:
    tagged = f"(Wirenews) -- {STORM}"
    assert not lede_shaped(f"({STORM[1:]}")  # a bracket alone opens no lede
    assert lede_shaped(tagged) and after_wire_tag(tagged) == STORM
    assert lede_shaped(f"(Wirenews) — {STORM}")
    # Look-alikes: a bracket with no dash after it, a count in brackets, a dash in the text.
    assert after_wire_tag(f"(Updated) {STORM}") == f"(Updated) {STORM}"
    assert not lede_shaped(f"(Updated) {STORM}")
    assert after_wire_tag(f"(1) {STORM}") == f"(1) {STORM}"
    assert after_wire_tag(STORM) == STORM
    # The event named early after the credit, as after a dateline.
    tagged_late = "(Wirenews) -- The storm that sank two ferries in the port was the worst."
    assert names_early(tagged_late, [], ["storm"])


def test_a_dateline_of_two_words_is_no_kicker() -> None:
    assert label(f"NEW YORK (AP) — {STORM}") == "dateline"
    assert label(f"LOS ANGELES — {STORM}") == "dateline"
    # Look-alikes: two words that name no place are a kicker still.
    assert label(f"BREAKING NEWS: {STORM}") == "kicker"
    assert label(f"LIVE UPDATES — {STORM}") == "kicker"


def test_a_that_clause_after_a_verb_reports_the_event() -> None:
    names = ["filing", "storm"]
    assert reported_clause("Ana Ruiz pointed out that the ")
    assert said_first("Ana Ruiz pointed out that the storm filing is now public.", names)
    assert said_first("The court noted that the storm had closed the port.", names)
    # Look-alikes: a plural before a relative "that", the event first, no "that" clause.
    assert not reported_clause("The floods that hit the ")
    assert not said_first("The storm that struck Velmora sank two ferries.", names)
    assert not said_first("Divers who arrived after the storm found two wrecks.", names)
    assert not said_first("Ferries were sunk by the storm, it was reported that day.", names)


def _person(ident: str, articles: int) -> Topic:
    mentions = tuple(Mention(f"{i:03d}", Span(0, 0, 4), ident) for i in range(articles))
    return Topic(ident, ident.title(), "person", (ident.title(),), mentions, 1.0)


def test_the_person_most_of_the_packet_names_is_an_actor() -> None:
    founder, guest = _person("okafor", 7), _person("ruiz", 6)
    finder = Finder([founder, guest])
    assert story_actors([], [guest, founder], [], finder, 10) == {"okafor"}
    # Look-alikes: a guest named by 6 of 10 is none, nor a most named person below 2/3;
    # without the packet's size only the event's names and the opening sentences count.
    assert story_actors([], [guest], [], finder, 10) == set()
    assert story_actors([], [founder, guest], [], finder, 11) == set()
    assert story_actors([], [founder, guest], [], finder) == set()
