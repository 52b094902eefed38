"""A German common noun before a name is no part of it (own text, invented names): "die
Großbank NBX", "die Finanzaufsicht Kovra", "ihre Rivalin Lumen Capital" are NBX, Kovra and
Lumen Capital. Look-alikes: a given name that is also a word ("Anna"), a noun before a place
(an institution of its own), a run another language writes as a name, a run whose rest the
packet never writes alone."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.apposed_nouns import apposed_pairs, common_noun
from briefing.topics.candidates import Occurrence


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_the_lexicon_tells_a_common_noun_from_a_name() -> None:
    # An everyday word, a compound ending in one, the feminine "-in" of one.
    for word in ("Konzern", "Behörde", "Großbank", "Finanzaufsicht", "Rivalin", "Chefin"):
        assert common_noun(word, "de"), word
    # No word of the language, capitals, a name's shape.
    for word in ("Kovra", "Xqzvbtr", "NBX", "McKovra", "Finma"):
        assert not common_noun(word, "de"), word


def _occ(article_id: str, surface: str) -> Occurrence:
    return Occurrence(article_id, 0, 0, len(surface), surface)


def test_only_a_run_whose_rest_is_a_name_alone_is_folded() -> None:
    runs = {
        "n:grossbank nbx": [_occ("de1", "Großbank NBX")],
        "n:universitat zurich": [_occ("de1", "Universität Zürich")],
        "p:anna berg": [_occ("de1", "Anna Berg")],
        "n:capital kovra": [_occ("de1", "Capital Kovra"), _occ("en1", "Capital Kovra")],
        "n:behorde talvo": [_occ("de1", "Behörde Talvo")],  # Talvo never written alone
    }
    names = {"n:nbx", "n:zurich", "p:berg", "n:kovra"}
    pairs = apposed_pairs(
        runs,
        runs,
        {"de1": "de", "en1": "en"},
        lambda text: ("n:" + text.casefold().replace("ü", "u"), "p:" + text.casefold()),
        names.__contains__,
        lambda text: text in {"Zürich"},
    )
    assert pairs == [("n:grossbank nbx", "n:nbx")]


def test_in_a_packet_the_noun_leaves_the_name_its_own_topic() -> None:
    articles = [
        _in(
            "de",
            0,
            "Die Schweizer Großbank NBX übernimmt ihre schwer angeschlagene Rivalin Lumen "
            "Bank für drei Milliarden Franken. Die Schweizer Finanzaufsicht Kovra stimmte am "
            "Sonntag zu.",
        ),
        _in(
            "de",
            1,
            "Die Schweizer Großbank NBX wird die tief in die Krise geschlitterte Rivalin Lumen "
            "Bank übernehmen. Die Chefin der Schweizer Finanzaufsicht Kovra sprach in Bern.",
        ),
        _in(
            "de", 2, "Die Schweizer Großbank NBX zahlt drei Milliarden Franken, hieß es in Zürich."
        ),
        _in("en", 3, "NBX will buy Lumen Bank, the regulator KOVRA said on Sunday."),
        _in("en", 4, "Shares of Lumen Bank fell before NBX agreed the deal."),
        _in("fr", 5, "La banque NBX rachète Lumen Bank pour trois milliards."),
    ]
    topics = extract_topics(articles)
    for run in ("Großbank NBX", "Finanzaufsicht Kovra", "Rivalin Lumen Bank"):
        assert not holding(topics, run), run
    for name in ("NBX", "Kovra", "Lumen Bank"):
        found = holding(topics, name)
        assert len(found) == 1 and found[0].kind == "organisation", (name, found)
    # The places the same sentences name stay places.
    assert holding(topics, "Zürich")[0].kind == "place"
