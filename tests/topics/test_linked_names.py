"""Hyphenated names whose capitals lower-case particles link are one name (invented towns
and sentences; the particles are the ones GeoNames writes, the capital city is real)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from topics.helpers import article

from briefing.topics import extract_topics
from briefing.topics.linked_names import link_particles, linked_end
from briefing.topics.patterns import name_words
from briefing.topics.tokens import chunks, tokenize


def _named(text: str) -> list[str]:
    """The text of each run of capitals :func:`chunks` finds."""
    tokens = tokenize(text)
    return [text[tokens[c.first].start : tokens[c.last].end] for c in chunks(tokens)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("They reached Velmont-sur-Orvanne at dawn.", "Velmont-sur-Orvanne"),
        ("The ferry left Dorrin-on-the-Vale late.", "Dorrin-on-the-Vale"),
        ("Il habite Marvel-d'Orsac depuis mai.", "Marvel-d'Orsac"),
        ("On a vu Saint-Brelan-de-Morvec hier.", "Saint-Brelan-de-Morvec"),
        ("Они прибыли в Кравец-на-Лоре вчера.", "Кравец-на-Лоре"),
        ("The road to Velmont-sur-Orvanne-based shops.", "Velmont-sur-Orvanne"),
    ],
)
def test_particles_between_hyphens_keep_the_name_whole(text: str, name: str) -> None:
    """Before: the run stopped at the hyphen before the particle ("Velmont" alone)."""
    found = _named(text)
    assert name in found, found
    tokens = tokenize(text)
    chunk = next(c for c in chunks(tokens) if text[tokens[c.first].start :].startswith(name))
    assert [w.text for w in name_words(tokens, chunk.first, chunk.last)] == [name]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("A Velmont-based firm hired Orvanne-backed guards.", ["Velmont", "Orvanne"]),
        ("The pro-Velmont camp met in mid-July.", ["Velmont", "July"]),
        ("Its Velmont-era rules and the Velmont-to-Orvanne road.", ["Velmont", "Orvanne"]),
        ("The Commander-in-Chief met the Editor-in-Chief.", ["Commander", "Chief", "Editor"]),
        ("Ask Velmont - sur - Orvanne now.", ["Velmont", "Orvanne"]),
    ],
)
def test_a_name_never_joins_a_common_word_a_title_or_a_spaced_dash(
    text: str, kept: list[str]
) -> None:
    """Look-alikes: a common word after the hyphen ("based", "era"), a lower-case opener, a
    word no place name links with ("to"), a title, and dashes with spaces around them."""
    found = _named(text)
    assert not any("-" in name for name in found), found
    assert set(kept) <= {w for name in found for w in name.split()}, found


def test_the_particles_come_from_place_names() -> None:
    particles = link_particles()
    assert {"sur", "upon", "au", "на"} <= particles
    assert not {"based", "backed", "to", "era"} & particles


def test_linked_end_needs_a_particle_and_a_closing_capital() -> None:
    tokens = tokenize("Velmont-Orvanne and Velmont-sur-orvanne and Velmont-sur-Orvanne")
    assert linked_end(tokens, 0) is None  # capitals alone: the run's own rule
    second = [i for i, t in enumerate(tokens) if t.text == "Velmont"][1]
    assert linked_end(tokens, second) is None  # no capital closes it
    third = [i for i, t in enumerate(tokens) if t.text == "Velmont"][2]
    assert tokens[linked_end(tokens, third) or 0].text == "Orvanne"


def test_a_capital_with_particles_is_one_place_and_no_fragment() -> None:
    """Before: "Port" (a place) was read from "Port-au-Prince" and the city never was."""
    texts = [
        "Gunmen stormed a house in Port-au-Prince on Tuesday night, police said.",
        "Streets in Port-au-Prince were empty after the attack.",
        "Residents of Port-au-Prince waited for news on Wednesday.",
    ]
    articles = [replace(article(f"a{i}", t), language="en") for i, t in enumerate(texts)]
    topics = extract_topics(articles)
    names = {t.name: t.kind for t in topics}
    assert names.get("Port-au-Prince") == "place", names
    assert "Port" not in names and "Prince" not in names
