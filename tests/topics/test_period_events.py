"""Secondary events the texts give a length in days (made-up texts, several languages)."""

from __future__ import annotations

from topics.helpers import article

from briefing.model import Mention, Span, Topic
from briefing.topics.period_events import period_events, with_period_events
from briefing.topics.period_reading import period_phrases
from briefing.topics.period_words import day_count, unit

_NONE: frozenset[str] = frozenset()


def _nouns(text: str, language: str, excluded: frozenset[str] = _NONE) -> list[tuple[str, int]]:
    return [(p.surface, p.days) for p in period_phrases("a", 0, text, language, excluded)]


def test_a_noun_given_a_length_is_a_period_phrase_in_many_languages() -> None:
    assert _nouns("The mayor ordered two days of civic fasting in the town.", "en") == [
        ("two days of civic fasting", 2)
    ]
    assert _nouns("Le préfet a décrété quatre jours de deuil régional.", "fr") == [
        ("quatre jours de deuil régional", 4)
    ]
    assert _nouns("El alcalde decretó luto oficial de cinco días en Ourense.", "es") == [
        ("luto oficial de cinco días", 5)
    ]
    assert _nouns("Губернатор объявил двухдневный траур в области.", "ru") == [
        ("двухдневный траур", 2)
    ]
    assert _nouns("İki günlük yas, pazartesi başladı.", "tr") == [("İki günlük yas", 2)]
    assert _nouns("Der Landrat ordnete zwei Tage Landestrauer an.", "de") == [
        ("zwei Tage Landestrauer", 2)
    ]


def test_a_day_of_something_is_one_day_with_its_modifier() -> None:
    assert _nouns("Tuesday will be a regional day of mourning, he said.", "en") == [
        ("regional day of mourning", 1)
    ]
    assert _nouns("Il a annoncé une journée provinciale de recueillement.", "fr") == [
        ("journée provinciale de recueillement", 1)
    ]


def test_look_alikes_name_no_event() -> None:
    # The day of the main event, a count of days after it, a date line, a plain duration.
    excluded = frozenset({"explosion"})
    assert _nouns("On the day of the explosion, roads closed.", "en", excluded) == []
    assert _nouns("Three days after the explosion, rescuers left.", "en", excluded) == []
    assert _nouns("Rescuers worked for three days of explosion clearing.", "en", excluded) == []
    assert _nouns("Photo taken 3 days ago, 12 May.", "en") == []
    assert _nouns("Die Straße blieb den ganzen Tag geschlossen.", "de") == []
    assert _nouns("Спустя три дня после взрыва спасатели ушли.", "ru", frozenset({"взрыв"})) == []
    assert _nouns("La ville a connu trois jours de la fête.", "fr") == []  # an article: dated
    # An everyday noun is no event: "three days of work".
    assert _nouns("It took three days of work to clear the road.", "en") == []


def test_day_words_and_length_adjectives_are_a_closed_class() -> None:
    for word, language in [("days", "en"), ("jours", "fr"), ("días", "es"), ("dias", "pt")]:
        assert unit(word, language) == "many"
    for word, language in [("giorni", "it"), ("Tage", "de"), ("дней", "ru"), ("днів", "uk")]:
        assert unit(word, language) == "many"
    for word, language in [("dni", "pl"), ("ημέρες", "el"), ("zile", "ro"), ("dagen", "nl")]:
        assert unit(word, language) == "many"
    assert unit("day", "en") == "one" and unit("journée", "fr") == "one"
    assert unit("mourning", "en") is None and unit("days", "fr") is None
    assert day_count("трёхдневный", "ru") == 3
    assert day_count("dreitägige", "de") == 3
    assert day_count("τριήμερο", "el") == 3
    assert day_count("trzydniowa", "pl") == 3
    assert day_count("tweedaagse", "nl") == 2
    assert day_count("four-day", "en") == 4
    assert day_count("holiday", "en") is None and day_count("триумф", "ru") is None


def _phrases(*texts: tuple[str, str, str]) -> list:  # type: ignore[type-arg]
    found = []
    for n, (article_id, language, text) in enumerate(texts):
        found += period_phrases(article_id, n, text, language, _NONE)
    return found


