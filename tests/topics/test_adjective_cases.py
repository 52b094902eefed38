"""A name opened by a German adjective is named in its nominative "-e" form when the texts
write it (:mod:`briefing.topics.adjective_cases`), on invented names; look-alikes: a form no
text writes, an "-er"/"-es" nominative, a noun's "-en", a person."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.adjective_cases import nominative_counts
from briefing.topics.candidates import Occurrence
from briefing.topics.naming import canonical


def _occs(*surfaces: str) -> list[Occurrence]:
    return [Occurrence(f"{n:03d}", 0, 0, len(s), s) for n, s in enumerate(surfaces)]


def test_the_oblique_forms_uses_move_to_the_written_nominative() -> None:
    counts = Counter({"Nordischen Fähre": 3, "Nordische Fähre": 1})
    assert nominative_counts(counts) == Counter({"Nordische Fähre": 4})
    both = Counter({"Westlichen Roten Ring": 2, "Westliche Rote Ring": 1})
    assert nominative_counts(both) == Counter({"Westliche Rote Ring": 3})
    assert canonical(
        "organisation", "n:x", _occs("Nordischen Fähre", "Nordischen Fähre", "Nordische Fähre")
    ) == ("Nordische Fähre")


def test_no_form_is_invented_and_other_endings_stay() -> None:
    alone = Counter({"Nordischen Fähre": 2})
    assert nominative_counts(alone) == alone  # the "-e" form is never written
    strong = Counter({"Nordischer Bund": 2, "Nordische Bund": 1})
    assert nominative_counts(strong) == strong  # "-er": a nominative without its article
    plural = Counter({"Haus Bremen": 2, "Haus Breme": 1})
    assert nominative_counts(plural) == plural  # the last word is the noun, never moved
    short = Counter({"Hen Fähre": 2, "He Fähre": 1})
    assert nominative_counts(short) == short  # no adjective's stem
    person = _occs("Johannen Falk", "Johannen Falk", "Johanne Falk")
    assert canonical("person", "p:x", person) == "Johannen Falk"  # people: not an adjective


def _in(n: int, text: str) -> Article:
    return replace(article(f"{n:03d}", text), language="de")


def test_a_body_written_mostly_in_the_dative_is_named_in_the_nominative() -> None:
    texts = [
        _in(0, "Auch Computer der Nordischen Fähre waren betroffen, sagte ein Sprecher."),
        _in(1, "Bei der Nordischen Fähre fielen gestern alle Anzeigen aus, hieß es."),
        _in(2, "Laut einem Sprecher ist die Nordische Fähre seit gestern gestört."),
        _in(3, "An mehreren nordischen Häfen fielen die Anzeigen aus, hieß es."),
    ]
    held = [t for t in extract_topics(texts) if "Nordischen Fähre" in t.aliases]
    assert [t.name for t in held] == ["Nordische Fähre"]
