"""Top-25 precision faults (issue 11): a name cut from a longer one, an address or a
university's town as a place, an adjective written beside cognate nouns, generic heads."""

from __future__ import annotations

from briefing.topics.candidates import Occurrence
from briefing.topics.country_initials import country_initial_pairs
from briefing.topics.leading_names import leading_pairs
from briefing.topics.name_asides import qualifiers
from briefing.topics.rank import Cluster, _elsewhere_but_once
from briefing.topics.theme_details import detail_of
from briefing.topics.themes import GENERIC_HEADS, VERBS
from briefing.topics.themes_usage import adjective


def _occ(article_id: str, text: str, surface: str) -> Occurrence:
    at = text.index(surface)
    return Occurrence(article_id, 0, at, at + len(surface), surface)


def _named(surface: str, n: int) -> list[Occurrence]:
    return [Occurrence(f"{surface}{i}", 0, 0, len(surface), surface) for i in range(n)]


# --- a name that begins a much more used longer one -------------------------------------


def test_a_rare_name_that_begins_a_common_longer_one_is_that_name() -> None:
    sightings = {
        "n:velmor tsai court": _named("Velmor Tsai Court", 12),
        "p:velmor tsai": _named("Velmor Tsai", 2),  # "dziedziniec Velmor Tsai": Court translated
    }
    assert leading_pairs(sightings, sightings, lambda text: False) == [
        ("p:velmor tsai", "n:velmor tsai court")
    ]


def test_a_place_a_common_short_name_or_a_person_stays_apart() -> None:
    sightings = {
        "n:brelia nord": _named("Brelia Nord", 2),  # a place the gazetteer knows
        "n:brelia nord police": _named("Brelia Nord Police", 12),
        "p:anna kolbe": _named("Anna Kolbe", 5),  # written almost as often as the body
        "n:anna kolbe institute": _named("Anna Kolbe Institute", 9),
        "p:jan tosk": _named("Jan Tosk", 1),  # the longer one is a person: his son, maybe
        "p:jan tosk novak": _named("Jan Tosk Novak", 9),
    }
    assert leading_pairs(sightings, sightings, lambda text: text == "Brelia Nord") == []


# --- addresses and the seat of a university or a consulate ----------------------------


def _qualified(texts: dict[str, str], uses: dict[str, str], places: set[str]) -> set[str]:
    """The articles whose use (``uses``: article → name) :func:`qualifiers` finds."""
    occs = [_occ(k, texts[k], name) for k, name in uses.items()]
    found = qualifiers(occs, {(o.article, 0): texts[o.article] for o in occs}, places)
    return {o.article for o in found}


def test_an_address_or_the_seat_of_a_university_or_a_consulate_is_no_setting() -> None:
    texts = {
        "a": "Le feu a ravagé Nova Brelia (Ruritanie) mercredi.",  # a place of two words
        "b": "Le quartier de Tosk (Nova Brelia en Ruritanie) a brûlé.",  # a whole address
        "c": "Het lichaam werd gevonden in Varnok, in de provincie Ruritanie.",
        "d": "Il a étudié à l’Université de Varnok avant la politique.",
        "e": "Het consulaat-generaal in Varnok zoekt uit wie er aan boord was.",
    }
    uses = {"a": "Ruritanie", "b": "Ruritanie", "c": "Ruritanie", "d": "Varnok", "e": "Varnok"}
    assert _qualified(texts, uses, {"Nova Brelia", "Tosk", "Varnok"}) == set(texts)


def test_a_bracket_that_is_no_address_and_a_plain_use_are_uses() -> None:
    texts = {
        "a": "The mayor of Nova Brelia (Ruritanie's capital) spoke.",  # no place first in it
        "b": "The council (Nova Brelia) met; Ruritanie sent aid.",  # no place before the bracket
        "c": "Rain hit Varnok, and Ruritanie declared an emergency.",  # a list, no region noun
        "d": "The university said Varnok was flooded.",  # "university" without its link
        "e": "Le feu a pris à Nova Brelia, en banlieue de Ruritanie.",  # no region noun
        "f": "The general said in Varnok that the bridge was safe.",  # no embassy: a setting
    }
    uses = {
        "a": "Nova Brelia",
        "b": "Ruritanie",
        "c": "Ruritanie",
        "d": "Varnok",
        "e": "Ruritanie",
        "f": "Varnok",
    }
    assert _qualified(texts, uses, {"Nova Brelia", "Varnok"}) == set()


