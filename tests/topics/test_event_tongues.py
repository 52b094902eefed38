"""The main event answers to the act's word in the packet's other languages (made-up texts)."""

from __future__ import annotations

import re
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Mention, Span, Topic
from briefing.topics.event_tongues import with_event_tongues


def _topic(name: str, kind: str, pattern: str, articles: list[Article]) -> Topic:
    mentions = tuple(
        Mention(a.id, Span(i, m.start(), m.end()), m.group())
        for a in articles
        for i, p in enumerate(a.paragraphs)
        for m in re.finditer(pattern, p.text)
    )
    aliases = tuple(sorted({m.surface for m in mentions}))
    return Topic(name.lower().replace(" ", "-"), name, kind, aliases, mentions, 1.0)


def _titled(article_id: str, title: str, *paragraphs: str) -> Article:
    return replace(article(article_id, *paragraphs), title=title)


def _fire_packet() -> tuple[list[Article], dict[str, str]]:
    articles = [
        _titled(
            "en1",
            "Fire at Velmora market kills twelve",
            "A fire tore through the covered market of Velmora on Tuesday.",
            "Twelve people died in the fire, the mayor said. The bus terminal nearby was "
            "evacuated.",
        ),
        _titled(
            "en2",
            "Velmora counts its dead",
            "Firefighters fought the fire in Velmora all night.",
            "Travellers at the terminal were moved to a school.",
        ),
        _titled(
            "fr1",
            "Incendie à Velmora : douze morts",
            "Un incendie a ravagé le marché couvert de Velmora mardi soir.",
            "Douze personnes sont mortes dans l'incendie du terminal, selon la mairie.",
            "Les pompiers ont combattu l'incendie toute la nuit.",
        ),
        _titled(
            "fr2",
            "L'incendie du terminal de Velmora fait douze morts",
            "L'incendie du terminal de Velmora a fait douze morts mardi.",
            "En 2019, un autre incendie avait détruit la gare de Velmora.",
        ),
        _titled(
            "fr3",
            "Le budget voté jeudi",
            "Le Parlement votera le budget jeudi.",
            "Le ministre a allumé un incendie politique avec sa réforme des retraites.",
        ),
        _titled(
            "es1",
            "Incendio en Velmora",
            "Un incendio destruyó el mercado cubierto de Velmora el martes.",
            "Doce personas murieron en el incendio del terminal, según el alcalde.",
        ),
        _titled(
            "es2",
            "Doce muertos en el incendio del terminal de Velmora",
            "El incendio del terminal de Velmora dejó doce muertos y decenas de heridos.",
        ),
        _titled(
            "it1",
            "Incendio nel terminal di Velmora, dodici morti",
            "Un incendio ha distrutto il terminal di Velmora martedì.",
            "Dodici persone sono morte nell'incendio del terminal.",
        ),
    ]
    languages = {a.id: a.id[:2] for a in articles}
    return articles, languages


def _topics(articles: list[Article], event: str, head: str) -> list[Topic]:
    return [
        _topic(event, "event", rf"\b{head}\b", [a for a in articles if a.id.startswith("en")]),
        _topic("Velmora", "place", r"\bVelmora\b", articles),
        _topic(
            "death toll", "theme", r"\b(died|morts|mortes|murieron|muertos|morte|morti)\b", articles
        ),
    ]


def test_the_act_written_alike_in_three_languages_joins_the_event_with_its_uses() -> None:
    articles, languages = _fire_packet()
    topics = _topics(articles, "Fire in Velmora, 3 Mar 2026", "fire")
    event, *rest = with_event_tongues(topics, articles, languages)
    assert [t.name for t in rest] == ["Velmora", "death toll"]
    added = {m.surface for m in event.mentions} - {"fire"}
    assert added == {"incendie", "incendio"}
    # Its names stay the ones it is named by: the brief's lede reads them.
    assert event.aliases == topics[0].aliases
    assert {"fr1", "fr2", "es1", "es2", "it1"} <= set(event.articles)
    # The fire's uses in French: three in fr1, one in fr2.
    french = [m for m in event.mentions if m.article_id in ("fr1", "fr2")]
    assert len(french) == 4


