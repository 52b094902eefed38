"""Names and themes that are no key topic: a wire's own byline, a speaker's quoted words,
the first half of a longer name (:mod:`briefing.topics.weak_mentions`,
:mod:`briefing.topics.themes_usage`, :mod:`briefing.topics.cut_names`).

Every text is written for the test: a made-up dam failure at a made-up town, Varnok.
"""

from __future__ import annotations

import re

from topics.helpers import article

from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.cut_names import continued, cut_name, measured, tail_of
from briefing.topics.place_words import part_theme, place_kind_theme
from briefing.topics.themes_usage import introduced_anew, landmark, quoted
from briefing.topics.weak_mentions import own_wire


def _occ(article_id: str, text: str, surface: str, nth: int = 0) -> Occurrence:
    at = -1
    for _ in range(nth + 1):
        at = text.index(surface, at + 1)
    return Occurrence(article_id, 0, at, at + len(surface), surface)


def _texts(occurrences: list[Occurrence], texts: dict[str, str]) -> dict[tuple[str, int], str]:
    return {(o.article, 0): texts[o.article] for o in occurrences}


# --- a wire's own byline ---------------------------------------------------------------


def test_the_wire_a_dateline_credits_is_that_articles_byline() -> None:
    texts = {
        "a": "VARNOK, Ruritania (NWS) — The dam at Varnok gave way on Monday.",
        "b": "Varnok (dpa) - Der Damm ist gebrochen.",
        "c": "Officials told the Northwire Service that the dam was old.",
    }
    occs = [_occ("a", texts["a"], "NWS"), _occ("b", texts["b"], "dpa")]
    occs.append(_occ("c", texts["c"], "Northwire Service"))
    assert own_wire(occs, _texts(occs, texts)) == {"a", "b"}


def test_a_body_in_brackets_elsewhere_is_no_credit() -> None:
    texts = {
        # An acronym defined mid-sentence, a bracket with no dash after it, a lower-case start.
        "a": "The Varnok Dam Authority (VDA) said the wall had cracked.",
        "b": "VARNOK (VDA) said nothing about the cracks.",
        "c": "on Monday (VDA) — a statement followed.",
        # A body's acronym defined at a paragraph's start, a dash after it: no dateline.
        "d": "Varnok Dam Authority (VDA) — the operator — said nothing.",
    }
    occs = [_occ(k, t, "VDA") for k, t in texts.items()]
    assert own_wire(occs, _texts(occs, texts)) == set()


def test_a_wire_cited_by_other_outlets_stays_a_topic() -> None:
    """The wire's own report drops its byline; outlets that cite it (the agency the story
    is about, named in three reports) keep it."""
    own = article(
        "w1",
        "VARNOK, Ruritania (Northwire) — The dam at Varnok gave way on Monday, Northwire learned.",
    )
    others = [
        article(f"o{n}", f"The agency Northwire was sued over its dam photos, report {n} says.")
        for n in range(3)
    ]
    filler = [
        article(f"f{n}", f"Rescuers at Varnok searched the valley, day {n}.") for n in range(6)
    ]
    names = {t.name: t for t in extract_topics([own, *others, *filler])}
    assert "Northwire" in names
    assert "w1" not in {m.article_id for m in names["Northwire"].mentions}


def test_a_wire_named_only_in_its_own_reports_and_once_elsewhere_is_no_topic() -> None:
    own = article(
        "w1",
        "VARNOK, Ruritania (Northwire) — The dam at Varnok gave way on Monday.",
        "The mayor told Northwire that the wall had cracked.",
    )
    cited = article("c1", "The mayor admitted to Northwire that the wall was old.")
    filler = [
        article(f"f{n}", f"Rescuers at Varnok searched the valley, day {n}.") for n in range(7)
    ]
    names = {t.name for t in extract_topics([own, cited, *filler])}
    assert "Varnok" in names
    assert "Northwire" not in names


# --- a speaker's words -----------------------------------------------------------------


