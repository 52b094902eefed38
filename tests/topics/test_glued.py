"""A name glued to the next sentence's first word is cut at the glue (written fixtures)."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.glued import glue_point


def _seen(*words: str):  # type: ignore[no-untyped-def]
    return lambda text: text in words


def test_a_capital_run_glued_to_a_common_word_is_cut() -> None:
    assert glue_point("XIVOltre", "it", _seen("XIV")) == 3
    assert glue_point("NovarumThe", "en", _seen("Novarum")) == 7
    assert glue_point("VESCOVOIl", "it", _seen("vescovo")) == 7  # a kicker before a headline


def test_words_spelled_with_inner_capitals_stay_whole() -> None:
    seen = _seen("You", "Mac", "Mc", "XIV", "Black")
    assert glue_point("YouTube", "en", seen) == 0  # a word English knows
    assert glue_point("MacArthur", "en", seen) == 0
    assert glue_point("McDonald", "en", seen) == 0  # "Mc" is never written alone
    assert glue_point("XIVQuandrel", "it", seen) == 0  # "Quandrel" is no everyday word
    assert glue_point("BlackHarbor", "en", seen) == 0  # a made-up gang's name, spelled so
    assert glue_point("Florence", "en", seen) == 0
    assert glue_point("NATO", "en", seen) == 0


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_a_glued_regnal_name_is_the_name_before_the_glue() -> None:
    topics = extract_topics(
        [
            _in("it", 0, "Il re Umberto IX ha aperto il ponte di Lindau con Giulia Ferretti."),
            _in(
                "it",
                1,
                "Alla cerimonia il sindaco ha salutato Umberto IXOltre mille persone erano "
                "presenti in piazza per la festa del ponte.",
            ),
            _in("it", 2, "Per Umberto IX il ponte è un segno di pace tra le due rive."),
        ]
    )
    names = {label for t in topics for label in (t.name, *t.aliases)}
    assert "Umberto IX" in names
    assert not any("IXOltre" in label for label in names)
