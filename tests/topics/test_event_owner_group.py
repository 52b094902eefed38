"""Whose the main event is when its person is one of a group the act was done to, and a theme
that is a body's name cut short (made-up texts and names)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.event_whose import one_of_several
from briefing.topics.events import main_event
from briefing.topics.themes_cut import body_cut_short, of_place


@pytest.mark.parametrize(
    "leads",
    [
        [
            "The two states traded 18 detainees, including the novelist Mira Tollan, on Friday.",
            "Varnia freed a dozen people, among them writer Mira Tollan and two students.",
        ],
        [
            "Les deux pays ont échangé 18 détenus, dont la romancière Mira Tollan.",
            "Los dos países canjearon a 18 presos, entre ellos, la novelista Mira Tollan.",
            "Freigelassen wurden unter anderem die Autorin Mira Tollan und zwei Studenten.",
        ],
    ],
)
def test_a_person_counted_among_a_group_is_one_of_several(leads: list[str]) -> None:
    assert one_of_several(leads, "Tollan")


@pytest.mark.parametrize(
    "leads",
    [
        # The visitor is the doer: nothing counts them among a group.
        ["Brell's state visit to Varnia began on Monday.", "Brell arrived in Varnia for talks."],
        # One lead alone is not enough.
        ["The states traded 18 detainees, including Mira Tollan.", "Tollan flew home."],
        # The group is someone else's: the person stands far after the phrase of inclusion.
        [
            "Delegates, including two mayors from the coast and several ministers, met Tollan.",
            "Members, including three senators of the old council and many guests, hailed Tollan.",
        ],
        # The possessive as often: the act is written as theirs.
        [
            "Tollan's visit, including a stop in Varnia, ended.",
            "Tollan's tour, including Mira Tollan's talk, ended.",
        ],
    ],
)
def test_a_doer_or_a_person_named_apart_is_not_one_of_several(leads: list[str]) -> None:
    assert not one_of_several(leads, "Tollan")


def _dated(n: int, title: str, text: str) -> Article:
    return replace(article(f"{n:03d}", text), title=title, date=dt.date(2031, 3, 4))


def test_a_swap_is_not_named_after_one_of_the_people_exchanged() -> None:
    """Before: "Tollan’s prisoner swap at Brenvik" — one of eighteen people freed was made
    the swap's owner."""
    texts = [
        (
            "Prisoner swap frees Mira Tollan",
            "Varnia and Ostrel exchanged 18 prisoners on Friday, including the novelist Mira "
            "Tollan, in the largest prisoner swap in decades.",
        ),
        (
            "Tollan among 18 freed in prisoner swap",
            "The prisoner swap at Brenvik airport freed 18 people, among them Mira Tollan and "
            "two students.",
        ),
        (
            "Mira Tollan home after prisoner swap",
            "Mira Tollan landed in Varnia after the prisoner swap, which freed 18 detainees "
            "including Tollan and a journalist.",
        ),
        (
            "Ostrel confirms prisoner swap",
            "Ostrel said the prisoner swap freed 18 detainees, including the writer Mira "
            "Tollan, at Brenvik.",
        ),
    ]
    articles = [_dated(i, title, text) for i, (title, text) in enumerate(texts)]
    name = main_event(articles, extract_topics(articles))
    assert name is not None
    assert name.startswith("Prisoner swap")
    assert "Tollan" not in name


def test_the_visitor_still_owns_the_visit() -> None:
    """Look-alike: the person is the one who acts; the name stays theirs."""
    articles = [
        _dated(
            i,
            "Brell visits Varnia",
            f"President Anton Brell's state visit to Varnia began in Brenvik, {where}. "
            "Brell's visit includes talks on trade.",
        )
        for i, where in enumerate(["with a parade", "under rain", "on Monday", "with a speech"])
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None
    assert name.startswith("Brell’s")


def _uses(texts: list[str], *words: str) -> tuple[list[Occurrence], dict[tuple[str, int], str]]:
    """Each text's use of its word (``words``, one per text, or one for all)."""
    occs, paragraphs = [], {}
    for i, text in enumerate(texts):
        word = words[i] if len(words) > 1 else words[0]
        start = text.index(word)
        occs.append(Occurrence(f"a{i}", 0, start, start + len(word), word))
        paragraphs[(f"a{i}", 0)] = text
    return occs, paragraphs


@pytest.mark.parametrize(
    ("word", "place"),
    [("turque", "Turquie"), ("turca", "Turquía"), ("española", "España"), ("Varnian", "Varnia")],
)
def test_a_place_s_adjective_is_read_from_its_name(word: str, place: str) -> None:
    assert of_place(word, {place})


@pytest.mark.parametrize(("word", "place"), [("police", "Poland"), ("most", "Moscow")])
def test_a_word_that_merely_opens_like_a_place_is_no_adjective(word: str, place: str) -> None:
    assert not of_place(word, {place})


def test_a_generic_noun_always_written_with_a_country_s_adjective_is_a_body_cut_short() -> None:
    texts = [
        "The Varnian presidency said the talks went well.",
        "La présidence varnienne a annoncé un accord.",
        "La presidencia varnia informó del acuerdo.",
    ]
    occs, paragraphs = _uses(texts, "presidency", "présidence", "presidencia")
    forms = {f"a{i}": {"Varnia"} for i in range(3)}
    assert body_cut_short(occs, lambda a, p: paragraphs[(a, p)], forms)


def test_a_noun_written_mostly_on_its_own_stays_a_theme() -> None:
    """Look-alike: "the Varnian grid" once, then "the grid" alone: the story's own thing."""
    texts = [
        "The Varnian grid failed at noon.",
        "Engineers said the grid was old.",
        "Repairs to the grid took days.",
    ]
    occs, paragraphs = _uses(texts, "grid")
    forms = {f"a{i}": {"Varnia"} for i in range(3)}
    assert not body_cut_short(occs, lambda a, p: paragraphs[(a, p)], forms)


def test_a_body_named_whole_stays_an_organisation() -> None:
    """Look-alike: a body whose name is a generic noun and its adjective, capitalised as a
    name ("Varnian Guard"), is listed as the body and not dropped as a cut-short theme."""
    articles = [
        article(
            f"{i:03d}",
            f"The Varnian Guard closed the border at Brenvik. The Varnian Guard said {why}.",
        )
        for i, why in enumerate(["it was for safety", "more troops came", "talks went on"])
    ]
    topics = extract_topics(articles)
    assert any("Varnian Guard" in t.aliases and t.kind == "organisation" for t in topics)
