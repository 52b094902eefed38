"""A body one article only cites, a bare event name used once, the storm a disaster's leads
name, one place in two languages' spellings, and a region named after its own province.
Every name and sentence is invented here (the ISO 3166-2 regions are pycountry's)."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Mention, Span, Topic
from briefing.topics.candidates import Occurrence
from briefing.topics.cited import MAX_USES, cited_only
from briefing.topics.event_storm import with_storm_joined
from briefing.topics.namesake_regions import namesake_pairs, namesakes
from briefing.topics.naming import canonical
from briefing.topics.place_spellings import spelling_pairs
from briefing.topics.rank import Cluster, rank
from briefing.topics.single_use import SINGLE_USE_ARTICLES


def _uses(name: str, *texts: tuple[str, str]) -> tuple[list[Occurrence], dict]:
    """(article id, paragraph text) pairs → the name's uses and the paragraphs."""
    occs, paragraphs = [], {}
    for n, (art, text) in enumerate(texts):
        paragraphs[(art, n)] = text
        at = text.index(name)
        occs.append(Occurrence(art, n, at, at + len(name), name))
    return occs, paragraphs


# -- a body one article only cites ------------------------------------------------------


def test_a_body_one_article_cites_twice_as_its_source_is_cited_only() -> None:
    occs, texts = _uses(
        "NORDCAST",
        ("a1", "Water reached the first floor in Varelo, NORDCAST en Español reported."),
        ("a1", "The minister called it unprecedented, NORDCAST reported."),
    )
    assert cited_only(occs, texts)
    for text in [
        "Les digues ont cédé, selon l'NORDCAST, vers minuit.",
        "Según la agencia NORDCAST, el río subió dos metros.",
        "Laut NORDCAST stieg der Fluss um zwei Meter.",
        "Rzeka wezbrała – podaje NORDCAST.",  # a verb after the name, Polish
        "«Era horrible», explica una veïna a la NORDCAST.",  # words addressed to it
        "Fotos Jan Holm / NORDCAST",  # a picture credit
    ]:
        occs, texts = _uses("NORDCAST", ("a1", text))
        assert cited_only(occs, texts), text


def test_a_body_written_about_cited_widely_or_often_is_not_cited_only() -> None:
    # Look-alikes: the story is about it; it said something (a body acting); it is cited
    # by two articles; one article cites it more than twice (its main source).
    for text in [
        "NORDCAST cut a hundred jobs in Varelo on Monday.",
        "NORDCAST said its offices in Varelo were flooded.",
        "The report NORDCAST published was wrong.",
    ]:
        occs, texts = _uses("NORDCAST", ("a1", text))
        assert not cited_only(occs, texts), text
    occs, texts = _uses(
        "NORDCAST", ("a1", "The river rose, NORDCAST reported."), ("a2", "Selon NORDCAST, oui.")
    )
    assert not cited_only(occs, texts)
    many = [("a1", f"Step {n} done, NORDCAST reported.") for n in range(MAX_USES + 1)]
    occs, texts = _uses("NORDCAST", *many)
    assert not cited_only(occs, texts)


def _ranked(count: int, clusters: list[tuple[str, str, list[tuple[int, str]]]]) -> set[str]:
    articles = [replace(article(f"a{n}", "x"), source=f"Outlet {n}") for n in range(count)]
    paragraphs: dict[tuple[str, int], str] = {}
    made = []
    for p, (kind, name, uses) in enumerate(clusters):
        occs = []
        for n, (number, text) in enumerate(uses):
            key = (f"a{number}", 100 * p + n)
            paragraphs[key] = text
            at = text.index(name)
            occs.append(Occurrence(key[0], key[1], at, at + len(name), name))
        made.append(Cluster(kind, name, occs))
    return {t.name for t in rank(articles, made, paragraphs)}