def test_a_place_left_with_one_use_besides_addresses_drops_in_a_larger_packet() -> None:
    uses = _named("Ruritanie", 4)
    cluster = Cluster(kind="place", name="Ruritanie", occurrences=uses)
    assert _elsewhere_but_once(cluster, set(uses[:3]), larger=True)
    assert not _elsewhere_but_once(cluster, set(uses[:3]), larger=False)  # a small packet
    assert not _elsewhere_but_once(cluster, set(uses[:2]), larger=True)  # two uses left
    once = Cluster(kind="place", name="Tosk", occurrences=uses[:1])
    assert not _elsewhere_but_once(once, set(), larger=True)  # no address: single_use's call


# --- an adjective beside cognate nouns --------------------------------------------------


def test_an_adjective_beside_cognate_nouns_in_several_languages_is_no_subject() -> None:
    paras = {
        "fr": "Le feu a pris dans le complexe résidentiel hier.",
        "es": "El fuego empezó en el complejo residencial ayer.",
        "it": "Il fuoco è partito dal complesso residenziale ieri.",
        "en": "Flames engulfed the residential compound overnight.",
    }
    surfaces = {"fr": "résidentiel", "es": "residencial", "it": "residenziale", "en": "residential"}
    occs = [_occ(k, paras[k], surfaces[k]) for k in paras]
    assert adjective(occs, lambda a, _p: paras[a], {k: k for k in paras})


def test_a_noun_whose_neighbours_differ_is_no_adjective() -> None:
    paras = {
        "fr": "Un terrible incendie a ravagé le quartier.",
        "es": "Un gigantesco incendio destruyó el barrio.",
        "it": "Un violento incendio ha distrutto il quartiere.",
        "en": "The blaze spread quickly through the estate.",
    }
    surfaces = {"fr": "incendie", "es": "incendio", "it": "incendio", "en": "blaze"}
    occs = [_occ(k, paras[k], surfaces[k]) for k in paras]
    assert not adjective(occs, lambda a, _p: paras[a], {k: k for k in paras})


def test_generic_heads_and_a_bare_verb_make_no_theme() -> None:
    assert {"complex", "services", "media"} <= GENERIC_HEADS  # "emergency services"
    assert "lose" in VERBS  # "lose control"
    assert "scaffolding" not in GENERIC_HEADS and "alarms" not in GENERIC_HEADS


# --- a theme one article writes only beside a wider one ---------------------------------


def _theme(*uses: tuple[str, int, str, str]) -> Cluster:
    """A theme cluster from (article, paragraph, paragraph text, surface) uses."""
    occs = []
    for article_id, paragraph, text, surface in uses:
        at = text.index(surface)
        occs.append(Occurrence(article_id, paragraph, at, at + len(surface), surface))
    return Cluster(kind="theme", name=uses[0][3], occurrences=occs)


def test_a_one_article_theme_always_beside_a_wider_one_is_its_detail() -> None:
    a0 = "The towers were wrapped in reed matting and blue tarp for the works."
    a1 = "Inspectors had doubted the blue tarp hung over the reed matting. It burned."
    b0 = "Reed matting is cheap and common in the city."
    wide = _theme(
        ("a", 0, a0, "reed matting"), ("a", 1, a1, "reed matting"), ("b", 0, b0, "Reed matting")
    )
    tarp = _theme(("a", 0, a0, "blue tarp"), ("a", 1, a1, "blue tarp"))
    paragraphs = {("a", 0): a0, ("a", 1): a1, ("b", 0): b0}
    assert detail_of([wide, tarp], paragraphs) == {1: 0}


def test_a_theme_once_apart_or_in_two_articles_stays_a_subject() -> None:
    a0 = "The towers were wrapped in reed matting and blue tarp for the works."
    a1 = "The blue tarp was sold by a firm. Reed matting came later."  # another sentence
    b0 = "Reed matting is cheap and common in the city."
    c0 = "Its blue tarp tore in the storm beside the reed matting."
    wide = _theme(("a", 0, a0, "reed matting"), ("b", 0, b0, "Reed matting"))
    tarp = _theme(("a", 0, a0, "blue tarp"), ("a", 1, a1, "blue tarp"))
    paragraphs = {("a", 0): a0, ("a", 1): a1, ("b", 0): b0, ("c", 0): c0}
    assert detail_of([wide, tarp], paragraphs) == {}
    spread = _theme(("a", 0, a0, "blue tarp"), ("c", 0, c0, "blue tarp"))  # two articles
    assert detail_of([wide, spread], paragraphs) == {}


