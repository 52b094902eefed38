"""A lone hyphenated name the briefing also writes spaced is that name ("Vela-Marina" and
"Vela Marina"); a hyphened word without a spaced twin, or with a part in lower case, is not
(invented names)."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.hyphen_spaced import spaced_key
from briefing.topics.naming import person_key


def _in(language: str, n: int, text: str) -> Article:
    return replace(article(f"{n:03d}", text), language=language)


def test_the_spaced_key_of_a_hyphened_name() -> None:
    known = {"n:vela marina": "n:vela marina", person_key("Anna Tore"): ""}
    assert spaced_key("Vela-Marina", known) == "n:vela marina"
    assert spaced_key("Anna-Tore", known) == person_key("Anna Tore")
    assert spaced_key("Vela\u2011Marina", known) == "n:vela marina"  # a non-breaking hyphen


def test_look_alikes_have_no_spaced_key() -> None:
    known = {"n:vela marina": "n:vela marina", "n:vela style": "n:vela style"}
    assert spaced_key("Vela-style", known) is None  # a part in lower case
    assert spaced_key("Bora-Bora", known) is None  # no spaced twin
    assert spaced_key("Vela", known) is None  # no hyphen
    assert spaced_key("Vela-Marina-2", known) is None  # a number is no word of a name


#: Eight articles or more: a name written once in the whole packet is dropped as in passing.
_FILLER = [
    "The harbour master said the pier at Portavel would stay closed until Friday.",
    "Divers from Portavel searched the harbour again on Tuesday morning.",
    "Officials in Portavel said the search would go on through the night.",
    "The pier at Portavel reopened to fishing boats late on Wednesday.",
    "Families gathered on the quay at Portavel, officials said.",
    "The mayor of Portavel thanked the divers on Thursday.",
]


def test_a_hyphened_and_a_spaced_spelling_make_one_topic() -> None:
    arts = [
        _in("fr", 0, "Ces images rappellent celles du naufrage du Vela-Marina il y a deux ans."),
        _in("en", 1, "The scenes recalled the wreck of the Vela Marina two years ago."),
        *(_in("en", n, text) for n, text in enumerate(_FILLER, start=2)),
    ]
    topics = {t.name: t for t in extract_topics(arts)}
    ship = next(t for t in topics.values() if "Vela Marina" in t.aliases)
    assert set(ship.aliases) == {"Vela Marina", "Vela-Marina"}
    assert {m.article_id for m in ship.mentions} == {"000", "001"}


def test_a_hyphened_word_without_a_spaced_twin_stays_a_single_use() -> None:
    arts = [
        _in("fr", 0, "Ces images rappellent celles du naufrage du Vela-Marina il y a deux ans."),
        _in("en", 1, "The scenes recalled the wreck of the Vela Nova two years ago."),
        *(_in("en", n, text) for n, text in enumerate(_FILLER, start=2)),
    ]
    names = {a for t in extract_topics(arts) for a in t.aliases}
    assert "Vela-Marina" not in names
