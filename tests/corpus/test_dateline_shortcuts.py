"""The datelines' and sources' cheap tests (issue 15) answer what the plain reading answers.

A shouted place is told at once when an ASCII letter is in lower case; the footer glued to a
story's last paragraph is looked for only where one of its look-ahead's marks is in the last
200 characters, and its first start is searched rather than all of them listed; a label is
read once per text. Each is compared with the old reading (copied here) on texts written for
it and on texts Hypothesis builds. The texts are made up.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.corpus import datelines, glued_footer, labels


def _plain_shouted(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    if len(letters) < 3:
        return False
    if place.isupper():
        return True
    ascii_letters = [c for c in letters if c.isascii()]
    return len(ascii_letters) >= 3 and all(c.isupper() for c in ascii_letters)


def _plain_footer_tail(text: str) -> str:
    if len(text) <= 200:
        return text
    starts = list(glued_footer.FOOTER_START.finditer(text, len(text) - 200))
    tail = text[starts[0].end() :] if starts else ""
    return tail if tail and re.search(r"rights reserved|무단", tail, re.I) else text


def test_shouted_places_read_as_before() -> None:
    for place in ("KYIV", "EXAMPLEöRT", "Moscow", "Ab", "ÅÄÖ", "KÖLN", "köln", "N.Y.", "ΑΘΗΝΑ"):
        assert datelines._shouted(place) == _plain_shouted(place), place
    assert datelines._shouted("EXAMPLEöRT")
    assert not datelines._shouted("Moscow")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ABCabcÖöΑαЖж.- 1'", max_size=10))
def test_the_shouted_shortcut_answers_what_the_plain_test_answers(place: str) -> None:
    assert datelines._shouted(place) == _plain_shouted(place)


_STORY = "The bridge reopened on Tuesday after two years of repairs by the city. " * 3
_FOOTER_PIECES = [
    ". ",
    "。",
    " ",
    "  ",
    "Copyright",
    "COPYRIGHT",
    "copyright",
    "©",
    "(c)",
    "(C)",
    "All rights reserved.",
    "ALL RIGHTS RESERVED",
    "무단",
    "jane.roe@example.com",
    " Example Media",
    "2031",
]


def test_a_glued_footer_is_still_cut_and_a_story_kept() -> None:
    glued = _STORY + "Copyright © Example Media. All rights reserved."
    assert glued_footer.footer_tail(glued) == "Copyright © Example Media. All rights reserved."
    mailed = _STORY + "hong@example.com ©Example 무단전재"
    assert glued_footer.footer_tail(mailed) == _plain_footer_tail(mailed) == "©Example 무단전재"
    assert glued_footer.footer_tail(_STORY) == _STORY


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_FOOTER_PIECES) | st.text(max_size=3), max_size=12).map("".join))
def test_the_footer_shortcut_answers_what_the_plain_search_answers(end: str) -> None:
    for text in (_STORY + end, _STORY[:150] + end, end):
        assert glued_footer.footer_tail(text) == _plain_footer_tail(text)


def test_a_label_read_again_is_the_same_answer() -> None:
    text = "Published on 3 May 2031 The bridge reopened"
    first = labels.read_label(text)
    assert first is not None
    assert labels.read_label(text) == first
    assert labels.read_label.__wrapped__(text) == first  # the plain reading agrees
    assert labels.read_label("The bridge reopened") is None


def test_a_dateline_read_again_is_the_same_answer() -> None:
    text = "EXAMPLETON (AP) — The bridge reopened on Tuesday."
    first = datelines.read_dateline(text)
    assert first is not None
    assert first.agency == "AP"
    assert datelines.read_dateline(text) == first
    assert datelines.read_dateline.__wrapped__(text) == first  # the plain reading agrees
