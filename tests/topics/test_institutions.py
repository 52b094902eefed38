"""A country's institution written as its adjective and noun, in every language read here, is
one organisation (:mod:`briefing.topics.institutions`); sentences written for the test."""

from __future__ import annotations

import functools

from briefing.topics.candidates import Occurrence
from briefing.topics.gazetteer import Gazetteer
from briefing.topics.institutions import add_institutions, institution_uses
from briefing.topics.multilingual_gazetteer import gazetteer_for
from briefing.topics.rank_cluster import Cluster

_LANGUAGES = frozenset(["en", "fr", "de", "es", "it", "pt", "ru", "uk", "zh", "ja", "ko", "ar"])


@functools.cache
def _gaz() -> Gazetteer:
    return gazetteer_for(_LANGUAGES)


def _uses(language: str, text: str) -> list[tuple[str, str, str]]:
    """(country, institution, use as written) for each use the text holds."""
    found = institution_uses([("a", 0, text)], {"a": language}, _gaz())
    return sorted((place, key, o.surface) for (place, key), uses in found.items() for o in uses)


def test_uses_in_each_language() -> None:
    assert _uses("en", "The Chilean army closed the road.") == [("Chile", "army", "Chilean army")]
    assert _uses("en", "Peru's Supreme Court ruled on Monday.") == [
        ("Peru", "supreme court", "Peru's Supreme Court")
    ]
    assert _uses("fr", "L'armée chilienne a fermé la route.") == [
        ("Chile", "army", "armée chilienne")
    ]
    assert _uses("de", "Die chilenische Regierung schwieg.") == [
        ("Chile", "government", "chilenische Regierung")
    ]
    assert _uses("de", "Ein Sprecher der chilenischen Polizei sagte.") == [
        ("Chile", "police", "chilenischen Polizei")
    ]
    assert _uses("es", "El ejército chileno cerró la carretera.") == [
        ("Chile", "army", "ejército chileno")
    ]
    assert _uses("it", "Il governo argentino tace.") == [
        ("Argentina", "government", "governo argentino")
    ]
    assert _uses("ru", "Представитель аргентинской полиции сказал.") == [
        ("Argentina", "police", "аргентинской полиции")
    ]
    assert _uses("ru", "Решение правительства Чили.") == [
        ("Chile", "government", "правительства Чили")
    ]
    assert _uses("zh", "智利军方封锁了道路。") == [("Chile", "army", "智利军方")]
    assert _uses("ja", "チリ政府は声明を出した。") == [("Chile", "government", "チリ政府")]
    assert _uses("ko", "칠레 경찰이 도로를 막았다.") == [("Chile", "police", "칠레 경찰")]
    assert _uses("ar", "أغلق الجيش التشيلي الطريق.") == [("Chile", "army", "الجيش التشيلي")]


def test_look_alikes_are_no_uses() -> None:
    # An adjective that is no country's, a country's adjective before another noun, a
    # military that is an adjective, a Russian noun that is an adjective's stem.
    assert _uses("en", "The national army closed the road.") == []
    assert _uses("en", "Chilean wine and the army.") == []
    assert _uses("en", "A Chilean military convoy passed.") == []
    assert _uses("fr", "L'armée de terre a fermé la route.") == []
    assert _uses("ru", "В Чили правительственные войска вошли в город.") == []
    assert _uses("xx", "The Chilean army closed the road.") == []  # a language not read here


def _filler(n: int) -> list[tuple[str, int, str]]:
    return [(f"f{k}", 0, "Rescuers worked through the night.") for k in range(n)]


def test_an_institution_a_third_of_the_packet_writes_is_one_body() -> None:
    paragraphs = [
        ("1", 0, "The Chilean army closed the road."),
        ("2", 0, "L'armée chilienne a fermé la route."),
        ("3", 0, "智利军方封锁了道路。"),
    ]
    languages = {"1": "en", "2": "fr", "3": "zh"}
    clusters: dict[str, Cluster] = {}
    add_institutions(clusters, paragraphs, languages, _gaz())
    body = clusters["i:Chile:army"]
    assert body.kind == "organisation"
    assert body.name == "Chilean army"
    assert {o.surface for o in body.occurrences} == {"Chilean army", "armée chilienne", "智利军方"}
    # Named in English though no English article writes it.
    clusters = {}
    add_institutions(
        clusters,
        [*paragraphs[1:], ("4", 0, "El ejército chileno.")],
        {**languages, "4": "es"},
        _gaz(),
    )
    assert clusters["i:Chile:army"].name == "Chilean army"


def test_a_country_mentioned_in_passing_is_no_body() -> None:
    once = [("1", 0, "The French army once held the fort."), *_filler(5)]
    clusters: dict[str, Cluster] = {}
    add_institutions(clusters, once, {a: "en" for a, _, _ in once}, _gaz())
    assert clusters == {}
    # Three articles of ten: too few of the sources for an actor of the story.
    three = [(str(k), 0, "The Chilean army closed the road.") for k in range(3)] + _filler(7)
    add_institutions(clusters, three, {a: "en" for a, _, _ in three}, _gaz())
    assert clusters == {}
    add_institutions(clusters, three[:-1], {a: "en" for a, _, _ in three}, _gaz())  # 3 of 9
    assert list(clusters) == ["i:Chile:army"]


def test_a_use_read_as_a_name_is_folded_in() -> None:
    text = "Die Chilenische Regierung schwieg am Montag lange."
    start = text.index("Chilenische")
    name = Occurrence("1", 0, start, start + len("Chilenische Regierung"), "Chilenische Regierung")
    clusters = {"chilenische regierung": Cluster("organisation", "Chilenische Regierung", [name])}
    paragraphs = [
        ("1", 0, text),
        ("2", 0, "The Chilean government said nothing."),
        ("3", 0, "Le gouvernement chilien a parlé."),
    ]
    add_institutions(clusters, paragraphs, {"1": "de", "2": "en", "3": "fr"}, _gaz())
    assert list(clusters) == ["i:Chile:government"]
    assert len(clusters["i:Chile:government"].occurrences) == 3


def test_a_named_body_takes_the_uses_of_few_sources() -> None:
    # "Cour suprême" read alone as a name elsewhere: the adjective's uses join it, though
    # three articles of ten would make no body of their own.
    text = "La Cour suprême a siégé. La Cour suprême chilienne a tranché."
    bare = Occurrence("1", 0, 3, 15, "Cour suprême")
    start = text.rindex("Cour suprême")
    inner = Occurrence("1", 0, start, start + 12, "Cour suprême")
    court = Cluster("organisation", "Cour suprême", [bare, inner])
    paragraphs = [
        ("1", 0, text),
        ("2", 0, "The Chilean Supreme Court ruled."),
        ("3", 0, "El ejército chileno y la Corte Suprema chilena."),
        *_filler(7),
    ]
    languages = {a: {"1": "fr", "3": "es"}.get(a, "en") for a, _, _ in paragraphs}
    clusters = {"cour suprême": court}
    add_institutions(clusters, paragraphs, languages, _gaz())
    assert list(clusters) == ["cour suprême"]
    assert {o.surface for o in court.occurrences} >= {
        "Cour suprême chilienne",
        "Chilean Supreme Court",
        "Corte Suprema chilena",
    }


def test_a_noun_without_a_country_is_no_use() -> None:
    assert _uses("zh", "政府表示将调查。") == []
    assert _uses("ja", "政府は声明を出した。") == []
    assert _uses("ar", "قال الجيش إن الطريق مغلق.") == []
    assert _uses("de", "Die Regierung sagte in Chile nichts.") == []
