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
