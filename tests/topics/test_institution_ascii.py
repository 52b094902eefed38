"""The case-for-case pattern of an ASCII text (speed, issue 15) finds what the pattern that
ignores case finds, at the same offsets; letters that Python pairs across ASCII when case is
ignored keep a language on the full way."""

from __future__ import annotations

from briefing.topics.institution_nouns import ASCII_PATTERNS, PATTERNS, _ascii_safe

_TEXTS = [
    "The ARMY of Veldoria and its Police met the Supreme Court in Kestrel.",
    "Troops, the military. The military's plan; government-run Parliament, armed forces.",
    "Its parliamentary policeman and armyworm are no nouns of the list.",
]


def test_ascii_pattern_finds_the_same_spans() -> None:
    pattern, _each = PATTERNS["en"]
    lowered = ASCII_PATTERNS["en"]
    for text in _TEXTS:
        want = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in lowered.finditer(text.lower())] == want
    assert [m.group() for m in pattern.finditer(_TEXTS[0])] == ["ARMY", "Police", "Supreme Court"]
    assert not list(lowered.finditer(_TEXTS[2].lower()))  # parts of longer words


def test_case_pairs_across_ascii_are_not_safe() -> None:
    assert _ascii_safe("(?<!\\w)(?:police)(?!\\w)")
    assert not _ascii_safe("(?:ılçe)")  # dotless i pairs with I when case is ignored
    assert not _ascii_safe("(?:ſtate)")  # long s pairs with s
    assert not _ascii_safe("(?:police)(?!\\W)")  # an upper-case escape is no letter
    assert not _ascii_safe("(?:Police)")
