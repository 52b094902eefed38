"""The readers' faster paths find exactly what the plain ones did (issue 15).

Each fast path (a pre-filter, a search from the end) is checked against the plain code it
replaced, kept here as the reference, on sentences written for these tests and on random
text built from the characters the patterns treat specially; and on look-alikes that must
stay silent. No article text.
"""

from __future__ import annotations

import dataclasses
import random
import re
from collections.abc import Sequence

import pytest
from analysis.builders import make_article

from briefing.analysis import ages, borrowed_names, match_minutes, parts
from briefing.analysis.casualties import word_matcher
from briefing.analysis.numbers import Number, find_numbers
from briefing.analysis.prefilter import after_group, needed
from briefing.analysis.text import WORD, sentences


def _added_to_plain(text: str, numbers: Sequence[Number], index: int, language: str) -> bool:
    """:func:`parts.added_to` as it was: every later number, every word before it."""
    words = parts._MORE.get(language)
    if not words:
        return False
    more = word_matcher(words)
    for later in numbers[index + 1 :]:
        after = WORD.search(text, later.end)
        if (
            after is not None
            and not text[later.end : after.start()].strip()
            and more.fullmatch(after.group())
        ):
            return True
        before = list(WORD.finditer(text, numbers[index].end, later.start))
        if (
            before
            and not text[before[-1].end() : later.start].strip(" ")
            and more.fullmatch(before[-1].group())
        ):
            lead = text[: later.start].rstrip()
            if not (later.hedge and lead.casefold().endswith(later.hedge.casefold())):
                return True
    return False


_PIECES = {
    "en": ["more", "More", "others", "other", "about", "at least", "towers", "x5", "5more",
           "-more", "more-", "’more", "_more", "moreover", "three", "3", "12", "1,500", "a"],
    "ru": ["ещё", "Еще", "другие", "около", "башен", "три", "3", "8", "из"],
    "de": ["weitere", "Weiteren", "andere", "etwa", "Türme", "drei", "3", "8", "von"],
}  # fmt: skip
_GLUE = [" ", " ", " ", "  ", ", ", "; ", " - ", "", "'", "\n", " (", ") "]


def _sentences(language: str, count: int) -> list[str]:
    rng = random.Random(f"parts {language}")
    pieces = _PIECES[language]
    return [
        "".join(rng.choice(pieces) + rng.choice(_GLUE) for _ in range(rng.randint(2, 25)))
        for _ in range(count)
    ]


@pytest.mark.parametrize("language", ["en", "ru", "de"])
def test_added_to_is_the_plain_reading_on_random_sentences(language: str) -> None:
    checked = fired = 0
    for text in _sentences(language, 1500):
        numbers = find_numbers(text, language)
        for index in range(len(numbers)):
            expected = _added_to_plain(text, numbers, index, language)
            assert parts.added_to(text, numbers, index, language) == expected, (text, index)
            checked += 1
            fired += expected
    assert checked > 1000 and 0 < fired < checked  # both answers were tested


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Four towers burnt, while three more are under control.", "en", True),
        ("Four towers burnt; firefighters saved 3 others nearby.", "en", True),
        ("Vier Türme brannten, weitere zwei wurden gelöscht.", "de", True),
        # Look-alikes: a word of the list, but not beside the later number.
        ("Four towers burnt, more smoke came from 3 blocks.", "en", False),
        ("Four towers burnt and more than ever watched 3 crews.", "en", False),
        ("Four towers burnt, three were saved.", "en", False),
        ("4 kule yandı, 3 more kurtarıldı.", "tr", False),  # no list for Turkish
    ],
)
def test_added_to_on_written_sentences(text: str, language: str, expected: bool) -> None:
    numbers = find_numbers(text, language)
    assert parts.added_to(text, numbers, 0, language) is expected
    assert _added_to_plain(text, numbers, 0, language) is expected


def test_last_word_is_the_last_of_every_word_read() -> None:
    rng = random.Random("last word")
    alphabet = "ab Z5_-'’ é.,"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        words = list(WORD.finditer(text, start, end))
        plain = words[-1] if words and not text[words[-1].end() : end].strip(" ") else None
        assert parts._last_word(text, start, end) == (plain and plain.group()), (text, start, end)