def test_a_theme_every_use_quotes_is_a_speakers_wording() -> None:
    texts = {
        "a": "The minister vowed to punish those behind the “cowardly sabotage act” at once.",
        "b": 'He spoke of a "cowardly sabotage act" and left.',
        "c": "Der Minister sprach von einem „cowardly sabotage act“ am Damm.",
        "d": "Le ministre a dénoncé un « cowardly sabotage act » au barrage.",
    }
    occs = [_occ(k, t, "sabotage act") for k, t in texts.items()]
    text_of = _texts(occs, texts)
    assert quoted(occs, lambda a, p: text_of[(a, p)])


def test_one_use_in_the_outlets_own_words_keeps_the_theme() -> None:
    texts = {
        "a": "The minister said the failure was “mainly due to a tragic human error” there.",
        "b": "Engineers said the failure was likely caused by human error, not the rain.",
        # Quotes closed before the use, and a German „…“ closed before it: no quotation.
        "c": "“It is over,” he said of the human error at the dam.",
        "d": "„Es ist vorbei“, sagte er über den human error am Damm.",
    }
    occs = [_occ(k, t, "human error") for k, t in texts.items()]
    text_of = _texts(occs, texts)
    assert not quoted(occs, lambda a, p: text_of[(a, p)])
    assert not quoted(occs[2:], lambda a, p: text_of[(a, p)])
    assert not quoted(occs[:1], lambda a, p: text_of[(a, p)])  # one use says nothing


# --- a thing brought in anew --------------------------------------------------------------


def test_a_theme_every_text_brings_in_with_an_indefinite_article_is_in_passing() -> None:
    texts = {
        "a": "The suspect co-founded a poetry circle in 2005.",
        "b": "He is known for founding a new poetry circle, police said.",
        "c": "Er gründete einen poetry circle in Varnok.",
    }
    languages = {"a": "en", "b": "en", "c": "de"}
    occs = {k: _occ(k, t, "poetry circle") for k, t in texts.items()}
    text_of = _texts(list(occs.values()), texts)
    for pair in (("a", "b"), ("a", "c")):  # "a new poetry circle"; German "einen"
        uses = [occs[k] for k in pair]
        assert introduced_anew(uses, lambda a, p: text_of[(a, p)], languages)


def test_a_theme_one_text_refers_to_as_known_stays() -> None:
    texts = {
        "a": "Officials feared a rising death toll at Varnok.",
        "b": "The death toll rose to 40 on Tuesday.",
        "c": "Engineers blamed human error; a tragic human error, the minister said.",
        "d": "Houve uma falha e a death toll subiu.",  # Portuguese "a": "the", not "a"
        "e": "A death toll was given. Then a death toll again.",
    }
    languages = {"a": "en", "b": "en", "c": "en", "d": "pt", "e": "en"}
    text_of = {(k, 0): t for k, t in texts.items()}

    def asked(*pairs: tuple[str, str, int]) -> bool:
        occs = [_occ(k, texts[k], surface, n) for k, surface, n in pairs]
        return introduced_anew(occs, lambda a, p: text_of[(a, p)], languages)

    assert not asked(("a", "death toll", 0), ("b", "death toll", 0))  # "The death toll"
    assert not asked(("c", "human error", 0), ("c", "human error", 1))  # "blamed human error"
    assert not asked(("a", "death toll", 0))  # one use says nothing
    # Sentence-initial "A" opens the phrase too; a name or the paragraph's start does not.
    assert asked(("e", "death toll", 0), ("e", "death toll", 1))
    assert asked(("a", "death toll", 0), ("e", "death toll", 0))
    assert not asked(("d", "death toll", 0), ("a", "death toll", 0))


def test_a_theme_three_outlets_each_bring_in_is_the_storys() -> None:
    texts = {
        f"o{n}": f"The government declared a state of emergency in Varnok, report {n}."
        for n in range(3)
    }
    occs = [_occ(k, t, "state of emergency") for k, t in texts.items()]
    text_of = _texts(occs, texts)
    languages = dict.fromkeys(texts, "en")
    assert not introduced_anew(occs, lambda a, p: text_of[(a, p)], languages)
    assert introduced_anew(occs[:2], lambda a, p: text_of[(a, p)], languages)


# --- the first half of a longer name ---------------------------------------------------


