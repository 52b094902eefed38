"""The leads' words stemmed on a worker (:mod:`briefing.topics.lead_stems`): the same stems
as stemming them in this process, and the main event named the same with or without them."""

from __future__ import annotations

from dataclasses import replace

import pytest
from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics_named, shares
from briefing.topics.event_when import _KNOWN_STEMS, english_stem, remember_stems
from briefing.topics.lead_stems import lead_stems, lead_texts


def _titled(n: int, language: str, title: str, *paragraphs: str) -> Article:
    return replace(article(f"{n:02d}", *paragraphs), title=title, language=language)


_MORE = (
    "Photographs showed the boom lying across the deck.",
    "The port company said it would pay the hospital bills.",
    "Unions had warned about the state of the equipment last year.",
    "Le port reste ouvert aux autres navires.",
)
_PACKET = tuple(
    _titled(n, language, title, lead, _MORE[n])
    for n, (language, title, lead) in enumerate(
        [
            (
                "en",
                "Crane Collapses at Varrow Docks",
                "A harbour crane collapsed onto a cargo ship at the Varrow docks on Tuesday.",
            ),
            (
                "en",
                "Crane collapse injures two dockers",
                "Two dockers were hurt when the crane collapsed during unloading.",
            ),
            (
                "en",
                "Inquiry into Varrow crane collapse",
                "Inspectors began examining the collapsed crane's rusted anchoring bolts.",
            ),
            ("fr", "Une grue s'effondre", "L'effondrement d'une grue a blessé deux dockers."),
        ]
    )
)


def test_the_worker_stems_every_word_as_written_and_case_folded_as_this_process_does() -> None:
    languages = {a.id: a.language for a in _PACKET}
    share = lead_texts(_PACKET, languages)
    assert share is not None and len(share) == 3  # English leads only, when there are some
    stems = lead_stems(share, lambda _n: None)
    assert stems["collapses"] == stems["collapsed"] == stems["collapse"] == "collaps"
    assert "Crane" in stems and "crane" in stems  # as written, and case-folded
    assert all(stem == english_stem(word) for word, stem in stems.items())
    # Without an English article, every lead is read.
    french = {a.id: "fr" for a in _PACKET}
    assert len(lead_texts(_PACKET, french) or []) == len(_PACKET)


def test_remembered_stems_answer_first_and_are_forgotten() -> None:
    remember_stems({"cranes": "made-up"})  # only a test would remember a wrong stem
    try:
        assert english_stem("cranes") == "made-up"
        assert english_stem("docks") == "dock"  # a word it lacks is stemmed here
    finally:
        remember_stems(None)
    assert not _KNOWN_STEMS
    assert english_stem("cranes") == "crane"


def test_the_main_event_is_named_alike_with_the_stems_from_a_worker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    alone = extract_topics_named(_PACKET, jobs=1)
    assert alone[1] is not None and "ollapse" in alone[1]  # the act read through its stems
    monkeypatch.setattr(shares, "MIN_PARAGRAPHS_PER_JOB", 1)  # workers even for a handful
    remembered: list[int] = []
    real = remember_stems

    def remember(stems: dict[str, str] | None) -> None:
        remembered.append(len(stems or {}))
        real(stems)

    monkeypatch.setattr("briefing.topics.extract_all.remember_stems", remember)
    assert extract_topics_named(_PACKET, jobs=2) == alone
    assert remembered[0] > 0 and remembered[-1] == 0  # used, then forgotten
    assert not _KNOWN_STEMS
