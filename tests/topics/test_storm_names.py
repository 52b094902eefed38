"""A given name after a weather word is a storm's name: one event topic (storm_names).
Every name and sentence is invented here."""

from __future__ import annotations

from topics.helpers import CountingReads, article

from briefing.model import Mention, Span, Topic
from briefing.topics.storm_names import bare, with_storms_named


def _topic(name: str, kind: str, uses: list[tuple[str, str]], texts: dict[str, str]) -> Topic:
    mentions = tuple(
        Mention(art, Span(0, texts[art].index(s), texts[art].index(s) + len(s)), s)
        for art, s in uses
    )
    aliases = tuple(sorted({s for _a, s in uses} - {name}))
    return Topic(name.casefold(), name, kind, aliases, mentions, 1.0)  # type: ignore[arg-type]


_TEXTS = {
    "a1": "Storm Hilde flooded Varelo overnight.",
    "a2": "La tempête Hilde a frappé Varelo dans la nuit.",
    "a3": "Der Sturm «Hilde» traf Varelo in der Nacht.",
    "a4": "Наводнение вызвал шторм «Хильда» в Варело.",
    "a5": "风暴“希尔达”袭击了瓦雷洛。",
    "a6": "ضربت العاصفة هيلدا مدينة فاريلو.",
    "a7": "Hilde moved on to the coast after Storm Hilde hit Varelo.",
}


def _storm_packet() -> tuple[list, list[Topic]]:
    articles = [article(a, t) for a, t in _TEXTS.items()]
    event = _topic("Floods in Varelo", "event", [("a1", "flooded")], _TEXTS)
    place = _topic("Varelo", "place", [("a1", "Varelo"), ("a2", "Varelo")], _TEXTS)
    name = _topic(
        "Hilde",
        "organisation",
        [("a2", "Hilde"), ("a3", "Hilde"), ("a4", "Хильда"), ("a5", "希尔达"), ("a6", "هيلدا")],
        _TEXTS,
    )
    phrase = _topic("Storm Hilde", "organisation", [("a1", "Storm Hilde")], _TEXTS)
    return articles, [event, place, name, phrase]


def test_a_name_after_weather_words_in_many_languages_is_one_storm_event() -> None:
    articles, topics = _storm_packet()
    out = with_storms_named(topics, articles, "Floods in Varelo")
    assert [t.name for t in out] == ["Floods in Varelo", "Varelo", "Storm Hilde"]
    storm = out[2]
    assert storm.kind == "event"
    assert storm.id == "storm-hilde"
    assert {"Hilde", "Хильда", "希尔达", "هيلدا"} <= set(storm.aliases)
    assert storm.aliases.count("Storm Hilde") == 1  # its written name, as rank gives
    assert storm.articles == ("a1", "a2", "a3", "a4", "a5", "a6")
    # The main event and the place are left alone.
    assert out[0] is topics[0] and out[1] is topics[1]


def test_without_the_english_phrase_the_name_stays_and_the_kind_is_an_event() -> None:
    articles, topics = _storm_packet()
    out = with_storms_named(topics[:3], articles, "Floods in Varelo")
    assert [(t.name, t.kind) for t in out][2] == ("Hilde", "event")


def test_a_person_of_the_same_name_elsewhere_stays_a_person() -> None:
    # Look-alikes: a person written after no weather word; a weather word, then a comma.
    texts = {
        "b1": "Hilde Marten, the mayor of Varelo, said the dam held.",
        "b2": "Hilde visited the dam on Monday.",
        "b3": "After the storm, Hilde said, the dam held.",
        "b4": "Hilde met the engineers in Varelo.",
    }
    articles = [article(a, t) for a, t in texts.items()]
    person = _topic("Hilde", "person", [(a, "Hilde") for a in texts], texts)
    assert with_storms_named([person], articles) == (person,)


def test_a_capitalised_weather_word_that_may_open_a_name_is_no_storm_alone() -> None:
    # "Storm" is also a given name, "Sturm" opens a club's name: with no use after a
    # lower-case weather word, a quote mark or a script without capitals, nothing changes.
    texts = {
        "c1": "Storm Marten won the award in Varelo.",
        "c2": "Storm Marten thanked her family.",
        "c3": "Sturm Varelo beat the visitors 2-0.",
        "c4": "Sturm Varelo lost at home.",
    }
    articles = [article(a, t) for a, t in texts.items()]
    actor = _topic(
        "Storm Marten", "person", [("c1", "Storm Marten"), ("c2", "Storm Marten")], texts
    )
    club = _topic(
        "Sturm Varelo", "organisation", [("c3", "Sturm Varelo"), ("c4", "Sturm Varelo")], texts
    )
    assert with_storms_named([actor, club], articles) == (actor, club)


def test_one_use_after_a_weather_word_among_many_is_no_storm() -> None:
    texts = {f"d{n}": f"Hilde spoke in Varelo on day {n}." for n in range(4)}
    texts["d4"] = "The tempête Hilde was a joke, Hilde said."  # one article of five
    articles = [article(a, t) for a, t in texts.items()]
    person = _topic("Hilde", "person", [(a, "Hilde") for a in texts], texts)
    assert with_storms_named([person], articles) == (person,)


def test_the_bare_name_drops_the_weather_word_in_each_writing() -> None:
    assert bare("Storm Daniel") == bare("Daniel") == "daniel"
    assert bare("Hurricane Hilde") == "hilde"
    assert bare("風暴丹尼爾") == "丹尼爾"
    assert bare("Storm") == "storm"  # a weather word alone keeps its word


def test_each_article_s_paragraphs_are_read_once_per_topic_and_the_storm_stands() -> None:
    texts = {
        "b1": "Storm Orla hit Varelo. Storm Orla moved on. Later Storm Orla weakened.",
        "b2": "La tempête Orla a frappé Varelo.",
        "b3": "Der Sturm Orla traf Varelo.",
    }
    uses = [("b1", "Orla"), ("b2", "Orla"), ("b3", "Orla")]
    name = _topic("Orla", "organisation", uses, texts)
    # the three uses of b1, each where the text writes it
    b1 = texts["b1"]
    starts = [i for i in range(len(b1)) if b1.startswith("Orla", i)]
    extra = tuple(Mention("b1", Span(0, s, s + 4), "Orla") for s in starts[1:])
    name = Topic(name.id, name.name, name.kind, name.aliases, name.mentions + extra, 1.0)
    plain = [article(a, t) for a, t in texts.items()]
    counted = [CountingReads(a) for a in plain]
    expected = with_storms_named([name], plain, "")
    got = with_storms_named([name], counted, "")  # type: ignore[arg-type]
    assert [(t.name, t.kind) for t in got] == [(t.name, t.kind) for t in expected]
    assert got[0].kind == "event"
    assert [a.reads for a in counted] == [1, 1, 1]  # b1's three uses: one read
