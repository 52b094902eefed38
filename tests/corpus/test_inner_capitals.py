"""A brand's inner capital inside an opening paragraph is no glued headline: "FooBar" stays
whole, while "doorsThe" (a missing space) is still cut (:mod:`briefing.corpus.heads`)."""

from __future__ import annotations

from briefing.corpus.heads import split_heads
from briefing.corpus.paragraphs import RawParagraph


def _texts(text: str) -> list[str]:
    return [p.text for p in split_heads([RawParagraph(text, 0)])]


def test_a_known_brand_is_not_cut_in_the_lead() -> None:
    text = "Trouble at the office today came from a faulty update by YouTube, one that broke much."
    assert _texts(text) == [text]


def test_a_name_the_paragraph_writes_twice_is_not_cut() -> None:
    text = (
        "Here is all we know about a bad update by QuorblaTech, one that broke screens. "
        "Because QuorblaTech is big, many were hit."
    )
    assert _texts(text) == [text]


def test_a_missing_space_after_a_headline_is_still_cut() -> None:
    text = "Old harbour reopens its doorsThe harbour of the town opened again on Monday."
    assert _texts(text) == [
        "Old harbour reopens its doors",
        "The harbour of the town opened again on Monday.",
    ]