def test_a_name_always_continued_by_a_particle_and_a_capital_is_cut() -> None:
    texts = {
        "a": "Según informa el Gazzetta della Varnok, la presa cedió.",
        "b": "O jornal Gazzetta della Varnok informou que a barragem cedeu.",
        "c": "Il sindaco di San Martino de la Torre ha parlato.",
    }
    occs = [_occ("a", texts["a"], "Gazzetta"), _occ("b", texts["b"], "Gazzetta")]
    assert cut_name(occs, _texts(occs, texts))
    assert continued(_occ("c", texts["c"], "Martino"), texts["c"])  # "de la Torre"


def test_a_name_always_glued_to_a_hyphen_and_more_is_cut() -> None:
    texts = {
        "a": "Das neue Virus Marvel Tarov-CoV-3 breitet sich aus.",
        "b": "Die Behörde stuft das Virus Marvel Tarov-CoV-3 als Gefahr ein.",
        "c": "Marvel Tarov - so hieß es - sei harmlos.",  # spaced dashes: an aside
    }
    occs = [_occ("a", texts["a"], "Marvel Tarov"), _occ("b", texts["b"], "Marvel Tarov")]
    assert cut_name(occs, _texts(occs, texts))
    assert not continued(_occ("c", texts["c"], "Marvel Tarov"), texts["c"])
    words = {"d": "Die Paris-Berlin-Strecke und der Varnok-basierte Dienst."}
    assert not continued(_occ("d", words["d"], "Paris"), words["d"])  # two names
    assert not continued(_occ("d", words["d"], "Varnok"), words["d"])  # a word made of it
    alone = [*occs, _occ("c", texts["c"], "Marvel Tarov")]
    assert not cut_name(alone, _texts(alone, texts))  # written alone once: a name


def test_a_name_written_alone_once_or_joined_by_a_conjunction_is_no_piece() -> None:
    texts = {
        "a": "Floods hit Ruritania and Varnok province, officials in Ruritania said.",
        "b": "The Bank of Varnok said the dam of Varnok was insured.",
        "c": "The Bank said it would pay; the Bank of Varnok confirmed.",
        "d": "Varnok de la costa",  # a particle and a lower-case word: no longer name
    }
    ruritania = [_occ("a", texts["a"], "Ruritania", n) for n in range(2)]
    assert not cut_name(ruritania, _texts(ruritania, texts))
    bank = [_occ("b", texts["b"], "Bank"), *(_occ("c", texts["c"], "Bank", n) for n in range(2))]
    assert not cut_name(bank, _texts(bank, texts))  # "The Bank said": written alone once
    assert not cut_name(bank[:1], _texts(bank[:1], texts))  # one use says nothing
    assert not continued(_occ("d", texts["d"], "Varnok"), texts["d"])


def test_a_body_s_name_cut_before_its_preposition_of_purpose_is_a_piece() -> None:
    texts = {
        "a": "Los soldados del Consejo Supremo para la Defensa de Varnok hablaron.",
        "b": "Lo anunció el Consejo Supremo para la Defensa de Varnok en la radio.",
        "c": "The Supreme Council for Defence of Varnok met; Le Conseil Suprême pour la Paix.",
        "d": "Okafor para la radio; Okafor for the record; Okafor für die Presse.",  # de: nouns
    }
    occs = [_occ("a", texts["a"], "Consejo Supremo"), _occ("b", texts["b"], "Consejo Supremo")]
    assert cut_name(occs, _texts(occs, texts))
    assert continued(_occ("c", texts["c"], "Supreme Council"), texts["c"])  # no article
    assert continued(_occ("c", texts["c"], "Conseil Suprême"), texts["c"])
    # A preposition of purpose before a lower-case word goes on no name.
    okafor = [_occ("d", texts["d"], "Okafor", n) for n in range(3)]
    assert not any(continued(o, texts["d"]) for o in okafor)
    assert not cut_name(okafor, _texts(okafor, texts))
    # The second half after the preposition: "para la |Defensa de Varnok".
    tails = [_occ("a", texts["a"], "Defensa de Varnok"), _occ("b", texts["b"], "Defensa de Varnok")]
    assert cut_name(tails, _texts(tails, texts))
    assert tail_of(_occ("c", texts["c"], "Defence of Varnok"), texts["c"])
    # After a lower-case word and its preposition, the name is written on its own.
    voted = {"e": "Deputies voted for the Defence of Varnok bill; the Defence of Varnok met."}
    assert not tail_of(_occ("e", voted["e"], "Defence of Varnok"), voted["e"])


