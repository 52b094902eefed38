"""The readers' shortcuts (issue 15) answer exactly what the expressions they guard answer.

Each shortcut skips an expression when a cheap test shows it cannot match: a case-blind
expression when none of its words is in the casefolded text (``case_blind.may_hold``), the
wire byline when none of its opening words is there, the site suffix searched only where a
match can start, the newline rewrite when no character it rewrites is there. Here each is
compared with the expression run the plain way, on texts written for it (credits, rights
lines, letters IGNORECASE equates with ASCII ones) and on texts Hypothesis builds from such
pieces. The texts are made up.
"""

from __future__ import annotations

import importlib
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.corpus import furniture, sources, wire_cues
from briefing.corpus.case_blind import folded, may_hold

#: Pieces of the expressions' words, their capitals and the letters IGNORECASE equates with
#: ASCII or Cyrillic ones (the long s, Kelvin's K, the dotted and dotless i, Cyrillic's narrow
#: o and t), so generated texts often come near a match.
_PIECES = [
    "Photo",
    "PHOTOS",
    "foto",
    "ФОТО",
    "ф\u1c82\u1c84о",
    "pİcture",
    "pıctures",
    "Image",
    "İMAGES",
    "Bild",
    " by ",
    " von ",
    " от ",
    " de ",
    "Jane Roe",
    "Анна",
    "©",
    "All Rights Reserved",
    "ALL RİGHTS RESERVED",
    "all rıghts reſerved",
    "Copyright",
    "\u212aeep",
    "may not be published, broadcast, rewritten",
    "Comments are closed",
    "comment is cloſed",
    "Join the conversation",
    "/",
    ".",
    "\n",
    " ",
    "\u00a0",
]
#: The module (``briefing.corpus.sanitize`` is also the function's name in the package).
sanitize = importlib.import_module("briefing.corpus.sanitize")

_TEXTS = st.lists(st.sampled_from(_PIECES) | st.text(max_size=4), max_size=14).map("".join)


def _plain_credit(text: str) -> bool:
    """``ends_in_photo_credit`` without the shortcut."""
    tail = text[-200:].rstrip()
    if tail.endswith(")") and furniture._CREDIT_PAREN.search(tail):
        return True
    if "/" in tail[-40:] and furniture._CREDIT_SLASH.search(tail):
        return True
    if ":" in tail and furniture._CREDIT_LABEL.search(tail):
        return True
    return bool(furniture._CREDIT_BY.search(tail))


def _plain_boilerplate(text: str) -> bool:
    words = furniture.word_count(text)
    if words <= 12 and (
        furniture._WIDGET.search(text)
        or furniture.is_skip_link(text)
        or furniture.is_interface_label(text)
    ):
        return True
    if words <= 35 and furniture._LINK_LABEL.match(text):
        return True
    return words <= 25 and bool(furniture._RIGHTS.search(text))


def _plain_footer(text: str) -> bool:
    return furniture.word_count(text) <= 25 and bool(furniture._FOOTER_TRIGGER.search(text))


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters at the scene on Tuesday. Photo by Jane Roe",
        "Пожарные на месте. Фото от Анна Петрова",
        "Pompiers sur place. PHOTOS DE Jean Dupont",
        "Feuerwehrleute vor Ort. Bild von Max Muster",
        "The bridge at dawn. İmage by Jane Roe",
        "The bridge at dawn. pıcture by Jane Roe",
        "Пожарные на месте. ф\u1c82\u1c84о от Анна Петрова",
    ],
)
def test_a_closing_photographer_is_still_found(text: str) -> None:
    assert furniture._CREDIT_BY.search(text)
    assert furniture.ends_in_photo_credit(text)


@pytest.mark.parametrize(
    "text",
    [
        "© 2031 Example Gazette",
        "ALL RİGHTS RESERVED.",
        "All rıghts reſerved.",
        "Copyright Example Media Ltd",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "Comments are closed.",
    ],
)
def test_rights_lines_are_still_boilerplate_and_footer(text: str) -> None:
    assert furniture.is_boilerplate(text)
    assert furniture.is_footer_trigger(text) == bool(furniture._FOOTER_TRIGGER.search(text))


