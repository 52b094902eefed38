"""The packet's main event named from general signals (made-up packets, not the seeds)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.events import main_event


def _dated(n: int, day: int, title: str, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), title=title, date=dt.date(2031, 3, day))


def test_the_main_event_has_its_action_person_place_and_dates() -> None:
    articles = [
        _dated(
            0,
            3,
            "Minister Okonkwo opens the bridge in Lagos",
            "Nigerian Works Minister Ada Okonkwo opened the new bridge in Lagos on Monday.",
        ),
        _dated(
            1,
            4,
            "Lagos bridge opening draws crowds",
            "Thousands watched as Ada Okonkwo cut the ribbon on the bridge in Lagos.",
        ),
        _dated(
            2,
            5,
            "Engineers praise the Lagos bridge",
            "Engineers said the bridge in Lagos will carry 80,000 cars a day. Okonkwo agreed.",
        ),
    ]
    name = main_event(articles, extract_topics(articles), frozenset({"Nigeria"}))
    assert name == "Okonkwo’s Lagos bridge, 3–5 Mar 2031"


def test_no_shared_action_no_event() -> None:
    articles = [
        _dated(0, 3, "Markets", "Shares rose in Lagos on Monday."),
        _dated(1, 9, "Weather", "Heavy rain fell on Kano overnight."),
    ]
    assert main_event(articles, extract_topics(articles)) is None
    assert main_event([], ()) is None


def test_the_facade_names_the_seed_packets_event(private_dirs) -> None:
    """Through the façade on the bundled seeds: the visit, its visitor and its venue."""
    from briefing import paths
    from briefing.briefing import Briefing

    with Briefing.open([paths.bundled_seeds()], sync=False) as briefing:
        name = briefing.main_event()
    assert name is not None and name.startswith("Putin’s state visit to Tajikistan")


def _story(*leads: tuple[int, str, str]) -> list[Article]:
    return [_dated(n, day, title, text) for n, (day, title, text) in enumerate(leads)]


def test_the_dates_are_the_busiest_week_and_month_only_dates_do_not_count() -> None:
    articles = _story(
        (1, "Preview of the regatta", "The regatta in Split will draw sailors from afar."),
        (20, "Regatta opens in Split", "The regatta in Split opened with forty boats."),
        (21, "Regatta winds", "Strong winds slowed the regatta in Split."),
        (22, "Regatta ends", "The regatta in Split ended with a Croatian win."),
    )
    articles += [  # "March 2031" only: stored as the 1st, never a day of the event
        replace(
            _dated(n, 1, "Regatta look-back", "The regatta in Split was a success."),
            date_precision="month",
        )
        for n in (7, 8, 9)
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and name.endswith("20–22 Mar 2031")


def test_a_qualifier_gives_way_to_the_noun_it_qualifies() -> None:
    """ "toxic" is in more leads, but always before "algae": the event is the algae."""
    articles = _story(
        (3, "Toxic algae close beaches", "Toxic algae closed the beaches of Varna on Monday."),
        (4, "Beaches shut", "The toxic algae spread along the coast of Varna, toxic and thick."),
        (5, "Toxic warning", "Officials in Varna gave a toxic warning as the algae grew."),
    )
    name = main_event(articles, extract_topics(articles))
    assert name is not None and name.lower().startswith("toxic algae")


def test_the_venue_takes_the_preposition_the_leads_use() -> None:
    articles = _story(
        (3, "Mwangi visit", "President Ruth Mwangi began her visit to Kenya on Monday."),
        (4, "Visit to Kenya", "Ruth Mwangi said her visit to Kenya would deepen trade."),
        (5, "Trade deals", "Mwangi signed trade deals during the visit to Kenya."),
    )
    name = main_event(articles, extract_topics(articles), frozenset({"Kenya"}))
    assert name == "Mwangi’s visit to Kenya, 3–5 Mar 2031"


def test_the_most_named_person_owns_the_event_only_when_named_beside_it() -> None:
    articles = _story(
        (3, "Flood in Vinnytsia", "A flood hit Vinnytsia. Mayor Olena Hrytsenko left on leave."),
        (4, "Flood damage", "The flood in Vinnytsia damaged bridges, engineers said."),
        (5, "Flood aid", "Aid reached Vinnytsia after the flood. Olena Hrytsenko was abroad."),
    )
    name = main_event(articles, extract_topics(articles))
    assert name is not None and "Hrytsenko" not in name and name.startswith("Flood")


def test_the_main_event_heads_the_topics() -> None:
    articles = _story(
        (3, "Flood in Vinnytsia", "A flood hit Vinnytsia on Monday, officials said."),
        (4, "Flood damage", "The flood in Vinnytsia damaged bridges, engineers said."),
        (5, "Flood aid", "Aid reached Vinnytsia after the flood, the mayor said."),
    )
    topics = extract_topics(articles)
    first = topics[0]
    assert first.kind == "event" and first.name == main_event(articles, topics)
    assert {m.surface.lower() for m in first.mentions} == {"flood"}
    assert extract_topics(articles, limit=1) == topics[:1]
    # Two articles are no story to name.
    assert all(t.kind != "event" for t in extract_topics(articles[:2]))


def test_a_theme_the_action_heads_becomes_the_event() -> None:
    """ "grain blockade" is already a theme: it becomes the event, with its mentions."""
    articles = _story(
        (3, "Blockade tightens", "The grain blockade of Odesa tightened on Monday."),
        (4, "Blockade talks", "Talks on the grain blockade of Odesa stalled, diplomats said."),
        (5, "Blockade costs", "The grain blockade of Odesa raised prices across Africa."),
    )
    topics = extract_topics(articles)
    assert topics[0].kind == "event" and "grain blockade" in topics[0].aliases
    assert not [t for t in topics if t.kind == "theme" and "grain blockade" in t.aliases]


def test_an_event_named_after_a_listed_name_adds_no_topic() -> None:
    """ "the Lagos bridge": the bridge is listed as Lagos's already; the name is still given."""
    articles = _story(
        (3, "Lagos bridge opens", "The Lagos bridge opened on Monday to heavy traffic."),
        (4, "Lagos bridge crowds", "Crowds crossed the Lagos bridge on foot all day."),
        (5, "Lagos bridge costs", "The Lagos bridge cost more than planned, auditors said."),
    )
    topics = extract_topics(articles)
    assert main_event(articles, topics) == "Lagos bridge, 3–5 Mar 2031"
    assert all(t.kind != "event" for t in topics)