# --- a province in brackets after a town, whatever kind the town was given ------------


def _ranked(paragraphs: dict[str, str], kinds: dict[str, str]) -> list[str]:
    """Rank one cluster per surface (kind from ``kinds``) over one-paragraph articles."""
    from briefing.topics.rank import Cluster, rank

    texts = {(a, 0): t for a, t in paragraphs.items()}
    clusters = []
    for surface, kind in kinds.items():
        occs = [
            Occurrence(a, 0, m.start(), m.end(), surface)
            for a, t in paragraphs.items()
            for m in re.finditer(re.escape(surface), t)
        ]
        clusters.append(Cluster(kind, surface, occs))
    articles = [article(a, t) for a, t in paragraphs.items()]
    return [t.name for t in rank(articles, clusters, texts)]


def test_a_province_that_only_locates_a_town_typed_as_a_body_is_no_setting() -> None:
    paragraphs = {
        "a": "Two died, one in Varnok (Brelia) and one in Tosk.",
        "b": "The other deaths were in Tosk and Varnok (Brelia).",
        "c": "Rescuers reached Varnok on Tuesday.",
    }
    # "Varnok" read as an organisation: the bracket still says where it is.
    assert "Brelia" not in _ranked(paragraphs, {"Varnok": "organisation", "Brelia": "place"})
    # Written alone once ("the province of Brelia was flooded"), the province stays.
    alone = {**paragraphs, "d": "Floods hit Brelia hard, officials said."}
    assert "Brelia" in _ranked(alone, {"Varnok": "organisation", "Brelia": "place"})
    # A person's bracket is no address: "Dorn (Brelia)" is not asked.
    person = {k: t.replace("Varnok", "Dorn") for k, t in paragraphs.items()}
    assert "Brelia" in _ranked(person, {"Dorn": "person", "Brelia": "place"})


# --- a landmark that places something else ---------------------------------------------


def test_a_theme_that_only_says_where_something_else_is_is_a_landmark() -> None:
    texts = {
        "a": "He sat near the spillway gate when the wall broke.",
        "b": "Her car stood just behind the spillway gate, police said.",
        "c": "La voiture était à côté de la spillway gate du barrage.",
        "d": "O carro estava ao lado do spillway gate.",
    }
    occs = [_occ(k, t, "spillway gate") for k, t in texts.items()]
    text_of = _texts(occs, texts)
    assert landmark(occs, lambda a, p: text_of[(a, p)])


def test_a_landmark_the_story_is_about_once_stays() -> None:
    texts = {
        "a": "He sat near the spillway gate when the wall broke.",
        "b": "The spillway gate failed first, engineers said.",
        "c": "Crews reached the spillway gate of the dam on foot.",  # "reached": no place word
    }
    occs = [_occ(k, t, "spillway gate") for k, t in texts.items()]
    text_of = _texts(occs, texts)
    assert not landmark(occs, lambda a, p: text_of[(a, p)])
    assert not landmark([occs[0], occs[2]], lambda a, p: text_of[(a, p)])
    assert not landmark(occs[:1], lambda a, p: text_of[(a, p)])  # one use says nothing


def test_a_theme_that_only_says_what_something_else_is_inside_is_a_landmark() -> None:
    texts = {
        "a": "The chapel stands within baroque ramparts on the hill.",
        "b": "Pilgrims prayed in a chapel inside the baroque ramparts, said the priest.",
        "c": "La cappella si trova dentro le baroque ramparts della città.",
    }
    occs = [_occ(k, t, "baroque ramparts") for k, t in texts.items()]
    text_of = _texts(occs, texts)
    assert landmark(occs, lambda a, p: text_of[(a, p)])
    # "in" also says when and how ("in baroque ramparts" may be their style): no landmark.
    plain = {"d": "The style lives on in baroque ramparts.", **texts}
    occs = [_occ(k, t, "baroque ramparts") for k, t in plain.items()]
    text_of = _texts(occs, plain)
    assert not landmark(occs, lambda a, p: text_of[(a, p)])