def test_rank_drops_a_body_only_cited_by_one_article_of_a_larger_packet() -> None:
    clusters = [
        (
            "organisation",
            "NORDCAST",
            [(0, "It rose, NORDCAST reported."), (0, "NORDCAST reported.")],
        ),
        ("organisation", "Kelvo Water", [(1, "Kelvo Water shut the dam."), (2, "Kelvo Water.")]),
    ]
    assert _ranked(SINGLE_USE_ARTICLES, clusters) == {"Kelvo Water"}
    assert _ranked(SINGLE_USE_ARTICLES - 1, clusters) == {"NORDCAST", "Kelvo Water"}


# -- an event written as one bare name, used once --------------------------------------


def test_a_bare_event_name_used_once_is_a_name_used_once() -> None:
    clusters = [
        # "storm Orvel" once, in passing: the event is the bare name "Orvel".
        ("event", "Orvel", [(0, "A month after storm Orvel hit the north.")]),
        # An event named in its own words stays though said once (events are few).
        ("event", "Varelo Games", [(1, "It recalled the Varelo Games.")]),
        # The bare name used in two articles stays.
        ("event", "Tamsin", [(2, "Storm Tamsin hit."), (3, "La tempête Tamsin a frappé.")]),
    ]
    assert _ranked(SINGLE_USE_ARTICLES, clusters) == {"Varelo Games", "Tamsin"}
    assert "Orvel" in _ranked(SINGLE_USE_ARTICLES - 1, clusters)


# -- the storm a disaster's leads name ---------------------------------------------------


def _topic(name: str, kind: str, uses: list[tuple[str, str]], texts: dict[str, str]) -> Topic:
    mentions = tuple(
        Mention(art, Span(0, texts[art].index(s), texts[art].index(s) + len(s)), s)
        for art, s in uses
    )
    aliases = tuple(sorted({s for _a, s in uses}))
    return Topic(name.casefold(), name, kind, aliases, mentions, 1.0)  # type: ignore[arg-type]


_LEADS = {
    "a1": "La tempestade Vela deixou dezenas de mortos em Varelo.",
    "a2": "Powódź w Varelo: burzę Vela obwinia się za zniszczenia.",
    "a3": "The floods in Varelo killed dozens.",
}


def _flood_packet(texts: dict[str, str]) -> tuple[list, Topic]:
    articles = [article(a, text) for a, text in texts.items()]
    event = _topic("Floods in Varelo", "event", [("a3", "floods")], texts)
    return articles, event


def test_a_storm_two_leads_name_joins_the_main_event() -> None:
    articles, event = _flood_packet(_LEADS)
    storm = _topic("Vela", "event", [("a1", "Vela"), ("a2", "Vela")], _LEADS)
    mourning = _topic("Mourning", "event", [("a3", "floods")], _LEADS)
    joined = with_storm_joined([event, storm, mourning], articles)
    assert [t.name for t in joined] == ["Floods in Varelo", "Mourning"]
    assert "Vela" in joined[0].aliases
    # The storm's uses join the event's, in article order.
    assert [m.article_id for m in joined[0].mentions] == ["a1", "a2", "a3"]


def test_a_storm_one_lead_names_or_no_storm_noun_stays_apart() -> None:
    # Look-alikes: an earlier storm one text recalls; a name no storm's noun stands before
    # (an election, a person's name); a storm's name read as a person.
    texts = {
        "a1": "A month after storm Orvel, Varelo flooded.",
        "a2": "The floods in Varelo killed dozens.",
        "a3": "Vela won the Varelo vote before the floods.",
        "a4": "Mayor Vela visited Varelo after the floods.",
    }
    articles = [article(a, t) for a, t in texts.items()]
    event = _topic("Floods in Varelo", "event", [("a2", "floods")], texts)
    earlier = _topic("Orvel", "event", [("a1", "Orvel")], texts)
    vote = _topic("Vela", "event", [("a3", "Vela"), ("a4", "Vela")], texts)
    person = _topic("Vela", "person", [("a3", "Vela"), ("a4", "Vela")], texts)
    for other in (earlier, vote, person):
        assert with_storm_joined([event, other], articles) == (event, other)
    # Not the first topic an event: nothing is joined.
    storm = _topic("Vela", "event", [("a1", "Vela"), ("a2", "Vela")], _LEADS)
    place = replace(event, kind="place")
    articles = [article(a, t) for a, t in _LEADS.items()]
    assert with_storm_joined([place, storm], articles) == (place, storm)