def test_the_facade_works_the_event_out_once_per_packet(private_dirs, packet, monkeypatch) -> None:
    """Every launch shows the event; reading every article's lead again each time took
    seconds at 10,000 articles. A changed article makes it be worked out again."""
    from briefing.briefing import Briefing
    from briefing.topics import events

    calls: list[int] = []
    real = events.main_event

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(events, "main_event", counted)
    with Briefing.open([packet], sync=False) as briefing:
        first = briefing.main_event()
        assert briefing.main_event() == first
    with Briefing.open([packet], sync=False) as again:
        assert again.main_event() == first
    assert len(calls) == 1
    victim = sorted(packet.glob("*.txt"))[0]
    victim.write_text(victim.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    with Briefing.open([packet], sync=False) as changed:
        assert changed.main_event() == first  # the same event, worked out again
    assert len(calls) == 2


def test_the_event_named_while_the_topics_are_worked_out_is_kept(
    private_dirs, packet, monkeypatch
) -> None:
    """The topics' extraction names the event on the way (it is their first topic); naming
    it again for the overview read every lead and the timeline a second time (9 s at
    10,000 articles, on every launch until a session lived long enough to cache it)."""
    from briefing.briefing import Briefing
    from briefing.topics import events

    with Briefing.open([packet], sync=False) as fresh:
        expected = events.main_event(fresh.articles, fresh.topics())
    for cached in private_dirs.rglob("*.msgpack"):
        if cached.name in ("topics.msgpack", "main_event.msgpack"):
            cached.unlink()

    calls: list[int] = []
    real = events._event

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(events, "_event", counted)
    with Briefing.open([packet], sync=False) as briefing:
        briefing.topics()
        assert briefing.main_event() == expected
    with Briefing.open([packet], sync=False) as again:
        assert again.main_event() == expected  # from the cache the topics' run wrote
    assert len(calls) == 1


def test_a_building_is_where_it_happened_at_a_town_in() -> None:
    from briefing.topics.event_place import preposition_at

    assert preposition_at("Vesper Concert Hall, Brell") == "at"
    assert preposition_at("Osko, Varden") == "in"
    assert preposition_at("Hall") == "in"  # a one-word town named Hall
