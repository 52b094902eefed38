"""A name with a generic word around it is the name written alone (own text, invented names):
a ship's prefix ("MV Corvalis" is Corvalis), a company's generic words ("Tenhari NKL Lines"
is Tenhari NKL) and the noun for an island before a known place ("Isla Mauricio" is
Mauritius). Look-alikes: a ship named after a place or a person, a company whose rest is a
place ("Japan Airlines"), a word before a company's name ("Air India"), an island's noun with a
preposition ("Isla de Pascua") or after the name ("Christmas Island"), a rest the packet never
writes alone. And German "von der" before a body's name ends a person's name, where before one
surname it is the surname's particle."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.company_tails import company_pairs, untailed
from briefing.topics.gazetteer import gazetteer
from briefing.topics.island_words import island_pairs, island_rest
from briefing.topics.owned_bodies import generic_body, mixed_owners
from briefing.topics.ship_prefixes import prefixed_rest, ship_pairs
from briefing.topics.themes import theme_occurrences
from briefing.topics.tokens import chunks, tokenize


def _occ(article_id: str, surface: str) -> Occurrence:
    return Occurrence(article_id, 0, 0, len(surface), surface)


def _keys(text: str) -> tuple[str, str]:
    return ("n:" + text.casefold(), "p:" + text.casefold())


def test_a_ship_prefix_is_read_in_capitals_only() -> None:
    assert prefixed_rest("MV Corvalis") == "Corvalis"
    assert prefixed_rest("HMS Dauntless") == "Dauntless"
    assert prefixed_rest("M/T Sarova Star") == "Sarova Star"
    for surface in ("Mv Corvalis", "MVP Corvalis", "MV", "MV the ship", "Corvalis MV"):
        assert prefixed_rest(surface) is None, surface
    # A vessel's class noun that opens the run, in a language that capitalises it or at a
    # sentence's start (Russian by its lemma); never in capitals, never as the name's end.
    assert prefixed_rest("Schiff Ever Corvalis") == "Ever Corvalis"
    assert prefixed_rest("Контейнеровоза Corvalis") == "Corvalis"
    assert prefixed_rest("Tanker Corvalis") == "Corvalis"
    for surface in ("TANKER Corvalis", "Corvalis Tanker", "Schiffer Corvalis"):
        assert prefixed_rest(surface) is None, surface


def test_a_ship_whose_name_opens_with_a_common_word_meets_its_name_alone() -> None:
    # The first pass keys "Ever Corvalis" alone as "Corvalis" (a run never opens with "ever");
    # "MV Ever Corvalis" meets it. Two prefixed forms the packet never writes bare meet too.
    runs = {
        "n:mv ever corvalis": [_occ("1", "MV Ever Corvalis")],
        "n:m/v ever corvalis": [_occ("2", "M/V EVER CORVALIS")],
        "n:mv talvora": [_occ("1", "MV Talvora")],
        "n:mt talvora": [_occ("2", "MT Talvora")],
        "n:ss ostrava": [_occ("1", "SS Ostrava")],  # alone a place: stays whole
    }
    names = {"n:corvalis", *runs}
    pairs = ship_pairs(runs, runs, _keys, names.__contains__, {"Ostrava"}.__contains__)
    assert pairs == [
        ("n:mv ever corvalis", "n:corvalis"),
        ("n:m/v ever corvalis", "n:corvalis"),
        ("n:mt talvora", "n:mv talvora"),
    ]


def test_only_a_ship_whose_rest_is_a_name_alone_and_no_place_or_person_is_folded() -> None:
    runs = {
        "n:mv corvalis": [_occ("1", "MV Corvalis"), _occ("2", "MV CORVALIS")],
        "n:hms belfast": [_occ("1", "HMS Belfast")],  # a ship named after a city
        "n:uss ronald reagan": [_occ("1", "USS Ronald Reagan")],  # after a person
        "n:ms varnoti": [_occ("1", "MS Varnoti")],  # a person's initials, no ship's prefix
        "n:mt talvora": [_occ("1", "MT Talvora")],  # Talvora never written alone
        "n:ms kestra": [_occ("1", "MS Kestra"), _occ("2", "Kestra Cruises")],
    }
    names = {"n:corvalis", "n:belfast", "p:ronald reagan", "n:kestra", "p:varnoti"}
    pairs = ship_pairs(
        runs,
        runs,
        _keys,
        names.__contains__,
        lambda text: text in {"Belfast", "Ronald Reagan", "Varnoti"},
    )
    assert pairs == [("n:mv corvalis", "n:corvalis")]


def test_company_words_are_cut_from_the_end_only() -> None:
    assert untailed("Tenhari NKL Lines") == "Tenhari NKL"
    assert untailed("Brolsen Shipping Co. Ltd") == "Brolsen"  # the trade is cut too
    assert untailed("Quelvar Marine Corp.") == "Quelvar"
    assert untailed("Dostrel Kisen Kaisha Ltd") == "Dostrel Kisen"
    assert untailed("Varkon Holdings, Inc.") == "Varkon"
    assert untailed("Kelvoro AG") == "Kelvoro"
    assert untailed("Korvex Trading Ltd.") == "Korvex"  # a trading company's registered name
    for surface in ("Air India", "Air France", "Bank of America", "Group", "the Varkon group"):
        assert untailed(surface) is None, surface


def test_only_a_company_whose_rest_is_a_body_alone_and_no_place_is_folded() -> None:
    runs = {
        "n:tenhari marine lines": [_occ("1", "Tenhari Marine Lines")],
        "n:india group": [_occ("1", "India Group")],  # the rest a country
        "n:melda holdings": [_occ("1", "Melda Holdings")],  # "Melda" a person here
        "n:quorvex group": [_occ("1", "Quorvex Group")],  # Quorvex never written alone
    }
    names = {"n:tenhari marine", "n:india", "p:melda"}
    pairs = company_pairs(
        runs,
        runs,
        _keys,
        names.__contains__,
        lambda text: text in {"India", "Melda"},
    )
    assert pairs == [("n:tenhari marine lines", "n:tenhari marine")]


def test_a_company_is_its_shortest_name_written_alone_and_legal_forms_meet() -> None:
    runs = {
        "n:quelvar marine corp.": [_occ("1", "Quelvar Marine Corp.")],  # two words cut
        "n:quelvar marine corporation": [_occ("2", "Quelvar Marine Corporation")],
        "n:dostrel kisen kk": [_occ("1", "Dostrel Kisen KK")],  # never written bare...
        "n:dostrel kisen kaisha ltd": [_occ("2", "Dostrel Kisen Kaisha Ltd")],  # ...one firm
        "n:morvik bank": [_occ("1", "Morvik Bank")],  # a bank and a shipping firm of one
        "n:morvik shipping": [_occ("2", "Morvik Shipping")],  # name: two firms
        "n:turkish airlines": [_occ("1", "Turkish Airlines")],  # a people's adjective
    }
    names = {"n:quelvar", "n:turkish", *runs}
    pairs = company_pairs(runs, runs, _keys, names.__contains__, {"Turkish"}.__contains__)
    assert pairs == [
        ("n:quelvar marine corp.", "n:quelvar"),
        ("n:quelvar marine corporation", "n:quelvar"),
        ("n:dostrel kisen kaisha ltd", "n:dostrel kisen kk"),
    ]


def test_an_ese_demonym_is_its_country_and_a_verb_phrase_is_no_theme() -> None:
    demonyms = gazetteer().demonyms
    assert demonyms.get("Taiwanese") == "Taiwan" and demonyms.get("Senegalese") == "Senegal"
    assert "Kazakhstanese" not in demonyms  # "-stan": its people are "-i"
    for text in (
        "The freighter got stuck in the canal.",
        "The tanker that ran aground was refloated.",
        "Two ships stuck aground waited.",
    ):
        found = {key for key, _s, _e in theme_occurrences(tokenize(text))}
        assert not found & {"got stuck", "ran aground", "stuck aground"}, found
    assert "canal traffic" in {
        k for k, _s, _e in theme_occurrences(tokenize("The canal traffic resumed."))
    }


def test_japanese_turkish_and_asian_company_forms_are_cut_too() -> None:
    assert untailed("Tobari Kaiun Kaisha Ltd") == "Tobari Kaiun"
    assert untailed("Tobari Kaiun KK") == "Tobari Kaiun"
    assert untailed("Velmez Enerji A.Ş.") == "Velmez Enerji"
    assert untailed("Korran Freight Pte Ltd") == "Korran Freight"
    assert untailed("Kaisha") is None


def test_in_a_packet_a_company_in_two_registered_forms_is_one_topic() -> None:
    articles = [
        _in(
            "en",
            0,
            "The freighter Corvalis is owned by Tobari Kaiun Kaisha Ltd, a firm in Imabari.",
        ),
        _in("en", 1, "Its owner, Tobari Kaiun KK, said the Corvalis would be refloated soon."),
    ]
    owner = holding(extract_topics(articles), "Tobari Kaiun KK")
    assert len(owner) == 1 and "Tobari Kaiun Kaisha Ltd" in owner[0].aliases, owner


def test_an_island_noun_before_a_known_place_only() -> None:
    assert island_rest("Isla Mauricio") == "Mauricio"
    assert island_rest("остров Кипр") == "Кипр"
    assert island_rest("ile Putin") is None  # Turkish "with"
    for surface in ("Isla de Pascua", "Île-de-France", "Christmas Island", "Isle of Man"):
        assert island_rest(surface) is None, surface
    runs = {
        "n:isla mauricio": [_occ("1", "Isla Mauricio")],
        "n:insel sylt": [_occ("1", "Insel Sylt")],  # a place the packet has no topic for
        "n:isla cristina": [_occ("1", "Isla Cristina")],  # its rest no place
    }
    places = {"Mauricio": "g:Mauritius", "Sylt": None}
    assert island_pairs(runs, runs, places.get) == [("n:isla mauricio", "g:Mauritius")]


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_in_a_packet_the_ship_and_its_operator_are_one_topic_each() -> None:
    articles = [
        _in(
            "en",
            0,
            "The bulk carrier MV Corvalis ran aground off the coast on Sunday, said its "
            "operator Tenhari NKL Lines.",
        ),
        _in(
            "en",
            1,
            "Divers reached the MV Corvalis on Monday. Tenhari NKL Lines apologised for "
            "the leak from the ship.",
        ),
        _in(
            "en",
            2,
            "Oil kept leaking from the Corvalis, Tenhari NKL said, as tugs tried to pull "
            "the Corvalis off the reef.",
        ),
        _in(
            "en",
            3,
            "Tenhari NKL sent a team to the Corvalis. Japan Airlines and Air India flew "
            "experts to Japan and to India.",
        ),
    ]
    topics = extract_topics(articles)
    ship = holding(topics, "MV Corvalis")
    assert len(ship) == 1 and "Corvalis" in ship[0].aliases, ship
    operator = holding(topics, "Tenhari NKL Lines")
    assert len(operator) == 1 and "Tenhari NKL" in operator[0].aliases, operator
    for place in ("Japan", "India"):
        for topic in holding(topics, place):
            assert not {"Japan Airlines", "Air India"} & set(topic.aliases), topic


def _chunks(text: str) -> list[str]:
    tokens = tokenize(text)
    return [text[tokens[c.first].start : tokens[c.last].end] for c in chunks(tokens)]


def test_von_before_a_body_ends_the_person_and_not_a_surname() -> None:
    # German "von der" is "from the" before a body's name of two words or more...
    assert _chunks("Laut Jorvan Kessel von der Velmar Tierschutz Foundation ist das schlimm.") == [
        "Laut Jorvan Kessel",
        "Velmar Tierschutz Foundation",
    ]
    # ...and a surname's particle before one word, or before a run that is no body.
    assert _chunks("Kommissarin Lenora von der Talvenberg sprach.") == [
        "Kommissarin Lenora von der Talvenberg"
    ]
    assert _chunks("Graf Edmund von Hallstein Brandeck kam.") == [
        "Graf Edmund von Hallstein Brandeck"
    ]


def test_in_a_packet_an_island_noun_before_a_country_is_the_country() -> None:
    articles = [
        _in("es", 0, "Un buque encalló frente a la Isla Mauricio el domingo por la tarde."),
        _in("es", 1, "El gobierno de Mauricio pidió ayuda a Francia tras el accidente."),
        _in("es", 2, "Mauricio declaró la emergencia; pescadores de Isla Cristina ayudaron."),
        _in("en", 3, "Mauritius asked France for help after the ship ran aground."),
    ]
    topics = extract_topics(articles)
    country = holding(topics, "Isla Mauricio")
    assert len(country) == 1 and "Mauritius" in country[0].aliases, country
    assert "Isla Cristina" not in country[0].aliases


def test_a_generic_body_given_two_owners_is_dropped_one_owner_kept() -> None:
    texts = {
        ("a", 0): "Veltria's Foreign Ministry said on Monday it would help.",
        ("b", 0): "Documents released by Kostora’s Foreign Ministry show the plan.",
        ("c", 0): "The Veltrian Health Ministry and Veltria's Health Ministry agreed.",
        ("d", 0): "Veltria's Quorvex Group and Kostora's Quorvex Group merged.",
    }

    def occ(article_id: str, surface: str, nth: int = 0) -> Occurrence:
        text = texts[article_id, 0]
        start = text.index(surface) if not nth else text.rindex(surface)
        return Occurrence(article_id, 0, start, start + len(surface), surface)

    occurrences = {
        "n:foreign ministry": [occ("a", "Foreign Ministry"), occ("b", "Foreign Ministry")],
        "n:health ministry": [occ("c", "Health Ministry"), occ("c", "Health Ministry", 1)],
        "n:quorvex group": [occ("d", "Quorvex Group"), occ("d", "Quorvex Group", 1)],
    }
    countries = {"Veltria": "Veltria", "Veltrian": "Veltria", "Kostora": "Kostora"}
    found = mixed_owners(occurrences, occurrences, texts, {}, countries.get)
    # Two countries' ministries under one name; one country's written two ways is one; a
    # proper noun's name says which body it is.
    assert found == ["n:foreign ministry"]
    assert generic_body("Foreign Ministry", "en")
    assert not generic_body("Foreign Minister", "en")
    assert not generic_body("Quorvex Ministry", "en")
