"""A body's head noun written alone ("the Union", "l'Union" before its adjective) where the
packet writes a longer name holding it is that name cut short: no body of its own. A
one-word institution ("the Kremlin") and a lone word with no longer name stay names
(invented sentences)."""

from __future__ import annotations

from topics.helpers import article

from briefing.topics import extract_topics


def _names(*texts: tuple[str, str]) -> set[str]:
    return {t.name for t in extract_topics([article(i, text) for i, text in texts])}


LONGER = (
    ("en1", "The Velran Union said on Monday that the Union would vote again in May."),
    ("en2", "Leaders of the Velran Union met in Tovik. The Union has twelve members."),
    ("fr1", "Les ministres de l'Union velranne se réunissent à Tovik, selon la Velran Union."),
)


def test_the_head_noun_alone_joins_no_topic_of_its_own() -> None:
    names = _names(*LONGER)
    assert "Velran Union" in names
    assert "Union" not in names


def test_without_a_longer_name_the_word_is_read_as_before() -> None:
    base = (
        ("en1", "The Kremlin said on Monday that the Union would vote again in May."),
        ("en2", "Officials at the Kremlin met in Tovik. The Union has twelve members."),
    )
    assert {"Kremlin", "Union"} <= _names(*base)
