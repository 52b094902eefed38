"""Matching case for case in an ASCII text lowered (:mod:`briefing.topics.ascii_case`, speed
for issue 15) finds the spans that ignoring case finds; a pattern where that cannot be shown
keeps ignoring case, and a text past ASCII is always matched the full way."""

from __future__ import annotations

import re

from briefing.topics.ascii_case import case_for_case, spans_of
from briefing.topics.institution_nouns import ASCII_PATTERNS, PATTERNS

_TEXTS = [
    "The ARMY of Veldoria and its Police met the Supreme Court in Kestrel.",
    "Troops, the military. The military's plan; government-run Parliament, armed forces.",
    "Its parliamentary policeman and armyworm are no nouns of the list.",
]


def _both(
    pattern: re.Pattern[str], text: str
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    full = [m.span() for m in pattern.finditer(text)]
    return full, list(spans_of(pattern, case_for_case(pattern), text))


def test_institution_nouns_same_spans() -> None:
    pattern, _each = PATTERNS["en"]
    assert "en" in ASCII_PATTERNS
    for text in _TEXTS:
        full, fast = _both(pattern, text)
        assert fast == full
    assert [m.group() for m in pattern.finditer(_TEXTS[0])] == ["ARMY", "Police", "Supreme Court"]
    assert not list(spans_of(pattern, ASCII_PATTERNS["en"], _TEXTS[2]))  # inside longer words


def test_names_in_any_case_same_spans() -> None:
    # Invented city names, as city_alternates builds its pattern of them.
    names = ["Port-Vassen", "Kelmora", "Ostrevik", "Vassen"]
    pattern = re.compile(
        rf"(?<!\w)(?:{'|'.join(map(re.escape, names))})(?!\w|[’'-]\w)", re.IGNORECASE
    )
    assert case_for_case(pattern) is not None
    text = "PORT-VASSEN, kelmora and Ostrevik's port; Vassen-born; KELMORAN; ostrevik."
    full, fast = _both(pattern, text)
    assert fast == full
    assert [text[s:e] for s, e in full] == ["PORT-VASSEN", "kelmora", "ostrevik"]
    # "Ostrevik's", "Vassen-born" and "KELMORAN" are no uses either way.
    # Past ASCII the full way: "Kelmöra" is no "kelmora", "KELMORA" with a Kelvin sign is.
    for other in ["Kelmöra was quiet.", "\u212aELMORA was quiet."]:
        full, fast = _both(pattern, other)
        assert fast == full
    assert _both(pattern, "\u212aELMORA was quiet.")[0] == [(0, 7)]


def test_patterns_where_case_matters_otherwise_are_refused() -> None:
    for source in [
        r"(?<!\w)police(?!\W)",  # \W lowered would be \w
        r"\x41rmy",  # a capital written as a code
        r"[a-z]+ forces",  # a class of letters
        r"ſtate",  # the long s pairs with s
        r"ılçe",  # the dotless i pairs with I
        r"(?P<noun>army)",  # a group name would change
        r"(army) \1",  # a back-reference
        r"army|(?-i:NATO)",  # a group that minds case
    ]:
        assert case_for_case(re.compile(source, re.IGNORECASE)) is None, source
    assert case_for_case(re.compile("army")) is None  # it does not ignore case at all
    lowered = case_for_case(re.compile(r"\bSt\.|Mt\.", re.IGNORECASE))
    assert lowered is not None and lowered.pattern == r"\bst\.|mt\."


def test_file_name_cue_same_answer() -> None:
    from briefing.topics.file_names import _ASCII_CUE, _CUE

    assert _ASCII_CUE is not None
    for text in [
        "See HARBOUR-VIEW.JPG and Www.Example.org/news",
        "HTTPS://example.org is an address; so is http://x.",
        "A plain sentence. Its jpeg-like words: shtml, Png and WWW are no cue.",
        "Café photo: kelmora-quay.Jpeg",  # past ASCII: the full way
    ]:
        full = [m.span() for m in _CUE.finditer(text)]
        assert list(spans_of(_CUE, _ASCII_CUE, text)) == full
    assert next(spans_of(_CUE, _ASCII_CUE, "HARBOUR-VIEW.JPG"), None) == (12, 16)
    assert next(spans_of(_CUE, _ASCII_CUE, "a .jpgs file"), None) is None  # no whole extension