@pytest.mark.parametrize(
    ("template", "rest"),
    [
        (r"(?<![\w\-])(NUM)-year-old\b", r"-year-old\b"),
        (r"(?<![\w\-])(\d{1,3}-|WORDS)jährige[nmrs]?\b", r"jährige[nmrs]?\b"),
        (r",\s+(?:aged\s+)?(NUM)(?=,|\s+years?\s+old)", r"(?=,|\s+years?\s+old)"),
        (r"[|(](NUM)\)", r"\)"),  # a class's "|" and "(" are characters
        (r"\((NUM)\) ans", r"\) ans"),  # escaped brackets are characters
        # Nothing to be sure of: an alternative without the group, a quantified or nested
        # group, no group at all, nothing after it.
        (r"x|(NUM) ans", None),
        (r"(NUM) ans|y", None),
        (r"(NUM)? ans", None),
        (r"(?:a(NUM)) ans", None),
        (r"(?:NUM) ans", None),
        (r"x(NUM)", None),
    ],
)
def test_after_group(template: str, rest: str | None) -> None:
    assert after_group(template) == rest


def test_needed_leaves_out_a_part_with_a_placeholder() -> None:
    assert needed(r"(NUM)\s+WORDS", ("WORDS",)) is None
    sieve = needed(r"(NUM) ans\b", ("WORDS",))
    assert sieve is not None and sieve.search("Marie Curie, 66 ans,") is not None


_AGE_PARAGRAPHS = {
    "en": ["The 69-year-old Maria Vell said so.", "Maria Vell, aged 69, said so.",
           "Maria Vell, 70, said so.", "A seventy-three-year-old Ana Brun spoke.",
           "Seventy-three people saw Ana Brun, who is old.", "Vell turned 69 years later."],
    "de": ["Der 69-jährige Maria Vell sprach.", "Die siebenjährige Ana Brun lachte.",
           "Maria Vell (69) sprach.", "Sieben Jahre lang sprach Maria Vell."],
    "fr": ["La ministre Maria Vell, 69 ans, a parlé hier.",
           "Maria Vell, âgée de soixante ans, a parlé.", "Maria Vell a parlé 69 fois en deux ans."],
    "es": ["La ministra Maria Vell, de 69 años, habló ayer.",
           "Maria Vell habló 69 veces en dos años."],
    "ru": ["69-летний Мария Велл сказал.", "Мария Велл сказала это 69 раз."],
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(_AGE_PARAGRAPHS))
def test_ages_are_the_same_without_the_sieves(
    language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = dataclasses.replace(make_article("a", *_AGE_PARAGRAPHS[language]), language=language)
    sieved = ages.ages_of(article, {})
    monkeypatch.setattr(ages, "_sieves", lambda _language: (None, None))
    assert ages.ages_of(article, {}) == sieved
    assert sieved  # the paragraphs state ages the sieves let through


def test_a_sieve_skips_a_paragraph_with_no_age_phrase() -> None:
    before, _after = ages._sieves("en")
    assert before is not None
    assert before.search("Seventy-three people saw Ana Brun, aged well.") is None
    assert before.search("The seventy-three-year-old Ana Brun") is not None


def _mostly_latin_plain(text: str) -> bool:
    letters = [c for c in text[:4000] if c.isalpha()]
    return 2 * sum(c < "\u0250" for c in letters) > len(letters)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "1234 — ²³ ½",  # no letter: neither Latin nor not
        "Plain ASCII text about Graz.",
        "“Curly quotes” and an em dash — still Latin; Ærø, Łódź, Ǆ.",
        "Москва и Graz: Cyrillic with a Latin name.",
        "Graz und Wien und Linz und Москва.",
        "Ab Бв",  # as many Latin letters as Cyrillic: not most
        "Abc Бв",
        "Ελληνικά κείμενα με ένα Graz.",
        "x" * 3999 + "Ж" * 10,  # only the first 4,000 characters count
        "Ж" * 3990 + "x" * 20,
    ],
)
def test_mostly_latin_is_the_plain_count(text: str) -> None:
    assert borrowed_names._mostly_latin(text) == _mostly_latin_plain(text)


