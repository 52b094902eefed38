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
    assert name == "Bridge — Okonkwo, Lagos, 3–5 Mar 2031"


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
    assert name is not None and name.startswith("Visit — Putin, Dushanbe")


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
