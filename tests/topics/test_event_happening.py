"""A noun the leads share names the event only when the texts write it as a happening.

Made-up packets, not the seeds: English leads that share a thing ("troops", "flags") and
no act have no main event, so the brief's title names none; a plural that
IS the event ("floods", written "flooded" and "after the floods") still names it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.brief import title_for
from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.event_happening import happening
from briefing.topics.events import main_event, with_main_event


def _dated(n: int, language: str, title: str, *paragraphs: str) -> Article:
    found = replace(article(f"{n:03d}", *paragraphs), title=title, date=dt.date(2031, 3, 11))
    return replace(found, language=language)


def _event(articles: list[Article]) -> str | None:
    return main_event(articles, extract_topics(articles))


def test_shared_troops_name_no_event() -> None:
    articles = [
        _dated(0, "en", "Varnia asks for no troops", "Varnia is not asking the pact for troops."),
        _dated(1, "en", "Troops stay home", "The pact's troops stay in Dorvik, its chief said."),
        _dated(2, "en", "No troops for Varnia", "Ministers in Dorvik said no troops would move."),
    ]
    name = _event(articles)
    assert name is None or "troops" not in name.casefold(), name


def test_shared_flags_name_no_event_and_the_title_names_none() -> None:
    articles = [
        _dated(0, "en", "Flags at the ACP", "The flags were raised outside the ACP in Tromsø."),
        _dated(1, "en", "Ceremony", "Ministers met at the ACP in Tromsø; the flags flew."),
        _dated(2, "en", "Tromsø", "Crowds gathered near the ACP flags in Tromsø."),
    ]
    topics = extract_topics(articles)
    found, name = with_main_event(articles, topics), main_event(articles, topics)
    assert name is None or "flags" not in name.casefold(), name
    assert not [t for t in found if t.kind == "event" and "flag" in t.name.casefold()]
    title = title_for(name, found, articles, [dt.date(2031, 3, 11)])
    assert "flags" not in title.casefold(), title


def test_troops_in_a_packet_of_several_languages_name_no_event() -> None:
    # English leads name the act; their shared "troops" is no act, whatever the others write.
    articles = [
        _dated(0, "en", "No troops for Varnia", "Varnia is not asking the pact for troops."),
        _dated(
            1, "en", "Troops stay in Dorvik", "The pact's troops stay in Dorvik, its chief said."
        ),
        _dated(2, "fr", "Pas de troupes", "Les troupes de l'alliance restent à Dorvik."),
        _dated(3, "de", "Keine Truppen", "Die Truppen der Allianz bleiben in Dorvik."),
    ]
    name = _event(articles)
    assert name is None or "troop" not in name.casefold(), name


def test_floods_are_the_event() -> None:
    # The leads' "floods" are the base form's "flood"; "since the floods" places it in time.
    articles = [
        _dated(0, "en", "Floods in Varna", "The floods in Varna closed roads on Monday."),
        _dated(
            1, "en", "Varna floods", "The floods in Varna reached homes since the floods began."
        ),
        _dated(2, "en", "Flood waters", "The floods in Varna eased, officials said."),
    ]
    name = _event(articles)
    assert name is not None and name.startswith("Flood"), name


def test_what_tells_a_happening_from_a_thing() -> None:
    # English: a past form, a word of time, an event's predicate, a day's possessive.
    assert happening("flood", ["Rivers flooded the town."])
    assert happening("summit", ["Talks went on after the summit."])
    assert happening("outage", ["The outage was disrupting flights."])
    assert happening("summit", ["Friday’s summit ended early."])
    assert happening("touchdown", ["The lander made a touchdown near the pole."])
    assert happening("coronation", ["The coronation."])  # a nominalisation
    assert not happening("troops", ["The troops began to move after dawn.", "Troops left."])
    assert not happening("flags", ["The flags were raised outside the headquarters."])
    assert not happening("milestone", ["Varnia reached a historic milestone on Tuesday."])
    assert not happening("headquarters", ["Ministers met at the pact's headquarters."])
    # The bare noun names a thing ("St Edward's Crown"): its verb makes it no act.
    assert not happening("crown", ["He was crowned with St Edward's Crown."])
    # French, Spanish, German, Italian: a word of time, an event's predicate, a nominalisation.
    assert happening("sommet", ["Les ministres sont partis après le sommet."], "fr")
    assert not happening("drapeaux", ["Les drapeaux flottent à Dorvik."], "fr")
    assert happening("incendio", ["El incendio se produjo de noche."], "es")
    assert happening("putsch", ["Seit dem Putsch regiert die Armee."], "de")
    assert not happening("truppen", ["Die Truppen bleiben in Dorvik."], "de")
    assert happening("esplosione", ["Un'esplosione a Dorvik."], "it")
    # A language without a grammar here says nothing either way.
    assert happening("kanat", ["Kanat Dorvik."], "tr")


def test_a_thing_named_after_its_act_gives_way_to_the_acts_noun() -> None:
    articles = [
        _dated(
            0,
            "en",
            "The crown of King Aldric",
            "King Aldric received the crown in Dorvik Abbey; St Aldric's Crown was used.",
            "The coronation drew crowds to Dorvik.",
        ),
        _dated(
            1,
            "en",
            "Aldric and the crown",
            "Aldric was crowned in Dorvik Abbey, the crown placed on his head.",
            "It was the first coronation in Dorvik for 70 years.",
        ),
        _dated(2, "en", "A crown for Aldric", "The crown was placed on Aldric in Dorvik Abbey."),
    ]
    name = _event(articles)
    assert name is not None and name.startswith("Coronation"), name