# -- one place in two languages' spellings -----------------------------------------------


def _sightings(spec: dict[str, list[str]]) -> dict[str, list[Occurrence]]:
    return {
        key: [Occurrence(a, 0, 0, 4, key[2:]) for a in articles] for key, articles in spec.items()
    }


_LANGS = {"c1": "ca", "s1": "es", "s2": "es", "i1": "it", "x1": "es"}


def test_one_place_spelled_by_two_languages_is_one() -> None:
    seen = _sightings({"g:Toio": ["c1"], "n:toyo": ["s1", "s2", "i1"]})
    pairs = spelling_pairs(seen, seen, lambda k: False, _LANGS)
    assert pairs == [("g:Toio", "n:toyo")]


def test_spellings_side_by_side_in_one_language_short_or_a_person_stay_apart() -> None:
    person = lambda k: False  # noqa: E731
    # Both in one article: two places.
    seen = _sightings({"g:Toio": ["c1", "s1"], "n:toyo": ["s1"]})
    assert spelling_pairs(seen, seen, person, _LANGS) == []
    # Both in one language (Spanish "Maia" and "Maya"): two names.
    seen = _sightings({"g:Toio": ["s2"], "n:toyo": ["s1"]})
    assert spelling_pairs(seen, seen, person, _LANGS) == []
    # Too short; no gazetteer place among them; one read as a person.
    seen = _sightings({"g:Ayo": ["c1"], "n:aio": ["s1"]})
    assert spelling_pairs(seen, seen, person, _LANGS) == []
    seen = _sightings({"n:toio": ["c1"], "n:toyo": ["s1"]})
    assert spelling_pairs(seen, seen, person, _LANGS) == []
    seen = _sightings({"g:Toio": ["c1"], "p:toio": ["s1"]})
    assert spelling_pairs(seen, seen, lambda k: k.startswith("p:"), _LANGS) == []


# -- a region named after its own province ------------------------------------------------


def test_a_region_named_after_its_province_is_that_place() -> None:
    table = namesakes()
    assert table["Comunidad Valenciana"] == "Valencia"  # the adjective of its province
    assert table["Comunidad de Madrid"] == "Madrid"  # its province's name
    # Look-alikes: a region named after two of its parts, or after none.
    for region in ["Castilla y León", "Castilla-La Mancha", "Andalucía", "Cataluña"]:
        assert region not in table, region
    assert namesake_pairs(["Comunidad Valenciana", "Valencia", "Albacete"]) == [
        ("Valencia", "Comunidad Valenciana")
    ]
    assert namesake_pairs(["Comunidad Valenciana", "Albacete"]) == []


def test_the_joined_region_is_named_as_the_texts_write_it_more() -> None:
    def occs(*surfaces: str) -> list[Occurrence]:
        return [Occurrence("a", n, 0, len(s), s) for n, s in enumerate(surfaces)]

    root = "g:Comunidad Valenciana"
    assert canonical("place", root, occs("Valencia", "Valencia", "Comunidad Valenciana")) == (
        "Valencia"
    )
    assert canonical("place", root, occs("Comunidad Valenciana", "Valencia", root[2:])) == (
        "Comunidad Valenciana"
    )
    assert canonical("place", "g:Albacete", occs("Albacete")) == "Albacete"


# -- a theme cut from a hyphenated word ------------------------------------------------


def test_a_theme_mostly_the_tail_of_a_hyphenated_word_is_a_piece() -> None:
    from briefing.topics.cluster_asides import aside_theme as _aside_theme

    cut, texts = _uses(
        "year jail",
        ("a1", "Orvel Dane was given a six-year jail term."),
        ("a2", "Dane, handed a six-year jail term, will appeal."),
    )
    assert _aside_theme(cut, texts, set(), {})
    # Look-alikes: the phrase written whole, and a hyphen that joins no word to it.
    whole, texts = _uses(
        "jail term",
        ("a1", "The jail term was six years."),
        ("a2", "His jail term - six years - starts in May."),
    )
    assert not _aside_theme(whole, texts, set(), {})