def test_a_theme_headed_by_a_kind_of_place_is_the_listed_places_again() -> None:
    assert place_kind_theme(["hill villages", "hill villages", "mountain villages"])
    assert place_kind_theme(["fishing towns"])
    assert not place_kind_theme(["villaggi montani", "hill village"])  # Italian: head first
    assert not place_kind_theme(["village elders", "village elders"])
    assert not place_kind_theme(["villages"])  # one word: a key word's rule (kind_of_place)
    assert not place_kind_theme(["fishing boats", "fishing boats", "fishing towns"])


def test_a_theme_headed_by_a_part_of_a_thing_says_where() -> None:
    assert part_theme(["cometary surface", "cometary surface"])
    assert part_theme(["crater rim", "northern outskirts", "comet tail"])
    assert not part_theme(["comet tail", "comet tail", "crater rim"])
    assert not part_theme(["surface"])  # one word: no modifier says of what
    assert not part_theme(["detention centre", "detention centre"])


def test_a_heads_vote_counts_every_use_of_a_repeated_form() -> None:
    """Each distinct written form is read once and counted as often as it is used (issue 15):
    the vote is the uses', and one-word forms stay out of it however often they come."""
    assert place_kind_theme(["villages"] * 5 + ["hill villages"])
    assert not place_kind_theme(["hill villages"] * 2 + ["village elders"] * 3)
    assert place_kind_theme(iter(["hill villages"] * 3 + ["village elders"] * 2))
    assert not part_theme(["surface"] * 3 + ["crater rim", "comet tail", "comet tail"])
    assert part_theme(["crater rim"] * 3 + ["comet tail"] * 2)


# --- the unit of a count -----------------------------------------------------------------


def test_a_capitalised_phrase_always_after_a_number_is_a_unit() -> None:
    texts = {
        "a": "Der Pilot hatte 8200 Stunden Flugerfahrung, der Kopilot 1.100 Stunden Flugerfahrung.",
    }
    occs = [_occ("a", texts["a"], "Stunden Flugerfahrung", n) for n in range(2)]
    assert measured(occs, _texts(occs, texts))


def test_a_name_after_a_year_or_written_alone_once_is_no_unit() -> None:
    texts = {
        "a": "The 2018 Varnok collapse and the 1999 Varnok flood were both deadly.",
        "b": "He had 8200 Stunden Flugerfahrung; Stunden Flugerfahrung matter, he said.",
    }
    years = [_occ("a", texts["a"], "Varnok", n) for n in range(2)]
    assert not measured(years, _texts(years, texts))
    once_alone = [_occ("b", texts["b"], "Stunden Flugerfahrung", n) for n in range(2)]
    assert not measured(once_alone, _texts(once_alone, texts))
    assert not measured(once_alone[:1], _texts(once_alone, texts))


# --- a channel's page ------------------------------------------------------------------


def test_a_body_named_as_the_page_a_statement_is_on_is_a_medium() -> None:
    from briefing.topics.asides import medium

    texts = {
        "a": "Videos shared pe Chirpr showed the crowd.",
        "b": "„Mulțumim”, a scris pe pagina sa de Chirpr ministrul.",
        "c": "– írta a Chirpr-oldalán a politikus.",
        "d": "He said so on his Chirpr page, then left.",
        "e": "Аналогичное заявление он сделал в Chirpr.",  # "в": not asked, as "in NATO"
    }
    occs = [_occ(k, t, "Chirpr") for k, t in texts.items()]
    assert medium(occs, _texts(occs, texts))


