"""Common initialisms, posts at a body, bodies' short names, link labels and wire datelines
(issue 11, after the crowdstrike look). Every name and sentence is invented here."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article, Mention, Span, Topic
from briefing.topics import extract_topics
from briefing.topics.body_heads import short_names_joined
from briefing.topics.candidates import Occurrence
from briefing.topics.cited import cited_only
from briefing.topics.page_labels import page_label


def _in(n: int, language: str, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_a_field_of_work_and_the_media_at_large_are_no_bodies() -> None:
    articles = [
        _in(0, "en", "Quorbex said the global IT issues hit Varna; NORVAK said little."),
        _in(1, "de", "Das IT-Chaos traf Varna, sagte Quorbex; NORVAK schwieg."),
        _in(2, "ru", "Как сообщают СМИ, в Варне сбой; Quorbex и NORVAK молчат."),
        _in(3, "ru", "СМИ пишут о сбое в Варне; NORVAK не ответил."),
    ]
    topics = extract_topics(articles)
    assert not holding(topics, "IT") and not holding(topics, "СМИ")
    assert holding(topics, "NORVAK")


def test_a_post_at_a_body_is_the_body() -> None:
    articles = [
        _in(0, "es", "El CEO de Quorbex, Dalen Marrow, pidió perdón en Varna."),
        _in(1, "en", "The CEO of Quorbex, Dalen Marrow, apologised in Varna."),
        _in(2, "en", "Quorbex shares fell in Varna as Dalen Marrow spoke."),
    ]
    topics = extract_topics(articles)
    assert not [t for t in topics if "CEO" in t.name]
    assert any("Quorbex" in t.aliases for t in topics)


def test_a_french_post_before_a_person_is_no_acronym_of_the_company() -> None:
    """Before (bname67): "le PDG Dalen Marrow" put PDG where a body's acronym stands before
    its head, and "QBX CEO Dalen Marrow" in English joined PDG to the company QBX."""
    articles = [
        _in(0, "fr", "Le PDG Dalen Marrow a démissionné vendredi à Varna."),
        _in(1, "fr", "Le poste de PDG revient à Ilse Varga, une avocate de Varna."),
        _in(2, "en", "QBX CEO Dalen Marrow resigned in Varna on Friday."),
        _in(3, "en", "QBX said Dalen Marrow would stay on; QBX filed in Varna."),
    ]
    topics = extract_topics(articles)
    assert not [t for t in topics if "PDG" in t.aliases]
    assert holding(topics, "QBX")


def _topic(name: str, kind: str, mentions: int, first: int = 0) -> Topic:
    found = tuple(
        Mention(f"{n:03d}", Span(0, 0, len(name)), name) for n in range(first, first + mentions)
    )
    return Topic(name.casefold().replace(" ", "-"), name, kind, (name,), found, 1.0)  # type: ignore[arg-type]


def test_a_bodys_short_name_joins_its_full_name() -> None:
    topics = [
        _topic("Quorbex", "organisation", 9),
        _topic("Norjet", "organisation", 5),
        _topic("Velmar", "place", 4, first=20),  # "flights of Velmar", read as a place
        _topic("Norjet Airlines", "organisation", 3, first=10),
        _topic("Velmar Airlines", "place", 3, first=30),
    ]
    out = short_names_joined(topics)
    assert [t.name for t in out] == ["Quorbex", "Norjet Airlines", "Velmar Airlines"]
    assert out[1].aliases == ("Norjet", "Norjet Airlines")
    assert out[1].mention_count == 8 and out[2].kind == "organisation"


def test_an_ambiguous_or_placed_short_name_stays_apart() -> None:
    topics = [
        _topic("Norjet", "organisation", 5),
        _topic("Norjet Airlines", "organisation", 3, first=10),
        _topic("Norjet Bank", "organisation", 3, first=20),  # two bodies of that short name
        _topic("Singapore", "place", 6, first=30),
        _topic("Singapore Airlines", "organisation", 2, first=40),  # the place stays the place
    ]
    assert [t.name for t in short_names_joined(topics)] == [t.name for t in topics]


def _uses(
    phrase: str, texts: list[tuple[str, str]]
) -> tuple[list[Occurrence], dict[tuple[str, int], str]]:
    occs, paragraphs = [], {}
    for n, (art, text) in enumerate(texts):
        paragraphs[(art, n)] = text
        at = 0
        while (at := text.find(phrase, at)) >= 0:
            occs.append(Occurrence(art, n, at, at + len(phrase), phrase))
            at += len(phrase)
    return occs, paragraphs


def test_a_link_label_one_page_repeats_is_no_theme() -> None:
    label = _uses(
        "opens new",
        [
            ("a", "Norjet (NJT.N), opens new tab, Velmar (VLM.O), opens new tab and Quorbex"),
            ("a", "Quorbex (QRB.O), opens new tab said it had fixed it."),
        ],
    )
    assert page_label(*label)
    story = _uses(
        "death toll",
        [
            ("a", "The death toll rose to nine. By noon the death toll stood at ten."),
            ("a", "Officials said the death toll could still rise."),
        ],
    )
    assert not page_label(*story)
    shared = _uses(
        "opens new", [("a", "X, opens new tab; Y, opens new tab"), ("b", "Z, opens new tab")]
    )
    assert not page_label(*shared)


def test_a_wire_cited_by_its_dateline_and_written_about_once_is_no_topic() -> None:
    """A wire the reader knows (its name is all it takes from the world: the sentences are
    invented)."""
    texts = [
        ("a", "July 9 (AFP) - A fault shut the tills of Varna."),
        ("a", "The memo, reviewed by AFP, blamed an update."),
        ("b", "Also cut were some services of the news agencies AFP and Kestrel."),
    ]
    occs, paragraphs = _uses("AFP", texts)
    assert cited_only(occs, paragraphs)
    # Written about in two uses: a subject of the story.
    more = [*texts, ("c", "AFP itself laid off forty staff in Varna.")]
    occs, paragraphs = _uses("AFP", more)
    assert not cited_only(occs, paragraphs)


def test_a_paper_written_about_once_stays() -> None:
    texts = [
        ("a", "The tills of Varna shut, the newspaper Varna Courier reported."),
        ("b", "According to the Varna Courier, an update was to blame."),
        ("c", "The Varna Courier favours the theory of an inside job."),
    ]
    occs, paragraphs = _uses("Varna Courier", texts)
    assert not cited_only(occs, paragraphs)


def test_an_acronym_before_a_german_noun_is_the_acronym() -> None:
    """Before: "NORVAK Flüge von Airlines" was one organisation's name."""
    articles = [
        _in(0, "de", "In Varna stoppte die Aufsicht NORVAK Flüge von Airlines wie Norjet."),
        _in(1, "en", "The regulator NORVAK grounded flights in Varna."),
        _in(2, "en", "NORVAK said flights in Varna would resume."),
    ]
    topics = extract_topics(articles)
    assert not [t for t in topics if "Flüge" in t.name]
    assert len(holding(topics, "NORVAK")[0].articles) == 3
