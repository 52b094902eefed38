"""An outlet's own credit in its own article is no use of a topic
(:mod:`briefing.topics.own_credits`), and still a use that cites it for :mod:`.cited`.

Every text is written for the test: a made-up broadcaster, NORDCAST, and a flood at Varnok.
"""

from __future__ import annotations

import dataclasses

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.cited import cited_only
from briefing.topics.own_credits import credit_shaped, outlet_key, own_credits


def _at(text: str, name: str, article_id: str = "a", paragraph: int = 0) -> Occurrence:
    start = text.index(name)
    return Occurrence(article_id, paragraph, start, start + len(name), name)


# --- the shapes of a credit ---------------------------------------------------------------


def test_an_opening_bracketed_credit_in_any_script_is_credit_shaped() -> None:
    for text in (
        "(NORDCAST) ヴァルノクの町で川が氾濫し、住民が避難した。",
        "(NORDCAST) The river at Varnok burst its banks on Monday.",
        "VARNOK, Ruritania, 4 July (NORDCAST) — The river burst its banks.",
        "Varnok, 4 juillet (NORDCAST) - La rivière a débordé lundi.",
        "【NORDCAST】ヴァルノクの町で川が氾濫した。",
        "NORDCAST — The river at Varnok burst its banks on Monday.",
        "Residents left the valley. © 2021 NORDCAST",
    ):
        assert credit_shaped(text, _at(text, "NORDCAST")), text


def test_the_house_in_the_prose_is_not_credit_shaped() -> None:
    for text in (
        "Officials told NORDCAST that the river was rising.",
        "NORDCAST reported that the river was rising.",
        "NORDCASTのスペイン語放送に大使が語った。",
        # an acronym defined, not a credit
        "Nordic Radio And Cast (NORDCAST) cut its staff on Monday.",
        # a bracket in the middle of a sentence
        "The station that filmed the flood (NORDCAST) later lost its licence.",
        # the name itself opens a sentence about it
        "NORDCAST lost its licence on Monday.",
    ):
        assert not credit_shaped(text, _at(text, "NORDCAST")), text


# --- only the house's own article ---------------------------------------------------------


def test_only_the_credit_of_the_articles_own_outlet_goes() -> None:
    opening = "(NORDCAST) The river at Varnok burst its banks on Monday."
    prose = "The ambassador told NORDCAST on Monday that help was coming."
    other = "(NORDCAST) Le fleuve a débordé lundi à Varnok."
    texts = {("a", 0): opening, ("a", 1): prose, ("b", 0): other}
    occs = [
        _at(opening, "NORDCAST"),
        _at(prose, "NORDCAST", paragraph=1),
        _at(other, "NORDCAST", "b"),
    ]
    # "a" is NORDCAST's article; "b" is another outlet's, whose opening bracket is no credit
    # of its own.
    outlets = {"a": outlet_key("Nordcast"), "b": outlet_key("Le Varnokois")}
    assert own_credits(occs, texts, outlets) == {occs[0]}
    assert own_credits(occs, texts, {}) == set()


def test_a_wire_is_its_own_credit_under_any_of_its_names() -> None:
    text = "VARNOK, Ruritania (AP) — The river burst its banks on Monday."
    o = _at(text, "AP")
    assert own_credits([o], {("a", 0): text}, {"a": outlet_key("The Associated Press")}) == {o}
    assert own_credits([o], {("a", 0): text}, {"a": outlet_key("Reuters")}) == set()
    assert outlet_key("The Daily Varnok") == outlet_key("daily varnok")


# --- end to end ---------------------------------------------------------------------------


def _from(outlet: str | None, article_id: str, *paragraphs: str) -> Article:
    return dataclasses.replace(article(article_id, *paragraphs), source=outlet)


_FLOOD = [
    "The river at Varnok burst its banks on Monday and the Varnok dam failed.",
    "Mayor Anna Kolbe said the Varnok dam had been inspected in May.",
]


def test_an_outlet_only_in_its_own_credit_is_no_topic() -> None:
    articles = [
        _from("NORDCAST", "a", "(NORDCAST) " + _FLOOD[0], _FLOOD[1]),
        _from("NORDCAST", "b", "(NORDCAST) " + _FLOOD[0], "Anna Kolbe visited the Varnok dam."),
        _from(None, "c", *_FLOOD),
    ]
    names = {t.name for t in extract_topics(articles)}
    assert "Anna Kolbe" in names
    assert "NORDCAST" not in names


def test_an_outlet_the_story_is_about_stays() -> None:
    about = "Police raided the offices of NORDCAST in Varnok after its flood footage aired."
    again = "NORDCAST said its offices in Varnok were searched for the flood footage."
    articles = [
        _from("NORDCAST", "a", "(NORDCAST) " + _FLOOD[0], _FLOOD[1]),
        _from("NORDCAST", "b", "(NORDCAST) " + _FLOOD[0], about),
        _from(None, "c", *_FLOOD, again),
    ]
    assert "NORDCAST" in {t.name for t in extract_topics(articles)}


# --- still a citation for the cited rule ----------------------------------------------------


def test_an_own_credit_counts_as_a_citation_for_the_cited_rule() -> None:
    credit = "(AFP) The river at Varnok burst its banks on Monday."
    cited = "По данным AFP, плотина в Варноке прорвалась."
    passing = "Les bureaux de l'AFP et de Nordpress à Varnok ont été inondés."
    texts = {("a", 0): credit, ("b", 0): cited, ("c", 0): passing}
    own, other, aside = _at(credit, "AFP"), _at(cited, "AFP", "b"), _at(passing, "AFP", "c")
    # Cited twice (its own credit and "по данным"), written about once in passing: a source.
    assert cited_only([other, aside], texts, credits={own})
    # Without its credit the wire is cited once only: the rule that drops it does not hold.
    assert not cited_only([other, aside], texts)