def test_prose_without_the_words_is_let_go_unsearched() -> None:
    text = "The river rose two metres overnight and the old stone bridge held."
    assert not may_hold(text, furniture._CREDIT_BY_WORDS)
    assert not may_hold(text, furniture._RIGHTS_WORDS)
    assert not furniture.ends_in_photo_credit(text)
    assert not furniture.is_boilerplate(text)


def test_folding_equates_the_dotted_and_dotless_capital_i_with_i() -> None:
    assert folded("İMAGE ıMAGE") == "image image"
    assert folded("\u212a") == "k"
    assert folded("ſ") == "s"


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_the_shortcuts_answer_what_the_expressions_answer(text: str) -> None:
    if furniture._CREDIT_BY.search(text[-200:].rstrip()):
        assert may_hold(text[-200:].rstrip(), furniture._CREDIT_BY_WORDS)
    if furniture._RIGHTS.search(text) or furniture._FOOTER_TRIGGER.search(text):
        assert may_hold(text, furniture._RIGHTS_WORDS)
    assert furniture.ends_in_photo_credit(text) == _plain_credit(text)
    assert furniture.is_boilerplate(text) == _plain_boilerplate(text)
    assert furniture.is_footer_trigger(text) == _plain_footer(text)


# --- the wire byline and the site suffix ---------------------------------------------------

_SOURCE_PIECES = [
    "By",
    "Von",
    "Por",
    "Par",
    "Di",
    "Da",
    " dpa ",
    " AFP ",
    "8. Mai 2025",
    "3 May 2031",
    " | ",
    " - ",
    " – ",
    " — ",
    "Example Gazette",
    "example.com",
    "|",
    "\n",
    " ",
    "\t",
    "\u2028",
]
_SOURCE_TEXTS = st.lists(st.sampled_from(_SOURCE_PIECES) | st.text(max_size=5), max_size=16).map(
    "".join
)


def _plain_byline(text: str) -> object:
    for match in wire_cues._WIRE_BYLINE.finditer(text[:3000]):
        wire = wire_cues.WIRES.get(match.group("wire").upper())
        date = wire_cues.read_date(text, match.end()) if wire else None
        if wire and date is not None and date.year is not None:
            return date, wire
    return None


def _spans(match: object) -> object:
    return None if match is None else (match.span(), match.group("name"))  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "Die Feuerwehr war vor Ort. Von dpa 8. Mai 2025",
        "The river rose overnight. By AFP 3 May 2031",
        "Los bomberos llegaron. Por EFE 3 May 2031",
    ],
)
def test_a_wire_byline_is_still_read(text: str) -> None:
    assert wire_cues.wire_byline_date(text) == _plain_byline(text)
    assert wire_cues.wire_byline_date(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "The bridge reopens | Example Gazette",
        "The bridge reopens | Example Gazette\n",
        "The bridge reopens - example.com",
        "The bridge reopens – example.com\n",
        "A long headline " * 20 + "| Example Gazette",
        "No suffix here at all",
        "x | y",
    ],
)
def test_the_site_suffix_is_the_same_match(text: str) -> None:
    assert _spans(sources.site_suffix(text)) == _spans(sources.SITE_SUFFIX.search(text))


@settings(max_examples=400, deadline=None)
@given(_SOURCE_TEXTS)
def test_byline_and_suffix_shortcuts_answer_what_the_expressions_answer(text: str) -> None:
    assert wire_cues.wire_byline_date(text) == _plain_byline(text)
    assert _spans(sources.site_suffix(text)) == _spans(sources.SITE_SUFFIX.search(text))
    padded = "Some words before it all. " * 3 + text
    assert _spans(sources.site_suffix(padded)) == _spans(sources.SITE_SUFFIX.search(padded))


def _plain_sanitize(text: str) -> str:
    """``sanitize`` with its newline step run on every text."""
    if not text:
        return text
    text = sanitize._NEWLINES.sub("\n", text)
    if "\x1b" in text or sanitize._has_c1_introducer(text):
        text = sanitize._ESCAPES.sub("", text)
    text = text.replace("\t", " ")
    text = sanitize._STRAY.sub("", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text


_NEWLINE_PIECES = ["\r\n", "\r", "\u2028", "\u2029", "\n", "a", "é", "e\u0301", "\t", "\x1b[1m"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NEWLINE_PIECES) | st.text(max_size=4), max_size=12).map("".join))
def test_sanitize_rewrites_newlines_as_before(text: str) -> None:
    assert sanitize.sanitize(text) == _plain_sanitize(text)