def test_mostly_latin_on_random_mixed_text() -> None:
    rng = random.Random("scripts")
    alphabet = "aZé ЖбΩ—’1²_\n"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert borrowed_names._mostly_latin(text) == _mostly_latin_plain(text), text


def test_word_run_is_the_word_pattern() -> None:
    # parts._WORD_CHAR must be WORD's body: a run of them is one word from its first letter.
    assert WORD.pattern.endswith(parts._WORD_CHAR.pattern + "*")
    assert re.compile(WORD.pattern).flags == WORD.flags


def _alternatives(pattern: str) -> list[str]:
    """``pattern``'s top-level alternatives (split at ``|`` outside brackets and groups)."""
    parts_, depth, start, escaped, in_class = [], 0, 0, False, False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts_.append(pattern[start:i])
            start = i + 1
    return [*parts_, pattern[start:]]


@pytest.mark.parametrize("language", sorted(match_minutes._MARKS))
def test_every_minute_pattern_spells_a_word_of_the_sieve(language: str) -> None:
    """The paragraph sieve (a digit, and a mark word or a bracket) can only pass over a
    paragraph with no mark if every alternative of the language's pattern spells one of its
    words literally: a new alternative without one must add its word."""
    words = match_minutes._MARK_WORDS[language]
    for alternative in _alternatives(match_minutes._MARKS[language]):
        assert any(word in alternative for word in words), alternative


def _marks_plain(text: str, language: str) -> list[tuple[int, int]]:
    """Every sentence's minute marks, with no paragraph sieve."""
    return [
        (sentence.start + start, minute)
        for sentence in sentences(text, language)
        for start, minute in match_minutes.minute_marks(sentence.text, language)
    ]


@pytest.mark.parametrize(
    ("text", "language", "has_mark"),
    [
        ("Kovač scored in the 77th minute. The crowd stood.", "en", True),
        ("Two goals came (34e et 36e) before the break.", "fr", True),
        ("Nadie esperaba el gol, a los 88’ de partido.", "es", True),
        ("Гол забито на 71-й хвилині матчу.", "uk", True),
        ("Гол забит на 71-й минуте.", "ru", True),
        ("سجل الهدف في الدقيقة ٧٤ من المباراة", "ar", True),
        # look-alikes: digits without a mark word or bracket, a mark word without a digit
        ("The 77 minutes of talks ended on 3 May.", "en", False),
        ("He arrived 12 hours late, at 9pm.", "en", False),
        ("Il a marqué à la dernière minute.", "fr", False),
        ("Der Zug kam um 14 Uhr an.", "de", False),
    ],
)
def test_minute_sieve_keeps_every_mark(text: str, language: str, has_mark: bool) -> None:
    marks = _marks_plain(text, language)
    assert bool(marks) == has_mark
    if marks:  # a paragraph with a mark always passes the sieve
        assert match_minutes._maybe(text, language)
    if "(" not in text and not any(w in text for w in match_minutes._MARK_WORDS[language]):
        assert not match_minutes._maybe(text, language)


def test_minute_sieve_on_random_text() -> None:
    """On random text built from the marks' characters, the sieve never drops a paragraph
    in which some sentence has a mark."""
    rng = random.Random("minutes")
    pieces = ["12", "108", "th", "e", "′", "(", ")", " ", ". ", ", ", "+", "and", "minute",
              "minuto", "Minute", "минуте", "хвилині", "80th minute", "(34e)", "minuto 80",
              "a los 88’", "71-й минуте", "71-й хвилині", "الدقيقة 74", "63. Minutt", "9e minute",
              "90+3′"]  # fmt: skip
    for language in match_minutes._MARKS:
        for _ in range(300):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
            if _marks_plain(text, language):
                assert match_minutes._maybe(text, language), (language, text)
