"""A name used once in a larger packet is no key topic; a place read only as a clock's time
zone weighs little; the Italian demonym is Italy. Every name and sentence is invented here."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, by_name, holding

from briefing.topics.asides import clock_places
from briefing.topics.candidates import Occurrence
from briefing.topics.rank import Cluster, rank
from briefing.topics.single_use import SINGLE_USE_ARTICLES


def _packet(count: int, texts: dict[str, list[tuple[int, str]]]) -> tuple[list, list[Cluster]]:
    """``count`` articles; ``texts`` maps a name to (article number, paragraph text) uses."""
    articles = [replace(article(f"a{n}", "x"), source=f"Outlet {n}") for n in range(count)]
    paragraphs: dict[tuple[str, int], str] = {}
    clusters = []
    for name, uses in texts.items():
        kind = "event" if name.startswith("Siege") else "person"
        occs = []
        for n, (number, text) in enumerate(uses):
            key = (f"a{number}", n + 1)
            paragraphs[key] = text
            at = text.index(name)
            occs.append(Occurrence(key[0], key[1], at, at + len(name), name))
        clusters.append(Cluster(kind, name, occs))
    return articles, [clusters, paragraphs]  # type: ignore[list-item]


_USES = {
    # Said twice, once in English and once in German, in two articles: a key topic.
    "Mira Kastelan": [(0, "Mira Kastelan resigned."), (1, "Mira Kastelan trat zurück.")],
    # Twice in one article ("Ondrej Valk ... Ondrej Valk"): still two passages to open.
    "Ondrej Valk": [(2, "Ondrej Valk spoke."), (2, "Später sagte Ondrej Valk nichts.")],
    # Once in the whole packet, in passing: no key topic in a packet this size.
    "Pavla Hruba": [(3, "Eine Sprecherin, Pavla Hruba, nannte die Zahl.")],
    # An event said once stays: events are few and each is a subject.
    "Siege of Brenn": [(4, "It recalled the Siege of Brenn.")],
}


def test_a_name_used_once_in_a_larger_packet_is_no_key_topic() -> None:
    articles, (clusters, paragraphs) = _packet(SINGLE_USE_ARTICLES, _USES)
    names = {t.name for t in rank(articles, clusters, paragraphs)}
    assert names == {"Mira Kastelan", "Ondrej Valk", "Siege of Brenn"}


def test_a_name_used_once_stays_in_a_small_packet() -> None:
    articles, (clusters, paragraphs) = _packet(SINGLE_USE_ARTICLES - 1, _USES)
    names = {t.name for t in rank(articles, clusters, paragraphs)}
    assert "Pavla Hruba" in names


def _at(texts: list[str], place: str) -> tuple[list[Occurrence], dict[tuple[str, int], str]]:
    occs, paragraphs = [], {}
    for n, text in enumerate(texts):
        paragraphs[(f"a{n}", 0)] = text
        at = text.rindex(place)
        occs.append(Occurrence(f"a{n}", 0, at, at + len(place), place))
    return occs, paragraphs


def test_a_place_read_as_a_clocks_time_zone_in_several_languages() -> None:
    occs, texts = _at(
        [
            "O desabamento ocorreu às 9h40 locais (4h40 de Varnopol).",  # pt
            "Le séisme a eu lieu à 4 h 17 locales (2 h 17 à Varnopol).",  # fr
            "Fue anunciado a las 12:07 horas en Lirca (18:07 en Varnopol).",  # es
            "Os corpos foram contados até as 20h30 (de Varnopol).",  # pt, the time first
            "The count stood at 41 by 9.30 p.m. of Varnopol",  # en
            "Das Beben kam um 4.17 Uhr Ortszeit (2.17 Uhr in Varnopol).",  # de
        ],
        "Varnopol",
    )
    assert clock_places(occs, texts) == set(occs)


def test_a_place_where_something_happened_at_a_time_is_no_time_zone() -> None:
    occs, texts = _at(
        [
            "À 10h30 à Varnopol, le ministre est arrivé.",  # fr: where, not whose clock
            "The bridge fell at 11:30 in Varnopol on Tuesday.",  # en
            "Es gab 2.000 Opfer (davon 300 in Varnopol).",  # de: numbers, not a time
            "Zwischen 12 und 14 Uhr in Varnopol blieb es ruhig.",  # de: hours, no minutes
            "Die Rettung (ab Varnopol) lief die Nacht durch.",  # brackets, no time
            "Le budget de 3.500 de Varnopol fut voté.",  # fr: an amount before "de"
        ],
        "Varnopol",
    )
    assert clock_places(occs, texts) == set()


def test_the_italian_demonym_is_italy_but_not_inside_another_word(topics_of) -> None:
    topics = topics_of(
        [
            "Italian President Carla Venturi visited Brno on Monday.",
            "Italy sent rescuers to Brno.",
            "The Italianate villas of Brno were spared.",
        ]
    )
    italy = by_name(topics, "Italy")
    assert {"Italian", "Italy"} <= set(italy.aliases)
    assert not holding(topics, "Italianate")


def _places(uses: dict[str, list[str]]) -> tuple[list, list[Cluster], dict[tuple[str, int], str]]:
    articles = [article(f"a{n}", "x") for n in range(3)]
    paragraphs: dict[tuple[str, int], str] = {}
    clusters = []
    for name, texts in uses.items():
        occs = []
        for n, text in enumerate(texts):
            key = (f"a{n}", len(paragraphs))
            paragraphs[key] = text
            at = text.rindex(name)
            occs.append(Occurrence(key[0], key[1], at, at + len(name), name))
        clusters.append(Cluster("place", name, occs))
    return articles, clusters, paragraphs


def test_a_place_named_only_as_a_comparisons_field_or_a_time_zone_is_no_topic() -> None:
    articles, clusters, paragraphs = _places(
        {
            # Only whose clock, or where the event ranks: never where the story is.
            "Varnopol": [
                "Es geschah um 4.40 Uhr Ortszeit (22.40 Uhr in Varnopol).",
                "às 9h (4h40 de Varnopol)",
            ],
            "Ostmark": ["the deadliest flood in Ostmark", "la crue (6h30 de Ostmark)"],
            # Once a time zone, once the setting: a topic.
            "Lirca": ["O ataque (4h40 de Lirca).", "The dam at Lirca burst on Monday."],
        }
    )
    names = {t.name for t in rank(articles, clusters, paragraphs)}
    assert names == {"Lirca"}


def test_a_passage_printed_twice_in_one_article_is_one_use() -> None:
    teaser = "Rail staff extended a strike over the recent ferry disaster that killed nine people"
    lead = "BRENN (Wire) - " + teaser + ", the operator Kestrel Lines said on Friday."
    chapeau = "La grève continue après le récent naufrage du ferry, selon Tomas Brel, mardi."
    uses = {
        # The teaser and the lead that repeats it: one use, of a theme (en) and of a name (fr).
        "ferry disaster": [(0, teaser), (0, lead)],
        "Tomas Brel": [(1, chapeau), (1, "Brenn - " + chapeau)],
        # The same name in two sentences of one article, and one sentence in two articles
        # (two outlets printing one wire): two uses each.
        "Kestrel Lines": [(2, "Kestrel Lines cancelled trains."), (2, "Kestrel Lines apologised.")],
        "Vera Oslin": [(3, "Vera Oslin a démissionné."), (4, "Vera Oslin a démissionné.")],
    }
    articles, (clusters, paragraphs) = _packet(SINGLE_USE_ARTICLES, uses)
    clusters[0].kind = "theme"
    names = {t.name for t in rank(articles, clusters, paragraphs)}
    assert names == {"Kestrel Lines", "Vera Oslin"}


def test_the_owner_in_a_longer_name_is_a_piece_of_it() -> None:
    uses = {
        # "St. Anselm's Square", "St. Anselm's Basilica": the square and the church.
        "St. Anselm": [
            (0, "Crowds filled St. Anselm’s Square, waiting."),
            (1, "He appeared at the window of St. Anselm's Basilica."),
            (2, "Der Thron von St. Anselm ist besetzt."),
        ],
        # A title before another name, and a possessive before a common noun: the name itself.
        "Varnland": [
            (3, "Varnland's President Ivo Marek spoke."),
            (4, "Varnland's government fell."),
        ],
        # No possessive at all: "la basilica di San Anselmo" in Italian names the saint last.
        "San Anselmo": [(5, "la basilica di San Anselmo, a Roma."), (6, "San Anselmo, patrono.")],
    }
    articles, (clusters, paragraphs) = _packet(7, uses)
    for cluster in clusters:
        cluster.kind = "organisation"
    names = {t.name for t in rank(articles, clusters, paragraphs)}
    assert names == {"Varnland", "San Anselmo"}


def test_a_name_twice_once_the_owner_in_a_longer_name_is_a_piece_in_a_larger_packet() -> None:
    uses = {
        # "Queen Vera's Crown" once, "la regina Vera" once: the crown's name and one use.
        "Vera": [
            (0, "She was crowned with Queen Vera's Crown on Sunday."),
            (1, "un gioiello appartenuto alla regina Vera, bisnonna del re."),
        ],
        # Twice, once as the owner of a common noun: the name itself ("Ostrava's mayor").
        "Ostrava": [(2, "Ostrava's mayor spoke."), (3, "Ostrava a voté.")],
    }
    articles, (clusters, paragraphs) = _packet(SINGLE_USE_ARTICLES, uses)
    for cluster in clusters:
        cluster.kind = "organisation"
    assert {t.name for t in rank(articles, clusters, paragraphs)} == {"Ostrava"}
    # Below that size a single use stays, and so does the name of two uses, one owned.
    articles, (clusters, paragraphs) = _packet(SINGLE_USE_ARTICLES - 1, uses)
    for cluster in clusters:
        cluster.kind = "organisation"
    assert {t.name for t in rank(articles, clusters, paragraphs)} == {"Vera", "Ostrava"}


def test_a_person_dated_by_a_life_long_over_is_history() -> None:
    import datetime as dt

    uses = {
        # Every use dated by a life that ended centuries before the story: its background.
        "Karol Vesk": [
            (0, "The crown has been worn by every ruler since Karol Vesk (1630–1685), they said."),
            (1, "Ihn trug schon Karol Vesk (1630-1685) bei seiner Krönung."),
        ],
        # A recent death's dates, as an obituary gives them: the story's person.
        "Ilse Marren": [
            (2, "Ilse Marren (1936–2030) was buried on Friday."),
            (3, "Ilse Marren (1936-2030) was mourned."),
        ],
        # Dated once, written alone once: no background only.
        "Anna Vell": [(4, "Anna Vell (1801-1874) wrote it."), (5, "Anna Vell is read again.")],
    }
    articles, (clusters, paragraphs) = _packet(6, uses)
    dated = [replace(a, date=dt.date(2031, 3, 1)) for a in articles]
    assert {t.name for t in rank(dated, clusters, paragraphs)} == {"Ilse Marren", "Anna Vell"}
    # No article dated: nothing says how long ago, and every name stays.
    articles, (clusters, paragraphs) = _packet(6, uses)
    assert len(rank(articles, clusters, paragraphs)) == 3
