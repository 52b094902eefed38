"""A German adjective written with a capital mid-sentence opens a name (invented names and
texts): "der Nordischen Fähre" is a company where the packet writes "nordischen" in lower
case elsewhere. Look-alikes: a capitalised word the packet never writes in lower case (a
nominalised adjective, "den Grünen"), one no capitalised word follows, a sentence opener."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.capital_adjectives import NamedPairs, capital_adjective, inflected_pairs
from briefing.topics.first_pass import read
from briefing.topics.tokens import tokenize


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _adjective(text: str, word: str, lowercase: set[str]) -> bool:
    tokens = tokenize(text)
    i = next(n for n, t in enumerate(tokens) if t.text == word)
    return capital_adjective(tokens, i, lowercase, {"ihre", "der", "die"})


def test_an_adjective_the_packet_writes_in_lower_case() -> None:
    lower = {"nordischen", "neue", "ihre"}
    assert _adjective("Die Züge der Nordischen Fähre fielen aus.", "Nordischen", lower)
    assert _adjective("Man sprach mit der Nordische Fähre gestern.", "Nordische", lower)
    # Never written in lower case, no capitalised word after it, an opener, a function word.
    assert not _adjective("Die Züge der Nordischen Fähre fielen aus.", "Nordischen", set())
    assert not _adjective("Man sah die Nordischen gestern.", "Nordischen", lower)
    assert not _adjective("Neue Züge fahren heute.", "Neue", lower)
    assert not _adjective("Wir danken für Ihre Hilfe sehr.", "Ihre", lower)


def test_the_name_is_one_body_in_its_cases() -> None:
    texts = [
        _in("de", 0, "Auch Computer der Nordischen Fähre waren betroffen, sagte ein Sprecher."),
        _in("de", 1, "Laut einem Sprecher ist die Nordische Fähre seit gestern gestört."),
        _in("de", 2, "An mehreren nordischen Häfen fielen die Anzeigen aus, hieß es."),
    ]
    names = {occ.surface: kind for kind, occ, _a in read(texts).names}
    assert names.get("Nordischen Fähre") == "organisation"
    assert names.get("Nordische Fähre") == "organisation"  # no person's name
    topics = extract_topics(texts)
    held = [t for t in topics if {"Nordischen Fähre", "Nordische Fähre"} <= set(t.aliases)]
    assert len(held) == 1, [(t.name, t.aliases) for t in topics]


def test_without_a_lower_case_use_the_noun_stays_a_noun() -> None:
    texts = [
        _in("de", 0, "Die Abgeordneten der Grünen Partei stimmten gestern dagegen."),
        _in("de", 1, "Auch die Grünen Partei lehnte das ab, hieß es gestern."),
    ]
    assert not any("Grünen" in occ.surface for _k, occ, _a in read(texts).names)


def _pair(text: str, word: str, elsewhere: set[str]) -> bool:
    tokens = tokenize(text)
    i = next(n for n, t in enumerate(tokens) if t.text == word)
    return NamedPairs({"nordischen", "vereinten"}, elsewhere).adjective(tokens, i, {"der", "die"})


def test_a_longer_run_or_another_languages_name_is_left_alone() -> None:
    assert _pair("Die Züge der Nordischen Fähre fielen aus.", "Nordischen", {"Paris"})
    assert _pair("Die Nordische Fähre fiel aus.", "Nordische", set())  # an article opens
    # Inside a longer run of capitals; a cognate another language capitalises.
    assert not _pair("Mit den Zentralen Vereinten Staaten.", "Vereinten", set())
    assert not _pair("Die Züge der Nordischen Fähre fielen aus.", "Nordischen", {"Nordic"})


def _occ(article_id: str, surface: str) -> Occurrence:
    return Occurrence(article_id, 0, 0, len(surface), surface)


def test_only_names_written_in_a_noun_capitalising_language_are_paired() -> None:
    occ = {
        "n:nordischen fahre": [_occ("de1", "Nordischen Fähre")],
        "n:nordische fahre": [_occ("de2", "Nordische Fähre")],
        "n:grande banca": [_occ("it1", "Grande Banca")],
        "n:granden banca": [_occ("it2", "Granden Banca")],
    }
    languages = {"de1": "de", "de2": "de", "it1": "it", "it2": "it"}
    pairs = inflected_pairs(list(occ), occ, languages)
    assert pairs == [("n:nordischen fahre", "n:nordische fahre")]
