"""A ruling on a person: the short noun a count measures ("a four-year ban") is the act, and
the body written after the passive's "by" is who did it (made-up texts, names and bodies)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from topics.helpers import article

from briefing.model import Article, Mention, Span, Topic
from briefing.topics import extract_topics
from briefing.topics.event_agent import agent_of
from briefing.topics.event_measures import lasting_nouns
from briefing.topics.event_refused import function_words
from briefing.topics.events import main_event
from briefing.topics.lexicon import STOPWORDS

_NUMERALS = frozenset({"four", "six", "two"})


@pytest.mark.parametrize(
    ("words", "found"),
    [
        (["was", "given", "a", "four-year", "ban", "on", "monday"], {"ban"}),
        (["after", "the", "six-day", "war"], {"war"}),
        (["a", "10-month", "gap", "in", "the", "records"], {"gap"}),
        # An age of three parts measures a person; a number alone counts a toll.
        (["a", "15-year-old", "boy", "was", "hurt"], set()),
        (["at", "least", "16", "men", "died"], set()),
        # No count before the word: a unit alone, or a word that is no number.
        (["a", "year-long", "ban"], set()),
        (["the", "well-known", "act"], set()),
    ],
)
def test_the_word_a_count_measures_is_read_however_short(words: list[str], found: set[str]) -> None:
    assert lasting_nouns(words, _NUMERALS) == found


def _body(name: str, *aliases: str, n: int = 3) -> Topic:
    mentions = tuple(Mention(f"a{i}", Span(0, 0, 1), name) for i in range(n))
    return Topic(name.casefold(), name, "organisation", (name, *aliases), mentions)


_TRIBUNAL = _body("Skating Tribunal", "ST")
_LEAGUE = _body("Northern League", "NL")
_LINDQVIST = ("Mara Lindqvist", "Lindqvist")
_WORDS = STOPWORDS | function_words(frozenset({"en", "es", "fr"}))


@pytest.mark.parametrize(
    "leads",
    [
        [
            "Skater Mara Lindqvist was given a ban by the Skating Tribunal on Monday.",
            "Lindqvist has been found guilty by Brenvik's Skating Tribunal (ST).",
        ],
        [
            "Mara Lindqvist fue sancionada por el Tribunal de Patinaje (ST) el lunes.",
            "La patineuse Lindqvist a été suspendue par le Skating Tribunal lundi.",
        ],
    ],
)
def test_a_body_written_after_the_passive_s_by_in_two_leads_is_the_agent(
    leads: list[str],
) -> None:
    assert agent_of(leads, [_TRIBUNAL, _LEAGUE], _WORDS, _LINDQVIST) is _TRIBUNAL


@pytest.mark.parametrize(
    "leads",
    [
        # One lead only.
        ["Lindqvist was given a ban by the Skating Tribunal.", "Lindqvist left the rink."],
        # Written as where, as often as by.
        [
            "Lindqvist was given a ban by the Skating Tribunal.",
            "Lindqvist appeared in the Skating Tribunal on Monday.",
        ],
        # A word that is no function word stands between: "by Monday the Skating Tribunal".
        [
            "Appeals were due by Monday, Skating Tribunal officials said.",
            "Written by hand, Skating Tribunal rules were read.",
        ],
        # Before the name, but no preposition of agency: the body acted ("the Tribunal banned").
        ["The Skating Tribunal banned Lindqvist.", "The Skating Tribunal (ST) said so."],
        # After "by", in sentences that do not name the person: another act, another subject.
        [
            "Lindqvist quit. I was elected by the Skating Tribunal, she said.",
            "Lindqvist left\nThe rules were set by the ST in May.",
        ],
        # A bracketed name after lower-case words stands for no expansion after "por".
        [
            "Lindqvist fue sancionada por sorpresa del jurado (ST) el lunes.",
            "Lindqvist fue multada por exceso de velocidad (ST).",
        ],
    ],
)
def test_no_agent_when_two_leads_do_not_write_the_body_after_by(leads: list[str]) -> None:
    assert agent_of(leads, [_TRIBUNAL, _LEAGUE], _WORDS, _LINDQVIST) is None


def test_two_bodies_written_alike_leave_no_agent() -> None:
    leads = [
        "Lindqvist was banned by the Skating Tribunal and fined by the Northern League.",
        "Lindqvist was banned by the ST and fined by the NL on Monday.",
    ]
    assert agent_of(leads, [_TRIBUNAL, _LEAGUE], _WORDS, _LINDQVIST) is None


def _dated(n: int, title: str, text: str) -> Article:
    return replace(article(f"{n:03d}", text), title=title, date=dt.date(2031, 3, 3))


def _ruling() -> list[Article]:
    return [
        _dated(
            0,
            "Skater Mara Lindqvist banned for four years",
            "Norvian skater Mara Lindqvist was given a four-year ban by the World Skating "
            "Court (WSC) after a hearing in Geneva. Lindqvist had competed in Geneva in March.",
        ),
        _dated(
            1,
            "Lindqvist receives four-year ban",
            "Mara Lindqvist has been found guilty by the World Skating Court (WSC) and has "
            "received a four-year ban from competitions. She trained in Geneva for years.",
        ),
        _dated(
            2,
            "Tribunal rules on Lindqvist",
            "The WSC ruled on Monday: Mara Lindqvist serves a four-year ban, "
            "her coach in Geneva said.",
        ),
    ]


def test_a_ruling_on_a_person_is_named_by_its_noun_and_the_body_that_ruled() -> None:
    """Before, "ban" (three letters) was never read as the act, and these texts named no
    event at all; the city the articles most name is not where a ruling happened, and the
    body that ruled, written after "by", says more."""
    articles = _ruling()
    name = main_event(articles, extract_topics(articles))
    assert name is not None
    assert name.startswith(("Lindqvist’s four-year ban by WSC", "Mara Lindqvist’s")), name
    assert "by WSC" in name, name
    assert "Geneva" not in name, name