def test_an_earlier_fire_a_figure_of_speech_and_a_thing_are_not_the_event() -> None:
    articles, languages = _fire_packet()
    topics = _topics(articles, "Fire in Velmora, 3 Mar 2026", "fire")
    event = with_event_tongues(topics, articles, languages)[0]
    # "En 2019, un autre incendie…": a sentence dated to another year.
    earlier = articles[3].paragraphs[1].text
    assert not [m for m in event.mentions if m.article_id == "fr2" and m.span.paragraph == 1]
    assert "incendie" in earlier
    # "un incendie politique" in an article that never writes of the fire.
    assert "fr3" not in event.articles
    # Nothing else the languages share joins: not the market, nor the terminal the English
    # texts name as a thing of the story.
    surfaces = {m.surface.casefold() for m in event.mentions}
    assert not any(s.startswith(("march", "merca", "termin", "mard", "doce")) for s in surfaces)


def test_two_languages_are_no_agreement() -> None:
    articles, languages = _fire_packet()
    articles = [a for a in articles if not a.id.startswith("it")]
    languages = {k: v for k, v in languages.items() if not k.startswith("it")}
    # French and Spanish alone: "incendie" and "incendio" are only two languages.
    topics = _topics(articles, "Fire in Velmora, 3 Mar 2026", "fire")
    assert with_event_tongues(topics, articles, languages) == tuple(topics)


def test_a_flood_of_complaints_is_no_flood() -> None:
    articles = [
        _titled(
            "en1",
            "Floods in Ostrava Nova",
            "Floods swept through Ostrava Nova on Monday; nine people died.",
        ),
        _titled(
            "fr1",
            "Inondations à Ostrava Nova",
            "Des inondations ont frappé Ostrava Nova lundi.",
            "Neuf personnes sont mortes dans les inondations.",
        ),
        _titled(
            "es1",
            "Inundaciones en Ostrava Nova: nueve muertos",
            "Las inundaciones golpearon Ostrava Nova el lunes.",
        ),
        _titled(
            "es2",
            "El presupuesto, aprobado",
            "El Gobierno aprobó el presupuesto del año.",
            "El ministerio recibió una inundación de quejas por la reforma.",
        ),
        _titled(
            "it1",
            "Inondazioni a Ostrava Nova, nove morti",
            "Le inondazioni hanno colpito Ostrava Nova lunedì.",
        ),
    ]
    languages = {a.id: a.id[:2] for a in articles}
    topics = [
        _topic("Floods in Ostrava Nova, 2 Feb 2026", "event", r"\b[Ff]loods\b", articles[:1]),
        _topic("Ostrava Nova", "place", r"\bOstrava Nova\b", articles),
        _topic("death toll", "theme", r"\b(died|mortes|muertos|morti)\b", articles),
    ]
    event = with_event_tongues(topics, articles, languages)[0]
    assert {"fr1", "es1", "it1"} <= set(event.articles)
    assert "es2" not in event.articles  # "una inundación de quejas"
    assert "inundación" not in {m.surface for m in event.mentions}


def test_a_packet_without_a_main_event_is_left_as_it_was() -> None:
    articles, languages = _fire_packet()
    topics = _topics(articles, "Fire in Velmora, 3 Mar 2026", "fire")[1:]
    assert with_event_tongues(topics, articles, languages) == tuple(topics)


