"""A surname written as a bridge's name is the bridge; a person named with a title stays a
person (fixtures written for these tests, in Italian, English, German and French)."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Mention, Span, Topic
from briefing.topics.event_venue import undergone
from briefing.topics.named_things import things_named_after


def _texts() -> list[tuple[str, str]]:
    return [
        ("it", "Il ponte Bellandi è caduto ieri sera; il Ponte Bellandi era chiuso da anni."),
        ("it", "Sotto il ponte Bellandi i soccorritori cercano ancora i dispersi."),
        ("en", "The Bellandi bridge fell at noon. The bridge was built in 1961."),
        ("de", "Die Bellandi-Brücke stürzte ein. Die Brücke war alt."),
        ("fr", "Le pont Bellandi s'est effondré. Le pont était fermé."),
        ("en", "Designed by the engineer Carlo Bellandi, it opened in 1961."),
        ("it", "Le auto che passavano sul Bellandi sono cadute."),
        ("es", "El puente de Bellandi cayó. El puente era viejo."),
    ]


def _articles(texts: list[tuple[str, str]]) -> list[Article]:
    return [
        replace(article(f"{n:03d}", text), language=language)
        for n, (language, text) in enumerate(texts)
    ]


def _mentions(articles: list[Article], surface: str, *, alone: bool = False) -> tuple:
    found = []
    for a in articles:
        text = a.paragraphs[0].text
        at = text.find(surface)
        while at >= 0:
            full = text[max(0, at - 6) : at].endswith("Carlo ")
            if not (alone and (full or text[at - 6 : at] == "Ponte ")):
                found.append(Mention(a.id, Span(0, at, at + len(surface)), surface))
            at = text.find(surface, at + 1)
    return tuple(found)


def _topic(name: str, kind: str, mentions: tuple, score: float = 1.0) -> Topic:
    aliases = tuple(sorted({m.surface for m in mentions}))
    return Topic(name.lower().replace(" ", "-"), name, kind, aliases, mentions, score)  # type: ignore[arg-type]


def _bridge_and_engineer(texts: list[tuple[str, str]]) -> list[Topic]:
    articles = _articles(texts)
    person = _topic("Carlo Bellandi", "person", _mentions(articles, "Bellandi", alone=True))
    named = _mentions(articles, "Carlo Bellandi")
    person = replace(
        person, aliases=("Bellandi", "Carlo Bellandi"), mentions=(*person.mentions, *named)
    )
    bridge = _topic("Ponte Bellandi", "place", _mentions(articles, "Ponte Bellandi"), 0.5)
    other = _topic("Sotto", "place", _mentions(articles, "Sotto") + _mentions(articles, "Le "))
    return things_named_after([person, other, bridge], articles)


def test_a_surname_nearly_always_written_as_a_things_name_is_the_thing() -> None:
    texts = _texts()
    texts[2] = ("en", texts[2][1] + " " + texts.pop(5)[1])  # seven articles
    found = _bridge_and_engineer(texts)
    names = [t.name for t in found]
    assert names[0] == "Ponte Bellandi"  # where the person stood
    thing = found[0]
    assert {"ponte Bellandi", "Bellandi bridge", "Bellandi-Brücke", "puente de Bellandi"} <= set(
        thing.aliases
    )
    assert "Bellandi" in thing.aliases  # "sul Bellandi": the bridge, as nearly all uses are
    # The engineer the text names keeps being a person, with that mention alone.
    engineer = next(t for t in found if t.name == "Carlo Bellandi")
    assert engineer.kind == "person" and [m.surface for m in engineer.mentions] == [
        "Carlo Bellandi"
    ]
    assert engineer.aliases == ("Carlo Bellandi",)
    assert names[-1] == "Carlo Bellandi"  # one article: after the topics more articles name


def test_a_designer_named_once_in_a_larger_packet_is_no_topic() -> None:
    # Eight articles: the one line of the bridge's history is said in passing, as any name
    # used once in a packet of that size (rank.single_use); the bridge keeps its uses.
    found = _bridge_and_engineer(_texts())
    assert [t.name for t in found] == ["Ponte Bellandi", "Sotto"]
    assert {"ponte Bellandi", "Bellandi bridge", "puente de Bellandi"} <= set(found[0].aliases)
    # Named twice there (a second line about him), he stays a person.
    twice = [
        *_texts(),
        ("en", "The Bellandi bridge was the work of Carlo Bellandi, who died in 1989."),
        ("de", "Die Bellandi-Brücke war gesperrt."),
        ("fr", "Le pont Bellandi reliait deux quartiers."),
    ]
    found = _bridge_and_engineer(twice)
    assert found[0].name == "Ponte Bellandi"
    engineer = next(t for t in found if t.name == "Carlo Bellandi")
    assert engineer.kind == "person" and len(engineer.mentions) == 2


def test_a_person_named_with_a_title_stays_a_person() -> None:
    texts = [
        ("it", "Il ministro Bellandi ha parlato ieri. Il ministro era a Roma."),
        ("it", "Secondo il presidente Bellandi la fondazione è pronta."),
        ("en", "Minister Bellandi said the plan was ready; the minister left."),
        ("fr", "Le ministre Bellandi a parlé. Le ministre est parti."),
        ("de", "Minister Bellandi sprach in Rom. Der Minister ging."),
    ]
    articles = _articles(texts)
    person = _topic("Carlo Bellandi", "person", _mentions(articles, "Bellandi"))
    foundation = _topic("Fondazione Bellandi", "organisation", (), 0.5)
    found = things_named_after([person, foundation], articles)
    assert found == [person, foundation]


def test_a_surname_written_as_a_thing_in_one_language_only_is_left_alone() -> None:
    texts = [(language, text) for language, text in _texts() if language == "it"] * 2
    articles = _articles(texts)
    person = _topic("Carlo Bellandi", "person", _mentions(articles, "Bellandi", alone=True))
    bridge = _topic("Ponte Bellandi", "place", _mentions(articles, "Ponte Bellandi"))
    assert things_named_after([person, bridge], articles) == [person, bridge]


def test_what_the_act_happened_to_is_the_listed_thing_its_noun_ends() -> None:
    bridge = Topic("b", "Ponte Bellandi", "place", ("Bellandi bridge", "Ponte Bellandi"), ())
    leads = [
        "Twelve dead as motorway bridge collapses in Varna",
        "The bridge collapsed at noon, after the bridge collapse warnings were ignored.",
        "Rescuers searched the rubble.",
    ]
    forms = ["collapse", "collapses", "collapsed"]
    assert undergone(leads, forms, [bridge]) == bridge
    assert undergone(leads[:1] + leads[2:], forms, [bridge]) is None  # one lead says so
    # A capitalised name's last word is no generic noun: "state visit" is no visit of it.
    state = Topic("s", "Islamic State", "organisation", ("Islamic State",), ())
    visits = ["The state visit to Varna begins.", "A state visit to Varna, the first."]
    assert undergone(visits, ["visit"], [state]) is None
