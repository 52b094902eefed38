"""A name written alone in many articles is its own topic; its longer forms are no new people
(own text, invented names): "Vexor" (a company) written alone in most articles stays a topic
beside "Vexor Skylance" (its product, from a photo slug), "Raumfahrtfirma Vexor" (a German
description) and "Skylance de Vexor"; "Skylance" is no person. Look-alikes that must not
fire: a person's full name with a given name ("Marta Kellan … Kellan said"), a run whose
first word is not written alone, a run as widely written as its words alone."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.longer_forms import LongerForms, lone_articles


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _occ(article_id: str, surface: str) -> Occurrence:
    return Occurrence(article_id, 0, 0, len(surface), surface)


def _forms(runs: dict[str, list[Occurrence]], lone: list[Occurrence]) -> LongerForms:
    languages = {"en1": "en", "en2": "en", "en3": "en", "de1": "de", "fr1": "fr"}
    return LongerForms(lone_articles(lone), runs, languages, lambda w: w == "Zürich")


def test_two_names_side_by_side_are_apart_and_about_the_last() -> None:
    runs = {
        "p:veksor skilance": [_occ("en1", "Vexor Skylance")],
        "p:skilance de veksor": [_occ("fr1", "Skylance de Vexor")],
    }
    lone = [_occ(a, w) for a in ("en1", "en2", "en3") for w in ("Vexor", "Skylance")]
    apart = _forms(runs, lone).apart(runs)
    # The product named with its maker is the product; "X de Y" is about X.
    assert apart == {"p:veksor skilance": "Skylance", "p:skilance de veksor": "Skylance"}


def test_a_full_name_is_no_pair_of_names() -> None:
    runs = {
        # A given name first, however often written alone.
        "p:marta kelan": [_occ("en1", "Marta Kellan")],
        # The first word never written alone.
        "p:dorvan kelan": [_occ("en1", "Dorvan Kellan")],
        # The run as widely written as the words alone: the full name introduces them.
        "p:talvik orsan": [_occ(a, "Talvik Orsan") for a in ("en1", "en2", "en3")],
    }
    lone = [_occ(a, w) for a in ("en1", "en2", "en3") for w in ("Marta", "Kellan")]
    lone += [_occ(a, w) for a in ("en1", "en2") for w in ("Talvik", "Orsan")]
    assert _forms(runs, lone).apart(runs) == {}


def test_a_description_before_a_name_alone_is_apart() -> None:
    runs = {
        "p:raumfahrtfirma veksor": [_occ("de1", "Raumfahrtfirma Vexor")],
        # Written in English too: a name there, never a noun and a name.
        "p:raumfahrtfirma kelan": [_occ("de1", "Raumfahrtfirma Kellan"), _occ("en1", "X Y")],
        # A noun before a place heads an institution of its own.
        "p:universitat zurich": [_occ("de1", "Universität Zürich")],
        # The name is never written alone.
        "p:raumfahrtfirma dorvan": [_occ("de1", "Raumfahrtfirma Dorvan")],
    }
    lone = [_occ(a, w) for a in ("en1", "de1") for w in ("Vexor", "Kellan", "Zürich")]
    assert _forms(runs, lone).apart(runs) == {"p:raumfahrtfirma veksor": None}


def _packet() -> list[Article]:
    return [
        _in(
            "en",
            0,
            "Vexor Skylance Test Flight",
            "Vexor’s Skylance broke up after its launch on Thursday. Vexor said the flight "
            "ended early. Marta Kellan, an engineer, watched it.",
            "Kellan said the rocket cleared the tower.",
        ),
        _in("en", 1, "Vexor launched Skylance on Thursday. Skylance exploded later, Vexor said."),
        _in("en", 2, "The Skylance rocket of Vexor flew for four minutes. Vexor plans more."),
        _in(
            "de",
            3,
            "Die Rakete Skylance des Raumfahrtunternehmens Vexor explodierte. Vexor will es "
            "erneut versuchen.",
        ),
        _in("fr", 4, "Le Skylance de Vexor a explosé jeudi. Vexor tentera un nouveau vol."),
        _in("de", 5, "Das Raumfahrtunternehmen Vexor sprach von einem Erfolg. Vexor jubelte."),
        _in("en", 6, "Vexor Skylance rose from the pad at dawn, and Vexor cheered."),
    ]


def test_in_a_packet_the_name_alone_is_a_topic_and_the_pair_no_person() -> None:
    topics = extract_topics(_packet())
    vexor = holding(topics, "Vexor")
    assert len(vexor) == 1 and vexor[0].kind != "person", vexor
    skylance = holding(topics, "Skylance")
    assert len(skylance) == 1 and skylance[0].kind != "person", skylance
    # "Skylance de Vexor" is the product's; the German description is the company's.
    assert "Skylance de Vexor" in skylance[0].aliases
    assert not holding(topics, "Raumfahrtunternehmen Vexor")
    assert not [t for t in topics if t.kind == "person" and "Vexor" in t.name]
    # The person's full name still takes the surname alone.
    kellan = holding(topics, "Kellan")
    assert len(kellan) == 1 and kellan[0].kind == "person" and "Marta Kellan" in kellan[0].aliases


def test_a_name_one_language_writes_alone_keeps_its_described_form() -> None:
    # Written alone by two Spanish articles only (no second language vouches for it as a
    # name of its own): it joins the German description, which is folded into it.
    articles = [
        _in("de", 0, "Die spanische Flughafenbehörde Zelvana warnte vor Verzögerungen."),
        _in("es", 1, "La caída de los sistemas de Zelvana provocó cancelaciones en Madrid."),
        _in("es", 2, "La incidencia en los sistemas de Zelvana causó largas colas."),
        _in("en", 3, "Airports in Madrid reported delays on Friday."),
    ]
    topics = extract_topics(articles)
    zelvana = holding(topics, "Zelvana")
    assert len(zelvana) == 1 and len(zelvana[0].articles) == 3, zelvana
    assert not holding(topics, "Flughafenbehörde Zelvana")
