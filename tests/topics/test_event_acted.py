"""A person's own act names the main event when the leads share no act word
(:mod:`.event_acted`).

Made-up leads: President Okafor "announced sweeping levies" and "announces levies on
imports"; the act is the listed theme the leads write as the object of the person's verb,
the person the one they open with: "Okafor’s levy announcement". Look-alikes: a person
described ("Okafor is a lawyer", "Okafor, a former lawyer"), a person the leads name but
do not open with, two different verbs, a thing that qualifies another noun ("levy rates"),
a single lead, a verb in -ing before the thing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Mention, Span, Topic
from briefing.topics import extract_topics
from briefing.topics.event_acted import _opens, act_noun, person_act
from briefing.topics.events import main_event, with_main_event


def _topic(name: str, kind: str, *aliases: str, articles: int = 4) -> Topic:
    return Topic(
        id=name.casefold().replace(" ", "-"),
        name=name,
        kind=kind,
        aliases=(name, *aliases),
        mentions=tuple(Mention(f"a{n}", Span(0, 0, len(name)), name) for n in range(articles)),
    )


_OKAFOR = _topic("Ana Okafor", "person", "Okafor")
_LEVIES = _topic("import levies", "theme", "levies", "levy", articles=3)
_LAWYER = _topic("lawyer", "theme", "lawyers", articles=3)
_TOPICS = [_OKAFOR, _LEVIES]

_SWEEPING = (
    "Okafor announces levies on imports from every country\n"
    "President Okafor announced sweeping levies in a garden speech Wednesday, watched "
    "closely by markets."
)
_DECLARED = (
    "\n"
    "THE PALACE – President Ana Okafor declared an emergency on Wednesday.\n"
    "Okafor announced import levies on nations that tax Varnian goods."
)


def test_the_thing_the_person_acts_on_names_the_event() -> None:
    found = person_act([_SWEEPING, _DECLARED], _TOPICS, 3)
    assert found is not None
    assert found.phrase == "Okafor’s levy announcement"
    assert found.head == "levies" and found.thing == "levies"
    assert "announce" in found.verbs


def test_a_description_of_the_person_is_no_act() -> None:
    english = [
        "Okafor is a lawyer by training\nOkafor is a former lawyer who won in a landslide.",
        "Ana Okafor, a lawyer, wins\nPresident Okafor was a lawyer before politics.",
    ]
    assert person_act(english, [_OKAFOR, _LAWYER], 3) is None


def test_a_person_named_but_not_the_subject_names_nothing() -> None:
    english = [
        "Markets fall after levies\nTraders sold shares as Okafor announced sweeping levies.",
        "Neighbours answer the levies\nThe bloc answered the levies Okafor announced Wednesday.",
    ]
    assert person_act(english, _TOPICS, 3) is None


def test_two_different_acts_are_not_the_same_act() -> None:
    english = [
        "Okafor announced sweeping levies on Wednesday.",
        "Okafor scrapped the levies on Friday.",
    ]
    assert person_act(english, _TOPICS, 3) is None


def test_a_thing_that_qualifies_another_noun_is_not_the_act() -> None:
    rates = _topic("levy", "theme", articles=3)
    english = [
        "Okafor announced levy rates for sixty nations.",
        "President Okafor announced levy rates on Wednesday.",
    ]
    assert person_act(english, [_OKAFOR, rates], 3) is None


def test_an_ing_word_before_the_thing_is_no_verb() -> None:
    english = [
        "Okafor said sweeping levies would come.",
        "Okafor said sweeping levies are needed.",
    ]
    assert person_act(english, _TOPICS, 3) is None


def test_one_lead_is_not_enough() -> None:
    assert person_act([_SWEEPING], _TOPICS, 3) is None


def test_a_person_named_in_too_few_articles_is_not_whose_act() -> None:
    assert person_act([_SWEEPING, _DECLARED], _TOPICS, 5) is None


def test_the_acts_noun_is_a_common_word_derived_from_the_verb() -> None:
    assert act_noun("announce") == "announcement"
    assert act_noun("declare") == "declaration"
    assert act_noun("say") is None  # no noun of the act by a suffix: the thing alone
    assert act_noun("sign") is None  # "signal" is no act


def _dated(n: int, language: str, title: str, *paragraphs: str) -> Article:
    found = replace(article(f"{n:03d}", *paragraphs), title=title, date=dt.date(2031, 4, 2))
    return replace(found, language=language)


_PACKET = [
    _dated(
        0,
        "en",
        "Okafor announces import levies on every country",
        "President Okafor announced sweeping import levies in a garden speech on Wednesday, "
        "2 April 2031, watched closely by markets.",
        "The import levies hit goods from sixty nations, officials said.",
    ),
    _dated(
        1,
        "en",
        "",
        "President Ana Okafor declared an emergency on Wednesday.",
        "Okafor announced import levies on nations that tax Varnian goods. The import levies "
        "start on Saturday.",
    ),
    _dated(
        2,
        "fr",
        "Ana Okafor annonce des taxes sur les importations",
        "La présidente Ana Okafor a annoncé mercredi des taxes sur les importations.",
    ),
]


def test_a_persons_act_heads_the_topics() -> None:
    topics = extract_topics(_PACKET)
    name = main_event(_PACKET, topics)
    assert name is not None and name.startswith("Okafor’s import levy announcement"), name
    listed = with_main_event(_PACKET, topics)
    event = listed[0]
    assert event.kind == "event" and event.name == name
    assert main_event(_PACKET, listed) == name  # the same name once the event is listed


def test_a_lead_line_shorter_than_its_titles_opens_with_no_one() -> None:
    """A one-word line (a slug left in a lead) is read, not indexed past its end."""
    assert _opens(["Vote"], ("Ana Okafor",)) is None
    assert _opens(["Ana", "Okafor", "resigned"], ("Ana Okafor",)) == ("Ana Okafor", 2)
