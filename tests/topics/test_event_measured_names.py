"""Main events named by what happened and dated by the act (made-up packets written here).

A storm's early leads share its toll, a fire's leads write that it "spread", a funicular's
that it "derailed": the name is the storm, the fire, the derailment. Reports of the days
after an act ("the governor said on Sunday") do not date it when most articles date the act
itself without a year (undated wire copy); where the placed days are the most, they alone
count, as before.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.events import main_event, with_main_event
from briefing.topics.story_days import story_days

FIRST, LAST = dt.date(2031, 3, 9), dt.date(2031, 3, 22)


def _art(n: int, language: str, title: str, text: str, day: int | None = None) -> Article:
    found = replace(article(f"{n:03d}", text), title=title, language=language)
    return replace(found, date=dt.date(2031, 3, day) if day else None)


def _day(day: int) -> tuple[dt.date, dt.date]:
    return dt.date(2031, 3, day), dt.date(2031, 3, day)


def test_undated_reports_of_the_act_outvote_the_day_of_the_first_statements() -> None:
    """Two dated articles date the Sunday statements; four undated ones write the day the
    storm struck, 15 March, without a year: the storm's day is 15 March."""
    articles = [
        _art(0, "en", "Toll rises", "The toll rose to 40, the governor said on Sunday.", 16),
        _art(1, "de", "Bilanz", "Der Gouverneur sagte am Sonntag, 40 Menschen seien tot.", 16),
        _art(2, "en", "Storm", "The storm struck Varnholm on 15 March, razing the port."),
        _art(3, "fr", "Tempête", "La tempête a frappé Varnholm le 15 mars, rasant le port."),
        _art(4, "it", "Tempesta", "La tempesta ha colpito Varnholm il 15 marzo."),
        _art(5, "es", "Tormenta", "La tormenta azotó Varnholm el 15 de marzo."),
    ]
    assert story_days(articles, FIRST, LAST, {"storm"}, []) == _day(15)
    # Look-alike: most articles place their days; one undated "15 March" is not read.
    placed = [
        _art(0, "en", "Toll rises", "The toll rose to 40, the governor said on Sunday.", 16),
        _art(1, "de", "Bilanz", "Der Gouverneur sagte am Sonntag, 40 Menschen seien tot.", 16),
        _art(2, "en", "Storm", "The storm struck Varnholm on 15 March, razing the port."),
        _art(3, "en", "Rescue", "Rescuers reached Varnholm on Sunday, officials said.", 16),
    ]
    assert story_days(placed, FIRST, LAST, {"storm"}, []) == _day(16)


def test_an_act_reported_on_its_own_day_keeps_that_day() -> None:
    """Look-alike: the articles are written on the day of the act and date it "on Monday",
    and an undated one writes that day without a year: the report's day is the event's."""
    articles = [
        _art(0, "en", "Bridge falls", "The bridge in Tarnholm collapsed on Monday.", 17),
        _art(1, "de", "Brücke", "Die Brücke in Tarnholm stürzte am Montag ein.", 17),
        _art(2, "en", "Bridge", "The bridge in Tarnholm collapsed on 17 March."),
        _art(3, "fr", "Pont", "Le pont de Tarnholm s'est effondré le 17 mars."),
        _art(4, "it", "Ponte", "Il ponte di Tarnholm è crollato il 17 marzo."),
    ]
    assert story_days(articles, FIRST, LAST, {"collapse", "collapsed"}, []) == _day(17)


def test_a_massive_fire_that_spread_is_a_fire() -> None:
    """ "fire spread" in two leads: the fire, which takes a modifier of its own ("a massive
    fire"), heads its phrase; the word after it is what it did."""
    text = "A massive fire spread through the Tarn Court towers in Velmar on Wednesday."
    articles = [
        _art(0, "en", "Massive fire in Velmar", text, 12),
        _art(1, "en", "Fire in Velmar", "A massive fire spread across Tarn Court in Velmar.", 12),
        _art(2, "en", "Velmar blaze", "The fire at Tarn Court in Velmar killed 12 people.", 13),
        _art(3, "en", "Velmar mourns", "Velmar mourned the dead of the fire at Tarn Court.", 13),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and name.startswith("Fire "), name


def test_the_act_beats_the_name_of_what_it_happened_to_on_a_tie() -> None:
    """ "funicular" and "derailed" are each in the three leads; "funicular" is a word of the
    listed "Orsa Funicular": what happened is the derailment."""
    leads = [
        ("Nine dead in Velmar", "At least 9 died as the Orsa funicular derailed in Velmar."),
        ("Velmar mourns", "Nine died after the Orsa Funicular derailed; the funicular was full."),
        ("Velmar", "The Orsa funicular is 200 m long. A car derailed. The derailment is studied."),
    ]
    articles = [_art(i, "en", title, text, 12) for i, (title, text) in enumerate(leads)]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and name.startswith("Derailment"), name


def test_a_toll_names_the_storm_the_leads_give_as_its_cause() -> None:
    articles = [
        _art(0, "en", "Toll rises", "The death toll in Guadeloupe from Cyclone Xena rose.", 16),
        _art(1, "en", "Growing toll on Guadeloupe from Cyclone Xena",
             "Rescuers reached Guadeloupe after Cyclone Xena struck on 15 March.", 16),
        _art(2, "fr", "Le cyclone Xena", "Le cyclone Xena a frappé Guadeloupe le 15 mars.", 16),
        _art(3, "de", "Zyklon Xena", "Der Zyklon Xena traf Guadeloupe am 15. März 2031.", 17),
    ]  # fmt: skip
    topics = with_main_event(articles, extract_topics(articles))
    name = main_event(articles, topics)
    assert name is not None and name.startswith("Cyclone Xena in Guadeloupe"), name
    assert topics[0].kind == "event" and topics[0].name == name
    assert sum(t.name == "Cyclone Xena" for t in topics) == 0  # the thing is the event now


def test_the_phrase_the_leads_write_the_act_with_is_the_events_theme() -> None:
    """ "fire alarms" is mentioned more than "fire spread", but the leads write "the fire
    spread": the event takes "fire spread" and leaves the alarms a topic of their own.
    Look-alike: without such a word, the most mentioned phrase is taken, as before."""
    from dataclasses import dataclass

    from briefing.model import Mention, Span, Topic
    from briefing.topics.event_topic import with_event

    @dataclass(frozen=True)
    class Named:
        name: str
        head: str
        owner: str | None = None
        follows: tuple[str, ...] = ()

    texts = [
        "The fire spread to seven towers. The fire alarms did not sound.",
        "Fire alarms were silent; fire alarms had been switched off.",
        "Residents said the fire alarms failed as the fire spread.",
    ]
    articles = [article(f"{i:03d}", text) for i, text in enumerate(texts)]

    def theme(phrase: str) -> Topic:
        mentions = tuple(
            Mention(a.id, Span(0, m.start(), m.end()), phrase)
            for a in articles
            for m in re.finditer(phrase, a.paragraphs[0].text, re.IGNORECASE)
        )
        return Topic(phrase.replace(" ", "-"), phrase, "theme", (phrase,), mentions, 1.0)

    alarms, spread = theme("fire alarms"), theme("fire spread")
    assert alarms.mention_count > spread.mention_count
    found = with_event(
        articles, [alarms, spread], Named("Fire in Velmar", "fire", None, ("spread",))
    )
    assert found[0].kind == "event" and "fire spread" in found[0].aliases
    assert alarms in found
    found = with_event(articles, [alarms, spread], Named("Fire in Velmar", "fire"))
    assert "fire alarms" in found[0].aliases and spread in found
