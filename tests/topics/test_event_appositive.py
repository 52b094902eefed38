"""Who a person is, written before the name, is never the main event's act (made-up texts
and names)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.event_appositive import described
from briefing.topics.events import main_event

_STOP = {"the", "a", "an", "by", "of", "on", "was", "for"}


@pytest.mark.parametrize(
    ("text", "names", "words"),
    [
        ("Ruritanian speed skater Ilsa Marov was given a ban.", ["Ilsa Marov"], {"skater"}),
        ("French President Macron’s visit to Oslo.", ["Emmanuel Macron", "Macron"], {"president"}),
        ("Striker Tomas Brell’s transfer to Lyon was agreed.", ["Tomas Brell"], {"striker"}),
    ],
)
def test_the_words_before_a_person_s_name_describe_the_person(
    text: str, names: list[str], words: set[str]
) -> None:
    assert words <= described([text], names, _STOP)


@pytest.mark.parametrize(
    "text",
    [
        "The ban on Ilsa Marov was upheld.",  # a function word ends the run
        "After the ban, Ilsa Marov appealed.",  # so does a punctuation mark
        "Four-year ban\nIlsa Marov appealed on Monday.",  # and a headline's end
        "Ilsa Marov’s ban was upheld.",  # the act after the name
    ],
)
def test_an_act_written_apart_from_the_name_describes_no_one(text: str) -> None:
    assert "ban" not in described([text], ["Ilsa Marov", "Marov"], _STOP)


def _dated(n: int, title: str, text: str) -> Article:
    return replace(article(f"{n:03d}", text), title=title, date=dt.date(2031, 3, 4))


def test_the_person_s_description_is_not_named_as_the_event() -> None:
    """Before: "Marov’s speed skater" (the description every lead shares was the act)."""
    articles = [
        _dated(
            0,
            "Speed skater Ilsa Marov banned",
            "Ruritanian speed skater Ilsa Marov was given a four-year ban on Monday by the "
            "sports court.",
        ),
        _dated(
            1,
            "Court rules on Marov",
            "Ruritanian speed skater Ilsa Marov has received a four-year ban from the sports "
            "court in Geneva.",
        ),
        _dated(
            2,
            "Marov appeal fails",
            "The sports court in Geneva said speed skater Ilsa Marov broke the rules.",
        ),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is None or "skater" not in name.casefold()


def test_a_title_before_a_name_leaves_the_act_named() -> None:
    """Look-alike: "President Okafor’s visit" keeps its act, the visit."""
    articles = [
        _dated(
            0,
            "President Ama Okafor visits Oslo",
            "President Ama Okafor began a state visit to Oslo on Monday.",
        ),
        _dated(
            1,
            "Okafor in Norway",
            "Ruritanian President Ama Okafor arrived in Oslo for a state visit on Monday.",
        ),
        _dated(
            2,
            "State visit begins",
            "The state visit of President Ama Okafor to Oslo opened with a dinner.",
        ),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and "visit" in name and "president" not in name.casefold()


def test_a_word_before_a_name_that_names_no_person_describes_no_one() -> None:
    """A participle before the name: the act stays ("prisoner swap including Ana Ruiz")."""
    found = described(["A prisoner swap including Ana Ruiz was completed."], ["Ana Ruiz"], _STOP)
    assert not found & {"swap", "prisoner", "including"}
    # Nor does a verb before a title: "assassinate" is the act, "governor" who she is.
    texts = ["He tried to assassinate Governor Ana Ruiz.", "He wanted to assassinate her."]
    found = described(texts, ["Ana Ruiz"], _STOP | {"to", "he"})
    assert found == {"governor"}
    # A French infinitive is no agent noun.
    assert not described(["Il veut assassiner Ana Ruiz."], ["Ana Ruiz"], {"il"}, "fr")


def test_a_french_description_is_read_in_french() -> None:
    found = described(["La patineuse Ilsa Marov a été suspendue."], ["Ilsa Marov"], {"la"}, "fr")
    assert found == {"patineuse"}


@pytest.mark.parametrize(
    ("text", "language", "stop", "word"),
    [
        ("Count Olaf Brenn married US actress Ana Ruiz on Friday.", "en", _STOP, "actress"),
        ("La princesse Ana Ruiz a épousé Olaf Brenn.", "fr", {"la", "a"}, "princesse"),
        ("Die Prinzessin Ana Ruiz heiratete am Samstag.", "de", {"die", "am"}, "prinzessin"),
        ("La actriz Ana Ruiz se casó el sábado.", "es", {"la", "se", "el"}, "actriz"),
        ("La principessa Ana Ruiz si è sposata.", "it", {"la", "si", "è"}, "principessa"),
    ],
)
def test_a_feminine_role_noun_before_a_name_describes_the_person(
    text: str, language: str, stop: set[str], word: str
) -> None:
    assert word in described([text], ["Ana Ruiz"], stop, language)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, a Ruritanian actress, married Olaf Brenn on Friday.",
        "Olaf Brenn married Ana Ruiz, the actress, in Varn.",
        "The groom is Olaf Brenn. The bride is Ana Ruiz, actress.",
    ],
)
def test_an_appositive_after_the_name_describes_the_person(text: str) -> None:
    assert "actress" in described([text], ["Ana Ruiz", "Ruiz"], _STOP | {"is", "in"})


@pytest.mark.parametrize(
    "text",
    [
        "The funeral of Queen Ana Ruiz was held in Varn.",  # a function word between
        "Queen Ana Ruiz, whose funeral was held on Monday, ruled for years.",  # a clause
        "Queen Ana Ruiz’s funeral, held on Monday, drew crowds.",  # a possessive
        "Crowds mourned Queen Ana Ruiz, funeral held, and left.",  # no noun of a person
        "Crowds mourned Queen Ana Ruiz, 96, at the funeral.",  # a number, not a noun phrase
    ],
)
def test_an_act_near_the_name_describes_no_one(text: str) -> None:
    found = described([text], ["Ana Ruiz", "Ruiz"], _STOP | {"whose", "at", "in", "and"})
    assert not found & {"funeral", "over", "crowds", "mourned", "held"}


def test_the_role_noun_of_a_bride_is_not_named_as_the_wedding() -> None:
    """Before: "Actress in Varn" (the headline's "US actress Ana Ruiz" outnumbered the verb)."""
    articles = [
        _dated(
            0,
            "Count Olaf Brenn married US actress Ana Ruiz in Varn",
            "Count Olaf Brenn married US actress Ana Ruiz on Saturday in the town of Varn.",
        ),
        _dated(
            1,
            "Actress Ana Ruiz weds",
            "US actress Ana Ruiz and Count Olaf Brenn married on Saturday in Varn.",
        ),
        _dated(
            2,
            "A day in Varn",
            "The couple married in Varn on Saturday; the actress Ana Ruiz wore white.",
        ),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is None or "actress" not in name.casefold()


def test_the_act_written_after_of_and_a_name_keeps_its_name() -> None:
    """Look-alike: "the funeral of Queen Ana Ruiz" names the funeral, a noun after "of"."""
    articles = [
        _dated(
            0,
            "Funeral of Queen Ana Ruiz",
            "The funeral of Queen Ana Ruiz was held in Varn on Monday.",
        ),
        _dated(
            1,
            "Varn mourns",
            "Thousands attended the funeral of Queen Ana Ruiz, the monarch, in Varn.",
        ),
        _dated(
            2,
            "Queen Ana Ruiz laid to rest",
            "Leaders came to Varn for the funeral of Queen Ana Ruiz on Monday.",
        ),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and "funeral" in name.casefold()
