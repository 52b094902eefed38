"""The title's search reads only the paragraphs it needs (issue 15, ``title_window.py``).

``title_index`` looks at the first four body paragraphs of more than two words, and a
fallback title comes from the first paragraph of four words or more that is not a bullet.
Both used to count the words of every paragraph of the article before taking the first few;
they now stop at what they need. These tests hold the answers to the former rule (written
out here as it was) and the counting to the paragraphs before the window closes.
"""

from __future__ import annotations

import itertools
import re

import pytest

from briefing.corpus import fallback_titles, title_window
from briefing.corpus.foreign_line import never
from briefing.corpus.paragraphs import RawParagraph

_BULLET = re.compile(r"[-*•–]\s")


def _former_lead(body: list[str]) -> str | None:
    """The fallback title's paragraph as ``classify`` chose it before: every list built."""
    prose = [t for t in body if title_window.fx.word_count(t) >= 4 and not _BULLET.match(t)]
    prose = prose or [t for t in body if title_window.fx.word_count(t) >= 4] or body
    return prose[0] if prose else None


#: Paragraphs of every shape the rule tells apart: short, long, bullets of each mark, empty.
_SHAPES = [
    "Short line",
    "Three word line",
    "A paragraph of five plain words.",
    "- a bullet of several words here",
    "* another bulleted summary of the story",
    "• dotted bullet with enough words",
    "– dash bullet that is long enough",
    "-not a bullet without its space, four words",
    "",
    "One",
]


@pytest.mark.parametrize("length", [0, 1, 2, 3])
def test_the_fallback_lead_is_the_former_rules_choice_for_every_list(length: int) -> None:
    for body in itertools.product(_SHAPES, repeat=length):
        assert fallback_titles.fallback_lead(list(body)) == _former_lead(list(body)), body


def _raw(texts: list[str], heading: int | None = None) -> list[RawParagraph]:
    return [RawParagraph(t, n, "heading" if n == heading else None) for n, t in enumerate(texts)]


def test_the_title_window_counts_words_only_until_it_holds_four_paragraphs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counted: list[str] = []
    count = title_window.word_count

    def counting(text: str) -> int:
        counted.append(text)
        return count(text)

    monkeypatch.setattr(title_window, "word_count", counting)
    texts = [
        "Home",  # menu debris: counted, not in the window
        "Harbour bridge reopens after repairs",
        "The city said on Monday that the harbour bridge would reopen to traffic. "
        "Engineers had replaced two of its bearings over the summer months.",
        "Traffic is expected to return to normal levels by the end of the week.",
        "Residents welcomed the news after months of long detours.",
    ] + [f"Later paragraph number {n} of the story goes on here." for n in range(40)]
    kinds = ["body"] * len(texts)
    assert title_window.title_index(_raw(texts), list(kinds), None, never) == 1
    assert counted == texts[:5]  # the window closed at its fourth paragraph


@pytest.mark.parametrize(
    ("texts", "kinds", "heading", "expected"),
    [
        # a heading among the first four body paragraphs of more than two words wins
        (
            ["Menu", "Intro words of a line", "The Real Heading Here", "Body text follows"],
            ["body", "body", "body", "body"],
            2,
            2,
        ),
        # a heading fifth in the window is outside it; the headline-shaped line before wins
        (
            [
                "Bridge reopens after long repairs",
                "One two three four five six.",
                "Seven eight nine ten eleven.",
                "Twelve thirteen fourteen fifteen.",
                "Heading Too Late Here",
            ],
            ["body"] * 5,
            4,
            0,
        ),
        # meta paragraphs do not use up the window
        (
            [
                "By Jane Doe",
                "Photo: Someone Else",
                "Bridge reopens after long repairs",
                "The story starts here with a sentence. And goes on with another one after it "
                "for a while, long enough to be prose of twenty-five words or more in all.",
            ],
            ["meta", "meta", "body", "body"],
            None,
            2,
        ),
    ],
)
def test_the_title_index_is_unchanged_by_the_shorter_window(
    texts: list[str], kinds: list[str], heading: int | None, expected: int | None
) -> None:
    assert title_window.title_index(_raw(texts, heading), list(kinds), None, never) == expected  # type: ignore[arg-type]
