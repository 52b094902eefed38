"""Rules read once per distinct text give what a reading of every paragraph gives."""

from __future__ import annotations

import re

from briefing.topics.candidates import Occurrence
from briefing.topics.distinct_texts import each_text
from briefing.topics.landmark_scripts import headed_uses
from briefing.topics.led_bodies import led_pairs


def test_each_text_reads_a_text_once_and_answers_every_use_in_order() -> None:
    asked: list[str] = []

    def read(text: str) -> tuple[int, ...]:
        asked.append(text)
        return tuple(m.start() for m in re.finditer("a", text))

    paragraphs = [("x", 0, "banana"), ("y", 3, "cherry"), ("z", 1, "banana"), ("x", 2, "")]
    out = list(each_text(paragraphs, read))
    assert asked == ["banana", "cherry", ""]
    assert out == [
        ("x", 0, "banana", (1, 3, 5)),
        ("y", 3, "cherry", ()),
        ("z", 1, "banana", (1, 3, 5)),
        ("x", 2, "", ()),
    ]


def test_led_pairs_counts_each_copy_of_a_text_by_its_own_article() -> None:
    # The same French text in two articles, the English one in a third: the copies are
    # one text read once, but each article and language still counts.
    fr = "Le directeur de l'OMS Tedros Ghebreyesus a parlé."
    en = "WHO chief Tedros Ghebreyesus spoke."
    texts = {("a", 0): fr, ("b", 0): fr, ("c", 0): en}
    occ = {
        "n:oms": [Occurrence("a", 0, 18, 21, "OMS")],
        "n:who": [Occurrence("c", 0, 0, 3, "WHO")],
        "p:tedros": [Occurrence("a", 0, 22, 40, "Tedros Ghebreyesus")],
    }
    languages = {"a": "fr", "b": "fr", "c": "en"}
    pairs = led_pairs(occ, texts, lambda _k: True, lambda k: k, languages, frozenset({"de"}))
    # "OMS" is written before him in two articles, "WHO" in one: the first leads.
    assert pairs == [("n:oms", "n:who")]
    # Both bodies in one copy of a paragraph: never joined, whichever copy holds them.
    texts["b", 1] = "OMS et WHO."
    assert led_pairs(occ, texts, lambda _k: True, lambda k: k, languages, frozenset()) == []


def test_headed_uses_finds_a_landmark_at_every_copy_of_its_text() -> None:
    text = "Die Austerlitz-Brücke war gesperrt."
    paragraphs = [("a", 0, text), ("b", 2, "Nothing here."), ("c", 5, text)]
    found = headed_uses({"g:pont": [("bridge", "Austerlitz")]}, paragraphs)
    assert [(o.article, o.paragraph, o.start, o.end, o.surface) for o in found["g:pont"]] == [
        ("a", 0, 4, 21, "Austerlitz-Brücke"),
        ("c", 5, 4, 21, "Austerlitz-Brücke"),
    ]


def test_has_cyrillic_answers_ascii_texts_at_once_and_finds_a_lone_letter() -> None:
    from briefing.topics.languages import has_cyrillic

    assert not has_cyrillic("Moscow said on Monday")
    assert not has_cyrillic("Zürich, café")  # past ASCII, no Cyrillic letter
    assert has_cyrillic("Moscow (Москва)")
    assert has_cyrillic("a\u0400")


def test_headed_uses_reads_past_a_name_inside_a_longer_word() -> None:
    """The bare names are looked for first: a text that holds one only inside a longer word
    ("Austerlitzer") passes that look and is still refused by the whole-word search; a text
    without any is skipped, and a whole-word use later in the same text is still found."""
    paragraphs = [
        ("a", 0, "Die Austerlitzer-Brücke war gesperrt."),  # a longer word: no use
        ("b", 0, "Nothing of the sort here."),
        ("c", 0, "Die XAusterlitz-Brücke und die Austerlitz-Brücke."),
    ]
    found = headed_uses({"g:pont": [("bridge", "Austerlitz")]}, paragraphs)
    assert [(o.article, o.start, o.surface) for o in found["g:pont"]] == [
        ("c", 31, "Austerlitz-Brücke")
    ]
