"""An acronym another script defines in brackets is the body the Latin texts abbreviate
with the same words: "Национальный банк Швейцарии (НБШ)" / "Swiss National Bank (SNB)".

Every text here is written for the test (invented bodies and events; real countries only,
as the gazetteer knows them).
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.defined_cognates import defined_cognates

_PLACES = {"Швейцарии": "Switzerland", "Swiss": "Switzerland", "Украины": "Ukraine"}
_BODIES = {
    "n:swiss national bank": ("Swiss National Bank", "n:snb"),
    "n:european central bank": ("European Central Bank", "n:ecb"),
}


def _pairs(text: str, acronym: str, bodies: dict[str, tuple[str, str]] = _BODIES) -> list:
    paragraphs = [("a", 0, text)]
    return defined_cognates(paragraphs, {acronym: "n:" + acronym.casefold()}, bodies, _PLACES.get)


def test_a_defined_acronym_joins_the_latin_body_of_the_same_words() -> None:
    pairs = _pairs("Вчера Национальный банк Швейцарии (НБШ) выделил кредит.", "НБШ")
    assert pairs == [("n:нбш", "n:swiss national bank")]
    # Word order and case endings differ: "Swiss" and "Швейцарии" are one place.
    assert _pairs("Банк национальный Швейцарии (БНШ) выделил кредит.", "БНШ") == [
        ("n:бнш", "n:swiss national bank")
    ]


def test_look_alikes_stay_apart() -> None:
    # Another country's national bank.
    assert _pairs("Национальный банк Украины (НБУ) выделил кредит.", "НБУ") == []
    # Another word: a central bank of Switzerland is not its national bank here.
    assert _pairs("Центральный банк Швейцарии (ЦБШ) выделил кредит.", "ЦБШ") == []
    # Initials that do not spell the acronym: no definition.
    assert _pairs("Национальный банк Швейцарии (НБК) выделил кредит.", "НБК") == []
    # A Latin acronym is the first pass's business.
    assert _pairs("La Banque nationale suisse (BNS) a prêté.", "BNS") == []


def test_an_acronym_defined_two_ways_or_fitting_two_bodies_joins_nothing() -> None:
    text = (
        "Национальный банк Швейцарии (НБШ) выделил кредит. Народный банк Швейцарии (НБШ) отказал."
    )
    assert _pairs(text, "НБШ") == []
    two = dict(_BODIES, **{"n:national swiss bank": ("National Swiss Bank", "n:nsb")})
    assert _pairs("Национальный банк Швейцарии (НБШ) выделил кредит.", "НБШ", two) == []


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_one_bank_in_two_scripts_is_one_topic() -> None:
    english = [
        _in(
            "en",
            n,
            "The Swiss National Bank (SNB) lent money to Velmora Bank on Monday.",
            "The SNB said the loan was safe.",
        )
        for n in range(3)
    ]
    russian = [
        _in(
            "ru",
            n,
            "Национальный банк Швейцарии (НБШ) выделил кредит банку Velmora в понедельник.",
            "НБШ заявил, что кредит надёжен.",
        )
        for n in range(3, 6)
    ]
    topics = extract_topics(english + russian)
    held = {t.id for t in holding(topics, "SNB")} | {t.id for t in holding(topics, "НБШ")}
    assert len(held) == 1