def test_languages_are_joined_by_the_length_they_give() -> None:
    phrases = _phrases(
        ("a", "en", "The council declared four days of civic fasting."),
        ("b", "en", "Four days of civic fasting began on Monday."),
        ("c", "es", "Se decretaron cuatro días de ayuno cívico."),
        ("d", "ru", "Активисты начали четырёхдневную голодовку."),
    )
    events = period_events(phrases, "en")
    assert [e.name for e in events] == ["Four days of civic fasting"]
    assert {m.article_id for m in events[0].mentions} == {"a", "b", "c", "d"}
    # A noun of two words one article writes is cut to its rarer word: it may run on
    # into a verb ("strikes shut").
    assert "ayuno" in events[0].aliases and "ayuno cívico" not in events[0].aliases


def test_two_events_of_one_length_in_one_language_are_not_joined_across() -> None:
    phrases = _phrases(
        ("a", "en", "The union called two days of strikes."),
        ("b", "en", "Two days of strikes shut the port."),
        ("c", "en", "Then came two days of fasting, then two days of fasting again."),
        ("d", "en", "Two days of fasting ended."),
        ("e", "fr", "Deux jours de grève ont suivi."),
        ("f", "fr", "La grève de deux jours a suivi."),
    )
    # English has two events of two days: which one French "grève" is, the length can't say.
    names = sorted(e.name for e in period_events(phrases, "en"))
    assert names == ["Grève de deux jours", "Two days of fasting", "Two days of strikes"]


def test_one_outlet_alone_makes_no_event() -> None:
    phrases = _phrases(
        ("a", "en", "Two days of civic fasting began."),
        ("a", "en", "Two days of civic fasting ended."),
    )
    assert period_events(phrases, "en") == []


def _topic(name: str, kind: str, articles: list[str], aliases: tuple[str, ...] = ()) -> Topic:
    mentions = tuple(Mention(a, Span(0, 0, 1), name) for a in articles)
    return Topic(name.casefold(), name, kind, aliases or (name,), mentions)


def test_the_event_ranks_by_its_articles_and_the_main_event_stays_first() -> None:
    texts = {
        "a": "After the explosion, the city declared two days of civic fasting.",
        "b": "Two days of civic fasting follow it; on the day of the explosion, all fled.",
        "c": "Two days of civic fasting are under way.",
    }
    articles = [article(k, v) for k, v in texts.items()]
    topics = [
        _topic("Explosion in Ardmore", "event", ["a", "b", "c"], ("explosion",)),
        _topic("Ardmore", "place", ["a", "b", "c"]),
        _topic("Jan Moss", "person", ["a"]),
        _topic("civic fasting", "theme", ["a", "b"]),
    ]
    found = with_period_events(articles, topics, {k: "en" for k in texts})
    assert [t.name for t in found] == [
        "Explosion in Ardmore",
        "Ardmore",
        "Two days of civic fasting",
        "Jan Moss",
    ]
    assert "civic fasting" in found[2].aliases  # the theme joined the event


def test_a_caption_and_a_planned_period_are_read_as_the_texts_write_them() -> None:
    from briefing.model import Paragraph

    # A caption is furniture: its words count for no outlet. A period the text says was only
    # called for is still the one the text names (no date is claimed for it).
    texts = {
        "a": Paragraph("Photo: two days of civic fasting, 3 May.", kind="caption"),
        "b": Paragraph("Two days of civic fasting, 3 May.", kind="caption"),
        "c": "Unions called for two days of civic fasting, but none was held.",
    }
    articles = [article(k, v) for k, v in texts.items()]
    topics = [_topic("Explosion in Ardmore", "event", ["a", "b", "c"], ("explosion",))]
    assert with_period_events(articles, topics, {k: "en" for k in texts}) == tuple(topics)
    texts["a"] = "Unions called for two days of civic fasting in May."
    articles = [article(k, v) for k, v in texts.items()]
    found = with_period_events(articles, topics, {k: "en" for k in texts})
    assert [t.name for t in found] == ["Explosion in Ardmore", "Two days of civic fasting"]
