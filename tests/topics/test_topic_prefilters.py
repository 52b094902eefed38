"""The topics' prefilters (issue 15) answer exactly what the rules they guard answer.

Each prefilter asks a paragraph or a sentence, in C, whether a rule's match can be in it at
all before the rule reads its words one by one: the bodies of the sky (:mod:`.sky_bodies`)
by their forms at a word's end, the titled bodies by their surfaces, an evaluation
(:mod:`.event_praise`) by its verb and its clause's opener among the words, a named thing
(:mod:`.event_nominal`) by its capitalised noun in the text. Here each rule is run with its
prefilter and without it (the prefilter patched to say yes), on texts written for it and on
texts Hypothesis builds from pieces near a match. The texts are made up.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.topics import event_nominal, event_praise, headings, sky_bodies

#: Pieces near the bodies' names: forms, look-alikes, inflections, idioms, joiners.
_SKY_PIECES = [
    "Moon", "moon", "Moons", "moon-", "honeymoon", "Sun", "Sunday", "sun", "Mars", "Marshall",
    "Luna", "luna", "Lune", "lune de miel", "Mond", "Mondes", "Mondschein", "Lua", "Marte",
    "Луна", "Луны", "Луне", "Солнца", "Марса", "Месяц", "月球", "月面", "달", "달에", "달러",
    "القمر", "بالقمر", "चंद्रमा", "Σελήνης", "Księżyca", "Puerta del Sol", "Bruno Mars",
    "The Sun", "Luna-25", "25", "’", "'", "-", "_", " ", " ", ", ", ". ", "\n", "the ", "la ",
    "de ", "Diego ",
]  # fmt: skip
_LANGUAGES = ["en", "fr", "de", "es", "it", "pt", "ro", "ru", "bg", "uk", "pl", "el", "zh",
              "ja", "ko", "ar", "hi", "tr", "nl", "sv", "xx"]  # fmt: skip


def _plain_bodies(text: str, language: str, capitalised: frozenset[str]) -> list:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sky_bodies, "_may_name", lambda _language, _text: True)
        return sky_bodies.body_mentions(text, language, capitalised)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The lander touched the Moon on Sunday, a honeymoon for the moon rover.", "en"),
        ("Marshall said the Sun rose over Mars.", "en"),
        ("Зонд достиг поверхности Луны и Марса.", "ru"),
        ("Сонце зійшло над Місяцем.", "uk"),
        ("La sonde s'est posée sur la Lune, pas en lune de miel.", "fr"),
        ("Der Mondschein und der Mond.", "de"),
        ("探测器在月球表面着陆", "zh"),
        ("탐사선이 달에 착륙했다. 달러 가치", "ko"),
        ("Sunday Marshall honeymoon", "en"),
    ],
)
def test_bodies_with_and_without_the_prefilter(text: str, language: str) -> None:
    moon = frozenset({"Moon", "Lune", "Luna", "Lua"})
    for capitalised in (frozenset(), moon):
        got = sky_bodies.body_mentions(text, language, capitalised)
        assert got == _plain_bodies(text, language, capitalised)


def test_a_paragraph_without_a_body_s_name_is_not_read() -> None:
    assert not sky_bodies._may_name("en", "Marshall met the Sunday panel on its honeymoon-")
    assert sky_bodies._may_name("en", "the honeymoon")  # a superset: the words decide
    assert sky_bodies._may_name("ru", "любой текст")  # Cyrillic forms: read by their lemma


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_SKY_PIECES), max_size=14).map("".join),
    st.sampled_from(_LANGUAGES),
    st.booleans(),
)
def test_bodies_on_generated_texts(text: str, language: str, moon: bool) -> None:
    capitalised = frozenset({"Moon", "Luna", "Lune", "Lua"}) if moon else frozenset()
    got = sky_bodies.body_mentions(text, language, capitalised)
    assert got == _plain_bodies(text, language, capitalised)


_PRAISE_PIECES = [
    "India ", "achieved ", "Achieved ", "achieves ", "marks ", "marked ", "scripted ", "was ",
    "is ", "a ", "the ", "historic ", "milestone ", "history", "triumph ", "on Wednesday ",
    "as ", "As ", "when ", "after ", "while ", "the lander ", "made ", "carried out ",
    "touchdown", "landed", "the probe ", ". ", ", ", "\n", "whereas ", "as-", "x'as ",
]  # fmt: skip


def _plain_praised(text: str) -> dict:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(event_praise, "_may_praise", lambda _line: True)
        patch.setattr(event_praise, "_may_praise_words", lambda _tokens: True)
        return event_praise.praised(text)


def test_the_attaining_verbs_are_spelled_out() -> None:
    for word in ("achieved", "achieves", "achieve", "marks", "marking", "scripted", "notches"):
        assert event_praise._attain(word)
    for word in ("achiever", "marker", "scriptwriter", "market"):
        assert not event_praise._attain(word)


@pytest.mark.parametrize(
    "text",
    [
        "India achieved a historic milestone on Wednesday as the lander made a touchdown.",
        "It was a triumph when the probe landed.\nThe club marked a record as its striker scored.",
        "The agency scripted history as the craft landed near the pole.",
        "Nothing here is praised. The rover moved.",
    ],
)
def test_praise_with_and_without_the_prefilter(text: str) -> None:
    assert event_praise.praised(text) == _plain_praised(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PRAISE_PIECES), max_size=24).map("".join))
def test_praise_on_generated_texts(text: str) -> None:
    assert event_praise.praised(text) == _plain_praised(text)


def _plain_names_a_thing(base: str, texts: list[str]) -> bool:
    title = base[:1].upper() + base[1:]
    for text in texts:
        for sentence in event_nominal.sentences(text):
            words = event_nominal._WORD.findall(sentence.text)
            for before, word in itertools.pairwise(words):
                if word == title and before[:1].isupper():
                    return True
    return False


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(
            st.sampled_from(["Imperial ", "State ", "Crown", "crown", "Crowned ", ". ", "the "]),
            max_size=8,
        ).map("".join),
        max_size=4,
    )
)
def test_a_named_thing_with_and_without_the_prefilter(texts: list[str]) -> None:
    assert event_nominal.names_a_thing("crown", texts) == _plain_names_a_thing("crown", texts)


def _plain_is_heading(text: str) -> bool:
    """:func:`~.headings.is_heading` by the words' scripts, as for any script."""
    stripped = text.rstrip()
    if not stripped or stripped[-1] in '.!?”"’,;':
        return False
    words = headings._HEADING_WORD.findall(stripped)
    if not words or len(words) > 25:
        return False
    scripts = [headings._word_script(word[0]) for word in words]
    letters: dict[str | None, int] = {}
    for word, script in zip(words, scripts, strict=True):
        letters[script] = letters.get(script, 0) + len(word)
    own = max(letters, key=letters.__getitem__)
    if own is None:
        return False
    mine = [word[0] for word, script in zip(words, scripts, strict=True) if script == own]
    return sum(1 for first in mine if first.isupper()) / len(mine) >= 0.6


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Gold ", "State ", "Coach", "the ", "of ", "and ", "3 ", "x", ". ", ","]),
        max_size=30,
    ).map("".join)
)
def test_an_ascii_heading_with_and_without_the_scripts(text: str) -> None:
    assert headings.is_heading(text) == _plain_is_heading(text)