def test_a_german_noun_is_read_as_written_and_makes_the_third_language() -> None:
    articles = [
        _titled(
            "en1",
            "Blast at Velmora port kills nine",
            "A blast tore through the port of Velmora on Tuesday.",
            "Nine people died in the blast.",
        ),
        _titled("en2", "Velmora mourns", "Rescuers searched the port of Velmora after the blast."),
        _titled(
            "fr1",
            "Explosion au port de Velmora : neuf morts",
            "Une explosion a ravagé le port de Velmora mardi.",
            "Neuf personnes sont mortes dans l'explosion.",
        ),
        _titled(
            "es1",
            "Nueve muertos en la explosión de Velmora",
            "Una explosión destruyó el puerto de Velmora el martes.",
            "Nueve personas murieron en la explosión.",
        ),
        _titled(
            "de1",
            "Explosion in Velmora: neun Tote",
            "Eine Explosion hat am Dienstag den Hafen von Velmora verwüstet.",
            "Neun Menschen starben bei der Explosion.",
        ),
        _titled(
            "de2",
            "Neun Tote nach Explosion in Velmora",
            "Die Explosion im Hafen von Velmora forderte neun Tote.",
        ),
    ]
    languages = {a.id: a.id[:2] for a in articles}
    topics = [
        _topic("Blast in Velmora, 3 Mar 2026", "event", r"\bblast\b", articles[:2]),
        _topic("Velmora", "place", r"\bVelmora\b", articles),
        _topic("death toll", "theme", r"\b(died|morts|mortes|murieron|muertos|Tote)\b", articles),
    ]
    event = with_event_tongues(topics, articles, languages)[0]
    # Three languages write the act alike only with German's capitalised noun read.
    assert {"de1", "de2", "fr1", "es1"} <= set(event.articles)
    assert "Explosion" in {m.surface for m in event.mentions if m.article_id.startswith("de")}


def _probe_packet(named: bool) -> tuple[list[Topic], list[Article], dict[str, str]]:
    name = " Kestrel-7" if named else ""
    articles = [
        _titled("en1", "Kestrel-7 lands on Velmora", "The landing on Velmora went well."),
        _titled("en2", "Landing", "Engineers cheered the landing on Velmora on Tuesday."),
        _titled(
            "fr1",
            f"La sonde{name} se pose sur Velmora",
            f"La sonde{name} s'est posée sur Velmora mardi.",
        ),
        _titled(
            "es1",
            f"La sonda{name} aterriza en Velmora",
            f"La sonda{name} aterrizó en Velmora el martes.",
        ),
        _titled(
            "de1",
            f"Sonde{name} landet auf Velmora",
            f"Die Sonde{name} ist am Dienstag auf Velmora gelandet.",
        ),
        _titled("de2", "Sonde landet auf Velmora", "Die Sonde ist auf Velmora gelandet."),
    ]
    languages = {a.id: a.id[:2] for a in articles}
    topics = [
        _topic("Landing on Velmora, 3 Mar 2026", "event", r"\blanding\b", articles[:2]),
        _topic("Velmora", "place", r"\bVelmora\b", articles),
        _topic("Kestrel-7", "organisation", r"\bKestrel-7\b", articles),
    ]
    return topics, articles, languages


def test_a_word_written_before_another_topics_name_is_that_thing_not_the_act() -> None:
    # "la sonde Kestrel-7", "die Sonde Kestrel-7": the probe's common noun, a thing.
    topics, articles, languages = _probe_packet(named=True)
    event = with_event_tongues(topics, articles, languages)[0]
    assert not {m.surface.casefold() for m in event.mentions} & {"sonde", "sonda"}
    # Written alone in its title and lead in three languages, the same word would be read
    # as the act: the name beside it is what tells the thing.
    topics, articles, languages = _probe_packet(named=False)
    event = with_event_tongues(topics, articles, languages)[0]
    assert {"sonde", "sonda"} <= {m.surface.casefold() for m in event.mentions}


def test_another_form_of_a_word_of_a_topics_name_is_no_candidate() -> None:
    from briefing.topics.event_tongues import _keyer

    keyed = _keyer("de", set(), {"mond"})
    words = [key for _s, _e, key in keyed("Die Sonde erreichte den Rand des Mondes.")]
    assert "mond" not in words and "sond" in words