# --- a province in brackets that is no topic still places the town ----------------------


def test_a_town_of_the_packets_country_places_the_name_it_brackets() -> None:
    from briefing.model import Mention, Span, Topic
    from briefing.topics.local_towns import _place_lookup

    spain = Topic(
        "spain",
        "Spain",
        "place",
        ("Spain",),
        tuple(Mention(f"{n}", Span(0, 0, 5), "Spain") for n in range(3)),
        3.0,
    )
    lookup = _place_lookup([spain], 3)
    assert lookup("Albacete")  # a Spanish town GeoNames lists, though no topic of the packet
    assert lookup("Varelo") is None  # no town anywhere
    assert _place_lookup([], 3)("Albacete") is None  # no country of the packet: not asked


# --- an acronym that keeps its country's letter -----------------------------------------


def _content(key: str) -> list[str]:
    return [w for w in key[2:].split() if w not in {"of", "de", "the"}]


def test_an_acronym_of_a_body_and_its_countrys_initial_is_that_body() -> None:
    pairs = country_initial_pairs(
        ["n:vgr", "n:ap"],
        ["n:velmor grid", "n:tosk power board"],
        {"Ruritania", "Ruritanie"},
        lambda key: False,
        _content,
    )
    assert pairs == [("n:vgr", "n:velmor grid")]  # "VGR": Velmor Grid (of Ruritania)


def test_a_defined_acronym_two_fitting_bodies_or_no_country_letter_stay_apart() -> None:
    bodies = ["n:velmor grid", "n:vast gas"]  # both spell "vg"
    assert country_initial_pairs(["n:vgr"], bodies, {"Ruritania"}, lambda k: False, _content) == []
    one = ["n:velmor grid"]
    assert country_initial_pairs(["n:vgr"], one, {"Ruritania"}, lambda k: True, _content) == []
    assert country_initial_pairs(["n:vgx"], one, {"Ruritania"}, lambda k: False, _content) == []
    assert country_initial_pairs(["n:vg"], one, {"Ganymede"}, lambda k: False, _content) == []


def test_no_conjunction_or_a_theme_beside_many_joins_nothing() -> None:
    a0 = "Crews checked the reed matting near the blue tarp for the works."  # no "and"
    a1 = "Inspectors had doubted the blue tarp hung over the reed matting."
    b0 = "Reed matting is cheap and common in the city."
    wide = _theme(
        ("a", 0, a0, "reed matting"), ("a", 1, a1, "reed matting"), ("b", 0, b0, "Reed matting")
    )
    tarp = _theme(("a", 0, a0, "blue tarp"), ("a", 1, a1, "blue tarp"))
    paragraphs = {("a", 0): a0, ("a", 1): a1, ("b", 0): b0}
    assert detail_of([wide, tarp], paragraphs) == {}
    c0 = "The towers wore reed matting and blue tarp and grey rope."
    c1 = "Workers tied the grey rope and reed matting to the blue tarp."
    both = {("c", 0): c0, ("c", 1): c1, ("b", 0): b0}
    wide = _theme(
        ("c", 0, c0, "reed matting"), ("c", 1, c1, "reed matting"), ("b", 0, b0, "Reed matting")
    )
    tarp = _theme(("c", 0, c0, "blue tarp"), ("c", 1, c1, "blue tarp"))
    rope = _theme(("c", 0, c0, "grey rope"), ("c", 1, c1, "grey rope"))
    assert detail_of([wide, tarp, rope], both) == {}  # a theme beside many is no whole


def test_an_acronym_no_article_writes_beside_the_body_stays_apart() -> None:
    pairs = country_initial_pairs(
        ["n:vgr"],
        ["n:velmor grid"],
        {"Ruritania"},
        lambda key: False,
        _content,
        together=lambda acronym, body: False,
    )
    assert pairs == []
