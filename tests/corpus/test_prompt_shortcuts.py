"""The page prompts' cheap tests (issue 15) answer exactly what the plain reading answers.

:func:`~briefing.corpus.page_prompts.is_follow_prompt` now counts the words before it folds the
text, and looks for the channels' words with ``in`` before it runs the channel pattern;
:func:`~briefing.corpus.page_prompts.pitch_count` counts the words first and asks a second,
longer set of clues before the pitch pattern. Each is compared with the old reading (copied
here) on texts written for it and on texts Hypothesis builds from the patterns' own words in
every case, glued or spaced. The texts are made up.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.case_clues import folded, holds
from briefing.corpus import furniture as fx
from briefing.corpus import page_lists as pl
from briefing.corpus import page_prompts as pp


def _plain_follow(text: str) -> bool:
    """``is_follow_prompt`` as it read before its shortcuts."""
    if len(text) > 240:
        return False
    casefolded = text.casefold()
    if not pp._CHANNEL.search(casefolded):
        return False
    if fx.word_count(text) > pp._MAX_PROMPT_WORDS or pp._REPORTED.search(text):
        return False
    for start in pp._SENTENCE_START.finditer(casefolded):
        invite = pp._INVITE.match(casefolded, start.end())
        if invite is not None and (invite.group("imperative") or pp._OWN.search(casefolded)):
            return True
    return False


def _plain_pitches(text: str) -> int:
    """``pitch_count`` as it read before its shortcuts."""
    if not holds(folded(text), pp._PITCH_CLUES):
        return 0
    if fx.word_count(text) > 90 or pp._REPORTED.search(text):
        return 0
    return len(pp._PITCH.findall(text))


def test_each_channel_word_is_plain_text_and_every_alternative_is_one() -> None:
    for piece in pp._CHANNEL_PIECES:
        assert re.fullmatch(r"[^\\()\[\]{}.*+?|^$]+", piece), piece
    for alternative in pp._CHANNEL.pattern.split("|"):
        plain = alternative.replace(r"\b", "")
        assert plain in pp._CHANNEL_PIECES or alternative == r"\bx\b", alternative


def test_each_longer_pitch_clue_holds_its_short_one() -> None:
    assert set(pp._PITCH_PHRASES_BY_CLUE) == set(pp._PITCH_CLUES)
    for clue, phrases in pp._PITCH_PHRASES_BY_CLUE.items():
        assert phrases
        assert all(clue in phrase for phrase in phrases), clue
    # a non-ASCII word cannot be in an ASCII text: only those are left out for one
    assert tuple(p for p in pp._CHANNEL_PIECES if p.isascii()) == pp._ASCII_CHANNEL_PIECES


def test_the_pitch_pattern_is_the_one_it_was() -> None:
    assert pp._PITCH.pattern == (
        r"\bis an? (?:free|easy|simple|online|leading|powerful|all-in-one|new) (?:[\w-]+ ){0,2}"
        r"(?:platform|service|app|application|tool|website|site|solution)\b"
        r"|\byou can (?:easily |quickly |now )?(?:create|get|make|build|order|buy|download"
        r"|sign up|share|generate|design)\b"
        r"|\ballows? you to\b|\blets you\b|\b(?:optional|premium|key) features\b"
        r"|\b(?:sign up|order now|buy now|get started|try it) (?:for free|today|now)\b"
    )
    assert pp._PITCH.flags & re.IGNORECASE


@pytest.mark.parametrize(
    "text",
    [
        "Subscribe to our Telegram channel!",
        "Подпишитесь на наш канал в Телеграм",
        "Follow us on X",
        "FOLLOW US ON X.",
        "Join our newsletter. It is free.",
        "Síguenos en Facebook",
        "Telegram said it would comply with the order.",
        "Join the queue at the Telegram office",
        '"Follow us on Telegram," the mayor said.',
        "The x axis shows the river's height.",
        "Vkontakte is a network.",
        "Add us to your sources on Example News",
    ],
)
def test_follow_prompts_read_as_before(text: str) -> None:
    assert pp.is_follow_prompt(text) == _plain_follow(text)


@pytest.mark.parametrize(
    "text",
    [
        "Exampleapp is a free online platform for notes. You can easily create a page.",
        "EXAMPLEAPP IS A FREE PLATFORM. YOU CAN NOW BUILD ONE. SIGN UP TODAY!",
        "İt is a new tool that lets you share notes; key features are listed.",
        "The council said it is a free service and you can get a form.",
        "Exampleapp allows you to order food. Try it now.",
        "The river is a simple obstacle, and the bridge allows traffic to cross.",
    ],
)
def test_pitches_count_as_before(text: str) -> None:
    assert pp.pitch_count(text) == _plain_pitches(text)
    assert pp.is_advert(text) == (_plain_pitches(text) >= 2)


def test_an_advert_is_still_one_and_prose_is_not() -> None:
    assert pp.is_advert("Exampleapp is a free platform for notes. You can easily create a page.")
    assert not pp.is_advert("The bridge is a new landmark; you can see it from the hill.")


_CHANNEL_WORDS = [*[p for p in pp._CHANNEL_PIECES if p.isascii()][:12], "канал", "ленту", "x"]
_PITCH_WORDS = [
    "is a free platform",
    "you can now build",
    "Follow us on Telegram",
    "is a free ",
    "is an online ",
    "platform",
    "you can ",
    "easily ",
    "create",
    "sign up",
    "allows you to",
    "lets you",
    "key features",
    "try it",
    " now",
    " today",
]
_INVITES = ["Subscribe", "follow", "Join", "us", "our", "Подпишитесь", "said", "«"]
_GLUE = [" ", "  ", ".", "! ", "-", "ı", "İ", "ſ", "\u212a", "vk", "\n"]
_CASES = st.sampled_from([str.lower, str.upper, str.title, str.swapcase, lambda w: w])
_TEXTS = st.lists(
    st.one_of(
        st.builds(
            lambda w, f: f(w), st.sampled_from(_CHANNEL_WORDS + _PITCH_WORDS + _INVITES), _CASES
        ),
        st.sampled_from(_GLUE),
        st.text(alphabet="abxkvsé ", max_size=3),
    ),
    max_size=14,
).map("".join)


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
def test_the_shortcuts_answer_what_the_plain_reading_answers(text: str) -> None:
    assert pp.is_follow_prompt(text) == _plain_follow(text)
    assert pp.pitch_count(text) == _plain_pitches(text)
    if pp._CHANNEL.search(text.casefold()):
        assert pp._names_channel(text.casefold())
    if pp._PITCH.search(text):
        assert holds(folded(text), pp._PITCH_PHRASES)


def _plain_related_tail(text: str) -> int | None:
    """``page_lists._related_tail`` with every rights clue asked of every tail."""
    tail = text[-300:]
    if not holds(folded(tail), pl._RIGHTS_CLUES) or not pl._RIGHTS_END.search(tail):
        return None
    for match in pl._INLINE_LABEL.finditer(text):
        rest = text[match.end() :]
        notice = pl._RIGHTS_END.search(rest, max(0, len(rest) - 300))
        if match.start() >= 40 and notice and len(pl._FULL_STOP.findall(rest[: notice.end()])) <= 1:
            return match.start()
    return None


_STORY = "The bridge reopened on Tuesday after two years of repairs. "
_TAIL_PIECES = [
    "Related",
    "Read more",
    "Читайте также",
    " Other bridge story ",
    "© 2031 Example",
    "(C) ",
    "ALL RIGHTS RESERVED",
    "Tous droits réservés",
    "무단 전재",
    "ſ",
    "\u212a",
    ". ",
    " ",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TAIL_PIECES) | st.text(max_size=3), max_size=12).map("".join))
def test_the_rights_tail_shortcut_answers_what_the_plain_test_answers(end: str) -> None:
    for text in (_STORY + end, _STORY + ". Related " + end):
        assert pl._related_tail(text) == _plain_related_tail(text)
    assert tuple(c for c in pl._RIGHTS_CLUES if c.isascii()) == pl._ASCII_RIGHTS_CLUES
