"""Shortcuts taken for the build's speed (issue 15) answer exactly as the tests they spare:
the image test under a picture's credits and the byline-stamp line's order of tests. Texts
are generated or written for the test."""

from __future__ import annotations

import random

import pytest

from briefing.corpus import picture_credit
from briefing.corpus.byline_stamp import is_byline_stamp

#: Pieces that make or nearly make a left-over image, in several cases and scripts.
_PIECES = [
    "<img",
    "<IMG",
    "<Image",
    "<figure",
    "<picture>",
    "<imagery",
    "< img",
    "data:image/",
    "DATA:IMAGE/",
    "Data:Image/",
    "data : image/",
    "alt='",
    'ALT="',
    "alt =",
    "salt='",
    "![",
    "! [",
    "[",
    "!",
    "=",
    ":",
    "<",
    "İmg",
    "ımg",
    "ſ",
    "K",
    " ",
    "the bridge",
    "Photo",
    "é",
    "Мост",
    "\n",
]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(_PIECES, k=rng.randint(0, 8))) for _ in range(count)]


def test_the_image_test_is_the_expressions_own() -> None:
    texts = [*_texts(20_000, seed=15), "![a](b.jpg)", " ![a](b.jpg)", "<IMG src=x>", "plain"]
    for text in texts:
        assert picture_credit._image(text) == bool(picture_credit._IMAGE.search(text)), text


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("By Jane Roe Jul. 27, 2031 | 10:47 AM | PARIS", True),
        ("By Jane Roe | PARIS", False),  # a byline, no digit
        ("Jul. 27, 2031 | 10:47 AM | PARIS", False),  # a stamp, no byline
        ("Standby 2031 | 10:47 AM", False),  # "by" inside a word
        ("By the time the 27 trains left, the station had emptied.", False),
    ],
)
def test_a_byline_stamp_needs_a_byline_and_a_digit(line: str, stamp: bool) -> None:
    assert is_byline_stamp(line) is stamp