def test_a_body_the_story_is_about_keeps_its_page_mentions_aside() -> None:
    from briefing.topics.asides import medium

    texts = {
        "a": "Chirpr said its servers failed on Monday.",
        "b": "The regulator fined Chirpr on Tuesday.",
        "c": "Chirpr shares fell; the Chirpr page of its founder was silent.",
        "d": "Local television channel Brelia TV reported the outage first.",
        "e": "According to the channel Brelia TV, the dam held.",
    }
    occs = [_occ("a", texts["a"], "Chirpr"), _occ("b", texts["b"], "Chirpr")]
    occs += [_occ("c", texts["c"], "Chirpr", n) for n in range(2)]
    assert not medium(occs, _texts(occs, texts))
    # A television channel is an outlet, never a page: "channel X" is no medium's use.
    tv = [_occ("d", texts["d"], "Brelia TV"), _occ("e", texts["e"], "Brelia TV")]
    assert not medium(tv, _texts(tv, texts))


# --- a place of one passage ------------------------------------------------------------


def test_a_place_named_in_one_paragraph_only_is_an_aside_in_a_larger_packet() -> None:
    from briefing.topics.weak_mentions import one_passage

    bio = (
        "Born in 1986, he campaigned for the union of Ruritania and Brelia; his groups "
        "were banned in Brelia, and his march ended in Brelia."
    )
    filler = [f"Voters in Varnok queued on day {n}; Varnok's turnout rose." for n in range(8)]
    paragraphs = {"bio": bio, **{f"f{n}": t for n, t in enumerate(filler)}}
    kinds = {"Brelia": "place", "Varnok": "place"}
    assert "Brelia" not in _ranked(paragraphs, kinds)
    assert "Varnok" in _ranked(paragraphs, kinds)
    brelia = [_occ("bio", bio, "Brelia", n) for n in range(3)]
    assert one_passage(brelia) and not one_passage(brelia[:1])


def test_a_place_of_two_passages_or_a_small_packet_stays() -> None:
    bio = "He campaigned for the union of Ruritania and Brelia, banned in Brelia."
    later = "Brelia's president congratulated him."
    filler = [f"Voters in Varnok queued on day {n}." for n in range(7)]
    two_articles = {"bio": bio, "later": later, **{f"f{n}": t for n, t in enumerate(filler)}}
    assert "Brelia" in _ranked(two_articles, {"Brelia": "place", "Varnok": "place"})
    small = {"bio": bio, "f0": filler[0], "f1": filler[1]}  # three articles: every use counts
    assert "Brelia" in _ranked(small, {"Brelia": "place", "Varnok": "place"})
    # A person or a body of one passage is not asked (a list of a theft's owners).
    people = {
        "bio": bio.replace("Brelia", "Queen Ada"),
        **{f"f{n}": t for n, t in enumerate(filler)},
    }
    assert "Queen Ada" in _ranked(people, {"Queen Ada": "person", "Varnok": "place"})


# --- a reporter's byline -----------------------------------------------------------------


def test_a_bylines_author_outlet_and_bureau_are_no_mentions() -> None:
    from briefing.topics.first_pass import body_paragraphs, byline

    assert byline("Von Hans Muster, ARD Madrid")
    assert byline("By Jane Roe")
    assert byline("Por Ana Ruiz, Kvarna Bruselas")
    # Prose that opens like one, a wire's name alone and a dateline are no reporter's line.
    assert not byline("By Tuesday, the town of Varnok was flooded.")
    assert not byline("Von dpa")
    assert not byline("VARNOK, Ruritania (AP) — The dam broke.")
    assert not byline("By " + "Jane Roe and the rescuers who came " * 3)  # too long for one
    texts = [article("a", "The dam at Varnok broke.", "Von Hans Muster, ARD Madrid", "Rain fell.")]
    assert [i for _a, i, _t in body_paragraphs(texts)] == [0, 2]


def test_a_province_after_a_comma_and_in_locates_the_town_but_a_list_does_not() -> None:
    from briefing.topics.name_asides import qualifiers

    texts = {
        "a": "Een vrouw stierf in de stad Varnok, in Brelia.",
        "b": "Murió una mujer en el pueblo de Varnok, en Brelia.",
        "c": "Power failed in Varnok, in Brelia and in Tosk.",  # each place its own "in"
        "d": "Power failed in Varnok, and Brelia stayed dark.",
    }
    occs = [_occ(k, t, "Brelia") for k, t in texts.items()]
    found = qualifiers(occs, _texts(occs, texts), {"Varnok", "Brelia", "Tosk"})
    assert found == set(occs[:2])
