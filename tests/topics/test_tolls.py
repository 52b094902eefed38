"""A story's toll as one theme across languages (made-up texts; :mod:`briefing.topics.tolls`)."""

from __future__ import annotations

from topics.helpers import article

from briefing.model import Mention, Span, Topic
from briefing.topics.tolls import toll_uses, with_tolls


def _words(text: str, language: str) -> list[tuple[str, str]]:
    return [(kind, text[s:e]) for kind, s, e in toll_uses(text, language)]


def test_a_count_of_the_dead_or_missing_gives_its_casualty_word_in_any_language() -> None:
    assert _words("The landslide near Varto killed 23 people on Sunday.", "en") == [
        ("dead", "killed")
    ]
    assert _words("Bei dem Erdrutsch kamen 23 Menschen ums Leben.", "de") == [("dead", "ums Leben")]
    assert _words("Le glissement de terrain a fait 23 morts et 9 disparus.", "fr") == [
        ("dead", "morts"),
        ("missing", "disparus"),
    ]
    assert _words("В результате оползня погибли 23 человека.", "ru") == [("dead", "погибли")]
    assert _words("Heyelanda 23 kişi hayatını kaybetti.", "tr") == [("dead", "hayatını kaybetti")]


def test_look_alikes_give_no_toll_word() -> None:
    # The injured and the arrested are no toll theme; a year, a part of the passengers and
    # a casualty word with no count beside it are none either.
    assert _words("The landslide injured 14 people, officials said.", "en") == []
    assert _words("Police arrested 4 people after the landslide.", "en") == []
    assert _words("The 2019 landslide killed nobody in the valley.", "en") == []
    assert _words("A bus carrying 40 passengers was hit; the driver died.", "en") == []
    assert _words("Mourners remembered those killed in the old mine.", "en") == []
    assert _words("Der Bus mit 40 Fahrgästen blieb stehen.", "de") == []


_TEXTS = {
    "a1": ("en", "The landslide near Varto killed 23 people on Sunday."),
    "a2": ("de", "Bei dem Erdrutsch bei Varto kamen 23 Menschen ums Leben."),
    "a3": ("fr", "Le glissement de terrain de Varto a fait 23 morts."),
    "a4": ("ru", "В результате оползня у Варто погибли 23 человека."),
    "a5": ("en", "Rescuers searched the slopes near Varto all night."),
}


def _topics() -> list[Topic]:
    event = Topic("varto-landslide", "Landslide in Varto", "event", ("landslide",),
                  (Mention("a1", Span(0, 4, 13), "landslide"),))  # fmt: skip
    place = Topic("varto", "Varto", "place", ("Varto",),
                  tuple(Mention(a, Span(0, 0, 5), "Varto") for a in _TEXTS))  # fmt: skip
    return [event, place]


def _run(texts: dict[str, tuple[str, str]]) -> tuple[Topic, ...]:
    articles = [article(a, text) for a, (_language, text) in texts.items()]
    languages = {a: language for a, (language, _text) in texts.items()}
    return with_tolls(articles, _topics(), languages)


def test_counts_in_several_languages_make_one_death_toll_theme() -> None:
    topics = _run(_TEXTS)
    toll = next(t for t in topics if t.name == "death toll")
    assert toll.kind == "theme"
    assert set(toll.articles) == {"a1", "a2", "a3", "a4"}
    assert {"killed", "ums Leben", "morts", "погибли"} <= set(toll.aliases)
    # Placed by how many articles write it: after the main event, after the place that all
    # five articles name.
    assert [t.name for t in topics] == ["Landslide in Varto", "Varto", "death toll"]


def test_one_language_or_too_few_articles_make_no_theme() -> None:
    english = {a: ("en", "The landslide near Varto killed 23 people.") for a in ("a1", "a2", "a3")}
    assert [t.name for t in _run(english)] == ["Landslide in Varto", "Varto"]
    two = {a: _TEXTS[a] for a in ("a1", "a2", "a5")}  # two articles count the dead
    assert [t.name for t in _run(two)] == ["Landslide in Varto", "Varto"]


def test_an_english_death_toll_theme_joins_it() -> None:
    texts = dict(_TEXTS, a5=("en", "The death toll rose to 23, the governor said."))
    articles = [article(a, text) for a, (_language, text) in texts.items()]
    languages = {a: language for a, (language, _text) in texts.items()}
    theme = Topic("death-toll", "death toll", "theme", ("death toll",),
                  (Mention("a5", Span(0, 4, 14), "death toll"),), 2.5)  # fmt: skip
    topics = with_tolls(articles, [*_topics(), theme], languages)
    assert [t.name for t in topics].count("death toll") == 1
    toll = next(t for t in topics if t.name == "death toll")
    assert "a5" in toll.articles and len(toll.articles) == 5


def test_a_toll_counted_in_one_language_of_two_is_no_theme() -> None:
    # Four English reports count the dead; the German one only names the place.
    texts = {a: ("en", "The landslide near Varto killed 23 people.") for a in ("a1", "a2", "a3")}
    texts["a4"] = ("en", "Officials said 23 people died near Varto.")
    texts["a5"] = ("de", "Rettungskräfte suchten die Hänge bei Varto ab.")
    assert [t.name for t in _run(texts)] == ["Landslide in Varto", "Varto"]
    # The same German report with a count of its own makes the theme.
    texts["a5"] = ("de", "Bei Varto kamen 23 Menschen ums Leben.")
    assert "death toll" in [t.name for t in _run(texts)]
