"""A name the press of several languages writes outranks one that as many outlets of one
language write as often; themes and undetermined languages earn nothing for it.

Every name and sentence here is invented for the test.
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, by_name

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.rank import Cluster, rank
from briefing.topics.scoring import LANGUAGE_WEIGHT, LISTED_WEIGHT, score

_OUTLETS = {"000": "s:a", "001": "s:b", "002": "s:c", "003": "s:d"}
_LANGUAGES = {"000": "de", "001": "fr", "002": "en", "003": "en"}


def _uses(name: str, *ids: str) -> list[Occurrence]:
    return [Occurrence(i, 0, 0, len(name), name) for i in ids]


def test_a_name_written_in_two_languages_scores_more_than_in_one() -> None:
    two = score(
        "person", _uses("Ilse Vartanen", "000", "001"), outlets=_OUTLETS, languages=_LANGUAGES
    )
    one = score(
        "person", _uses("Ilse Vartanen", "002", "003"), outlets=_OUTLETS, languages=_LANGUAGES
    )
    assert two == one + LANGUAGE_WEIGHT
    # Without languages the two are equal: two outlets each.
    assert score("person", _uses("Ilse Vartanen", "000", "001"), outlets=_OUTLETS) == score(
        "person", _uses("Ilse Vartanen", "002", "003"), outlets=_OUTLETS
    )


def test_a_theme_and_an_undetermined_language_earn_no_spread() -> None:
    uses = _uses("Hafenstreik", "000", "001")
    assert score("theme", uses, outlets=_OUTLETS, languages=_LANGUAGES) == score(
        "theme", uses, outlets=_OUTLETS
    )
    undetermined = {"000": "und", "001": "fr"}
    assert score("place", uses, outlets=_OUTLETS, languages=undetermined) == score(
        "place", uses, outlets=_OUTLETS
    )


def test_rank_puts_the_name_of_two_languages_first_and_keeps_it_under_a_limit() -> None:
    articles = [article(i, "x") for i in _OUTLETS]
    articles = [replace(a, source=_OUTLETS[a.id]) for a in articles]
    paragraphs = {(i, 0): "x" * 40 for i in _OUTLETS}

    def clusters() -> list[Cluster]:
        return [
            Cluster("person", "Anton Lindqvar", _uses("Anton Lindqvar", "002", "003")),
            Cluster("person", "Ilse Vartanen", _uses("Ilse Vartanen", "000", "001")),
            Cluster("theme", "harbour strike", _uses("harbour strike", "000", "001")),
        ]

    names = [t.name for t in rank(articles, clusters(), paragraphs, None, (), _LANGUAGES)]
    assert names[0] == "Ilse Vartanen"
    # The bound that skips clusters under a limit counts the spread: the same one is kept.
    limited = rank(articles, clusters(), paragraphs, 1, (), _LANGUAGES)
    assert [t.name for t in limited] == ["Ilse Vartanen"]
    # Without languages, ties fall back to the usual order (name): the other one, first by name.
    plain = [t.name for t in rank(articles, clusters(), paragraphs)]
    assert plain[0] == "Anton Lindqvar"


def _from(n: int, language: str, outlet: str, text: str) -> Article:
    return replace(article(f"{n:03d}", text), source=outlet, language=language)


def test_end_to_end_a_name_in_german_and_french_outranks_one_in_two_english_reports() -> None:
    topics = extract_topics(
        [
            _from(0, "en", "Harbour Gazette", "Flooding closed the port of Varnholm overnight."),
            _from(1, "en", "North Courier", "The port of Varnholm stayed shut on Tuesday."),
            _from(2, "en", "Evening Ledger", "Mayor Tobias Wrenfield said the pier would reopen."),
            _from(3, "en", "Coast Radio", "Later, Tobias Wrenfield thanked the volunteers."),
            _from(
                4, "de", "Nordblatt", "Die Ministerin Ilse Vartanen besuchte am Montag den Hafen."
            ),
            _from(5, "fr", "Le Littoral", "La ministre Ilse Vartanen a visité le port lundi."),
        ]
    )
    names = [t.name for t in topics]
    assert names.index(by_name(topics, "Ilse Vartanen").name) < names.index(
        by_name(topics, "Tobias Wrenfield").name
    )


def test_a_language_that_only_lists_the_name_adds_a_listed_share() -> None:
    # "Brenvik" written about in German, only listed among others in French.
    german, french = _uses("Brenvik", "000", "001")
    weak = {french}
    spread = score("place", [german, french], weak, _OUTLETS, _LANGUAGES)
    flat = score("place", [german, french], weak, _OUTLETS)
    assert spread == round(flat + LANGUAGE_WEIGHT * LISTED_WEIGHT, 4)
    # Written about in both: the full share.
    assert score("place", [german, french], set(), _OUTLETS, _LANGUAGES) == round(
        score("place", [german, french], set(), _OUTLETS) + LANGUAGE_WEIGHT, 4
    )
