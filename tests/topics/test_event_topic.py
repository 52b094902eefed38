"""The main event's topic answers to its own act word (made-up texts)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from topics.helpers import article

from briefing.model import Article, Mention, Span, Topic
from briefing.topics.event_topic import with_event


@dataclass(frozen=True)
class _Event:
    name: str
    head: str
    owner: str | None = None


def _theme(phrase: str, articles: list[Article]) -> Topic:
    mentions = tuple(
        Mention(a.id, Span(i, m.start(), m.end()), m.group())
        for a in articles
        for i, p in enumerate(a.paragraphs)
        for m in re.finditer(re.escape(phrase), p.text)
    )
    return Topic(phrase.replace(" ", "-"), phrase, "theme", (phrase,), mentions, 1.0)


def test_a_phrase_the_act_only_qualifies_keeps_the_acts_own_uses_beside_it() -> None:
    articles = [
        article("000", "The crash killed ten. Police sealed the crash site."),
        article("001", "Investigators reached the crash site; the crash is under review."),
        article("002", "A second crash was ruled out."),
    ]
    site = _theme("crash site", articles)
    (event, *rest) = with_event(articles, [site], _Event("Crash in Tarsk", "crash"))
    assert event.kind == "event" and not rest
    assert set(event.aliases) == {"crash", "crash site"}
    # Every use once: two of the phrase, three of the word alone (none inside the phrase).
    surfaces = sorted(m.surface for m in event.mentions)
    assert surfaces == ["crash", "crash", "crash", "crash site", "crash site"]


def test_a_phrase_the_act_heads_is_the_event_as_it_is() -> None:
    articles = [
        article("000", "The ransomware attack shut the port. The attack began at night."),
        article("001", "A ransomware attack hit the port's systems."),
    ]
    attack = _theme("ransomware attack", articles)
    (event,) = with_event(articles, [attack], _Event("Ransomware attack on the port", "attack"))
    assert event.aliases == ("ransomware attack",)
    assert len(event.mentions) == 2


@dataclass(frozen=True)
class _Owned:
    name: str
    head: str
    owner: str | None = None
    called: str = ""


def _outage_articles() -> list[Article]:
    return [
        article("000", "A global computer outage hit banks. Velnor said the outage was over."),
        article("001", "The outage grounded flights across Tarsk on Friday."),
        article("002", "Airports reopened after the outage, Velnor said."),
    ]


def test_a_name_of_an_owner_and_the_act_answers_to_the_act_beside_a_writer_s_kind() -> None:
    """The name "Velnor outage" writes the act after its owner; the theme "computer outage" is one
    writer's kind of it, which the name does not write: the act's own uses are the event's
    too (before, the event held the phrase's one use alone)."""
    articles = _outage_articles()
    kind = _theme("computer outage", articles)
    event = with_event(articles, [kind], _Owned("Velnor outage", "outage", "Velnor", "outage"))[0]
    assert set(event.aliases) == {"outage", "computer outage"}
    assert len({m.article_id for m in event.mentions}) == 3


def test_the_phrase_stays_whole_when_the_name_writes_it_or_no_owner_is_named() -> None:
    articles = _outage_articles()
    kind = _theme("computer outage", articles)
    called = _Owned("Computer outage in Tarsk", "outage", None, "computer outage")
    assert with_event(articles, [kind], called)[0].aliases == ("computer outage",)
    ownerless = _Owned("Outage in Tarsk", "outage", None, "outage")
    assert with_event(articles, [kind], ownerless)[0].aliases == ("computer outage",)
