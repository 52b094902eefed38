"""One named event's topics joined however the texts write it, and look-alikes kept apart
(made-up names: the Varnia Games, the Brell Cup, a summit series; no packet's text)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article, by_name

from briefing.model import Article, Mention, Span, Topic
from briefing.topics.named_events import with_named_events_joined


def _topic(name: str, kind: str, article_id: str = "a1", aliases: tuple[str, ...] = ()) -> Topic:
    mention = Mention(article_id, Span(0, 0, len(name)), name)
    return Topic(name.casefold().replace(" ", "-"), name, kind, (name, *aliases), (mention,), 1.0)  # type: ignore[arg-type]


def _articles(*texts: str, year: int = 2031) -> list[Article]:
    return [
        replace(article(f"a{n}", text), date=dt.date(year, 7, 1))
        for n, text in enumerate(texts, start=1)
    ]


def _names(topics: tuple[Topic, ...]) -> list[str]:
    return [t.name for t in topics]


_PLACES = (_topic("Varna", "place"), _topic("Osko", "place"), _topic("Brell", "place"))


def test_a_named_events_forms_in_one_language_are_one_topic() -> None:
    topics = (
        _topic("Varna Olympiads", "event", "a1"),
        *_PLACES,
        _topic("Olympiad Games", "event", "a2"),
        _topic("Summer Olympiads", "event", "a3"),
    )
    joined = with_named_events_joined(topics, _articles("x", "y", "z"))
    assert _names(joined) == ["Varna Olympiads", "Varna", "Osko", "Brell"]
    event = joined[0]
    assert {"Olympiad Games", "Summer Olympiads"} <= set(event.aliases)
    assert {m.article_id for m in event.mentions} == {"a1", "a2", "a3"}


def test_two_places_years_descriptors_or_names_are_two_events() -> None:
    topics = (
        _topic("Varna Olympiads", "event"),
        _topic("Osko Olympiads", "event"),  # another city's
        *_PLACES,
        _topic("Summer Olympiads", "event"),
        _topic("Winter Olympiads", "event"),  # two seasons: Varna's joins only the first
        _topic("Commonwealth Games", "event"),  # an everyday head: its name's own word
        _topic("Olympiad Games", "event"),
        _topic("G7 summit", "event"),
        _topic("G20 summit", "event"),
        _topic("Games", "event"),  # the everyday head alone: joins nothing
    )
    joined = with_named_events_joined(topics, _articles("x"))
    names = _names(joined)
    for apart in ("Osko Olympiads", "Commonwealth Games", "G20 summit"):
        assert apart in names
    assert "Games" in names and "G7 summit" in names
    varna = joined[0]
    assert "Summer Olympiads" in varna.aliases and "Olympiad Games" in varna.aliases
    assert "Winter Olympiads" not in varna.aliases and "Osko Olympiads" not in varna.aliases


def test_a_bodys_summit_and_a_places_summit_are_two() -> None:
    # One names its summit by its body's acronym, the other by its places: two summits. A
    # name that says neither ("World Cup") is the one a body's name qualifies ("ZFA").
    topics = (
        _topic("Varna–Osko summit", "event"),
        _topic("BRX summit", "event"),
        *_PLACES,
        _topic("World Cup", "event"),
        _topic("ZFA World Cup", "event"),
    )
    joined = with_named_events_joined(topics, _articles("x"))
    assert _names(joined)[:2] == ["Varna–Osko summit", "BRX summit"]
    assert "ZFA World Cup" not in _names(joined)
    assert set(by_name(joined, "World Cup").aliases) == {"World Cup", "ZFA World Cup"}


def test_another_year_is_another_event() -> None:
    # The story is dated 2031: the 1931 Games named in it are another event, as are two
    # years both written; a name of the story's own year joins the one with none.
    topics = (
        _topic("Varna Olympiads", "event"),
        _topic("1931 Olympiads", "event"),
        _topic("2031 Olympiads", "event"),
        *_PLACES,
    )
    joined = with_named_events_joined(topics, _articles("x"))
    assert _names(joined)[:2] == ["Varna Olympiads", "1931 Olympiads"]
    assert "2031 Olympiads" in joined[0].aliases
    assert "1931 Olympiads" not in joined[0].aliases


def test_an_acronym_whose_words_the_packet_writes_joins_its_event() -> None:
    articles = _articles(
        "Le Journal officiel en parle: les Jeux olympiades de Varna, les JO, ont commencé.",
        "Les JO-2031 ont commencé sous la pluie.",
    )
    topics = (
        _topic("Varna Olympiads", "event"),
        *_PLACES,
        _topic("JO", "organisation", "a1"),
        # A look-alike: capitals whose words are not the event's ("Journal télévisé").
        _topic("JT", "organisation", "a3"),
    )
    told = replace(
        article("a3", "Le Journal télévisé de Varna a parlé des Jeux."), date=articles[0].date
    )
    more = [*articles, told]
    joined = with_named_events_joined(topics, more)
    assert "JO" in joined[0].aliases
    assert "JT" in _names(joined)
    # A longer acronym names another thing after the event's word: it stays apart.
    spelt = _articles("La Varna Olympiad Machine (VOM) a ouvert.")
    machine = (_topic("Varna Olympiads", "event"), _topic("VOM", "organisation"))
    assert _names(with_named_events_joined(machine, spelt)) == ["Varna Olympiads", "VOM"]
    # An acronym spelt out in words of another root stays apart.
    other = _articles("Le Journal officiel de Varna a paru.")
    pair = (_topic("Varna Olympiads", "event"), _topic("JO", "organisation"))
    kept = with_named_events_joined(pair, other)
    assert _names(kept) == ["Varna Olympiads", "JO"]


def test_no_events_nothing_changes() -> None:
    topics = (*_PLACES, _topic("JO", "organisation"))
    assert with_named_events_joined(topics, _articles("Jeux olympiades")) == topics
